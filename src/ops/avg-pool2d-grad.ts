/** @file avg_pool2d_grad: avg_pool2d's input gradient, each window's cotangent shared evenly among its real taps. */
import { CompileError } from '../ir/index.ts';
import {
  f32, POOL_ATTRS, poolCaseArb, poolWindow, requireRank4, requireShape, tapAt, validTaps, wgslInverseTap, wgslValidTaps, type PoolAttrs,
} from './conv-geometry.ts';
import { emitter } from './emit.ts';
import { mapKernel, unravelExprs } from './kernel.ts';
import type { OpDef } from './op-def.ts';

export interface AvgPool2dGradAttrs extends PoolAttrs {
  inputShape: readonly number[];
}

export const avg_pool2d_grad: OpDef<AvgPool2dGradAttrs> = {
  name: 'avg_pool2d_grad',
  kind: 'pool',
  summary: 'dx[n,ih,iw,c] = Σ over windows w containing (ih,iw) of dy[n,w,c] / (real taps of w)',
  arity: 1,
  attrs: { ...POOL_ATTRS, inputShape: { kind: 'ints', doc: 'the pooled input’s shape [N, H, W, C]' } },
  infer([dy], attrs) {
    requireRank4('avg_pool2d_grad', dy!, 'output gradient');
    const s = attrs.inputShape;
    if (s.length !== 4 || s.some((d) => !Number.isInteger(d) || d < 1)) {
      throw new CompileError('E_IR_ATTR', `avg_pool2d_grad attribute 'inputShape' must be [N, H, W, C], got ${JSON.stringify(s)}`);
    }
    const win = poolWindow('avg_pool2d_grad', f32(s), attrs);
    requireShape('avg_pool2d_grad', 'the output gradient', dy!.shape, [s[0]!, win.h.outSize, win.w.outSize, s[3]!]);
    return f32(s);
  },
  // Scatter form: each window hands dy / count to each of its real taps.
  evaluate([dy], attrs, ctx) {
    const out = ctx.alloc(this.infer([dy!.type], attrs));
    const win = poolWindow('avg_pool2d_grad', out.type, attrs);
    const [N, H, W, C] = attrs.inputShape as [number, number, number, number];
    const acc = new Float64Array(out.data.length);
    let y = 0;
    for (let n = 0; n < N; n++) {
      for (let oh = 0; oh < win.h.outSize; oh++) {
        for (let ow = 0; ow < win.w.outSize; ow++) {
          const count = validTaps(win.h, oh) * validTaps(win.w, ow);
          for (let c = 0; c < C; c++) {
            const share = dy!.data[y++]! / count;
            for (let kh = 0; kh < win.h.size; kh++) {
              const ih = tapAt(win.h, oh, kh);
              for (let kw = 0; kw < win.w.size && ih >= 0; kw++) {
                const iw = tapAt(win.w, ow, kw);
                if (iw >= 0) acc[((n * H + ih) * W + iw) * C + c]! += share;
              }
            }
          }
        }
      }
    }
    out.data.set(acc);
    return out;
  },
  // The adjoint of the adjoint: average pooling itself.
  vjp: ({ b, grad, attrs }) => [
    emitter(b).op('avg_pool2d', [grad], { poolSize: [...attrs.poolSize], strides: [...attrs.strides], padding: attrs.padding }),
  ],
  wgsl: {
    kind: 'kernel',
    // Gather form: each input element sums dy / count over the windows that contain it.
    emit({ inputs: [dy], output, attrs }) {
      const win = poolWindow('avg_pool2d_grad', output, attrs);
      const [, OH, OW, C] = dy!.shape as [number, number, number, number];
      const [n, h, w, c] = unravelExprs(output.shape, 'i');
      const body = `let n = ${n}; let ih = ${h}; let iw = ${w}; let c = ${c};
  var acc = 0.0;
  for (var kh = 0u; kh < ${win.h.size}u; kh++) {
    ${wgslInverseTap(win.h, 'ih', 'kh', 'oh')}
    for (var kw = 0u; kw < ${win.w.size}u; kw++) {
      ${wgslInverseTap(win.w, 'iw', 'kw', 'ow')}
      acc += dy[((n * ${OH}u + oh) * ${OW}u + ow) * ${C}u + c] / (${wgslValidTaps(win.h, 'oh')} * ${wgslValidTaps(win.w, 'ow')});
    }
  }
  out[i] = acc;`;
      return mapKernel([{ name: 'dy', type: dy! }], output, body);
    },
  },
  testing: {
    cases: (fc) =>
      poolCaseArb(fc).map(({ x, attrs }) => {
        const win = poolWindow('avg_pool2d_grad', x, attrs);
        return { inputs: [f32([x.shape[0]!, win.h.outSize, win.w.outSize, x.shape[3]!])], attrs: { ...attrs, inputShape: [...x.shape] } };
      }),
  },
};
