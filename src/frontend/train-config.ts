/** @file The `train: {…}` section and program steps, validated into typed data for the training loop. */
import type { Node } from 'ts-morph';
import { readAs } from './args.ts';
import { didYouMean, errorAt, keyNode } from './diag.ts';
import { describe, DescVal, ModelVal, ObjVal, type Val } from './values.ts';
import { METRIC_NAMES } from '../train/metrics.ts';

export type LossKind = 'mse' | 'mae' | 'binaryCrossentropy' | 'categoricalCrossentropy' | 'sparseCategoricalCrossentropy';
const LOSS_ALIASES: Record<string, LossKind> = {
  mse: 'mse', meanSquaredError: 'mse', mae: 'mae', meanAbsoluteError: 'mae',
  binaryCrossentropy: 'binaryCrossentropy', categoricalCrossentropy: 'categoricalCrossentropy',
  sparseCategoricalCrossentropy: 'sparseCategoricalCrossentropy',
};
const METRICS: readonly string[] = METRIC_NAMES;

/** Keras defaults, filled in so the training loop never guesses. */
export type OptimizerConfig =
  | { kind: 'sgd'; learningRate: number; momentum: number; nesterov: boolean; weightDecay: number }
  | { kind: 'rmsprop'; learningRate: number; rho: number; momentum: number; epsilon: number; weightDecay: number }
  | { kind: 'adam'; learningRate: number; beta1: number; beta2: number; epsilon: number; weightDecay: number };

export interface DatasetConfig {
  readonly kind: string;
  readonly options: Readonly<Record<string, number | string | boolean | readonly number[] | readonly string[]>>;
}

export interface TrainConfig {
  readonly loss: LossKind;
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
}

export function optimizerConfig(v: Val, node: Node): OptimizerConfig {
  const d = typeof v === 'string' ? new DescVal('optimizer', v, {}) : v;
  if (!(d instanceof DescVal) || d.family !== 'optimizer' || !['sgd', 'rmsprop', 'adam'].includes(d.kind)) {
    throw errorAt(node, 'E_OPTION_VALUE', `optimizer must be sgd(…), rmsprop(…), adam(…) or one of their names, got ${describe(v)}`, typeof v === 'string' ? didYouMean(v, ['sgd', 'rmsprop', 'adam']) : undefined);
  }
  const o = d.options as Record<string, number | boolean | undefined>;
  const num = (k: string, dflt: number): number => (o[k] as number | undefined) ?? dflt;
  if (d.kind === 'sgd') return { kind: 'sgd', learningRate: num('learningRate', 0.01), momentum: num('momentum', 0), nesterov: (o.nesterov as boolean | undefined) ?? false, weightDecay: num('weightDecay', 0) };
  if (d.kind === 'rmsprop') return { kind: 'rmsprop', learningRate: num('learningRate', 0.001), rho: num('rho', 0.9), momentum: num('momentum', 0), epsilon: num('epsilon', 1e-7), weightDecay: num('weightDecay', 0) };
  return { kind: 'adam', learningRate: num('learningRate', 0.001), beta1: num('beta1', 0.9), beta2: num('beta2', 0.999), epsilon: num('epsilon', 1e-7), weightDecay: num('weightDecay', 0) };
}

export function lossKind(v: Val, node: Node): LossKind {
  // Own keys only: 'constructor' or 'toString' must not resolve to Object.prototype's members.
  const k = typeof v === 'string' && Object.hasOwn(LOSS_ALIASES, v) ? LOSS_ALIASES[v] : undefined;
  if (!k) throw errorAt(node, 'E_UNKNOWN_LOSS', `unknown loss ${describe(v)}`, (typeof v === 'string' ? didYouMean(v, Object.keys(LOSS_ALIASES)) : undefined) ?? `use one of ${Object.keys(LOSS_ALIASES).join(', ')}`);
  return k;
}

const TRAIN_KEYS = ['data', 'loss', 'optimizer', 'batchSize', 'epochs', 'metrics', 'validationSplit', 'validationData', 'classWeight'];

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

export function trainConfig(t: ObjVal, at: Node): TrainConfig {
  const node = (k: string): Node => t.nodes.get(k) ?? at;
  for (const k of t.props.keys()) {
    if (!TRAIN_KEYS.includes(k)) throw errorAt(keyNode(node(k)), 'E_UNKNOWN_OPTION', `train has no option '${k}'`, didYouMean(k, TRAIN_KEYS) ?? `its options are ${TRAIN_KEYS.join(', ')}`);
  }
  if (t.props.get('loss') === undefined) throw errorAt(at, 'E_MISSING_OPTION', 'train needs a loss, e.g. loss: \'categoricalCrossentropy\'');
  const metrics = t.props.get('metrics') ?? [];
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
    loss: lossKind(t.props.get('loss'), node('loss')),
    optimizer: optimizerConfig(t.props.get('optimizer') ?? 'adam', node('optimizer')),
    batchSize: opt('batchSize', 'size', 32),
    epochs: opt('epochs', 'size', 1),
    metrics: (metrics as Val[]).map((m) => readAs({ oneOf: METRICS }, m, node('metrics'), 'metric') as string),
    validationSplit: opt('validationSplit', 'rate', 0),
    data: data instanceof DescVal ? { kind: data.kind, options: data.options } : undefined,
    ...(vd instanceof DescVal ? { validationData: { kind: vd.kind, options: vd.options } } : {}),
    ...(t.props.has('classWeight') ? { classWeight: classWeights(t.props.get('classWeight'), node('classWeight')) } : {}),
  };
}

/** One step of a multi-step program: the model whose loss is minimised and the models it updates. */
export interface TrainStepConfig {
  readonly name: string;
  readonly model: string;
  readonly trains: readonly string[];
  readonly loss: LossKind;
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
    loss: lossKind(v.props.get('loss'), node('loss')), optimizer: optimizerConfig(v.props.get('optimizer') ?? 'adam', node('optimizer')),
    target: target === undefined ? undefined : (readAs('number', target, node('target'), 'target') as number),
  };
}
