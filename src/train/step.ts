/**
 * @file The training step's graph around a model: batches gathered from the resident dataset, the
 * loss, GPU-side metric sums, and the evaluation graph (inference forward, masked per-sample sums).
 *
 * Names the loop relies on: inputs `idx` (i32[B], resident data) or `batch/x`, `batch/y` (host-fed),
 * `step` (u32[], dropout), `opt/lr`, `opt/t`, `eval/mask` (f32[B]); states `data/x`, `data/y`
 * (uploaded once, never updated) and the running sums `metric/loss`, `metric/correct`, `metric/abs`;
 * output `loss`, and `update/<arg>` for every arg a run overwrites.
 */
import { CompileError, GraphBuilder, numel, sameShape, type Graph, type Node, type Value } from '../ir/index.ts';
import { emitter, type Emitter } from '../ops/emit.ts';
import { inferType } from '../ops/registry.ts';
import { inlineGraph } from './inline.ts';
import { inlineMaskedLoss } from './masked-loss.ts';
import { lossDef, type LossKind, type LossOptions } from './losses.ts';
import { sumsNeeded, type SumsNeeded } from './metrics.ts';
import { addExtraSums, isClassification } from './metric-sums.ts';
import { distillationLoss, type DistillTerm } from './distill-head.ts';
import { PENALTY_PREFIX } from '../frontend/activity.ts';

/** How a step gets its samples. */
export interface DataSpec {
  /** One sample's feature shape and its target's shape and dtype (class indices are i32). */
  readonly xShape: readonly number[];
  readonly yShape: readonly number[];
  readonly yDtype: 'i32' | 'f32';
  /** Samples uploaded once as `data/x`, `data/y` and gathered by `idx`; absent: batches are fed from the host. */
  readonly resident?: number;
}

export const LOSS_OUTPUT = 'loss';
export const METRICS = { loss: 'metric/loss', correct: 'metric/correct', abs: 'metric/abs' } as const;
export const DATA_X = 'data/x';
export const DATA_Y = 'data/y';
export const INDEX_INPUT = 'idx';
export const BATCH_X = 'batch/x';
export const BATCH_Y = 'batch/y';
export const MASK_INPUT = 'eval/mask';
export const DROPOUT_STEP = 'step';
/** The evaluation graph's prediction output (only with `predictions`: `dlc evaluate` reads it per batch). */
export const PRED_OUTPUT = 'pred';
const UPDATE = 'update/';
/** Forward outputs that pass through the head unchanged: state updates, and penalties (activity regularizers) for the loss step. */
const passesThrough = (name: string): boolean => name.startsWith(UPDATE) || name.startsWith(PENALTY_PREFIX);

/** Which metric sums a loss gets: accuracy for cross-entropies, mean absolute error for regression. */
export function metricKind(loss: LossKind): 'accuracy' | 'mae' {
  return lossDef(loss).metric === 'mae' ? 'mae' : 'accuracy';
}

/** Output → argument map for compilePlan: each `update/<x>` overwrites `<x>` at the end of the run. */
export function updatesOf(g: Graph): Record<string, string> {
  return Object.fromEntries(g.outputs.filter((o) => o.name.startsWith(UPDATE)).map((o) => [o.name, o.name.slice(UPDATE.length)]));
}

/**
 * The training-mode forward with its data source and loss attached: `forward` must have one input
 * (the model's) and one prediction output. The loss is the registry's fused loss op, computed from
 * logits when the model ends in softmax/sigmoid (as Keras 3 does), so it cannot overflow to NaN.
 */
