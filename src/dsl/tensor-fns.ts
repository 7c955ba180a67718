/**
 * @file Tensor functions for custom layers and losses, usable inside `forward`, in helpers it calls,
 * and in `loss: (yTrue, yPred) => …`. Read statically like layers: differentiated and fused.
 *
 * Axes count from the batch axis 0 (as Keras ops); `-1` is the last axis. A reduction with no axis
 * reduces everything, the batch included (a scalar: what a custom loss returns). Numbers broadcast
 * as scalars; tensors broadcast as NumPy does (axes equal or 1, counted from the last).
 */
import { compiledOnly, type Initializer, type Shape, type Tensor } from './tensor.ts';

/** Elementwise a − b. */
export function sub<S extends Shape>(a: Tensor<S>, b: Tensor<S> | number): Tensor<S>;
export function sub<S extends Shape>(a: number, b: Tensor<S>): Tensor<S>;
export function sub(a: Tensor, b: Tensor): Tensor;
export function sub(_a: unknown, _b: unknown): Tensor {
  return compiledOnly();
}
/** Elementwise a · b. */
export function mul<S extends Shape>(a: Tensor<S>, b: Tensor<S> | number): Tensor<S>;
export function mul<S extends Shape>(a: number, b: Tensor<S>): Tensor<S>;
export function mul(a: Tensor, b: Tensor): Tensor;
export function mul(_a: unknown, _b: unknown): Tensor {
  return compiledOnly();
}
/** Elementwise a / b. */
export function div<S extends Shape>(a: Tensor<S>, b: Tensor<S> | number): Tensor<S>;
export function div<S extends Shape>(a: number, b: Tensor<S>): Tensor<S>;
export function div(a: Tensor, b: Tensor): Tensor;
export function div(_a: unknown, _b: unknown): Tensor {
  return compiledOnly();
}
/** Elementwise a ^ b. */
export function pow<S extends Shape>(a: Tensor<S>, b: Tensor<S> | number): Tensor<S>;
export function pow<S extends Shape>(a: number, b: Tensor<S>): Tensor<S>;
export function pow(a: Tensor, b: Tensor): Tensor;
export function pow(_a: unknown, _b: unknown): Tensor {
  return compiledOnly();
}
/** Elementwise √x. */
export function sqrt<S extends Shape>(_x: Tensor<S>): Tensor<S> {
  return compiledOnly();
}
/** Elementwise eˣ. */
export function exp<S extends Shape>(_x: Tensor<S>): Tensor<S> {
  return compiledOnly();
}
/** Elementwise natural log. */
export function log<S extends Shape>(_x: Tensor<S>): Tensor<S> {
  return compiledOnly();
}
/** Elementwise |x|. */
export function abs<S extends Shape>(_x: Tensor<S>): Tensor<S> {
  return compiledOnly();
}
/** Elementwise −x. */
export function neg<S extends Shape>(_x: Tensor<S>): Tensor<S> {
  return compiledOnly();
}
/** Elementwise x². */
export function square<S extends Shape>(_x: Tensor<S>): Tensor<S> {
  return compiledOnly();
}
/** Elementwise min(max(x, min), max). */
export function clip<S extends Shape>(_x: Tensor<S>, _min: number, _max: number): Tensor<S> {
  return compiledOnly();
}

/** Comparisons give 0/1 float masks, for `where` or `mul`. */
export function greater<S extends Shape>(_a: Tensor<S>, _b: Tensor<S> | number): Tensor<S> {
  return compiledOnly();
}
export function greaterEqual<S extends Shape>(_a: Tensor<S>, _b: Tensor<S> | number): Tensor<S> {
  return compiledOnly();
}
export function less<S extends Shape>(_a: Tensor<S>, _b: Tensor<S> | number): Tensor<S> {
  return compiledOnly();
}
export function lessEqual<S extends Shape>(_a: Tensor<S>, _b: Tensor<S> | number): Tensor<S> {
  return compiledOnly();
}
export function equal<S extends Shape>(_a: Tensor<S>, _b: Tensor<S> | number): Tensor<S> {
  return compiledOnly();
}
export function notEqual<S extends Shape>(_a: Tensor<S>, _b: Tensor<S> | number): Tensor<S> {
  return compiledOnly();
}
/** x where the condition (a mask) is non-zero, else y. */
export function where<S extends Shape>(_condition: Tensor<S>, _x: Tensor<S> | number, _y: Tensor<S> | number): Tensor<S> {
  return compiledOnly();
}

