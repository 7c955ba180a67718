/**
 * @file `npm run bench [-- --quick] [--models a,b] [--backends webgpu,wasm,cpu] [--versus mlp64,cnn1|none] [--versus-runs N]
 * [--runs N] [--warmup N] [--no-infer] [--budget-s S] [--name base] [--no-kernels] [--no-cli] [--gpu-shapes] [--out dir]`:
 * dlc against TF.js (WebGPU on the same device, WASM, CPU) on the seed models, dlc against jax-js
 * (WebGPU on the same device, wasm) on the versus cases, the kernel table and CLI wall times; writes
 * bench/results/<date>-<device>.json and .md and prints the markdown.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileModelFile } from '../src/frontend/index.ts';
import { CASES, type BenchCase } from './cases.ts';
import { timeCli } from './cli-timing.ts';
import { openDevices, type Devices, type TfBackend } from './devices.ts';
import { runDlc, type RunSettings } from './dlc-runner.ts';
import { TrainPair } from './train-pair.ts';
import { initialWeights } from './init-weights.ts';
import { FULL_SHAPES, GPU_SHAPES, kernelTable, QUICK_SHAPES } from './kernel-table.ts';
import { openJax, type JaxPeers } from './jax-runner.ts';
import { ratiosOf, resultName, toJson, toMarkdown, versusRatios } from './report.ts';
import { runTf } from './tf-runner.ts';
import type { BenchRun, ModelResult } from './types.ts';
import { caseName, runVersus, VERSUS_CASES } from './versus.ts';

const ROOT = join(import.meta.dirname, '..');

function options() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false }, models: { type: 'string' }, backends: { type: 'string', default: 'webgpu,wasm,cpu' },
      versus: { type: 'string', default: VERSUS_CASES.map(caseName).join(',') }, 'versus-runs': { type: 'string' }, runs: { type: 'string' }, warmup: { type: 'string' }, 'budget-s': { type: 'string' }, name: { type: 'string' }, out: { type: 'string', default: join(ROOT, 'bench', 'results') },
      'no-kernels': { type: 'boolean', default: false }, 'no-infer': { type: 'boolean', default: false }, 'no-cli': { type: 'boolean', default: false }, 'gpu-shapes': { type: 'boolean', default: false },
    },
  });
  const wanted = values.models?.split(',');
  const versus = values.versus!.split(',').filter((v) => v && v !== 'none');
  const unknown = versus.filter((v) => !VERSUS_CASES.some((c) => caseName(c) === v));
  if (unknown.length) throw new Error(`--versus: unknown case ${unknown.join(', ')} (known: ${VERSUS_CASES.map(caseName).join(', ')}, or none)`);
  return {
    quick: values.quick!, out: values.out!, kernels: !values['no-kernels'], cli: !values['no-cli'],
    /** Full mode's kernel table plus the shapes only a real GPU runs in time (the 4096³ matmul; bench/gpu.sh). */
    gpuShapes: values['gpu-shapes']!,
    cases: CASES.filter((c) => !wanted || wanted.includes(c.model)),
    backends: values.backends!.split(',').filter(Boolean) as TfBackend[],
    versus: VERSUS_CASES.filter((c) => versus.includes(caseName(c))),
    versusRuns: values['versus-runs'] === undefined ? undefined : Number(values['versus-runs']),
    /** --runs / --warmup: the models' timed runs and warm-ups (default 3 and 20 full, 1 and 3 quick). */
    /** --no-infer: the models' training steps only (no inference half), for full-size runs on slow drivers. */
    infer: !values['no-infer'],
    counts: { runs: values.runs === undefined ? undefined : Number(values.runs), warmup: values.warmup === undefined ? undefined : Number(values.warmup) },
    budgetS: values['budget-s'] === undefined ? undefined : Number(values['budget-s']),
    /** The results files' base name (default `<date>-<device>`). */
    name: values.name,
  };
}

const log = (s: string): void => void process.stderr.write(`${s}\n`);

async function benchModel(dev: Devices, c: BenchCase, settings: RunSettings, backends: readonly TfBackend[]): Promise<ModelResult> {
  const model = compileModelFile(join(ROOT, c.file)).models.find((m) => m.name === c.model);
  if (!model) throw new Error(`${c.file} has no model ${c.model}`);
  const weights = initialWeights(model);
  // The training steps of dlc and TF.js WebGPU (the target's peer) are timed interleaved, one step
  // of each per round, so load on a shared machine drifts over both alike (bench/train-pair.ts).
  const pair = backends.includes('webgpu') && dev.backends.webgpu === true ? new TrainPair() : undefined;
  try {
    log(`· ${c.model} (batch ${settings.batch}): dlc`);
    let trainRatio: ModelResult['trainRatio'];
    const systems = [await runDlc(dev.gpu.device, model, weights, settings, pair?.keep(0))];
    for (const b of backends) {
      log(`· ${c.model}: tfjs-${b}`);
      systems.push(await runTf(dev.tf, b, dev.backends[b], model, weights, settings, b === 'webgpu' ? dev.freshWebGpu : undefined, b === 'webgpu' ? pair?.keep(1) : undefined));
      // Timed before the next backend replaces TF.js WebGPU as TF.js's current one.
      if (b === 'webgpu' && pair) (log(`· ${c.model}: training steps interleaved`), (trainRatio = await pair.time(systems, settings)));
    }
    return { model: c.model, file: c.file, batch: settings.batch, params: model.totalParams, systems, ...(trainRatio ? { trainRatio } : {}) };
  } finally {
    pair?.dispose();
  }
}

