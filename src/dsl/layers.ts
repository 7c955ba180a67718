/** @file Layer factories in Keras's names (camelCase): each returns a Layer to apply to tensors. */
import { compiledOnly, type ActivationName, type Initializer, type Layer, type MergeLayer, type Tensor, type WeightLiteral } from './tensor.ts';
import type { Constraint, Regularizer } from './train.ts';
import type { Activation } from './activations.ts';

/** Options every layer takes. */
export interface LayerOptions {
  /** The layer's name in summaries and weight names (default: Keras-style `dense`, `dense_1`, …). */
  readonly name?: string;
  /** `false` freezes the layer: its weights are non-trainable params. */
  readonly trainable?: boolean;
}

/** Options of layers with a kernel and a bias. */
export interface WeightedOptions extends LayerOptions {
  /** Applied after the affine part; a name or an activation function (default `linear`). */
  readonly activation?: ActivationName | Activation;
  /** Add a bias vector (default true). */
  readonly useBias?: boolean;
  /** Default `glorotUniform`, as Keras. */
  readonly kernelInitializer?: Initializer;
  /** Default `zeros`. */
  readonly biasInitializer?: Initializer;
  /**
   * Literal initial weights in Keras's layout (dense [inputs][units]; conv2d [height][width][inChannels][filters],
   * trailing 1-axes may be left out): `conv2d(1, 3, { kernel: [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], useBias: false, trainable: false })`.
   * A fixed filter with `trainable: false`; the starting point otherwise. Checked against the kernel's shape.
   */
  readonly kernel?: WeightLiteral;
  /** Literal initial bias, [units] or [filters]. */
  readonly bias?: WeightLiteral;
  /** A penalty on the kernel added to the training loss: `l2(0.01)`, `l1(…)`, `l1l2({ l1, l2 })`, or a name (factor 0.01). */
  readonly kernelRegularizer?: Regularizer | 'l1' | 'l2' | 'l1l2';
  /** A penalty on the bias added to the training loss. */
  readonly biasRegularizer?: Regularizer | 'l1' | 'l2' | 'l1l2';
  /** A projection applied to the kernel after every update: `maxNorm(2)`, `nonNeg()`, `unitNorm()`, `minMaxNorm({ … })`. */
  readonly kernelConstraint?: Constraint;
  readonly biasConstraint?: Constraint;
  /** A penalty on the layer's outputs (l1·Σ|y| + l2·Σy² divided by the batch size, as Keras) added to the training loss. */
  readonly activityRegularizer?: Regularizer | 'l1' | 'l2' | 'l1l2';
}

/** Fully connected layer on the last axis: `x·kernel + bias`. Input must be rank 2 (use `flatten()`). */
export function dense(_units: number, _options?: WeightedOptions): Layer {
  return compiledOnly();
}

/** A size per spatial axis, or one number for both. */
export type Size2 = number | readonly [number, number];

export interface ConvOptions extends WeightedOptions {
  /** Step of the window (default 1). */
  readonly strides?: Size2;
  /** `valid` (default) keeps only full windows; `same` pads so output = ceil(input / stride). */
  readonly padding?: 'valid' | 'same';
  /** Dilation rate (default 1). */
  readonly dilationRate?: Size2;
}

/** 2-D convolution on NHWC tensors, kernel HWIO: `conv2d(filters, kernelSize, options)`. */
export function conv2d(_filters: number, _kernelSize: Size2, _options?: ConvOptions): Layer {
  return compiledOnly();
}

/** Transposed 2-D convolution (a learned upsampling), as Keras `Conv2DTranspose`. */
export function conv2dTranspose(_filters: number, _kernelSize: Size2, _options?: Omit<ConvOptions, 'dilationRate'>): Layer {
  return compiledOnly();
}

export interface PoolOptions extends LayerOptions {
  /** Window size (default 2). */
  readonly poolSize?: Size2;
  /** Step (default: the pool size). */
  readonly strides?: Size2;
  /** Default `valid`. */
  readonly padding?: 'valid' | 'same';
}

/** Max over each window, per channel (Keras `MaxPooling2D`): `maxPool2d(2)`, `maxPool2d([2, 2], { strides: 1 })` or `maxPool2d({ poolSize: 2 })`. */
export function maxPool2d(options?: PoolOptions): Layer;
export function maxPool2d(poolSize: Size2, options?: Omit<PoolOptions, 'poolSize'>): Layer;
export function maxPool2d(_a?: unknown, _b?: unknown): Layer {
  return compiledOnly();
}

