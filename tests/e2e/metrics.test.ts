/**
 * @file Metrics by Keras name: the sums the evaluation graph accumulates on the GPU, turned into
 * precision, recall, F1 (binary, macro, micro, weighted), AUC (ROC, PR), top-k accuracy and RMSE,
 * checked on fixed predictions against definitions written here and TF.js's precision/recall,
 * with the edge cases (a class never predicted, all one class, a padded last batch).
 */
import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { GraphBuilder, type Graph } from '../../src/ir/index.ts';
import { inferType } from '../../src/ops/registry.ts';
import { simplify } from '../../src/passes/simplify.ts';
import { compilePlan } from '../../src/codegen/plan.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { attachEvalHead, PRED_OUTPUT, updatesOf } from '../../src/train/step.ts';
import { EXTRA_SUMS } from '../../src/train/metric-sums.ts';
import { aucThresholds, classificationReport, confusionStats, metricValues, type MetricSums } from '../../src/train/metrics.ts';
import { seededRandom } from '../../src/data/dataset.ts';
import type { LossKind } from '../../src/frontend/index.ts';
import { CompileError } from '../../src/ir/index.ts';
import { modelFromSource } from './train-helpers.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();
const B = 8;

/** A "model" that is just the output activation, so fixed logits give fixed predictions. */
function headOnly(classes: number, act: 'softmax' | 'sigmoid'): Graph {
  const b = new GraphBuilder('fixed', inferType);
  const x = b.input('x', { dtype: 'f32', shape: [B, classes] });
  b.output('y', b.op(act, [x], act === 'softmax' ? { axis: -1 } : {}));
  return b.build();
}

interface EvalOut {
  readonly sums: MetricSums;
  readonly pred: number[][];
  readonly n: number;
}

/** Runs the evaluation graph over `logits` (padded, masked last batch) and returns the sums and the GPU's own predictions. */
async function evaluateFixed(classes: number, loss: LossKind, metrics: string[], logits: number[][], labels: number[] | number[][]): Promise<EvalOut> {
  const sparse = typeof labels[0] === 'number';
  const act = loss === 'binaryCrossentropy' ? 'sigmoid' : 'softmax';
  const data = { xShape: [classes], yShape: sparse ? [] : [classes], yDtype: sparse ? ('i32' as const) : ('f32' as const) };
  let g = attachEvalHead(headOnly(classes, act), data, loss, { metrics, predictions: true });
  g = simplify.run(g).graph;
  const exe = await loadPlan(gpu.device, compilePlan(g, { updates: updatesOf(g) }));
  const pred: number[][] = [];
  const n = logits.length;
  for (let start = 0; start < n; start += B) {
    const real = Math.min(B, n - start);
    const rows = Array.from({ length: B }, (_, k) => start + Math.min(k, real - 1));
    const x = rows.flatMap((i) => logits[i]!);
    const y = sparse ? Int32Array.from(rows.map((i) => labels[i] as number)) : Float32Array.from(rows.flatMap((i) => labels[i] as number[]));
    const mask = Float32Array.from({ length: B }, (_, k) => (k < real ? 1 : 0));
    const out = await exe.run({ 'batch/x': Float32Array.from(x), 'batch/y': y, 'eval/mask': mask }, { read: [PRED_OUTPUT] });
    const p = out[PRED_OUTPUT] as Float32Array;
    for (let k = 0; k < real; k++) pred.push(Array.from(p.subarray(k * classes, (k + 1) * classes)));
  }
  const raw = await exe.readParams();
  exe.destroy();
  const arr = (k: string): Float32Array | undefined => raw[k] as Float32Array | undefined;
  const cm = arr(EXTRA_SUMS.confusion);
  const c = loss === 'binaryCrossentropy' ? 2 : classes;
  const sums: MetricSums = {
    loss: arr('metric/loss')![0]!, correct: arr('metric/correct')![0]!,
    ...(cm ? { confusion: Array.from({ length: c }, (_, i) => Array.from(cm.subarray(i * c, (i + 1) * c))) } : {}),
    ...(arr(EXTRA_SUMS.aucTp) ? { aucTp: arr(EXTRA_SUMS.aucTp)!, aucFp: arr(EXTRA_SUMS.aucFp)! } : {}),
    ...(arr(EXTRA_SUMS.topK) ? { topK: arr(EXTRA_SUMS.topK)![0]! } : {}),
  };
  return { sums, pred, n };
}

const argmax = (v: readonly number[]): number => v.indexOf(Math.max(...v));