/** Installed versions; a bundled harness (no node_modules) falls back to package.json's exact pins. */
function versions(): Record<string, string> {
  const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  const pkg = (name: string): string => {
    try {
      return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return `${own.dependencies?.[name] ?? own.devDependencies?.[name] ?? 'missing'} (pinned)`;
    }
  };
  const names = ['@jax-js/jax', '@tensorflow/tfjs', '@tensorflow/tfjs-backend-webgpu', '@tensorflow/tfjs-backend-wasm', 'webgpu'];
  return { dlc: own.version, node: process.versions.node, ...Object.fromEntries(names.map((n) => [n, pkg(n)])) };
}

function runNotes(dev: Devices, quick: boolean, versus: boolean, vs: { warmup: number; runs: number }): string[] {
  const notes = [
    'TF.js WebGPU runs on the very GPUDevice dlc acquired (its backend is constructed on that device), so both use one adapter and driver.',
    'Dispatches are counted by wrapping GPUComputePassEncoder.dispatchWorkgroups around one call; TF.js WebGPU runs tiny ops on the CPU (WEBGPU_CPU_FORWARD, its default), which launch no dispatch.',
    'Peak GPU memory is the high-water mark of live GPU buffers (createBuffer minus destroy) during the model\'s work; TF.js pools freed buffers, and its pool counts.',
    'dlc cold start: plan JSON → loadPlan (all pipelines) → setParams → first result read back; TF.js: tf.layers model built, weights set, first prediction read back. Inference only.',
    'The training step of both reads the loss back (dlc: run with read [loss]; TF.js: trainOnBatch).',
  ];
  if (dev.gpu.adapter.isSoftware) notes.unshift(`The device is ${dev.gpu.adapter.source.includes('lavapipe') ? "Mesa's lavapipe" : 'SwiftShader'}, a CPU implementation of a GPU: ratios here say little about real GPUs (dispatch overhead and kernel tiling behave differently).`);
  if (versus) {
    notes.push(`dlc vs jax-js: jax-js's WebGPU backend runs on dlc's own GPUDevice (navigator.gpu hands it out); each case's systems are built and run once in turn, then timed interleaved (${vs.warmup} warm-up each, then ${vs.runs} rounds of one call per system, the order rotating), so load drifts over all alike.`);
    notes.push('jax-js\'s MLP step is one jit of valueAndGrad and the SGD (Nesterov) update, fed the very dropout mask dlc draws for step 0 (both systems repeat step 0\'s mask every call); its loss is checked against dlc\'s first step below.');
    notes.push('jax-js\'s CNN step is one jit of valueAndGrad (cross-entropy from the logits) and the RMSprop update (Keras\'s: ε outside the square root), from the same weights and batch; its first-step loss is checked against dlc\'s below.');
  }
  if (quick) notes.push('Quick mode: tiny batches and few repetitions; the machine was shared with other jobs (2 cores), so timings are noisy.');
  return notes;
}

/** jax-js loaded and its backends started (after openDevices: its WebGPU backend asks navigator.gpu for dlc's device). */
async function jaxPeers(): Promise<JaxPeers | undefined> {
  try {
    const peers = await openJax();
    log(`jax-js backends: ${JSON.stringify(peers.status)}`);
    return peers;
  } catch (e) {
    log(`jax-js did not load: ${String(e)}`);
    return undefined;
  }
}

