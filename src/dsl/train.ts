/** @file Training configuration: losses, metrics, optimizers and dataset markers, by Keras names. */
import { compiledOnly } from './tensor.ts';

/** Loss by Keras name (camelCase). */
export type LossName =
  | 'meanSquaredError' | 'mse' | 'meanAbsoluteError' | 'mae'
  | 'binaryCrossentropy' | 'categoricalCrossentropy' | 'sparseCategoricalCrossentropy';

/** Metrics reported during training, by Keras name. */
export type MetricName =
  | 'accuracy' | 'binaryAccuracy' | 'categoricalAccuracy' | 'sparseCategoricalAccuracy' | 'mse' | 'mae' | 'meanSquaredError' | 'meanAbsoluteError'
  | 'precision' | 'recall' | 'f1Score' | 'microF1Score' | 'weightedF1Score' | 'auc' | 'prAuc'
  | 'topKCategoricalAccuracy' | 'sparseTopKCategoricalAccuracy' | 'rootMeanSquaredError';

/** An optimizer descriptor; build one with `sgd`, `rmsprop` or `adam`. */
export interface Optimizer {
  readonly __dlcOptimizer: true;
}

export interface SgdOptions {
  /** Default 0.01. */
  readonly learningRate?: number;
  /** Default 0 (plain SGD). */
  readonly momentum?: number;
  /** Nesterov momentum (default false). */
  readonly nesterov?: boolean;
  /** Decoupled weight decay (default none). */
  readonly weightDecay?: number;
}
/** Stochastic gradient descent, optionally with (Nesterov) momentum. */
export function sgd(_options?: SgdOptions): Optimizer {
  return compiledOnly();
}

export interface RmspropOptions {
  /** Default 0.001. */
  readonly learningRate?: number;
  /** Decay of the squared-gradient average (default 0.9). */
  readonly rho?: number;
  readonly momentum?: number;
  /** Default 1e-7. */
  readonly epsilon?: number;
  readonly weightDecay?: number;
}
/** RMSprop. */
export function rmsprop(_options?: RmspropOptions): Optimizer {
  return compiledOnly();
}

export interface AdamOptions {
  /** Default 0.001. */
  readonly learningRate?: number;
  /** Default 0.9. */
  readonly beta1?: number;
  /** Default 0.999. */
  readonly beta2?: number;
  /** Default 1e-7. */
  readonly epsilon?: number;
  /** Decoupled weight decay (AdamW) when set. */
  readonly weightDecay?: number;
}
/** Adam (AdamW when `weightDecay` is set). */
export function adam(_options?: AdamOptions): Optimizer {
  return compiledOnly();
}

/** A dataset descriptor; the training loop loads it. */
export interface Dataset {
  readonly __dlcDataset: true;
}

/** MNIST digits: 28×28×1 images, 10 classes (one-hot labels unless `sparse`). */
export function mnist(_options?: {
  readonly flatten?: boolean;
  readonly sparse?: boolean;
  /** `labels` (default) trains on the digit; `images` makes each image its own target (autoencoders). */
  readonly targets?: 'labels' | 'images';
}): Dataset {
  return compiledOnly();
}
/** Fisher's iris: 4 features, 3 classes. */
export function iris(_options?: { readonly sparse?: boolean }): Dataset {
  return compiledOnly();
}
/** CIFAR-10: 32×32×3 images, 10 classes. Needs the files on disk (nothing is downloaded); offline, use `synthetic({ kind: 'images' })`. */
export function cifar10(_options?: { readonly sparse?: boolean }): Dataset {
  return compiledOnly();
}
/** A CSV file: the `label` column is the target, the others are features. */
export function csv(_path: string, _options?: { readonly label?: string; readonly header?: boolean }): Dataset {
  return compiledOnly();
}
/** A folder with one sub-folder of images per class, resized to `size`. Needs the images on disk. */
export function imageFolder(_path: string, _options?: { readonly size?: readonly [number, number] }): Dataset {
  return compiledOnly();
}