export function attachTrainingHead(forward: Graph, data: DataSpec, loss: LossKind, classWeight?: readonly number[], metrics: readonly string[] = [], lossOptions: LossOptions = {}, distill?: DistillTerm): Graph {
  const b = new GraphBuilder(forward.name, inferType);
  const e = emitter(b);
  const batch = batchOf(forward);
  const { x, y } = batchSource(b, data, batch);
  const pred = predict(b, forward, x);
  const target = targetFor(e, y, pred, loss);
  const logits = logitsOf(b, pred, loss, lossOptions);
  const custom = loss === 'custom' ? customLoss(b, e, pred, target, lossOptions) : undefined;
  if (custom && classWeight) throw new CompileError('E_TRAIN_CONFIG', 'classWeight cannot weigh a custom loss', { hint: 'weigh the samples inside the loss function' });
  const hard = custom ? meanAll(e, custom) : classWeight ? weightedLoss(e, pred, logits, target, loss, classWeight, lossOptions) : lossOp(e, pred, logits, target, loss, lossOptions);
  // A distiller's step adds the frozen teacher's softened-output term (src/train/distill-head.ts).
  const l = distill ? distillationLoss(b, e, x, pred, hard, distill) : hard;
  b.output(LOSS_OUTPUT, l);
  accumulate(b, METRICS.loss, e.mul(l, e.scalar(batch)));
  addMetricSums(b, e, pred, logits, target, loss, undefined);
  addExtras(b, e, pred, logits, target, loss, undefined, sumsNeeded(metrics));
  return b.build();
}

/** What the evaluation graph adds beyond loss and accuracy/mae. */
export interface EvalHeadOptions {
  /** Metric names whose sums to accumulate; the confusion matrix (classification) and the squared error (regression) always are. */
  readonly metrics?: readonly string[];
  /** Also output the predictions as `pred` (read back per batch by `dlc evaluate`). */
  readonly predictions?: boolean;
  /** The loss's options (fromLogits, labelSmoothing, a custom loss's graph, …). */
  readonly lossOptions?: LossOptions;
}

/**
 * The evaluation graph: inference forward on host-fed batches with a 0/1 `eval/mask` per row, so
 * a partial last batch (padded) counts only its real samples; sums accumulate in `metric/*`.
 */
export function attachEvalHead(forward: Graph, data: DataSpec, loss: LossKind, opts: EvalHeadOptions = {}): Graph {
  const b = new GraphBuilder(`${forward.name}_eval`, inferType);
  const e = emitter(b);
  const batch = batchOf(forward);
  const { x, y } = batchSource(b, { ...data, resident: undefined }, batch);
  const mask = b.input(MASK_INPUT, { dtype: 'f32', shape: [batch] });
  const pred = predict(b, forward, x);
  const target = targetFor(e, y, pred, loss);
  const lossOptions = opts.lossOptions ?? {};
  const logits = logitsOf(b, pred, loss, lossOptions);
  accumulate(b, METRICS.loss, loss === 'custom' ? customMaskedSum(b, e, pred, target, lossOptions, mask) : maskedSum(e, rowLoss(e, pred, logits, target, loss, lossOptions), mask));
  addMetricSums(b, e, pred, logits, target, loss, mask);
  const need = sumsNeeded(opts.metrics ?? []);
  addExtras(b, e, pred, logits, target, loss, mask, { ...need, confusion: isClassification(loss), squared: need.squared || !isClassification(loss) });
  if (opts.predictions) b.output(PRED_OUTPUT, pred);
  return b.build();
}

function addExtras(b: GraphBuilder, e: Emitter, pred: Value, logits: Value | undefined, target: Target, loss: LossKind, mask: Value | undefined, need: SumsNeeded): void {
  const m = { pred, logits, loss, mask, labels: target.sparse ? target.labels : undefined, dense: target.sparse ? undefined : target.t };
  addExtraSums(e, m, need, (name, v) => accumulate(b, name, v));
}

function batchOf(forward: Graph): number {
  const inputs = forward.args.filter((a) => a.kind === 'input' && a.name !== DROPOUT_STEP);
  const outs = forward.outputs.filter((o) => !passesThrough(o.name));
  if (inputs.length !== 1 || outs.length !== 1) {
    throw new CompileError('E_TRAIN_UNSUPPORTED', `dlc train handles models with one input and one output; ${forward.name} has ${inputs.length} inputs and ${outs.length} outputs`, {
      hint: 'train a multi-input model from a program() with its own steps',
    });
  }
  return inputs[0]!.type.shape[0]!;
}

