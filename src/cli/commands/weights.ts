/** @file `dlc weights file.safetensors [--name N] [--values]`: every tensor's shape, dtype and statistics, and its values when asked. */
import { existsSync, readFileSync } from 'node:fs';
import { clip } from '../../runtime/errors.ts';
import { didYouMean } from '../../frontend/diag.ts';
import { decodeSafetensors, SafetensorsError, type NamedTensor } from '../../train/safetensors.ts';
import { formatMetric } from '../../train/progress.ts';
import { flagNumber, flagString, UsageError, type Command } from '../command.ts';
import type { FlagSpec } from '../flags.ts';

const HELP = `usage: dlc weights <file.safetensors> [--name NAME] [--values] [--limit N] [--json]

Lists the tensors of a checkpoint or bundle weights file: name, dtype, shape, element count and
statistics (min, max, mean, standard deviation, zeros), and the training state dlc keeps in the
file's metadata (model, epoch, step). With --values, prints the values too (the course's "print W
and b" exercise), row by row for matrices.

options:
  --name NAME   only tensors whose name is NAME or starts with NAME (e.g. dense_1 or dense_1/kernel)
  --values      print the values of the selected tensors
  --limit N     print at most N values per tensor (default 200; 0 for all)
  --json        print { metadata, tensors: [{ name, dtype, shape, size, min, max, mean, std, zeros, values? }] }`;

export interface TensorStats {
  readonly name: string;
  readonly dtype: string;
  readonly shape: readonly number[];
  readonly size: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly std: number;
  readonly zeros: number;
}

export function tensorStats(name: string, t: NamedTensor): TensorStats {
  const d = t.data;
  let min = Infinity, max = -Infinity, sum = 0, zeros = 0;
  for (let i = 0; i < d.length; i++) {
    const v = d[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
    if (v === 0) zeros++;
  }
  const mean = d.length ? sum / d.length : 0;
  let sq = 0;
  for (let i = 0; i < d.length; i++) sq += (d[i]! - mean) ** 2;
  return { name, dtype: t.dtype, shape: [...t.shape], size: d.length, min: d.length ? min : 0, max: d.length ? max : 0, mean, std: d.length ? Math.sqrt(sq / d.length) : 0, zeros };
}

/** Values as text: a matrix row per line, else up to `limit` values on wrapped lines. */
export function valuesText(t: NamedTensor, limit: number): string {
  const n = limit > 0 ? Math.min(limit, t.data.length) : t.data.length;
  const f = (v: number): string => (t.dtype === 'f32' ? v.toPrecision(5) : String(v));
  const vals = Array.from(t.data.subarray(0, n), f);
  const cols = t.shape.length >= 2 ? t.shape[t.shape.length - 1]! : 10;
  const lines: string[] = [];
  for (let i = 0; i < vals.length; i += cols) lines.push(`  [${vals.slice(i, i + cols).join(', ')}]`);
  if (n < t.data.length) lines.push(`  … ${t.data.length - n} more (--limit 0 prints all)`);
  return lines.join('\n');
}

/** Declared for strict parsing (unknown flags get a did-you-mean); the help above documents them. */
const FLAGS: readonly FlagSpec[] = [
  { name: 'name', kind: 'string', value: 'NAME', help: 'only tensors whose name contains NAME' },
  { name: 'values', kind: 'boolean', help: 'print the values' },
  { name: 'limit', kind: 'int', value: 'N', min: 1, help: 'values per tensor' },
  { name: 'json', kind: 'boolean', help: 'print JSON' },
];

export const weightsCommand: Command = {
  name: 'weights',
  summary: 'list the tensors of a .safetensors file: shapes, dtypes, statistics, values',
  help: HELP,
  flags: FLAGS,
  maxPositional: 1,
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('expected a .safetensors file (a checkpoint from dlc train or a bundle\'s weights)');
    if (!existsSync(file)) throw new UsageError(`${file} does not exist`);
    let decoded;
    try {
      decoded = decodeSafetensors(readFileSync(file), file);
    } catch (e) {
      if (e instanceof SafetensorsError) {
        io.err(`dlc weights: ${e.message}\n  hint: pass a .safetensors file written by dlc train (checkpoint.safetensors) or dlc build (weights.safetensors)`);
        return 1;
      }
      throw e;
    }
    const name = flagString(args, 'name');
    const all = [...decoded.tensors.keys()];
    const names = name ? all.filter((n) => n === name || n.startsWith(name.endsWith('/') ? name : `${name}/`) || n.startsWith(name)) : all;
    if (name && names.length === 0) throw new UsageError(`no tensor named '${name}' in ${file}; ${clip(didYouMean(name, all) ?? '', 200) || `it has ${all.slice(0, 8).map((n) => clip(n, 80)).join(', ')}${all.length > 8 ? ', …' : ''}`}`);
    const limit = flagNumber(args, 'limit') ?? 200;
    const stats = names.map((n) => tensorStats(n, decoded.tensors.get(n)!));
    const meta = { ...decoded.metadata };
    if (args.flags.json) {
      io.out(JSON.stringify({ metadata: meta, tensors: stats.map((s) => ({ ...s, ...(args.flags.values ? { values: Array.from(decoded.tensors.get(s.name)!.data.subarray(0, limit > 0 ? limit : undefined)) } : {}) })) }));
      return 0;
    }
    const loop = loopOf(meta.loop);
    if (meta.model) io.out(`${file}: model ${clip(meta.model, 80)}${loop ? `, epoch ${loop.epoch}, step ${loop.step}` : ''}`);
    // Names as text, never as terminal control sequences (a crafted file's names reach the terminal).
    const rows = stats.map((s) => [clip(s.name, 200), s.dtype, `[${s.shape.join(', ')}]`, String(s.size), formatMetric(s.min), formatMetric(s.max), formatMetric(s.mean), formatMetric(s.std), String(s.zeros)]);
    const head = ['name', 'dtype', 'shape', 'size', 'min', 'max', 'mean', 'std', 'zeros'];
    const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)) + 2);
    const line = (r: readonly string[]): string => r.map((c, i) => (i < 3 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('').trimEnd();
    io.out(line(head));
    for (const [i, r] of rows.entries()) {
      io.out(line(r));
      if (args.flags.values) io.out(valuesText(decoded.tensors.get(stats[i]!.name)!, limit));
    }
    io.out(`${stats.length} tensors, ${stats.reduce((a, s) => a + s.size, 0).toLocaleString('en-US')} values`);
    return 0;
  },
};

/** A checkpoint's epoch and step for the heading; undefined when the loop metadata is absent or damaged (the table still prints). */
function loopOf(text: string | undefined): { epoch: number; step: number } | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as { epoch?: unknown; step?: unknown };
    return Number.isSafeInteger(v?.epoch) && Number.isSafeInteger(v?.step) ? { epoch: v.epoch as number, step: v.step as number } : undefined;
  } catch {
    return undefined;
  }
}
