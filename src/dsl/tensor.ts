/** @file Tensor, batch and layer types that model files annotate with; pure types for the editor. */

/**
 * The batch dimension in a shape annotation: `Tensor<[B, 28, 28, 1]>`. The batch size is chosen at
 * compile time (`--batch`, or the model's training batch size), so shapes name it symbolically.
 */
export type B = number & { readonly __dlcBatch?: true };

/** A static shape: the batch marker `B` first, then the feature dimensions (NHWC for images). */
export type Shape = readonly number[];

/**
 * A symbolic tensor inside a model definition. dlc infers its shape statically; an annotation such
 * as `Tensor<[B, H, W, 64]>` on a helper's parameter or return type is checked against that shape.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Tensor<S extends Shape = any> {
  /** The static shape (batch first); only for annotations, never read at run time. */
  readonly shape: S;
  readonly __dlcTensor: true;
}

/**
 * A layer: a function from tensors to a tensor that owns its weights. Applying the same layer object
 * twice shares its weights, as in Keras.
 */
export interface Layer {
  (x: Tensor): Tensor;
  /** The same as calling the layer (TF.js writes `layer.apply(x)`). */
  apply(x: Tensor): Tensor;
  readonly __dlcLayer: true;
}

/** A layer with several inputs (`add`, `concatenate`, attention), applied to a list of tensors. */
export interface MergeLayer {
  (xs: readonly Tensor[]): Tensor;
  /** The same as calling the layer (TF.js writes `layer.apply([a, b])`). */
  apply(xs: readonly Tensor[]): Tensor;
  readonly __dlcLayer: true;
}

/**
 * Weight initialisers: a Keras name in camelCase (Keras's default options), or one built with options
 * such as `randomNormal({ mean: 0, stddev: 0.1 })`, `constant(0.5)` or `constant([[…]])` (see initializers.ts).
 */
export type Initializer =
  | 'glorotUniform' | 'glorotNormal' | 'heUniform' | 'heNormal' | 'zeros' | 'ones' | 'orthogonal'
  | 'randomNormal' | 'truncatedNormal' | 'randomUniform' | 'constant' | 'varianceScaling' | 'lecunNormal' | 'lecunUniform' | 'identity'
  | InitializerFn;

/** An initializer with options, from `randomNormal(…)`, `truncatedNormal(…)`, `randomUniform(…)`, `constant(…)`, `varianceScaling(…)`, `lecunNormal()`, `lecunUniform()`, `identity(…)`. */
export interface InitializerFn {
  readonly __dlcInitializer: true;
}

/** Literal weights as a nested array of numbers, in Keras's layout (a conv kernel is [height][width][inChannels][filters]; trailing 1-axes may be left out). */
export type WeightLiteral = readonly number[] | readonly WeightLiteral[];

/**
 * Activations by Keras name; `linear` is the identity. `hardSigmoid` is Keras 3's relu6(x + 3) / 6
 * (Keras 2 and TF.js use clip(0.2·x + 0.5, 0, 1)); `rrelu` is randomized leaky ReLU (slopes in [1/8, 1/3]).
 */
export type ActivationName =
  | 'relu' | 'sigmoid' | 'tanh' | 'softmax' | 'leakyRelu' | 'elu' | 'gelu' | 'linear'
  | 'selu' | 'swish' | 'silu' | 'softplus' | 'softsign' | 'relu6' | 'hardSigmoid' | 'exponential' | 'mish' | 'thresholdedRelu' | 'rrelu';

/** The body of every marker: model files are read by the compiler and never executed. */
export function compiledOnly(): never {
  throw new Error('dlc model files are compiled, not run: use `dlc check`, `dlc summary` or `dlc train`');
}
