/** @file `dlc train model.ts`: compiles the training step to WGSL and runs the Keras-style loop on WebGPU. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CompileError } from '../../ir/index.ts';
import { compileModelFile, compileModelFileSources, distillerModel, type CompiledModel, type DatasetConfig, type Program } from '../../frontend/index.ts';
import type { PlanStore } from '../../train/session.ts';
import { PlanCache, traceCache } from '../plan-cache.ts';
import { loadData, loadTrainData, type LoadDataOptions } from '../../data/load.ts';
import type { Dataset } from '../../data/dataset.ts';
import { acquireDevice, describeAdapter } from '../../runtime/index.ts';
import { traceStartup } from '../../train/startup-trace.ts';
import { compileNotice } from '../compile-notice.ts';
import { train, type TrainResult } from '../../train/loop.ts';
import { summaryTable } from '../../train/summary-table.ts';
import { formatMetric } from '../../train/progress.ts';
import { GanSession, programOwner, trainGan, type GanEpoch } from '../../train/multi-step.ts';
import { ProgramRecorder, restoreProgram } from '../../train/program-outputs.ts';
import { checkPretrainedFiles, frozenWithoutWeights } from '../../train/pretrained.ts';
import { crossValidate, type CrossValidation, type FoldResult } from '../../train/kfold.ts';
import { precheckCheckpoint } from '../../train/checkpoint.ts';
import { Interrupt, resumeCommand, stopLines } from '../../train/interrupt.ts';
import { prepareOutDir } from '../../train/out-dir.ts';
import { KernelTuning, readRunTuning, TUNING_FILE, writeRunTuning, type KernelChoice } from '../../train/tune.ts';
import { scheduleFromFlag, SCHEDULE_FLAG_HELP, type Schedule } from '../../train/schedule.ts';
import { commandHelp, flagNumber, flagString, UsageError, type Command, type FlagSpec, type Io, type ParsedArgs } from '../command.ts';

const FLAGS: readonly FlagSpec[] = [
  { name: 'epochs', kind: 'int', min: 1, max: 1e6, help: "epochs to train (default: the model's)" },
  { name: 'batch', kind: 'int', value: 'B', min: 1, max: 1 << 20, help: "batch size (default: the model's); the last partial batch of an epoch is dropped" },
  { name: 'lr', kind: 'number', above: 0, max: 1e3, help: "learning rate (default: the optimizer's)" },
  { name: 'seed', kind: 'int', value: 'S', min: 0, max: 2 ** 32 - 1, help: 'seeds initial weights, shuffles, splits and dropout (default 0)' },
  { name: 'data', kind: 'string', value: 'D', help: "dataset instead of the model's: iris, mnist, csv:<file>, images:<folder>,\nnpz:<file>, synthetic:<kind>" },
  { name: 'validation', kind: 'number', value: 'F', min: 0, below: 1, help: "fraction of the training data held out for validation (default: the model's)" },
  { name: 'patience', kind: 'int', min: 1, max: 1e6, help: 'early stopping after N epochs without a better validation loss (best weights restored); overrides earlyStopping patience in the model file' },
  { name: 'schedule', kind: 'string', value: 'S', help: `learning-rate schedule: ${SCHEDULE_FLAG_HELP} (in optimizer steps); replaces learningRateScheduler in the model file` },
  { name: 'train-limit', kind: 'int', min: 1, help: 'use only the first N training (and --test-limit N test) samples' },
  { name: 'test-limit', kind: 'int', min: 1, help: 'use only the first N test samples' },
  { name: 'kfold', kind: 'int', value: 'K', min: 2, max: 1000, help: 'K-fold cross-validation: K fresh runs, each tested on one held-out fold of the\ntraining data; prints per-fold and mean ± std metrics (small datasets)' },
  { name: 'out', kind: 'path', value: 'DIR', help: 'where checkpoints, metrics.jsonl, learning-curve.svg and report.html go\n(default runs/<model>-<time>)' },
  { name: 'resume', kind: 'boolean', help: 'continue from DIR/checkpoint.safetensors (needs --out); with --kfold, finished folds are\nkept and the stopped one continues; programs (GANs) resume too' },
  { name: 'json', kind: 'boolean', help: 'print the result as one JSON object on the last line of stdout' },
  { name: 'no-cache', kind: 'boolean', help: `compile the model afresh and leave the plan cache alone (also DLC_CACHE=0). By default
an unchanged model (its files, dlc, flags and device) reuses its compiled plans from
plans/ in dlc's cache folder ($DLC_CACHE_DIR, else ~/.cache/dlc)` },
  { name: 'model', kind: 'string', value: '<name>', help: 'the named model (files with several models; default: the default export)' },
  { name: 'teacher', kind: 'path', value: 'CKPT', help: "distiller() files: the trained teacher's checkpoint (default: the file's teacherWeights)" },
  { name: 'tune', kind: 'boolean', help: `before training, time every GEMM and conv kernel of the training step and the
evaluation (forward, input and filter gradients) in each variant on this
machine's GPU and train with the fastest; the winners go to DIR/tuning.json.
Fixed inputs, medians of --tune-samples, the rule-based choice kept unless
another is 5% faster` },
  { name: 'tune-samples', kind: 'int', value: 'N', min: 1, max: 1000, help: 'timed samples per variant with --tune (default 5, 3 dispatches each)' },
  { name: 'tuned', kind: 'path', value: 'FILE', help: `train with the kernels recorded by an earlier run: its tuning.json (or its
folder), or a tuned bundle's manifest.json; nothing is timed, so the same
flags give the same weights as that run. --resume of a tuned run reuses
DIR/tuning.json by itself` },
];

const HELP = commandHelp(
  'dlc train <model.ts> [--epochs N] [--batch B] [--lr X] [--seed S] [--data D] [--out DIR] [--json] [--tune | --tuned FILE]',
  `Compiles the model's whole training step (forward, loss, backward, optimizer update) into WGSL and
trains it on WebGPU with the settings of its train: { … } section; flags override them.`,
  FLAGS,
);

export const trainCommand: Command = {
  name: 'train',
  summary: 'train a model with its compiled training step on WebGPU',
  help: HELP,
  flags: FLAGS,
  maxPositional: 1,
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('expected a model file');
    traceStartup('cli');
    // A model unchanged since an earlier run comes from the plan cache, its TypeScript not parsed again.
    const cache = args.flags['no-cache'] === true || args.flags.tune === true || flagString(args, 'tuned') !== undefined || flagString(args, 'teacher') !== undefined ? undefined : PlanCache.open(file, flagString(args, 'model'));
    const pick = (program: Program): CompiledModel => (program.distiller && !flagString(args, 'model') ? distillerFor(program, args) : pickModel(program.models, flagString(args, 'model'), file, program.main));
    let m = cache?.model(() => pick(compileModelFile(file)));
    if (!m) {
      const { program, files } = compileModelFileSources(file);
      traceStartup('model');
      if (program.steps.length > 0 && !flagString(args, 'model')) return runProgram(program, args, io);
      m = pick(program);
      if (flagString(args, 'teacher') && m.distill === undefined) throw new UsageError(`--teacher is for distiller() files; ${m.name} is not a distiller`);
      if (!m.train) throw new CompileError('E_TRAIN_CONFIG', `${m.name} has no train: { … } section`, { hint: "add train: { data, loss, optimizer } to the model to train it with dlc train" });
      if (!program.distiller) cache?.store(m, files);
    } else traceStartup('model');
    try {
      return await trainModel(m, args, io, cache?.plans());
    } finally {
      traceCache(io);
    }
  },
};

async function trainModel(m: CompiledModel, args: ParsedArgs, io: Io, planCache: PlanStore | undefined): Promise<number> {
  const opts = readFlags(args, m);
  try {
    return await runTraining(m, opts, args, io, planCache);
  } catch (e) {
    if (e instanceof CompileError || e instanceof UsageError) throw e;
    io.err(`dlc train: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

interface Flags {
  epochs: number;
  batch: number;
  lr: number | undefined;
  seed: number;
  data: DatasetConfig;
  validation: number;
  patience: number | undefined;
  schedule: Schedule | undefined;
  trainLimit: number | undefined;
  testLimit: number | undefined;
  kfold: number | undefined;
  out: string;
}

/** The named model, else the default export when it trains, else the first model with a train section. */
export function pickModel(models: readonly CompiledModel[], name: string | undefined, file: string, main?: CompiledModel): CompiledModel {
  const m = name ? models.find((x) => x.name === name) : ((main?.train ? main : undefined) ?? models.find((x) => x.train) ?? models[0]);
  if (!m) throw new UsageError(`no model named '${name}' in ${file}; it has ${models.map((x) => x.name).join(', ')}`);
  return m;
}