/** `data/x`, `data/y` gathered by `idx` when resident, else the host-fed `batch/x`, `batch/y`. */
export function batchSource(b: GraphBuilder, d: DataSpec, batch: number): { x: Value; y: Value } {
  if (d.resident === undefined) {
    return { x: b.input(BATCH_X, { dtype: 'f32', shape: [batch, ...d.xShape] }), y: b.input(BATCH_Y, { dtype: d.yDtype, shape: [batch, ...d.yShape] }) };
  }
  const idx = b.input(INDEX_INPUT, { dtype: 'i32', shape: [batch] });
  const dx = b.state(DATA_X, { dtype: 'f32', shape: [d.resident, ...d.xShape] });
  const dy = b.state(DATA_Y, { dtype: d.yDtype, shape: [d.resident, ...d.yShape] });
  return { x: b.op('gather', [dx, idx], { axis: 0 }), y: b.op('gather', [dy, idx], { axis: 0 }) };
}

/** Inlines the model with its input bound to the batch; batch-norm updates pass through as outputs. */
export function predict(b: GraphBuilder, forward: Graph, x: Value): Value {
  const input = forward.args.find((a) => a.kind === 'input' && a.name !== DROPOUT_STEP)!;
  if (numel(input.type.shape) !== numel(x.type.shape)) {
    throw new CompileError('E_TRAIN_DATA', `the dataset's samples have shape [${x.type.shape.slice(1).join(', ')}] but ${forward.name} takes [${input.type.shape.slice(1).join(', ')}]`, {
      hint: 'pick a dataset (or dataset options such as flatten) that matches the model input',
    });
  }
  const fed = input.type.dtype === 'i32' ? b.op('cast', [x], { to: 'i32' }) : x;
  const shaped = fed.type.shape.join() === input.type.shape.join() ? fed : b.op('reshape', [fed], { shape: [...input.type.shape] });
  const outs = inlineGraph(b, forward, new Map([[input.name, shaped]]));
  let pred: Value | undefined;
  for (const [name, v] of outs) {
    if (passesThrough(name)) b.output(name, v);
    else pred = v;
  }
  return pred!;
}

/** What the loss compares against: i32 class rows for sparse cross-entropy, else f32 of pred's shape. */
export type Target = { readonly sparse: true; readonly labels: Value } | { readonly sparse: false; readonly t: Value };

export function targetFor(e: Emitter, y: Value, pred: Value, loss: LossKind): Target {
  const isCe = lossDef(loss).metric === 'categorical';
  const rows = pred.type.shape.slice(0, -1);
  if (isCe && y.type.dtype === 'i32' && numel(y.type.shape) === numel(rows)) {
    return { sparse: true, labels: sameShapeOrReshape(e, y, rows) };
  }
  if (numel(y.type.shape) !== numel(pred.type.shape)) {
    const hint = isCe ? 'use class indices (one per sample) or one-hot rows the size of the output' : 'make the model output one value per target value';
    throw new CompileError('E_TRAIN_DATA', `targets of shape [${y.type.shape.join(', ')}] do not fit predictions of shape [${pred.type.shape.join(', ')}] for loss ${loss}`, { hint });
  }
  const f = y.type.dtype === 'f32' ? y : e.op('cast', [y], { to: 'f32' });
  return { sparse: false, t: sameShapeOrReshape(e, f, pred.type.shape) };
}

function sameShapeOrReshape(e: Emitter, v: Value, shape: readonly number[]): Value {
  return v.type.shape.join() === shape.join() ? v : e.op('reshape', [v], { shape: [...shape] });
}

/**
 * The logits a cross-entropy works on: pred itself with `fromLogits`, else the pre-activation when
 * pred is softmax over the last axis (categorical) or sigmoid (binary).
 */
