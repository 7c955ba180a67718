/** @file The `train: {…}` section and program steps, validated into typed data for the training loop. */
import type { Node } from 'ts-morph';
import { readAs } from './args.ts';
import { didYouMean, errorAt, keyNode } from './diag.ts';
import { describe, DescVal, ModelVal, ObjVal, type Val } from './values.ts';
import { LOSS_NAMES, lossByName, type LossKind, type LossOptions } from '../train/losses.ts';
import { METRIC_NAMES } from '../train/metrics.ts';
import { lowerModel } from './lower.ts';
import { callbackConfigs } from './callbacks.ts';
import type { CallbackConfig } from '../train/callbacks.ts';
import { outputLosses, type OutputLoss } from './output-losses.ts';

export type { LossKind, LossOptions } from '../train/losses.ts';
const METRICS: readonly string[] = METRIC_NAMES;

/** Keras defaults, filled in so the training loop never guesses. */
export type OptimizerConfig =
  | { kind: 'sgd'; learningRate: number; momentum: number; nesterov: boolean; weightDecay: number }
  | { kind: 'rmsprop'; learningRate: number; rho: number; momentum: number; epsilon: number; weightDecay: number }
  | { kind: 'adam'; learningRate: number; beta1: number; beta2: number; epsilon: number; amsgrad?: boolean; weightDecay: number }
  | { kind: 'adagrad'; learningRate: number; initialAccumulatorValue: number; epsilon: number; weightDecay: number }
  | { kind: 'adadelta'; learningRate: number; rho: number; epsilon: number; weightDecay: number }
  | { kind: 'adamax' | 'nadam'; learningRate: number; beta1: number; beta2: number; epsilon: number; weightDecay: number };

const OPTIMIZER_KINDS = ['sgd', 'rmsprop', 'adam', 'adagrad', 'adadelta', 'adamax', 'nadam'];

export interface DatasetConfig {
  readonly kind: string;
  readonly options: Readonly<Record<string, number | string | boolean | readonly number[] | readonly string[]>>;
}

export interface TrainConfig {
  readonly loss: LossKind;
  /** The loss's options (`fromLogits`, `labelSmoothing`, `delta`, …) as written; absent ones take Keras defaults. */
  readonly lossOptions: LossOptions;
  readonly optimizer: OptimizerConfig;
  readonly batchSize: number;
  readonly epochs: number;
  readonly metrics: readonly string[];
  readonly validationSplit: number;
  readonly data: DatasetConfig | undefined;
  /** Keras `validation_data`: a dataset evaluated after every epoch (its training split), instead of `validationSplit`. */
  readonly validationData?: DatasetConfig;
  /** Keras `class_weight` as weights indexed by class (unlisted classes weigh 1). */
  readonly classWeight?: readonly number[];
  /** Refuse cross-entropy targets that are not probabilities before the first step (default true). */
  readonly checkTargets?: boolean;
  /** Keras callbacks, Keras defaults filled in (src/train/callbacks.ts). */
  readonly callbacks?: readonly CallbackConfig[];
  /** Keras fit options: shuffle each epoch (default true), steps per epoch, the epoch to start at. */
  readonly shuffle?: boolean;
  readonly stepsPerEpoch?: number;
  readonly initialEpoch?: number;
  /** Drop the last partial batch instead of keeping it (default false, as Keras). */
  readonly dropRemainder?: boolean;
  /**
   * A model with several outputs: each output's loss, weight and metrics (`loss`, `lossOptions` are then
   * the first output's and `metrics` is empty); the objective is the weighted sum.
   */
  readonly outputs?: readonly OutputLoss[];
}

export function optimizerConfig(v: Val, node: Node): OptimizerConfig {
  const d = typeof v === 'string' ? new DescVal('optimizer', v, {}) : v;
  if (!(d instanceof DescVal) || d.family !== 'optimizer' || !OPTIMIZER_KINDS.includes(d.kind)) {
    throw errorAt(node, 'E_OPTION_VALUE', `optimizer must be ${OPTIMIZER_KINDS.map((k) => `${k}(…)`).join(', ')} or one of their names, got ${describe(v)}`, typeof v === 'string' ? didYouMean(v, OPTIMIZER_KINDS) : undefined);
  }
  const o = d.options as Record<string, number | boolean | undefined>;
  const num = (k: string, dflt: number): number => (o[k] as number | undefined) ?? dflt;
  if (d.kind === 'sgd') return { kind: 'sgd', learningRate: num('learningRate', 0.01), momentum: num('momentum', 0), nesterov: (o.nesterov as boolean | undefined) ?? false, weightDecay: num('weightDecay', 0) };
  if (d.kind === 'rmsprop') return { kind: 'rmsprop', learningRate: num('learningRate', 0.001), rho: num('rho', 0.9), momentum: num('momentum', 0), epsilon: num('epsilon', 1e-7), weightDecay: num('weightDecay', 0) };
  // Keras 3 defaults throughout (learning rate 0.001 for all of these).
  const lr = num('learningRate', 0.001);
  const [eps, wd] = [num('epsilon', 1e-7), num('weightDecay', 0)];
  if (d.kind === 'adagrad') return { kind: 'adagrad', learningRate: lr, initialAccumulatorValue: num('initialAccumulatorValue', 0.1), epsilon: eps, weightDecay: wd };
  if (d.kind === 'adadelta') return { kind: 'adadelta', learningRate: lr, rho: num('rho', 0.95), epsilon: eps, weightDecay: wd };
  if (d.kind === 'adamax' || d.kind === 'nadam') return { kind: d.kind, learningRate: lr, beta1: num('beta1', 0.9), beta2: num('beta2', 0.999), epsilon: eps, weightDecay: wd };
  return { kind: 'adam', learningRate: lr, beta1: num('beta1', 0.9), beta2: num('beta2', 0.999), epsilon: eps, amsgrad: (o.amsgrad as boolean | undefined) ?? false, weightDecay: wd };
}

