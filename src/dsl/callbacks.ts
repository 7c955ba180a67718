/** @file Keras callbacks for a model file's `train: { callbacks: [...] }`: early stopping, LR on plateau, checkpoints, LR schedules. */
import { compiledOnly } from './tensor.ts';

/** A training callback descriptor; build one with `earlyStopping`, `reduceLROnPlateau`, `modelCheckpoint` or `learningRateScheduler`. */
export interface Callback {
  readonly __dlcCallback: true;
}

/**
 * What a callback watches: a key of the epoch's record (`loss`, `val_loss`, `accuracy`, `val_accuracy`,
 * a metric name or `val_` + it). Default `val_loss`, which falls back to `loss` without validation data.
 */
export type Monitor = 'loss' | 'val_loss' | 'accuracy' | 'val_accuracy' | 'mae' | 'val_mae' | (string & {});

/** `auto` is `max` for accuracy-like monitors (acc, auc, precision, recall, f1), else `min`. */
export type MonitorMode = 'min' | 'max' | 'auto';

export interface EarlyStoppingOptions {
  readonly monitor?: Monitor;
  /** Epochs without improvement before stopping (default 0, as Keras). */
  readonly patience?: number;
  /** A change smaller than this is not an improvement (default 0). */
  readonly minDelta?: number;
  readonly mode?: MonitorMode;
  /** Put back the best epoch's weights when stopping (default false). */
  readonly restoreBestWeights?: boolean;
}

/** Keras EarlyStopping: stop when the monitored value stops improving. */
export function earlyStopping(_options?: EarlyStoppingOptions): Callback {
  return compiledOnly();
}

export interface ReduceLROnPlateauOptions {
  readonly monitor?: Monitor;
  /** New learning rate = old · factor (default 0.1). */
  readonly factor?: number;
  /** Epochs without improvement before reducing (default 10). */
  readonly patience?: number;
  /** Lower bound of the learning rate (default 0). */
  readonly minLr?: number;
  /** Default 1e-4. */
  readonly minDelta?: number;
  /** Epochs to wait after a reduction before counting again (default 0). */
  readonly cooldown?: number;
  readonly mode?: MonitorMode;
}

/** Keras ReduceLROnPlateau: scale the learning rate down when the monitored value plateaus. */
export function reduceLROnPlateau(_options?: ReduceLROnPlateauOptions): Callback {
  return compiledOnly();
}

export interface ModelCheckpointOptions {
  readonly monitor?: Monitor;
  /** Write `<out>/best.safetensors` whenever the monitored value improves (default false: only the per-epoch checkpoint). */
  readonly saveBestOnly?: boolean;
  readonly mode?: MonitorMode;
}

/** Keras ModelCheckpoint: `<out>/checkpoint.safetensors` every epoch, and `best.safetensors` with `saveBestOnly`. */
export function modelCheckpoint(_options?: ModelCheckpointOptions): Callback {
  return compiledOnly();
}

/**
 * A learning-rate schedule over optimizer steps (0-based), multiplying the optimizer's learning rate:
 * - `step`: lr · rate^floor(step / every);
 * - `exponential`: lr · decayRate^(step / decaySteps) (floored with `staircase`), Keras ExponentialDecay;
 * - `cosine`: Keras CosineDecay with optional linear warm-up;
 * - `piecewise`: Keras PiecewiseConstantDecay, `values[i]` (absolute rates) up to `boundaries[i]`.
 */
export type LearningRateSchedule =
  | { readonly kind: 'step'; readonly every: number; readonly rate: number }
  | { readonly kind: 'exponential'; readonly decaySteps: number; readonly decayRate: number; readonly staircase?: boolean }
  | { readonly kind: 'cosine'; readonly decaySteps: number; readonly alpha?: number; readonly warmupSteps?: number }
  | { readonly kind: 'piecewise'; readonly boundaries: readonly number[]; readonly values: readonly number[] };

/** Keras LearningRateScheduler with one of the schedules above, evaluated each step on the host. */
export function learningRateScheduler(_schedule: LearningRateSchedule): Callback {
  return compiledOnly();
}
