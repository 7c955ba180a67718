/**
 * @file The kernel table's conv rows alone (bench/kernel-table.ts: dlc's kernel as real plans
 * compile it for this device, against every hand-written conv of bench/hand-kernels.ts, timed
 * interleaved), without TF.js, for the conv shapes of the quick and full tables and the MNIST
 * CNN's training batch. Prints one line per shape and writes the rows as JSON with `--json`.
 *
 *   npx tsx bench/cnn-kernels.ts [--shapes quick|full|cnn|all] [--runs 5] [--reps 3] [--json out.json]
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { acquireDevice, describeAdapter } from '../src/runtime/index.ts';
import { FULL_SHAPES, kernelTable, QUICK_SHAPES, type KernelShape } from './kernel-table.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

/** The MNIST CNN's two convs at batch 32 (the versus case cnntrain32). */
const CNN: readonly KernelShape[] = [{ op: 'conv2d', dims: [32, 28, 28, 1, 32, 3] }, { op: 'conv2d', dims: [32, 13, 13, 32, 64, 3] }];
const SETS: Record<string, readonly KernelShape[]> = {
  quick: QUICK_SHAPES.filter((s) => s.op === 'conv2d'),
  full: FULL_SHAPES.filter((s) => s.op === 'conv2d'),
  cnn: CNN,
};
SETS.all = [...SETS.quick!, ...SETS.cnn!, ...SETS.full!];

const gpu = await acquireDevice();
const load0 = loadavg();
const shapes = SETS[arg('shapes', 'quick')]!;
const opts = { reps: Number(arg('reps', '3')), warmup: 1, runs: Number(arg('runs', '5')) };
console.log(`device: ${describeAdapter(gpu.adapter)}; ${opts.runs} interleaved runs × ${opts.reps} dispatches; load average ${load0.map((x) => x.toFixed(1)).join(', ')}`);
const rows = await kernelTable(gpu.device, undefined, shapes, opts);
const range = (t: { medianMs: number; p10Ms: number; p90Ms: number } | undefined): string => (t ? `${t.medianMs.toFixed(2)} (${t.p10Ms.toFixed(2)}–${t.p90Ms.toFixed(2)})` : '—');
for (const r of rows) {
  const ratio = r.dlc && r.hand ? r.dlc.medianMs / r.hand.timing.medianMs : undefined;
  console.log(`${r.shape.padEnd(28)} dlc ${(r.dlcKernel ?? '?').padEnd(14)} ${range(r.dlc)} ms; best hand ${r.hand?.name ?? '—'} ${range(r.hand?.timing)} ms; dlc/hand ${ratio?.toFixed(2) ?? '—'}×${ratio !== undefined ? (ratio <= 1.5 ? ' (met)' : ' (missed)') : ''}${r.error ? `; ${r.error}` : ''}`);
}
const load1 = loadavg();
console.log(`load average at end ${load1.map((x) => x.toFixed(1)).join(', ')}`);
const json = arg('json', '');
if (json) writeFileSync(json, `${JSON.stringify({ device: describeAdapter(gpu.adapter), opts, loadAverage: { start: load0, end: load1 }, rows }, null, 2)}\n`);
gpu.destroy();
await gpu.lost;
