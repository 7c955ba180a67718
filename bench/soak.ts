/**
 * @file Soak test: thousands of compiled training steps and inference calls on one device, sampling
 * host memory (RSS, heap) and live GPU objects (buffers and their bytes, bind groups, pipelines,
 * command encoders) every K steps, to show that a long run leaks nothing.
 *
 *   npx tsx bench/soak.ts [--steps N] [--every K] [--model models/iris_mlp.ts]
 *
 * GPU objects are counted by wrapping the device's create* methods (and each buffer's destroy), so
 * the figures are exact for everything dlc creates. Prints a table and a verdict; writes
 * bench/results/soak-<date>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { compileInference } from '../src/compile.ts';
import { loadDataset } from '../src/data/load.ts';
import { compileModelFile } from '../src/frontend/index.ts';
import { acquireDevice, loadPlan, describeAdapter } from '../src/runtime/index.ts';
import { epochOrder } from '../src/train/loop.ts';
import { TrainSession } from '../src/train/session.ts';

export interface SoakOptions {
  readonly steps: number;
  /** Sample every this many steps. */
  readonly every: number;
  readonly modelFile: string;
  /** One inference call (with readback) after every this many training steps. */
  readonly inferEvery: number;
}

export interface Sample {
  readonly step: number;
  readonly rssMiB: number;
  readonly heapMiB: number;
  readonly liveBuffers: number;
  readonly liveBufferMiB: number;
  readonly bindGroups: number;
  readonly pipelines: number;
  readonly encoders: number;
  readonly inferences: number;
}

export interface SoakResult {
  readonly device: string;
  readonly model: string;
  readonly steps: number;
  readonly seconds: number;
  readonly samples: readonly Sample[];
  /** Least-squares slope of RSS and heap over the second half, in MiB per 1000 steps. */
  readonly rssSlope: number;
  readonly heapSlope: number;
  /** Change in live GPU objects between the first sample after warm-up and the last. */
  readonly gpuGrowth: { readonly buffers: number; readonly bufferMiB: number; readonly bindGroups: number; readonly pipelines: number };
  readonly flat: boolean;
}

/** Host memory may drift this much (MiB per 1000 steps) and still count as flat: allocator noise, JIT. */
export const RSS_SLOPE_LIMIT = 1;

interface Counters {
  liveBuffers: number;
  liveBytes: number;
  bindGroups: number;
  pipelines: number;
  encoders: number;
}

/** Wraps the device's factories so every GPU object dlc makes (and every buffer it frees) is counted. */
function instrument(device: GPUDevice): Counters {
  const c: Counters = { liveBuffers: 0, liveBytes: 0, bindGroups: 0, pipelines: 0, encoders: 0 };
  const d = device as unknown as Record<string, (...a: unknown[]) => unknown>;
  const wrap = (name: string, after: (result: unknown, args: unknown[]) => void): void => {
    const orig = d[name]!.bind(device);
    d[name] = (...args: unknown[]) => {
      const r = orig(...args);
      after(r, args);
      return r;
    };
  };
  wrap('createBuffer', (b, args) => {
    const buf = b as GPUBuffer;
    const size = (args[0] as GPUBufferDescriptor).size;
    c.liveBuffers++;
    c.liveBytes += size;
    const destroy = buf.destroy.bind(buf);
    let freed = false;
    (buf as { destroy: () => void }).destroy = () => {
      if (!freed) {
        freed = true;
        c.liveBuffers--;
        c.liveBytes -= size;
      }
      destroy();
    };
  });
  wrap('createBindGroup', () => c.bindGroups++);
  wrap('createComputePipeline', () => c.pipelines++);
  wrap('createComputePipelineAsync', () => c.pipelines++);
  wrap('createCommandEncoder', () => c.encoders++);
  return c;
}

