/** @file Declarations of the 1-D convolution and pooling layers, global max pooling, padding/cropping and depthwise(-separable) convolutions. */
import { compiledOnly, type ActivationName, type Initializer, type Layer } from './tensor.ts';
import type { Activation } from './activations.ts';
import type { LayerOptions, Size2, WeightedOptions } from './layers.ts';
import type { Constraint, Regularizer } from './train.ts';

export interface Conv1dOptions extends WeightedOptions {
  /** Step of the window (default 1). */
  readonly strides?: number;
  /**
   * `valid` (default) keeps only full windows; `same` pads so output = ceil(steps / stride);
   * `causal` pads (kernelSize − 1)·dilationRate zeros in front, so step t sees only steps ≤ t.
   */
  readonly padding?: 'valid' | 'same' | 'causal';
  /** Dilation rate (default 1). */
  readonly dilationRate?: number;
}

/** 1-D convolution over [B, steps, channels] (Keras `Conv1D`): kernel [kernelSize, channels, filters]. */
export function conv1d(_filters: number, _kernelSize: number, _options?: Conv1dOptions): Layer {
  return compiledOnly();
}

export interface Pool1dOptions extends LayerOptions {
  /** Window size (default 2). */
  readonly poolSize?: number;
  /** Step (default: the pool size). */
  readonly strides?: number;
  /** Default `valid`; `same` averages only the steps inside the sequence. */
  readonly padding?: 'valid' | 'same';
}

/** Max over windows of steps, per channel (Keras `MaxPooling1D`). */
export function maxPool1d(options?: Pool1dOptions): Layer;
export function maxPool1d(poolSize: number, options?: Omit<Pool1dOptions, 'poolSize'>): Layer;
export function maxPool1d(_a?: unknown, _b?: unknown): Layer {
  return compiledOnly();
}

/** Mean over windows of steps, per channel (Keras `AveragePooling1D`). */
export function avgPool1d(options?: Pool1dOptions): Layer;
export function avgPool1d(poolSize: number, options?: Omit<Pool1dOptions, 'poolSize'>): Layer;
export function avgPool1d(_a?: unknown, _b?: unknown): Layer {
  return compiledOnly();
}

/** Mean over steps: [B, T, C] → [B, C] (Keras `GlobalAveragePooling1D`). */
export function globalAvgPool1d(_options?: LayerOptions): Layer {
  return compiledOnly();
}

/** Max over steps: [B, T, C] → [B, C] (Keras `GlobalMaxPooling1D`). */
export function globalMaxPool1d(_options?: LayerOptions): Layer {
  return compiledOnly();
}

/** Max over height and width: [B, H, W, C] → [B, C] (Keras `GlobalMaxPooling2D`). */
export function globalMaxPool2d(_options?: LayerOptions): Layer {
  return compiledOnly();
}

export interface UpSampling1dOptions extends LayerOptions {
  /** Repeats of each step (default 2). */
  readonly size?: number;
}

/** Repeats each step: [B, T, C] → [B, T·size, C] (Keras `UpSampling1D`). */
export function upSampling1d(options?: UpSampling1dOptions): Layer;
export function upSampling1d(size: number, options?: Omit<UpSampling1dOptions, 'size'>): Layer;
export function upSampling1d(_a?: unknown, _b?: unknown): Layer {
  return compiledOnly();
}

/** Steps before and after: one number for both, or [before, after]. */
export type Amount1d = number | readonly [number, number];
/** Per image axis: one number everywhere, [height, width] (both sides), or [[top, bottom], [left, right]]. */
export type Amount2d = number | readonly [number, number] | readonly [readonly [number, number], readonly [number, number]];

/** Zeros before and after the steps (Keras `ZeroPadding1D`, default 1). */
export function zeroPadding1d(_padding?: Amount1d, _options?: LayerOptions): Layer {
  return compiledOnly();
}

/** Zero rows and columns around images (Keras `ZeroPadding2D`, default 1). */
export function zeroPadding2d(_padding?: Amount2d, _options?: LayerOptions): Layer {
  return compiledOnly();
}

/** Drops steps at the start and end (Keras `Cropping1D`, default 1 each). */
export function cropping1d(_cropping?: Amount1d, _options?: LayerOptions): Layer {
  return compiledOnly();
}

/** Drops rows and columns at the image borders (Keras `Cropping2D`, default none). */
export function cropping2d(_cropping?: Amount2d, _options?: LayerOptions): Layer {
  return compiledOnly();
}

export interface DepthwiseConv2dOptions extends LayerOptions {
  readonly strides?: Size2;
  readonly padding?: 'valid' | 'same';
  readonly dilationRate?: Size2;
  /** Output channels per input channel (default 1). */
  readonly depthMultiplier?: number;
  readonly activation?: ActivationName | Activation;
  readonly useBias?: boolean;
  /** Default `glorotUniform`. */
  readonly depthwiseInitializer?: Initializer;
  readonly biasInitializer?: Initializer;
  /** Penalties added to the training loss (`l2(0.01)`, …): on the depthwise kernel, the bias, the outputs (÷ batch). */
  readonly depthwiseRegularizer?: Regularizer | 'l1' | 'l2' | 'l1l2';
  readonly biasRegularizer?: Regularizer | 'l1' | 'l2' | 'l1l2';
  readonly activityRegularizer?: Regularizer | 'l1' | 'l2' | 'l1l2';
  /** Projections applied after every update. */
  readonly depthwiseConstraint?: Constraint;
  readonly biasConstraint?: Constraint;
}

/** One kernel per input channel, no mixing across channels (Keras `DepthwiseConv2D`): depthwise_kernel [kh, kw, C, multiplier]. */
export function depthwiseConv2d(_kernelSize: Size2, _options?: DepthwiseConv2dOptions): Layer {
  return compiledOnly();
}

export interface SeparableConv2dOptions extends DepthwiseConv2dOptions {
  /** Default `glorotUniform`. */
  readonly pointwiseInitializer?: Initializer;
  readonly pointwiseRegularizer?: Regularizer | 'l1' | 'l2' | 'l1l2';
  readonly pointwiseConstraint?: Constraint;
}

/** A depthwise convolution then a 1×1 convolution to `filters` (Keras `SeparableConv2D`). */
export function separableConv2d(_filters: number, _kernelSize: Size2, _options?: SeparableConv2dOptions): Layer {
  return compiledOnly();
}
