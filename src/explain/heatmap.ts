/**
 * @file Attribution maps as pictures: per-pixel magnitude (the largest |attribution| over channels,
 * as Simonyan et al. do), normalised to [0, 1] by its maximum, coloured black → red → yellow → white,
 * and an overlay of that colour on the input drawn in grey. Pure RGB buffers; image.ts encodes them.
 */
import { CompileError } from '../ir/index.ts';

/** Height, width and channels of one sample as a picture: [H, W, C], [H, W] (C = 1) or [N] (a 1×N strip). */
export interface PictureShape {
  readonly height: number;
  readonly width: number;
  readonly channels: number;
}

export interface RgbImage extends PictureShape {
  /** height·width·3 bytes, row-major RGB. */
  readonly data: Uint8Array;
}

export function pictureShape(sample: readonly number[]): PictureShape {
  if (sample.length === 3) return { height: sample[0]!, width: sample[1]!, channels: sample[2]! };
  if (sample.length === 2) return { height: sample[0]!, width: sample[1]!, channels: 1 };
  if (sample.length === 1) return { height: 1, width: sample[0]!, channels: 1 };
  throw new CompileError('E_EXPLAIN_PICTURE', `an input of shape [${sample.join(', ')}] has no picture form`, { hint: 'saliency pictures need inputs shaped [H, W, C], [H, W] or [N]; use --json for the raw values' });
}

/** Per-pixel magnitude in [0, 1]: max over channels of |a|, divided by the largest (all zeros stays zeros). */
export function magnitude(a: ArrayLike<number>, p: PictureShape): Float32Array {
  const n = p.height * p.width;
  const m = new Float32Array(n);
  for (let i = 0; i < n; i++) for (let c = 0; c < p.channels; c++) m[i] = Math.max(m[i]!, Math.abs(a[i * p.channels + c]!));
  let top = 0;
  for (let i = 0; i < n; i++) top = Math.max(top, m[i]!);
  if (top > 0 && Number.isFinite(top)) for (let i = 0; i < n; i++) m[i] = m[i]! / top;
  return m;
}

/** The colour of t ∈ [0, 1]: black → red → yellow → white (a "hot" ramp, monotone in brightness). */
export function hot(t: number): [number, number, number] {
  const v = Math.min(1, Math.max(0, t)) * 3;
  const ch = (x: number): number => Math.round(255 * Math.min(1, Math.max(0, x)));
  return [ch(v), ch(v - 1), ch(v - 2)];
}

export function heatmapImage(mag: Float32Array, p: PictureShape): RgbImage {
  const data = new Uint8Array(p.height * p.width * 3);
  mag.forEach((t, i) => data.set(hot(t), i * 3));
  return { ...p, channels: 3, data };
}

/**
 * The input drawn (min–max normalised; RGB when it has 3 channels, else grey from the first one),
 * dimmed, with the heat colour blended over it in proportion to the magnitude.
 */
export function overlayImage(x: ArrayLike<number>, mag: Float32Array, p: PictureShape): RgbImage {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < x.length; i++) {
    lo = Math.min(lo, x[i]!);
    hi = Math.max(hi, x[i]!);
  }
  const span = hi > lo ? hi - lo : 1;
  const data = new Uint8Array(p.height * p.width * 3);
  for (let i = 0; i < p.height * p.width; i++) {
    const t = mag[i]!;
    const heat = hot(t);
    for (let c = 0; c < 3; c++) {
      const src = p.channels === 3 ? x[i * 3 + c]! : x[i * p.channels]!;
      const base = (0.6 * 255 * (src - lo)) / span;
      data[i * 3 + c] = Math.round((1 - t) * base + t * heat[c]!);
    }
  }
  return { ...p, channels: 3, data };
}
