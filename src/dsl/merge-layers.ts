/** @file Declarations of the merge layers (multiply, subtract, average, maximum, minimum, dot), permute and the training-only regularisers. */
import { compiledOnly, type Layer, type Tensor } from './tensor.ts';
import type { AugmentOptions, LayerOptions } from './layers.ts';

/** Elementwise product of same-shaped tensors (Keras `Multiply`). */
export function multiply(_xs: readonly Tensor[], _options?: LayerOptions): Tensor {
  return compiledOnly();
}

/** a − b of two same-shaped tensors (Keras `Subtract`). */
export function subtract(_xs: readonly [Tensor, Tensor], _options?: LayerOptions): Tensor {
  return compiledOnly();
}

/** Elementwise mean of same-shaped tensors (Keras `Average`). */
export function average(_xs: readonly Tensor[], _options?: LayerOptions): Tensor {
  return compiledOnly();
}

/** Elementwise maximum of same-shaped tensors (Keras `Maximum`). */
export function maximum(_xs: readonly Tensor[], _options?: LayerOptions): Tensor {
  return compiledOnly();
}

/** Elementwise minimum of same-shaped tensors (Keras `Minimum`). */
export function minimum(_xs: readonly Tensor[], _options?: LayerOptions): Tensor {
  return compiledOnly();
}

export interface DotOptions extends LayerOptions {
  /** The contracted axis (batch = 0): 1 for vectors [B, d]; for matrices [B, n, d] one axis or [axisOfA, axisOfB]. */
  readonly axes: number | readonly [number, number];
  /** L2-normalise along the axes first, giving cosine similarity (default false). */
  readonly normalize?: boolean;
}

/** Per-sample dot product (Keras `Dot`): [B, d]·[B, d] → [B, 1]; [B, n, d]·[B, m, d] with axes [2, 2] → [B, n, m]. */
export function dot(_xs: readonly [Tensor, Tensor], _options: DotOptions): Tensor {
  return compiledOnly();
}

/** Reorders the non-batch axes, numbered from 1 (Keras `Permute`): `permute([2, 1])` swaps steps and features. */
export function permute(_dims: readonly number[], _options?: LayerOptions): Layer {
  return compiledOnly();
}

/** Drops whole channels of [B, T, C] while training (Keras `SpatialDropout1D`). */
export function spatialDropout1d(_rate: number, _options?: AugmentOptions): Layer {
  return compiledOnly();
}

/** Drops whole feature maps of [B, H, W, C] while training (Keras `SpatialDropout2D`). */
export function spatialDropout2d(_rate: number, _options?: AugmentOptions): Layer {
  return compiledOnly();
}

/** Multiplies by N(1, rate / (1 − rate)) noise while training (Keras `GaussianDropout`). */
export function gaussianDropout(_rate: number, _options?: AugmentOptions): Layer {
  return compiledOnly();
}

/** Dropout that keeps SELU's mean and variance (Keras `AlphaDropout`), while training. */
export function alphaDropout(_rate: number, _options?: AugmentOptions): Layer {
  return compiledOnly();
}
