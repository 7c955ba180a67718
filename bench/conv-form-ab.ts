/**
 * @file Each conv kernel of a model's training step (forward convs and both gradients) in the forms
 * named on the command line, every one on its own buffers, timed interleaved by process CPU time
 * (the machine is shared: CPU time is what a kernel costs) and wall time. Unlike conv-grad-ab.ts
 * (which runs the tuner, whose target carries no subgroup size) this compiles with the device's own
 * target, so the subgroup GEMM forms (`unisg32x2a`, gemm-uni.ts) are emitted as on lavapipe.
 *
 *   DLC_VULKAN_DRIVER=lavapipe npx tsx bench/conv-form-ab.ts [--batch 64] [--forms rule,unisg32x2a,unisg16x4a] [--match filter] [--samples 5] [--reps 2] [--json out.json]
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { singleDispatchPlan } from '../src/bundle/tune.ts';
import { deviceTarget, type KernelTarget } from '../src/codegen/target.ts';
import { compileTraining } from '../src/compile.ts';
import { compileModelFile } from '../src/frontend/index.ts';
import { acquireDevice, describeAdapter, loadPlan, PipelineCache, type Executable, type Plan } from '../src/runtime/index.ts';
import { quantile } from './stats.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

const batch = Number(arg('batch', '64'));
const forms = arg('forms', 'rule,unisg32x2a').split(',');
const match = arg('match', '');
const samples = Number(arg('samples', '5'));
const reps = Number(arg('reps', '2'));
const gpu = await acquireDevice();
const target = deviceTarget(gpu.device);
const m = compileModelFile(arg('model', 'models/mnist_cnn.ts')).main;
const data = { xShape: [...m.inputs[0]!.shape], yShape: [...m.outputs[0]!.shape], yDtype: 'f32' as const };
const CHOICE = /^\/\/ (?:convgrad|conv) ([a-z0-9]+), (?:chosen for|tuned on) .* \[((?:convgrad|conv) [^\]]+)\]$/m;
const compile = (t: KernelTarget): Plan => compileTraining(m, { batch, data, target: t }).plan!;
const rulePlan = compile(target);
const sites = rulePlan.dispatches.map((d, i) => ({ i, label: d.label, c: CHOICE.exec(rulePlan.kernels[d.kernel]!.code) })).filter((s) => s.c && s.c[2]!.includes(match));
const load0 = loadavg();
console.log(`device: ${describeAdapter(gpu.adapter)}; ${m.name} b${batch}; forms ${forms.join(', ')}; ${samples} × ${reps}; load average ${load0.map((x) => x.toFixed(1)).join(', ')}`);
const cache = new PipelineCache(gpu.device);
const rows = [];
for (const s of sites) {
  const key = s.c![2]!;
  const exes = new Map<string, Executable>();
  for (const f of forms) {
    const p = f === 'rule' ? rulePlan : compile({ ...target, tuned: { [key]: f } });
    const got = CHOICE.exec(p.kernels[p.dispatches[s.i]!.kernel]!.code)!;
    if (f !== 'rule' && got[1] !== f) { console.log(`  ${key}: ${f} not emitted (got ${got[1]})`); continue; }
    const c0 = process.cpuUsage();
    const e = await loadPlan(gpu.device, singleDispatchPlan(p, s.i), { pipelineCache: cache });
    await e.run({}, { read: [] });
    const c = process.cpuUsage(c0);
    console.log(`  ${key} ${f === 'rule' ? `rule ${got[1]}` : f}: first dispatch (compile) ${((c.user + c.system) / 1000).toFixed(0)} ms CPU`);
    exes.set(f, e);
  }
  const cpu = new Map<string, number[]>([...exes.keys()].map((f) => [f, []]));
  const wall = new Map<string, number[]>([...exes.keys()].map((f) => [f, []]));
  for (let r = 0; r < samples; r++) {
    for (const [f, e] of exes) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let k = 1; k < reps; k++) void e.run({}, { read: [], wait: false });
      await e.run({}, { read: [] });
      const c = process.cpuUsage(c0);
      wall.get(f)!.push((performance.now() - t0) / reps);
      cpu.get(f)!.push((c.user + c.system) / 1000 / reps);
    }
  }
  const med = (xs: number[]): number => quantile([...xs].sort((a, b) => a - b), 0.5);
  console.log(`${key} (#${s.i}, rule ${s.c![1]})`);
  for (const f of exes.keys()) console.log(`  ${f.padEnd(12)} CPU ${med(cpu.get(f)!).toFixed(2).padStart(8)} ms   wall ${med(wall.get(f)!).toFixed(2).padStart(8)} ms`);
  rows.push({ key, dispatch: s.i, rule: s.c![1], forms: Object.fromEntries([...exes.keys()].map((f) => [f, { cpuMs: cpu.get(f), wallMs: wall.get(f) }])) });
  for (const e of exes.values()) e.destroy();
}
const load1 = loadavg();
console.log(`load average at end ${load1.map((x) => x.toFixed(1)).join(', ')}`);
const json = arg('json', '');
if (json) writeFileSync(json, `${JSON.stringify({ device: describeAdapter(gpu.adapter), batch, forms, loadAverage: { start: load0, end: load1 }, rows }, null, 2)}\n`);
gpu.destroy();
process.exit(0);
