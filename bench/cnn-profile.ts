/**
 * @file MNIST CNN inference on the current device, kernel by kernel: each dispatch of the plan timed
 * on its own (which kernels dominate), every tunable kernel in each of its variants (src/bundle/tune.ts),
 * a hand-written conv → bias → ReLU → 2×2 max-pool kernel per conv shape (8 channels × the 4 pool
 * taps per invocation: the best this bench knows) against dlc's, and the whole plan before/after
 * (scalar convs, as before conv-reg.ts, against the rule for the target). Medians; interleaved.
 *
 *   npx tsx bench/cnn-profile.ts [--batches 1,32] [--samples 7] [--reps 3] [--json out.json]
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gemmSites, singleDispatchPlan, tuneGemms } from '../src/bundle/tune.ts';
import { targetOf, type KernelTarget } from '../src/codegen/target.ts';
import { compileInference } from '../src/compile.ts';
import { compileModelFile } from '../src/frontend/index.ts';
import { acquireDevice, describeAdapter, loadPlan, PipelineCache, type Executable, type Plan } from '../src/runtime/index.ts';
import { PLAN_VERSION } from '../src/runtime/plan-types.ts';
import { quantile } from './stats.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

const samples = Number(arg('samples', '7'));
const reps = Number(arg('reps', '3'));

async function timeOne(e: Executable, feeds: Record<string, Float32Array>): Promise<number> {
  const t0 = performance.now();
  for (let r = 1; r < reps; r++) void e.run(feeds, { read: [], wait: false });
  await e.run(feeds, { read: [] });
  return (performance.now() - t0) / reps;
}

/** Medians of `samples` rounds, the executables taking turns within each round. */
async function interleaved(exes: readonly Executable[], feeds: readonly Record<string, Float32Array>[]): Promise<number[]> {
  for (const [i, e] of exes.entries()) await timeOne(e, feeds[i]!);
  const t: number[][] = exes.map(() => []);
  for (let s = 0; s < samples; s++) for (const [i, e] of exes.entries()) t[i]!.push(await timeOne(e, feeds[i]!));
  return t.map((x) => quantile(x.sort((a, b) => a - b), 0.5));
}

/**
 * Hand-written: valid 3×3 (any KH, KW) conv, stride 1, + bias + ReLU + 2×2/2 max pool, NHWC/HWIO;
 * invocation = (n, ph, pw, 8 channels), 4 taps × 2 vec4 accumulators, vec4 weight loads.
 */
