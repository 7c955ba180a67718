/**
 * @file The training loop Keras users expect: seeded shuffles, validation, progress, early stopping,
 * atomic checkpoints every epoch with `--resume`, a JSONL metrics log, learning curves, a test evaluation.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledModel, LossKind, OptimizerConfig } from '../frontend/index.ts';
import { permutation, seededRandom, splitFraction, type Dataset, type Split } from '../data/dataset.ts';
import { rngHash } from '../ops/rng.ts';
import type { TensorType } from '../ir/index.ts';
import { loadCheckpoint, precheckCheckpoint, saveCheckpoint, type LoopState } from './checkpoint.ts';
import { appendMetrics, writeCurves, writeMetrics, type EpochRecord, type ReportContext } from './outputs.ts';
import type { InterruptFlag } from './interrupt.ts';
import { checkPretrainedFiles } from './pretrained.ts';
import { ProgressBar, formatMetric, type ProgressSink } from './progress.ts';
import { type Schedule } from './schedule.ts';
import { CallbackRunner, withOverrides, type CallbackConfig, type EpochDecision } from './callbacks.ts';
import { batchAt, epochSteps } from './batches.ts';
import { TrainSession, type Metrics, type PlanStore } from './session.ts';
import { checkTargets } from './target-check.ts';
import type { DataInfo } from '../runtime/preprocess.ts';
import { sampleView } from './report-samples.ts';
import { trainedOutputs } from './multi-output.ts';
import type { KernelTuning } from './tune.ts';
import type { CompileNotice } from './first-compile.ts';

export interface TrainOptions {
  readonly device: GPUDevice;
  /** Compiled plans kept across runs (`dlc train`'s cache: src/cli/plan-cache.ts). */
  readonly planCache?: PlanStore;
  readonly model: CompiledModel;
  readonly dataset: Dataset;
  readonly epochs: number;
  readonly batch: number;
  readonly seed: number;
  readonly loss: LossKind;
  readonly optimizer: OptimizerConfig;
  readonly schedule?: Schedule;
  readonly validationSplit?: number;
  /** Stop after this many epochs without a better monitored loss (val loss, else train loss). */
  readonly patience?: number;
  /** On early stopping, put back the best epoch's weights (Keras restore_best_weights). */
  readonly restoreBest?: boolean;
  /** Folder for checkpoint.safetensors, best.safetensors, metrics.jsonl, learning-curve.svg, report.html. */
  readonly outDir?: string;
  readonly resume?: boolean;
  readonly progress?: ProgressSink;
  /** Read the metric sums back every this many steps (default: about ten times per epoch). */
  readonly readEvery?: number;
  readonly hostFed?: boolean;
  /** Feed batches from the host when the training split is larger than this (tests of the fallback). */
  readonly maxResidentBytes?: number;
  /** Evaluate the test split (else the training split) before the first step, for a before/after comparison. */
  readonly evaluateInitial?: boolean;
  /** Refuse cross-entropy targets that are not probabilities (default: the model's `checkTargets`, else true). */
  readonly checkTargets?: boolean;
  /** SIGINT/SIGTERM (src/train/interrupt.ts): stop after the step in flight, checkpoint mid-epoch, return `interrupted`. */
  readonly interrupt?: InterruptFlag;
  /** What report.html shows about the run besides its curves (hyper-parameters, data set, samples). */
  readonly report?: ReportContext;
  /** Keras callbacks (default: the model file's `train.callbacks`); `patience`/`restoreBest`/`schedule` override them. */
  readonly callbacks?: readonly CallbackConfig[];
  /** Shuffle the training samples every epoch (default: the model's `shuffle`, else true). */
  readonly shuffle?: boolean;
  /** Steps per epoch (default: the model's, else all samples once); more than the data has wraps around the epoch's order. */
  readonly stepsPerEpoch?: number;
  /** Keras `initial_epoch`: start counting at this epoch (0-based), schedules included; `epochs` stays the last. */
  readonly initialEpoch?: number;
  /** Drop the last partial batch (default: the model's `dropRemainder`, else false: it is kept, topped up to the compiled batch as described at `batchAt`). */
  readonly dropRemainder?: boolean;
  /** `--tune` / `--tuned`: the kernel variants of the step and evaluation plans (src/train/tune.ts). */
  readonly kernels?: KernelTuning;
  /**
   * Called once before the first step when its dispatches will compile (lavapipe on a machine, or a
   * Mesa cache, that has not run these kernels: src/train/first-compile.ts); `dlc train` tells the user.
   */
  readonly onCompile?: (notice: CompileNotice) => void;
}

