/** @file depthwise_conv2d_backprop_filter: the gradient of depthwise_conv2d with respect to its filter, the per-channel correlation of the input with the output cotangent. */
import { CompileError, numel, type TensorType } from '../ir/index.ts';
import { f32, requireRank4, requireShape, windowCaseArb, wgslInside, wgslTap } from './conv-geometry.ts';
import { accumulate, DEPTHWISE_ATTRS, depthwiseCase, depthwiseShapes, forEachDepthwiseTap, type DepthwiseConv2dAttrs } from './depthwise-conv2d.ts';
import { emitter } from './emit.ts';
import { bindingDecls, mapKernel, storeVia, unravelExprs } from './kernel.ts';
import { groupDispatch, lanesFor, wgslLaneSum } from './workgroup-reduce.ts';
import type { OpDef } from './op-def.ts';

/** Sums of fewer terms run serially in one invocation; longer ones across a workgroup (the property cases reach both). */
const SERIAL_MAX = 64;

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
    // Each filter element sums N·OH·OW products. Short sums: one invocation per element, a serial
    // loop. Long ones (the early layers of a MobileNet: 8·32·32 terms for 288 elements): one
    // workgroup per element, its lanes striding over the positions, then a tree sum. Either way one
    // invocation stores each element, so the optimizer update after it fuses as the epilogue.
    epilogue: { inputs: ['x', 'dy'] },
    emit({ inputs: [x, dy], output, attrs, hook }) {
      const win = check(x!, dy!, attrs);
      const [N, H, W, C] = x!.shape as [number, number, number, number];
      const [, , , M] = attrs.filterShape as [number, number, number, number];
      const [, OH, OW] = dy!.shape as [number, number, number, number];
      const term = (n: string, oh: string, ow: string) => `let ih = ${wgslTap(win.h, oh, 'kh')};
      let iw = ${wgslTap(win.w, ow, 'kw')};
      if (${wgslInside('ih', H)} && ${wgslInside('iw', W)}) {
        acc += x[((${n} * ${H}u + u32(ih)) * ${W}u + u32(iw)) * ${C}u + c] * dy[((${n} * ${OH}u + ${oh}) * ${OW}u + ${ow}) * ${C * M}u + c * ${M}u + j];
      }`;
      const inputs = [{ name: 'x', type: x! }, { name: 'dy', type: dy! }];
      const count = N * OH * OW;
      if (count < SERIAL_MAX) {
        const [kh, kw, c, j] = unravelExprs(output.shape, 'i');
        const body = `let kh = ${kh}; let kw = ${kw}; let c = ${c}; let j = ${j};
  var acc = 0.0;
  for (var p = 0u; p < ${count}u; p++) {
    let n = p / ${OH * OW}u; let oh = (p / ${OW}u) % ${OH}u; let ow = p % ${OW}u;
    ${term('n', 'oh', 'ow')}
  }
  ${storeVia(hook)('i', 'acc')}`;
        return mapKernel(inputs, output, body, '', hook);
      }
      const d = groupDispatch(numel(output.shape));
      const lanes = lanesFor(count);
      const [kh, kw, c, j] = unravelExprs(output.shape, 'g');
      return {
        code: `${hook ? hook.decls : bindingDecls(inputs, output)}
${wgslLaneSum(lanes)}
@compute @workgroup_size(${lanes})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  ${d.index}
  let kh = ${kh}; let kw = ${kw}; let c = ${c}; let j = ${j};
  var acc = 0.0;
  for (var p = lane; p < ${count}u; p += ${lanes}u) {
    let n = p / ${OH * OW}u; let oh = (p / ${OW}u) % ${OH}u; let ow = p % ${OW}u;
    ${term('n', 'oh', 'ow')}
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { ${storeVia(hook)('g', 'total')} }
}
`,
        workgroups: d.workgroups,
      };
    },
  },
  testing: {
    // Half the cases are grown (3 images, 12 more rows and columns) past SERIAL_MAX terms, so both kernel forms run.
    cases: (fc) =>
      fc.tuple(windowCaseArb(fc, { dilate: true }), fc.boolean()).map(([small, grow]) => {
        const k = grow ? { ...small, n: 3, h: small.h + 12, w: small.w + 12 } : small;
        const { x, filter, attrs, win } = depthwiseCase(k);
        const dy = f32([k.n, win.h.outSize, win.w.outSize, k.c * filter[3]!]);
        return { inputs: [x, dy], attrs: { ...attrs, filterShape: filter } };
      }),
    gpuTolerance: 3e-4,
  },
};
