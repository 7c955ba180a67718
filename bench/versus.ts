/**
 * @file dlc against jax-js (WebGPU on dlc's own GPUDevice, and wasm) and TF.js WebGPU on fixed cases:
 * the MNIST MLP training step at batch 64 and 256, MNIST CNN inference at batch 1 and 32 and the MNIST
 * CNN training step at batch 32 and 64. Every
 * system starts from the same seeded weights and data; the systems' samples are interleaved (one call
 * of each per round), and each row carries a check that jax-js computed the same numbers as dlc (the
 * first step's loss, or the predicted probabilities), so the timings compare the same work.
 */
import type * as TF from '@tensorflow/tfjs';
import * as compiler from '../src/compile.ts';
import type { CompiledModel } from '../src/frontend/index.ts';
import { loadPlan, type Plan } from '../src/runtime/index.ts';
import { useBackend, type Devices } from './devices.ts';
import { benchTarget, bodies, inferenceWeights, message, paramFeeds, targetData, trainFeeds, trainingCompiler } from './dlc-runner.ts';
import { countDispatches, pipelinesCreated, startMemoryWindow } from './gpu-probe.ts';
import { initialWeights, randomData, type Weights } from './init-weights.ts';
import { jaxCnnInfer, jaxCnnStep, jaxMlpStep, type JaxDevice, type JaxPeers } from './jax-runner.ts';
import { peerLoss, peerOptimizer } from './peer-models.ts';
import { timeInterleaved, timeOnce } from './stats.ts';
import { buildPeer } from './tf-runner.ts';
import type { SameWorkCheck, SystemFigures, VersusRow } from './types.ts';

export interface VersusCase {
  readonly model: 'mnist_mlp' | 'mnist_cnn';
  readonly file: string;
  readonly kind: 'train' | 'infer';
  readonly batch: number;
}

export const VERSUS_CASES: readonly VersusCase[] = [
  { model: 'mnist_mlp', file: 'models/mnist_mlp.ts', kind: 'train', batch: 64 },
  { model: 'mnist_mlp', file: 'models/mnist_mlp.ts', kind: 'train', batch: 256 },
  { model: 'mnist_cnn', file: 'models/mnist_cnn.ts', kind: 'infer', batch: 1 },
  { model: 'mnist_cnn', file: 'models/mnist_cnn.ts', kind: 'infer', batch: 32 },
  { model: 'mnist_cnn', file: 'models/mnist_cnn.ts', kind: 'train', batch: 32 },
  { model: 'mnist_cnn', file: 'models/mnist_cnn.ts', kind: 'train', batch: 64 },
];

/** `mlp64,cnn32,cnntrain64`-style names of the cases (for --versus): the MLP cases train, `cnn<b>` infers. */
export const caseName = (c: VersusCase): string => `${c.model === 'mnist_mlp' ? 'mlp' : c.kind === 'train' ? 'cnntrain' : 'cnn'}${c.batch}`;
const caseLabel = (c: VersusCase): string => `${c.model} ${c.kind} b${c.batch}`;

/** Tolerance of the same-work check: |loss − dlc's| or max |Δ probability|. */
export const SAME_WORK_TOLERANCE = 1e-3;

/** One system ready to run the case: `run` resolves with its result read back (the loss, or the outputs). */
interface Contender {
  readonly system: string;
  readonly run: () => Promise<ArrayLike<number>>;
  readonly dispose: () => void;
  readonly notes?: readonly string[];
}

interface Built {
  readonly c: Contender;
  readonly first: ArrayLike<number>;
  readonly coldMs: number;
  readonly pipelines?: number;
  readonly peakGpuBytes?: number;
  readonly dispatches?: number;
}

