/**
 * @file A whole training step compiled by two checkouts (e.g. the commit before gemm-reg.ts's epilogue
 * loop, from `git archive fde5200`, against this one), loaded on one device and run in turns in one
 * process: wall and process CPU time per step (the CPU drivers run kernels on the process's threads),
 * and whether the two give the same loss every round (same initial weights and batches: a bit-identical
 * kernel change keeps them equal to the last bit). #20, h22e.
 *
 *   DLC_VULKAN_DRIVER=lavapipe npx tsx bench/epilogue-step-ab.ts --before /tmp/before [--model models/mnist_mlp.ts] [--batch 128] [--rounds 20] [--target adapter|device] [--json out.json]
 *
 * `--target adapter` (default) compiles for targetOf(adapter), as SwiftShader always gets it (no
 * subgroup size: the `reg` GEMMs); `device` for deviceTarget, as `dlc train` on lavapipe does.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { deviceTarget, targetOf } from '../src/codegen/target.ts';
import { compileModelFile } from '../src/frontend/index.ts';
import { acquireDevice, describeAdapter, loadPlan, type Executable, type Plan } from '../src/runtime/index.ts';
import { trainFeeds } from './dlc-runner.ts';
import { quantile } from './stats.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

const batch = Number(arg('batch', '128'));
const rounds = Number(arg('rounds', '20'));
const roots = [resolve(arg('before', '')), resolve(import.meta.dirname, '..')];
const gpu = await acquireDevice();
const target = arg('target', 'adapter') === 'device' ? deviceTarget(gpu.device) : targetOf(gpu.adapter);
const m = compileModelFile(arg('model', 'models/mnist_mlp.ts')).main;
const data = { xShape: [...m.inputs[0]!.shape], yShape: [...m.outputs[0]!.shape], yDtype: 'f32' as const };
const plans: Plan[] = [];
for (const root of roots) {
  const { compileTraining } = (await import(`${root}/src/compile.ts`)) as typeof import('../src/compile.ts');
  plans.push(compileTraining(m, { batch, data, target }).plan!);
}
const mids = (p: Plan): number => p.kernels.reduce((n, k) => n + (k.code.match(/dlc_mid\(/g)?.length ?? 0), 0);
const exes: Executable[] = [];
for (const p of plans) {
  const e = await loadPlan(gpu.device, p);
  await e.setParams(Object.fromEntries(e.params.filter((q) => !q.name.includes('/')).map((q) => [q.name, Float32Array.from({ length: q.length }, (_, j) => Math.sin(j) * 0.05)])));
  exes.push(e);
}
const feeds = exes.map((e) => trainFeeds(e, m, batch) as Record<string, Float32Array | Int32Array | Uint32Array>);
const load0 = loadavg();
console.log(`device: ${describeAdapter(gpu.adapter)}; target ${target.label}${target.subgroupSize ? ` subgroups ${target.subgroupSize}` : ''}; ${m.name} b${batch}; ${rounds} rounds; load average ${load0.map((x) => x.toFixed(1)).join(', ')}`);
for (const [i, p] of plans.entries()) console.log(`  ${i ? 'after ' : 'before'}: ${roots[i]} — ${p.kernels.length} kernels, ${mids(p)} 'dlc_mid(' in all`);
const wall: number[][] = [[], []];
const cpu: number[][] = [[], []];
const losses: number[][] = [[], []];
// Round −1 warms up (and is where lavapipe compiles each kernel at its first dispatch).
for (let r = -1; r < rounds; r++) {
  for (let k = 0; k < 2; k++) {
    const i = (k + r + 2) % 2;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = (await exes[i]!.run(feeds[i]!, { read: ['loss'] })) as Record<string, Float32Array>;
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    losses[i]!.push(out.loss![0]!);
    if (r >= 0) wall[i]!.push(ms), cpu[i]!.push((c.user + c.system) / 1000);
  }
}
const q = (xs: number[], p: number): number => quantile([...xs].sort((a, b) => a - b), p);
const fmt = (xs: number[], d = 2): string => `${q(xs, 0.5).toFixed(d)} (${q(xs, 0.1).toFixed(d)}–${q(xs, 0.9).toFixed(d)})`;
const same = losses[0]!.every((x, j) => Object.is(x, losses[1]![j]));
console.log(`before: wall ${fmt(wall[0]!)} ms, CPU ${fmt(cpu[0]!)} ms`);
console.log(`after:  wall ${fmt(wall[1]!)} ms, CPU ${fmt(cpu[1]!)} ms`);
console.log(`after/before per round: wall ${fmt(wall[1]!.map((x, j) => x / wall[0]![j]!))}×, CPU ${fmt(cpu[1]!.map((x, j) => x / cpu[0]![j]!))}×`);
console.log(`losses ${same ? 'bit-identical' : 'DIFFER'} over ${losses[0]!.length} steps (first ${losses[0]![0]} / ${losses[1]![0]}, last ${losses[0]!.at(-1)} / ${losses[1]!.at(-1)})`);
const load1 = loadavg();
console.log(`load average at end ${load1.map((x) => x.toFixed(1)).join(', ')}`);
const json = arg('json', '');
if (json) writeFileSync(json, `${JSON.stringify({ device: describeAdapter(gpu.adapter), target: target.label, model: m.name, batch, rounds, loadAverage: { start: load0, end: load1 }, roots, sameLosses: same, before: { wallMs: wall[0], cpuMs: cpu[0], losses: losses[0] }, after: { wallMs: wall[1], cpuMs: cpu[1], losses: losses[1] } }, null, 2)}\n`);
for (const e of exes) e.destroy();
gpu.destroy();
process.exit(0);