/** The distiller's training model, its teacher read from --teacher (else the file's teacherWeights), refused early if missing. */
function distillerFor(p: Program, args: ParsedArgs): CompiledModel {
  const d = p.distiller!;
  const flag = flagString(args, 'teacher');
  const ckpt = flag !== undefined ? resolve(flag) : d.teacherWeights;
  const how = `train the teacher first (dlc train ${p.file} --model ${d.teacher.name} --out DIR), then pass --teacher DIR/checkpoint.safetensors`;
  if (ckpt !== undefined && !existsSync(ckpt)) throw new UsageError(`the teacher checkpoint ${flag ?? ckpt} does not exist; ${how}`);
  try {
    const m = distillerModel(d, ckpt);
    if (!m.train) throw new CompileError('E_TRAIN_CONFIG', `${d.name} has no train section, and neither has its student ${d.student.name}`, { hint: 'add train: { data, loss, optimizer } to distiller({ … }) or to the student' });
    return m;
  } catch (e) {
    if (e instanceof CompileError) throw e;
    throw new UsageError(`${e instanceof Error ? e.message : String(e)}${ckpt === undefined ? `; ${how}` : ''}`);
  }
}

function positiveInt(args: ParsedArgs, name: string): number | undefined {
  const v = flagNumber(args, name);
  if (v !== undefined && !(Number.isInteger(v) && v > 0)) throw new UsageError(`--${name} expects a positive integer, got ${v}`);
  return v;
}

