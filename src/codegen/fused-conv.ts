/**
 * @file The fused conv2d kernel: an implicit GEMM (conv-gemm.ts) whose stores run the epilogue (a
 * direct loop per output element when K = KH·KW·C is too short to tile), or, when a pooling window follows, one invocation per pooled element that computes the conv (and its
 * epilogue) directly at each tap of its window, so the full-size activation never reaches memory.
 */
import { numel, type TensorType } from '../ir/index.ts';
import { poolWindow, wgslInside, wgslTap, type PoolAttrs, type Window2d } from '../ops/conv-geometry.ts';
import { conv2dShapes, type Conv2dAttrs } from '../ops/conv2d.ts';
import { unravelExprs } from '../ops/kernel.ts';
import type { KernelSource } from '../ops/op-def.ts';
import { backpropFilterGemm, conv2dGemm, directConvFunction, isDirectConv, transposeGemm } from './conv-gemm.ts';
import { backpropFilterWindow, type Conv2dBackpropFilterAttrs } from '../ops/conv2d-backprop-filter.ts';
import { transposeShapes, type Conv2dTransposeAttrs } from '../ops/conv2d-transpose.ts';
import type { GroupContext } from './fused-kernels.ts';
import { emitGemm, gemmFor, parseVariant, type GemmSpec } from './gemm.ts';
import { convGradFor } from './conv-grad-reg.ts';
import { chooseConv, convComment, convKey, CONV_VARIANTS, emitDirectConvReg, emitPooledConvReg, type ConvVariant, type ConvWeightReads } from './conv-reg.ts';
import { chooseUnpooled, emitColsConv, isColsVariant } from './conv-reg-cols.ts';
import { dispatch1d, f32Literal } from './wgsl.ts';

export function emitConvGroup(ctx: GroupContext): KernelSource {
  const conv = ctx.node(ctx.group.anchor!);
  const [x, w] = conv.inputs as [number, number];
  const { win } = conv2dShapes('conv2d', ctx.type(x), ctx.type(w), conv.attrs as unknown as Conv2dAttrs);
  const xs = ctx.scope.inputName.get(x)!;
  const ws = ctx.scope.inputName.get(w)!;
  const post = ctx.group.post;
  // The weight's int8 channel is the output channel: its scale multiplies each finished sum once.
  const convFn = directConvFunction(xs, ws, ctx.type(x).shape, ctx.type(w).shape, win, (i, ch) => ctx.readUnscaled(w, i, ch), (v, ch) => ctx.scaleOut(w, v, ch));
  if (post !== undefined) return pooledFor(ctx, convFn, conv.type.shape, post, { xs, ws, x: ctx.type(x).shape, w: ctx.type(w).shape, win });
  const long = !isDirectConv(ctx.type(w).shape);
  const key = convKey('direct', ctx.type(x).shape, ctx.type(w).shape, win);
  const { variant, tuned } = chooseUnpooled(key, ctx.target, conv.type.shape[3]!, conv.type.shape[2]!, long, conv.type.shape[0]! * conv.type.shape[1]! * conv.type.shape[2]!);
  if (variant === 'gemm') return gemmFor(gemmSpec(ctx, conv.type, win, xs, ws), ctx.target);
  const comment = convComment(variant, tuned, ctx.target, key);
  // The conv's own kernels first: a GEMM variant of the same name (reg4, reg8) would not be this conv's.
  const gv = isColsVariant(variant) || CONV_VARIANTS.includes(variant as ConvVariant) ? undefined : parseVariant(variant);
  if (gv) return withComment(emitGemm(gemmSpec(ctx, conv.type, win, xs, ws), gv), comment);
  if (variant === 'scalar') return withComment(direct(ctx, convFn, conv.type.shape), comment);
  const mid = ctx.mid(); // before the preamble: writing the epilogue collects the helpers (dlc_tanh, …) the preamble declares
  const module = `${ctx.preamble()}\n${mid}`;
  const reads = packedReads(ctx, w);
  const o = { xs, ws, x: ctx.type(x).shape, w: ctx.type(w).shape, win };
  if (isColsVariant(variant)) return withComment(emitColsConv({ ...o, variant, out: conv.type.shape, module, ...(reads ? { reads } : {}) }), comment);
  return withComment(emitDirectConvReg(variant as 'reg4' | 'reg8', xs, ws, o.x, o.w, win, conv.type.shape, module, reads), comment);
}

interface ConvOperands {
  readonly xs: string;
  readonly ws: string;
  readonly x: readonly number[];
  readonly w: readonly number[];
  readonly win: Window2d;
}

/** The pooled form in the variant chosen for the target (conv-reg.ts), the scalar kernel below by default. */
function pooledFor(ctx: GroupContext, convFn: string, convShape: readonly number[], post: number, o: ConvOperands): KernelSource {
  const pool = ctx.node(post);
  const pwin = poolWindow(pool.op, ctx.type(pool.inputs[0]!), pool.attrs as unknown as PoolAttrs);
  const key = convKey('pooled', o.x, o.w, o.win, pwin);
  const { variant, tuned } = chooseConv(key, ctx.target, convShape[3]!, pwin.h.size * pwin.w.size);
  const comment = convComment(variant, tuned, ctx.target, key);
  if (variant === 'scalar') return withComment(pooled(ctx, convFn, convShape, post), comment);
  const mid = ctx.mid(pool.inputs[0]!);
  const tail = ctx.tail();
  const module = `${ctx.preamble()}\n${mid}\n${tail}`;
  const reads = packedReads(ctx, ctx.node(ctx.group.anchor!).inputs[1]!);
  return withComment(emitPooledConvReg({ ...o, conv: convShape, pool: pwin, poolShape: pool.type.shape, isMax: pool.op === 'max_pool2d', variant, module, ...(reads ? { reads } : {}) }), comment);
}

