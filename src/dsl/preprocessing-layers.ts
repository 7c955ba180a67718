/** @file Declarations of the image preprocessing layers that run inside the compiled step: rescaling, resizing, crops, brightness. */
import { compiledOnly, type Layer } from './tensor.ts';
import type { AugmentOptions, LayerOptions } from './layers.ts';

export interface RescalingOptions extends LayerOptions {
  /** Added after scaling (default 0): `rescaling(1 / 127.5, { offset: -1 })` maps [0, 255] to [−1, 1]. */
  readonly offset?: number;
}

/** x·scale + offset (Keras `Rescaling`), e.g. `rescaling(1 / 255)`. */
export function rescaling(_scale: number, _options?: RescalingOptions): Layer {
  return compiledOnly();
}

export interface ResizingOptions extends LayerOptions {
  /** `bilinear` (default) or `nearest`, with half-pixel centres as `tf.image.resize` (TF.js's layer aligns corners instead). */
  readonly interpolation?: 'bilinear' | 'nearest';
  /** Crop the largest centred window of the target aspect ratio first, so nothing is stretched (default false). */
  readonly cropToAspectRatio?: boolean;
}

/** Resizes images to [height, width] (Keras `Resizing`). */
export function resizing(_height: number, _width: number, _options?: ResizingOptions): Layer {
  return compiledOnly();
}

/** The centred [height, width] window (Keras `CenterCrop`); images must be at least that large. */
export function centerCrop(_height: number, _width: number, _options?: LayerOptions): Layer {
  return compiledOnly();
}

/**
 * A random [height, width] window per image while training (Keras `RandomCrop`); at inference the
 * largest centred window of that aspect ratio, resized, as Keras 3.
 */
export function randomCrop(_height: number, _width: number, _options?: AugmentOptions): Layer {
  return compiledOnly();
}

export interface RandomBrightnessOptions extends AugmentOptions {
  /** The pixel range, for the shift's scale and the clipping (default [0, 255]). */
  readonly valueRange?: readonly [number, number];
}

/**
 * Adds a random brightness shift per image while training (Keras `RandomBrightness`): δ·(max − min)
 * with δ ~ U(−factor, factor), or U(lower, upper) for `[lower, upper]`; the result is clipped to valueRange.
 */
export function randomBrightness(_factor: number | readonly [number, number], _options?: RandomBrightnessOptions): Layer {
  return compiledOnly();
}