function readFlags(args: ParsedArgs, m: CompiledModel): Flags {
  const t = m.train!;
  const data = flagString(args, 'data') ? parseData(flagString(args, 'data')!) : t.data;
  if (!data) throw new UsageError(`${m.name} names no dataset; pass --data (iris, mnist, csv:<file>, synthetic:<kind>)`);
  const seed = flagNumber(args, 'seed') ?? 0;
  if (!Number.isInteger(seed)) throw new UsageError(`--seed expects an integer, got ${seed}`);
  const lr = flagNumber(args, 'lr');
  if (lr !== undefined && !(lr > 0)) throw new UsageError(`--lr expects a positive number, got ${lr}`);
  const validation = flagNumber(args, 'validation') ?? t.validationSplit;
  if (!(validation >= 0 && validation < 1)) throw new UsageError(`--validation expects a fraction in [0, 1), got ${validation}`);
  if (args.flags.resume && !flagString(args, 'out')) throw new UsageError('--resume needs --out DIR (the run to continue)');
  if (args.flags.tune === true && flagString(args, 'tuned') !== undefined) throw new UsageError('--tune and --tuned exclude each other: --tune measures a new table, --tuned reuses one');
  if (args.flags['tune-samples'] !== undefined && args.flags.tune !== true) throw new UsageError('--tune-samples needs --tune');
  const kfold = positiveInt(args, 'kfold');
  if (kfold !== undefined && kfold < 2) throw new UsageError(`--kfold expects at least 2 folds, got ${kfold}`);
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  return {
    epochs: positiveInt(args, 'epochs') ?? t.epochs, batch: positiveInt(args, 'batch') ?? t.batchSize, lr, seed, data, validation,
    patience: positiveInt(args, 'patience'), schedule: parseSchedule(flagString(args, 'schedule')),
    trainLimit: positiveInt(args, 'train-limit'), testLimit: positiveInt(args, 'test-limit'), kfold,
    out: flagString(args, 'out') ?? join('runs', `${m.name}-${stamp}`),
  };
}

