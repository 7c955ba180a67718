/** @file Keras initializers with options (`randomNormal({ stddev: 0.1 })`), for `kernelInitializer`, `biasInitializer` and `weight()`. */
import { compiledOnly, type InitializerFn, type WeightLiteral } from './tensor.ts';

/** Normal draws: mean + stddev · N(0, 1) (Keras defaults mean 0, stddev 0.05). */
export function randomNormal(_options?: { readonly mean?: number; readonly stddev?: number }): InitializerFn {
  return compiledOnly();
}
/** Normal draws more than 2 stddev from the mean are drawn again (Keras defaults mean 0, stddev 0.05; the spread is then ≈ 0.88 · stddev). */
export function truncatedNormal(_options?: { readonly mean?: number; readonly stddev?: number }): InitializerFn {
  return compiledOnly();
}
/** Uniform draws in [minval, maxval) (Keras defaults −0.05, 0.05). */
export function randomUniform(_options?: { readonly minval?: number; readonly maxval?: number }): InitializerFn {
  return compiledOnly();
}
/** Every weight `value` (default 0), or literal weights: `constant([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])`. */
export function constant(_value?: number | WeightLiteral): InitializerFn {
  return compiledOnly();
}

export interface VarianceScalingOptions {
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
export function lecunNormal(): InitializerFn {
  return compiledOnly();
}
/** varianceScaling({ scale: 1, mode: 'fanIn', distribution: 'uniform' }). */
export function lecunUniform(): InitializerFn {
  return compiledOnly();
}
/** `gain` times the identity matrix (default 1); 2-D weights only (a dense kernel). */
export function identity(_options?: { readonly gain?: number }): InitializerFn {
  return compiledOnly();
}
