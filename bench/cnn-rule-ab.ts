/**
 * @file The whole MNIST CNN training step under the last landing's conv rules (the register tiles:
 * col4x8 forward, in4x8 / reg4 input gradients, reg8 / reg filter gradients — what this device's
 * target chooses without its subgroup size) against today's rule for this device (on lavapipe every
 * conv and conv gradient as the subgroup implicit GEMM, conv-gemm.ts convUniFor), interleaved in one
 * process, by wall and process CPU time per step. The dense layers' GEMMs are the same in both.
 *
 *   DLC_VULKAN_DRIVER=lavapipe npx tsx bench/cnn-rule-ab.ts [--batch 64] [--rounds 8] [--json out.json]
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { deviceTarget, type KernelTarget } from '../src/codegen/target.ts';
import { compileTraining } from '../src/compile.ts';
import { compileModelFile } from '../src/frontend/index.ts';
import { acquireDevice, describeAdapter, loadPlan, type Executable, type Plan } from '../src/runtime/index.ts';
import { trainFeeds } from './dlc-runner.ts';
import { quantile } from './stats.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

const batch = Number(arg('batch', '64'));
const rounds = Number(arg('rounds', '8'));
const gpu = await acquireDevice();
const target = deviceTarget(gpu.device);
const m = compileModelFile(arg('model', 'models/mnist_cnn.ts')).main;
const data = { xShape: [...m.inputs[0]!.shape], yShape: [...m.outputs[0]!.shape], yDtype: 'f32' as const };
const plan = (t: KernelTarget): Plan => compileTraining(m, { batch, data, target: t }).plan!;
const now = plan(target);
// The last landing's conv rules: what the target picks for each conv key without its subgroup size.
const noSg = plan({ ...target, subgroupSize: undefined });
const CHOICE = /^\/\/ (?:convgrad|conv) ([a-z0-9]+), (?:chosen for|tuned on) .* \[((?:convgrad|conv) [^\]]+)\]$/m;
const old = Object.fromEntries(noSg.kernels.map((k) => CHOICE.exec(k.code)).filter((x) => x).map((x) => [x![2]!, x![1]!]));
const choices = (p: Plan): string[] => p.kernels.map((k) => CHOICE.exec(k.code)).filter((x) => x).map((x) => `${x![1]} (${x![2]!.split(' ').slice(0, 3).join(' ')})`);
const plans = [plan({ ...target, tuned: old }), now];
const exes: Executable[] = [];
for (const p of plans) {
  const e = await loadPlan(gpu.device, p);
  await e.setParams(Object.fromEntries(e.params.filter((q) => !q.name.includes('/')).map((q) => [q.name, Float32Array.from({ length: q.length }, (_, j) => Math.sin(j) * 0.05)])));
  exes.push(e);
}
const feeds = exes.map((e) => trainFeeds(e, m, batch) as Record<string, Float32Array | Int32Array | Uint32Array>);
// The same step in both: the first step's loss from fresh copies of the same parameters.
const losses = await Promise.all(exes.map(async (e, i) => ((await e.run(feeds[i]!, { read: ['loss'] })).loss as Float32Array)[0]!));
const load0 = loadavg();
console.log(`device: ${describeAdapter(gpu.adapter)}; ${m.name} b${batch}; ${rounds} rounds; load average ${load0.map((x) => x.toFixed(1)).join(', ')}`);
for (const [i, p] of plans.entries()) console.log(`  ${i ? 'now' : 'before'}: ${choices(p).join('; ')}; first loss ${losses[i]}`);
const wall: number[][] = [[], []];
const cpu: number[][] = [[], []];
for (let r = -1; r < rounds; r++) {
  for (let k = 0; k < 2; k++) {
    const i = (k + r + 2) % 2;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await exes[i]!.run(feeds[i]!, { read: ['loss'] });
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (r >= 0) wall[i]!.push(ms), cpu[i]!.push((c.user + c.system) / 1000);
  }
}
const q = (xs: number[], p: number): number => quantile([...xs].sort((a, b) => a - b), p);
const ratio = wall[1]!.map((x, j) => x / wall[0]![j]!);
const cpuRatio = cpu[1]!.map((x, j) => x / cpu[0]![j]!);
const fmt = (xs: number[], d = 1): string => `${q(xs, 0.5).toFixed(d)} (${q(xs, 0.1).toFixed(d)}–${q(xs, 0.9).toFixed(d)})`;
console.log(`before: wall ${fmt(wall[0]!)} ms, CPU ${fmt(cpu[0]!)} ms`);
console.log(`now:    wall ${fmt(wall[1]!)} ms, CPU ${fmt(cpu[1]!)} ms`);
console.log(`now/before per round: wall ${fmt(ratio, 2)}×, CPU ${fmt(cpuRatio, 2)}×`);
const load1 = loadavg();
console.log(`load average at end ${load1.map((x) => x.toFixed(1)).join(', ')}`);
const json = arg('json', '');
if (json) writeFileSync(json, `${JSON.stringify({ device: describeAdapter(gpu.adapter), batch, rounds, loadAverage: { start: load0, end: load1 }, before: { choices: choices(plans[0]!), wallMs: wall[0], cpuMs: cpu[0] }, now: { choices: choices(plans[1]!), wallMs: wall[1], cpuMs: cpu[1] } }, null, 2)}\n`);
for (const e of exes) e.destroy();
gpu.destroy();
process.exit(0);
