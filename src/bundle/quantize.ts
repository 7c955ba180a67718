/**
 * @file Host side of the packed weight formats (codegen/weight-format.ts describes the layouts):
 * f32 → f16 words (round to nearest even) and per-channel symmetric int8 (scale = max|w|/127 of
 * each channel of the last axis), plus the inverse of each, which tests and `--report` use.
 */
import type { WeightFormat } from '../codegen/weight-format.ts';
import { unpackWords } from '../runtime/packed-weights.ts';

export { f16Value } from '../runtime/packed-weights.ts';

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** IEEE half bits of `x`, rounded to nearest even; overflow → ±Inf, NaN stays NaN, subnormals kept. */
export function f16Bits(x: number): number {
  f32[0] = x;
  const b = u32[0]!;
  const sign = (b >>> 16) & 0x8000;
  const exp = (b >>> 23) & 0xff;
  const man = b & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (man ? 0x200 : 0);
  const e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    // Subnormal: shift the implicit-one mantissa right, rounding to nearest even.
    const m = man | 0x800000;
    const shift = 14 - e;
    const half = 1 << (shift - 1);
    const rest = m & ((1 << shift) - 1);
    let r = m >>> shift;
    if (rest > half || (rest === half && (r & 1) === 1)) r++;
    return sign | r;
  }
  let r = (e << 10) | (man >>> 13);
  const rest = man & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && (r & 1) === 1)) r++; // a carry into the exponent is still right (up to Inf)
  return sign | r;
}

/** Two halves per word, element 2i in the low 16 bits (what `unpack2x16float` and `array<f16>` read). */
export function packF16(data: ArrayLike<number>): Uint32Array {
  const out = new Uint32Array(Math.ceil(data.length / 2));
  for (let i = 0; i < data.length; i++) out[i >> 1]! |= f16Bits(data[i]!) << ((i & 1) * 16);
  return out;
}

export interface Int8Weights {
  /** The signed bytes, four per word (element 4i in the low byte). */
  readonly words: Uint32Array;
  /** One per channel (the last axis). */
  readonly scales: Float32Array;
}

/** Per-channel symmetric int8: q = round(w / s), s = max|w| / 127 over the channel (a zero channel gets s = 1). */
export function quantizeInt8(data: ArrayLike<number>, channels: number): Int8Weights {
  const scales = new Float32Array(channels);
  for (let i = 0; i < data.length; i++) scales[i % channels] = Math.max(scales[i % channels]!, Math.abs(data[i]!));
  for (let c = 0; c < channels; c++) scales[c] = scales[c]! > 0 ? scales[c]! / 127 : 1;
  const words = new Uint32Array(Math.ceil(data.length / 4));
  for (let i = 0; i < data.length; i++) {
    const q = Math.max(-127, Math.min(127, Math.round(data[i]! / scales[i % channels]!)));
    words[i >> 2]! |= (q & 0xff) << ((i & 3) * 8);
  }
  return { words, scales };
}

/** The buffer contents of a packed weight: exactly `f.words` u32 words. */
export function packWeight(f: WeightFormat, data: ArrayLike<number>): Uint32Array {
  if (data.length !== f.count) throw new Error(`internal error: packing ${data.length} values for a ${f.count}-element weight`);
  if (f.kind === 'f16') return packF16(data);
  const q = quantizeInt8(data, f.channels);
  const out = new Uint32Array(f.words);
  out.set(q.words);
  out.set(new Uint32Array(q.scales.buffer), q.words.length);
  return out;
}

/** The f32 values the kernels read from a packed weight (the oracle for tests and the report). */
export function unpackWeight(f: WeightFormat, words: Uint32Array): Float32Array {
  return unpackWords(f.kind, f.count, f.channels, words);
}
