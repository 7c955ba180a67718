/** @file Training configuration: losses, metrics, optimizers and dataset markers, by Keras names. */
import { compiledOnly } from './tensor.ts';

/** Loss by Keras name (camelCase). */
export type LossName =
  | 'meanSquaredError' | 'mse' | 'meanAbsoluteError' | 'mae'
  | 'binaryCrossentropy' | 'categoricalCrossentropy' | 'sparseCategoricalCrossentropy';

/** Metrics reported during training, by Keras name. */
export type MetricName = 'accuracy' | 'binaryAccuracy' | 'categoricalAccuracy' | 'sparseCategoricalAccuracy' | 'mse' | 'mae';

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
export function mnist(_options?: { readonly flatten?: boolean; readonly sparse?: boolean }): Dataset {
  return compiledOnly();
}
/** Fisher's iris: 4 features, 3 classes. */
export function iris(_options?: { readonly sparse?: boolean }): Dataset {
  return compiledOnly();
}
/** CIFAR-10: 32×32×3 images, 10 classes. */
export function cifar10(_options?: { readonly sparse?: boolean }): Dataset {
  return compiledOnly();
}
/** A CSV file: the `label` column is the target, the others are features. */
export function csv(_path: string, _options?: { readonly label?: string; readonly header?: boolean }): Dataset {
  return compiledOnly();
}
/** A folder with one sub-folder of images per class, resized to `size`. */
export function imageFolder(_path: string, _options?: { readonly size?: readonly [number, number] }): Dataset {
  return compiledOnly();
}
/** Generated data: `sine` sequences (next-value regression) or `random` normal noise. */
export function synthetic(_options: { readonly kind: 'sine' | 'random'; readonly samples?: number; readonly seed?: number }): Dataset {
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
}
