/**
 * @file The GPU side of training: the compiled step and evaluation graphs loaded on one device with
 * shared weight buffers, the dataset uploaded once, steps submitted without waiting, metric sums read back.
 */
import { deviceTarget } from '../codegen/target.ts';
import { compileEvaluation, compileTraining } from '../compile.ts';
import type { CompiledModel, LossKind, OptimizerConfig } from '../frontend/index.ts';
import { sampleSize, type Dataset, type Split } from '../data/dataset.ts';
import { LR_INPUT, STEP_INPUT } from '../passes/optimizer.ts';
import { loadPlan, PipelineCache, type Executable, type Feeds, type TensorInfo } from '../runtime/index.ts';
import type { ClipConfig } from '../passes/optimizer.ts';
import { initialWeights } from './init.ts';
import { pretrainedWeights } from './pretrained.ts';
import { adaptedWeights } from './adapt.ts';
import { BATCH_X, BATCH_Y, DATA_X, DATA_Y, DROPOUT_STEP, INDEX_INPUT, MASK_INPUT, METRICS, metricKind, metricUnits, type DataSpec } from './step.ts';

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
}

/** Means over the samples seen: loss always, accuracy or mae as fits the loss. */
export interface Metrics {
  readonly loss: number;
  readonly accuracy?: number;
  readonly mae?: number;
}

const METRIC_NAMES = Object.values(METRICS);

export class TrainSession {
  /** Every weight a checkpoint holds: params, batch-norm statistics and optimizer slots. */
  readonly weightNames: readonly string[];
  /** Type of every param and state of the step, by name. */
  readonly shapes: ReadonlyMap<string, TensorInfo>;
  private constructor(
    readonly model: CompiledModel,
    private readonly train: Executable,
    private readonly evaluator: Executable,
    private readonly split: Split,
    readonly opts: SessionOptions,
    readonly resident: boolean,
  ) {
    this.shapes = new Map(train.params.map((p) => [p.name, p]));
    this.weightNames = train.params.map((p) => p.name).filter((n) => n !== DATA_X && n !== DATA_Y && !METRIC_NAMES.includes(n as never));
  }