async function main(): Promise<void> {
  const o = options();
  const load0 = loadavg();
  const dev = await openDevices();
  log(`device: ${dev.adapters[0]!.description}; TF.js backends: ${JSON.stringify(dev.backends)}`);
  const settings = (c: BenchCase): RunSettings => settingsOf(o, c);
  // --budget-s: stages that would start after the budget is spent are skipped (and say so), so a
  // time-boxed run (bench/gpu.sh) still writes its results.
  const t0 = performance.now();
  const skipped: string[] = [];
  const within = (what: string): boolean => {
    const ok = o.budgetS === undefined || performance.now() - t0 < o.budgetS * 1000;
    if (!ok) skipped.push(what);
    return ok;
  };
  // The jax-js comparison first: it is the one a time-boxed run must not lose.
  const peers = o.versus.length ? await jaxPeers() : undefined;
  const vs = o.quick ? { warmup: 1, runs: o.versusRuns ?? 5 } : { warmup: 3, runs: o.versusRuns ?? 20 };
  const programs = new Map<string, ReturnType<typeof compileModelFile>>();
  const modelOf = (file: string, name: string) => {
    if (!programs.has(file)) programs.set(file, compileModelFile(join(ROOT, file)));
    return programs.get(file)!.models.find((m) => m.name === name)!;
  };
  const versus = await runVersus(dev, peers, o.versus.filter((c) => within(`versus ${c.model} ${c.kind} b${c.batch}`)), (c) => modelOf(c.file, c.model), vs, o.backends.includes('webgpu'), log);
  const adapters = [...dev.adapters];
  if (peers) {
    adapters.push(...(['webgpu', 'wasm'] as const).filter((d) => peers.status[d] === true).map((d) => d === 'webgpu'
      ? { ...dev.adapters[0]!, system: 'jax-webgpu', description: `${dev.adapters[0]!.description} (the same GPUDevice as dlc, via navigator.gpu)` }
      : { system: 'jax-wasm', vendor: '', architecture: 'wasm', device: '', description: 'jax-js WebAssembly backend (CPU)' }));
  }
  const models: ModelResult[] = [];
  let kernels: Awaited<ReturnType<typeof kernelTable>> = [];
  let cli: ReturnType<typeof timeCli> = [];
  // The results files are rewritten after every stage, so a run stopped by a time limit keeps what it measured.
  const write = (done: boolean): string => {
    const run = report(o, dev, adapters, models, kernels, cli, versus, vs, load0, skipped, done);
    mkdirSync(o.out, { recursive: true });
    const base = join(o.out, o.name ?? resultName(run));
    writeFileSync(`${base}.json`, toJson(run));
    writeFileSync(`${base}.md`, toMarkdown(run));
    return base;
  };
  write(false);
  for (const c of o.cases) if (within(`model ${c.model}`)) (models.push(await benchModel(dev, c, settings(c), o.backends)), write(false));
  log('· kernel table');
  const tf = dev.backends.webgpu === true ? dev.tf : undefined;
  tf && dev.freshWebGpu();
  kernels = o.kernels && within('kernel table') ? await kernelTable(dev.gpu.device, tf, o.quick ? QUICK_SHAPES : o.gpuShapes ? GPU_SHAPES : FULL_SHAPES, o.quick ? { reps: 2, warmup: 1, runs: 3 } : { reps: 10, warmup: 2, runs: 10 }) : [];
  log('· CLI wall time');
  cli = o.cli && within('CLI timings') ? timeCli([...new Set(o.cases.map((c) => c.file))].map((file) => ({ model: basename(file, '.ts'), file })), o.quick ? 1 : 3) : [];
  const base = write(true);
  process.stdout.write(readFileSync(`${base}.md`, 'utf8'));
  log(`wrote ${base}.json and .md`);
  dev.gpu.destroy();
  await dev.gpu.lost;
}

function settingsOf(o: Pick<ReturnType<typeof options>, 'quick' | 'counts' | 'infer'>, c: BenchCase): RunSettings {
  const base = o.quick ? { batch: c.quickBatch, warmup: 1, runs: 3 } : { batch: c.fullBatch, warmup: 3, runs: 20 };
  return { ...base, warmup: o.counts.warmup ?? base.warmup, runs: o.counts.runs ?? base.runs, ...(o.infer ? {} : { infer: false }) };
}

/** The run's record from what has been measured so far (`done`: every stage ran or was skipped). */
function report(
  o: ReturnType<typeof options>, dev: Devices, adapters: BenchRun['adapters'], models: ModelResult[], kernels: BenchRun['kernels'], cli: BenchRun['cli'],
  versus: Awaited<ReturnType<typeof runVersus>>, vs: { warmup: number; runs: number }, load0: number[], skipped: readonly string[], done: boolean,
): BenchRun {
  const a = dev.gpu.adapter;
  const settings = (c: BenchCase): RunSettings => settingsOf(o, c);
  const first = settingsOf(o, o.cases[0] ?? CASES[0]!);
  return {
    date: new Date().toISOString().slice(0, 10), mode: o.quick ? 'quick' : 'full',
    device: [a.vendor, a.architecture].filter(Boolean).join(' ') || a.description || 'unknown', adapters, versions: versions(),
    host: { platform: process.platform, arch: process.arch, cpus: cpus().length, node: process.versions.node, loadAverage: { start: load0, end: loadavg() } },
    settings: { warmup: first.warmup, runs: first.runs, batch: o.cases.map((c) => `${c.model} ${settings(c).batch}`).join(', ') },
    models, cli, kernels, ratios: [...ratiosOf(models), ...versusRatios(versus)],
    notes: [
      ...runNotes(dev, o.quick, versus.length > 0, vs), ...(skipped.length ? [`Skipped, --budget-s ${o.budgetS} spent: ${skipped.join(', ')}.`] : []),
      ...(done ? [] : ['Unfinished: the run stopped (a time limit) before its last stages; these are the stages it finished.']),
    ],
    ...(versus.length ? { versus } : {}),
  };
}

await main();
