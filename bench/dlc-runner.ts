/**
 * @file dlc's side of a model row: inference (compileInference → plan JSON → loadPlan) and the training
 * step (compileTraining, when the compiler has it), timed to completion, with dispatches, pipelines,
 * peak GPU memory and cold start.
 */
import * as compiler from '../src/compile.ts';
import type { CompiledModel } from '../src/frontend/index.ts';
import { interpret } from '../src/reference/interpret.ts';
import { loadPlan, type Executable, type Feeds, type Plan, type TensorInfo } from '../src/runtime/index.ts';
import { countDispatches, startMemoryWindow } from './gpu-probe.ts';
import { randomData, randomOneHot, type Weights } from './init-weights.ts';
import { timeOnce, timeRuns } from './stats.ts';
import type { SystemFigures, Timing } from './types.ts';
import { deviceTarget, type KernelTarget } from '../src/codegen/target.ts';

export interface RunSettings {
  readonly batch: number;
  readonly warmup: number;
  readonly runs: number;
  /** false (--no-infer): the inference half (cold start, inference timing) is left out; the training step only. */
  readonly infer?: boolean;
}

/**
 * A training step kept loaded for its caller to time (bench/run.ts times dlc's and TF.js WebGPU's
 * interleaved, so load drifts over both alike); `dispose` frees it afterwards.
 */
export interface HeldStep {
  readonly run: () => Promise<unknown>;
  readonly dispose: () => void;
}

/** Figures of one half, and the WGSL of its kernels (distinct pipelines are counted over both halves). */
type DlcPart = Partial<SystemFigures> & { kernels?: readonly string[] };

type CompileTraining = (m: CompiledModel, o: { batch: number; data: { xShape: readonly number[]; yShape: readonly number[]; yDtype: 'f32' }; target?: KernelTarget }) => { plan: Plan | undefined };

/** compileTraining lands separately from this harness: looked up at run time, "not available" until then. */
export function trainingCompiler(): CompileTraining | undefined {
  const f = (compiler as unknown as Record<string, unknown>).compileTraining;
  return typeof f === 'function' ? (f as CompileTraining) : undefined;
}

export function benchTarget(device: GPUDevice): { target?: KernelTarget } {
  return process.env.DLC_BENCH_TARGET === 'none' ? {} : { target: deviceTarget(device) };
}

function zeros(info: TensorInfo): Float32Array | Int32Array | Uint32Array {
  return info.dtype === 'f32' ? new Float32Array(info.length) : info.dtype === 'i32' ? new Int32Array(info.length) : new Uint32Array(info.length);
}

/** Inputs of the training step by the names src/train/step.ts gives them; anything else is zeros. */
export function trainFeeds(exe: Executable, model: CompiledModel, batch: number): Feeds {
  const out: Record<string, Feeds[string]> = {};
  const lr = Number((model.train?.optimizer as unknown as { learningRate?: number } | undefined)?.learningRate ?? 1e-3);
  for (const info of exe.inputs) {
    const v = zeros(info);
    if (info.name === 'batch/x') v.set(randomData(info.length, 11));
    else if (info.name === 'batch/y') v.set(targetData(model, batch, info.length));
    else if (info.name === 'opt/lr') v.fill(lr);
    else if (info.name === 'opt/t') v.fill(1);
    out[info.name] = v;
  }
  return out;
}

/** One-hot labels for classifiers (softmax/cross-entropy), uniform values for regression targets. */
export function targetData(model: CompiledModel, batch: number, length: number): Float32Array {
  const classes = length / batch;
  return model.train?.loss.toLowerCase().includes('crossentropy') && classes > 1 ? randomOneHot(batch, classes, 12) : randomData(length, 12);
}

/** Params and states that have initial weights; the rest (optimizer slots, metric sums) stay zero. */
export function paramFeeds(exe: Executable, values: Weights): Feeds {
  return Object.fromEntries(exe.params.filter((p) => values.has(p.name)).map((p) => [p.name, values.get(p.name)!]));
}

/** Inference-time weights: the prepare graph (folded batch norm) evaluated once on the CPU, as a build would. */
export function inferenceWeights(prog: compiler.InferenceProgram, weights: Weights): Weights {
  if (!prog.prepare) return weights;
  const feeds = Object.fromEntries(prog.prepare.args.map((a) => [a.name, weights.get(a.name) ?? new Float32Array(a.type.shape.reduce((x, y) => x * y, 1))]));
  const out = interpret(prog.prepare, feeds);
  const merged = new Map(weights);
  for (const [name, t] of Object.entries(out)) merged.set(name, Float32Array.from(t.data as ArrayLike<number>));
  return merged;
}