export function logitsOf(b: GraphBuilder, pred: Value, loss: LossKind, o: LossOptions): Value | undefined {
  const wants = lossDef(loss).logitsOf;
  if (!wants) return undefined;
  if (o.fromLogits) return pred;
  const n = b.value(pred.id);
  if (!('op' in n)) return undefined;
  const node = n as Node;
  const rank = pred.type.shape.length;
  const isLastAxisSoftmax = node.op === 'softmax' && ((node.attrs.axis as number) === -1 || node.attrs.axis === rank - 1);
  if (isLastAxisSoftmax && wants === 'softmax') return b.value(node.inputs[0]!);
  if (node.op === 'sigmoid' && wants === 'sigmoid') return b.value(node.inputs[0]!);
  return undefined;
}

export function lossOp(e: Emitter, pred: Value, logits: Value | undefined, target: Target, loss: LossKind, o: LossOptions): Value {
  const fromLogits = logits !== undefined;
  const p = logits ?? pred;
  // The fused loss ops cover the classic losses without label smoothing; the rest is built from the catalogue.
  if ((o.labelSmoothing ?? 0) > 0 || !FUSED.has(loss)) return e.op('reduce_mean', [perSampleLoss(e, pred, logits, target, loss, o)], { axes: [0], keepDims: false });
  switch (loss) {
    case 'categoricalCrossentropy':
    case 'sparseCategoricalCrossentropy':
      return target.sparse ? e.op('sparse_categorical_cross_entropy', [p, target.labels], { fromLogits }) : e.op('categorical_cross_entropy', [p, target.t], { fromLogits });
    case 'binaryCrossentropy':
      return e.op('binary_cross_entropy', [p, denseT(target)], { fromLogits });
    case 'mse':
    case 'mae':
      return e.op(loss, [pred, denseT(target)]);
    default:
      throw new Error(`internal error: no fused op for ${loss}`);
  }
}

const FUSED: ReadonlySet<LossKind> = new Set(['mse', 'mae', 'binaryCrossentropy', 'categoricalCrossentropy', 'sparseCategoricalCrossentropy']);

/** The catalogue's per-sample loss [B]; sparse labels become one-hot rows. */
function perSampleLoss(e: Emitter, pred: Value, logits: Value | undefined, target: Target, loss: LossKind, o: LossOptions): Value {
  const def = lossDef(loss);
  const classes = pred.type.shape[pred.type.shape.length - 1]!;
  const t = target.sparse ? e.op('one_hot', [target.labels], { depth: classes }) : target.t;
  return def.perSample!(e, pred, t, o, logits);
}

/**
 * Keras's `class_weight`: each sample's loss scaled by its class's weight, then the batch mean
 * (sum_over_batch_size). Per-sample losses come from the same stable forms the evaluation uses.
 */
function weightedLoss(e: Emitter, pred: Value, logits: Value | undefined, target: Target, loss: LossKind, classWeight: readonly number[], o: LossOptions): Value {
  const [batch] = pred.type.shape as [number];
  const terms = rowLoss(e, pred, logits, target, loss, o);
  const perSample = e.op('reduce_mean', [e.op('reshape', [terms], { shape: [batch, numel(terms.type.shape) / batch] })], { axes: [1], keepDims: false });
  const w = e.op('constant', [], { value: [...classWeight], dtype: 'f32', shape: [classWeight.length] });
  let sampleWeight: Value;
  if (target.sparse) {
    sampleWeight = e.op('gather', [w, e.op('reshape', [target.labels], { shape: [batch] })], { axis: 0 });
  } else if (lossDef(loss).metric === 'binary') {
    if (classWeight.length !== 2) throw new CompileError('E_TRAIN_CONFIG', `classWeight for binary cross-entropy needs 2 weights (classes 0 and 1), got ${classWeight.length}`);
    // Targets are 0/1 per sample: w0 + (w1 − w0)·t.
    const t = e.op('reshape', [target.t], { shape: [batch, numel(target.t.type.shape) / batch] });
    const t0 = e.op('reduce_mean', [t], { axes: [1], keepDims: false });
    sampleWeight = e.add(e.scalar(classWeight[0]!), e.mul(e.scalar(classWeight[1]! - classWeight[0]!), t0));
  } else {
    const classes = target.t.type.shape[target.t.type.shape.length - 1]!;
    if (classes !== classWeight.length) throw new CompileError('E_TRAIN_CONFIG', `classWeight has ${classWeight.length} weights but the model predicts ${classes} classes`);
    // One-hot rows pick their class's weight: Σ_c t_c·w_c.
    sampleWeight = e.op('reduce_sum', [e.mul(e.op('reshape', [target.t], { shape: [batch, classes] }), w)], { axes: [1], keepDims: false });
  }
  return e.op('reduce_mean', [e.mul(perSample, sampleWeight)], { axes: [0], keepDims: false });
}

