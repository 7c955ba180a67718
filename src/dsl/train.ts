/** @file Training configuration: losses, metrics, optimizers and dataset markers, by Keras names. */
import { compiledOnly, type Tensor } from './tensor.ts';
import type { Callback } from './callbacks.ts';

/** Loss by Keras name (camelCase); the formulas are Keras 3's. */
export type LossName =
  | 'meanSquaredError' | 'mse' | 'meanAbsoluteError' | 'mae'
  | 'binaryCrossentropy' | 'categoricalCrossentropy' | 'sparseCategoricalCrossentropy'
  | 'huber' | 'huberLoss' | 'logCosh' | 'logcosh' | 'kld' | 'KLD' | 'kullbackLeiblerDivergence'
  | 'hinge' | 'squaredHinge' | 'categoricalHinge' | 'poisson' | 'cosineSimilarity'
  | 'meanSquaredLogarithmicError' | 'msle' | 'meanAbsolutePercentageError' | 'mape' | 'binaryFocalCrossentropy';

/** A loss with options; build one with `categoricalCrossentropy({ fromLogits: true })`, `huber({ delta })`, … */
export interface Loss {
  readonly __dlcLoss: true;
}

/**
 * A custom loss, as Keras's `loss=fn`: `(yTrue, yPred) => mean(square(sub(yTrue, yPred)))`, written
 * with the tensor functions (read statically, differentiated and fused like the model); it returns a
 * scalar or one value per sample (averaged over the batch).
 */
export type LossFunction = (yTrue: Tensor, yPred: Tensor) => Tensor;

export interface CrossentropyOptions {
  /** The model output is logits (no final softmax/sigmoid); default false. Softmax/sigmoid outputs are detected either way. */
  readonly fromLogits?: boolean;
  /** In [0, 1]: targets become t(1 − s) + s/classes (binary: s/2). Default 0. */
  readonly labelSmoothing?: number;
}
/** Binary cross-entropy, −(t log p + (1 − t) log(1 − p)), p clipped to [1e-7, 1 − 1e-7]. */
export function binaryCrossentropy(_options?: CrossentropyOptions): Loss {
  return compiledOnly();
}
/** Categorical cross-entropy over the last axis against one-hot (or class-index) targets. */
export function categoricalCrossentropy(_options?: CrossentropyOptions): Loss {
  return compiledOnly();
}
/** Categorical cross-entropy against class indices (no label smoothing, as Keras). */
export function sparseCategoricalCrossentropy(_options?: { readonly fromLogits?: boolean }): Loss {
  return compiledOnly();
}
/** Huber: 0.5·x² for |x| ≤ delta, delta·|x| − 0.5·delta² beyond (x = pred − target). */
export function huber(_options?: { /** Default 1. */ readonly delta?: number }): Loss {
  return compiledOnly();
}
export interface FocalOptions extends CrossentropyOptions {
  /** Focusing exponent (default 2). */
  readonly gamma?: number;
  /** Weight of the positive class when `applyClassBalancing` (default 0.25). */
  readonly alpha?: number;
  /** Default false. */
  readonly applyClassBalancing?: boolean;
}
/** Binary focal cross-entropy: (1 − p_t)^gamma · binary cross-entropy. */
export function binaryFocalCrossentropy(_options?: FocalOptions): Loss {
  return compiledOnly();
}

/** Metrics reported during training, by Keras name. */
export type MetricName =
  | 'accuracy' | 'binaryAccuracy' | 'categoricalAccuracy' | 'sparseCategoricalAccuracy' | 'mse' | 'mae' | 'meanSquaredError' | 'meanAbsoluteError'
  | 'precision' | 'recall' | 'f1Score' | 'microF1Score' | 'weightedF1Score' | 'auc' | 'prAuc'
  | 'topKCategoricalAccuracy' | 'sparseTopKCategoricalAccuracy' | 'rootMeanSquaredError';

/** An optimizer descriptor; build one with `sgd`, `rmsprop`, `adam`, `adagrad`, `adadelta`, `adamax` or `nadam`. */
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
  /** AMSGrad: divide by the running maximum of the second moment (default false). */
  readonly amsgrad?: boolean;
  /** Decoupled weight decay (AdamW) when set. */
  readonly weightDecay?: number;
}
/** Adam (AdamW when `weightDecay` is set). */
export function adam(_options?: AdamOptions): Optimizer {
  return compiledOnly();
}

