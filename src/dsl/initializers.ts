/** @file Keras initializers with options (`randomNormal({ stddev: 0.1 })`), for `kernelInitializer`, `biasInitializer` and `weight()`. */
import { compiledOnly, type InitializerFn, type WeightLiteral } from './tensor.ts';

/** Keras's `seed`: the same seed draws the same weights in every run (whatever `--seed` is); without it the run seed decides. */
export interface SeedOption {
  readonly seed?: number;
}

/** Uniform in ±√(6 / (fanIn + fanOut)) (the default kernel initializer); call it for a `seed`. */
export function glorotUniform(_options?: SeedOption): InitializerFn {
  return compiledOnly();
}
/** Truncated normal with stddev √(2 / (fanIn + fanOut)). */
export function glorotNormal(_options?: SeedOption): InitializerFn {
  return compiledOnly();
}
/** Uniform in ±√(6 / fanIn). */
export function heUniform(_options?: SeedOption): InitializerFn {
  return compiledOnly();
}
/** Truncated normal with stddev √(2 / fanIn). */
export function heNormal(_options?: SeedOption): InitializerFn {
  return compiledOnly();
}
/** An orthogonal matrix (Keras's default recurrent kernel). */
export function orthogonal(_options?: SeedOption): InitializerFn {
  return compiledOnly();
}

/** Normal draws: mean + stddev · N(0, 1) (Keras defaults mean 0, stddev 0.05). */
export function randomNormal(_options?: { readonly mean?: number; readonly stddev?: number } & SeedOption): InitializerFn {
  return compiledOnly();
}
/** Normal draws more than 2 stddev from the mean are drawn again (Keras defaults mean 0, stddev 0.05; the spread is then ≈ 0.88 · stddev). */
export function truncatedNormal(_options?: { readonly mean?: number; readonly stddev?: number } & SeedOption): InitializerFn {
  return compiledOnly();
}
/** Uniform draws in [minval, maxval) (Keras defaults −0.05, 0.05). */
export function randomUniform(_options?: { readonly minval?: number; readonly maxval?: number } & SeedOption): InitializerFn {
  return compiledOnly();
}
/** Every weight `value` (default 0), or literal weights: `constant([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])`. */
export function constant(_value?: number | WeightLiteral): InitializerFn {
  return compiledOnly();
}

export interface VarianceScalingOptions extends SeedOption {
  /** Default 1. */
  readonly scale?: number;
  /** Which fan divides `scale` (default `fanIn`); `fanAvg` is (fanIn + fanOut) / 2. */
  readonly mode?: 'fanIn' | 'fanOut' | 'fanAvg';
  /** `truncatedNormal` (default; rescaled so the spread is √(scale / fan)), `untruncatedNormal` or `uniform` (limit √(3 · scale / fan)). */
  readonly distribution?: 'truncatedNormal' | 'untruncatedNormal' | 'uniform';
}
/** Keras's VarianceScaling: the family of glorot (scale 1, fanAvg), he (scale 2, fanIn) and lecun (scale 1, fanIn). */
export function varianceScaling(_options?: VarianceScalingOptions): InitializerFn {
  return compiledOnly();
}
/** varianceScaling({ scale: 1, mode: 'fanIn', distribution: 'truncatedNormal' }) (SELU networks). */
export function lecunNormal(_options?: SeedOption): InitializerFn {
  return compiledOnly();
}
/** varianceScaling({ scale: 1, mode: 'fanIn', distribution: 'uniform' }). */
export function lecunUniform(_options?: SeedOption): InitializerFn {
  return compiledOnly();
}
/** `gain` times the identity matrix (default 1); 2-D weights only (a dense kernel). */
export function identity(_options?: { readonly gain?: number }): InitializerFn {
  return compiledOnly();
}
