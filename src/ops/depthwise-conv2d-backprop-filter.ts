/** @file depthwise_conv2d_backprop_filter: the gradient of depthwise_conv2d with respect to its filter, the per-channel correlation of the input with the output cotangent. */
import { CompileError, type TensorType } from '../ir/index.ts';
import { f32, requireRank4, requireShape, windowCaseArb, wgslInside, wgslTap } from './conv-geometry.ts';
import { accumulate, DEPTHWISE_ATTRS, depthwiseCase, depthwiseShapes, forEachDepthwiseTap, type DepthwiseConv2dAttrs } from './depthwise-conv2d.ts';
import { emitter } from './emit.ts';
import { mapKernel, unravelExprs } from './kernel.ts';
import type { OpDef } from './op-def.ts';

export interface DepthwiseConv2dBackpropFilterAttrs extends DepthwiseConv2dAttrs {
  filterShape: readonly number[];
}

function check(x: TensorType, dy: TensorType, attrs: DepthwiseConv2dBackpropFilterAttrs) {
  const op = 'depthwise_conv2d_backprop_filter';
  if (attrs.filterShape.length !== 4) {
    throw new CompileError('E_IR_ATTR', `${op} attribute 'filterShape' must be [kh, kw, C, multiplier], got ${JSON.stringify(attrs.filterShape)}`);
  }
  requireRank4(op, dy, 'output gradient');
  const { win, out } = depthwiseShapes(op, x, attrs.filterShape, attrs);
  requireShape(op, 'the output gradient', dy.shape, out);
  return win;
}

export const depthwise_conv2d_backprop_filter: OpDef<DepthwiseConv2dBackpropFilterAttrs> = {
  name: 'depthwise_conv2d_backprop_filter',
  kind: 'conv',
  summary: 'dw[kh,kw,c,j] = Σ_{n,oh,ow} x[n, oh·sh − ph + kh·dh, ow·sw − pw + kw·dw, c] · dy[n,oh,ow,c·M+j]',
  arity: 2,
  attrs: { ...DEPTHWISE_ATTRS, filterShape: { kind: 'ints', doc: 'the filter shape [kh, kw, in_channels, depth_multiplier]' } },
  infer([x, dy], attrs) {
    check(x!, dy!, attrs);
    return f32(attrs.filterShape);
  },
  evaluate([x, dy], attrs, ctx) {
    const win = check(x!.type, dy!.type, attrs);
    const out = ctx.alloc(f32(attrs.filterShape));
    const xd = x!.data;
    const gd = dy!.data;
    accumulate(out.data, (acc) => forEachDepthwiseTap(x!.type.shape, attrs.filterShape, win, (xi, wi, yi) => (acc[wi]! += xd[xi]! * gd[yi]!)));
    return out;
  },
  // Bilinear in (x, dy): with G the filter cotangent, dx = depthwise_conv2d_backprop_input(dy, G)
  // and ddy = depthwise_conv2d(x, G).
  vjp: ({ b, inputs: [x, dy], grad, attrs }) => {
    const e = emitter(b);
    const geo = { strides: [...attrs.strides], padding: attrs.padding, dilations: [...attrs.dilations] };
    return [e.op('depthwise_conv2d_backprop_input', [dy!, grad], { ...geo, inputShape: [...x!.type.shape] }), e.op('depthwise_conv2d', [x!, grad], geo)];
  },
  wgsl: {
    kind: 'kernel',
    // One invocation per filter element sums over the batch and the output positions whose tap
    // lands inside the input (a serial reduction of N·OH·OW terms; the filter is small).
    emit({ inputs: [x, dy], output, attrs }) {
      const win = check(x!, dy!, attrs);
      const [N, H, W, C] = x!.shape as [number, number, number, number];
      const [, , , M] = attrs.filterShape as [number, number, number, number];
      const [, OH, OW] = dy!.shape as [number, number, number, number];
      const [kh, kw, c, j] = unravelExprs(output.shape, 'i');
      const body = `let kh = ${kh}; let kw = ${kw}; let c = ${c}; let j = ${j};
  var acc = 0.0;
  for (var n = 0u; n < ${N}u; n++) {
    for (var oh = 0u; oh < ${OH}u; oh++) {
      let ih = ${wgslTap(win.h, 'oh', 'kh')};
      if (!(${wgslInside('ih', H)})) { continue; }
      let xr = (n * ${H}u + u32(ih)) * ${W}u;
      let yr = (n * ${OH}u + oh) * ${OW}u;
      for (var ow = 0u; ow < ${OW}u; ow++) {
        let iw = ${wgslTap(win.w, 'ow', 'kw')};
        if (!(${wgslInside('iw', W)})) { continue; }
        acc += x[(xr + u32(iw)) * ${C}u + c] * dy[(yr + ow) * ${C * M}u + c * ${M}u + j];
      }
    }
  }
  out[i] = acc;`;
      return mapKernel([{ name: 'x', type: x! }, { name: 'dy', type: dy! }], output, body);
    },
  },
  testing: {
    cases: (fc) =>
      windowCaseArb(fc, { dilate: true }).map((k) => {
        const { x, filter, attrs, win } = depthwiseCase(k);
        const dy = f32([k.n, win.h.outSize, win.w.outSize, k.c * filter[3]!]);
        return { inputs: [x, dy], attrs: { ...attrs, filterShape: filter } };
      }),
    gpuTolerance: 3e-4,
  },
};
