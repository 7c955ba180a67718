/** @file avg_pool2d: the mean over each NHWC pooling window (Keras AveragePooling2D: 'same' windows average their real taps only). */
import { f32, POOL_ATTRS, poolCaseArb, poolWindow, tapAt, wgslInside, wgslTap, type PoolAttrs } from './conv-geometry.ts';
import { emitter } from './emit.ts';
import { mapKernel, unravelExprs } from './kernel.ts';
import type { OpDef } from './op-def.ts';

export const avg_pool2d: OpDef<PoolAttrs> = {
  name: 'avg_pool2d',
  kind: 'pool',
  summary: 'y[n,oh,ow,c] = mean of x over the window’s taps inside the input (padding not counted)',
  arity: 1,
  attrs: POOL_ATTRS,
  infer([x], attrs) {
    const win = poolWindow('avg_pool2d', x!, attrs);
    return f32([x!.shape[0]!, win.h.outSize, win.w.outSize, x!.shape[3]!]);
  },
  evaluate([x], attrs, ctx) {
    const win = poolWindow('avg_pool2d', x!.type, attrs);
    const out = ctx.alloc(this.infer([x!.type], attrs));
    const [N, H, W, C] = x!.type.shape as [number, number, number, number];
    let y = 0;
    for (let n = 0; n < N; n++) {
      for (let oh = 0; oh < win.h.outSize; oh++) {
        for (let ow = 0; ow < win.w.outSize; ow++) {
          for (let c = 0; c < C; c++) {
            let s = 0;
            let count = 0;
            for (let kh = 0; kh < win.h.size; kh++) {
              const ih = tapAt(win.h, oh, kh);
              for (let kw = 0; kw < win.w.size && ih >= 0; kw++) {
                const iw = tapAt(win.w, ow, kw);
                if (iw < 0) continue;
                s += x!.data[((n * H + ih) * W + iw) * C + c]!;
                count++;
              }
            }
            out.data[y++] = s / count;
          }
        }
      }
    }
    return out;
  },
  // Linear: the adjoint spreads each window's cotangent evenly over its real taps.
  vjp: ({ b, inputs: [x], grad, attrs }) => [
    emitter(b).op('avg_pool2d_grad', [grad], { inputShape: [...x!.type.shape], poolSize: [...attrs.poolSize], strides: [...attrs.strides], padding: attrs.padding }),
  ],
  wgsl: {
    kind: 'kernel',
    emit({ inputs: [x], output, attrs }) {
      const win = poolWindow('avg_pool2d', x!, attrs);
      const [, H, W, C] = x!.shape as [number, number, number, number];
      const [n, oh, ow, c] = unravelExprs(output.shape, 'i');
      const body = `let n = ${n}; let oh = ${oh}; let ow = ${ow}; let c = ${c};
  var s = 0.0;
  var count = 0.0;
  for (var kh = 0u; kh < ${win.h.size}u; kh++) {
    let ih = ${wgslTap(win.h, 'oh', 'kh')};
    if (!(${wgslInside('ih', H)})) { continue; }
    for (var kw = 0u; kw < ${win.w.size}u; kw++) {
      let iw = ${wgslTap(win.w, 'ow', 'kw')};
      if (!(${wgslInside('iw', W)})) { continue; }
      s += x[((n * ${H}u + u32(ih)) * ${W}u + u32(iw)) * ${C}u + c];
      count += 1.0;
    }
  }
  out[i] = s / count;`;
      return mapKernel([{ name: 'x', type: x! }], output, body);
    },
  },
  testing: {
    cases: (fc) => poolCaseArb(fc).map(({ x, attrs }) => ({ inputs: [x], attrs })),
  },
};