/** A real gc() so RSS/heap samples are not just garbage waiting to be collected. */
function gcFunction(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export async function runSoak(o: SoakOptions, log: (line: string) => void = () => undefined): Promise<SoakResult> {
  const model = compileModelFile(o.modelFile).main;
  if (!model.train?.data) throw new Error(`${o.modelFile} has no train: { data } section to soak with`);
  const dataset = loadDataset(model.train.data);
  const gpu = await acquireDevice();
  const counters = instrument(gpu.device);
  const gc = gcFunction();
  try {
    const t = model.train;
    const session = await TrainSession.create(gpu.device, model, dataset, dataset.train, { batch: t.batchSize, seed: 1, loss: t.loss, optimizer: t.optimizer });
    const infer = await loadPlan(gpu.device, compileInference(model, { batch: 1 }).plan!);
    await infer.setParams(Object.fromEntries(infer.params.map((p) => [p.name, new Float32Array(p.length).fill(0.01)])));
    const x = new Float32Array(infer.inputs[0]!.length).fill(0.5);
    const samples: Sample[] = [];
    let inferences = 0;
    const t0 = performance.now();
    const perEpoch = session.stepsPerEpoch;
    let order = epochOrder(dataset.train.n, 1, 0);
    for (let step = 0; step < o.steps; step++) {
      const k = step % perEpoch;
      if (k === 0) order = epochOrder(dataset.train.n, 1, Math.floor(step / perEpoch));
      void session.step(order.subarray(k * session.opts.batch, (k + 1) * session.opts.batch), step, t.optimizer.learningRate);
      if ((step + 1) % o.inferEvery === 0) {
        await infer.run({ [infer.inputs[0]!.name]: x });
        inferences++;
      }
      if ((step + 1) % o.every !== 0 && step + 1 !== o.steps) continue;
      const m = await session.trainMetrics(o.every * session.opts.batch); // waits for the GPU: a true sample
      if (!Number.isFinite(m.loss)) throw new Error(`loss became ${m.loss} at step ${step + 1}`);
      await session.resetMetrics();
      gc();
      const mem = process.memoryUsage();
      const s: Sample = {
        step: step + 1, rssMiB: mem.rss / 2 ** 20, heapMiB: mem.heapUsed / 2 ** 20,
        liveBuffers: counters.liveBuffers, liveBufferMiB: counters.liveBytes / 2 ** 20,
        bindGroups: counters.bindGroups, pipelines: counters.pipelines, encoders: counters.encoders, inferences,
      };
      samples.push(s);
      log(row(s));
    }
    const seconds = (performance.now() - t0) / 1000;
    infer.destroy();
    session.destroy();
    return summarise(describeAdapter(gpu.adapter), model.name, o.steps, seconds, samples);
  } finally {
    gpu.destroy();
    await gpu.lost;
  }
}

function summarise(device: string, model: string, steps: number, seconds: number, samples: Sample[]): SoakResult {
  const half = samples.slice(Math.floor(samples.length / 2));
  const base = samples[1] ?? samples[0]!; // the first sample still includes one-off staging buffers and JIT warm-up
  const last = samples[samples.length - 1]!;
  const gpuGrowth = {
    buffers: last.liveBuffers - base.liveBuffers, bufferMiB: last.liveBufferMiB - base.liveBufferMiB,
    bindGroups: last.bindGroups - base.bindGroups, pipelines: last.pipelines - base.pipelines,
  };
  const rssSlope = slope(half.map((s) => [s.step, s.rssMiB])) * 1000;
  const heapSlope = slope(half.map((s) => [s.step, s.heapMiB])) * 1000;
  const flat = rssSlope < RSS_SLOPE_LIMIT && gpuGrowth.buffers === 0 && gpuGrowth.bindGroups === 0 && gpuGrowth.pipelines === 0;
  return { device, model, steps, seconds, samples, rssSlope, heapSlope, gpuGrowth, flat };
}

/** Least-squares slope of y over x. */
function slope(points: readonly [number, number][]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p[0], 0) / n;
  const my = points.reduce((s, p) => s + p[1], 0) / n;
  const num = points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0);
  const den = points.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

const HEADER = 'step      rss MiB  heap MiB  live bufs  buf MiB  bind groups  pipelines  encoders  inferences';

function row(s: Sample): string {
  const c = (v: number | string, w: number): string => String(v).padStart(w);
  return `${c(s.step, 6)}  ${c(s.rssMiB.toFixed(1), 9)}  ${c(s.heapMiB.toFixed(1), 8)}  ${c(s.liveBuffers, 9)}  ${c(s.liveBufferMiB.toFixed(3), 7)}  ${c(s.bindGroups, 11)}  ${c(s.pipelines, 9)}  ${c(s.encoders, 8)}  ${c(s.inferences, 10)}`;
}

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const steps = Number(flag('steps', '5000'));
  const every = Number(flag('every', String(Math.max(1, Math.round(steps / 25)))));
  const opts: SoakOptions = { steps, every, modelFile: flag('model', 'models/iris_mlp.ts'), inferEvery: Number(flag('infer-every', '1')) };
  console.log(`soak: ${opts.modelFile}, ${steps} training steps, one inference call every ${opts.inferEvery} step(s), sampling every ${every}`);
  console.log(HEADER);
  const r = await runSoak(opts, (l) => console.log(l));
  console.log(`\n${r.device}; ${r.steps} steps in ${r.seconds.toFixed(1)} s (${(r.steps / r.seconds).toFixed(1)} steps/s)`);
  console.log(`RSS slope ${r.rssSlope.toFixed(3)} MiB/1000 steps (limit ${RSS_SLOPE_LIMIT}), heap slope ${r.heapSlope.toFixed(3)} MiB/1000 steps (second half)`);
  console.log(`GPU objects after warm-up: buffers ${signed(r.gpuGrowth.buffers)} (${signed(+r.gpuGrowth.bufferMiB.toFixed(3))} MiB), bind groups ${signed(r.gpuGrowth.bindGroups)}, pipelines ${signed(r.gpuGrowth.pipelines)}`);
  console.log(`verdict: ${r.flat ? 'FLAT (no leak)' : 'GROWING (possible leak)'}`);
  const dir = join('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `soak-${new Date().toISOString().replace(/[:]/g, '').replace(/\..*/, '')}.json`);
  writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  console.log(`wrote ${file}`);
  process.exitCode = r.flat ? 0 : 1;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
