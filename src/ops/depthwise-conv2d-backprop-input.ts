/** @file depthwise_conv2d_backprop_input: the gradient of depthwise_conv2d with respect to its input, each input element gathering the cotangents of the outputs that read it. */
import { CompileError, type TensorType } from '../ir/index.ts';
import { f32, requireRank4, requireShape, windowCaseArb, wgslInverseTap } from './conv-geometry.ts';
import { accumulate, DEPTHWISE_ATTRS, depthwiseCase, depthwiseShapes, forEachDepthwiseTap, type DepthwiseConv2dAttrs } from './depthwise-conv2d.ts';
import { emitter } from './emit.ts';
import { mapKernel, storeVia, unravelExprs } from './kernel.ts';
import type { OpDef } from './op-def.ts';

export interface DepthwiseConv2dBackpropInputAttrs extends DepthwiseConv2dAttrs {
  inputShape: readonly number[];
}

function check(dy: TensorType, w: TensorType, attrs: DepthwiseConv2dBackpropInputAttrs) {
  const op = 'depthwise_conv2d_backprop_input';
  const s = attrs.inputShape;
  if (s.length !== 4 || s.some((d) => !Number.isInteger(d) || d < 1)) {
    throw new CompileError('E_IR_ATTR', `${op} attribute 'inputShape' must be [N, H, W, C], got ${JSON.stringify(s)}`);
  }
  requireRank4(op, dy, 'output gradient');
  requireRank4(op, w, 'filter');
  const x = f32(s);
  const { win, out } = depthwiseShapes(op, x, w.shape, attrs);
  requireShape(op, 'the output gradient', dy.shape, out);
  return { x, win };
}

export const depthwise_conv2d_backprop_input: OpDef<DepthwiseConv2dBackpropInputAttrs> = {
  name: 'depthwise_conv2d_backprop_input',
  kind: 'conv',
  summary: 'dx[n,ih,iw,c] = Σ_{kh,kw,j} dy[n,oh,ow,c·M+j] · w[kh,kw,c,j] over the outputs (oh,ow) whose tap (kh,kw) reads (ih,iw)',
  arity: 2,
  attrs: { ...DEPTHWISE_ATTRS, inputShape: { kind: 'ints', doc: 'the convolved input’s shape [N, H, W, C]' } },
  infer([dy, w], attrs) {
    return check(dy!, w!, attrs).x;
  },
  evaluate([dy, w], attrs, ctx) {
    const { x, win } = check(dy!.type, w!.type, attrs);
    const out = ctx.alloc(x);
    const gd = dy!.data;
    const wd = w!.data;
    accumulate(out.data, (acc) => forEachDepthwiseTap(x.shape, w!.type.shape, win, (xi, wi, yi) => (acc[xi]! += gd[yi]! * wd[wi]!)));
    return out;
  },
  // Bilinear in (dy, w): with G the cotangent of dx, ddy = depthwise_conv2d(G, w) and
  // dw = depthwise_conv2d_backprop_filter(G, dy).
  vjp: ({ b, inputs: [dy, w], grad, attrs }) => {
    const e = emitter(b);
    const geo = { strides: [...attrs.strides], padding: attrs.padding, dilations: [...attrs.dilations] };
    return [e.op('depthwise_conv2d', [grad, w!], geo), e.op('depthwise_conv2d_backprop_filter', [grad, dy!], { ...geo, filterShape: [...w!.type.shape] })];
  },
  wgsl: {
    kind: 'kernel',
    // Gather form (no float atomics in WGSL): one invocation per input element visits the taps
    // that read it; the activation gradient before the layer fuses as the epilogue.
    epilogue: { inputs: ['dy', 'w'] },
    emit({ inputs: [dy, w], output, attrs, hook }) {
      const { win } = check(dy!, w!, attrs);
      const [, OH, OW, CM] = dy!.shape as [number, number, number, number];
      const [, KW, C, M] = w!.shape as [number, number, number, number];
      const [n, h, wd, c] = unravelExprs(output.shape, 'i');
      const body = `let n = ${n}; let ih = ${h}; let iw = ${wd}; let c = ${c};
  var acc = 0.0;
  for (var kh = 0u; kh < ${win.h.size}u; kh++) {
    ${wgslInverseTap(win.h, 'ih', 'kh', 'oh')}
    for (var kw = 0u; kw < ${win.w.size}u; kw++) {
      ${wgslInverseTap(win.w, 'iw', 'kw', 'ow')}
      let yb = ((n * ${OH}u + oh) * ${OW}u + ow) * ${CM}u + c * ${M}u;
      let wb = (kh * ${KW}u + kw) * ${C * M}u + c * ${M}u;
      for (var j = 0u; j < ${M}u; j++) { acc += dy[yb + j] * w[wb + j]; }
    }
  }
  ${storeVia(hook)('i', 'acc')}`;
      return mapKernel([{ name: 'dy', type: dy! }, { name: 'w', type: w! }], output, body, '', hook);
    },
  },
  testing: {
    cases: (fc) =>
      windowCaseArb(fc, { dilate: true }).map((k) => {
        const { x, filter, attrs, win } = depthwiseCase(k);
        const dy = f32([k.n, win.h.outSize, win.w.outSize, k.c * filter[3]!]);
        return { inputs: [dy, f32(filter)], attrs: { ...attrs, inputShape: [...x.shape] } };
      }),
    gpuTolerance: 1e-4,
  },
};