export interface TrainResult {
  readonly epochs: number;
  readonly steps: number;
  readonly trainLoss: number | null;
  readonly valLoss: number | null;
  readonly testLoss: number | null;
  readonly testAccuracy: number | null;
  readonly testMae: number | null;
  readonly stepsPerSecond: number;
  readonly checkpoint: string | null;
  readonly stoppedEarly: boolean;
  readonly diverged: string | null;
  /** The metrics before training (with `evaluateInitial`), on the split the final test metrics use. */
  readonly initial: Metrics | null;
  /** Whether the training split stayed on the host (too large for one GPU buffer) instead of resident on the GPU. */
  readonly hostFed: boolean;
  /** Stopped by a signal: where (epoch index, steps into it); the checkpoint resumes from there. */
  readonly interrupted?: { readonly epoch: number; readonly stepInEpoch: number };
  readonly history: readonly EpochRecord[];
  readonly weights: Record<string, Float32Array>;
  /** Everything the test split gave: loss, accuracy/mae, the requested metrics, the confusion matrix. */
  readonly test: Metrics | null;
  /** The epoch (1-based) with the best monitored loss, or null before any epoch. */
  readonly bestEpoch: number | null;
}

/** The epoch's order of training samples: a permutation seeded by (run seed, epoch), so resume needs no RNG state. */
export function epochOrder(n: number, seed: number, epoch: number): Int32Array {
  return permutation(n, seededRandom(rngHash(seed, epoch, 0x5f1)));
}

/** A model trained on several outputs' losses: the report's prediction views (one output's) are left out. */
const isMultiOutput = (o: TrainOptions): boolean => trainedOutputs(o.model, o.loss) !== undefined;

export async function train(o: TrainOptions): Promise<TrainResult> {
  checkPretrainedFiles(o.model.name, o.model.params);
  // A damaged or foreign checkpoint is refused before compiling and loading anything on the GPU.
  if (o.resume) precheckCheckpoint(join(o.outDir ?? '.', 'checkpoint.safetensors'), o.model.name, o.model.params, { epochs: o.epochs, seed: o.seed, batch: o.batch });
  // Targets a cross-entropy cannot take are refused before anything is compiled (#16).
  // A multi-output model's packed target rows are checked per output by its head's shapes, not here.
  if ((o.checkTargets ?? o.model.train?.checkTargets ?? true) && !o.model.train?.outputs) checkTargets(o.loss, o.dataset.train, o.model.outputs[0]?.shape.at(-1) ?? 1);
  const [trainSplit, valSplit] = splits(o);
  const batch = Math.min(o.batch, trainSplit.n);
  const session = await TrainSession.create(o.device, o.model, o.dataset, trainSplit, { batch, seed: o.seed, loss: o.loss, optimizer: o.optimizer, hostFed: o.hostFed ?? false, ...(o.maxResidentBytes !== undefined ? { maxResidentBytes: o.maxResidentBytes } : {}), ...(o.outDir && !isMultiOutput(o) ? { predictions: true } : {}), ...(o.kernels ? { kernels: o.kernels } : {}), ...(o.planCache ? { planCache: o.planCache } : {}) });
  try {
    return await runLoop(o, session, trainSplit, valSplit);
  } finally {
    session.destroy();
  }
}

