/**
 * @file Each IR op of an inference graph as ONNX (opset 17) nodes. dlc is NHWC with HWIO kernels;
 * ONNX's Conv, pools and Resize are NCHW with OIHW kernels, so those ops are wrapped in Transposes
 * (ONNX Runtime folds the constant kernel transposes and cancels adjacent pairs). Explicit pads are
 * computed from dlc's own window geometry, so 'same' means exactly what it means in dlc (and Keras).
 */
import type { AttrValue, Node, TensorType } from '../ir/index.ts';
import { window2d, type Padding } from '../ops/conv-geometry.ts';
import { attr, onnxDtype, type OnnxBuilder } from './onnx-builder.ts';

export type Translate = (b: OnnxBuilder, ins: readonly string[], n: Node, types: readonly TensorType[]) => string;

const num = (v: AttrValue | undefined, d = 0): number => (typeof v === 'number' ? v : d);
const ints = (v: AttrValue | undefined): number[] => (Array.isArray(v) ? (v as number[]).map(Number) : []);
const bool = (v: AttrValue | undefined): boolean => v === true;

const unary = (op: string): Translate => (b, [x]) => b.node(op, [x!]);
const binary = (op: string): Translate => (b, [x, y]) => b.node(op, [x!, y!]);

const toNchw = (b: OnnxBuilder, x: string): string => b.node('Transpose', [x], [attr.ints('perm', [0, 3, 1, 2])]);
const toNhwc = (b: OnnxBuilder, x: string): string => b.node('Transpose', [x], [attr.ints('perm', [0, 2, 3, 1])]);
/** dlc's [kh, kw, in, out] (conv) and [kh, kw, out, in] (transpose) kernels to ONNX's [out, in, kh, kw] / [in, out, kh, kw]. */
const kernelToOnnx = (b: OnnxBuilder, w: string): string => b.node('Transpose', [w], [attr.ints('perm', [3, 2, 0, 1])]);

/** ONNX pads [top, left, bottom, right] of a window op on an NHWC input, from dlc's geometry. */
function pads(x: readonly number[], kh: number, kw: number, attrs: Node['attrs']): { pads: number[]; strides: number[]; dilations: number[] } {
  const strides = ints(attrs.strides);
  const dilations = attrs.dilations ? ints(attrs.dilations) : [1, 1];
  const win = window2d('export', x, kh, kw, { strides, padding: attrs.padding as Padding, dilations });
  const after = (a: typeof win.h): number => Math.max((a.outSize - 1) * a.stride + (a.size - 1) * a.dilation + 1 - a.inSize - a.pad, 0);
  return { pads: [win.h.pad, win.w.pad, after(win.h), after(win.w)], strides, dilations };
}

const conv2d: Translate = (b, [x, w], n, [xt, wt]) => {
  const [kh, kw] = wt!.shape as [number, number];
  const g = pads(xt!.shape, kh, kw, n.attrs);
  const y = b.node('Conv', [toNchw(b, x!), kernelToOnnx(b, w!)], [attr.ints('kernel_shape', [kh, kw]), attr.ints('strides', g.strides), attr.ints('dilations', g.dilations), attr.ints('pads', g.pads)]);
  return toNhwc(b, y);
};

/** Depthwise: a grouped Conv (group = C), the [kh, kw, C, m] kernel as [C·m, 1, kh, kw] (output channel c·m + j, as Keras's). */
const depthwiseConv2d: Translate = (b, [x, w], n, [xt, wt]) => {
  const [kh, kw, c, m] = wt!.shape as [number, number, number, number];
  const g = pads(xt!.shape, kh, kw, n.attrs);
  const kernel = kernelToOnnx(b, b.node('Reshape', [w!, b.int64s([kh, kw, 1, c * m])]));
  const y = b.node('Conv', [toNchw(b, x!), kernel], [attr.i('group', c), attr.ints('kernel_shape', [kh, kw]), attr.ints('strides', g.strides), attr.ints('dilations', g.dilations), attr.ints('pads', g.pads)]);
  return toNhwc(b, y);
};

/** The adjoint of conv2d on the output's geometry: the same leading pads; the tail pad or output_padding fixes the length. */
const conv2dTranspose: Translate = (b, [x, w], n, [xt, wt]) => {
  const [kh, kw] = wt!.shape as [number, number];
  const out = n.type.shape;
  const g = pads(out, kh, kw, n.attrs);
  const tail = (axis: 1 | 2, k: number, i: 0 | 1): number => (xt!.shape[axis]! - 1) * g.strides[i]! + (k - 1) * g.dilations[i]! + 1 - g.pads[i]! - out[axis]!;
  const [th, tw] = [tail(1, kh, 0), tail(2, kw, 1)];
  const y = b.node('ConvTranspose', [toNchw(b, x!), kernelToOnnx(b, w!)], [
    attr.ints('kernel_shape', [kh, kw]), attr.ints('strides', g.strides), attr.ints('dilations', g.dilations),
    attr.ints('pads', [g.pads[0]!, g.pads[1]!, Math.max(th, 0), Math.max(tw, 0)]), attr.ints('output_padding', [Math.max(-th, 0), Math.max(-tw, 0)]),
  ]);
  return toNhwc(b, y);
};

