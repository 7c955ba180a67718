/** @file What a run leaves next to its checkpoints: metrics.jsonl (one line per epoch), learning-curve.svg, report.html. */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { diskError, writeFileAtomic } from './atomic-write.ts';
import { learningCurveSvg, type Series } from './plot.ts';
import { formatMetric } from './progress.ts';

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
}

export function appendMetrics(dir: string, rec: EpochRecord): void {
  const path = join(dir, 'metrics.jsonl');
  try {
    appendFileSync(path, `${JSON.stringify(rec)}\n`);
  } catch (e) {
    throw diskError(e, path);
  }
}

function series(history: readonly EpochRecord[], key: keyof EpochRecord, name: string): Series {
  return { name, points: history.flatMap((r) => (typeof r[key] === 'number' ? [[r.epoch, r[key] as number] as const] : [])) };
}

/** The learning-curve SVG and an HTML report embedding it with the final numbers. */
export function writeCurves(dir: string, model: string, history: readonly EpochRecord[], test: Readonly<Record<string, number | undefined>> | undefined): void {
  const groups: Record<string, Series[]> = {
    loss: [series(history, 'loss', 'train'), series(history, 'val_loss', 'validation')],
    accuracy: [series(history, 'accuracy', 'train'), series(history, 'val_accuracy', 'validation')],
    mae: [series(history, 'mae', 'train'), series(history, 'val_mae', 'validation')],
  };
  const svg = learningCurveSvg(`${model} learning curves`, groups);
  writeFileAtomic(join(dir, 'learning-curve.svg'), svg);
  const last = history[history.length - 1];
  const rows = [
    ...Object.entries(last ?? {}).map(([k, v]) => [`final ${k}`, typeof v === 'number' ? formatMetric(v) : String(v)] as const),
    ...Object.entries(test ?? {}).filter(([, v]) => v !== undefined).map(([k, v]) => [`test ${k}`, formatMetric(v!)] as const),
  ];
  const esc = (s: string): string => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>${esc(model)} training report</title>
<style>body{font-family:sans-serif;margin:2em}td{padding:2px 12px}</style></head>
<body><h1>${esc(model)}</h1>
${svg}
<table>${rows.map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(v)}</td></tr>`).join('')}</table>
</body></html>
`;
  writeFileAtomic(join(dir, 'report.html'), html);
}

/** A multi-step program's log: metrics.jsonl (one line per epoch: each step's mean loss) and learning-curve.svg. */
export function writeProgramCurves(dir: string, name: string, history: readonly { epoch: number; losses: Readonly<Record<string, number>> }[]): void {
  mkdirSync(dir, { recursive: true });
  const steps = Object.keys(history[0]?.losses ?? {});
  const groups = { loss: steps.map((k) => ({ name: k, points: history.map((h) => [h.epoch, h.losses[k]!] as const) })) };
  writeFileAtomic(join(dir, 'learning-curve.svg'), learningCurveSvg(`${name} losses`, groups));
  writeFileAtomic(join(dir, 'metrics.jsonl'), history.map((h) => JSON.stringify(h)).join('\n') + '\n');
}