export function parseData(s: string): DatasetConfig {
  const [kind, rest] = [s.split(':')[0]!, s.slice(s.indexOf(':') + 1)];
  if (kind === 'iris' || kind === 'mnist') return { kind, options: kind === 'mnist' ? { flatten: true } : {} };
  if (kind === 'csv' && s.includes(':')) return { kind, options: { path: rest } };
  if ((kind === 'images' || kind === 'imageFolder') && s.includes(':')) return { kind: 'imageFolder', options: { path: rest } };
  if (kind === 'npz' && s.includes(':')) return { kind, options: { path: rest } };
  if (kind === 'synthetic' && s.includes(':')) return { kind, options: syntheticDefaults(rest) };
  throw new UsageError(`--data expects iris, mnist, csv:<file> or synthetic:<kind>, got '${s}' (also images:<folder>, npz:<file>)`);
}

/** The DSL's defaults for `--data synthetic:<kind>` (the model file's marker fills them in otherwise). */
function syntheticDefaults(kind: string): DatasetConfig['options'] {
  const d: Record<string, DatasetConfig['options']> = {
    linear: { slope: 0.1, intercept: 0.3, noise: 0 }, separable2d: { margin: 0.1 }, sine: { length: 100, noise: 0 },
    gaussianMixture: { features: 2, classes: 2, sparse: false }, lowRank: { features: 8, rank: 2, noise: 0.05 },
    random: { shape: [1], targetShape: [1] }, images: { shape: [32, 32, 3], classes: 10, sparse: false, noise: 0.5 },
  };
  const seq = { length: 8, vocab: 10 };
  const opts = d[kind] ?? (['copy', 'reverse', 'sort'].includes(kind) ? seq : undefined);
  if (!opts) throw new UsageError(`unknown synthetic kind '${kind}'`);
  return { samples: 1000, seed: 0, kind, ...opts };
}

function parseSchedule(s: string | undefined): Schedule | undefined {
  if (s === undefined) return undefined;
  const r = scheduleFromFlag(s);
  if (typeof r === 'string') throw new UsageError(r);
  return r;
}

async function runTraining(m: CompiledModel, f: Flags, args: ParsedArgs, io: Io, planCache?: PlanStore): Promise<number> {
  // A missing pretrained checkpoint is reported before the dataset loads or the GPU starts.
  checkPretrainedFiles(m.name, m.params);
  const random = frozenWithoutWeights(m.params);
  if (random.length) io.err(`dlc train: note: ${random.length} frozen layer${random.length === 1 ? '' : 's'} (${random.slice(0, 3).join(', ')}${random.length > 3 ? ', …' : ''}) load no weights, so ${random.length === 1 ? 'it keeps its' : 'they keep their'} random initial values while the rest trains; give the frozen base weights: 'file.safetensors' (dlc ships no ImageNet weights; see the README's Transfer learning from VGG16), or leave it trainable`);
  // Before acquiring a device: a damaged or foreign checkpoint fails in milliseconds, not after pipeline compilation.
  // (--kfold keeps one checkpoint per fold, each checked when its fold resumes.)
  if (args.flags.resume && f.kfold === undefined) precheckCheckpoint(join(f.out, 'checkpoint.safetensors'), m.name, m.params, { epochs: f.epochs, seed: f.seed, batch: f.batch });
  // --out a file, an unwritable folder, or one another trainer is writing: refused before any work.
  // --tuned's file is read (and refused if it holds no table) before the data or the GPU.
  const kernels = kernelTuning(args, f.out, io);
  const lock = prepareOutDir(f.out);
  try {
    return await trainLocked(m, f, args, io, kernels, planCache);
  } finally {
    lock.release();
  }
}

/** "320 training samples (80 held out for validation), 100 test": what each split holds, as Keras says "Train on …, validate on …". */
function sampleCounts(d: Dataset, validationSplit: number): string {
  const held = d.validation ? 0 : Math.round(d.train.n * validationSplit);
  const val = d.validation ? `, ${d.validation.n} validation` : held > 0 ? ` (${held} held out for validation)` : '';
  return `${d.train.n - held} training samples${val}${d.test ? `, ${d.test.n} test` : ''}`;
}