/** Mean over each window, per channel (Keras `AveragePooling2D`): `avgPool2d(2)` or `avgPool2d({ poolSize: 2 })`. */
export function avgPool2d(options?: PoolOptions): Layer;
export function avgPool2d(poolSize: Size2, options?: Omit<PoolOptions, 'poolSize'>): Layer;
export function avgPool2d(_a?: unknown, _b?: unknown): Layer {
  return compiledOnly();
}

/** Mean over height and width: [B, H, W, C] → [B, C] (Keras `GlobalAveragePooling2D`). */
export function globalAvgPool2d(_options?: LayerOptions): Layer {
  return compiledOnly();
}

export interface UpSamplingOptions extends LayerOptions {
  /** Factor per spatial axis (default 2). */
  readonly size?: Size2;
  /** `nearest` (default) repeats pixels; `bilinear` interpolates as `tf.image.resize`. */
  readonly interpolation?: 'nearest' | 'bilinear';
}

/** Enlarges images by integer factors: [B, H, W, C] → [B, H·sh, W·sw, C] (Keras `UpSampling2D`): `upSampling2d(2)` or `upSampling2d({ size: 2 })`. */
export function upSampling2d(options?: UpSamplingOptions): Layer;
export function upSampling2d(size: Size2, options?: Omit<UpSamplingOptions, 'size'>): Layer;
export function upSampling2d(_a?: unknown, _b?: unknown): Layer {
  return compiledOnly();
}

/** Collapses every axis but the batch into one (Keras `Flatten`). */
export function flatten(_options?: LayerOptions): Layer {
  return compiledOnly();
}

/** Reshapes the non-batch axes to `targetShape`; one entry may be -1 (Keras `Reshape`). */
export function reshape(targetShape: readonly number[], options?: LayerOptions): Layer;
/** As a tensor function: `reshape(x, [4, 8])` reshapes each sample (the batch axis stays). */
export function reshape(x: Tensor, shape: readonly number[]): Tensor;
export function reshape(_a: unknown, _b?: unknown): Layer | Tensor {
  return compiledOnly();
}

export interface DropoutOptions extends LayerOptions {
  /** Seed of the dropout mask stream (default 0), so runs are reproducible. */
  readonly seed?: number;
}

/** Zeroes a `rate` fraction of activations while training; the identity at inference. */
export function dropout(_rate: number, _options?: DropoutOptions): Layer {
  return compiledOnly();
}

export interface BatchNormOptions extends LayerOptions {
  /** Added to the variance (Keras default 1e-3). */
  readonly epsilon?: number;
  /** Running-statistics momentum (Keras default 0.99). */
  readonly momentum?: number;
  /** Learn a scale (default true). */
  readonly scale?: boolean;
  /** Learn an offset (default true). */
  readonly center?: boolean;
}

/** Batch normalisation over the channel (last) axis: 4 params per channel, 2 non-trainable. */
export function batchNorm(_options?: BatchNormOptions): Layer {
  return compiledOnly();
}

export interface LayerNormOptions extends LayerOptions {
  /** Added to the variance (Keras default 1e-3). */
  readonly epsilon?: number;
}

/** Layer normalisation over the last axis, with a learned scale and offset. */
export function layerNorm(_options?: LayerNormOptions): Layer {
  return compiledOnly();
}

export interface EmbeddingOptions extends LayerOptions {
  /** Default `glorotUniform` here (Keras uses uniform ±0.05). */
  readonly embeddingsInitializer?: Initializer;
  /** A penalty on the table (`l2(0.01)`, …) / on the looked-up vectors (÷ batch), added to the training loss. */
  readonly embeddingsRegularizer?: Regularizer | 'l1' | 'l2' | 'l1l2';
  readonly activityRegularizer?: Regularizer | 'l1' | 'l2' | 'l1l2';
  /** A projection of the table after every update (`maxNorm(1, { axis: 1 })`, …). */
  readonly embeddingsConstraint?: Constraint;
}

/** Looks up integer token ids in a learned [inputDim, outputDim] table. */
export function embedding(_inputDim: number, _outputDim: number, _options?: EmbeddingOptions): Layer {
  return compiledOnly();
}

export interface PositionEmbeddingOptions extends LayerOptions {
  /** Default `glorotUniform`. */
  readonly initializer?: Initializer;
}

/**
 * A learned embedding per position (keras_nlp `PositionEmbedding`): applied to [B, T, D] token
 * embeddings it returns their [B, T, D] position embeddings; add the two.
 */
export function positionEmbedding(_sequenceLength: number, _options?: PositionEmbeddingOptions): Layer {
  return compiledOnly();
}