function splits(o: TrainOptions): [Split, Split | undefined] {
  // A dataset's own validation split (validation/ folder, validationData) wins over validationSplit, as validation_data does in Keras.
  if (o.dataset.validation) return [o.dataset.train, o.dataset.validation];
  const f = o.validationSplit ?? 0;
  if (f <= 0) return [o.dataset.train, undefined];
  return splitFraction(o.dataset, o.dataset.train, f, o.seed);
}

interface LoopCursor {
  epoch: number;
  step: number;
  best: number | null;
  bestEpoch: number | null;
  badEpochs: number;
  history: EpochRecord[];
  bestWeights: Record<string, Float32Array> | undefined;
  /** The callbacks' state (replayed from the history on resume). */
  cb: CallbackRunner;
  /** The first step will compile its kernels (lavapipe): it is waited for, and the progress bar says so meanwhile. */
  compiling: boolean;
  /** Steps of the current epoch already taken (a resumed mid-epoch checkpoint), and its metric sums. */
  inEpoch?: number;
  sums?: Readonly<Record<string, readonly number[]>>;
}

async function runLoop(o: TrainOptions, s: TrainSession, trainSplit: Split, valSplit: Split | undefined): Promise<TrainResult> {
  if (o.outDir) mkdirSync(o.outDir, { recursive: true });
  const ckPath = o.outDir ? join(o.outDir, 'checkpoint.safetensors') : null;
  const callbacks = callbackConfigs(o);
  const start = o.initialEpoch ?? o.model.train?.initialEpoch ?? 0;
  const notice = s.compileNotice;
  if (notice) o.onCompile?.(notice);
  const cur: LoopCursor = { epoch: start, step: start * epochSteps(o, s), best: null, bestEpoch: null, badEpochs: 0, history: [], bestWeights: undefined, cb: new CallbackRunner(callbacks), compiling: notice !== undefined };
  if (o.resume) {
    await resume(o, s, cur);
    cur.cb = CallbackRunner.replay(callbacks, cur.history);
    [cur.best, cur.bestEpoch, cur.badEpochs] = [cur.cb.bestValue, cur.cb.bestEpoch, cur.cb.badEpochs];
  }
  const initial = o.evaluateInitial ? await s.evaluate(o.dataset.test ?? trainSplit) : null;
  let diverged: string | null = null;
  let stoppedEarly = false;
  let stepTime = 0;
  const stepsAtStart = cur.step;
  o.interrupt?.begin();
  while (cur.epoch < o.epochs) {
    const t0 = performance.now();
    const r = await runEpoch(o, s, trainSplit, cur);
    stepTime += performance.now() - t0;
    if (r.interrupted && !r.diverged) return interrupted(o, s, cur, ckPath, initial);
    if (r.diverged) {
      diverged = r.diverged;
      break;
    }
    const val = valSplit ? await s.evaluate(valSplit) : undefined;
    const lr = cur.cb.lrAt(o.optimizer.learningRate, cur.step - 1);
    const rec = record(cur, r.metrics, val, lr);
    const d = await track(o, s, cur, rec, lr);
    r.bar?.finish(epochLine(rec) + (d.reducedTo !== undefined ? ` · lr → ${formatMetric(d.reducedTo)}` : ''));
    cur.history.push(rec);
    cur.epoch++;
    diverged = o.outDir ? await saveEpoch(o, s, cur, ckPath!, rec, d) : null;
    if (diverged) break;
    if (d.stop) {
      stoppedEarly = true;
      break;
    }
  }
  if ((stoppedEarly || diverged) && restoring(o, cur) && cur.bestWeights) await s.setWeights(cur.bestWeights);
  const test = o.dataset.test ? await s.evaluate(o.dataset.test, { predictions: Boolean(o.outDir) && !isMultiOutput(o) }) : undefined;
  const last = cur.history[cur.history.length - 1];
  if (o.outDir) {
    const classNames = o.report?.classNames ?? o.dataset.info?.classNames;
    const samples = test?.predictions && o.dataset.test ? { samples: sampleView(o.dataset.test, o.dataset.xShape, test.predictions, o.loss, classNames) } : {};
    writeCurves(o.outDir, o.model.name, cur.history, test, { ...reportContext(o, trainSplit, valSplit), bestEpoch: cur.bestEpoch, stoppedEarly, ...samples, ...(classNames ? { classNames } : {}) });
  }
  return {
    epochs: cur.epoch, steps: cur.step,
    trainLoss: last?.loss ?? null, valLoss: last?.val_loss ?? null,
    testLoss: test?.loss ?? null, testAccuracy: test?.accuracy ?? null, testMae: test?.mae ?? null,
    stepsPerSecond: (cur.step - stepsAtStart) / Math.max(stepTime / 1000, 1e-9),
    checkpoint: ckPath && existsSync(ckPath) ? ckPath : null,
    stoppedEarly, diverged, initial, hostFed: !s.resident, history: cur.history, weights: await s.readWeights(),
    test: test ?? null, bestEpoch: cur.bestEpoch,
  };
}