async function trainLocked(m: CompiledModel, f: Flags, args: ParsedArgs, io: Io, kernels: KernelTuning | undefined, planCache: PlanStore | undefined): Promise<number> {
  const dataset = await datasetFor(m, f, io);
  checkClassCount(m, dataset);
  traceStartup('data');
  const gpu = await acquireDevice();
  traceStartup('device');
  try {
    io.err(`dlc train: ${m.name} on ${describeAdapter(gpu.adapter)}; ${sampleCounts(dataset, f.validation)}, batch ${f.batch}, ${f.epochs} epochs → ${f.out}`);
    const t = m.train!;
    const optimizer = f.lr === undefined ? t.optimizer : { ...t.optimizer, learningRate: f.lr };
    const schedule = f.schedule?.kind === 'cosine' && f.schedule.decaySteps === 1e12 ? { ...f.schedule, decaySteps: Math.max(1, f.epochs * Math.ceil(dataset.train.n * (1 - f.validation) / f.batch)) } : f.schedule;
    const opts = {
      device: gpu.device, model: m, dataset, epochs: f.epochs, batch: f.batch, seed: f.seed, loss: t.loss, optimizer,
      validationSplit: f.validation, outDir: f.out, resume: Boolean(args.flags.resume), ...(kernels ? { kernels } : planCache ? { planCache } : {}),
      ...(schedule ? { schedule } : {}), ...(f.patience !== undefined ? { patience: f.patience, restoreBest: true } : {}),
      progress: progressSink(io), onCompile: compileNotice(io, 'dlc train', Boolean(args.flags.json)),
    };
    const stop = Interrupt.install((line) => io.err(line));
    try {
      if (f.kfold !== undefined) {
        const cv = await crossValidate({ ...opts, interrupt: stop }, f.kfold, (r) => io.err(`dlc train: fold ${r.fold}/${f.kfold}: ${foldLine(r)}`));
        if (cv.interrupted) {
          const at = cv.interrupted;
          const where = `fold ${at.fold}/${f.kfold}, epoch ${at.epoch + 1}/${f.epochs}${at.stepInEpoch ? `, ${at.stepInEpoch} steps in` : ', at its start'}`;
          const kept = cv.checkpoint ?? (cv.folds.length ? join(f.out, `fold-${cv.folds.length}`, 'fold.json') : null);
          for (const line of stopLines(where, kept, resumeCommand(args.positional[0]!, args.flags, f.out))) io.err(line);
          return stop.exitCode;
        }
        reportFolds(cv, io, Boolean(args.flags.json));
        return 0;
      }
      const r = await train({ ...opts, interrupt: stop });
      if (r.interrupted) return reportInterrupted(r, f, args, io, stop.exitCode);
      report(r, f, io, Boolean(args.flags.json));
      return r.diverged ? 1 : 0;
    } finally {
      stop.dispose();
    }
  } finally {
    gpu.destroy();
    await gpu.lost;
  }
}

/**
 * --tune (measure, then write DIR/tuning.json), --tuned FILE (reuse; copied into DIR), or --resume of a
 * run that has a tuning.json (reuse it); undefined: the rule-based kernels for this device.
 */
function kernelTuning(args: ParsedArgs, out: string, io: Io): KernelTuning | undefined {
  const from = flagString(args, 'tuned') ?? (args.flags.resume === true && args.flags.tune !== true && existsSync(join(out, TUNING_FILE)) ? out : undefined);
  const samples = flagNumber(args, 'tune-samples');
  const log = (l: string): void => io.err(l);
  const choice: KernelChoice | undefined = from !== undefined ? { tuned: readRunTuning(from) } : args.flags.tune === true ? { tune: { ...(samples ? { samples } : {}), log } } : undefined;
  if (!choice) return undefined;
  if ('tune' in choice) io.err('dlc train --tune: timing the kernel variants of the training step and the evaluation (median ms per dispatch)');
  return new KernelTuning(choice, (file) => {
    if (from !== out) writeRunTuning(out, file);
    const rows = file.rows;
    if (rows) io.err(`dlc train --tune: ${rows.length} kernels timed, ${rows.filter((r) => r.winner !== r.rule).length} differ from the rule-based choice; recorded in ${join(out, TUNING_FILE)}`);
    else io.err(`dlc train: kernels from ${from} (${Object.keys(file.tuning.table).length} tuned on ${file.tuning.target.label})`);
  });
}

