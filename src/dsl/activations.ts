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
