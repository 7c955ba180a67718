/**
 * @file The GPU side of metrics: running sums added to the step and evaluation graphs so that no
 * prediction leaves the GPU. A confusion matrix (one-hot truthᵀ · one-hot guess, a matmul), Keras's
 * thresholded AUC histogram (scores > thresholds, times labels), a top-k hit count and a squared-error
 * sum; each is a state `metric/<name>` updated in the same submit. metrics.ts turns them into values.
 */
import { CompileError, numel, type Value } from '../ir/index.ts';
import type { LossKind } from '../frontend/index.ts';
import type { Emitter } from '../ops/emit.ts';
import { aucThresholds, TOP_K, type SumsNeeded } from './metrics.ts';

export const METRIC_PREFIX = 'metric/';
export const EXTRA_SUMS = { confusion: 'metric/confusion', aucTp: 'metric/auc_tp', aucFp: 'metric/auc_fp', topK: 'metric/topk', squared: 'metric/sq' } as const;

/** Confusion matrices beyond this many classes are not accumulated (C² floats per step). */
export const MAX_CONFUSION_CLASSES = 1024;

export type Accumulate = (name: string, v: Value) => void;

/** The class labels and scores behind the classification sums, flattened to rows. */
interface Rows {
  /** i32[N]: true class per row. */
  readonly truth: Value;
  /** i32[N]: predicted class per row. */
  readonly guess: Value;
  readonly classes: number;
  /** f32[N, 1] row weights (the eval mask spread over each sample's rows), or undefined. */
  readonly weight: Value | undefined;
}

export interface MetricInputs {
  readonly pred: Value;
  readonly logits: Value | undefined;
  /** Class indices per row (sparse targets) or the dense target of pred's shape. */
  readonly labels: Value | undefined;
  readonly dense: Value | undefined;
  readonly loss: LossKind;
  readonly mask: Value | undefined;
}

export function isClassification(loss: LossKind): boolean {
  return loss !== 'mse' && loss !== 'mae';
}

/** Adds the sums `need` asks for; a classification metric on a regression loss (or vice versa) is refused. */
export function addExtraSums(e: Emitter, m: MetricInputs, need: SumsNeeded, acc: Accumulate): void {
  const cls = isClassification(m.loss);
  if (!cls && (need.confusion || need.auc || need.topK)) {
    throw new CompileError('E_TRAIN_CONFIG', `precision, recall, f1Score, auc and top-k accuracy need a classification loss; this model trains with ${m.loss}`, {
      hint: "use mse, mae or rootMeanSquaredError as metrics for a regression model",
    });
  }
  if (need.topK && m.loss === 'binaryCrossentropy') {
    throw new CompileError('E_TRAIN_CONFIG', 'top-k accuracy needs a multi-class model (categorical cross-entropy)', { hint: 'use accuracy, precision, recall or auc for a binary classifier' });
  }
  if (need.squared) {
    const d = m.dense ?? oneHotOf(e, m);
    acc(EXTRA_SUMS.squared, masked(e, e.op('square', [e.sub(m.pred, d)]), m.mask));
  }
  // Nothing is emitted unless asked for: a model without these metrics compiles exactly as before.
  if (!cls || !(need.confusion || need.auc || need.topK)) return;
  const r = rows(e, m);
  if (need.confusion && r.classes <= MAX_CONFUSION_CLASSES) acc(EXTRA_SUMS.confusion, confusion(e, r));
  if (need.auc) addAuc(e, m, acc);
  if (need.topK) acc(EXTRA_SUMS.topK, topK(e, m, r));
}

/** Rows of (truth, guess): each element for binary cross-entropy (0.5 threshold), each last-axis row otherwise. */
function rows(e: Emitter, m: MetricInputs): Rows {
  const batch = m.pred.type.shape[0]!;
  if (m.loss === 'binaryCrossentropy') {
    const n = numel(m.pred.type.shape);
    const flat = (v: Value): Value => e.op('reshape', [v], { shape: [n] });
    const toClass = (v: Value): Value => e.op('cast', [e.op('greater', [flat(v), e.scalar(0.5)])], { to: 'i32' });
    return { truth: toClass(m.dense!), guess: toClass(m.pred), classes: 2, weight: rowWeight(e, m.mask, batch, n) };
  }
  const classes = m.pred.type.shape[m.pred.type.shape.length - 1]!;
  const n = numel(m.pred.type.shape) / classes;
  const flat = (v: Value): Value => e.op('reshape', [v], { shape: [n] });
  const guess = flat(e.op('argmax', [m.logits ?? m.pred], { axis: -1 }));
  const truth = m.labels ? flat(m.labels) : flat(e.op('argmax', [m.dense!], { axis: -1 }));
  return { truth, guess, classes, weight: rowWeight(e, m.mask, batch, n) };
}