/** The model's dataset (and its validationData) decoded, sized from and checked against the model's input. */
async function datasetFor(m: CompiledModel, f: Flags, io: Io): Promise<Dataset> {
  const common: LoadDataOptions = { inputShape: m.inputs[0]!.shape, progress: progressSink(io), note: (t) => io.err(`dlc train: ${t}`) };
  const limits = { ...(f.trainLimit ? { trainLimit: f.trainLimit } : {}), ...(f.testLimit ? { testLimit: f.testLimit } : {}) };
  // --data replaces the model's dataset, and with it the validationData that belongs to it.
  return loadTrainData(f.data, f.data === m.train!.data ? m.train!.validationData : undefined, { ...common, ...limits });
}

/**
 * A classifier whose last layer has another width than the data has classes (an extra or missing
 * class folder, a miscounted dense(k)): Keras trains on without a word, and every answer after it —
 * `dlc evaluate`'s matrix, `dlc run`'s and the bundle's labels — has an output without a name or a
 * class without an output. Refused here, before the GPU starts, naming the classes.
 */
export function checkClassCount(m: CompiledModel, d: Dataset): void {
  const names = d.info?.classNames;
  const loss = m.train?.loss;
  if (!names || names.length < 2 || m.outputs.length !== 1 || (loss !== 'sparseCategoricalCrossentropy' && loss !== 'categoricalCrossentropy')) return;
  const shape = m.outputs[0]!.shape;
  const width = shape[shape.length - 1]!;
  if (width === names.length) return;
  const where = d.name.replace(/^imageFolder:/, '');
  const list = names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', ');
  // Located at the layer that makes the output (the last one that has that width), with its code frame.
  const last = [...m.layers].reverse().find((l) => l.outputShape[l.outputShape.length - 1] === width && l.locs?.length);
  const loc = last?.locs?.at(-1);
  let source: string | undefined;
  try {
    source = loc ? readFileSync(loc.file, 'utf8') : undefined;
  } catch {
    source = undefined;
  }
  throw new CompileError('E_TRAIN_CLASSES', `${where} has ${names.length} classes (${list}) but ${m.name}'s last layer has ${width} outputs`, {
    ...(loc ? { loc } : {}), ...(source !== undefined ? { source } : {}),
    hint: `make the last layer dense(${names.length}, …), or ${width > names.length ? 'add the missing class folders' : 'remove the extra class folders'} so that each output is one class`,
  });
}

/** Redraws in place on a terminal; one plain line at a time through `io.err` otherwise. */
function progressSink(io: Io): { write(text: string): void; isTTY: boolean } {
  const tty = Boolean(process.stderr.isTTY);
  return { isTTY: tty, write: (text) => (tty ? process.stderr.write(text) : io.err(text.replace(/\n$/, ''))) };
}

function report(r: TrainResult, f: Flags, io: Io, json: boolean): void {
  if (r.diverged) io.err(`dlc train: training diverged: ${r.diverged}; the last good checkpoint is kept in ${f.out}`);
  if (r.stoppedEarly) io.err(`dlc train: early stopping after epoch ${r.epochs} (best weights restored)`);
  const acc = r.testAccuracy === null ? '' : `, test accuracy ${(100 * r.testAccuracy).toFixed(2)}%`;
  io.err(`dlc train: ${r.epochs} epochs, ${r.steps} steps, ${r.stepsPerSecond.toFixed(1)} steps/s; test loss ${r.testLoss === null ? 'n/a' : formatMetric(r.testLoss)}${acc}; outputs in ${f.out}`);
  const table = summaryTable(r);
  if (table) io.err(table);
  if (!json) return;
  const { weights: _w, history: _h, test, ...rest } = r;
  const { predictions: _p, ...testOut } = test ?? {};
  io.out(JSON.stringify({ ...rest, ...(test ? { test: testOut } : {}), outDir: f.out }));
}