export function denseT(t: Target): Value {
  if (t.sparse) throw new Error('internal error: sparse targets for a pointwise loss');
  return t.t;
}

/** The custom loss's graph inlined on (target, pred): a scalar, or per-sample values [B, …]. */
function customLoss(b: GraphBuilder, e: Emitter, pred: Value, target: Target, o: LossOptions): Value {
  return checkedLoss(inlineGraph(b, customGraph(pred, o), lossBinding(pred, target)).get('loss')!);
}

function customGraph(pred: Value, o: LossOptions): Graph {
  if (!o.custom) throw new Error('internal error: a custom loss without its graph');
  return o.custom.graph(pred.type.shape[0]!);
}

const lossBinding = (pred: Value, target: Target): Map<string, Value> => new Map([['y_true', denseT(target)], ['y_pred', pred]]);

function checkedLoss(v: Value): Value {
  if (v.type.dtype !== 'f32') throw new CompileError('E_LOSS_RESULT', `a custom loss must compute float32 values, got ${v.type.dtype}`);
  return v;
}

function meanAll(e: Emitter, v: Value): Value {
  return v.type.shape.length === 0 ? v : e.op('reduce_mean', [v], { axes: v.type.shape.map((_, i) => i), keepDims: false });
}

/**
 * Evaluation sums of a custom loss over the real rows of a padded batch (masked-loss.ts): per-sample
 * values masked row by row, a batch-reduced value (its reductions over the batch masked) counted
 * once per real sample. A loss that mixes rows otherwise counts the padding copies in its mean.
 */
function customMaskedSum(b: GraphBuilder, e: Emitter, pred: Value, target: Target, o: LossOptions, mask: Value): Value {
  const real = (): Value => e.op('reduce_sum', [mask], { axes: [0], keepDims: false });
  const masked = inlineMaskedLoss(b, e, customGraph(pred, o), lossBinding(pred, target), mask);
  if (masked) return masked.rows ? maskedSum(e, checkedLoss(masked.v), mask) : e.mul(meanAll(e, checkedLoss(masked.v)), real());
  const v = customLoss(b, e, pred, target, o);
  return v.type.shape.length === 0 ? e.mul(v, real()) : maskedSum(e, v, mask);
}

/** A running-sum state `name` (f32 of v's shape) and its `update/` output: name ← name + v each run. */
export function accumulate(b: GraphBuilder, name: string, v: Value): void {
  const acc = b.state(name, { dtype: 'f32', shape: [...v.type.shape] });
  b.output(`${UPDATE}${name}`, b.op('add', [acc, v]));
}

/** Per-sample values summed over the batch, rows weighted by the mask when there is one. */
export function maskedSum(e: Emitter, perElem: Value, mask: Value | undefined, mean = true): Value {
  const [batch] = perElem.type.shape as [number];
  const flat = e.op('reshape', [perElem], { shape: [batch, numel(perElem.type.shape) / batch] });
  const perSample = e.op(mean ? 'reduce_mean' : 'reduce_sum', [flat], { axes: [1], keepDims: false });
  return e.op('reduce_sum', [mask ? e.mul(perSample, mask) : perSample], { axes: [0], keepDims: false });
}

