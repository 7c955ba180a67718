/**
 * @file What a dispatch costs a software driver, the unit a compiled scan's step is paid in: one
 * submit of N dispatches of a cell-sized kernel (an [8, 32] elementwise update, 4 workgroups of 64)
 * in one compute pass, timed against the same submit with N = 0, per dispatch. Variants, interleaved
 * in rounds: `same` (one pipeline and bind group, as a chain of one kernel), `static` (the bind
 * group set again before each dispatch, no dynamic offset: an unrolled graph's kernels), `dynamic`
 * (a dynamic uniform offset per dispatch, as a stepped kernel binds t), `alternate` (two pipelines,
 * rebinding each dispatch, as a scan body alternates its kernels). CPU = this process's user + system time
 * (software drivers run the kernels on its threads).
 * Usage: npx tsx bench/lstm-scan-dispatch.ts [--n 200] [--rounds 15] [--out file.json]
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { acquireDevice, describeAdapter } from '../src/runtime/index.ts';

const argOf = (name: string, d: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : d;
};
const N = Number(argOf('n', '200'));
const ROUNDS = Number(argOf('rounds', '15'));
const WORDS = 8 * 32;

const gpu = await acquireDevice();
const device = gpu.device;
const code = (k: number): string => `@group(0) @binding(0) var<storage, read_write> a: array<f32>;
@group(0) @binding(1) var<uniform> step: vec4<u32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i < ${WORDS}u) { a[i] = tanh(a[i] * ${k + 1}.5 + f32(step.x)); }
}`;
const layout = device.createBindGroupLayout({ entries: [
  { binding: 0, visibility: 4, buffer: { type: 'storage' } },
  { binding: 1, visibility: 4, buffer: { type: 'uniform', hasDynamicOffset: true } },
] });
const pipelineLayout = device.createPipelineLayout({ bindGroupLayouts: [layout] });
const pipelines = [0, 1].map((k) => device.createComputePipeline({ layout: pipelineLayout, compute: { module: device.createShaderModule({ code: code(k) }), entryPoint: 'main' } }));
const align = Math.max(16, device.limits.minUniformBufferOffsetAlignment);
const data = device.createBuffer({ size: WORDS * 4, usage: 0x0080 | 0x0008 });
const steps = device.createBuffer({ size: align * N + 16, usage: 0x0040 | 0x0008 });
const staticLayout = device.createBindGroupLayout({ entries: [
  { binding: 0, visibility: 4, buffer: { type: 'storage' } },
  { binding: 1, visibility: 4, buffer: { type: 'uniform' } },
] });
const staticPipeline = device.createComputePipeline({ layout: device.createPipelineLayout({ bindGroupLayouts: [staticLayout] }), compute: { module: device.createShaderModule({ code: code(0) }), entryPoint: 'main' } });
const staticGroup = device.createBindGroup({ layout: staticLayout, entries: [{ binding: 0, resource: { buffer: data } }, { binding: 1, resource: { buffer: steps, offset: 0, size: 16 } }] });
const group = device.createBindGroup({ layout, entries: [{ binding: 0, resource: { buffer: data } }, { binding: 1, resource: { buffer: steps, offset: 0, size: 16 } }] });

type Variant = 'same' | 'static' | 'dynamic' | 'alternate';
async function run(v: Variant, n: number): Promise<void> {
  const enc = device.createCommandEncoder();
  const pass = enc.beginComputePass();
  pass.setPipeline(v === 'static' ? staticPipeline : pipelines[0]!);
  for (let i = 0; i < n; i++) {
    if (v === 'alternate') pass.setPipeline(pipelines[i % 2]!);
    if (v === 'static') pass.setBindGroup(0, staticGroup);
    else if (v === 'same' && i > 0) {
      // bound once
    } else pass.setBindGroup(0, group, [v === 'dynamic' ? i * align : 0]);
    pass.dispatchWorkgroups(4);
  }
  pass.end();
  device.queue.submit([enc.finish()]);
  await device.queue.onSubmittedWorkDone();
}

const variants: Variant[] = ['same', 'static', 'dynamic', 'alternate'];
const per: Record<string, { cpu: number[]; wall: number[] }> = Object.fromEntries([...variants, 'empty'].map((v) => [v, { cpu: [], wall: [] }]));
const time = async (v: Variant, n: number): Promise<[number, number]> => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await run(v, n);
  const c = process.cpuUsage(c0);
  return [(c.user + c.system) / 1000, performance.now() - t0];
};
const loadStart = loadavg();
for (const v of variants) await run(v, N); // warm-up (LLVM compiles at first dispatch)
for (let r = 0; r < ROUNDS; r++) {
  const order = [...variants.slice(r % variants.length), ...variants.slice(0, r % variants.length)];
  const [c0, w0] = await time('same', 0);
  per.empty!.cpu.push(c0);
  per.empty!.wall.push(w0);
  for (const v of order) {
    const [c, w] = await time(v, N);
    per[v]!.cpu.push((c - c0) / N * 1000);
    per[v]!.wall.push((w - w0) / N * 1000);
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const q = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.round(p * (xs.length - 1))]!;
const adapter = describeAdapter(gpu.adapter);
const rows = variants.map((v) => ({ variant: v, cpuUs: { median: median(per[v]!.cpu), p10: q(per[v]!.cpu, 0.1), p90: q(per[v]!.cpu, 0.9) }, wallUs: { median: median(per[v]!.wall), p10: q(per[v]!.wall, 0.1), p90: q(per[v]!.wall, 0.9) } }));
const empty = { cpuMs: median(per.empty!.cpu), wallMs: median(per.empty!.wall) };
for (const r of rows) console.log(`${r.variant}: ${r.cpuUs.median.toFixed(1)} µs CPU per dispatch (${r.cpuUs.p10.toFixed(1)}–${r.cpuUs.p90.toFixed(1)}), wall ${r.wallUs.median.toFixed(1)} µs (${r.wallUs.p10.toFixed(1)}–${r.wallUs.p90.toFixed(1)})`);
console.log(`empty submit: ${empty.cpuMs.toFixed(2)} ms CPU, ${empty.wallMs.toFixed(2)} ms wall`);
const out = argOf('out', `bench/results/${new Date().toISOString().slice(0, 10)}-lstm-scan-dispatch.json`);
writeFileSync(out, JSON.stringify({ bench: 'lstm-scan-dispatch', adapter, n: N, rounds: ROUNDS, loadavgStart: loadStart, loadavg: loadavg(), rows, empty }, null, 2) + '\n');
console.log(`wrote ${out} (${adapter}; load ${loadStart.map((x) => x.toFixed(1)).join(', ')})`);
gpu.destroy();