export interface AdagradOptions {
  /** Default 0.001. */
  readonly learningRate?: number;
  /** Starting value of the squared-gradient sum (default 0.1). */
  readonly initialAccumulatorValue?: number;
  /** Default 1e-7. */
  readonly epsilon?: number;
  readonly weightDecay?: number;
}
/** Adagrad: per-coordinate rates from the running sum of squared gradients. */
export function adagrad(_options?: AdagradOptions): Optimizer {
  return compiledOnly();
}

export interface AdadeltaOptions {
  /** Default 0.001 (Keras 3; the paper's 1.0 is plain `learningRate: 1`). */
  readonly learningRate?: number;
  /** Decay of both running averages (default 0.95). */
  readonly rho?: number;
  /** Default 1e-7. */
  readonly epsilon?: number;
  readonly weightDecay?: number;
}
/** Adadelta. */
export function adadelta(_options?: AdadeltaOptions): Optimizer {
  return compiledOnly();
}

export interface AdamaxOptions {
  /** Default 0.001 (Keras; TF.js defaults to 0.002). */
  readonly learningRate?: number;
  /** Default 0.9. */
  readonly beta1?: number;
  /** Default 0.999. */
  readonly beta2?: number;
  /** Default 1e-7. */
  readonly epsilon?: number;
  readonly weightDecay?: number;
}
/** Adamax: Adam with the infinity norm in place of the second moment. */
export function adamax(_options?: AdamaxOptions): Optimizer {
  return compiledOnly();
}
/** Nadam: Adam with Nesterov momentum (Keras's momentum schedule, decay 0.96). */
export function nadam(_options?: AdamaxOptions): Optimizer {
  return compiledOnly();
}

/** A weight penalty added to the training loss; build one with `l1`, `l2` or `l1l2`. */
export interface Regularizer {
  readonly __dlcRegularizer: true;
}
/** l1 · Σ|w| (Keras default factor 0.01). */
export function l1(_l1?: number): Regularizer {
  return compiledOnly();
}
/** l2 · Σw² (Keras default factor 0.01; no ½). */
export function l2(_l2?: number): Regularizer {
  return compiledOnly();
}
/** l1 · Σ|w| + l2 · Σw² (Keras defaults 0.01 each). */
export function l1l2(_options?: { readonly l1?: number; readonly l2?: number }): Regularizer {
  return compiledOnly();
}