/** The per-sample mask f32[B] as f32[N, 1] over the N = B·r rows. */
function rowWeight(e: Emitter, mask: Value | undefined, batch: number, n: number): Value | undefined {
  if (!mask) return undefined;
  const r = n / batch;
  const spread = r === 1 ? mask : e.op('broadcast_to', [e.op('reshape', [mask], { shape: [batch, 1] })], { shape: [batch, r] });
  return e.op('reshape', [spread], { shape: [n, 1] });
}

/** f32[C, C], rows the true class: one_hot(truth)ᵀ · one_hot(guess). */
function confusion(e: Emitter, r: Rows): Value {
  let t = e.op('one_hot', [r.truth], { depth: r.classes });
  if (r.weight) t = e.mul(t, r.weight);
  return e.op('matmul', [t, e.op('one_hot', [r.guess], { depth: r.classes })], { transposeA: true });
}

/** Per-threshold TP and FP counts over every score (Keras's AUC, multi_label=False: one-hot labels flattened). */
function addAuc(e: Emitter, m: MetricInputs, acc: Accumulate): void {
  const n = numel(m.pred.type.shape);
  const batch = m.pred.type.shape[0]!;
  const labels = e.op('reshape', [m.dense ?? oneHotOf(e, m)], { shape: [1, n] });
  const th = aucThresholds();
  const thr = e.op('constant', [], { value: th, dtype: 'f32', shape: [1, th.length] });
  const above = e.op('cast', [e.op('greater', [e.op('reshape', [m.pred], { shape: [n, 1] }), thr])], { to: 'f32' });
  const w = rowWeight(e, m.mask, batch, n);
  const weight = w ? e.op('reshape', [w], { shape: [1, n] }) : e.scalar(1);
  const pos = e.mul(labels, weight);
  const neg = e.mul(e.sub(e.scalar(1), labels), weight);
  acc(EXTRA_SUMS.aucTp, e.op('reshape', [e.op('matmul', [pos, above])], { shape: [th.length] }));
  acc(EXTRA_SUMS.aucFp, e.op('reshape', [e.op('matmul', [neg, above])], { shape: [th.length] }));
}

/** Rows whose true class is among the k highest scores (TF's in_top_k: ties at the boundary count as in). */
function topK(e: Emitter, m: MetricInputs, r: Rows): Value {
  const p = e.op('reshape', [m.pred], { shape: [numel(m.pred.type.shape) / r.classes, r.classes] });
  const truth = e.op('one_hot', [r.truth], { depth: r.classes });
  const pTrue = e.op('reduce_sum', [e.mul(p, truth)], { axes: [1], keepDims: true });
  const higher = e.op('reduce_sum', [e.op('cast', [e.op('greater', [p, pTrue])], { to: 'f32' })], { axes: [1], keepDims: true });
  let hit = e.op('cast', [e.op('less', [higher, e.scalar(Math.min(TOP_K, r.classes))])], { to: 'f32' });
  if (r.weight) hit = e.mul(hit, r.weight);
  return e.op('reduce_sum', [hit], { axes: [0, 1], keepDims: false });
}

function oneHotOf(e: Emitter, m: MetricInputs): Value {
  const classes = m.pred.type.shape[m.pred.type.shape.length - 1]!;
  return e.op('reshape', [e.op('one_hot', [m.labels!], { depth: classes })], { shape: [...m.pred.type.shape] });
}

/** Σ of a per-element value, each sample's elements weighted by its mask. */
function masked(e: Emitter, v: Value, mask: Value | undefined): Value {
  const batch = v.type.shape[0]!;
  const flat = e.op('reshape', [v], { shape: [batch, numel(v.type.shape) / batch] });
  const perSample = e.op('reduce_sum', [flat], { axes: [1], keepDims: false });
  return e.op('reduce_sum', [mask ? e.mul(perSample, mask) : perSample], { axes: [0], keepDims: false });
}