/** A packed weight's reads for the register-tiled kernels: int8 bytes unscaled, the scale on each channel's finished sum. */
function packedReads(ctx: GroupContext, w: number): ConvWeightReads | undefined {
  if (!ctx.isPacked(w)) return undefined;
  return { one: (i, ch) => ctx.readUnscaled(w, i, ch), four: (i) => ctx.read4Unscaled(w, i), finish: (v, ch) => ctx.scaleOut(w, v, ch) };
}

function withComment(src: KernelSource, comment: string): KernelSource {
  return comment ? { ...src, code: `${comment}${src.code}` } : src;
}

/** One invocation per output element through the epilogue: the direct kernel, for convs whose K is too short to tile. */
function direct(ctx: GroupContext, convFn: string, out: readonly number[]): KernelSource {
  const mid = ctx.mid();
  const n = numel(out);
  const d = dispatch1d(n, 64);
  const [b, oh, ow, co] = unravelExprs(out, 'i');
  return {
    code: `${ctx.preamble()}
${convFn}
${mid}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${n}u) { return; }
  dlc_mid(i, dlc_conv(${b}, ${oh}, ${ow}, ${co}));
}
`,
    workgroups: d.workgroups,
  };
}

/** The conv as an implicit GEMM; each output element goes through the epilogue (`dlc_mid`) as it is stored. */
function gemmSpec(ctx: GroupContext, out: TensorType, win: Window2d, xs: string, ws: string): GemmSpec {
  const conv = ctx.node(ctx.group.anchor!);
  const [x, w] = conv.inputs as [number, number];
  const mid = ctx.mid();
  const O = out.shape[3]!;
  const hook = {
    decls: `${ctx.preamble()}\n${mid}`,
    x: xs,
    w: ws,
    readW: (i: string, ch: string) => ctx.readUnscaled(w, i, ch),
    store: (f: string, v: string) => `dlc_mid(${f}, ${ctx.scaleOut(w, v, `(${f}) % ${O}u`)});`,
  };
  return conv2dGemm(ctx.type(x), ctx.type(w), out, win, hook);
}

/** conv2d_transpose / conv2d_backprop_filter with their epilogue (the next layer's gradient ops, an optimizer update). */
export function emitConvGradGroup(ctx: GroupContext): KernelSource {
  const node = ctx.node(ctx.group.anchor!);
  const [x, y] = node.inputs as [number, number];
  const mid = ctx.mid();
  const hook = { decls: `${ctx.preamble()}\n${mid}`, x: ctx.scope.inputName.get(x)!, w: ctx.scope.inputName.get(y)!, store: (f: string, v: string) => `dlc_mid(${f}, ${v});` };
  if (node.op === 'conv2d_transpose') {
    const { win } = transposeShapes(node.op, ctx.type(x), ctx.type(y), node.attrs as unknown as Conv2dTransposeAttrs);
    return convGradFor({ form: 'input', x: ctx.type(x), y: ctx.type(y), out: node.type.shape, win, hook, gemm: transposeGemm(ctx.type(x), ctx.type(y), node.type, win, hook) }, ctx.target);
  }
  const attrs = node.attrs as unknown as Conv2dBackpropFilterAttrs;
  const win = backpropFilterWindow(ctx.type(x), ctx.type(y), attrs);
  return convGradFor({ form: 'filter', x: ctx.type(x), y: ctx.type(y), out: attrs.filterShape, win, hook, gemm: backpropFilterGemm(ctx.type(x), ctx.type(y), attrs.filterShape, win, hook) }, ctx.target);
}

function pooled(ctx: GroupContext, convFn: string, convShape: readonly number[], post: number): KernelSource {
  const pool = ctx.node(post);
  const pwin = poolWindow(pool.op, ctx.type(pool.inputs[0]!), pool.attrs as unknown as PoolAttrs);
  const isMax = pool.op === 'max_pool2d';
  const mid = ctx.mid(pool.inputs[0]!);
  const tail = ctx.tail();
  const [, OH, OW, O] = convShape as [number, number, number, number];
  const n = numel(pool.type.shape);
  const d = dispatch1d(n, 64);
  const [b, ph, pw, co] = unravelExprs(pool.type.shape, 'i');
  const combine = isMax ? 'm = max(m, v);' : 'm += v;';
  const result = isMax ? 'm' : `m / ${f32Literal(pwin.h.size * pwin.w.size)}`;
  return {
    code: `${ctx.preamble()}
${convFn}
${mid}
${tail}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${n}u) { return; }
  let n = ${b}; let ph = ${ph}; let pw = ${pw}; let co = ${co};
  var m = ${isMax ? '-3.4028234e38' : '0.0'};
  for (var kh = 0u; kh < ${pwin.h.size}u; kh++) {
    let oh = ${wgslTap(pwin.h, 'ph', 'kh')};
    if (!(${wgslInside('oh', OH)})) { continue; }
    for (var kw = 0u; kw < ${pwin.w.size}u; kw++) {
      let ow = ${wgslTap(pwin.w, 'pw', 'kw')};
      if (!(${wgslInside('ow', OW)})) { continue; }
      let v = dlc_mid(((n * ${OH}u + u32(oh)) * ${OW}u + u32(ow)) * ${O}u + co, dlc_conv(n, u32(oh), u32(ow), co));
      ${combine}
    }
  }
  dlc_tail(i, ${result});
}
`,
    workgroups: d.workgroups,
  };
}