/** Options every generated dataset takes. */
interface SyntheticBase {
  /** Number of training samples (default 1000). */
  readonly samples?: number;
  /** Seed of the generator (default 0): the same seed gives the same data. */
  readonly seed?: number;
}

/**
 * What `synthetic` generates, by `kind`. Features are float32 unless said otherwise; every kind works
 * offline and is deterministic for a seed.
 * - `linear`: x ~ U(−1, 1) in [1], y = slope·x + intercept + noise·N(0, 1) in [1] (regression).
 * - `separable2d`: x ∈ [−1, 1]² in [2], y = 1 when w·x > 0 for a seeded unit w, else 0, in [1];
 *   points within `margin` of the line are dropped, so the classes are linearly separable.
 * - `sine`: windows of `length` steps of a sine with random phase and frequency plus noise·N(0, 1),
 *   x in [length, 1], y the next value in [1].
 * - `gaussianMixture`: `classes` Gaussian blobs in [features]; labels one-hot [classes] unless
 *   `sparse` (class index; with 2 classes that is the 0/1 target of a sigmoid unit).
 * - `lowRank`: x = z·A + noise·N(0, 1) in [features] with z ~ N(0, I_rank) and a seeded A; the target
 *   is x itself (linear autoencoders, whose subspace should match PCA's top `rank` components).
 * - `random`: x ~ N(0, 1) in `shape`, y ~ N(0, 1) in `targetShape` (default [1]); smoke tests only.
 * - `copy` / `reverse` / `sort`: int32 token sequences in [length] over `vocab` tokens; the target is
 *   the same sequence copied, reversed or sorted, as int32 class indices in [length].
 * - `images`: NHWC images in `shape` [h, w, c]; each class has a smooth seeded template and a sample
 *   is its class's template plus noise·N(0, 1); labels one-hot [classes] unless `sparse`.
 */
export type SyntheticOptions = SyntheticBase & (
  | { readonly kind: 'linear'; readonly slope?: number; readonly intercept?: number; readonly noise?: number }
  | { readonly kind: 'separable2d'; readonly margin?: number }
  | { readonly kind: 'sine'; readonly length?: number; readonly noise?: number }
  | { readonly kind: 'gaussianMixture'; readonly features?: number; readonly classes?: number; readonly sparse?: boolean }
  | { readonly kind: 'lowRank'; readonly features?: number; readonly rank?: number; readonly noise?: number }
  | { readonly kind: 'random'; readonly shape?: readonly number[]; readonly targetShape?: readonly number[] }
  | { readonly kind: 'copy' | 'reverse' | 'sort'; readonly length?: number; readonly vocab?: number }
  | { readonly kind: 'images'; readonly shape?: readonly [number, number, number]; readonly classes?: number; readonly sparse?: boolean; readonly noise?: number }
);

/** The `kind`s of `synthetic` datasets. */
export type SyntheticKind = SyntheticOptions['kind'];

/** Generated data (see `SyntheticOptions` for each kind); needs no files. */
export function synthetic(_options: SyntheticOptions): Dataset {
  return compiledOnly();
}

/** How a model trains, as in Keras `compile` + `fit`. */
export interface TrainConfig {
  readonly data?: Dataset;
  readonly loss: LossName;
  /** An optimizer or its name with defaults (default `adam`). */
  readonly optimizer?: Optimizer | 'sgd' | 'rmsprop' | 'adam';
  /** Default 32. */
  readonly batchSize?: number;
  /** Default 1. */
  readonly epochs?: number;
  readonly metrics?: readonly MetricName[];
  /** Fraction of the data held out for validation (default 0). */
  readonly validationSplit?: number;
  /**
   * Keras `class_weight` for unbalanced classes: each sample's loss is scaled by its class's weight,
   * e.g. `{ 0: 1, 1: 10 }` (or `[1, 10]`); unlisted classes weigh 1.
   */
  readonly classWeight?: Readonly<Record<number, number>> | readonly number[];
}
