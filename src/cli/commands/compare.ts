/** @file `dlc compare runA runB …`: several runs' learning curves overlaid in one offline page, and a table of their best epochs. */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { EpochRecord } from '../../train/outputs.ts';
import { bestEpochOf } from '../../train/loop.ts';
import { reportHtml } from '../../train/report.ts';
import { formatMetric } from '../../train/progress.ts';
import { flagString, UsageError, type Command } from '../command.ts';
import type { FlagSpec } from '../flags.ts';

const HELP = `usage: dlc compare <run> <run> … [--out compare.html] [--json]

Overlays the learning curves of several training runs (each a dlc train --out folder, or its
metrics.jsonl) in one self-contained HTML page, one panel per metric, and prints each run's best
epoch (lowest validation loss, else training loss) with its numbers. Optimizer or learning-rate
comparisons: train the same model with different settings into different --out folders.

options:
  --out FILE   the page to write (default compare.html)
  --json       print [{ run, epochs, bestEpoch, best: { … } }]`;

/** A run folder's (or file's) epochs; a multi-step program's per-step losses become `<step>_loss`. */
export function readRun(path: string): EpochRecord[] {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'metrics.jsonl') : path;
  if (!existsSync(file)) throw new UsageError(`${path}: no metrics.jsonl (pass folders that dlc train --out wrote)`);
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  return lines.map((l, i) => {
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(l) as Record<string, unknown>;
    } catch {
      throw new UsageError(`${file}:${i + 1} is not a JSON line`);
    }
    if (typeof r.epoch !== 'number') throw new UsageError(`${file}:${i + 1} has no epoch`);
    const losses = r.losses as Record<string, number> | undefined;
    const flat = losses ? Object.fromEntries(Object.entries(losses).map(([k, v]) => [`${k}_loss`, v])) : {};
    const { losses: _l, ...rest } = r;
    return { ...rest, ...flat } as unknown as EpochRecord;
  });
}

/** Declared for strict parsing (unknown flags get a did-you-mean); the help above documents them. */
const FLAGS: readonly FlagSpec[] = [
  { name: 'out', short: 'o', kind: 'path', value: 'file', help: 'the page to write' },
  { name: 'json', kind: 'boolean', help: 'print the runs as JSON' },
];

export const compareCommand: Command = {
  name: 'compare',
  summary: 'overlay several training runs\' learning curves in one page',
  help: HELP,
  flags: FLAGS,
  async run(args, io) {
    const runs = args.positional;
    if (runs.length < 1) throw new UsageError('expected one or more run folders (dlc train --out DIR)');
    const loaded = runs.map((p) => ({ name: uniqueName(p, runs), history: readRun(p) }));
    const out = flagString(args, 'out') ?? 'compare.html';
    writeFileSync(out, reportHtml({ title: `${loaded.length} runs compared`, history: [], done: true, runs: loaded }));
    const rows = loaded.map((r) => {
      const best = bestEpochOf(r.history);
      return { run: r.name, epochs: r.history.length, bestEpoch: best, best: r.history.find((h) => h.epoch === best) ?? null };
    });
    if (args.flags.json) {
      io.out(JSON.stringify(rows));
      return 0;
    }
    const keys = ['loss', 'val_loss', 'accuracy', 'val_accuracy', 'mae', 'val_mae'].filter((k) => rows.some((r) => typeof r.best?.[k] === 'number'));
    const table = [['run', 'epochs', 'best epoch', ...keys], ...rows.map((r) => [r.run, String(r.epochs), String(r.bestEpoch ?? '-'), ...keys.map((k) => (typeof r.best?.[k] === 'number' ? formatMetric(r.best[k]) : ''))])];
    const w = table[0]!.map((_, i) => Math.max(...table.map((t) => t[i]!.length)) + 2);
    for (const t of table) io.out(t.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('').trimEnd());
    io.out(`curves overlaid in ${resolve(out)}`);
    return 0;
  },
};

/** The folder name, or its path when two runs share a folder name. */
function uniqueName(p: string, all: readonly string[]): string {
  const b = basename(p.replace(/\/metrics\.jsonl$/, '').replace(/\/$/, ''));
  return all.filter((q) => basename(q.replace(/\/metrics\.jsonl$/, '').replace(/\/$/, '')) === b).length > 1 ? p : b;
}