/** A loss by Keras name (`'huber'`) or as a descriptor with options (`huber({ delta: 2 })`). */
export function lossConfig(v: Val, node: Node): { loss: LossKind; lossOptions: LossOptions } {
  if (v instanceof DescVal && v.family === 'loss') return { loss: v.kind as LossKind, lossOptions: v.options as LossOptions };
  // A custom loss function, traced by the model builder into a weightless model (y_true, y_pred) → loss.
  if (v instanceof ModelVal) return { loss: 'custom', lossOptions: { custom: { graph: (batch) => lowerModel(v, batch) } } };
  const d = typeof v === 'string' ? lossByName(v) : undefined;
  if (!d) throw errorAt(node, 'E_UNKNOWN_LOSS', `unknown loss ${describe(v)}`, (typeof v === 'string' ? didYouMean(v, LOSS_NAMES) : undefined) ?? `use one of ${LOSS_NAMES.join(', ')}`);
  return { loss: d.kind, lossOptions: {} };
}

export function lossKind(v: Val, node: Node): LossKind {
  return lossConfig(v, node).loss;
}

const TRAIN_KEYS = ['data', 'loss', 'optimizer', 'batchSize', 'epochs', 'metrics', 'validationSplit', 'validationData', 'classWeight', 'checkTargets', 'callbacks', 'shuffle', 'stepsPerEpoch', 'initialEpoch', 'dropRemainder', 'lossWeights'];

/** `classWeight: { 0: 1, 1: 5 }` (Keras's dict) or `[1, 5]`: positive weights by class index. */
function classWeights(v: Val, node: Node): number[] | undefined {
  if (v === undefined) return undefined;
  const entries: [string, Val][] = Array.isArray(v) ? v.map((x, i) => [String(i), x]) : v instanceof ObjVal ? [...v.props] : [];
  if (entries.length === 0) throw errorAt(node, 'E_OPTION_TYPE', `classWeight must map class indices to weights, e.g. { 0: 1, 1: 5 }, got ${describe(v)}`);
  const out: number[] = [];
  for (const [k, w] of entries) {
    const c = Number(k);
    if (!Number.isInteger(c) || c < 0 || c > 100_000) throw errorAt(node, 'E_OPTION_VALUE', `classWeight keys must be class indices (0, 1, …), got '${k}'`);
    if (typeof w !== 'number' || !(w >= 0) || !Number.isFinite(w)) throw errorAt(node, 'E_OPTION_VALUE', `classWeight for class ${c} must be a non-negative number, got ${describe(w)}`);
    while (out.length <= c) out.push(1);
    out[c] = w;
  }
  return out;
}

/** Keras `initial_epoch`: a whole number ≥ 0 (checked against `epochs` by the loop, where CLI overrides are known). */
function initialEpoch(v: Val, node: Node): number {
  const e = readAs('int', v, node, 'initialEpoch') as number;
  if (e < 0) throw errorAt(node, 'E_OPTION_RANGE', `initialEpoch must be 0 or more, got ${e}`);
  return e;
}