/**
 * One epoch: every step is submitted without waiting; every `readEvery` steps the metric sums are
 * snapshotted, and the loop waits only for the previous snapshot, which bounds how far it runs ahead.
 */
async function runEpoch(o: TrainOptions, s: TrainSession, split: Split, cur: LoopCursor): Promise<{ metrics: Metrics; diverged?: string; bar?: ProgressBar; interrupted?: boolean }> {
  const b = s.opts.batch;
  const steps = epochSteps(o, s);
  const order = (o.shuffle ?? o.model.train?.shuffle ?? true) ? epochOrder(split.n, o.seed, cur.epoch) : Int32Array.from({ length: split.n }, (_, i) => i);
  const every = Math.max(1, o.readEvery ?? Math.ceil(steps / 10));
  const bar = o.progress ? new ProgressBar(o.progress, `epoch ${cur.epoch + 1}/${o.epochs}`, steps) : undefined;
  const first = cur.inEpoch ?? 0;
  if (first > 0) await s.setMetricSums(cur.sums!);
  else await s.resetMetrics();
  cur.inEpoch = 0;
  let pending: { promise: Promise<Metrics>; done: number; firstStep: number } | undefined;
  let lastGoodStep = cur.step;
  const check = async (p: NonNullable<typeof pending>): Promise<string | undefined> => {
    const m = await p.promise;
    if (!Number.isFinite(m.loss)) return `the loss became ${m.loss} between steps ${lastGoodStep + 1} and ${p.firstStep}`;
    lastGoodStep = p.firstStep;
    bar?.update(p.done, metricsView(m));
    return undefined;
  };
  for (let k = first; k < steps; k++) {
    if (o.interrupt?.requested) {
      cur.inEpoch = k;
      const bad = pending ? await check(pending) : undefined;
      return { metrics: { loss: NaN }, interrupted: true, ...(bad ? { diverged: bad } : {}) };
    }
    if (cur.compiling) {
      // lavapipe compiles the step's kernels at this first dispatch: wait for it, saying so, then count the rate from here.
      cur.compiling = false;
      bar?.compiling();
      await s.firstStep(batchAt(order, k, b), cur.step, cur.cb.lrAt(o.optimizer.learningRate, cur.step));
      bar?.compiled(k + 1);
    } else void s.step(batchAt(order, k, b), cur.step, cur.cb.lrAt(o.optimizer.learningRate, cur.step));
    cur.step++;
    if ((k + 1) % every !== 0 && k + 1 !== steps) continue;
    const prev = pending;
    pending = { promise: s.trainMetrics((k + 1) * b), done: k + 1, firstStep: cur.step };
    const bad = prev ? await check(prev) : undefined;
    if (bad) return { metrics: { loss: NaN }, diverged: bad };
  }
  const metrics = await pending!.promise;
  const bad = await check(pending!);
  if (bad) return { metrics, diverged: bad };
  return { metrics, ...(bar ? { bar } : {}) };
}

