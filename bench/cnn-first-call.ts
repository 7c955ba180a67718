/**
 * @file Where the MNIST CNN training step's *build + first call* goes (bench/versus.ts `cnntrain32`
 * reports it as one number): the model file's parse, each step of compileTraining (with a CPU
 * profile of the whole compile summed by source file), each pipeline's createShaderModule +
 * createComputePipelineAsync (all requested at once, as loadPlan does, and then one at a time on a
 * fresh device, to show how much the concurrency buys), buffers and encoding, setParams and the
 * first step read back. Wall and CPU ms (CPU counts the driver's compiler threads too).
 *
 *   npx tsx bench/cnn-first-call.ts [--model models/mnist_cnn.ts] [--batch 32] [--no-serial] [--out name]
 *   npx tsx bench/cnn-first-call.ts --per-kernel [--model …] [--batch …] [--out name]
 *   npx tsx bench/cnn-first-call.ts --variants [--sites 'conv direct,gemm'] [--model …] [--batch …] [--out name]
 *
 * On lavapipe, llvmpipe compiles a kernel with LLVM at its first dispatch, not at pipeline creation,
 * and keeps the result in Mesa's shader cache on disk (~/.cache/mesa_shader_cache_db): run with
 * MESA_SHADER_CACHE_DIR=<an empty folder> for what a first run on a new machine (or after any kernel
 * text changes) pays. --per-kernel times each dispatch's first call on its own (its compile) and its
 * second (its run), so the kernels that are slow to compile are named. --variants does the same for
 * every variant `--tune` would try at each matmul/conv site (keys starting with one of --sites):
 * whether another kernel text compiles faster without running slower. Lines print as measured.
 *
 * Writes bench/results/<date>-<out>.md and .json (out defaults to cnn-first-call-<driver>).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { singleDispatchPlan, tuneGemms } from '../src/bundle/tune.ts';
import { deviceTarget, targetOf } from '../src/codegen/target.ts';
import { compileTraining } from '../src/compile.ts';
import { compileModelFile } from '../src/frontend/index.ts';
import { acquireDevice, describeAdapter, loadPlan, PipelineCache, type Plan } from '../src/runtime/index.ts';
import { kernelTitle } from '../src/runtime/pipelines.ts';
import { paramFeeds, trainFeeds } from './dlc-runner.ts';
import { initialWeights } from './init-weights.ts';

const ROOT = join(import.meta.dirname, '..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface Phase { readonly phase: string; readonly wallMs: number; readonly cpuMs: number }

async function timed<T>(phases: Phase[], phase: string, f: () => T | Promise<T>): Promise<T> {
  const [w0, c0] = [performance.now(), cpuMs()];
  const v = await f();
  phases.push({ phase, wallMs: performance.now() - w0, cpuMs: cpuMs() - c0 });
  return v;
}

interface ProfileNode { id: number; callFrame: { url: string; functionName: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Self time by source file (and the top functions), from a V8 CPU profile. */
function byFile(p: Profile): { files: { file: string; ms: number }[]; functions: { fn: string; ms: number }[] } {
  const node = new Map(p.nodes.map((n) => [n.id, n]));
  const file = new Map<string, number>();
  const fn = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const n = node.get(id);
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    const url = n?.callFrame.url ?? '';
    // The inspector's own message handling (Profiler.start/stop) and idle time are not the compile's.
    if (!url && ['dispatch', '(idle)', '(program)'].includes(n?.callFrame.functionName ?? '')) return;
    const f = url.startsWith('file://') ? relative(ROOT, url.slice(7)) : url || `(${n?.callFrame.functionName ?? '?'})`;
    file.set(f, (file.get(f) ?? 0) + dt);
    const key = `${n?.callFrame.functionName || '(anonymous)'} ${f}`;
    fn.set(key, (fn.get(key) ?? 0) + dt);
  });
  const top = <K>(m: Map<K, number>, k: number): [K, number][] => [...m].sort((a, b) => b[1] - a[1]).slice(0, k);
  return { files: top(file, 25).map(([f, ms]) => ({ file: f, ms })), functions: top(fn, 25).map(([f, ms]) => ({ fn: f, ms })) };
}

/** Wraps the device so each pipeline's request → ready time and its shader module's creation are recorded. */
function recordPipelines(device: GPUDevice): { rows: { kernel: string; chars: number; moduleMs: number; readyMs: number }[]; t0: number } {
  const log = { rows: [] as { kernel: string; chars: number; moduleMs: number; readyMs: number }[], t0: performance.now() };
  const make = device.createShaderModule.bind(device);
  const modules = new WeakMap<GPUShaderModule, { code: string; ms: number }>();
  device.createShaderModule = (d) => {
    const t = performance.now();
    const m = make(d);
    modules.set(m, { code: d.code, ms: performance.now() - t });
    return m;
  };
  const async = device.createComputePipelineAsync.bind(device);
  device.createComputePipelineAsync = async (d) => {
    const m = modules.get(d.compute.module);
    const p = await async(d);
    log.rows.push({ kernel: kernelTitle({ code: m?.code ?? '' } as never).replace(/^dlc kernel: /, ''), chars: m?.code.length ?? 0, moduleMs: m?.ms ?? 0, readyMs: performance.now() - log.t0 });
    return p;
  };
  return log;
}

