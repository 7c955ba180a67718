/** @file depthwise_conv2d: each NHWC input channel convolved with its own `multiplier` filters (Keras DepthwiseConv2D / tf.depthwiseConv2d); no bias. */
import { CompileError, formatType, type Shape, type TensorType } from '../ir/index.ts';
import {
  f32, requireRank4, tapAt, window2d, windowCaseArb, wgslInside, wgslTap,
  type Window2d, type WindowCase,
} from './conv-geometry.ts';
import { CONV2D_ATTRS, type Conv2dAttrs } from './conv2d.ts';
import { emitter } from './emit.ts';
import { mapKernel, storeVia, unravelExprs } from './kernel.ts';
import type { HostData, OpDef } from './op-def.ts';

/** conv2d's window attributes: strides, padding, dilations. */
export type DepthwiseConv2dAttrs = Conv2dAttrs;
export const DEPTHWISE_ATTRS = CONV2D_ATTRS;

/**
 * The geometry shared by depthwise_conv2d and its two gradients: x [N,H,W,C] and a filter
 * [KH,KW,C,M] give the window and the output shape [N,OH,OW,C·M] (output channel c·M + j is input
 * channel c through filter j).
 */
export function depthwiseShapes(op: string, x: TensorType, filter: Shape, attrs: DepthwiseConv2dAttrs): { win: Window2d; out: number[] } {
  requireRank4(op, x, 'input');
  const [n, , , c] = x.shape as [number, number, number, number];
  if (filter.length !== 4 || filter.some((d) => !Number.isInteger(d) || d < 1) || filter[2] !== c) {
    throw new CompileError('E_SHAPE_MISMATCH', `${op}: filter [${filter.join(',')}] must be [kh, kw, ${c}, multiplier] for input ${formatType(x)}`, {
      hint: 'depthwise filters are [kh, kw, in_channels, depth_multiplier]',
    });
  }
  const win = window2d(op, x.shape, filter[0]!, filter[1]!, attrs);
  return { win, out: [n, win.h.outSize, win.w.outSize, c * filter[3]!] };
}

/** The reference loop nest all three depthwise ops share: visit(xIndex, wIndex, yIndex) for every real tap. */
export function forEachDepthwiseTap(x: Shape, filter: Shape, win: Window2d, visit: (xi: number, wi: number, yi: number) => void): void {
  const [N, H, W, C] = x as [number, number, number, number];
  const [KH, KW, , M] = filter as [number, number, number, number];
  for (let n = 0; n < N; n++) {
    for (let oh = 0; oh < win.h.outSize; oh++) {
      for (let ow = 0; ow < win.w.outSize; ow++) {
        const yb = ((n * win.h.outSize + oh) * win.w.outSize + ow) * C * M;
        for (let kh = 0; kh < KH; kh++) {
          const ih = tapAt(win.h, oh, kh);
          if (ih < 0) continue;
          for (let kw = 0; kw < KW; kw++) {
            const iw = tapAt(win.w, ow, kw);
            if (iw < 0) continue;
            const xb = ((n * H + ih) * W + iw) * C;
            const wb = (kh * KW + kw) * C * M;
            for (let c = 0; c < C; c++) for (let j = 0; j < M; j++) visit(xb + c, wb + c * M + j, yb + c * M + j);
          }
        }
      }
    }
  }
}

/** Sums into a float64 accumulator, then copies into `data`. */
export function accumulate(data: HostData, fill: (acc: Float64Array) => void): void {
  const acc = new Float64Array(data.length);
  fill(acc);
  data.set(acc);
}

/** Test cases: the conv window cases, with the output-channel count read as the depth multiplier (1–2). */
export function depthwiseCase(k: WindowCase): { x: TensorType; filter: number[]; attrs: DepthwiseConv2dAttrs; win: Window2d } {
  const filter = [k.kh, k.kw, k.c, ((k.o - 1) % 2) + 1];
  const attrs = { strides: k.strides, padding: k.padding, dilations: k.dilations };
  const x = f32([k.n, k.h, k.w, k.c]);
  return { x, filter, attrs, win: depthwiseShapes('depthwise_conv2d', x, filter, attrs).win };
}

