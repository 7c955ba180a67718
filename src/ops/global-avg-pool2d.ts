/** @file global_avg_pool2d: the mean over height and width of NHWC activations, [N,H,W,C] → [N,C] (Keras GlobalAveragePooling2D). */
import { f32, requireRank4 } from './conv-geometry.ts';
import { emitter } from './emit.ts';
import { invocationKernel } from './kernel.ts';
import type { OpDef } from './op-def.ts';
import { f32Literal } from '../codegen/wgsl.ts';

type NoAttrs = Record<string, never>;

export const global_avg_pool2d: OpDef<NoAttrs> = {
  name: 'global_avg_pool2d',
  kind: 'pool',
  summary: 'y[n,c] = mean over h, w of x[n,h,w,c]',
  arity: 1,
  attrs: {},
  infer([x]) {
    requireRank4('global_avg_pool2d', x!, 'input');
    return f32([x!.shape[0]!, x!.shape[3]!]);
  },
  evaluate([x], _attrs, ctx) {
    const [N, H, W, C] = x!.type.shape as [number, number, number, number];
    const out = ctx.alloc(f32([N, C]));
    for (let n = 0; n < N; n++) {
      for (let c = 0; c < C; c++) {
        let s = 0;
        for (let p = 0; p < H * W; p++) s += x!.data[(n * H * W + p) * C + c]!;
        out.data[n * C + c] = s / (H * W);
      }
    }
    return out;
  },
  // Every pixel of (n, c) receives g[n,c] / (H·W).
  vjp: ({ b, inputs: [x], grad }) => {
    const e = emitter(b);
    const [N, H, W, C] = x!.type.shape as [number, number, number, number];
    const spread = e.op('broadcast_to', [e.op('reshape', [grad], { shape: [N, 1, 1, C] })], { shape: [N, H, W, C] });
    return [e.mul(spread, e.scalar(1 / (H * W)))];
  },
  wgsl: {
    kind: 'kernel',
    // One invocation per (n, c); adjacent invocations read adjacent channels, so reads coalesce.
    emit({ inputs: [x], output }) {
      const [, H, W, C] = x!.shape as [number, number, number, number];
      const body = `let n = i / ${C}u; let c = i % ${C}u;
  var s = 0.0;
  for (var p = 0u; p < ${H * W}u; p++) { s += x[(n * ${H * W}u + p) * ${C}u + c]; }
  out[i] = s / ${f32Literal(H * W)};`;
      return invocationKernel([{ name: 'x', type: x! }], output, x!.shape[0]! * C, body);
    },
  },
  testing: {
    cases: (fc) =>
      fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 4 })).map((s) => ({
        inputs: [f32(s)],
        attrs: {},
      })),
  },
};