async function measureInference(device: GPUDevice, model: CompiledModel, weights: Weights, s: RunSettings): Promise<DlcPart> {
  // Compiled for the device it runs on, as dlc train does (DLC_BENCH_TARGET=none: the GPU defaults).
  const prog = compiler.compileInference(model, { batch: s.batch, ...benchTarget(device) });
  const json = JSON.stringify(prog.plan);
  const w = inferenceWeights(prog, weights);
  const input = model.inputs[0]!;
  const x = randomData(s.batch * input.shape.reduce((a, b) => a * b, 1), 21);
  // Cold start: a serialized plan in hand (what a bundle holds) to the first result read back.
  const cold = await timeOnce(async () => {
    const exe = await loadPlan(device, JSON.parse(json) as Plan);
    await exe.setParams(paramFeeds(exe, w));
    await exe.run({ [input.name]: x });
    return exe;
  });
  const exe = cold.value;
  const feeds = { [input.name]: x };
  const dispatches = await countDispatches(() => exe.run(feeds));
  const infer = await timeRuns(() => exe.run(feeds), s.warmup, s.runs);
  exe.destroy();
  return { infer, inferDispatches: dispatches ?? exe.plan.dispatches.length, coldStartMs: cold.ms, kernels: bodies(exe.plan) };
}

async function measureTraining(device: GPUDevice, model: CompiledModel, weights: Weights, s: RunSettings, keep?: (step: HeldStep) => void): Promise<DlcPart> {
  const compileTraining = trainingCompiler();
  if (!compileTraining) return { notes: ['training: not available (src/compile.ts has no compileTraining yet)'] };
  const shape = (d: readonly number[]): number[] => [...d];
  const prog = compileTraining(model, { batch: s.batch, data: { xShape: shape(model.inputs[0]!.shape), yShape: shape(model.outputs[0]!.shape), yDtype: 'f32' }, ...benchTarget(device) });
  if (!prog.plan) throw new Error('compileTraining returned no plan');
  const exe = await loadPlan(device, prog.plan);
  await exe.setParams(paramFeeds(exe, weights));
  const feeds = trainFeeds(exe, model, s.batch);
  const step = (): Promise<unknown> => exe.run(feeds, { read: ['loss'] });
  const trainDispatches = await countDispatches(step);
  if (keep) {
    keep({ run: step, dispose: () => exe.destroy() });
    return { trainDispatches: trainDispatches ?? prog.plan.dispatches.length, kernels: bodies(prog.plan) };
  }
  const train: Timing = await timeRuns(step, s.warmup, s.runs);
  exe.destroy();
  return { train, trainDispatches: trainDispatches ?? prog.plan.dispatches.length, kernels: bodies(prog.plan) };
}

/**
 * dlc's figures for one model; a failing half is reported in `error`/`notes`, the other half kept.
 * With `keep`, the training step is handed to it untimed (and not freed) for the caller to time.
 */
export async function runDlc(device: GPUDevice, model: CompiledModel, weights: Weights, s: RunSettings, keep?: (step: HeldStep) => void): Promise<SystemFigures> {
  const peak = startMemoryWindow();
  const notes: string[] = [];
  const errors: string[] = [];
  const fail = (what: string) => (e: unknown): DlcPart => (errors.push(`${what}: ${message(e)}`), {});
  const { kernels: ik, ...inf } = s.infer === false ? {} : await measureInference(device, model, weights, s).catch(fail('inference'));
  const { kernels: tk, ...tr } = await measureTraining(device, model, weights, s, keep).catch(fail('training'));
  notes.push(...(tr.notes ?? []));
  const pipelines = new Set([...(ik ?? []), ...(tk ?? [])]).size;
  return {
    system: 'dlc', ...inf, ...tr, pipelines: pipelines || undefined, peakGpuBytes: peak(), notes,
    ...(errors.length ? { error: errors.join('; ') } : {}),
  };
}

export function message(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 300);
}

/** Kernel bodies without the header comment (which names source locations, not the pipeline). */
export function bodies(plan: Plan): string[] {
  return plan.kernels.map((k) => k.code.replace(/^\/\/[^\n]*\n/, ''));
}