const pool = (op: 'MaxPool' | 'AveragePool'): Translate => (b, [x], n, [xt]) => {
  const [kh, kw] = ints(n.attrs.poolSize) as [number, number];
  const g = pads(xt!.shape, kh, kw, { ...n.attrs, dilations: [1, 1] });
  const extra = op === 'AveragePool' ? [attr.i('count_include_pad', 0)] : [];
  return toNhwc(b, b.node(op, [toNchw(b, x!)], [attr.ints('kernel_shape', [kh, kw]), attr.ints('strides', g.strides), attr.ints('pads', g.pads), ...extra]));
};

const upsample2d: Translate = (b, [x], n) => {
  const [sh, sw] = ints(n.attrs.size) as [number, number];
  const scales = b.tensor(b.fresh('scales'), 'f32', [4], [1, 1, sh, sw]);
  const mode = n.attrs.interpolation === 'bilinear'
    ? [attr.s('mode', 'linear'), attr.s('coordinate_transformation_mode', 'half_pixel')]
    : [attr.s('mode', 'nearest'), attr.s('coordinate_transformation_mode', 'asymmetric'), attr.s('nearest_mode', 'floor')];
  return toNhwc(b, b.node('Resize', [toNchw(b, x!), '', scales], mode));
};

/** Swaps the last two axes (matmul's transposeA / transposeB). */
function swapLast(b: OnnxBuilder, x: string, rank: number): string {
  const perm = [...Array(rank).keys()];
  [perm[rank - 2], perm[rank - 1]] = [perm[rank - 1]!, perm[rank - 2]!];
  return b.node('Transpose', [x], [attr.ints('perm', perm)]);
}

const matmul: Translate = (b, [x, y], n, [xt, yt]) => {
  const a = bool(n.attrs.transposeA) ? swapLast(b, x!, xt!.shape.length) : x!;
  const c = bool(n.attrs.transposeB) ? swapLast(b, y!, yt!.shape.length) : y!;
  return b.node('MatMul', [a, c]);
};

const reduce = (op: string, axesAsInput: boolean): Translate => (b, [x], n) => {
  const axes = ints(n.attrs.axes);
  const keep = attr.i('keepdims', bool(n.attrs.keepDims) ? 1 : 0);
  return axesAsInput ? b.node(op, [x!, b.int64s(axes)], [keep]) : b.node(op, [x!], [attr.ints('axes', axes), keep]);
};

const slice: Translate = (b, [x], n, [xt]) => {
  const begin = ints(n.attrs.begin);
  const size = ints(n.attrs.size);
  const steps = n.attrs.strides ? ints(n.attrs.strides) : begin.map(() => 1);
  const ends = begin.map((s, i) => s + (size[i]! - 1) * steps[i]! + 1);
  return b.node('Slice', [x!, b.int64s(begin), b.int64s(ends), b.int64s(xt!.shape.map((_, i) => i)), b.int64s(steps)]);
};

const pad: Translate = (b, [x], n, [xt]) => {
  const p = ints(n.attrs.pads);
  const r = xt!.shape.length;
  const onnx = [...Array.from({ length: r }, (_, i) => p[2 * i]!), ...Array.from({ length: r }, (_, i) => p[2 * i + 1]!)];
  return b.node('Pad', [x!, b.int64s(onnx), b.scalar(xt!.dtype, num(n.attrs.value))], [attr.s('mode', 'constant')]);
};

/** Inference batch norm as arithmetic on the last (channel) axis: (x − μ)·γ/√(σ² + ε) + β. */
const batchNorm: Translate = (b, [x, gamma, beta, mean, variance], n) => {
  if (bool(n.attrs.training)) throw new Error('training-mode batch_norm');
  const scale = b.node('Div', [gamma!, b.node('Sqrt', [b.node('Add', [variance!, b.scalar('f32', num(n.attrs.epsilon, 1e-3))])])]);
  return b.node('Add', [b.node('Mul', [b.node('Sub', [x!, mean!]), scale]), beta!]);
};

/** GELU: exact x·Φ(x) = ½x(1 + erf(x/√2)), or the tanh approximation (Gelu is an op only from opset 20). */
const gelu: Translate = (b, [x], n) => {
  const half = b.node('Mul', [x!, b.scalar('f32', 0.5)]);
  let inner: string;
  if (bool(n.attrs.approximate)) {
    const cube = b.node('Mul', [b.node('Mul', [x!, x!]), x!]);
    const arg = b.node('Mul', [b.node('Add', [x!, b.node('Mul', [cube, b.scalar('f32', 0.044715)])]), b.scalar('f32', Math.sqrt(2 / Math.PI))]);
    inner = b.node('Tanh', [arg]);
  } else inner = b.node('Erf', [b.node('Mul', [x!, b.scalar('f32', Math.SQRT1_2)])]);
  return b.node('Mul', [half, b.node('Add', [inner, b.scalar('f32', 1)])]);
};

