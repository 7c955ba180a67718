/**
 * @file The GPU side of training: the compiled step and evaluation graphs loaded on one device with
 * shared weight buffers, the dataset uploaded once, steps submitted without waiting, metric sums read back.
 */
import { deviceTarget, type KernelTarget } from '../codegen/target.ts';
import { compileEvaluation, compileTraining } from '../compile.ts';
import type { CompiledModel, LossKind, OptimizerConfig } from '../frontend/index.ts';
import { featureBytes, sampleSize, StreamedSplit, type Dataset, type Split } from '../data/dataset.ts';
import { LR_INPUT, STEP_INPUT } from '../passes/optimizer.ts';
import { loadPlan, PipelineCache, type Executable, type Feeds, type Plan, type PlanKernel, type TensorInfo } from '../runtime/index.ts';
import { usesStaticSteps } from '../runtime/scan-dispatch.ts';
import type { ClipConfig } from '../passes/optimizer.ts';
import { initialWeights } from './init.ts';
import { pretrainedWeights } from './pretrained.ts';
import { adaptedWeights } from './adapt.ts';
import { DATA_X, DATA_Y, DROPOUT_STEP, INDEX_INPUT, type DataSpec } from './step.ts';
import { gatherBatch, isMetric, metricsFromSums, runEvaluation, zeros } from './evaluator.ts';
import { traceStartup, tracingStartup } from './startup-trace.ts';
import { FirstDispatch, type CompileNotice } from './first-compile.ts';
import type { KernelTuning } from './tune.ts';

export interface SessionOptions {
  readonly batch: number;
  readonly seed: number;
  readonly loss: LossKind;
  readonly optimizer: OptimizerConfig;
  readonly clip?: ClipConfig;
  /** Keep the training split on the host even when it fits (tests of the fallback). */
  readonly hostFed?: boolean;
  /** Datasets larger than this many bytes are fed from the host (default: the device's buffer limits). */
  readonly maxResidentBytes?: number;
  /** Metric names to accumulate (default: the model's train section's `metrics`). */
  readonly metrics?: readonly string[];
  /** Compile the evaluation graph with a prediction output, so `evaluate(…, { predictions: true })` can return them. */
  readonly predictions?: boolean;
  /** `dlc train --tune` / `--tuned`: the kernel variants come from this run's tuning (src/train/tune.ts). */
  readonly kernels?: KernelTuning;
  /** Compiled plans kept across processes (`dlc train`'s cache, src/cli/plan-cache.ts); not with `kernels`. */
  readonly planCache?: PlanStore;
}

/** The two plans a session loads. */
export interface SessionPlans {
  readonly step: Plan;
  readonly evaluation: Plan;
}

/** Plans by everything they were compiled from besides the model: the options, the device's limits and kernel target. */
export interface PlanStore {
  get(options: unknown): SessionPlans | undefined;
  put(options: unknown, plans: SessionPlans): void;
}

/** Each limit by name (GPUSupportedLimits' values are getters, which JSON does not see). */
function plainLimits(limits: GPUSupportedLimits): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k in limits) {
    const v = (limits as unknown as Record<string, unknown>)[k];
    if (typeof v === 'number') out[k] = v;
  }
  return out;
}

/** Means over the samples seen: loss always, accuracy or mae as fits the loss. */
export interface Metrics {
  readonly loss: number;
  readonly accuracy?: number;
  readonly mae?: number;
  /** The other requested metrics by Keras name (precision, auc, rootMeanSquaredError, …). */
  readonly values?: Readonly<Record<string, number>>;
  /** Rows: true class, columns: predicted (evaluation of a classifier). */
  readonly confusion?: readonly (readonly number[])[];
  /** Every sample's prediction, row-major (only from `evaluate(split, { predictions: true })`). */
  readonly predictions?: Float32Array;
}


export class TrainSession {
  /** Every weight a checkpoint holds: params, batch-norm statistics and optimizer slots. */
  readonly weightNames: readonly string[];
  /** Type of every param and state of the step, by name. */
  readonly shapes: ReadonlyMap<string, TensorInfo>;
  private constructor(
    readonly model: CompiledModel,
    private readonly train: Executable,
    private readonly loadEvaluator: () => Promise<Executable>,
    readonly split: Split,
    readonly opts: SessionOptions,
    readonly resident: boolean,
    /** The kernels of the two plans (tests count their pipelines: each compiled once, the step's all at once). */
    readonly kernels: { readonly step: readonly PlanKernel[]; readonly evaluation: readonly PlanKernel[] },
    /** lavapipe: which kernels have run before with this Mesa cache (src/train/first-compile.ts). */
    private readonly firstDispatch: FirstDispatch | undefined,
  ) {
    this.shapes = new Map(train.params.map((p) => [p.name, p]));
    this.weightNames = train.params.map((p) => p.name).filter((n) => n !== DATA_X && n !== DATA_Y && !isMetric(n));
  }

