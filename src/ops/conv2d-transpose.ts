/** @file conv2d_transpose: the adjoint of conv2d in its input (Keras Conv2DTranspose, TF conv2d_transpose), also conv2d's input gradient. */
import { CompileError, formatType, type TensorType } from '../ir/index.ts';
import {
  DILATIONS_ATTR, effectiveSize, f32, pair, PADDING_ATTR, requireRank4, STRIDES_ATTR, tapAt, window2d, windowCaseArb,
  type Padding, type Window2d,
} from './conv-geometry.ts';
import { emitter } from './emit.ts';
import { bindingDecls } from './kernel.ts';
import { transposeGemm } from '../codegen/conv-gemm.ts';
import { convGradFor } from '../codegen/conv-grad-reg.ts';
import type { OpDef } from './op-def.ts';

export interface Conv2dTransposeAttrs {
  strides: readonly number[];
  padding: Padding;
  dilations?: readonly number[];
  outputShape?: readonly number[];
}

/**
 * The output of x [N,H,W,C] with w [KH,KW,O,C] is y [N,OH,OW,O], where conv2d(y, w) with the same
 * attributes is [N,H,W,C]. OH is `outputShape` when given (any size that conv maps back to H: strided
 * convs drop rows), else Keras's length: same H·s, valid H·s + max(keff − s, 0).
 */
export function transposeShapes(op: string, x: TensorType, w: TensorType, attrs: Conv2dTransposeAttrs): { win: Window2d; out: number[] } {
  requireRank4(op, x, 'input');
  requireRank4(op, w, 'filter');
  const [n, h, wd, c] = x.shape as [number, number, number, number];
  const [kh, kw, o, ci] = w.shape as [number, number, number, number];
  if (ci !== c) {
    throw new CompileError('E_SHAPE_MISMATCH', `${op}: filter ${formatType(w)} expects ${ci} input channels, input ${formatType(x)} has ${c}`, {
      hint: 'transposed-conv filters are [kh, kw, out_channels, in_channels], as Keras stores them',
    });
  }
  const [sh, sw] = pair(op, 'strides', attrs.strides);
  const [dh, dw] = attrs.dilations ? pair(op, 'dilations', attrs.dilations) : [1, 1];
  const keras = (len: number, k: number, s: number, d: number): number =>
    attrs.padding === 'same' ? len * s : len * s + Math.max(effectiveSize(k, d) - s, 0);
  const [oh, ow] = attrs.outputShape ? spatial(op, attrs.outputShape, n, o) : [keras(h, kh, sh, dh), keras(wd, kw, sw, dw)];
  const out = [n, oh, ow, o];
  const win = window2d(op, out, kh, kw, attrs);
  if (win.h.outSize !== h || win.w.outSize !== wd) {
    throw new CompileError(
      'E_SHAPE_MISMATCH',
      `${op}: output ${oh}×${ow} does not match input ${h}×${wd}: a conv2d with these strides and padding maps ${oh}×${ow} to ${win.h.outSize}×${win.w.outSize}`,
      { hint: 'choose outputShape so that the forward convolution of the output gives the input size' },
    );
  }
  return { win, out };
}

/** [oh, ow] from an outputShape given as [oh, ow] or [N, oh, ow, O]. */
function spatial(op: string, s: readonly number[], n: number, o: number): [number, number] {
  if (s.length === 2 && s.every((d) => Number.isInteger(d) && d >= 1)) return [s[0]!, s[1]!];
  if (s.length === 4 && s[0] === n && s[3] === o && s[1]! >= 1 && s[2]! >= 1) return [s[1]!, s[2]!];
  throw new CompileError('E_IR_ATTR', `${op} attribute 'outputShape' must be [oh, ow] or [${n}, oh, ow, ${o}], got ${JSON.stringify(s)}`);
}