/** metric/correct (classification: argmax or 0.5-threshold agreement) or metric/abs (regression). */
function addMetricSums(b: GraphBuilder, e: Emitter, pred: Value, logits: Value | undefined, target: Target, loss: LossKind, mask: Value | undefined): void {
  if (metricKind(loss) === 'mae') {
    accumulate(b, METRICS.abs, maskedSum(e, e.op('abs', [e.sub(pred, denseT(target))]), mask, false));
    return;
  }
  let hits: Value;
  if (lossDef(loss).metric === 'binary') {
    const t = denseT(target);
    hits = e.op('equal', [e.op('greater', [pred, e.scalar(0.5)]), e.op('greater', [t, e.scalar(0.5)])]);
  } else {
    const counted = mask === undefined ? countCorrect(e, logits ?? pred, target) : undefined;
    if (counted) return accumulate(b, METRICS.correct, counted);
    const guess = e.op('argmax', [logits ?? pred], { axis: -1 });
    const truth = target.sparse ? target.labels : e.op('argmax', [target.t], { axis: -1 });
    hits = e.op('equal', [guess, truth]);
  }
  accumulate(b, METRICS.correct, maskedSum(e, e.op('cast', [hits], { to: 'f32' }), mask, false));
}

/**
 * The training step's accuracy count as one op (count_correct: argmax agreement summed in one
 * kernel, which the fuser gives the running-sum update as its epilogue); undefined where the
 * target does not line up with the prediction's rows, which keeps the argmax/equal chain.
 */
function countCorrect(e: Emitter, guess: Value, target: Target): Value | undefined {
  const truth = target.sparse ? target.labels : target.t;
  const rows = guess.type.shape.slice(0, -1);
  const fits = target.sparse ? truth.type.dtype === 'i32' && sameShape(truth.type.shape, rows) : truth.type.dtype === 'f32' && sameShape(truth.type.shape, guess.type.shape);
  return fits && guess.type.dtype === 'f32' && guess.type.shape.length > 0 ? e.op('count_correct', [guess, truth]) : undefined;
}

/** Per-element loss terms [B, …] whose per-sample mean is Keras's per-sample loss (eval graph only). */
export function rowLoss(e: Emitter, pred: Value, logits: Value | undefined, target: Target, loss: LossKind, o: LossOptions): Value {
  if ((o.labelSmoothing ?? 0) > 0 || !FUSED.has(loss)) return perSampleLoss(e, pred, logits, target, loss, o);
  switch (loss) {
    case 'categoricalCrossentropy':
    case 'sparseCategoricalCrossentropy': {
      const classes = pred.type.shape[pred.type.shape.length - 1]!;
      const t = target.sparse ? e.op('one_hot', [target.labels], { depth: classes }) : target.t;
      const logq = logits ? e.op('log_softmax', [logits], { axis: -1 }) : e.op('log', [clip(e, e.div(pred, e.op('reduce_sum', [pred], { axes: [pred.type.shape.length - 1], keepDims: true })))]);
      return e.neg(e.op('reduce_sum', [e.mul(t, logq)], { axes: [pred.type.shape.length - 1], keepDims: false }));
    }
    case 'binaryCrossentropy': {
      const t = denseT(target);
      if (logits) return e.sub(e.op('softplus', [logits]), e.mul(logits, t));
      const p = clip(e, pred);
      return e.neg(e.add(e.mul(t, e.op('log', [p])), e.mul(e.sub(e.scalar(1), t), e.op('log', [e.sub(e.scalar(1), p)]))));
    }
    case 'mse':
      return e.op('square', [e.sub(pred, denseT(target))]);
    case 'mae':
      return e.op('abs', [e.sub(pred, denseT(target))]);
    default:
      throw new Error(`internal error: no row form for ${loss}`);
  }
}

/** Keras's clip of probabilities to [ε, 1 − ε] before a log. */
export function clip(e: Emitter, p: Value): Value {
  return e.op('minimum', [e.op('maximum', [p, e.scalar(1e-7)]), e.scalar(1 - 1e-7)]);
}

/** Units per sample behind `metric/correct` or `metric/abs`: rows for cross-entropy, elements otherwise. */
export function metricUnits(outShape: readonly number[], loss: LossKind): number {
  const n = numel(outShape);
  return lossDef(loss).metric === 'categorical' ? n / outShape[outShape.length - 1]! : n;
}