function dlcContender(device: GPUDevice, model: CompiledModel, weights: Weights, c: VersusCase): () => Promise<Contender> {
  return async () => {
    if (c.kind === 'train') {
      const compileTraining = trainingCompiler();
      if (!compileTraining) throw new Error('src/compile.ts has no compileTraining');
      const t0 = performance.now();
      const prog = compileTraining(model, { batch: c.batch, data: { xShape: [...model.inputs[0]!.shape], yShape: [...model.outputs[0]!.shape], yDtype: 'f32' }, ...benchTarget(device) });
      if (!prog.plan) throw new Error('compileTraining returned no plan');
      const compileMs = performance.now() - t0;
      const exe = await loadPlan(device, prog.plan);
      await exe.setParams(paramFeeds(exe, weights));
      const feeds = trainFeeds(exe, model, c.batch);
      // Where the build + first call goes (bench/cnn-first-call.ts has it phase by phase).
      const split = `compile ${compileMs.toFixed(0)} ms, loadPlan ${exe.stats.loadMs.toFixed(0)} ms (pipelines ${exe.stats.pipelineMs.toFixed(0)})`;
      return { system: 'dlc', run: async () => (await exe.run(feeds, { read: ['loss'] })).loss!, dispose: () => exe.destroy(), notes: [`${new Set(bodies(prog.plan)).size} kernels`, split] };
    }
    const prog = compiler.compileInference(model, { batch: c.batch, ...benchTarget(device) });
    const exe = await loadPlan(device, JSON.parse(JSON.stringify(prog.plan)) as Plan);
    await exe.setParams(paramFeeds(exe, inferenceWeights(prog, weights)));
    const input = model.inputs[0]!;
    const feeds = { [input.name]: randomData(c.batch * input.shape.reduce((a, b) => a * b, 1), 21) };
    return { system: 'dlc', run: async () => Object.values(await exe.run(feeds))[0]!, dispose: () => exe.destroy() };
  };
}

function jaxContender(peers: JaxPeers, device: JaxDevice, model: CompiledModel, weights: Weights, c: VersusCase): () => Promise<Contender> {
  return async () => {
    const n = c.batch * model.inputs[0]!.shape.reduce((a, b) => a * b, 1);
    const [x, y] = [randomData(n, 11), targetData(model, c.batch, c.batch * 10)];
    const program = c.kind === 'infer'
      ? await jaxCnnInfer(peers, device, weights, c.batch, randomData(n, 21))
      : c.model === 'mnist_cnn' ? await jaxCnnStep(peers, device, model, weights, c.batch, x, y) : await jaxMlpStep(peers, device, model, weights, c.batch, x, y);
    const notes = c.kind === 'infer' ? ['one jit of the forward'] : c.model === 'mnist_cnn' ? ['jit(valueAndGrad + RMSprop update)'] : ['jit(valueAndGrad + SGD update); dropout mask fed as an input (dlc\'s mask for step 0)'];
    return { system: `jax-${device}`, run: program.run, dispose: program.dispose, notes };
  };
}

function tfContender(dev: Devices, model: CompiledModel, weights: Weights, c: VersusCase): () => Promise<Contender> {
  return async () => {
    const tf = dev.tf;
    dev.freshWebGpu();
    await useBackend(tf, 'webgpu');
    const m = buildPeer(tf, model, weights);
    const input = model.inputs[0]!;
    const n = c.batch * input.shape.reduce((a, b) => a * b, 1);
    if (c.kind === 'infer') {
      const x = tf.tensor(randomData(n, 21), [c.batch, ...input.shape]);
      const run = async (): Promise<Float32Array> => {
        const y = m.predict(x) as TF.Tensor;
        const d = (await y.data()) as Float32Array;
        y.dispose();
        return d;
      };
      return { system: 'tfjs-webgpu', run, dispose: () => (m.dispose(), x.dispose()) };
    }
    const cfg = model.train!;
    const { optimizer } = peerOptimizer(tf, cfg.optimizer);
    m.compile({ optimizer, loss: peerLoss(cfg.loss) });
    const x = tf.tensor(randomData(n, 11), [c.batch, ...input.shape]);
    const y = tf.tensor(targetData(model, c.batch, c.batch * 10), [c.batch, 10]);
    const run = async (): Promise<Float32Array> => Float32Array.of(Number(await m.trainOnBatch(x, y)));
    return { system: 'tfjs-webgpu', run, dispose: () => (m.dispose(), tf.dispose([x, y]), optimizer.dispose()), notes: [c.model === 'mnist_mlp' ? 'its own dropout mask, loss from probabilities' : 'loss from probabilities'] };
  };
}

/** Builds the system and runs it once (compile, pipelines, first result read back), then counts one call's dispatches. */
async function build(make: () => Promise<Contender>, gpu: boolean): Promise<Built> {
  const peak = startMemoryWindow();
  const pipes0 = pipelinesCreated();
  const cold = await timeOnce(async () => {
    const c = await make();
    return { c, first: Array.from(await c.run()) };
  });
  const pipelines = pipelinesCreated() - pipes0;
  const dispatches = await countDispatches(cold.value.c.run);
  // A CPU backend (jax-js wasm) launches nothing and holds no GPU buffers: no GPU figures for it.
  if (!gpu) return { ...cold.value, coldMs: cold.ms };
  return { ...cold.value, coldMs: cold.ms, pipelines, peakGpuBytes: peak(), dispatches };
}

