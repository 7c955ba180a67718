/**
 * @file One matmul shape three ways, interleaved on the current device: the kernel table's dlc kernel
 * (a one-op graph compiled fused for the device's target, as bench/kernel-table.ts and real plans do),
 * the same GEMM variant forced the way bench/gemm-variants.ts forces it, and the hand-written kernels
 * the kernel table compares against (subgroup forms included). Wall and process CPU time per call,
 * and optionally both WGSL sources, so a disagreement between the two benches can be pinned on the
 * kernel or on the measurement.
 *
 *   npx tsx bench/table-vs-variant.ts [--shape '[128,784,128]'] [--variants unisg32x4l4a,unisg16x4l4a] [--reps 4] [--samples 7] [--wgsl out-dir]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { uniVariant } from '../src/codegen/gemm.ts';
import { compileProgramPlan } from '../src/codegen/plan.ts';
import { deviceTarget } from '../src/codegen/target.ts';
import { emitMatmulVariant } from '../src/ops/matmul.ts';
import { newGraph } from '../src/ops/registry.ts';
import { fuseGraph } from '../src/passes/fuse.ts';
import { acquireDevice, describeAdapter, loadPlan, type Executable, type Plan } from '../src/runtime/index.ts';
import { handMatmuls } from './hand-kernels.ts';
import { randomData } from './init-weights.ts';

const { values } = parseArgs({ options: { shape: { type: 'string', default: '[128,784,128]' }, variants: { type: 'string', default: 'unisg32x4l4a' }, reps: { type: 'string', default: '4' }, samples: { type: 'string', default: '7' }, wgsl: { type: 'string' } } });
const [m, k, n] = JSON.parse(values.shape!) as [number, number, number];
const reps = Number(values.reps);
const samples = Number(values.samples);
const gpu = await acquireDevice();
const target = deviceTarget(gpu.device);
const f32 = (...shape: number[]) => ({ dtype: 'f32' as const, shape });

const b = newGraph('bench_matmul');
b.output('y', b.op('matmul', [b.param('a', f32(m, k)), b.param('b', f32(k, n))], {}));
const graph = b.build();
const table = compileProgramPlan(graph, { fusion: fuseGraph(graph), target }).plan;
const cands: [string, Plan][] = [[`table (${/^\/\/ gemm ([^,]+),/m.exec(table.kernels[0]!.code)?.[1] ?? '?'})`, table]];
for (const name of values.variants!.split(',')) {
  const v = uniVariant(name);
  if (!v) throw new Error(`unknown uni variant ${name}`);
  const src = emitMatmulVariant(f32(m, k), f32(k, n), { transposeA: false, transposeB: false }, v);
  cands.push([`forced ${name}`, { ...table, kernels: [{ ...table.kernels[0]!, code: src.code }], dispatches: [{ ...table.dispatches[0]!, workgroups: [...src.workgroups] }] }]);
}
for (const h of handMatmuls(m, k, n, target.subgroupSize)) if (h.name !== 'naive' && h.name !== 'tile32') cands.push([`hand ${h.name}`, h.plan]);
if (values.wgsl) {
  mkdirSync(values.wgsl, { recursive: true });
  cands.forEach(([name, p]) => writeFileSync(join(values.wgsl!, `${name.replace(/\W+/g, '_')}.wgsl`), p.kernels[0]!.code));
}

const data = { a: randomData(m * k, 1), b: randomData(k * n, 2) };
const exes: Executable[] = [];
for (const [, p] of cands) {
  const e = await loadPlan(gpu.device, p);
  await e.setParams(data);
  await e.run({}, { read: [] });
  exes.push(e);
}
const wall: number[][] = exes.map(() => []);
const cpu: number[][] = exes.map(() => []);
for (let s = 0; s < samples; s++) {
  for (let j = 0; j < exes.length; j++) {
    const i = (j + s) % exes.length;
    const e = exes[i]!;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let r = 0; r < reps - 1; r++) await e.run({}, { read: [], wait: false });
    await e.run({}, { read: [] });
    const c = process.cpuUsage(c0);
    wall[i]!.push((performance.now() - t0) / reps);
    cpu[i]!.push((c.user + c.system) / 1000 / reps);
  }
}
const med = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
console.log(`${describeAdapter(gpu.adapter)}: ${m}×${k}×${n}, median of ${samples} interleaved samples × ${reps} calls, per call; dispatch ${cands.map(([nm, p]) => `${nm} ${p.dispatches[0]!.workgroups.join('×')}`).join(', ')}`);
cands.forEach(([name], i) => console.log(`${name.padEnd(28)} wall ${med(wall[i]!).toFixed(2)} ms  CPU ${med(cpu[i]!).toFixed(2)} ms`));
for (const e of exes) e.destroy();
gpu.destroy();
process.exit(0);