  /** Compiles both graphs, loads them sharing weights, uploads the training split and the initial weights. */
  static async create(device: GPUDevice, model: CompiledModel, d: Dataset, split: Split, opts: SessionOptions): Promise<TrainSession> {
    const limit = Math.min(device.limits.maxStorageBufferBindingSize, device.limits.maxBufferSize, opts.maxResidentBytes ?? Infinity);
    const fits = featureBytes(split) <= limit && split.y.byteLength <= limit;
    // A streamed split (an image folder over the host budget) is read from disk per batch, never uploaded whole.
    const resident = fits && !opts.hostFed && !(split instanceof StreamedSplit);
    const data: DataSpec = { xShape: d.xShape, yShape: d.yShape, yDtype: d.yDtype, ...(resident ? { resident: split.n } : {}) };
    // Checked against this device's own limits (raised at acquire), not the spec defaults a bundle targets.
    // Kernels are chosen for this device too (barrier-free GEMMs on CPU implementations).
    const common = { batch: opts.batch, data, seed: opts.seed, loss: opts.loss, optimizer: opts.optimizer, deviceLimits: device.limits, ...(opts.clip ? { clip: opts.clip } : {}), ...(opts.metrics ? { metrics: opts.metrics } : {}) };
    const compile = (target: KernelTarget) => ({ step: compileTraining(model, { ...common, target }), ev: compileEvaluation(model, { ...common, target, ...(opts.predictions ? { predictions: true } : {}) }) });
    // --tune times every GEMM/conv variant of exactly these plans first; --tuned compiles with a recorded table.
    const pipelineCache = pipelineCacheOf(device);
    const target = opts.kernels ? await opts.kernels.target(device, deviceTarget(device), (t) => { const c = compile(t); return [c.step.plan!, c.ev.plan]; }, { model: model.name, batch: opts.batch }, pipelineCache) : deviceTarget(device);
    // The plan cache's key: everything compile() reads besides the model (undefined members dropped by JSON).
    const store = opts.kernels ? undefined : opts.planCache;
    const { deviceLimits: _l, ...rest } = common;
    const key = store ? { ...rest, limits: plainLimits(device.limits), target, predictions: opts.predictions === true } : undefined;
    const cached = store?.get(key);
    const { step, ev } = cached ? { step: { plan: cached.step }, ev: { plan: cached.evaluation } } : compile(target);
    if (store && !cached) store.put(key, { step: step.plan!, evaluation: ev.plan });
    opts.kernels?.loaded([step.plan!, ev.plan]);
    traceStartup('compiled');
    // The step's pipelines compile concurrently first; the evaluation's (those the step lacks) start
    // once the step is loaded and compile while it trains (its load at first use finds them in the cache).
    pipelineCache.prefetch(step.plan!.kernels, usesStaticSteps(step.plan!));
    const train = await loadPlan(device, step.plan!, { pipelineCache });
    traceStartup('train-pipelines');
    pipelineCache.prefetch(ev.plan.kernels, usesStaticSteps(ev.plan));
    const shared = ev.plan ? Object.keys({ ...ev.plan.params, ...ev.plan.states }).filter((n) => !isMetric(n)) : [];
    // The evaluation is loaded when first used (its pipelines keep compiling meanwhile): the first
    // steps need not wait for them (SwiftShader compiles a pipeline in tenths of a second).
    const loadEvaluator = () => loadPlan(device, ev.plan, { pipelineCache, shareParams: { from: train, names: shared } }).then((e) => (traceStartup('eval-pipelines'), e));
    const s = new TrainSession(model, train, loadEvaluator, split, opts, resident, { step: step.plan!.kernels, evaluation: ev.plan.kernels }, FirstDispatch.of(device));
    if (resident) await train.setParams({ [DATA_X]: split.x, [DATA_Y]: split.y });
    await s.setWeights(s.initialWeights());
    traceStartup('weights');
    return s;
  }

  get stepsPerEpoch(): number {
    return Math.floor(this.split.n / this.opts.batch);
  }

  /** Keras-initialised params (seeded) or pretrained ones from their checkpoint, moving variance at one, optimizer slots at zero. */
  initialWeights(): Record<string, Float32Array> {
    const init = { ...initialWeights(this.model.params, this.opts.seed), ...pretrainedWeights(this.model.params), ...adaptedWeights(this.model, this.split) };
    return Object.fromEntries(this.weightNames.map((n) => [n, init[n] ?? new Float32Array(this.train.params.find((p) => p.name === n)!.length)]));
  }

  async setWeights(w: Feeds): Promise<void> {
    await this.train.setParams(w);
  }

  async readWeights(): Promise<Record<string, Float32Array>> {
    return (await this.train.readParams(this.weightNames)) as Record<string, Float32Array>;
  }

  private firstStepTraced = false;