export const depthwise_conv2d: OpDef<DepthwiseConv2dAttrs> = {
  name: 'depthwise_conv2d',
  kind: 'conv',
  summary: 'y[n,oh,ow,c·M+j] = Σ_{kh,kw} x[n, oh·sh − ph + kh·dh, ow·sw − pw + kw·dw, c] · w[kh,kw,c,j] (zero padding)',
  arity: 2,
  attrs: DEPTHWISE_ATTRS,
  infer: ([x, w], attrs) => {
    requireRank4('depthwise_conv2d', w!, 'filter');
    return f32(depthwiseShapes('depthwise_conv2d', x!, w!.shape, attrs).out);
  },
  evaluate([x, w], attrs, ctx) {
    const { win, out: shape } = depthwiseShapes('depthwise_conv2d', x!.type, w!.type.shape, attrs);
    const out = ctx.alloc(f32(shape));
    const xd = x!.data;
    const wd = w!.data;
    accumulate(out.data, (acc) => forEachDepthwiseTap(x!.type.shape, w!.type.shape, win, (xi, wi, yi) => (acc[yi]! += xd[xi]! * wd[wi]!)));
    return out;
  },
  // Bilinear in (x, w): dx gathers g back through each tap (depthwise_conv2d_backprop_input), dw
  // correlates x with g per channel (depthwise_conv2d_backprop_filter).
  vjp: ({ b, inputs: [x, w], grad, attrs }) => {
    const e = emitter(b);
    const geo = { strides: [...attrs.strides], padding: attrs.padding, dilations: [...attrs.dilations] };
    return [
      e.op('depthwise_conv2d_backprop_input', [grad, w!], { ...geo, inputShape: [...x!.type.shape] }),
      e.op('depthwise_conv2d_backprop_filter', [x!, grad], { ...geo, filterShape: [...w!.type.shape] }),
    ];
  },
  wgsl: {
    kind: 'kernel',
    // Output-stationary: one invocation per output element reads its KH·KW taps of one input
    // channel; the bias, batch norm and activation after it fuse as the epilogue.
    epilogue: { inputs: ['x', 'w'] },
    emit({ inputs: [x, w], output, attrs, hook }) {
      const { win } = depthwiseShapes('depthwise_conv2d', x!, w!.shape, attrs);
      const [, H, W, C] = x!.shape as [number, number, number, number];
      const [, KW, , M] = w!.shape as [number, number, number, number];
      const [n, oh, ow, co] = unravelExprs(output.shape, 'i');
      const body = `let n = ${n}; let oh = ${oh}; let ow = ${ow}; let co = ${co};
  let c = co / ${M}u;
  var acc = 0.0;
  for (var kh = 0u; kh < ${win.h.size}u; kh++) {
    let ih = ${wgslTap(win.h, 'oh', 'kh')};
    if (!(${wgslInside('ih', H)})) { continue; }
    for (var kw = 0u; kw < ${win.w.size}u; kw++) {
      let iw = ${wgslTap(win.w, 'ow', 'kw')};
      if (!(${wgslInside('iw', W)})) { continue; }
      acc += x[((n * ${H}u + u32(ih)) * ${W}u + u32(iw)) * ${C}u + c] * w[(kh * ${KW}u + kw) * ${C * M}u + co];
    }
  }
  ${storeVia(hook)('i', 'acc')}`;
      return mapKernel([{ name: 'x', type: x! }, { name: 'w', type: w! }], output, body, '', hook);
    },
  },
  testing: {
    cases: (fc) =>
      windowCaseArb(fc, { dilate: true }).map((k) => {
        const { x, filter, attrs } = depthwiseCase(k);
        return { inputs: [x, f32(filter)], attrs };
      }),
    gpuTolerance: 1e-4,
  },
};