/** Where the checkpoint is and the exact command that continues the run; exit 130 (SIGINT) or 143 (SIGTERM). */
function reportInterrupted(r: TrainResult, f: Flags, args: ParsedArgs, io: Io, code: number): number {
  const at = r.interrupted!;
  const where = `epoch ${at.epoch + 1}/${f.epochs}${at.stepInEpoch ? `, ${at.stepInEpoch} steps in` : ', at its start'} (${r.steps} steps in all)`;
  for (const line of stopLines(where, r.checkpoint, resumeCommand(args.positional[0]!, args.flags, f.out))) io.err(line);
  return code;
}

function foldLine(r: FoldResult): string {
  const acc = r.accuracy === null ? '' : `, accuracy ${(100 * r.accuracy).toFixed(2)}%`;
  const mae = r.mae === null ? '' : `, mae ${r.mae.toFixed(4)}`;
  return `trained on ${r.trainSamples}, held-out loss ${r.loss.toFixed(4)}${acc}${mae} (${r.heldOut} samples)`;
}

function reportFolds(cv: CrossValidation, io: Io, json: boolean): void {
  const parts = Object.entries(cv.summary).map(([k, { mean, std }]) => (k === 'accuracy' ? `${k} ${(100 * mean).toFixed(2)}% ± ${(100 * std).toFixed(2)}%` : `${k} ${mean.toFixed(4)} ± ${std.toFixed(4)}`));
  io.err(`dlc train: ${cv.folds.length}-fold cross-validation: ${parts.join(', ')}`);
  if (json) io.out(JSON.stringify(cv));
}

/**
 * A multi-step program (GAN): its steps alternate in one loop; each step's loss per epoch is logged.
 * Like a plain run: the `--out` lock, a checkpoint every epoch (all weights and optimizer slots),
 * SIGINT/SIGTERM writing a mid-epoch one with the resume command, and `--resume`.
 */