/** The epoch's closing line: training then validation loss and metrics, Keras's verbose=2 style. */
export function epochLine(rec: EpochRecord): string {
  const skip = new Set(['epoch', 'step', 'lr']);
  const short = (k: string): string => k.replace(/^(val_)?accuracy$/, '$1acc');
  const keys = Object.keys(rec).filter((k) => !skip.has(k) && typeof rec[k] === 'number');
  const train = keys.filter((k) => !k.startsWith('val_'));
  const val = keys.filter((k) => k.startsWith('val_'));
  return [...train, ...val].map((k) => `${short(k)} ${formatMetric(rec[k] as number)}`).join(' · ');
}

function metricsView(m: Metrics): Record<string, number> {
  return { loss: m.loss, ...(m.accuracy !== undefined ? { acc: m.accuracy } : {}), ...(m.mae !== undefined ? { mae: m.mae } : {}), ...(m.values ?? {}) };
}

function record(cur: LoopCursor, m: Metrics, val: Metrics | undefined, lr: number): EpochRecord {
  return {
    epoch: cur.epoch + 1, step: cur.step, lr, loss: m.loss,
    ...(m.accuracy !== undefined ? { accuracy: m.accuracy } : {}), ...(m.mae !== undefined ? { mae: m.mae } : {}),
    ...(m.values ?? {}),
    ...(val ? { val_loss: val.loss } : {}), ...(val?.accuracy !== undefined ? { val_accuracy: val.accuracy } : {}), ...(val?.mae !== undefined ? { val_mae: val.mae } : {}),
    ...Object.fromEntries(Object.entries(val?.values ?? {}).map(([k, v]) => [`val_${k}`, v])),
  };
}

/** The callbacks' decision on the epoch; a best epoch's weights are kept when they will be restored. */
async function track(o: TrainOptions, s: TrainSession, cur: LoopCursor, rec: EpochRecord, lr: number): Promise<EpochDecision> {
  const d = cur.cb.epochEnd(rec, lr);
  cur.best = cur.cb.bestValue;
  cur.bestEpoch = cur.cb.bestEpoch;
  cur.badEpochs = cur.cb.badEpochs;
  if (d.best && restoring(o, cur)) cur.bestWeights = await s.readWeights();
  return d;
}

function restoring(o: TrainOptions, cur: LoopCursor): boolean {
  return Boolean(o.restoreBest) || cur.cb.restoreBestWeights;
}

/** The model file's callbacks (or `o.callbacks`) with the CLI's `--patience`/`--schedule` as overrides. */
export function callbackConfigs(o: Pick<TrainOptions, 'callbacks' | 'model' | 'patience' | 'restoreBest' | 'schedule'>): CallbackConfig[] {
  return withOverrides(o.callbacks ?? o.model.train?.callbacks ?? [], { ...(o.patience !== undefined ? { patience: o.patience } : {}), ...(o.restoreBest !== undefined ? { restoreBest: o.restoreBest } : {}), ...(o.schedule ? { schedule: o.schedule } : {}) });
}

function loopState(o: TrainOptions, cur: LoopCursor): LoopState {
  return { epoch: cur.epoch, step: cur.step, seed: o.seed, bestValLoss: cur.best, badEpochs: cur.badEpochs, history: cur.history as unknown as LoopState['history'], batch: o.batch };
}

function tensors(w: Record<string, Float32Array>, s: TrainSession): Map<string, { dtype: 'f32'; shape: number[]; data: Float32Array }> {
  return new Map(Object.entries(w).map(([n, data]) => [n, { dtype: 'f32' as const, shape: shapeOf(s, n), data }]));
}

function shapeOf(s: TrainSession, name: string): number[] {
  return [...(s.shapes.get(name)?.shape ?? [])];
}

/**
 * Writes the epoch's checkpoint, unless a weight is NaN/Inf (the last update can blow up after the
 * loss was measured): then the previous checkpoint stays and the divergence is returned instead.
 */
