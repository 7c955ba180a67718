/** @file upsample2d_bilinear_grad: the adjoint of bilinear upsample2d, each output cotangent returned to its four source pixels with their weights. */
import { CompileError, formatType, type TensorType } from '../ir/index.ts';
import { f32, pair, requireRank4 } from './conv-geometry.ts';
import { emitter } from './emit.ts';
import { mapKernel, unravelExprs } from './kernel.ts';
import type { OpDef } from './op-def.ts';
import { lerpAt, WGSL_LERP_STRUCT, wgslLerp } from './upsample2d.ts';

export interface UpsampleGradAttrs {
  size: readonly number[];
}

function inputShape(dy: TensorType, size: readonly number[]): number[] {
  const op = 'upsample2d_bilinear_grad';
  requireRank4(op, dy, 'output gradient');
  const [sh, sw] = pair(op, 'size', size);
  const [n, oh, ow, c] = dy.shape as [number, number, number, number];
  if (oh % sh !== 0 || ow % sw !== 0) {
    throw new CompileError('E_SHAPE_MISMATCH', `${op}: output gradient ${formatType(dy)} is not a ${sh}×${sw} upsampling (height and width must divide)`);
  }
  return [n, oh / sh, ow / sw, c];
}

export const upsample2d_bilinear_grad: OpDef<UpsampleGradAttrs> = {
  name: 'upsample2d_bilinear_grad',
  kind: 'layout',
  summary: 'dx = Bᵀ dy, B the half-pixel bilinear upsampling by `size` ([N,H·sh,W·sw,C] → [N,H,W,C])',
  arity: 1,
  attrs: { size: { kind: 'ints', doc: '[sh, sw]: the forward upsampling factors' } },
  infer: ([dy], attrs) => f32(inputShape(dy!, attrs.size)),
  // Scatter form: y = tl(1−fx)(1−fy) + tr·fx(1−fy) + bl(1−fx)fy + br·fx·fy, so each of the four
  // source pixels gets dy times its weight.
  evaluate([dy], attrs, ctx) {
    const shape = inputShape(dy!.type, attrs.size);
    const [N, H, W, C] = shape as [number, number, number, number];
    const [, OH, OW] = dy!.type.shape as [number, number, number, number];
    const [sh, sw] = attrs.size as [number, number];
    const acc = new Float64Array(N * H * W * C);
    let y = 0;
    for (let n = 0; n < N; n++) {
      for (let oh = 0; oh < OH; oh++) {
        const ly = lerpAt(oh, sh, H);
        for (let ow = 0; ow < OW; ow++) {
          const lx = lerpAt(ow, sw, W);
          const taps = [
            [ly.lo, lx.lo, (1 - ly.frac) * (1 - lx.frac)],
            [ly.lo, lx.hi, (1 - ly.frac) * lx.frac],
            [ly.hi, lx.lo, ly.frac * (1 - lx.frac)],
            [ly.hi, lx.hi, ly.frac * lx.frac],
          ] as const;
          for (let c = 0; c < C; c++) {
            const g = dy!.data[y++]!;
            for (const [h, w, wt] of taps) acc[((n * H + h) * W + w) * C + c]! += g * wt;
          }
        }
      }
    }
    const out = ctx.alloc(f32(shape));
    out.data.set(acc);
    return out;
  },
  vjp: ({ b, grad, attrs }) => [emitter(b).op('upsample2d', [grad], { size: [...attrs.size], interpolation: 'bilinear' })],
  wgsl: {
    kind: 'kernel',
    // Gather form: input row h is a source only for output rows in [(h−1)·s, (h+2)·s), since
    // (2o + 1 − s)/(2s) ∈ (h − 1, h + 1) there, and the border clamps stay inside that range too.
    emit({ inputs: [dy], output, attrs }) {
      const [, H, W, C] = output.shape as [number, number, number, number];
      const [, OH, OW] = dy!.shape as [number, number, number, number];
      const [sh, sw] = attrs.size as [number, number];
      const [n, h, w, c] = unravelExprs(output.shape, 'i');
      const weight = (l: string, at: string): string => `select(0.0, 1.0 - ${l}.f, ${l}.lo == ${at}) + select(0.0, ${l}.f, ${l}.hi == ${at})`;
      const body = `let n = ${n}; let h = ${h}; let w = ${w}; let c = ${c};
  var acc = 0.0;
  for (var oh = max(i32(h) - 1, 0) * ${sh}; oh < min(i32(h) + 2, ${H}) * ${sh}; oh++) {
    let ly = dlc_lerp_h(u32(oh));
    let wy = ${weight('ly', 'h')};
    if (wy == 0.0) { continue; }
    for (var ow = max(i32(w) - 1, 0) * ${sw}; ow < min(i32(w) + 2, ${W}) * ${sw}; ow++) {
      let lx = dlc_lerp_w(u32(ow));
      acc += dy[((n * ${OH}u + u32(oh)) * ${OW}u + u32(ow)) * ${C}u + c] * (wy * (${weight('lx', 'w')}));
    }
  }
  out[i] = acc;`;
      const helpers = [WGSL_LERP_STRUCT, wgslLerp('dlc_lerp_h', sh, H), wgslLerp('dlc_lerp_w', sw, W)].join('\n');
      return mapKernel([{ name: 'dy', type: dy! }], output, body, helpers);
    },
  },
  testing: {
    cases: (fc) =>
      fc
        .tuple(
          fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3 })),
          fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
        )
        .map(([[n, h, w, c], [sh, sw]]) => ({ inputs: [f32([n, h * sh, w * sw, c])], attrs: { size: [sh, sw] } })),
  },
};