function handConv(N: number, H: number, W: number, C: number, O: number, K: number): { code: string; plan: Plan } {
  const OH = H - K + 1;
  const OW = W - K + 1;
  const PH = Math.floor(OH / 2);
  const PW = Math.floor(OW / 2);
  const O8 = O / 8;
  const n = N * PH * PW * O8;
  const code = `@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> b: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> y: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nw: vec3<u32>) {
  let i = gid.x + gid.y * nw.x * 64u;
  if (i >= ${n}u) { return; }
  let cb = i % ${O8}u; let q = i / ${O8}u;
  let pw = q % ${PW}u; let ph = (q / ${PW}u) % ${PH}u; let nn = q / ${PW * PH}u;
  var a00 = vec4<f32>(); var a01 = vec4<f32>(); var a10 = vec4<f32>(); var a11 = vec4<f32>();
  var b00 = vec4<f32>(); var b01 = vec4<f32>(); var b10 = vec4<f32>(); var b11 = vec4<f32>();
  for (var kh = 0u; kh < ${K}u; kh++) {
    for (var kw = 0u; kw < ${K}u; kw++) {
      let r0 = ((nn * ${H}u + ph * 2u + kh) * ${W}u + pw * 2u + kw) * ${C}u;
      let r1 = r0 + ${W * C}u;
      let wb = ((kh * ${K}u + kw) * ${C}u) * ${O / 4}u + cb * 2u;
      for (var c = 0u; c < ${C}u; c++) {
        let w0 = w[wb + c * ${O / 4}u]; let w1 = w[wb + c * ${O / 4}u + 1u];
        let x00 = vec4<f32>(x[r0 + c]); let x01 = vec4<f32>(x[r0 + ${C}u + c]);
        let x10 = vec4<f32>(x[r1 + c]); let x11 = vec4<f32>(x[r1 + ${C}u + c]);
        a00 = fma(x00, w0, a00); a01 = fma(x01, w0, a01); a10 = fma(x10, w0, a10); a11 = fma(x11, w0, a11);
        b00 = fma(x00, w1, b00); b01 = fma(x01, w1, b01); b10 = fma(x10, w1, b10); b11 = fma(x11, w1, b11);
      }
    }
  }
  let o = ((nn * ${PH}u + ph) * ${PW}u + pw) * ${O}u + cb * 8u;
  let ma = max(max(a00, a01), max(a10, a11)) + b[cb * 2u];
  let mb = max(max(b00, b01), max(b10, b11)) + b[cb * 2u + 1u];
  let ra = max(ma, vec4<f32>()); let rb = max(mb, vec4<f32>());
  y[o] = ra.x; y[o + 1u] = ra.y; y[o + 2u] = ra.z; y[o + 3u] = ra.w;
  y[o + 4u] = rb.x; y[o + 5u] = rb.y; y[o + 6u] = rb.z; y[o + 7u] = rb.w;
}
`;
  const groups = Math.ceil(n / 64);
  const wg: [number, number, number] = groups > 65535 ? [65535, Math.ceil(groups / 65535), 1] : [groups, 1, 1];
  const buf = (shape: number[], role: 'input' | 'output' | 'temp') => ({ size: shape.reduce((a, v) => a * v, 1) * 4, dtype: 'f32' as const, shape, role });
  const plan: Plan = {
    version: PLAN_VERSION, name: 'hand-conv', kernels: [{ code, entry: 'main', bindings: ['read', 'read', 'read', 'read_write'] }],
    buffers: [buf([N, H, W, C], 'temp'), buf([K, K, C, O], 'temp'), buf([O], 'temp'), buf([N, PH, PW, O], 'temp')],
    dispatches: [{ kernel: 0, bindings: [0, 1, 2, 3], workgroups: wg, label: 'hand conv' }],
    inputs: {}, params: {}, states: {}, outputs: {}, updates: [],
  };
  return { code, plan };
}

