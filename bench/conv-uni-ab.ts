/**
 * @file A/B of the conv forms on the current device: the hand-written divergent column tiles
 * (bench/hand-kernels.ts) against the uniform-filter forms (bench/hand-convs.ts), timed interleaved,
 * each checked against the first kernel's output. `DLC_VULKAN_DRIVER=lavapipe|swiftshader`.
 *
 *   npx tsx bench/conv-uni-ab.ts [--shapes 32,28,28,1,32,3;32,13,13,32,64,3] [--runs 7] [--reps 3]
 */
import { loadavg } from 'node:os';
import { acquireDevice, describeAdapter, loadPlan, type Executable } from '../src/runtime/index.ts';
import { handUniConvs } from './hand-convs.ts';
import { handConvs, type ConvDims } from './hand-kernels.ts';
import { randomData } from './init-weights.ts';
import { timeInterleaved } from './stats.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

const gpu = await acquireDevice();
const runs = Number(arg('runs', '7'));
const reps = Number(arg('reps', '3'));
console.log(`device: ${describeAdapter(gpu.adapter)}; load ${loadavg().map((x) => x.toFixed(1)).join(', ')}`);
for (const s of arg('shapes', '32,28,28,1,32,3;32,13,13,32,64,3').split(';')) {
  const [batch, h, w, cin, cout, k] = s.split(',').map(Number) as [number, number, number, number, number, number];
  const d: ConvDims = { batch, h, w, cin, cout, k };
  const forms = arg('forms', '');
  const ks = forms
    ? handUniConvs(d, forms.split(',').map((f) => { const m = /^(uni|div)(\d+)x(\d+)$/.exec(f)!; return [Number(m[2]), Number(m[3]) / 4, m[1] === 'div'] as const; }))
    : [...handConvs(d).filter((x) => x.name !== 'direct'), ...handUniConvs(d)];
  const data = { a: randomData(batch * h * w * cin, 1), b: randomData(k * k * cin * cout, 2) };
  const exes: Executable[] = [];
  let want: Float32Array | undefined;
  for (const kk of ks) {
    const e = await loadPlan(gpu.device, kk.plan);
    await e.setParams(data);
    const got = (await e.run({})).y as Float32Array;
    want ??= got;
    let worst = 0;
    for (let i = 0; i < got.length; i++) worst = Math.max(worst, Math.abs(got[i]! - want[i]!) / (1 + Math.abs(want[i]!)));
    if (worst > 1e-3) console.log(`  ${kk.name} disagrees (${worst})`);
    exes.push(e);
  }
  const flops = 2 * batch * (h - k + 1) * (w - k + 1) * k * k * cin * cout;
  const cpu: number[][] = exes.map(() => []);
  const t = await timeInterleaved(exes.map((e, k) => async () => {
    const c0 = process.cpuUsage();
    for (let i = 0; i < reps - 1; i++) await e.run({}, { read: [], wait: false });
    await e.run({}, { read: [] });
    const c = process.cpuUsage(c0);
    cpu[k]!.push((c.user + c.system) / 1000);
  }), 1, runs);
  const cpuMed = cpu.map((x) => { const s = x.slice(1).sort((p, q) => p - q); return s[Math.floor(s.length / 2)]!; });
  console.log(`conv N${batch} ${h}x${w}x${cin} -> ${cout}, ${k}x${k}`);
  for (const [i, kk] of ks.entries()) console.log(`  ${kk.name.padEnd(10)} ${(t[i]!.medianMs / reps).toFixed(2).padStart(8)} ms (${(t[i]!.p10Ms / reps).toFixed(2)}–${(t[i]!.p90Ms / reps).toFixed(2)})  ${((flops * reps) / (t[i]!.medianMs * 1e6)).toFixed(2)} GFLOP/s; CPU ${(cpuMed[i]! / reps).toFixed(2)} ms`);
  for (const e of exes) e.destroy();
}
console.log(`load at end ${loadavg().map((x) => x.toFixed(1)).join(', ')}`);
gpu.destroy();
process.exit(0);
