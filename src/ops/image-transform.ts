/**
 * @file image_transform: per-sample flip, rotation, zoom and translation of NHWC images by inverse
 * mapping with bilinear sampling (zeros outside), the resampler behind the random augmentation layers.
 */
import { CompileError, formatType } from '../ir/index.ts';
import { mapKernel } from './kernel.ts';
import type { OpDef } from './op-def.ts';
import { shapeArb } from './testing.ts';

/** Columns of the per-sample parameter rows [B, 6]. */
export const TRANSFORM_PARAMS = ['angle', 'zoom', 'ty', 'tx', 'flipV', 'flipH'] as const;

/**
 * Output pixel (y, x) reads the input at, with (u, v) = (x − cx, y − cy) negated by the flips:
 *   xᵢ = cx + zoom·(cos a·u − sin a·v) − tx,  yᵢ = cy + zoom·(sin a·u + cos a·v) − ty,
 * centre (cx, cy) = ((W − 1)/2, (H − 1)/2); zoom > 1 zooms out, as Keras's positive zoom factors.
 */
function sourceOf(p: ArrayLike<number>, o: number, y: number, x: number, h: number, w: number): [number, number] {
  const [cx, cy] = [(w - 1) / 2, (h - 1) / 2];
  const u = (p[o + 5]! > 0.5 ? -1 : 1) * (x - cx);
  const v = (p[o + 4]! > 0.5 ? -1 : 1) * (y - cy);
  const [c, s, z] = [Math.cos(p[o]!), Math.sin(p[o]!), p[o + 1]!];
  return [cy + z * (s * u + c * v) - p[o + 2]!, cx + z * (c * u - s * v) - p[o + 3]!];
}

export const image_transform: OpDef<Record<string, never>> = {
  name: 'image_transform',
  kind: 'layout',
  summary: 'per-sample affine resampling of NHWC images (params [B, 6]: angle, zoom, ty, tx, flipV, flipH), bilinear, zeros outside',
  arity: 2,
  attrs: {},
  infer([x, p]) {
    if (x!.dtype !== 'f32' || x!.shape.length !== 4) throw new CompileError('E_SHAPE_RANK', `image_transform: the input must be f32 [B, H, W, C], got ${formatType(x!)}`);
    if (p!.dtype !== 'f32' || p!.shape.length !== 2 || p!.shape[0] !== x!.shape[0] || p!.shape[1] !== 6) throw new CompileError('E_SHAPE', `image_transform: params must be f32 [${x!.shape[0]}, 6], got ${formatType(p!)}`);
    return { dtype: 'f32', shape: [...x!.shape] };
  },
  evaluate([x, p], attrs, ctx) {
    const out = ctx.alloc(this.infer([x!.type, p!.type], attrs));
    const [, h, w, ch] = x!.type.shape as [number, number, number, number];
    const at = (b: number, yy: number, xx: number, c: number): number => (yy < 0 || yy >= h || xx < 0 || xx >= w ? 0 : x!.data[((b * h + yy) * w + xx) * ch + c]!);
    for (let i = 0; i < out.data.length; i++) {
      const [c, xo, yo, b] = [i % ch, Math.floor(i / ch) % w, Math.floor(i / (ch * w)) % h, Math.floor(i / (ch * w * h))];
      const [yi, xi] = sourceOf(p!.data, b * 6, yo, xo, h, w);
      const [y0, x0] = [Math.floor(yi), Math.floor(xi)];
      const [fy, fx] = [yi - y0, xi - x0];
      out.data[i] = (1 - fy) * ((1 - fx) * at(b, y0, x0, c) + fx * at(b, y0, x0 + 1, c)) + fy * ((1 - fx) * at(b, y0 + 1, x0, c) + fx * at(b, y0 + 1, x0 + 1, c));
    }
    return out;
  },
  // Augmentation resamples input data: nothing upstream of it is trained.
  vjp: null,
  wgsl: {
    kind: 'kernel',
    emit({ inputs: [x, p], output }) {
      const [, h, w, ch] = x!.shape as [number, number, number, number];
      const helpers = `fn dlc_px(b: i32, y: i32, x: i32, c: i32) -> f32 {
  if (y < 0 || y >= ${h} || x < 0 || x >= ${w}) { return 0.0; }
  return x_in[u32(((b * ${h} + y) * ${w} + x) * ${ch} + c)];
}`;
      const body = `let c = i32(i % ${ch}u);
  let xo = f32((i / ${ch}u) % ${w}u) - ${(w - 1) / 2};
  let yo = f32((i / ${ch * w}u) % ${h}u) - ${(h - 1) / 2};
  let b = i32(i / ${ch * w * h}u);
  let o = u32(b) * 6u;
  let u = select(xo, -xo, p[o + 5u] > 0.5);
  let v = select(yo, -yo, p[o + 4u] > 0.5);
  let ca = cos(p[o]);
  let sa = sin(p[o]);
  let xi = ${(w - 1) / 2} + p[o + 1u] * (ca * u - sa * v) - p[o + 3u];
  let yi = ${(h - 1) / 2} + p[o + 1u] * (sa * u + ca * v) - p[o + 2u];
  let x0 = floor(xi);
  let y0 = floor(yi);
  let fx = xi - x0;
  let fy = yi - y0;
  let xa = i32(x0);
  let ya = i32(y0);
  out[i] = (1.0 - fy) * ((1.0 - fx) * dlc_px(b, ya, xa, c) + fx * dlc_px(b, ya, xa + 1, c)) + fy * ((1.0 - fx) * dlc_px(b, ya + 1, xa, c) + fx * dlc_px(b, ya + 1, xa + 1, c));`;
      return mapKernel([{ name: 'x_in', type: x! }, { name: 'p', type: p! }], output, body, helpers);
    },
  },
  testing: {
    cases: (fc) =>
      fc.tuple(fc.integer({ min: 1, max: 3 }), shapeArb(fc, { minRank: 3, maxRank: 3 })).map(([b, [h, w, c]]) => ({
        inputs: [{ dtype: 'f32' as const, shape: [b, h!, w!, c!] }, { dtype: 'f32' as const, shape: [b, 6] }],
        attrs: {},
        // angle, zoom, shifts and flags all drawn in one range that keeps most samples inside the image.
        domains: [undefined, { min: 0, max: 1.5 }],
      })),
    gpuTolerance: 1e-3,
  },
};
