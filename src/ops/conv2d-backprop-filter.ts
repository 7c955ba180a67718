/** @file conv2d_backprop_filter: the gradient of conv2d with respect to its filter, the correlation of the input with the output cotangent. */
import { CompileError, formatType, type TensorType } from '../ir/index.ts';
import { bindingDecls } from './kernel.ts';
import { backpropFilterGemm } from '../codegen/conv-gemm.ts';
import { convGradFor } from '../codegen/conv-grad-reg.ts';
import {
  DILATIONS_ATTR, f32, PADDING_ATTR, requireRank4, requireShape, STRIDES_ATTR, tapAt, window2d, windowCaseArb,
  type Padding, type Window2d,
} from './conv-geometry.ts';
import { emitter } from './emit.ts';
import type { OpDef } from './op-def.ts';

export interface Conv2dBackpropFilterAttrs {
  filterShape: readonly number[];
  strides: readonly number[];
  padding: Padding;
  dilations: readonly number[];
}

/** Checks x [N,H,W,C], dy [N,OH,OW,O] (conv2d's output for a [KH,KW,C,O] filter); returns the window. */
function shapes(op: string, x: TensorType, dy: TensorType, attrs: Conv2dBackpropFilterAttrs): Window2d {
  requireRank4(op, x, 'input');
  requireRank4(op, dy, 'output gradient');
  const f = attrs.filterShape;
  if (f.length !== 4 || f.some((d) => !Number.isInteger(d) || d < 1) || f[2] !== x.shape[3] || f[3] !== dy.shape[3]) {
    throw new CompileError(
      'E_SHAPE_MISMATCH',
      `${op}: filterShape ${JSON.stringify(f)} must be [kh, kw, ${x.shape[3]}, ${dy.shape[3]}] for input ${formatType(x)} and output gradient ${formatType(dy)}`,
    );
  }
  const win = window2d(op, x.shape, f[0]!, f[1]!, attrs);
  requireShape(op, 'the output gradient', dy.shape, [x.shape[0]!, win.h.outSize, win.w.outSize, f[3]!]);
  return win;
}

/** The forward window of the conv whose filter gradient this is (checks the shapes). */
export function backpropFilterWindow(x: TensorType, dy: TensorType, attrs: Conv2dBackpropFilterAttrs): Window2d {
  return shapes('conv2d_backprop_filter', x, dy, attrs);
}

export const conv2d_backprop_filter: OpDef<Conv2dBackpropFilterAttrs> = {
  name: 'conv2d_backprop_filter',
  kind: 'conv',
  summary: 'dw[kh,kw,c,o] = Σ_{n,oh,ow} x[n, oh·sh − ph + kh·dh, ow·sw − pw + kw·dw, c] · dy[n,oh,ow,o]',
  arity: 2,
  attrs: {
    filterShape: { kind: 'ints', doc: 'the filter shape [kh, kw, in_channels, out_channels]' },
    strides: STRIDES_ATTR,
    padding: PADDING_ATTR,
    dilations: DILATIONS_ATTR,
  },
  infer([x, dy], attrs) {
    shapes('conv2d_backprop_filter', x!, dy!, attrs);
    return f32(attrs.filterShape);
  },
  evaluate([x, dy], attrs, ctx) {
    const win = shapes('conv2d_backprop_filter', x!.type, dy!.type, attrs);
    const [N, H, W, C] = x!.type.shape as [number, number, number, number];
    const [KH, KW, , O] = attrs.filterShape as [number, number, number, number];
    const acc = new Float64Array(KH * KW * C * O);
    const xd = x!.data;
    const gd = dy!.data;
    for (let n = 0; n < N; n++) {
      for (let oh = 0; oh < win.h.outSize; oh++) {
        for (let ow = 0; ow < win.w.outSize; ow++) {
          const gb = ((n * win.h.outSize + oh) * win.w.outSize + ow) * O;
          for (let kh = 0; kh < KH; kh++) {
            const ih = tapAt(win.h, oh, kh);
            if (ih < 0) continue;
            for (let kw = 0; kw < KW; kw++) {
              const iw = tapAt(win.w, ow, kw);
              if (iw < 0) continue;
              const xb = ((n * H + ih) * W + iw) * C;
              const fb = (kh * KW + kw) * C * O;
              for (let c = 0; c < C; c++) {
                const xv = xd[xb + c]!;
                for (let o = 0; o < O; o++) acc[fb + c * O + o]! += xv * gd[gb + o]!;
              }
            }
          }
        }
      }
    }
    const out = ctx.alloc(f32(attrs.filterShape));
    out.data.set(acc);
    return out;
  },
  // Bilinear in (x, dy): with G the filter cotangent, dx = conv2d_transpose(dy, G) sized to x, and
  // ddy = conv2d(x, G). So second-order gradients through conv2d work.
  vjp: ({ b, inputs: [x, dy], grad, attrs }) => {
    const e = emitter(b);
    const geo = { strides: [...attrs.strides], padding: attrs.padding, dilations: [...attrs.dilations] };
    const xs = x!.type.shape;
    return [e.op('conv2d_transpose', [dy!, grad], { ...geo, outputShape: [xs[1]!, xs[2]!] }), e.op('conv2d', [x!, grad], geo)];
  },
  wgsl: {
    kind: 'kernel',
    // A GEMM over the N·OH·OW output positions (M = KH·KW·C, N = O): the long reduction and small
    // filter usually pick the k-split kernel (codegen/conv-gemm.ts); on CPU drivers the
    // register-tiled kernel of codegen/conv-grad-reg.ts.
    emit({ inputs: [x, dy], output, attrs, target }) {
      const win = shapes('conv2d_backprop_filter', x!, dy!, attrs);
      const hook = { decls: bindingDecls([{ name: 'x', type: x! }, { name: 'dy', type: dy! }], output), x: 'x', w: 'dy', store: (f: string, v: string) => `out[${f}] = ${v};` };
      return convGradFor({ form: 'filter', x: x!, y: dy!, out: attrs.filterShape, win, hook, gemm: backpropFilterGemm(x!, dy!, attrs.filterShape, win, hook) }, target);
    },
  },
  testing: {
    cases: (fc) =>
      windowCaseArb(fc, { dilate: true }).map((k) => {
        const attrs = { filterShape: [k.kh, k.kw, k.c, k.o], strides: k.strides, padding: k.padding, dilations: k.dilations };
        const win = window2d('conv2d_backprop_filter', [k.n, k.h, k.w, k.c], k.kh, k.kw, attrs);
        return { inputs: [f32([k.n, k.h, k.w, k.c]), f32([k.n, win.h.outSize, win.w.outSize, k.o])], attrs };
      }),
    gpuTolerance: 3e-4,
  },
};