/** A projection of a weight after each optimizer update (Keras constraints, in the fused update kernel). */
export interface Constraint {
  readonly __dlcConstraint: true;
}
/** Rescales each slice along `axis` (default 0: per output unit of a dense kernel) to an L2 norm of at most `maxValue` (default 2). */
export function maxNorm(_maxValue?: number, _options?: { readonly axis?: number | readonly number[] }): Constraint {
  return compiledOnly();
}
/** Clamps negative weights to 0. */
export function nonNeg(): Constraint {
  return compiledOnly();
}
/** Rescales each slice along `axis` (default 0) to unit L2 norm. */
export function unitNorm(_options?: { readonly axis?: number | readonly number[] }): Constraint {
  return compiledOnly();
}
/** Norms pulled into [minValue, maxValue] (defaults 0, 1) at `rate` (default 1) along `axis` (default 0). */
export function minMaxNorm(_options?: { readonly minValue?: number; readonly maxValue?: number; readonly rate?: number; readonly axis?: number | readonly number[] }): Constraint {
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
/** How `csv()` reads a table. */
export interface CsvOptions {
  /** The target column by header name (or 0-based index without a header); default the last column. */
  readonly label?: string;
  /** Feature columns by name, in this order (default: every column but the label). */
  readonly features?: readonly string[];
  /** Whether the first row names the columns (default: guessed from non-numeric cells). */
  readonly header?: boolean;
  /** Field separator (default ','; e.g. ';' or '\t'). */
  readonly delimiter?: string;
  /** Empty or NA cells: 'error' (default, names row:column), 'drop' the row, or 'fill' with `fill`. */
  readonly missing?: 'error' | 'drop' | 'fill';
  /** The value for missing cells with `missing: 'fill'` (default 0). */
  readonly fill?: number;
  /** String labels become class indices by sorted name; 'categorical' gives one-hot rows instead (default 'int'). */
  readonly labels?: 'int' | 'categorical';
  /**
   * Feature columns of names (`['city']`) one-hot encoded over their sorted distinct values, in the
   * column's place: a city column of Hull, Leeds, York adds 3 inputs. `dlc run` then takes `"city": "York"`.
   */
  readonly categorical?: readonly string[];
  /**
   * A column of text (reviews, messages) as the only feature, turned into int32 token ids as Keras's
   * `TextVectorization` does by default (lower case, punctuation stripped, split on whitespace; 0 pads,
   * 1 is an unknown word); the vocabulary is the training rows' most frequent words. Feed it to
   * `input([sequenceLength], { dtype: 'int32' })` → `embedding(maxTokens, …)`. `dlc run` then takes text.
   */
  readonly text?: string;
  /** The vocabulary's size with padding and '[UNK]' (default 20000; the embedding's input dimension). */
  readonly maxTokens?: number;
  /** Token ids per text, cut or padded at the end (default: the model input's length). */
  readonly sequenceLength?: number;
  /** Seeded fraction held out as the test split (default 0.2). */
  readonly testSplit?: number;
  readonly seed?: number;
}
/**
 * A CSV file: the `label` column is the target, the others (or `features`) are numeric features.
 * Quoted fields are read as RFC 4180; a label column of names (e.g. iris species) becomes classes
 * whose names travel into the checkpoint, the bundle and `dlc run`'s answers.
 */
export function csv(_path: string, _options?: CsvOptions): Dataset {
  return compiledOnly();
}

/** How `imageFolder()` reads and preprocesses images. */
export interface ImageFolderOptions {
  /** [height, width] every image is resized to (bilinear; stretched unless `cropToAspectRatio`); default the model input's. */
  readonly size?: readonly [number, number];
  /** Default from the model input's channels: 1 'grayscale', 3 'rgb', 4 'rgba'. */
  readonly colorMode?: 'grayscale' | 'rgb' | 'rgba';
  /** 'int' class indices (default), 'categorical' one-hot, 'binary' 0/1 for two classes (Keras label_mode). */
  readonly labels?: 'int' | 'categorical' | 'binary';
  /** Fraction of the training images (seeded shuffle) held out for validation, as in Keras. */
  readonly validationSplit?: number;
  readonly seed?: number;
  /** Pixel multiplier (default 1/255, features in [0, 1]; 1 keeps Keras' 0–255). */
  readonly scale?: number;
  readonly offset?: number;
  /** Per-channel normalisation after scaling: (v − mean[c]) / std[c]. */
  readonly mean?: readonly number[];
  readonly std?: readonly number[];
  /** Centre-crop to the target aspect ratio before resizing (default false: stretch, as Keras). */
  readonly cropToAspectRatio?: boolean;
  /** 'skip' trains without unreadable images and says how many; default 'fail' names the file. */
  readonly onError?: 'fail' | 'skip';
  /** Keep decoded images in the disk cache (default true; `$DLC_CACHE_DIR`, else ~/.cache/dlc). */
  readonly cache?: boolean;
  /**
   * Read images a batch at a time from the cache instead of holding them in memory. Default: only when
   * the folder as float32 is larger than the host budget (a quarter of the machine's memory, or
   * `$DLC_MAX_HOST_BYTES`).
   */
  readonly stream?: boolean;
}
/**
 * A folder with one subfolder of images per class (Keras image_dataset_from_directory): class names
 * are the sorted subfolder names. A folder holding `train/` and `validation/` (and `test/`) uses
 * those as the splits. JPEG, PNG, WebP and GIF (first frame) are decoded.
 */
export function imageFolder(_path: string, _options?: ImageFolderOptions): Dataset {
  return compiledOnly();
}

/** Features and targets as two NumPy .npy files (float32/64, int32/64, uint8, bool). */
export function npy(_x: string, _y: string): Dataset {
  return compiledOnly();
}
export interface NpzOptions {
  /** Array names inside the archive (default 'x' and 'y'); `testX`/`testY` name a test split. */
  readonly x?: string;
  readonly y?: string;
  readonly testX?: string;
  readonly testY?: string;
}
/** A NumPy .npz archive (np.savez or savez_compressed) holding features and targets. */
export function npz(_path: string, _options?: NpzOptions): Dataset {
  return compiledOnly();
}

export interface TimeseriesOptions {
  /** One series inline (univariate)… */
  readonly values?: readonly number[];
  /** …or a CSV file whose numeric `columns` (default all) are the series' features. */
  readonly csv?: string;
  readonly columns?: readonly string[];
  readonly header?: boolean;
  /** Steps per input window. */
  readonly window: number;
  /** Steps ahead of the window's last step that the target is (default 1: the next step). */
  readonly horizon?: number;
  /** Steps between the starts of consecutive windows (default 1). */
  readonly stride?: number;
  /** Columns predicted (default: every feature). */
  readonly targets?: readonly string[];
  /** The last fraction of the windows (in time order) is the test split (default 0). */
  readonly testSplit?: number;
}
/**
 * Sliding windows over a series, like Keras timeseries_dataset_from_array: x is [window, features],
 * y the `targets` at `horizon` steps after the window's last step.
 */
export function timeseries(_options: TimeseriesOptions): Dataset {
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
 * - `multiTask`: `classes` Gaussian blobs in [features] with two targets packed in one row [2]: the
 *   class index, then y = u·x + noise·N(0, 1) for a seeded u — for a model with two outputs, a
 *   classifier (sparse categorical cross-entropy) then a regressor, in that order.
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
  | { readonly kind: 'multiTask'; readonly features?: number; readonly classes?: number; readonly noise?: number }
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
  /**
   * The loss; for a model with several outputs also one per output, by output name
   * (`{ price: 'mse', kind: 'sparseCategoricalCrossentropy' }`) or in output order (an array), as Keras's
   * `loss={…}`; one loss alone applies to every output. The targets of such a model are packed: each
   * sample's target row holds every output's target in output order (a class index for sparse
   * categorical cross-entropy, else as many values as the output has), e.g. `synthetic({ kind: 'multiTask' })`.
   */
  readonly loss: LossName | Loss | LossFunction | Readonly<Record<string, LossName | Loss | LossFunction>> | readonly (LossName | Loss | LossFunction)[];
  /** Keras `loss_weights` of a model with several outputs (default 1 each): the objective is Σ weight · loss. */
  readonly lossWeights?: Readonly<Record<string, number>> | readonly number[];
  /** An optimizer or its name with defaults (default `adam`). */
  readonly optimizer?: Optimizer | 'sgd' | 'rmsprop' | 'adam' | 'adagrad' | 'adadelta' | 'adamax' | 'nadam';
  /** Default 32. */
  readonly batchSize?: number;
  /** Default 1. */
  readonly epochs?: number;
  /**
   * Metrics by Keras name. With several outputs, per output (`{ kind: ['accuracy'], price: ['mae'] }`, or
   * one array for all, each output keeping those that apply): reported as `<output>_<metric>` with
   * `<output>_loss`; an output takes accuracy (classification) or mae / mse (regression).
   */
  readonly metrics?: readonly MetricName[] | Readonly<Record<string, readonly MetricName[]>> | readonly (readonly MetricName[])[];
  /** Fraction of the data held out for validation (default 0). */
  readonly validationSplit?: number;
  /** Keras `validation_data`: any dataset, evaluated after every epoch (instead of `validationSplit`). */
  readonly validationData?: Dataset;
  /**
   * Keras `class_weight` for unbalanced classes: each sample's loss is scaled by its class's weight,
   * e.g. `{ 0: 1, 1: 10 }` (or `[1, 10]`); unlisted classes weigh 1.
   */
  readonly classWeight?: Readonly<Record<number, number>> | readonly number[];
  /**
   * Before the first step, refuse cross-entropy targets that are not probabilities (outside [0, 1],
   * categorical rows not summing to 1, class indices past the outputs), naming the first bad
   * sample. Default true; false trains on them anyway (soft targets on purpose).
   */
  readonly checkTargets?: boolean;
  /** Keras callbacks, e.g. `[earlyStopping({ patience: 3, restoreBestWeights: true }), reduceLROnPlateau()]`; CLI flags override them. */
  readonly callbacks?: readonly Callback[];
  /** Shuffle the training samples every epoch (default true). */
  readonly shuffle?: boolean;
  /** Steps (batches) per epoch (default: all samples once; more wraps around the data). */
  readonly stepsPerEpoch?: number;
  /** Keras `initial_epoch`: the epoch (0-based) to start at, schedules included; `epochs` stays the last. */
  readonly initialEpoch?: number;
  /**
   * Drop the last partial batch (default false: it is kept as Keras does, topped up to the compiled
   * batch size with the first samples of the same epoch's order).
   */
  readonly dropRemainder?: boolean;
}