  /**
   * Set where the first dispatches will compile (lavapipe, kernels not run before with this Mesa
   * cache): how many of the two plans' distinct kernels, and where Mesa keeps them. Undefined otherwise.
   */
  get compileNotice(): CompileNotice | undefined {
    return this.firstDispatch?.notice([...this.kernels.step, ...this.kernels.evaluation]);
  }

  /**
   * The step's first dispatch, waited for: on lavapipe it is where every kernel of the step compiles,
   * so the caller can say so until it is done (loop.ts's progress bar). Marks the step's kernels as run.
   */
  async firstStep(batchIndices: Int32Array, step: number, lr: number): Promise<void> {
    await this.step(batchIndices, step, lr, true);
    this.firstDispatch?.ran(this.kernels.step);
  }

  /** Submits one step and returns once it is queued (the GPU may still be working on earlier ones), or once done with `wait`. */
  step(batchIndices: Int32Array, step: number, lr: number, wait = false): Promise<unknown> {
    const feeds: Record<string, Feeds[string]> = { [LR_INPUT]: [lr], [STEP_INPUT]: [step + 1] };
    if (this.train.inputs.some((i) => i.name === DROPOUT_STEP)) feeds[DROPOUT_STEP] = [step >>> 0];
    if (this.resident) feeds[INDEX_INPUT] = batchIndices;
    else Object.assign(feeds, gatherBatch(this.split, batchIndices, sampleSize(this.model.inputs[0]!.shape)));
    if (!this.firstStepTraced && tracingStartup()) {
      this.firstStepTraced = true;
      return this.train.run(feeds, { read: [] }).then((r) => (traceStartup('step-1'), r));
    }
    return this.train.run(feeds, { read: [], wait });
  }

  async resetMetrics(): Promise<void> {
    await this.train.setParams(zeros(this.train));
  }

  /** The raw training-metric sums so far this epoch (a mid-epoch checkpoint keeps them to resume exactly). */
  async metricSums(): Promise<Record<string, number[]>> {
    const names = this.train.params.map((p) => p.name).filter((n) => isMetric(n));
    const sums = await this.train.readParams(names);
    return Object.fromEntries(names.map((n) => [n, Array.from(sums[n]!, Number)]));
  }

  /** Puts back sums from `metricSums()` (instead of `resetMetrics()`) when resuming mid-epoch; names and sizes must match. */
  async setMetricSums(sums: Readonly<Record<string, readonly number[]>>): Promise<void> {
    const params = this.train.params.filter((p) => isMetric(p.name));
    const wrong = params.find((p) => sums[p.name]?.length !== p.length) ?? Object.keys(sums).find((n) => !params.some((p) => p.name === n));
    if (wrong !== undefined) throw new Error(`the checkpoint's mid-epoch metric sums do not match this training step (${typeof wrong === 'string' ? wrong : wrong.name})`);
    await this.train.setParams(Object.fromEntries(params.map((p) => [p.name, new Float32Array(sums[p.name]!)])));
  }

  /** The training sums so far this epoch, copied without stalling the steps queued after. */
  async trainMetrics(samples: number): Promise<Metrics> {
    const names = this.train.params.map((p) => p.name).filter((n) => isMetric(n));
    return this.means(await this.train.snapshotParams(names), samples);
  }

  /** Loss and metrics over a whole split in inference mode; the last batch is padded and masked. */
  async evaluate(s: Split, opts: { predictions?: boolean } = {}): Promise<Metrics> {
    if (opts.predictions && !this.opts.predictions) throw new Error('internal error: evaluate({ predictions }) needs a session created with predictions: true');
    this.evaluator ??= this.loadEvaluator();
    const { sums, predictions } = await runEvaluation(await this.evaluator, this.model, this.opts.batch, s, Boolean(opts.predictions));
    this.firstDispatch?.ran(this.kernels.evaluation);
    const m = metricsFromSums(sums, s.n, this.model, this.opts.loss, this.metricNames);
    return predictions ? { ...m, predictions } : m;
  }

  /** The evaluation executable, loaded at the first `evaluate`. */
  private evaluator: Promise<Executable> | undefined;

  destroy(): void {
    this.evaluator?.then((e) => e.destroy(), () => {});
    this.train.destroy();
  }

  /** The requested metric names beyond loss (accuracy or mae is always reported). */
  get metricNames(): readonly string[] {
    return this.opts.metrics ?? this.model.train?.metrics ?? [];
  }

  private means(sums: Record<string, ArrayLike<number>>, samples: number): Metrics {
    return metricsFromSums(sums, samples, this.model, this.opts.loss, this.metricNames);
  }
}

/** Compiled pipelines per device, kept across runs: SwiftShader takes long to compile each one, and runs repeat kernels. */
const PIPELINES = new WeakMap<GPUDevice, PipelineCache>();

function pipelineCacheOf(device: GPUDevice): PipelineCache {
  let c = PIPELINES.get(device);
  if (!c) PIPELINES.set(device, (c = new PipelineCache(device)));
  return c;
}