async function main(): Promise<void> {
  const batches = arg('batches', '1,32').split(',').map(Number);
  const gpu = await acquireDevice();
  const target = targetOf(gpu.adapter);
  const m = compileModelFile('models/mnist_cnn.ts').main;
  const load0 = loadavg()[0]!;
  console.log(`device: ${describeAdapter(gpu.adapter)}; medians of ${samples} samples × ${reps} dispatches; load average ${load0.toFixed(1)}`);
  const out: unknown[] = [];
  const cache = new PipelineCache(gpu.device);
  for (const batch of batches) {
    const plan = compileInference(m, { batch, target }).plan!;
    // 1. Each dispatch alone: where the time goes.
    const singles = await Promise.all(plan.dispatches.map((_, i) => loadPlan(gpu.device, singleDispatchPlan(plan, i), { pipelineCache: cache })));
    const per = await interleaved(singles, singles.map(() => ({})));
    const total = per.reduce((a, b) => a + b, 0);
    console.log(`\nmnist_cnn inference, batch ${batch}: ${plan.dispatches.length} dispatches, Σ ${total.toFixed(2)} ms`);
    const kernels = plan.dispatches.map((d, i) => {
      const choice = /^\/\/ ((?:gemm|conv) [^,]+),/m.exec(plan.kernels[d.kernel]!.code)?.[1] ?? '';
      console.log(`  ${per[i]!.toFixed(2).padStart(8)} ms ${((100 * per[i]!) / total).toFixed(0).padStart(3)}%  ${d.label.replace(/ \(.*$/, '')}  ${choice}`);
      return { label: d.label, choice, ms: per[i], share: per[i]! / total };
    });
    for (const s of singles) s.destroy();
    // 2. Every variant of every tunable kernel.
    const tuned = await tuneGemms(gpu.device, target, (t: KernelTarget) => [compileInference(m, { batch, target: t }).plan!], { samples, reps, log: (l) => console.log(l) });
    // 3. The hand-written kernel on each conv shape.
    const hand: unknown[] = [];
    for (const [key] of gemmSites([plan])) {
      const mm = /^conv pooled (\d+)x(\d+)x(\d+)x(\d+) (\d+)x\d+x\d+x(\d+) 1\.1\.0 1\.1\.0 pool 2x2 2\.1\.0 2\.1\.0$/.exec(key);
      if (!mm) continue;
      const [N, H, W, C, K, O] = mm.slice(1).map(Number) as [number, number, number, number, number, number];
      if (O % 8 !== 0) continue;
      const h = handConv(N, H, W, C, O, K);
      const exe = await loadPlan(gpu.device, h.plan, { pipelineCache: cache });
      const dlcRow = tuned.rows.find((r) => r.key === key)!;
      const site = gemmSites([plan]).get(key)!;
      const mine = await loadPlan(gpu.device, singleDispatchPlan(plan, site.dispatch), { pipelineCache: cache });
      const [handMs, dlcMs] = await interleaved([exe, mine], [{}, {}]);
      console.log(`  hand-written ${key}: ${handMs!.toFixed(2)} ms; dlc (${dlcRow.rule}) ${dlcMs!.toFixed(2)} ms → dlc/best ${(dlcMs! / Math.min(handMs!, dlcMs!)).toFixed(2)}×`);
      hand.push({ key, handMs, dlcMs, dlcVariant: dlcRow.rule, ratioToBest: dlcMs! / Math.min(handMs!, dlcMs!) });
      exe.destroy();
      mine.destroy();
    }
    // 4. The whole plan: scalar convs (before conv-reg.ts) against the rule for this target.
    const convKeys = [...gemmSites([plan]).keys()].filter((k) => k.startsWith('conv '));
    const before = compileInference(m, { batch, target: { ...target, tuned: Object.fromEntries(convKeys.map((k) => [k, 'scalar'])) } }).plan!;
    const feedsFor = (e: Executable): Record<string, Float32Array> => Object.fromEntries(e.inputs.map((i) => [i.name, Float32Array.from({ length: i.length }, (_, j) => (j % 255) / 255)]));
    const whole = [await loadPlan(gpu.device, before, { pipelineCache: cache }), await loadPlan(gpu.device, plan, { pipelineCache: cache })];
    for (const e of whole) await e.setParams(Object.fromEntries(e.params.map((p) => [p.name, Float32Array.from({ length: p.length }, (_, j) => Math.sin(j) * 0.05)])));
    const [beforeMs, afterMs] = await interleaved(whole, whole.map(feedsFor));
    console.log(`  whole plan: scalar convs ${beforeMs!.toFixed(2)} ms → ${target.label} rule ${afterMs!.toFixed(2)} ms (${(beforeMs! / afterMs!).toFixed(2)}× faster)`);
    for (const e of whole) e.destroy();
    out.push({ batch, kernels, variants: tuned.rows, hand, whole: { scalarConvMs: beforeMs, ruleMs: afterMs } });
  }
  const json = arg('json', '');
  if (json) writeFileSync(json, `${JSON.stringify({ device: describeAdapter(gpu.adapter), samples, reps, loadAverage: [load0, loadavg()[0]], batches: out }, null, 2)}\n`);
  gpu.destroy();
  await gpu.lost;
}

await main();