export const conv2d_transpose: OpDef<Conv2dTransposeAttrs> = {
  name: 'conv2d_transpose',
  kind: 'conv',
  summary: 'transposed convolution: y[n, oh·s − p + kh·d, ow·s − p + kw·d, o] += x[n,oh,ow,c] · w[kh,kw,o,c]',
  arity: 2,
  attrs: {
    strides: STRIDES_ATTR,
    padding: PADDING_ATTR,
    dilations: { ...DILATIONS_ATTR, optional: true },
    outputShape: { kind: 'ints', optional: true, doc: '[oh, ow] (or [N, oh, ow, O]); default Keras: same in·s, valid in·s + max(k − s, 0)' },
  },
  infer: ([x, w], attrs) => f32(transposeShapes('conv2d_transpose', x!, w!, attrs).out),
  // Scatter form (each input pixel adds its filter-weighted contribution to the taps it came from),
  // independent of the gather form the kernel uses.
  evaluate([x, w], attrs, ctx) {
    const { win, out: shape } = transposeShapes('conv2d_transpose', x!.type, w!.type, attrs);
    const [N, H, W, C] = x!.type.shape as [number, number, number, number];
    const [KH, KW, O] = w!.type.shape as [number, number, number, number];
    const [, OH, OW] = shape as [number, number, number, number];
    const acc = new Float64Array(N * OH * OW * O);
    const xd = x!.data;
    const wd = w!.data;
    for (let n = 0; n < N; n++) {
      for (let h = 0; h < H; h++) {
        for (let wi = 0; wi < W; wi++) {
          const xb = ((n * H + h) * W + wi) * C;
          for (let kh = 0; kh < KH; kh++) {
            const yh = tapAt(win.h, h, kh);
            if (yh < 0) continue;
            for (let kw = 0; kw < KW; kw++) {
              const yw = tapAt(win.w, wi, kw);
              if (yw < 0) continue;
              const yb = ((n * OH + yh) * OW + yw) * O;
              const wb = (kh * KW + kw) * O * C;
              for (let o = 0; o < O; o++) {
                let s = 0;
                for (let c = 0; c < C; c++) s += xd[xb + c]! * wd[wb + o * C + c]!;
                acc[yb + o]! += s;
              }
            }
          }
        }
      }
    }
    const out = ctx.alloc(f32(shape));
    out.data.set(acc);
    return out;
  },
  // y = Tᵀx with T the conv2d operator of w: dx = T g = conv2d(g, w); dw is the correlation of g
  // (the forward conv's input) with x (its output).
  vjp: ({ b, inputs: [x, w], grad, attrs }) => {
    const e = emitter(b);
    const geo = { strides: [...attrs.strides], padding: attrs.padding, dilations: [...(attrs.dilations ?? [1, 1])] };
    return [e.op('conv2d', [grad, w!], geo), e.op('conv2d_backprop_filter', [grad, x!], { ...geo, filterShape: [...w!.type.shape] })];
  },
  wgsl: {
    kind: 'kernel',
    // Gather form as an implicit GEMM (M = N·OH·OW, N = O, K = KH·KW·C; taps that fall between
    // input pixels read zero): see codegen/conv-gemm.ts.
    emit({ inputs: [x, w], output, attrs, target }) {
      const { win } = transposeShapes('conv2d_transpose', x!, w!, attrs);
      const hook = { decls: bindingDecls([{ name: 'x', type: x! }, { name: 'w', type: w! }], output), x: 'x', w: 'w', store: (f: string, v: string) => `out[${f}] = ${v};` };
      return convGradFor({ form: 'input', x: x!, y: w!, out: output.shape, win, hook, gemm: transposeGemm(x!, w!, output, win, hook) }, target);
    },
  },
  testing: {
    // x is a forward conv's output grid; half the cases ask for that conv's input size explicitly,
    // which includes sizes whose last rows a strided 'valid' window drops.
    cases: (fc) =>
      fc.tuple(windowCaseArb(fc, { dilate: true }), fc.boolean()).map(([k, explicit]) => {
        const fwd = { strides: k.strides, padding: k.padding, dilations: k.dilations };
        const win = window2d('conv2d_transpose', [k.n, k.h, k.w, k.c], k.kh, k.kw, fwd);
        const attrs: Conv2dTransposeAttrs = explicit ? { ...fwd, outputShape: [k.h, k.w] } : fwd;
        return { inputs: [f32([k.n, win.h.outSize, win.w.outSize, k.o]), f32([k.kh, k.kw, k.c, k.o])], attrs };
      }),
    gpuTolerance: 1e-4,
  },
};