const constant: Translate = (b, _ins, n) => {
  const shape = n.type.shape;
  const count = shape.reduce((a, c) => a * c, 1);
  const v = n.attrs.value;
  const data = typeof v === 'number' ? new Array<number>(count).fill(v) : ints(v).length ? (v as number[]) : [];
  return b.tensor(b.fresh('constant'), n.type.dtype, shape, data);
};

const cast: Translate = (b, [x], n) => b.node('Cast', [x!], [attr.i('to', onnxDtype(n.type.dtype))]);

/** ArgMax yields int64; dlc's argmax is i32. */
const argmax: Translate = (b, [x], n) => b.node('Cast', [b.node('ArgMax', [x!], [attr.i('axis', num(n.attrs.axis)), attr.i('keepdims', 0)])], [attr.i('to', onnxDtype('i32'))]);

const oneHot: Translate = (b, [x], n) => b.node('OneHot', [x!, b.tensor(b.fresh('depth'), 'i64', [], [num(n.attrs.depth)]), b.tensor(b.fresh('values'), n.type.dtype, [2], [0, 1])], [attr.i('axis', -1)]);

/** Every IR op an inference graph may hold, by IR name; anything else is refused with its name and source line. */
export const ONNX_OPS: Readonly<Record<string, Translate>> = {
  add: binary('Add'), sub: binary('Sub'), mul: binary('Mul'), div: binary('Div'), pow: binary('Pow'),
  maximum: binary('Max'), minimum: binary('Min'),
  equal: binary('Equal'), greater: binary('Greater'), greater_equal: binary('GreaterOrEqual'), less: binary('Less'), less_equal: binary('LessOrEqual'),
  not_equal: (b, [x, y]) => b.node('Not', [b.node('Equal', [x!, y!])]),
  logical_and: binary('And'), logical_or: binary('Or'), logical_not: unary('Not'),
  where: (b, [c, x, y]) => b.node('Where', [c!, x!, y!]),
  relu: unary('Relu'), sigmoid: unary('Sigmoid'), tanh: unary('Tanh'), exp: unary('Exp'), log: unary('Log'), sqrt: unary('Sqrt'),
  neg: unary('Neg'), abs: unary('Abs'), softplus: unary('Softplus'),
  rsqrt: (b, [x]) => b.node('Reciprocal', [b.node('Sqrt', [x!])]),
  square: (b, [x]) => b.node('Mul', [x!, x!]),
  elu: (b, [x], n) => b.node('Elu', [x!], [attr.f('alpha', num(n.attrs.alpha, 1))]),
  leaky_relu: (b, [x], n) => b.node('LeakyRelu', [x!], [attr.f('alpha', num(n.attrs.alpha, 0.3))]),
  prelu: binary('PRelu'),
  gelu,
  softmax: (b, [x], n) => b.node('Softmax', [x!], [attr.i('axis', num(n.attrs.axis, -1))]),
  log_softmax: (b, [x], n) => b.node('LogSoftmax', [x!], [attr.i('axis', num(n.attrs.axis, -1))]),
  matmul,
  conv2d, conv2d_transpose: conv2dTranspose, depthwise_conv2d: depthwiseConv2d,
  max_pool2d: pool('MaxPool'), avg_pool2d: pool('AveragePool'),
  global_avg_pool2d: (b, [x]) => b.node('ReduceMean', [x!], [attr.ints('axes', [1, 2]), attr.i('keepdims', 0)]),
  upsample2d,
  batch_norm: batchNorm,
  layer_norm: (b, [x, g, be], n) => b.node('LayerNormalization', [x!, g!, be!], [attr.i('axis', -1), attr.f('epsilon', num(n.attrs.epsilon, 1e-3))]),
  reshape: (b, [x], n) => b.node('Reshape', [x!, b.int64s(n.type.shape)]),
  transpose: (b, [x], n) => b.node('Transpose', [x!], [attr.ints('perm', ints(n.attrs.perm))]),
  broadcast_to: (b, [x], n) => b.node('Expand', [x!, b.int64s(n.type.shape)]),
  concat: (b, ins, n) => b.node('Concat', ins, [attr.i('axis', num(n.attrs.axis))]),
  slice, pad,
  gather: (b, [t, i], n) => b.node('Gather', [t!, i!], [attr.i('axis', num(n.attrs.axis))]),
  one_hot: oneHot,
  reduce_sum: reduce('ReduceSum', true), reduce_mean: reduce('ReduceMean', false), reduce_max: reduce('ReduceMax', false), reduce_min: reduce('ReduceMin', false),
  argmax, cast, constant,
};