/** Axes to reduce: one, several, or none given (everything, the batch included → a scalar). */
export type Axes = number | readonly number[];

/** Mean over `axis` (default: all axes, giving a scalar), keeping reduced axes as 1 with `keepDims`. */
export function mean(x: Tensor): Tensor<[]>;
export function mean(x: Tensor, axis: Axes, keepDims?: boolean): Tensor;
export function mean(_x: Tensor, _axis?: Axes, _keepDims?: boolean): Tensor {
  return compiledOnly();
}
/** Sum over `axis` (default: all axes). */
export function sum(x: Tensor): Tensor<[]>;
export function sum(x: Tensor, axis: Axes, keepDims?: boolean): Tensor;
export function sum(_x: Tensor, _axis?: Axes, _keepDims?: boolean): Tensor {
  return compiledOnly();
}
/** Maximum over `axis` (default: all axes). */
export function max(x: Tensor): Tensor<[]>;
export function max(x: Tensor, axis: Axes, keepDims?: boolean): Tensor;
export function max(_x: Tensor, _axis?: Axes, _keepDims?: boolean): Tensor {
  return compiledOnly();
}
/** Minimum over `axis` (default: all axes). */
export function min(x: Tensor): Tensor<[]>;
export function min(x: Tensor, axis: Axes, keepDims?: boolean): Tensor;
export function min(_x: Tensor, _axis?: Axes, _keepDims?: boolean): Tensor {
  return compiledOnly();
}

/** Matrix product over the last two axes, leading axes broadcast: [B, M, K] × [K, N] → [B, M, N]. */
export function matmul<Bt extends number, M extends number, K extends number, N extends number>(a: Tensor<[Bt, M, K]>, b: Tensor<[K, N]> | Tensor<[Bt, K, N]>): Tensor<[Bt, M, N]>;
export function matmul<Bt extends number, K extends number, N extends number>(a: Tensor<[Bt, K]>, b: Tensor<[K, N]>): Tensor<[Bt, N]>;
export function matmul(a: Tensor, b: Tensor): Tensor;
export function matmul(_a: Tensor, _b: Tensor): Tensor {
  return compiledOnly();
}
/** Permutes axes; the batch axis stays first (default: the other axes reversed). */
export function transpose(_x: Tensor, _perm?: readonly number[]): Tensor {
  return compiledOnly();
}
/** Joins tensors along `axis` (default -1). */
export function concat(_xs: readonly Tensor[], _axis?: number): Tensor {
  return compiledOnly();
}
/** `size` elements from `begin` per axis (−1: to the end); per-sample lists leave the batch whole. */
export function slice(_x: Tensor, _begin: readonly number[], _size: readonly number[]): Tensor {
  return compiledOnly();
}
/** Stacks same-shaped tensors along a new `axis` (default 1, the first after the batch). */
export function stack(_xs: readonly Tensor[], _axis?: number): Tensor {
  return compiledOnly();
}
/** Inserts a size-1 axis at `axis`. */
export function expandDims(_x: Tensor, _axis: number): Tensor {
  return compiledOnly();
}
/** Removes size-1 axes (all of them, or those given). */
export function squeeze(_x: Tensor, _axis?: Axes): Tensor {
  return compiledOnly();
}

/**
 * A trained weight of the model (default initializer `glorotUniform`): a tensor of exactly `shape`
 * (no batch axis), named `<name>.w`. A helper that calls it is a custom layer with parameters:
 * `add(matmul(x, weight([3, 4])), weight([4], 'zeros'))` is a dense layer.
 */
export function weight<S extends Shape>(_shape: S, _init?: Initializer, _options?: { readonly name?: string; readonly trainable?: boolean }): Tensor<S> {
  return compiledOnly();
}