  /** Compiles both graphs, loads them sharing weights, uploads the training split and the initial weights. */
  static async create(device: GPUDevice, model: CompiledModel, d: Dataset, split: Split, opts: SessionOptions): Promise<TrainSession> {
    const limit = Math.min(device.limits.maxStorageBufferBindingSize, device.limits.maxBufferSize, opts.maxResidentBytes ?? Infinity);
    const fits = split.x.byteLength <= limit && split.y.byteLength <= limit;
    const resident = fits && !opts.hostFed;
    const data: DataSpec = { xShape: d.xShape, yShape: d.yShape, yDtype: d.yDtype, ...(resident ? { resident: split.n } : {}) };
    // Checked against this device's own limits (raised at acquire), not the spec defaults a bundle targets.
    // Kernels are chosen for this device too (barrier-free GEMMs on CPU implementations).
    const target = deviceTarget(device);
    const common = { batch: opts.batch, data, seed: opts.seed, loss: opts.loss, optimizer: opts.optimizer, deviceLimits: device.limits, target, ...(opts.clip ? { clip: opts.clip } : {}) };
    const step = compileTraining(model, common);
    const ev = compileEvaluation(model, common);
    const pipelineCache = pipelineCacheOf(device);
    const train = await loadPlan(device, step.plan!, { pipelineCache });
    const shared = ev.plan ? Object.keys({ ...ev.plan.params, ...ev.plan.states }).filter((n) => !METRIC_NAMES.includes(n as never)) : [];
    const evaluator = await loadPlan(device, ev.plan, { pipelineCache, shareParams: { from: train, names: shared } });
    const s = new TrainSession(model, train, evaluator, split, opts, resident);
    if (resident) await train.setParams({ [DATA_X]: split.x, [DATA_Y]: split.y });
    await s.setWeights(s.initialWeights());
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

  /** Submits one step and returns once it is queued (the GPU may still be working on earlier ones). */
  step(batchIndices: Int32Array, step: number, lr: number): Promise<unknown> {
    const feeds: Record<string, Feeds[string]> = { [LR_INPUT]: [lr], [STEP_INPUT]: [step + 1] };
    if (this.train.inputs.some((i) => i.name === DROPOUT_STEP)) feeds[DROPOUT_STEP] = [step >>> 0];
    if (this.resident) feeds[INDEX_INPUT] = batchIndices;
    else Object.assign(feeds, gatherBatch(this.split, batchIndices, sampleSize(this.model.inputs[0]!.shape)));
    return this.train.run(feeds, { read: [], wait: false });
  }

  async resetMetrics(): Promise<void> {
    await this.train.setParams(zeros(this.train));
  }

  /** The raw training-metric sums so far this epoch (a mid-epoch checkpoint keeps them to resume exactly). */
  async metricSums(): Promise<Record<string, number[]>> {
    const names = this.train.params.map((p) => p.name).filter((n) => METRIC_NAMES.includes(n as never));
    const sums = await this.train.readParams(names);
    return Object.fromEntries(names.map((n) => [n, Array.from(sums[n]!, Number)]));
  }

  /** Puts back sums from `metricSums()` (instead of `resetMetrics()`) when resuming mid-epoch; names and sizes must match. */
  async setMetricSums(sums: Readonly<Record<string, readonly number[]>>): Promise<void> {
    const params = this.train.params.filter((p) => METRIC_NAMES.includes(p.name as never));
    const wrong = params.find((p) => sums[p.name]?.length !== p.length) ?? Object.keys(sums).find((n) => !params.some((p) => p.name === n));
    if (wrong !== undefined) throw new Error(`the checkpoint's mid-epoch metric sums do not match this training step (${typeof wrong === 'string' ? wrong : wrong.name})`);
    await this.train.setParams(Object.fromEntries(params.map((p) => [p.name, new Float32Array(sums[p.name]!)])));
  }

  /** The training sums so far this epoch, copied without stalling the steps queued after. */
  async trainMetrics(samples: number): Promise<Metrics> {
    const names = this.train.params.map((p) => p.name).filter((n) => METRIC_NAMES.includes(n as never));
    return this.means(await this.train.snapshotParams(names), samples);
  }

  /** Loss and metrics over a whole split in inference mode; the last batch is padded and masked. */
  async evaluate(s: Split): Promise<Metrics> {
    await this.evaluator.setParams(zeros(this.evaluator));
    const b = this.opts.batch;
    const mask = new Float32Array(b);
    for (let start = 0; start < s.n; start += b) {
      const real = Math.min(b, s.n - start);
      const idx = Int32Array.from({ length: b }, (_, k) => start + Math.min(k, real - 1));
      mask.fill(1, 0, real).fill(0, real);
      const { [BATCH_X]: x, [BATCH_Y]: y } = gatherBatch(s, idx, sampleSize(this.model.inputs[0]!.shape));
      await this.evaluator.run({ [BATCH_X]: x!, [BATCH_Y]: y!, [MASK_INPUT]: mask }, { read: [], wait: false });
    }
    const names = this.evaluator.params.map((p) => p.name).filter((n) => METRIC_NAMES.includes(n as never));
    return this.means(await this.evaluator.readParams(names), s.n);
  }

  destroy(): void {
    this.evaluator.destroy();
    this.train.destroy();
  }

  private means(sums: Record<string, ArrayLike<number>>, samples: number): Metrics {
    const units = metricUnits(this.model.outputs[0]!.shape, this.opts.loss) * samples;
    const loss = sums[METRICS.loss]![0]! / samples;
    if (metricKind(this.opts.loss) === 'mae') return { loss, mae: sums[METRICS.abs]![0]! / units };
    return { loss, accuracy: sums[METRICS.correct]![0]! / units };
  }
}

/** Compiled pipelines per device, kept across runs: SwiftShader takes long to compile each one, and runs repeat kernels. */
const PIPELINES = new WeakMap<GPUDevice, PipelineCache>();

function pipelineCacheOf(device: GPUDevice): PipelineCache {
  let c = PIPELINES.get(device);
  if (!c) PIPELINES.set(device, (c = new PipelineCache(device)));
  return c;
}

function zeros(e: Executable): Record<string, Float32Array> {
  return Object.fromEntries(e.params.filter((p) => METRIC_NAMES.includes(p.name as never)).map((p) => [p.name, new Float32Array(1)]));
}

/** Host-side gather of one batch (the fallback when the dataset does not fit in one GPU buffer). */
function gatherBatch(s: Split, idx: Int32Array, xSize: number): Record<string, Float32Array | Int32Array> {
  const ySize = s.y.length / s.n;
  const x = new Float32Array(idx.length * xSize);
  const y = s.y instanceof Int32Array ? new Int32Array(idx.length * ySize) : new Float32Array(idx.length * ySize);
  idx.forEach((i, k) => {
    x.set(s.x.subarray(i * xSize, (i + 1) * xSize), k * xSize);
    y.set(s.y.subarray(i * ySize, (i + 1) * ySize), k * ySize);
  });
  return { [BATCH_X]: x, [BATCH_Y]: y };
}