export interface RecurrentOptions extends LayerOptions {
  /** Return the whole output sequence [B, T, units] instead of the last step [B, units]. */
  readonly returnSequences?: boolean;
  /**
   * Also return the final states: `const [out, h] = gru(8, { returnState: true })(x)`, and
   * `[out, h, c]` for LSTM (Keras order). Default false.
   */
  readonly returnState?: boolean;
  /** Output activation (default `tanh`). */
  readonly activation?: ActivationName | Activation;
  readonly useBias?: boolean;
  readonly kernelInitializer?: Initializer;
  /** Keras default `orthogonal`. */
  readonly recurrentInitializer?: Initializer;
  readonly biasInitializer?: Initializer;
  /** Read the sequence last step first; the returned sequence is then in that reversed order, as Keras. */
  readonly goBackwards?: boolean;
  /** Fraction of the input features dropped while training (one mask per sequence, as Keras 3). */
  readonly dropout?: number;
  /** Fraction of the recurrent state dropped while training (one mask per sequence). */
  readonly recurrentDropout?: number;
  /** Seed of the dropout masks (default 0). */
  readonly seed?: number;
  /** Only `false`: every batch starts from a zero state (state across batches is not kept). */
  readonly stateful?: false;
  /**
   * As Keras: `false` (default) compiles the cell once as a loop (a `scan`: kernels, build and load
   * time independent of the sequence length); `true` copies the cell once per step.
   */
  readonly unroll?: boolean;
  /** Penalties added to the training loss: on the input kernel, the recurrent kernel, the bias, the outputs (÷ batch; states too with `returnState`). */
  readonly kernelRegularizer?: Regularizer | 'l1' | 'l2' | 'l1l2';
  readonly recurrentRegularizer?: Regularizer | 'l1' | 'l2' | 'l1l2';
  readonly biasRegularizer?: Regularizer | 'l1' | 'l2' | 'l1l2';
  readonly activityRegularizer?: Regularizer | 'l1' | 'l2' | 'l1l2';
  /** Projections applied after every update (`maxNorm(3)`, `nonNeg()`, `unitNorm()`, `minMaxNorm({ … })`). */
  readonly kernelConstraint?: Constraint;
  readonly recurrentConstraint?: Constraint;
  readonly biasConstraint?: Constraint;
}

/** Options of the gated recurrent layers. */
export interface GatedRecurrentOptions extends RecurrentOptions {
  /**
   * Gate activation. Default `sigmoid`, as Keras 3; TF.js's LSTM and GRU default to `hardSigmoid`
   * (and TF.js's hard sigmoid is 0.2·x + 0.5 clipped, Keras 3's relu6(x + 3) / 6): set it to match.
   */
  readonly recurrentActivation?: ActivationName | Activation;
}

/** A recurrent layer with `returnState: true`: applied to a sequence it gives [output, ...final states]. */
export interface StatefulLayer {
  (x: Tensor): [Tensor, ...Tensor[]];
  readonly __dlcLayer: true;
}

/** Fully connected RNN over [B, T, D] sequences: h = tanh(x·W + h·U + b). */
export function simpleRnn(units: number, options: RecurrentOptions & { readonly returnState: true }): StatefulLayer;
export function simpleRnn(units: number, options?: RecurrentOptions): Layer;
export function simpleRnn(_units: number, _options?: RecurrentOptions): Layer | StatefulLayer {
  return compiledOnly();
}

/** LSTM over [B, T, D] sequences (gate order i, f, c, o): 4·units·(D + units + 1) params. */
export function lstm(units: number, options: GatedRecurrentOptions & { readonly returnState: true }): StatefulLayer;
export function lstm(units: number, options?: GatedRecurrentOptions): Layer;
export function lstm(_units: number, _options?: GatedRecurrentOptions): Layer | StatefulLayer {
  return compiledOnly();
}

export interface GruOptions extends GatedRecurrentOptions {
  /**
   * Apply the reset gate after the recurrent matmul (default true, as Keras 3 and cuDNN; TF.js
   * defaults to false). With true the bias is [2, 3·units] (input and recurrent), so the layer has
   * 3·units·(D + units + 2) params; with false 3·units·(D + units + 1).
   */
  readonly resetAfter?: boolean;
}

/** GRU over [B, T, D] sequences (gate order z, r, h, as Keras). */
export function gru(units: number, options: GruOptions & { readonly returnState: true }): StatefulLayer;
export function gru(units: number, options?: GruOptions): Layer;
export function gru(_units: number, _options?: GruOptions): Layer | StatefulLayer {
  return compiledOnly();
}