/** Definitions, per class: TP/(TP+FP), TP/(TP+FN), their harmonic mean; 0 when undefined (scikit-learn's zero_division=0). */
function referencePrf(truth: readonly number[], guess: readonly number[], classes: number) {
  const per = Array.from({ length: classes }, (_, c) => {
    let tp = 0, fp = 0, fn = 0;
    truth.forEach((t, i) => {
      if (guess[i] === c && t === c) tp++;
      else if (guess[i] === c) fp++;
      else if (t === c) fn++;
    });
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, support: tp + fn };
  });
  const total = truth.length;
  const macroF = per.reduce((s, k) => s + k.f, 0) / classes;
  const weightedF = per.reduce((s, k) => s + k.f * k.support, 0) / total;
  const acc = truth.filter((t, i) => t === guess[i]).length / total;
  return { per, macroP: per.reduce((s, k) => s + k.p, 0) / classes, macroR: per.reduce((s, k) => s + k.r, 0) / classes, macroF, weightedF, acc };
}

/** Mann–Whitney AUC of scores binned the way the thresholds bin them (ties count ½), which the trapezoid rule equals exactly. */
function binnedRocAuc(scores: readonly number[], labels: readonly number[]): number {
  const th = aucThresholds();
  const bin = (s: number): number => th.filter((t) => s > t).length;
  const pos = scores.filter((_, i) => labels[i] === 1).map(bin);
  const neg = scores.filter((_, i) => labels[i] === 0).map(bin);
  let u = 0;
  for (const p of pos) for (const q of neg) u += p > q ? 1 : p === q ? 0.5 : 0;
  return u / (pos.length * neg.length);
}

/** Area under the precision–recall curve by the trapezoid rule over distinct scores (an independent estimate). */
function prAuc(scores: readonly number[], labels: readonly number[]): number {
  const order = scores.map((s, i) => [s, labels[i]!] as const).sort((a, b) => b[0] - a[0]);
  const P = labels.filter((l) => l === 1).length;
  let tp = 0, fp = 0, prevR = 0, prevP = 1, area = 0;
  for (const [, l] of order) {
    if (l === 1) tp++;
    else fp++;
    const r = tp / P, p = tp / (tp + fp);
    area += (r - prevR) * (p + prevP) / 2;
    prevR = r;
    prevP = p;
  }
  return area;
}

function randomLogits(n: number, classes: number, seed: number, skew?: (i: number) => number): number[][] {
  const rand = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => Array.from({ length: classes }, (_, c) => 3 * (rand() - 0.5) + (skew && c === skew(i) ? 1.5 : 0)));
}

