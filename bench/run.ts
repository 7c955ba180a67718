/**
 * @file `npm run bench [-- --quick] [--models a,b] [--backends webgpu,wasm,cpu] [--no-kernels] [--no-cli]`:
 * dlc against TF.js (WebGPU on the same device, WASM, CPU) on the seed models, the kernel table and
 * CLI wall times; writes bench/results/<date>-<device>.json and .md and prints the markdown.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileModelFile } from '../src/frontend/index.ts';
import { CASES, type BenchCase } from './cases.ts';
import { timeCli } from './cli-timing.ts';
import { openDevices, type Devices, type TfBackend } from './devices.ts';
import { runDlc, type RunSettings } from './dlc-runner.ts';
import { initialWeights } from './init-weights.ts';
import { FULL_SHAPES, kernelTable, QUICK_SHAPES } from './kernel-table.ts';
import { ratiosOf, resultName, toJson, toMarkdown } from './report.ts';
import { runTf } from './tf-runner.ts';
import type { BenchRun, ModelResult } from './types.ts';

const ROOT = join(import.meta.dirname, '..');

function options() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false }, models: { type: 'string' }, backends: { type: 'string', default: 'webgpu,wasm,cpu' },
      'no-kernels': { type: 'boolean', default: false }, 'no-cli': { type: 'boolean', default: false }, out: { type: 'string', default: join(ROOT, 'bench', 'results') },
    },
  });
  const wanted = values.models?.split(',');
  return {
    quick: values.quick!, out: values.out!, kernels: !values['no-kernels'], cli: !values['no-cli'],
    cases: CASES.filter((c) => !wanted || wanted.includes(c.model)),
    backends: values.backends!.split(',').filter(Boolean) as TfBackend[],
  };
}

const log = (s: string): void => void process.stderr.write(`${s}\n`);

async function benchModel(dev: Devices, c: BenchCase, settings: RunSettings, backends: readonly TfBackend[]): Promise<ModelResult> {
  const model = compileModelFile(join(ROOT, c.file)).models.find((m) => m.name === c.model);
  if (!model) throw new Error(`${c.file} has no model ${c.model}`);
  const weights = initialWeights(model);
  log(`· ${c.model} (batch ${settings.batch}): dlc`);
  const systems = [await runDlc(dev.gpu.device, model, weights, settings)];
  for (const b of backends) {
    log(`· ${c.model}: tfjs-${b}`);
    systems.push(await runTf(dev.tf, b, dev.backends[b], model, weights, settings, b === 'webgpu' ? dev.freshWebGpu : undefined));
  }
  return { model: c.model, file: c.file, batch: settings.batch, params: model.totalParams, systems };
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
  const names = ['@tensorflow/tfjs', '@tensorflow/tfjs-backend-webgpu', '@tensorflow/tfjs-backend-wasm', 'webgpu'];
  return { dlc: own.version, node: process.versions.node, ...Object.fromEntries(names.map((n) => [n, pkg(n)])) };
}

function runNotes(dev: Devices, quick: boolean): string[] {
  const notes = [
    'TF.js WebGPU runs on the very GPUDevice dlc acquired (its backend is constructed on that device), so both use one adapter and driver.',
    'Dispatches are counted by wrapping GPUComputePassEncoder.dispatchWorkgroups around one call; TF.js WebGPU runs tiny ops on the CPU (WEBGPU_CPU_FORWARD, its default), which launch no dispatch.',
    'Peak GPU memory is the high-water mark of live GPU buffers (createBuffer minus destroy) during the model\'s work; TF.js pools freed buffers, and its pool counts.',
    'dlc cold start: plan JSON → loadPlan (all pipelines) → setParams → first result read back; TF.js: tf.layers model built, weights set, first prediction read back. Inference only.',
    'The training step of both reads the loss back (dlc: run with read [loss]; TF.js: trainOnBatch).',
  ];
  if (dev.gpu.adapter.isSoftware) notes.unshift('The device is SwiftShader, a CPU emulation of a GPU: ratios here say little about real GPUs (dispatch overhead and kernel tiling behave differently).');
  if (quick) notes.push('Quick mode: tiny batches and few repetitions; the machine was shared with other jobs (2 cores), so timings are noisy.');
  return notes;
}

async function main(): Promise<void> {
  const o = options();
  const dev = await openDevices();
  log(`device: ${dev.adapters[0]!.description}; TF.js backends: ${JSON.stringify(dev.backends)}`);
  const settings = (c: BenchCase): RunSettings => (o.quick ? { batch: c.quickBatch, warmup: 1, runs: 3 } : { batch: c.fullBatch, warmup: 3, runs: 20 });
  const models: ModelResult[] = [];
  for (const c of o.cases) models.push(await benchModel(dev, c, settings(c), o.backends));
  log('· kernel table');
  const tf = dev.backends.webgpu === true ? dev.tf : undefined;
  tf && dev.freshWebGpu();
  const kernels = o.kernels ? await kernelTable(dev.gpu.device, tf, o.quick ? QUICK_SHAPES : FULL_SHAPES, o.quick ? { reps: 2, warmup: 1, runs: 3 } : { reps: 10, warmup: 2, runs: 10 }) : [];
  log('· CLI wall time');
  const cli = o.cli ? timeCli([...new Set(o.cases.map((c) => c.file))].map((file) => ({ model: basename(file, '.ts'), file })), o.quick ? 1 : 3) : [];
  const a = dev.gpu.adapter;
  const run: BenchRun = {
    date: new Date().toISOString().slice(0, 10), mode: o.quick ? 'quick' : 'full',
    device: [a.vendor, a.architecture].filter(Boolean).join(' ') || a.description || 'unknown', adapters: dev.adapters, versions: versions(),
    host: { platform: process.platform, arch: process.arch, cpus: cpus().length, node: process.versions.node },
    settings: { warmup: o.quick ? 1 : 3, runs: o.quick ? 3 : 20, batch: o.cases.map((c) => `${c.model} ${settings(c).batch}`).join(', ') },
    models, cli, kernels, ratios: ratiosOf(models), notes: runNotes(dev, o.quick),
  };
  mkdirSync(o.out, { recursive: true });
  const base = join(o.out, resultName(run));
  writeFileSync(`${base}.json`, toJson(run));
  writeFileSync(`${base}.md`, toMarkdown(run));
  process.stdout.write(toMarkdown(run));
  log(`wrote ${base}.json and .md`);
  dev.gpu.destroy();
  await dev.gpu.lost;
}

await main();