export interface BidirectionalOptions extends LayerOptions {
  /** How the forward and backward outputs are combined (default `concat`, doubling the features). */
  readonly mergeMode?: 'concat' | 'sum' | 'mul' | 'ave';
  /** A penalty on the merged output (÷ batch) added to the training loss; the wrapped layer's own activityRegularizer is refused. */
  readonly activityRegularizer?: Regularizer | 'l1' | 'l2' | 'l1l2';
}

/**
 * Runs a recurrent layer forward and a copy of it backward in time, merging their outputs (Keras
 * `Bidirectional`); the wrapped layer is a template, and the weights are `forward_<name>.*`, `backward_<name>.*`.
 */
export function bidirectional(layer: StatefulLayer, options?: BidirectionalOptions): StatefulLayer;
export function bidirectional(layer: Layer, options?: BidirectionalOptions): Layer;
export function bidirectional(_layer: Layer | StatefulLayer, _options?: BidirectionalOptions): Layer | StatefulLayer {
  return compiledOnly();
}

/** Applies a layer to every time step of [B, T, …] with one set of weights (Keras `TimeDistributed`). */
export function timeDistributed(_layer: Layer, _options?: LayerOptions): Layer {
  return compiledOnly();
}

/** Repeats a [B, D] vector n times: [B, n, D] (Keras `RepeatVector`). */
export function repeatVector(_n: number, _options?: LayerOptions): Layer {
  return compiledOnly();
}

/** Keras `Activation`: any activation by name as a layer, e.g. `activation('selu')`. */
export function activation(_name: ActivationName, _options?: LayerOptions): Layer {
  return compiledOnly();
}

export interface MultiHeadAttentionOptions extends LayerOptions {
  /** Size of each head for query and key. */
  readonly keyDim: number;
  /** Size of each head for value (default keyDim). */
  readonly valueDim?: number;
  readonly useBias?: boolean;
  readonly kernelInitializer?: Initializer;
}

/** Attention layer; apply as `mha([query, value])` or `mha([query, value, key])` (Keras order). */
export function multiHeadAttention(_numHeads: number, _options: MultiHeadAttentionOptions): MergeLayer {
  return compiledOnly();
}

/** Elementwise sum of same-shaped tensors: `add(a, b)` or `add([a, b, c])`; `add(x, 1)` adds a number. */
export function add(...xs: readonly Tensor[] | [readonly Tensor[]]): Tensor;
export function add(x: Tensor, y: number): Tensor;
export function add(..._xs: readonly unknown[]): Tensor {
  return compiledOnly();
}

export interface ConcatenateOptions extends LayerOptions {
  /** Axis to join along (default -1, the channels). */
  readonly axis?: number;
}

/** Joins tensors along an axis: `concatenate([a, b], { axis: -1 })`. */
export function concatenate(_xs: readonly Tensor[], _options?: ConcatenateOptions): Tensor {
  return compiledOnly();
}

/**
 * Keras `Normalization`: (x − mean) / √variance per feature (last axis). `dlc train` adapts mean and
 * variance to the training data before the first step (Keras `adapt`); they are saved with the weights.
 */
export function normalization(_options?: LayerOptions): Layer {
  return compiledOnly();
}

/** Options of the random augmentation layers. */
export interface AugmentOptions extends LayerOptions {
  /** Seed of the layer's random stream (default 0), so augmented runs are reproducible. */
  readonly seed?: number;
}

/** Keras `RandomFlip`: flips images left–right and/or up–down with probability ½ while training; identity at inference. */
export function randomFlip(_mode?: 'horizontal' | 'vertical' | 'horizontal_and_vertical', _options?: AugmentOptions): Layer {
  return compiledOnly();
}

/** Keras `RandomTranslation`: shifts by up to these fractions of the height and width (zeros filled in) while training. */
export function randomTranslation(_heightFactor: number, _widthFactor: number, _options?: AugmentOptions): Layer {
  return compiledOnly();
}

/** Keras `RandomRotation`: rotates by up to `factor`·2π either way while training (zeros filled in). */
export function randomRotation(_factor: number, _options?: AugmentOptions): Layer {
  return compiledOnly();
}

/** Keras `RandomZoom` (width following height): zooms by 1 ± factor while training; positive zooms out. */
export function randomZoom(_factor: number, _options?: AugmentOptions): Layer {
  return compiledOnly();
}

/** Keras `RandomContrast`: scales each channel's deviation from its mean by a factor in [1 − f, 1 + f] while training. */
export function randomContrast(_factor: number, _options?: AugmentOptions): Layer {
  return compiledOnly();
}

/** Keras `GaussianNoise`: adds N(0, stddev²) noise while training; identity at inference. */
export function gaussianNoise(_stddev: number, _options?: AugmentOptions): Layer {
  return compiledOnly();
}