/** Which Mesa shader cache the run used (lavapipe compiles at first dispatch and caches on disk). */
const mesaCache = (): string => (process.env.MESA_SHADER_CACHE_DIR ? `MESA_SHADER_CACHE_DIR=${process.env.MESA_SHADER_CACHE_DIR}` : 'the default Mesa shader cache (warm when these kernels ran before)');

/** Each dispatch alone: its first call (the driver's compile, on lavapipe) and its second (the run). */
async function perKernel(): Promise<void> {
  const file = arg('model', 'models/mnist_cnn.ts');
  const batch = Number(arg('batch', '32'));
  const load = [loadavg()[0]!];
  const gpu = await acquireDevice();
  const driver = process.env.DLC_VULKAN_DRIVER ?? 'default';
  const model = compileModelFile(join(ROOT, file)).main;
  const data = { xShape: [...model.inputs[0]!.shape], yShape: [...model.outputs[0]!.shape], yDtype: 'f32' as const };
  const plan = compileTraining(model, { batch, data, target: deviceTarget(gpu.device) }).plan!;
  const rows: { kernel: string; chars: number; loadMs: number; firstMs: number; firstCpuMs: number; secondMs: number }[] = [];
  for (let i = 0; i < plan.dispatches.length; i++) {
    const single = singleDispatchPlan(plan, i);
    const [l0] = [performance.now()];
    const exe = await loadPlan(gpu.device, single);
    const loadMs = performance.now() - l0;
    const [w0, c0] = [performance.now(), cpuMs()];
    await exe.run({}, { read: [] });
    const [firstMs, firstCpuMs] = [performance.now() - w0, cpuMs() - c0];
    const w1 = performance.now();
    await exe.run({}, { read: [] });
    rows.push({ kernel: kernelTitle(single.kernels[0]!).replace(/^dlc kernel: /, ''), chars: single.kernels[0]!.code.length, loadMs, firstMs, firstCpuMs, secondMs: performance.now() - w1 });
    exe.destroy();
  }
  gpu.destroy();
  load.push(loadavg()[0]!);
  const f1 = (x: number): string => x.toFixed(1);
  const sum = (k: 'loadMs' | 'firstMs' | 'firstCpuMs' | 'secondMs'): string => f1(rows.reduce((a, r) => a + r[k], 0));
  const md = [
    `# ${model.name} training step (batch ${batch}): each kernel's first call alone`, '',
    `Device: ${describeAdapter(gpu.adapter)}; ${mesaCache()}. Load average (1 min) ${load.map((l) => l.toFixed(1)).join(' → ')}; 2 shared cores.`,
    `\`DLC_VULKAN_DRIVER=${driver} npx tsx bench/cnn-first-call.ts --per-kernel --model ${file} --batch ${batch}\``, '',
    'First call − second call ≈ the driver compiling the kernel at its first dispatch (llvmpipe does; Dawn\'s pipeline creation is the load column).', '',
    '| kernel | WGSL chars | loadPlan ms | first call ms | first call CPU ms | second call ms |', '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...[...rows].sort((a, b) => b.firstCpuMs - a.firstCpuMs).map((r) => `| ${r.kernel.slice(0, 90)} | ${r.chars} | ${f1(r.loadMs)} | ${f1(r.firstMs)} | ${f1(r.firstCpuMs)} | ${f1(r.secondMs)} |`),
    `| **Σ** | | ${sum('loadMs')} | ${sum('firstMs')} | ${sum('firstCpuMs')} | ${sum('secondMs')} |`, '',
  ].join('\n');
  const name = `${new Date().toISOString().slice(0, 10)}-${arg('out', `cnn-first-call-kernels-${driver}`)}`;
  writeFileSync(join(ROOT, 'bench', 'results', `${name}.md`), md);
  writeFileSync(join(ROOT, 'bench', 'results', `${name}.json`), JSON.stringify({ model: model.name, batch, driver, cache: mesaCache(), load, rows }, null, 1));
  console.log(md);
}