/** `outputs`: the model's output names (a per-output loss, `lossWeights` and per-output metrics need several). */
export function trainConfig(t: ObjVal, at: Node, outputs: readonly string[] = ['output']): TrainConfig {
  const node = (k: string): Node => t.nodes.get(k) ?? at;
  for (const k of t.props.keys()) {
    if (!TRAIN_KEYS.includes(k)) throw errorAt(keyNode(node(k)), 'E_UNKNOWN_OPTION', `train has no option '${k}'`, didYouMean(k, TRAIN_KEYS) ?? `its options are ${TRAIN_KEYS.join(', ')}`);
  }
  if (t.props.get('loss') === undefined) throw errorAt(at, 'E_MISSING_OPTION', 'train needs a loss, e.g. loss: \'categoricalCrossentropy\'');
  const multi = outputLosses(t, at, outputs, lossConfig);
  const metrics = multi ? [] : (t.props.get('metrics') ?? []);
  if (!Array.isArray(metrics)) throw errorAt(node('metrics'), 'E_OPTION_TYPE', `metrics must be an array of names, got ${describe(metrics)}`);
  const data = t.props.get('data');
  if (data !== undefined && !(data instanceof DescVal && data.family === 'dataset')) {
    throw errorAt(node('data'), 'E_OPTION_TYPE', `data must be a dataset such as mnist() or csv('file.csv'), got ${describe(data)}`);
  }
  const vd = t.props.get('validationData');
  if (vd !== undefined && !(vd instanceof DescVal && vd.family === 'dataset')) {
    throw errorAt(node('validationData'), 'E_OPTION_TYPE', `validationData must be a dataset such as imageFolder('val/') or csv('val.csv'), got ${describe(vd)}`);
  }
  const opt = (k: string, kind: 'size' | 'rate', dflt: number): number => (t.props.get(k) === undefined ? dflt : (readAs(kind, t.props.get(k), node(k), k) as number));
  return {
    ...(multi ? { loss: multi[0]!.loss, lossOptions: multi[0]!.lossOptions, outputs: multi } : lossConfig(t.props.get('loss'), node('loss'))),
    optimizer: optimizerConfig(t.props.get('optimizer') ?? 'adam', node('optimizer')),
    batchSize: opt('batchSize', 'size', 32),
    epochs: opt('epochs', 'size', 1),
    metrics: (metrics as Val[]).map((m) => readAs({ oneOf: METRICS }, m, node('metrics'), 'metric') as string),
    validationSplit: opt('validationSplit', 'rate', 0),
    data: data instanceof DescVal ? { kind: data.kind, options: data.options } : undefined,
    ...(vd instanceof DescVal ? { validationData: { kind: vd.kind, options: vd.options } } : {}),
    ...(t.props.has('classWeight') ? { classWeight: classWeights(t.props.get('classWeight'), node('classWeight')) } : {}),
    ...(t.props.has('checkTargets') ? { checkTargets: readAs('bool', t.props.get('checkTargets'), node('checkTargets'), 'checkTargets') as boolean } : {}),
    ...(t.props.has('callbacks') ? { callbacks: callbackConfigs(t.props.get('callbacks'), node('callbacks')) } : {}),
    ...(t.props.has('shuffle') ? { shuffle: readAs('bool', t.props.get('shuffle'), node('shuffle'), 'shuffle') as boolean } : {}),
    ...(t.props.has('dropRemainder') ? { dropRemainder: readAs('bool', t.props.get('dropRemainder'), node('dropRemainder'), 'dropRemainder') as boolean } : {}),
    ...(t.props.has('stepsPerEpoch') ? { stepsPerEpoch: opt('stepsPerEpoch', 'size', 1) } : {}),
    ...(t.props.has('initialEpoch') ? { initialEpoch: initialEpoch(t.props.get('initialEpoch'), node('initialEpoch')) } : {}),
  };
}

/** One step of a multi-step program: the model whose loss is minimised and the models it updates. */
export interface TrainStepConfig {
  readonly name: string;
  readonly model: string;
  readonly trains: readonly string[];
  readonly loss: LossKind;
  readonly lossOptions: LossOptions;
  readonly optimizer: OptimizerConfig;
  readonly target: number | undefined;
}

export function stepConfig(name: string, v: Val, at: Node, modelName: (m: ModelVal, n: Node) => string): TrainStepConfig {
  if (!(v instanceof ObjVal)) throw errorAt(at, 'E_OPTION_TYPE', `step '${name}' must be an object { model, loss, optimizer }, got ${describe(v)}`);
  const node = (k: string): Node => v.nodes.get(k) ?? at;
  const m = v.props.get('model');
  if (!(m instanceof ModelVal)) throw errorAt(node('model'), 'E_OPTION_TYPE', `step '${name}' needs model: <a model>, got ${describe(m)}`);
  const trains = v.props.get('trains') ?? [m];
  if (!Array.isArray(trains) || !trains.every((x) => x instanceof ModelVal)) throw errorAt(node('trains'), 'E_OPTION_TYPE', `step '${name}' trains must be an array of models`);
  const target = v.props.get('target');
  return {
    name, model: modelName(m, node('model')), trains: (trains as ModelVal[]).map((x) => modelName(x, node('trains'))),
    ...lossConfig(v.props.get('loss'), node('loss')), optimizer: optimizerConfig(v.props.get('optimizer') ?? 'adam', node('optimizer')),
    target: target === undefined ? undefined : (readAs('number', target, node('target'), 'target') as number),
  };
}
