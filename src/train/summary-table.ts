/** @file The table `dlc train` prints at the end: the best epoch's numbers beside the last epoch's and the test results. */
import type { EpochRecord } from './outputs.ts';
import { flatMetrics } from './outputs.ts';
import { formatMetric } from './progress.ts';
import type { Metrics } from './session.ts';

export interface SummaryInput {
  readonly history: readonly EpochRecord[];
  readonly bestEpoch: number | null;
  readonly test: Metrics | null;
}

/** Columns: best epoch, last epoch, test; rows: every metric any of them has. Empty when nothing ran. */
export function summaryTable(r: SummaryInput): string {
  const last = r.history[r.history.length - 1];
  if (!last) return '';
  const best = r.history.find((h) => h.epoch === r.bestEpoch);
  const test = r.test ? flatMetrics(r.test) : undefined;
  const cols: [string, Readonly<Record<string, number | undefined>>][] = [];
  if (best && best !== last) cols.push([`best (epoch ${best.epoch})`, best]);
  cols.push([`last (epoch ${last.epoch})`, last]);
  if (test) cols.push(['test', Object.fromEntries(Object.entries(test).map(([k, v]) => [`val_${k}`, v]))]);
  const skip = new Set(['epoch', 'step']);
  const keys = [...new Set(cols.flatMap(([, c]) => Object.keys(c)))].filter((k) => !skip.has(k));
  // Training and held-out numbers side by side: `loss` then `val_loss` become one row per metric.
  const names = [...new Set(keys.map((k) => k.replace(/^val_/, '')))];
  const rows = names.flatMap((n) => {
    const train = cols.map(([, c]) => c[n]);
    const held = cols.map(([, c]) => c[`val_${n}`]);
    const out: string[][] = [];
    if (train.some((v) => v !== undefined)) out.push([n, ...train.map((v) => (v === undefined ? '' : formatMetric(v)))]);
    if (held.some((v) => v !== undefined)) out.push([`${n} (held out)`, ...held.map((v) => (v === undefined ? '' : formatMetric(v)))]);
    return out;
  });
  const head = ['metric', ...cols.map(([h]) => h)];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)) + 2);
  const line = (r: readonly string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('');
  return [line(head), '─'.repeat(w.reduce((a, b) => a + b, 0)), ...rows.map(line)].join('\n');
}
