/** @file conv2d: 2-D convolution (cross-correlation) of NHWC activations with an HWIO filter, Keras/TF padding, strides and dilations; no bias. */
import { CompileError, formatType, type TensorType } from '../ir/index.ts';
import {
  DILATIONS_ATTR, f32, PADDING_ATTR, requireRank4, STRIDES_ATTR, tapAt, window2d, windowCaseArb,
  type Padding, type Window2d,
} from './conv-geometry.ts';
import { emitter } from './emit.ts';
import { bindingDecls, mapKernel, unravelExprs } from './kernel.ts';
import { conv2dGemm, directConvFunction, isDirectConv } from '../codegen/conv-gemm.ts';
import { gemmFor } from '../codegen/gemm.ts';
import type { OpDef } from './op-def.ts';

export interface Conv2dAttrs {
  strides: readonly number[];
  padding: Padding;
  dilations: readonly number[];
}

export const CONV2D_ATTRS = { strides: STRIDES_ATTR, padding: PADDING_ATTR, dilations: DILATIONS_ATTR };

/** Checks x [N,H,W,C] against w [KH,KW,C,O]; returns the window and the output shape [N,OH,OW,O]. */
export function conv2dShapes(op: string, x: TensorType, w: TensorType, attrs: Conv2dAttrs): { win: Window2d; out: number[] } {
  requireRank4(op, x, 'input');
  requireRank4(op, w, 'filter');
  const [n, , , c] = x.shape as [number, number, number, number];
  const [kh, kw, ci, co] = w.shape as [number, number, number, number];
  if (ci !== c) {
    throw new CompileError('E_SHAPE_MISMATCH', `${op}: filter ${formatType(w)} expects ${ci} input channels, input ${formatType(x)} has ${c}`, {
      hint: 'filters are [kh, kw, in_channels, out_channels]',
    });
  }
  const win = window2d(op, x.shape, kh, kw, attrs);
  return { win, out: [n, win.h.outSize, win.w.outSize, co] };
}

export const conv2d: OpDef<Conv2dAttrs> = {
  name: 'conv2d',
  kind: 'conv',
  summary: 'y[n,oh,ow,o] = Σ_{kh,kw,c} x[n, oh·sh − ph + kh·dh, ow·sw − pw + kw·dw, c] · w[kh,kw,c,o] (zero padding)',
  arity: 2,
  attrs: CONV2D_ATTRS,
  infer: ([x, w], attrs) => f32(conv2dShapes('conv2d', x!, w!, attrs).out),
  evaluate([x, w], attrs, ctx) {
    const { win, out: shape } = conv2dShapes('conv2d', x!.type, w!.type, attrs);
    const out = ctx.alloc(f32(shape));
    const [N, H, W, C] = x!.type.shape as [number, number, number, number];
    const [KH, KW, , O] = w!.type.shape as [number, number, number, number];
    const xd = x!.data;
    const wd = w!.data;
    const acc = new Float64Array(O);
    let y = 0;
    for (let n = 0; n < N; n++) {
      for (let oh = 0; oh < win.h.outSize; oh++) {
        for (let ow = 0; ow < win.w.outSize; ow++) {
          acc.fill(0);
          for (let kh = 0; kh < KH; kh++) {
            const ih = tapAt(win.h, oh, kh);
            if (ih < 0) continue;
            for (let kw = 0; kw < KW; kw++) {
              const iw = tapAt(win.w, ow, kw);
              if (iw < 0) continue;
              const xb = ((n * H + ih) * W + iw) * C;
              const wb = (kh * KW + kw) * C * O;
              for (let c = 0; c < C; c++) {
                const xv = xd[xb + c]!;
                for (let o = 0; o < O; o++) acc[o]! += xv * wd[wb + c * O + o]!;
              }
            }
          }
          for (let o = 0; o < O; o++) out.data[y++] = acc[o]!;
        }
      }
    }
    return out;
  },
  // dx: the transposed convolution of g with the same filter, sized back to x (rows a strided
  // 'valid' window never read get zero); dw: the correlation of x with g.
  vjp: ({ b, inputs: [x, w], grad, attrs }) => {
    const e = emitter(b);
    const { strides, padding, dilations } = attrs;
    const xs = x!.type.shape;
    const dx = e.op('conv2d_transpose', [grad, w!], { strides: [...strides], padding, dilations: [...dilations], outputShape: [xs[1]!, xs[2]!] });
    const dw = e.op('conv2d_backprop_filter', [x!, grad], { filterShape: [...w!.type.shape], strides: [...strides], padding, dilations: [...dilations] });
    return [dx, dw];
  },
  wgsl: {
    kind: 'kernel',
    // Implicit GEMM (M = N·OH·OW, N = O, K = KH·KW·C), or for a very short K one invocation per
    // output element: see codegen/conv-gemm.ts.
    emit({ inputs: [x, w], output, attrs, target }) {
      const { win } = conv2dShapes('conv2d', x!, w!, attrs);
      if (isDirectConv(w!.shape)) {
        const [n, oh, ow, co] = unravelExprs(output.shape, 'i');
        const fn = directConvFunction('x', 'w', x!.shape, w!.shape, win);
        return mapKernel([{ name: 'x', type: x! }, { name: 'w', type: w! }], output, `out[i] = dlc_conv(${n}, ${oh}, ${ow}, ${co});`, fn);
      }
      const hook = { decls: bindingDecls([{ name: 'x', type: x! }, { name: 'w', type: w! }], output), x: 'x', w: 'w', store: (f: string, v: string) => `out[${f}] = ${v};` };
      return gemmFor(conv2dGemm(x!, w!, output, win, hook), target);
    },
  },
  testing: {
    cases: (fc) =>
      windowCaseArb(fc, { dilate: true }).map((k) => ({
        inputs: [f32([k.n, k.h, k.w, k.c]), f32([k.kh, k.kw, k.c, k.o])],
        attrs: { strides: k.strides, padding: k.padding, dilations: k.dilations },
      })),
    gpuTolerance: 1e-4,
  },
};

