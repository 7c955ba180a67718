/**
 * @file Metrics by Keras name, computed on the host from the sums the compiled step and evaluation
 * accumulate on the GPU: a confusion matrix (precision, recall, F1, the per-class report), a
 * thresholded histogram like Keras's AUC (ROC and PR), a top-k count and a squared-error sum.
 * The graph side that produces the sums is in metric-sums.ts; the names are the one list the DSL,
 * the frontend and `dlc evaluate --metrics` check against.
 */

/** Every metric name a train section (or `dlc evaluate --metrics`) accepts, Keras spelling. */
export const METRIC_NAMES = [
  'accuracy', 'binaryAccuracy', 'categoricalAccuracy', 'sparseCategoricalAccuracy', 'mse', 'mae',
  'precision', 'recall', 'f1Score', 'microF1Score', 'weightedF1Score', 'auc', 'prAuc',
  'topKCategoricalAccuracy', 'sparseTopKCategoricalAccuracy', 'rootMeanSquaredError', 'meanSquaredError', 'meanAbsoluteError',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/** Keras's AUC default: 200 thresholds, the first just below 0 and the last just above 1. */
export const AUC_THRESHOLDS = 200;
/** Keras's top_k_categorical_accuracy default k. */
export const TOP_K = 5;

/** Keras's thresholds: [−ε, 1/(T−1), …, (T−2)/(T−1), 1+ε]. */
export function aucThresholds(n = AUC_THRESHOLDS): number[] {
  const eps = 1e-7;
  return [0 - eps, ...Array.from({ length: n - 2 }, (_, i) => (i + 1) / (n - 1)), 1 + eps];
}

/** Which sums a set of metrics needs on the GPU. */
export interface SumsNeeded {
  readonly confusion: boolean;
  readonly auc: boolean;
  readonly topK: boolean;
  readonly squared: boolean;
}

export function sumsNeeded(names: readonly string[]): SumsNeeded {
  const has = (...n: string[]): boolean => names.some((x) => n.includes(x));
  return {
    confusion: has('precision', 'recall', 'f1Score', 'microF1Score', 'weightedF1Score'),
    auc: has('auc', 'prAuc'),
    topK: has('topKCategoricalAccuracy', 'sparseTopKCategoricalAccuracy'),
    squared: has('mse', 'meanSquaredError', 'rootMeanSquaredError'),
  };
}

export interface ClassStats {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface ConfusionStats {
  readonly perClass: readonly ClassStats[];
  readonly accuracy: number;
  readonly macro: Omit<ClassStats, 'support'>;
  readonly micro: Omit<ClassStats, 'support'>;
  readonly weighted: Omit<ClassStats, 'support'>;
  readonly total: number;
}

/** 0 where the denominator is 0 (scikit-learn's zero_division=0, Keras's ε-guarded ratios). */
const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);

/** Precision, recall, F1 and support per class from a confusion matrix (rows: true class, columns: predicted). */
export function confusionStats(cm: readonly (readonly number[])[]): ConfusionStats {
  const c = cm.length;
  const colSum = Array.from({ length: c }, (_, j) => cm.reduce((s, r) => s + r[j]!, 0));
  const perClass = cm.map((row, i) => {
    const support = row.reduce((s, v) => s + v, 0);
    const tp = row[i]!;
    const precision = ratio(tp, colSum[i]!);
    const recall = ratio(tp, support);
    return { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
  });
  const total = perClass.reduce((s, k) => s + k.support, 0);
  const trace = cm.reduce((s, r, i) => s + r[i]!, 0);
  const mean = (f: (k: ClassStats) => number, w: (k: ClassStats) => number): number => ratio(perClass.reduce((s, k) => s + f(k) * w(k), 0), perClass.reduce((s, k) => s + w(k), 0));
  const avg = (w: (k: ClassStats) => number) => ({ precision: mean((k) => k.precision, w), recall: mean((k) => k.recall, w), f1: mean((k) => k.f1, w) });
  // Single-label micro averages all equal accuracy: every miss is one FP and one FN.
  const micro = { precision: ratio(trace, total), recall: ratio(trace, total), f1: ratio(trace, total) };
  return { perClass, accuracy: ratio(trace, total), macro: avg(() => 1), micro, weighted: avg((k) => k.support), total };
}

/**
 * Keras AUC from per-threshold true/false positive counts (thresholds ascending, so counts fall).
 * ROC: trapezoids over (FPR, TPR), Keras's summation_method='interpolation'. PR: Davis & Goadrich's
 * interpolation between thresholds, as Keras's interpolate_pr_auc does.
 */
export function aucFromCounts(tp: ArrayLike<number>, fp: ArrayLike<number>, curve: 'ROC' | 'PR'): number {
  const n = tp.length;
  const pos = tp[0]!;
  const neg = fp[0]!;
  const fn = (i: number): number => pos - tp[i]!;
  if (curve === 'ROC') {
    let s = 0;
    for (let i = 0; i + 1 < n; i++) {
      const [tpr0, tpr1] = [ratio(tp[i]!, tp[i]! + fn(i)), ratio(tp[i + 1]!, tp[i + 1]! + fn(i + 1))];
      const [fpr0, fpr1] = [ratio(fp[i]!, fp[i]! + (neg - fp[i]!)), ratio(fp[i + 1]!, fp[i + 1]! + (neg - fp[i + 1]!))];
      s += (fpr0 - fpr1) * (tpr0 + tpr1) / 2;
    }
    return s;
  }
  let s = 0;
  for (let i = 0; i + 1 < n; i++) {
    const dtp = tp[i]! - tp[i + 1]!;
    const p0 = tp[i]! + fp[i]!;
    const p1 = tp[i + 1]! + fp[i + 1]!;
    const slope = ratio(dtp, Math.max(p0 - p1, 0));
    const intercept = tp[i + 1]! - slope * p1;
    const pRatio = p0 > 0 && p1 > 0 ? ratio(p0, Math.max(p1, 0)) : 1;
    s += ratio(slope * (dtp + intercept * Math.log(pRatio)), Math.max(tp[i + 1]! + fn(i + 1), 0));
  }
  return s;
}

/** The raw sums a run reads back, by what they hold (absent when not accumulated). */
export interface MetricSums {
  readonly loss: number;
  readonly correct?: number;
  readonly abs?: number;
  readonly squared?: number;
  readonly topK?: number;
  readonly confusion?: readonly (readonly number[])[];
  readonly aucTp?: ArrayLike<number>;
  readonly aucFp?: ArrayLike<number>;
}

/** Every requested metric from the sums; `units` is what accuracy, mae and top-k average over (rows or elements). */
export function metricValues(names: readonly string[], s: MetricSums, units: number, binary: boolean): Record<string, number> {
  const out: Record<string, number> = {};
  const stats = s.confusion ? confusionStats(s.confusion) : undefined;
  // Binary: the positive class (1), like Keras's Precision/Recall; multi-class: macro averages.
  const pick = (k: 'precision' | 'recall' | 'f1'): number => (binary ? stats!.perClass[1]?.[k] ?? 0 : stats!.macro[k]);
  for (const n of names) {
    switch (n) {
      case 'accuracy': case 'binaryAccuracy': case 'categoricalAccuracy': case 'sparseCategoricalAccuracy':
        if (s.correct !== undefined) out[n === 'accuracy' ? 'accuracy' : n] = s.correct / units;
        break;
      case 'mae': case 'meanAbsoluteError':
        if (s.abs !== undefined) out[n] = s.abs / units;
        break;
      case 'mse': case 'meanSquaredError':
        if (s.squared !== undefined) out[n] = s.squared / units;
        break;
      case 'rootMeanSquaredError':
        if (s.squared !== undefined) out[n] = Math.sqrt(s.squared / units);
        break;
      case 'precision': case 'recall':
        if (stats) out[n] = pick(n);
        break;
      case 'f1Score':
        if (stats) out[n] = pick('f1');
        break;
      case 'microF1Score':
        if (stats) out[n] = binary ? pick('f1') : stats.micro.f1;
        break;
      case 'weightedF1Score':
        if (stats) out[n] = binary ? pick('f1') : stats.weighted.f1;
        break;
      case 'auc': case 'prAuc':
        if (s.aucTp && s.aucFp) out[n] = aucFromCounts(s.aucTp, s.aucFp, n === 'auc' ? 'ROC' : 'PR');
        break;
      case 'topKCategoricalAccuracy': case 'sparseTopKCategoricalAccuracy':
        if (s.topK !== undefined) out[n] = s.topK / units;
        break;
    }
  }
  return out;
}

/** scikit-learn's classification_report as text: one row per class, then accuracy and the averages. */
export function classificationReport(cm: readonly (readonly number[])[], names?: readonly string[]): string {
  const st = confusionStats(cm);
  const labels = st.perClass.map((_, i) => names?.[i] ?? String(i));
  const w = Math.max(12, ...labels.map((l) => l.length)) + 2;
  const f = (v: number): string => v.toFixed(2).padStart(10);
  const sup = (v: number): string => String(Math.round(v)).padStart(10);
  const lines = [`${''.padStart(w)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'f1-score'.padStart(10)}${'support'.padStart(10)}`, ''];
  st.perClass.forEach((k, i) => lines.push(`${labels[i]!.padStart(w)}${f(k.precision)}${f(k.recall)}${f(k.f1)}${sup(k.support)}`));
  lines.push('');
  lines.push(`${'accuracy'.padStart(w)}${''.padStart(20)}${f(st.accuracy)}${sup(st.total)}`);
  lines.push(`${'macro avg'.padStart(w)}${f(st.macro.precision)}${f(st.macro.recall)}${f(st.macro.f1)}${sup(st.total)}`);
  lines.push(`${'weighted avg'.padStart(w)}${f(st.weighted.precision)}${f(st.weighted.recall)}${f(st.weighted.f1)}${sup(st.total)}`);
  return lines.join('\n');
}

/** The confusion matrix as a console table (rows: true class, columns: predicted). */
export function confusionTable(cm: readonly (readonly number[])[], names?: readonly string[]): string {
  const labels = cm.map((_, i) => names?.[i] ?? String(i));
  const cells = cm.map((r) => r.map((v) => String(Math.round(v))));
  const w = Math.max(4, ...labels.map((l) => l.length), ...cells.flat().map((c) => c.length)) + 1;
  const lw = Math.max(10, ...labels.map((l) => l.length)) + 1;
  const head = `${'true\\pred'.padEnd(lw)}${labels.map((l) => l.padStart(w)).join('')}`;
  return [head, ...cells.map((r, i) => `${labels[i]!.padEnd(lw)}${r.map((c) => c.padStart(w)).join('')}`)].join('\n');
}