async function runProgram(p: Program, args: ParsedArgs, io: Io): Promise<number> {
  const s = p.schedule!;
  if (!s.data) throw new UsageError(`${p.file} names no dataset for its program; add data: … to program({ … })`);
  const epochs = positiveInt(args, 'epochs') ?? s.epochs;
  const batch = positiveInt(args, 'batch') ?? s.batchSize;
  const seed = flagNumber(args, 'seed') ?? 0;
  const trainLimit = positiveInt(args, 'train-limit');
  const resume = Boolean(args.flags.resume);
  if (resume && !flagString(args, 'out')) throw new UsageError('--resume needs --out DIR (the run to continue)');
  if (flagNumber(args, 'kfold') !== undefined) throw new UsageError('--kfold cross-validates one model; a multi-step program has no held-out loss to compare (train one of its models with --model)');
  // Flags of the one-model loop that a program has no meaning for, each refused with the reason.
  const why: Record<string, string> = {
    lr: "a program's steps each have their own optimizer and rate; set them in steps: { … } (or scale them all with --schedule)",
    patience: "early stopping watches a loss that should fall; a program's step losses pull against each other and it has no validation split",
    validation: 'a program has no validation split (nothing to monitor; see report.html for the samples per epoch)',
    data: "a program's steps are fed from its own data: … (the GAN's real samples)",
    'test-limit': 'a program has no test evaluation',
    teacher: '--teacher is for distiller() files',
    tune: "tuning times one model's training step; tune it with --model NAME",
    tuned: "a tuning table belongs to one model's training step; use it with --model NAME",
  };
  for (const [k, reason] of Object.entries(why)) if (args.flags[k] !== undefined) throw new UsageError(`--${k} does not apply to the multi-step program ${p.main.name}: ${reason}`);
  const flagSchedule = parseSchedule(flagString(args, 'schedule'));
  const out = flagString(args, 'out') ?? join('runs', `${p.main.name}-program`);
  try {
    // Before any data or device work: a damaged or foreign checkpoint, and an --out another trainer holds.
    if (resume) precheckCheckpoint(join(out, 'checkpoint.safetensors'), programOwner(p).name, programOwner(p).params, { epochs, seed, batch });
    const lock = prepareOutDir(out);
    try {
      return await programLocked(p, { epochs, batch, seed, trainLimit, out, resume, schedule: flagSchedule ?? s.lrSchedule }, args, io);
    } finally {
      lock.release();
    }
  } catch (e) {
    if (e instanceof CompileError || e instanceof UsageError) throw e;
    io.err(`dlc train: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

async function programLocked(p: Program, f: { epochs: number; batch: number; seed: number; trainLimit: number | undefined; out: string; resume: boolean; schedule: Schedule | undefined }, args: ParsedArgs, io: Io): Promise<number> {
  const { epochs, batch, seed, out } = f;
  const data = (await loadData(p.schedule!.data!, { ...(f.trainLimit ? { trainLimit: f.trainLimit } : {}), progress: progressSink(io) })).train;
  const gpu = await acquireDevice();
  const stop = Interrupt.install((line) => io.err(line));
  let session: GanSession | undefined;
  try {
    io.err(`dlc train: ${p.steps.map((x) => x.name).join(' + ')} steps on ${describeAdapter(gpu.adapter)}; ${data.n} samples, batch ${batch}, ${epochs} epochs → ${out}`);
    session = await GanSession.create(gpu.device, p, batch, seed);
    const start = f.resume ? await restoreProgram(out, session, programOwner(p).name, { epochs, seed, batch, perEpoch: Math.floor(data.n / (batch / 2)) }) : undefined;
    if (start) io.err(`dlc train: resuming at epoch ${start.epoch + 1}${start.inEpoch ? `, ${start.inEpoch} iterations in` : ''} from ${join(out, 'checkpoint.safetensors')}`);
    const hyper = { batch, epochs, seed, ...Object.fromEntries(p.steps.flatMap((st) => [[`${st.name} loss`, st.loss], [`${st.name} optimizer`, `${st.optimizer.kind} lr ${st.optimizer.learningRate}`]])) };
    const recorder = new ProgramRecorder(out, p.main.name, { seed, batch, epochs, data, hyper }, start?.history);
    const onEpoch = async (h: GanEpoch, g: GanSession): Promise<void> => {
      io.err(`dlc train: epoch ${h.epoch}/${epochs}: ${Object.entries(h.losses).map(([k, v]) => `${k} loss ${v.toFixed(4)}`).join(' · ')}`);
      await recorder.epoch(h, g);
    };
    const perEpoch = Math.floor(data.n / (batch / 2));
    const schedule = f.schedule?.kind === 'cosine' && f.schedule.decaySteps === 1e12 ? { ...f.schedule, decaySteps: Math.max(1, epochs * perEpoch) } : f.schedule;
    const r = await trainGan({ device: gpu.device, program: p, data, batch, epochs, seed, onEpoch, interrupt: stop, ...(start ? { start } : {}), ...(schedule ? { schedule } : {}) }, session);
    if (r.interrupted) {
      const at = r.interrupted;
      const ck = await recorder.interrupted(session, at);
      const where = `epoch ${at.epoch + 1}/${epochs}${at.inEpoch ? `, ${at.inEpoch} iterations in` : ', at its start'} (${at.iteration} iterations in all)`;
      for (const line of stopLines(where, ck, resumeCommand(args.positional[0]!, args.flags, out))) io.err(line);
      return stop.exitCode;
    }
    recorder.finish();
    io.err(`dlc train: checkpoints, metrics.jsonl and report.html (generated samples per epoch) in ${out}`);
    if (args.flags.json) io.out(JSON.stringify({ epochs: r.history.length, history: r.history, outDir: out }));
    return r.history.every((h) => Object.values(h.losses).every(Number.isFinite)) ? 0 : 1;
  } finally {
    stop.dispose();
    session?.destroy();
    gpu.destroy();
    await gpu.lost;
  }
}
