/** @file What a run leaves next to its checkpoints: metrics.jsonl (one line per epoch), learning-curve.svg, report.html. */
import { join } from 'node:path';
import { appendWhole, writeFileAtomic, type AtomicWriteOptions } from './atomic-write.ts';
import { confusionSvg, learningCurveSvg, type Series } from './plot.ts';
import { liveScript, reportHtml, type ReportData } from './report.ts';
import type { Metrics } from './session.ts';

/** One epoch's log line: Keras's History keys (`loss`, `accuracy`, `val_loss`, …) plus step and lr. */
export interface EpochRecord {
  readonly epoch: number;
  readonly step: number;
  readonly lr: number;
  readonly loss: number;
  readonly accuracy?: number;
  readonly mae?: number;
  readonly val_loss?: number;
  readonly val_accuracy?: number;
  readonly val_mae?: number;
  /** Requested metrics by Keras name (`precision`, `val_auc`, …). */
  readonly [metric: string]: number | undefined;
}

/** One line per epoch, appended whole or not at all (a full disk never leaves half a line). */
export function appendMetrics(dir: string, rec: object, opts: AtomicWriteOptions = {}): void {
  appendWhole(join(dir, 'metrics.jsonl'), `${JSON.stringify(rec)}\n`, opts);
}

/**
 * metrics.jsonl rewritten (atomically) to a resumed run's history, which its checkpoint holds: what a
 * kill or a full disk left in the log (half a line, or an epoch whose checkpoint was written but
 * whose line was not) is replaced by exactly the epochs the run continues from.
 */
export function writeMetrics(dir: string, history: readonly object[]): void {
  writeFileAtomic(join(dir, 'metrics.jsonl'), history.map((h) => `${JSON.stringify(h)}\n`).join(''));
}

function series(history: readonly EpochRecord[], key: keyof EpochRecord, name: string): Series {
  return { name, points: history.flatMap((r) => (typeof r[key] === 'number' ? [[r.epoch, r[key] as number] as const] : [])) };
}

/** What report.html shows beyond the curves; the loop fills in what it knows (see ReportData). */
export type ReportContext = Partial<Pick<ReportData, 'hyper' | 'dataset' | 'classBalance' | 'classNames' | 'samples'>>;

/** Test metrics flattened for the report's table: loss, accuracy/mae and every requested metric. */
export function flatMetrics(m: Metrics): Record<string, number> {
  return { loss: m.loss, ...(m.accuracy !== undefined ? { accuracy: m.accuracy } : {}), ...(m.mae !== undefined ? { mae: m.mae } : {}), ...(m.values ?? {}) };
}

/**
 * The learning-curve SVG and report.html. Written at every epoch with `done: false` (the page then
 * polls metrics.js / metrics.jsonl for new epochs), and once more at the end with the test results.
 */
export function writeCurves(dir: string, model: string, history: readonly EpochRecord[], test: Metrics | undefined, ctx: ReportContext & { bestEpoch?: number | null; stoppedEarly?: boolean; done?: boolean } = {}): void {
  const groups: Record<string, Series[]> = {
    loss: [series(history, 'loss', 'train'), series(history, 'val_loss', 'validation')],
    accuracy: [series(history, 'accuracy', 'train'), series(history, 'val_accuracy', 'validation')],
    mae: [series(history, 'mae', 'train'), series(history, 'val_mae', 'validation')],
  };
  const svg = learningCurveSvg(`${model} learning curves`, groups);
  writeFileAtomic(join(dir, 'learning-curve.svg'), svg);
  writeLive(dir, history);
  const { done = true, ...rest } = ctx;
  const html = reportHtml({
    title: `${model} training report`, history, done, ...rest,
    ...(test ? { test: flatMetrics(test) } : {}), ...(test?.confusion ? { confusion: test.confusion } : {}),
  });
  writeFileAtomic(join(dir, 'report.html'), html);
  if (test?.confusion) writeFileAtomic(join(dir, 'confusion-matrix.svg'), confusionSvg(test.confusion, ctx.classNames));
}

/** metrics.js next to report.html: what a file:// page loads to see new epochs while training runs. */
export function writeLive(dir: string, history: readonly EpochRecord[]): void {
  writeFileAtomic(join(dir, 'metrics.js'), liveScript(history));
}