describe('metrics accumulated on the GPU vs definitions', () => {
  it('multi-class: confusion matrix, macro/micro/weighted F1, top-k, AUC; a class never predicted; padded batch', async () => {
    const classes = 6;
    const n = 29; // 3 full batches and a padded one of 5
    const labels = Array.from({ length: n }, (_, i) => i % 5); // class 5 never occurs
    // Class 4 never predicted: its logit is pushed far down.
    const logits = randomLogits(n, classes, 3, (i) => labels[i]!).map((r) => r.map((v, c) => (c === 4 ? v - 20 : v)));
    const metrics = ['precision', 'recall', 'f1Score', 'microF1Score', 'weightedF1Score', 'topKCategoricalAccuracy', 'auc', 'prAuc'];
    const { sums, pred } = await evaluateFixed(classes, 'sparseCategoricalCrossentropy', metrics, logits, labels);
    const guess = pred.map(argmax);
    expect(guess.includes(4)).toBe(false);
    // Confusion counts, definition by definition.
    for (let t = 0; t < classes; t++) for (let p = 0; p < classes; p++) expect(sums.confusion![t]![p], `cm[${t}][${p}]`).toBe(labels.filter((l, i) => l === t && guess[i] === p).length);
    const ref = referencePrf(labels, guess, classes);
    const v = metricValues(metrics, sums, n, false);
    expect(v.precision).toBeCloseTo(ref.macroP, 6);
    expect(v.recall).toBeCloseTo(ref.macroR, 6);
    expect(v.f1Score).toBeCloseTo(ref.macroF, 6);
    expect(v.weightedF1Score).toBeCloseTo(ref.weightedF, 6);
    expect(v.microF1Score).toBeCloseTo(ref.acc, 6);
    const st = confusionStats(sums.confusion!);
    st.perClass.forEach((k, c) => {
      expect(k.precision).toBeCloseTo(ref.per[c]!.p, 6);
      expect(k.recall).toBeCloseTo(ref.per[c]!.r, 6);
      expect(k.support).toBe(ref.per[c]!.support);
    });
    expect(st.perClass[4]!.precision).toBe(0); // never predicted: zero_division=0
    expect(st.perClass[5]!.support).toBe(0);
    // Top-5 by definition: fewer than 5 classes score higher than the true one.
    const top5 = pred.filter((p, i) => p.filter((q) => q > p[labels[i]!]!).length < 5).length / n;
    expect(v.topKCategoricalAccuracy).toBeCloseTo(top5, 6);
    // AUC over one-hot labels flattened (Keras's multi_label=False).
    const flatS = pred.flat();
    const flatL = labels.flatMap((l) => Array.from({ length: classes }, (_, c) => (c === l ? 1 : 0)));
    expect(v.auc).toBeCloseTo(binnedRocAuc(flatS, flatL), 5);
    expect(Math.abs(v.prAuc! - prAuc(flatS, flatL))).toBeLessThan(0.03);
    const report = classificationReport(sums.confusion!, ['a', 'b', 'c', 'd', 'e', 'f']);
    expect(report).toMatch(/macro avg/);
    expect(report).toMatch(/weighted avg/);
    expect(report.split('\n').find((l) => l.trim().startsWith('e'))).toMatch(/0\.00\s+0\.00\s+0\.00\s+\d+$/);
  });

  it('binary: precision and recall match TF.js; AUC matches the binned Mann–Whitney statistic', async () => {
    const n = 21;
    const rand = seededRandom(11);
    const labels = Array.from({ length: n }, () => (rand() < 0.4 ? 1 : 0));
    // Scores mid-bin (no threshold within float error); positives a little higher on average.
    const scores = labels.map((l) => (Math.min(197, Math.floor(rand() * 150) + (l ? 45 : 0)) + 0.5) / 199);
    const logits = scores.map((s) => [Math.log(s / (1 - s))]);
    const metrics = ['precision', 'recall', 'f1Score', 'auc', 'prAuc'];
    const { sums, pred } = await evaluateFixed(1, 'binaryCrossentropy', metrics, logits, labels.map((l) => [l]));
    const v = metricValues(metrics, sums, n, true);
    const yT = tf.tensor1d(labels);
    const yP = tf.tensor1d(pred.map((p) => (p[0]! > 0.5 ? 1 : 0)));
    expect(v.precision).toBeCloseTo(tf.metrics.precision(yT, yP).dataSync()[0]!, 6);
    expect(v.recall).toBeCloseTo(tf.metrics.recall(yT, yP).dataSync()[0]!, 6);
    const [p, r] = [v.precision!, v.recall!];
    expect(v.f1Score).toBeCloseTo((2 * p * r) / (p + r), 6);
    expect(v.auc).toBeCloseTo(binnedRocAuc(pred.map((q) => q[0]!), labels), 6);
    expect(Math.abs(v.prAuc! - prAuc(pred.map((q) => q[0]!), labels))).toBeLessThan(0.05);
    expect(v.auc).toBeGreaterThan(0.5);
  });

  it('all one class: recall 1, precision by definition, AUC of a set with no negatives is 0 (Keras: undefined rates count 0)', async () => {
    const n = 10;
    const labels = Array.from({ length: n }, () => 1);
    const logits = Array.from({ length: n }, (_, i) => [i % 3 === 0 ? -2 : 2]);
    const { sums } = await evaluateFixed(1, 'binaryCrossentropy', ['precision', 'recall', 'auc'], logits, labels.map((l) => [l]));
    const v = metricValues(['precision', 'recall', 'f1Score', 'auc'], sums, n, true);
    expect(sums.confusion).toEqual([[0, 0], [4, 6]]);
    expect(v.precision).toBe(1);
    expect(v.recall).toBeCloseTo(0.6, 6);
    expect(v.auc).toBe(0);
  });
});

describe('metric names', () => {
  const src = (metrics: string): string => `import { sequential, dense, adam, iris } from 'dlc';
export default sequential({ name: 'm', input: [4], layers: [dense(3, { activation: 'softmax' })],
  train: { data: iris(), loss: 'sparseCategoricalCrossentropy', optimizer: adam(), metrics: [${metrics}] } });
`;
  it('an unknown metric name is a CompileError with a did-you-mean', () => {
    let err: unknown;
    try {
      modelFromSource('m', src(`'precison'`));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CompileError);
    expect((err as CompileError).code).toBe('E_OPTION_VALUE');
    expect(String((err as Error).message) + JSON.stringify(err)).toMatch(/did you mean 'precision'/);
  });
  it('a classification metric on a regression loss is refused with a hint', () => {
    const b = new GraphBuilder('r', inferType);
    b.output('y', b.op('relu', [b.input('x', { dtype: 'f32', shape: [B, 1] })]));
    expect(() => attachEvalHead(b.build(), { xShape: [1], yShape: [1], yDtype: 'f32' }, 'mse', { metrics: ['auc'] })).toThrow(/classification loss/);
  });
});
