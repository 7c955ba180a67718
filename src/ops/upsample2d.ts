/** @file upsample2d: NHWC upsampling by integer factors (Keras UpSampling2D): nearest repeats pixels, bilinear interpolates with half-pixel centres (tf.image.resize). */
import type { TensorType } from '../ir/index.ts';
import { f32, pair, requireRank4 } from './conv-geometry.ts';
import { emitter } from './emit.ts';
import { mapKernel, unravelExprs } from './kernel.ts';
import type { OpDef } from './op-def.ts';

export interface Upsample2dAttrs {
  size: readonly number[];
  interpolation: 'nearest' | 'bilinear';
}

export function upsampleShape(op: string, x: TensorType, size: readonly number[]): number[] {
  requireRank4(op, x, 'input');
  const [sh, sw] = pair(op, 'size', size);
  const [n, h, w, c] = x.shape as [number, number, number, number];
  return [n, h * sh, w * sw, c];
}

/**
 * Bilinear source of output row o for scale s over n input rows. Half-pixel centres put o at input
 * coordinate (o + ½)/s − ½ = (2o + 1 − s)/(2s), computed exactly in integers: lo₀ = ⌊that⌋ ≥ −1,
 * frac = its fractional part; rows clamp to [0, n − 1] (as TF's resize does at the borders).
 */
export interface Lerp {
  readonly lo: number;
  readonly hi: number;
  readonly frac: number;
}

export function lerpAt(o: number, s: number, n: number): Lerp {
  const num = 2 * o + 1 - s;
  const den = 2 * s;
  const lo0 = Math.floor(num / den);
  return { lo: Math.max(lo0, 0), hi: Math.min(lo0 + 1, n - 1), frac: (num - lo0 * den) / den };
}

/** WGSL `fn <name>(o: u32) -> DlcLerp`, the same integer computation as lerpAt (floor via a positive shift). */
export function wgslLerp(name: string, s: number, n: number): string {
  const den = 2 * s;
  return `fn ${name}(o: u32) -> DlcLerp {
  let num = i32(2u * o) + ${1 - s};
  let lo0 = (num + ${den}) / ${den} - 1;
  return DlcLerp(u32(max(lo0, 0)), u32(min(lo0 + 1, ${n - 1})), f32(num - lo0 * ${den}) / ${den}.0);
}`;
}

export const WGSL_LERP_STRUCT = 'struct DlcLerp { lo: u32, hi: u32, f: f32 }';

/** TF's order of operations: lerp along w on the two source rows, then along h. */
function bilerp(tl: number, tr: number, bl: number, br: number, fx: number, fy: number): number {
  const top = tl + (tr - tl) * fx;
  const bottom = bl + (br - bl) * fx;
  return top + (bottom - top) * fy;
}

export const upsample2d: OpDef<Upsample2dAttrs> = {
  name: 'upsample2d',
  kind: 'layout',
  summary: 'y[n,oh,ow,c] = x[n, ⌊oh/sh⌋, ⌊ow/sw⌋, c] (nearest), or half-pixel bilinear interpolation',
  arity: 1,
  attrs: {
    size: { kind: 'ints', doc: '[sh, sw]: integer upsampling factors' },
    interpolation: { kind: 'string', oneOf: ['nearest', 'bilinear'], doc: "'nearest' repeats pixels; 'bilinear' as tf.image.resize (half-pixel centres)" },
  },
  infer: ([x], attrs) => f32(upsampleShape('upsample2d', x!, attrs.size)),
  evaluate([x], attrs, ctx) {
    const shape = upsampleShape('upsample2d', x!.type, attrs.size);
    const out = ctx.alloc(f32(shape));
    const [N, H, W, C] = x!.type.shape as [number, number, number, number];
    const [, OH, OW] = shape as [number, number, number, number];
    const [sh, sw] = attrs.size as [number, number];
    const at = (n: number, h: number, w: number, c: number): number => x!.data[((n * H + h) * W + w) * C + c]!;
    let y = 0;
    for (let n = 0; n < N; n++) {
      for (let oh = 0; oh < OH; oh++) {
        const ly = lerpAt(oh, sh, H);
        for (let ow = 0; ow < OW; ow++) {
          const lx = lerpAt(ow, sw, W);
          for (let c = 0; c < C; c++) {
            out.data[y++] =
              attrs.interpolation === 'nearest'
                ? at(n, Math.floor(oh / sh), Math.floor(ow / sw), c)
                : bilerp(at(n, ly.lo, lx.lo, c), at(n, ly.lo, lx.hi, c), at(n, ly.hi, lx.lo, c), at(n, ly.hi, lx.hi, c), lx.frac, ly.frac);
          }
        }
      }
    }
    return out;
  },
  // Nearest: each input pixel fed an sh×sw block, so sum the cotangent over it by viewing it as
  // [N, H, sh, W, sw, C]. Bilinear: the adjoint interpolation, a dedicated op.
  vjp: ({ b, inputs: [x], grad, attrs }) => {
    const e = emitter(b);
    const [N, H, W, C] = x!.type.shape as [number, number, number, number];
    const [sh, sw] = attrs.size as [number, number];
    if (attrs.interpolation === 'bilinear') return [e.op('upsample2d_bilinear_grad', [grad], { size: [sh, sw] })];
    const blocks = e.op('reshape', [grad], { shape: [N, H, sh, W, sw, C] });
    return [e.op('reduce_sum', [blocks], { axes: [2, 4], keepDims: false })];
  },
  wgsl: {
    kind: 'kernel',
    emit({ inputs: [x], output, attrs }) {
      const [, H, W, C] = x!.shape as [number, number, number, number];
      const [sh, sw] = attrs.size as [number, number];
      const [n, oh, ow, c] = unravelExprs(output.shape, 'i');
      const px = (h: string, w: string): string => `x[((n * ${H}u + ${h}) * ${W}u + ${w}) * ${C}u + c]`;
      if (attrs.interpolation === 'nearest') {
        return mapKernel([{ name: 'x', type: x! }], output, `let n = ${n}; let c = ${c};\n  out[i] = ${px(`${oh} / ${sh}u`, `${ow} / ${sw}u`)};`);
      }
      const body = `let n = ${n}; let c = ${c};
  let ly = dlc_lerp_h(${oh});
  let lx = dlc_lerp_w(${ow});
  let top = ${px('ly.lo', 'lx.lo')} + (${px('ly.lo', 'lx.hi')} - ${px('ly.lo', 'lx.lo')}) * lx.f;
  let bottom = ${px('ly.hi', 'lx.lo')} + (${px('ly.hi', 'lx.hi')} - ${px('ly.hi', 'lx.lo')}) * lx.f;
  out[i] = top + (bottom - top) * ly.f;`;
      const helpers = [WGSL_LERP_STRUCT, wgslLerp('dlc_lerp_h', sh, H), wgslLerp('dlc_lerp_w', sw, W)].join('\n');
      return mapKernel([{ name: 'x', type: x! }], output, body, helpers);
    },
  },
  testing: {
    cases: (fc) =>
      fc
        .tuple(
          fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3 })),
          fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
          fc.constantFrom<Upsample2dAttrs['interpolation']>('nearest', 'bilinear'),
        )
        .map(([shape, size, interpolation]) => ({ inputs: [f32(shape)], attrs: { size, interpolation } })),
  },
};