/** Each tunable site's variants: first call (the compile, with an empty Mesa cache) and the median of later calls. */
async function variants(): Promise<void> {
  const file = arg('model', 'models/mnist_cnn.ts');
  const batch = Number(arg('batch', '32'));
  const prefixes = arg('sites', '').split(',').filter(Boolean);
  const load = [loadavg()[0]!];
  const gpu = await acquireDevice();
  const target = targetOf(gpu.adapter);
  const model = compileModelFile(join(ROOT, file)).main;
  const data = { xShape: [...model.inputs[0]!.shape], yShape: [...model.outputs[0]!.shape], yDtype: 'f32' as const };
  const rows: { key: string; variant: string; firstMs: number; firstCpuMs: number; runMs: number[] }[] = [];
  console.log(`${describeAdapter(gpu.adapter)}; ${mesaCache()}; load ${load[0]!.toFixed(1)}`);
  const keep = (key: string): boolean => prefixes.length === 0 || prefixes.some((p) => key.startsWith(p));
  // Sites not asked for are loaded (pipeline creation only) but never run, so never compiled by llvmpipe.
  await tuneGemms(gpu.device, target, (t) => [compileTraining(model, { batch, data, target: t }).plan!], {
    samples: 3, reps: 1, pruneAbove: 1e9,
    timer: async (key, v, _n, run) => {
      if (!keep(key)) return 0;
      const [w0, c0] = [performance.now(), cpuMs()];
      await run();
      const [ms, cpu] = [performance.now() - w0, cpuMs() - c0];
      let row = rows.find((r) => r.key === key && r.variant === v);
      if (!row) {
        rows.push((row = { key, variant: v, firstMs: ms, firstCpuMs: cpu, runMs: [] }));
        console.log(`  ${key} ${v}: first call ${ms.toFixed(0)} ms, CPU ${cpu.toFixed(0)} ms`);
      } else row.runMs.push(ms);
      return ms;
    },
  });
  gpu.destroy();
  load.push(loadavg()[0]!);
  const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const md = [
    `# ${model.name} training step (batch ${batch}): compile (first call) and run time of each kernel variant`, '',
    `Device: ${describeAdapter(gpu.adapter)}; ${mesaCache()}. Load average (1 min) ${load.map((l) => l.toFixed(1)).join(' → ')}; 2 shared cores.`,
    `\`DLC_VULKAN_DRIVER=${process.env.DLC_VULKAN_DRIVER ?? 'default'} npx tsx bench/cnn-first-call.ts --variants${prefixes.length ? ` --sites '${prefixes.join(',')}'` : ''}\``, '',
    '| site | variant | first call ms | first call CPU ms | later calls ms (median) |', '| --- | --- | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.key} | ${r.variant} | ${r.firstMs.toFixed(0)} | ${r.firstCpuMs.toFixed(0)} | ${med(r.runMs).toFixed(1)} |`), '',
  ].join('\n');
  const name = `${new Date().toISOString().slice(0, 10)}-${arg('out', `cnn-variant-compile-${process.env.DLC_VULKAN_DRIVER ?? 'default'}`)}`;
  writeFileSync(join(ROOT, 'bench', 'results', `${name}.md`), md);
  writeFileSync(join(ROOT, 'bench', 'results', `${name}.json`), JSON.stringify({ model: model.name, batch, cache: mesaCache(), load, rows }, null, 1));
  console.log(md);
}