function check(c: VersusCase, built: readonly Built[]): SameWorkCheck {
  const dlc = built.find((b) => b.c.system === 'dlc');
  const jax = built.filter((b) => b.c.system.startsWith('jax-'));
  const peers: Record<string, number> = {};
  const absDiff: Record<string, number> = {};
  for (const b of jax) {
    if (c.kind === 'train') {
      peers[b.c.system] = b.first[0]!;
      if (dlc) absDiff[b.c.system] = Math.abs(b.first[0]! - dlc.first[0]!);
    } else if (dlc) {
      let d = b.first.length === dlc.first.length ? 0 : Number.POSITIVE_INFINITY;
      for (let i = 0; i < b.first.length && i < dlc.first.length; i++) d = Math.max(d, Math.abs(b.first[i]! - dlc.first[i]!));
      peers[b.c.system] = d;
      absDiff[b.c.system] = d;
    }
  }
  const diffs = Object.values(absDiff);
  return {
    what: c.kind === 'train' ? `loss of the first step (same batch, weights${c.model === 'mnist_mlp' ? ' and dropout mask' : ''})` : 'max |Δ probability| against dlc',
    dlc: c.kind === 'train' ? dlc?.first[0] : undefined, peers, absDiff, tolerance: SAME_WORK_TOLERANCE,
    ok: diffs.length > 0 && diffs.length === jax.length && diffs.every((d) => d <= SAME_WORK_TOLERANCE),
  };
}

/** One case: every system built in turn, then timed interleaved; a system that fails gives a row with its error. */
async function runCase(dev: Devices, peers: JaxPeers | undefined, c: VersusCase, model: CompiledModel, s: { warmup: number; runs: number }, withTf: boolean, log: (s: string) => void): Promise<VersusRow> {
  const weights = initialWeights(model);
  const makers: [string, (() => Promise<Contender>) | string][] = [['dlc', dlcContender(dev.gpu.device, model, weights, c)]];
  for (const d of ['webgpu', 'wasm'] as const) {
    const st = peers?.status[d] ?? 'jax-js not loaded';
    makers.push([`jax-${d}`, st === true ? jaxContender(peers!, d, model, weights, c) : `backend unavailable: ${st}`]);
  }
  if (withTf) makers.push(['tfjs-webgpu', dev.backends.webgpu === true ? tfContender(dev, model, weights, c) : `backend unavailable: ${String(dev.backends.webgpu)}`]);
  const built: Built[] = [];
  const failed: SystemFigures[] = [];
  for (const [system, make] of makers) {
    if (typeof make === 'string') { failed.push({ system, error: make }); continue; }
    log(`· ${caseLabel(c)}: ${system}`);
    try {
      built.push(await build(make, system !== 'jax-wasm'));
    } catch (e) {
      failed.push({ system, error: message(e) });
    }
  }
  log(`· ${caseLabel(c)}: timing ${built.map((b) => b.c.system).join(', ')} interleaved`);
  const timings = await timeInterleaved(built.map((b) => b.c.run), s.warmup, s.runs);
  const same = check(c, built);
  const systems: SystemFigures[] = built.map((b, i) => {
    const t = timings[i]!;
    const loss = c.kind === 'train' && b.c.system.startsWith('tfjs') ? [`first-step loss ${b.first[0]!.toFixed(4)}`] : [];
    return {
      system: b.c.system, ...(c.kind === 'train' ? { train: t, trainDispatches: b.dispatches } : { infer: t, inferDispatches: b.dispatches }),
      pipelines: b.pipelines, peakGpuBytes: b.peakGpuBytes, coldStartMs: b.coldMs, notes: [...(b.c.notes ?? []), ...loss],
    };
  });
  for (const b of built) b.c.dispose();
  return { case: caseLabel(c), model: c.model, kind: c.kind, batch: c.batch, systems: [...systems, ...failed], check: same };
}

/** Every selected case; jax-js failing to load leaves its rows with the error, the other systems still run. */
export async function runVersus(dev: Devices, peers: JaxPeers | undefined, cases: readonly VersusCase[], models: (c: VersusCase) => CompiledModel, s: { warmup: number; runs: number }, withTf: boolean, log: (s: string) => void): Promise<VersusRow[]> {
  const rows: VersusRow[] = [];
  for (const c of cases) rows.push(await runCase(dev, peers, c, models(c), s, withTf, log));
  return rows;
}
