/**
 * @file Training-step plans from cnn-plan-dump.ts (e.g. main's compiler and this branch's) timed
 * interleaved on one device, the order rotating each round, by wall and process CPU time per step
 * (the machine is shared: CPU time is what a step costs), with each plan's first-step loss from the
 * same parameters (the plans must compute the same step).
 *
 *   DLC_VULKAN_DRIVER=lavapipe npx tsx bench/cnn-plan-ab.ts /tmp/before.json /tmp/after.json [--model models/mnist_cnn.ts] [--name conv_autoencoder] [--batch 64] [--rounds 12] [--json out.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { compileModelFile } from '../src/frontend/index.ts';
import { acquireDevice, describeAdapter, loadPlan, type Executable, type Plan } from '../src/runtime/index.ts';
import { trainFeeds } from './dlc-runner.ts';
import { quantile } from './stats.ts';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const files = process.argv.slice(2).filter((a, i, all) => a.endsWith('.json') && !all[i - 1]?.startsWith('--'));
const batch = Number(arg('batch', '64'));
const rounds = Number(arg('rounds', '12'));
const gpu = await acquireDevice();
const program = compileModelFile(arg('model', 'models/mnist_cnn.ts'));
const m = arg('name', '') ? program.models.find((x) => x.name === arg('name', ''))! : program.main;
const exes: Executable[] = [];
for (const f of files) {
  const e = await loadPlan(gpu.device, JSON.parse(readFileSync(f, 'utf8')) as Plan);
  await e.setParams(Object.fromEntries(e.params.filter((q) => !q.name.includes('/')).map((q) => [q.name, Float32Array.from({ length: q.length }, (_, j) => Math.sin(j) * 0.05)])));
  exes.push(e);
}
const feeds = exes.map((e) => trainFeeds(e, m, batch) as Record<string, Float32Array | Int32Array | Uint32Array>);
const losses: number[] = [];
for (const [i, e] of exes.entries()) losses.push(((await e.run(feeds[i]!, { read: ['loss'] })).loss as Float32Array)[0]!);
const load0 = loadavg();
console.log(`device: ${describeAdapter(gpu.adapter)}; ${m.name} b${batch}; ${rounds} rounds; load average ${load0.map((x) => x.toFixed(1)).join(', ')}`);
for (const [i, f] of files.entries()) console.log(`  [${i}] ${f}: first loss ${losses[i]}`);
const wall: number[][] = files.map(() => []);
const cpu: number[][] = files.map(() => []);
for (let r = 0; r < rounds; r++) {
  for (let k = 0; k < exes.length; k++) {
    const i = (k + r) % exes.length;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await exes[i]!.run(feeds[i]!, { read: ['loss'] });
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    wall[i]!.push(ms), cpu[i]!.push((c.user + c.system) / 1000);
  }
}
const q = (xs: number[], p: number): number => quantile([...xs].sort((a, b) => a - b), p);
const fmt = (xs: number[], d = 1): string => `${q(xs, 0.5).toFixed(d)} (${q(xs, 0.1).toFixed(d)}–${q(xs, 0.9).toFixed(d)})`;
for (const [i, f] of files.entries()) console.log(`[${i}] ${f}: wall ${fmt(wall[i]!)} ms, CPU ${fmt(cpu[i]!)} ms`);
for (let i = 1; i < files.length; i++) {
  console.log(`[${i}]/[0] per round: wall ${fmt(wall[i]!.map((x, j) => x / wall[0]![j]!), 2)}×, CPU ${fmt(cpu[i]!.map((x, j) => x / cpu[0]![j]!), 2)}×`);
}
const load1 = loadavg();
console.log(`load average at end ${load1.map((x) => x.toFixed(1)).join(', ')}`);
const json = arg('json', '');
if (json) writeFileSync(json, `${JSON.stringify({ device: describeAdapter(gpu.adapter), batch, rounds, loadAverage: { start: load0, end: load1 }, plans: files.map((f, i) => ({ file: f, firstLoss: losses[i], wallMs: wall[i], cpuMs: cpu[i] })) }, null, 2)}\n`);
for (const e of exes) e.destroy();
gpu.destroy();
process.exit(0);