async function saveEpoch(o: TrainOptions, s: TrainSession, cur: LoopCursor, path: string, rec: EpochRecord, d: EpochDecision): Promise<string | null> {
  const w = await s.readWeights();
  const bad = Object.keys(w).find((n) => !w[n]!.every(Number.isFinite));
  if (bad) return `weight '${bad}' became non-finite by step ${cur.step}`;
  saveCheckpoint(path, { model: o.model.name, tensors: tensors(w, s), loop: loopState(o, cur), ...dataInfo(o) });
  writeCurves(o.outDir!, o.model.name, [...cur.history], undefined, { ...reportContext(o, s.split), bestEpoch: cur.bestEpoch, done: false });
  // best.safetensors follows modelCheckpoint({ saveBestOnly }) when there is one, else the restored best epoch.
  const saver = callbackConfigs(o).some((c) => c.kind === 'modelCheckpoint' && c.saveBestOnly);
  const best = saver ? (d.saveBest ? w : undefined) : restoring(o, cur) && d.best ? cur.bestWeights : undefined;
  if (best) saveCheckpoint(join(o.outDir!, 'best.safetensors'), { model: o.model.name, tensors: tensors(best, s), loop: loopState(o, cur), ...dataInfo(o) });
  appendMetrics(o.outDir!, rec);
  return null;
}

function dataInfo(o: TrainOptions): { data?: DataInfo } {
  return o.dataset.info ? { data: o.dataset.info } : {};
}

/** After a signal: a mid-epoch checkpoint (none when no step ran since the epoch's own), and the result so far. */
async function interrupted(o: TrainOptions, s: TrainSession, cur: LoopCursor, ckPath: string | null, initial: Metrics | null): Promise<TrainResult> {
  const inEpoch = cur.inEpoch ?? 0;
  const w = await s.readWeights();
  if (ckPath && inEpoch > 0 && Object.values(w).every((a) => a.every(Number.isFinite))) {
    const loop = { ...loopState(o, cur), stepInEpoch: inEpoch, partial: await s.metricSums() };
    saveCheckpoint(ckPath, { model: o.model.name, tensors: tensors(w, s), loop, ...dataInfo(o) });
  }
  const last = cur.history[cur.history.length - 1];
  return {
    epochs: cur.epoch, steps: cur.step, trainLoss: last?.loss ?? null, valLoss: last?.val_loss ?? null, testLoss: null, testAccuracy: null, testMae: null,
    stepsPerSecond: 0, checkpoint: ckPath && existsSync(ckPath) ? ckPath : null, stoppedEarly: false, diverged: null, initial, hostFed: !s.resident,
    interrupted: { epoch: cur.epoch, stepInEpoch: inEpoch }, history: cur.history, weights: w, test: null, bestEpoch: cur.bestEpoch,
  };
}

/** Puts back weights, optimizer state and the loop's position from `<out>/checkpoint.safetensors`. */
async function resume(o: TrainOptions, s: TrainSession, cur: LoopCursor): Promise<void> {
  const path = join(o.outDir ?? '.', 'checkpoint.safetensors');
  const expected = new Map<string, TensorType>(s.weightNames.map((n) => [n, { dtype: 'f32', shape: shapeOf(s, n) }]));
  const ck = loadCheckpoint(path, expected, o.model.name, { epochs: o.epochs, seed: o.seed, batch: o.batch });
  if ((ck.loop.stepInEpoch ?? 0) >= epochSteps(o, s)) throw new Error(`${path} stopped ${ck.loop.stepInEpoch} steps into an epoch, but an epoch here has ${epochSteps(o, s)} steps; resume with the same data and --batch`);
  if (ck.loop.seed !== o.seed) throw new Error(`${path} was trained with --seed ${ck.loop.seed}; resume with the same seed (got ${o.seed})`);
  if (ck.loop.batch !== undefined && ck.loop.batch !== o.batch) throw new Error(`${path} was trained with --batch ${ck.loop.batch}; resume with the same batch size (got ${o.batch})`);
  await s.setWeights(Object.fromEntries([...ck.tensors].map(([n, t]) => [n, t.data as Float32Array])));
  Object.assign(cur, { epoch: ck.loop.epoch, step: ck.loop.step, best: ck.loop.bestValLoss, badEpochs: ck.loop.badEpochs, history: [...ck.loop.history] as unknown as EpochRecord[], inEpoch: ck.loop.stepInEpoch ?? 0, sums: ck.loop.partial });
  cur.bestEpoch = bestEpochOf(cur.history);
  if (o.outDir) writeMetrics(o.outDir, cur.history);
  const best = join(o.outDir ?? '.', 'best.safetensors');
  const keepsBest = Boolean(o.restoreBest) || callbackConfigs(o).some((c) => c.kind === 'earlyStopping' && c.restoreBestWeights);
  if (keepsBest && existsSync(best)) cur.bestWeights = Object.fromEntries([...loadCheckpoint(best, expected, o.model.name).tensors].map(([n, t]) => [n, t.data as Float32Array]));
}

