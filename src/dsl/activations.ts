/** @file Activation functions: each is both a function on tensors and a layer for `sequential`. */
import { compiledOnly, type Layer, type Tensor } from './tensor.ts';

/** An activation usable as `relu(x)` in a forward function or as `relu` in a layer list. */
export type Activation = Layer & ((x: Tensor) => Tensor);

/** max(x, 0). Keras `layers.ReLU` / `activation: 'relu'`. */
export const relu: Activation = compiledOnly as unknown as Activation;
/** 1 / (1 + exp(-x)). Keras `activation: 'sigmoid'`. */
export const sigmoid: Activation = compiledOnly as unknown as Activation;
/** Hyperbolic tangent. Keras `activation: 'tanh'`. */
export const tanh: Activation = compiledOnly as unknown as Activation;
/** Softmax over the last axis. Keras `layers.Softmax` / `activation: 'softmax'`. */
export const softmax: Activation = compiledOnly as unknown as Activation;
/** GELU, exact (erf) form as Keras's default. */
export const gelu: Activation = compiledOnly as unknown as Activation;
/** The identity; useful to make "no activation" explicit. */
export const linear: Activation = compiledOnly as unknown as Activation;
/** scale·elu(x, alpha) with Klambauer et al.'s constants (alpha ≈ 1.6733, scale ≈ 1.0507). Keras `selu`. */
export const selu: Activation = compiledOnly as unknown as Activation;
/** x·sigmoid(x). Keras `swish` (also `silu`). */
export const swish: Activation = compiledOnly as unknown as Activation;
/** x·sigmoid(x), the same as `swish`. Keras `silu`. */
export const silu: Activation = compiledOnly as unknown as Activation;
/** ln(1 + exp(x)), overflow-free. Keras `softplus`. */
export const softplus: Activation = compiledOnly as unknown as Activation;
/** x / (1 + |x|). Keras `softsign`. */
export const softsign: Activation = compiledOnly as unknown as Activation;
/** min(max(x, 0), 6). Keras `relu6`. */
export const relu6: Activation = compiledOnly as unknown as Activation;
/** Keras 3's relu6(x + 3) / 6 (Keras 2 and TF.js use clip(0.2·x + 0.5, 0, 1)). Keras `hard_sigmoid`. */
export const hardSigmoid: Activation = compiledOnly as unknown as Activation;
/** exp(x). Keras `exponential`. */
export const exponential: Activation = compiledOnly as unknown as Activation;
/** x·tanh(softplus(x)). Keras `mish`. */
export const mish: Activation = compiledOnly as unknown as Activation;

export interface ThresholdedReluOptions {
  /** x is kept where x > theta (Keras default 1.0). */
  readonly theta?: number;
  readonly name?: string;
}
/** x where x > theta, else 0 (Keras `ThresholdedReLU`). */
export function thresholdedRelu(x: Tensor): Tensor;
export function thresholdedRelu(options?: ThresholdedReluOptions): Layer;
export function thresholdedRelu(_x?: Tensor | ThresholdedReluOptions): Tensor | Layer {
  return compiledOnly();
}

export interface RreluOptions {
  /** Smallest negative slope (default 1/8, as PyTorch; Keras has no RReLU). */
  readonly lower?: number;
  /** Largest negative slope (default 1/3). */
  readonly upper?: number;
  /** Seed of the slope stream (default 0). */
  readonly seed?: number;
  readonly name?: string;
}
/**
 * Randomized leaky ReLU (Xu et al. 2015): while training each negative element gets a slope drawn
 * uniformly from [lower, upper] every step; at inference the mean slope (lower + upper) / 2.
 */
export function rrelu(x: Tensor): Tensor;
export function rrelu(options?: RreluOptions): Layer;
export function rrelu(_x?: Tensor | RreluOptions): Tensor | Layer {
  return compiledOnly();
}

export interface LeakyReluOptions {
  /** Slope for x < 0 (Keras default 0.3). */
  readonly alpha?: number;
  readonly name?: string;
}
/** x for x ≥ 0, alpha·x otherwise. `leakyRelu(x)` applies it; `leakyRelu({ alpha })` makes a layer. */
export function leakyRelu(x: Tensor): Tensor;
export function leakyRelu(options?: LeakyReluOptions): Layer;
export function leakyRelu(_x?: Tensor | LeakyReluOptions): Tensor | Layer {
  return compiledOnly();
}

export interface EluOptions {
  /** Scale of the negative part (Keras default 1.0). */
  readonly alpha?: number;
  readonly name?: string;
}
/** x for x ≥ 0, alpha·(exp(x) − 1) otherwise. `elu(x)` applies it; `elu({ alpha })` makes a layer. */
export function elu(x: Tensor): Tensor;
export function elu(options?: EluOptions): Layer;
export function elu(_x?: Tensor | EluOptions): Tensor | Layer {
  return compiledOnly();
}

export interface PreluOptions {
  /** Initialiser of the learned slopes (Keras default zeros). */
  readonly alphaInitializer?: 'zeros' | 'ones';
  readonly name?: string;
  /** Freeze the slopes (they become non-trainable params). */
  readonly trainable?: boolean;
}
/** Parametric ReLU: a learned slope per feature for x < 0 (Keras `layers.PReLU`). */
export function prelu(_options?: PreluOptions): Layer {
  return compiledOnly();
}