async function main(): Promise<void> {
  if (process.argv.includes('--per-kernel')) return perKernel();
  if (process.argv.includes('--variants')) return variants();
  const file = arg('model', 'models/mnist_cnn.ts');
  const batch = Number(arg('batch', '32'));
  const load = [loadavg()[0]!];
  const phases: Phase[] = [];
  const gpu = await acquireDevice();
  const driver = process.env.DLC_VULKAN_DRIVER ?? 'default';
  const target = deviceTarget(gpu.device);
  const model = await timed(phases, 'parse the model file (ts-morph, frontend)', () => compileModelFile(join(ROOT, file)).main);
  const data = { xShape: [...model.inputs[0]!.shape], yShape: [...model.outputs[0]!.shape], yDtype: 'f32' as const };
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const [w0, c0] = [performance.now(), cpuMs()];
  const prog = compileTraining(model, { batch, data, target });
  phases.push({ phase: 'compileTraining (first in this process)', wallMs: performance.now() - w0, cpuMs: cpuMs() - c0 });
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  const steps = prog.steps.map((s) => ({ step: s.name, ms: s.ms }));
  const stepsMs = steps.reduce((a, s) => a + s.ms, 0);
  const againPhase: Phase[] = [];
  await timed(againPhase, 'compileTraining (again, warm JIT)', () => compileTraining(model, { batch, data, target }));
  const plan = prog.plan as Plan;
  const rec = recordPipelines(gpu.device);
  const cache = new PipelineCache(gpu.device);
  const exe = await timed(phases, `loadPlan: ${plan.kernels.length} pipelines requested at once, buffers, encoding`, () => loadPlan(gpu.device, plan, { pipelineCache: cache }));
  const weights = initialWeights(model);
  await timed(phases, 'setParams', () => exe.setParams(paramFeeds(exe, weights)));
  const feeds = trainFeeds(exe, model, batch);
  await timed(phases, 'first step, loss read back', () => exe.run(feeds, { read: ['loss'] }));
  await timed(againPhase, 'second step, loss read back', () => exe.run(feeds, { read: ['loss'] }));
  exe.destroy();
  const concurrent = rec.rows.slice();
  // The same kernels one at a time on a fresh device (no driver-side cache shared with the first).
  const serial: { kernel: string; chars: number; ms: number; cpuMs: number }[] = [];
  if (!process.argv.includes('--no-serial')) {
    const fresh = await acquireDevice();
    const c2 = new PipelineCache(fresh.device);
    for (const k of plan.kernels) {
      const [w0, c0] = [performance.now(), cpuMs()];
      await c2.pipeline(k);
      serial.push({ kernel: kernelTitle(k).replace(/^dlc kernel: /, ''), chars: k.code.length, ms: performance.now() - w0, cpuMs: cpuMs() - c0 });
    }
    fresh.destroy();
  }
  gpu.destroy();
  load.push(loadavg()[0]!);
  const prof = byFile(profile);
  const date = new Date().toISOString().slice(0, 10);
  const name = `${date}-${arg('out', `cnn-first-call-${driver}`)}`;
  const f1 = (x: number): string => x.toFixed(1);
  const total = phases.filter((p) => !p.phase.startsWith('parse')).reduce((a, p) => a + p.wallMs, 0);
  const md = [
    `# ${model.name} training step (batch ${batch}): build + first call, phase by phase`,
    '',
    `Device: ${describeAdapter(gpu.adapter)}; ${mesaCache()}. Load average (1 min) ${load.map((l) => l.toFixed(1)).join(' → ')}; 2 shared cores.`,
    `\`DLC_VULKAN_DRIVER=${driver} npx tsx bench/cnn-first-call.ts --model ${file} --batch ${batch}\``,
    '',
    '| phase | wall ms | CPU ms |', '| --- | ---: | ---: |',
    ...phases.map((p) => `| ${p.phase} | ${f1(p.wallMs)} | ${f1(p.cpuMs)} |`),
    `| **build + first call** (what versus.ts reports, the parse excluded) | **${f1(total)}** | |`,
    ...againPhase.map((p) => `| (for comparison) ${p.phase} | ${f1(p.wallMs)} | ${f1(p.cpuMs)} |`),
    '',
    `compileTraining's steps (${f1(stepsMs)} ms; the rest, ${f1(phases[1]!.wallMs - stepsMs)} ms, is fusion, codegen and planning in compileProgramPlan):`,
    '', '| step | ms |', '| --- | ---: |', ...steps.map((s) => `| ${s.step} | ${f1(s.ms)} |`),
    '', 'CPU profile of that first compileTraining, JS self time by file (top 25; the inspector\'s own time left out):', '', '| file | ms |', '| --- | ---: |',
    ...prof.files.map((f) => `| ${f.file} | ${f1(f.ms)} |`),
    '', 'Top functions by self time:', '', '| function file | ms |', '| --- | ---: |', ...prof.functions.map((f) => `| ${f.fn} | ${f1(f.ms)} |`),
    '', `Pipelines requested at once (loadPlan): time from the first request to each being ready, ${plan.kernels.length} kernels:`, '',
    '| kernel | WGSL chars | createShaderModule ms | ready at ms |', '| --- | ---: | ---: | ---: |',
    ...concurrent.map((r) => `| ${r.kernel.slice(0, 90)} | ${r.chars} | ${f1(r.moduleMs)} | ${f1(r.readyMs)} |`),
    ...(serial.length ? ['', `The same pipelines one at a time on a fresh device (Σ ${f1(serial.reduce((a, r) => a + r.ms, 0))} ms wall, ${f1(serial.reduce((a, r) => a + r.cpuMs, 0))} ms CPU):`, '', '| kernel | WGSL chars | wall ms | CPU ms |', '| --- | ---: | ---: | ---: |',
      ...[...serial].sort((a, b) => b.ms - a.ms).map((r) => `| ${r.kernel.slice(0, 90)} | ${r.chars} | ${f1(r.ms)} | ${f1(r.cpuMs)} |`)] : []),
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'bench', 'results', `${name}.md`), md);
  writeFileSync(join(ROOT, 'bench', 'results', `${name}.json`), JSON.stringify({ model: model.name, batch, driver, device: describeAdapter(gpu.adapter), cache: mesaCache(), load, phases, again: againPhase, steps, profile: prof, concurrent, serial }, null, 1));
  console.log(md);
}

await main();