/** The epoch with the lowest validation loss (else training loss), as early stopping monitors it. */
export function bestEpochOf(history: readonly EpochRecord[]): number | null {
  let best: EpochRecord | undefined;
  const key = (r: EpochRecord): number => r.val_loss ?? r.loss;
  for (const r of history) if (Number.isFinite(key(r)) && (!best || key(r) < key(best))) best = r;
  return best?.epoch ?? null;
}

/** Hyper-parameters and the data set as report.html shows them. */
function reportContext(o: TrainOptions, trainSplit: Split, valSplit?: Split): ReportContext {
  const { kind, ...opt } = o.optimizer;
  const hyper: Record<string, string | number | boolean> = {
    loss: o.loss, optimizer: kind, ...opt, epochs: o.epochs, batch: o.batch, seed: o.seed,
    ...(o.validationSplit ? { validationSplit: o.validationSplit } : {}), ...(o.patience !== undefined ? { patience: o.patience } : {}),
    ...(o.schedule ? { schedule: JSON.stringify(o.schedule) } : {}), ...(callbackConfigs(o).length ? { callbacks: callbackConfigs(o).map((c) => c.kind).join(', ') } : {}), ...(o.model.train?.metrics.length ? { metrics: o.model.train.metrics.join(', ') } : {}),
  };
  const d = o.dataset;
  const dataset: Record<string, string | number> = {
    name: d.name, 'input shape': `[${d.xShape.join(', ')}]`, 'target shape': `[${d.yShape.join(', ')}] ${d.yDtype}`,
    'training samples': trainSplit.n, ...(valSplit ? { 'validation samples': valSplit.n } : {}), ...(d.test ? { 'test samples': d.test.n } : {}),
    ...preprocessRows(d.info),
    ...(o.report?.dataset ?? {}),
  };
  const classes = d.numClasses ?? (d.yDtype === 'i32' && d.yShape.length === 0 ? Math.max(0, ...trainSplit.y) + 1 : 0);
  const balance = classes > 0 && classes <= 1000 && d.yDtype === 'i32' && d.yShape.length === 0 ? countClasses(trainSplit.y, classes) : undefined;
  return { ...o.report, hyper, dataset, ...(balance ? { classBalance: balance } : {}) };
}

/** The dataset's own preprocessing (image folders: size, colour mode, scaling; tables: feature columns) for the report. */
function preprocessRows(info: DataInfo | undefined): Record<string, string> {
  const p = info?.preprocess;
  const rows: Record<string, string> = {};
  if (info?.classNames) rows.classes = info.classNames.join(', ');
  if (info?.features) rows.features = info.features.map((f) => (info.categories?.[f] ? `${f} (one-hot: ${info.categories[f]!.join('/')})` : f)).join(', ');
  if (p) {
    rows.preprocessing = `${p.size[0]}×${p.size[1]} ${p.colorMode}, ${p.crop ? 'centre-cropped' : 'stretched'}, ×${p.scale}${p.offset ? ` + ${p.offset}` : ''}${p.mean ? `, mean ${p.mean.join('/')} std ${p.std?.join('/') ?? '1'}` : ''}`;
  }
  return rows;
}

function countClasses(y: ArrayLike<number>, classes: number): number[] {
  const out = new Array<number>(classes).fill(0);
  for (let i = 0; i < y.length; i++) if (y[i]! >= 0 && y[i]! < classes) out[y[i]!]!++;
  return out;
}
