/**
 * @file `dlc evaluate model.ts --weights ckpt`: the evaluation graph on WebGPU over a data set, with
 * loss, every metric that fits the loss, the confusion matrix (table and SVG), scikit-learn's
 * per-class report and the most confident mistakes. Metric sums accumulate on the GPU.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileEvaluation } from '../../compile.ts';
import { deviceTarget } from '../../codegen/target.ts';
import { CompileError } from '../../ir/index.ts';
import { compileModelFile, type CompiledModel, type LossKind } from '../../frontend/index.ts';
import { didYouMean } from '../../frontend/diag.ts';
import { loadTrainData } from '../../data/load.ts';
import { head, type Dataset, type Split } from '../../data/dataset.ts';
import { judgedSplits, withHeldOut, type SplitName } from '../../data/held-out.ts';
import { acquireDevice, loadPlan } from '../../runtime/index.ts';
import { makeDir, writeFileAtomic } from '../../train/atomic-write.ts';
import { announceFirstDispatch } from '../../train/first-compile.ts';
import { precheckCheckpoint } from '../../train/checkpoint.ts';
import { decodeSafetensors } from '../../train/safetensors.ts';
import { isMetric, metricsFromSums, runEvaluation } from '../../train/evaluator.ts';
import { classificationReport, confusionStats, confusionTable, METRIC_NAMES } from '../../train/metrics.ts';
import { isClassification } from '../../train/metric-sums.ts';
import { confusionSvg } from '../../train/plot.ts';
import { sampleView, type ClassSample } from '../../train/report-samples.ts';
import { trainedOutputs } from '../../train/multi-output.ts';
import { formatMetric } from '../../train/progress.ts';
import { flagNumber, flagString, UsageError, type Command, type Io, type ParsedArgs } from '../command.ts';
import { compileNotice } from '../compile-notice.ts';
import type { FlagSpec } from '../flags.ts';
import { parseData, pickModel } from './train.ts';

const HELP = `usage: dlc evaluate <model.ts> --weights <checkpoint.safetensors> [--data D] [--split test|validation|train] [--json]

Runs the model in inference mode on WebGPU over a data set and prints the loss, every metric that
fits its loss, the confusion matrix, the per-class report (precision, recall, f1-score, support,
like scikit-learn's classification_report) and the mistakes the model was most confident of.
The counts behind the metrics are accumulated on the GPU; only they are read back.

options:
  --weights FILE     a checkpoint written by dlc train (checkpoint.safetensors or best.safetensors)
  --data D           dataset instead of the model's: iris, mnist, csv:<file>, images:<folder>,
                     npz:<file>, synthetic:<kind>
  --split S          test, validation or train (default: test when the dataset has one, else the
                     validation split training held out — validationSplit, a validation/ folder,
                     validationData — else train)
  --limit N          only the first N samples of the split
  --metrics LIST     comma-separated metric names (default: all that fit the loss)
  --batch B          batch size (default: the model's)
  --mistakes N       how many confident mistakes to list (default 5)
  --out DIR          where confusion-matrix.svg goes (default: the checkpoint's folder)
  --json             also print { loss, metrics, confusion, report, mistakes } as one JSON object
                     on the last line of stdout
  --model <name>     the named model (files with several models)`;

/** Declared for strict parsing (unknown flags get a did-you-mean); the help above documents them. */
const FLAGS: readonly FlagSpec[] = [
  { name: 'weights', kind: 'path', value: 'file', help: 'a checkpoint written by dlc train' },
  { name: 'data', kind: 'string', value: 'D', help: 'dataset instead of the model\'s' },
  { name: 'split', kind: 'enum', values: ['test', 'validation', 'train'], help: 'which split' },
  { name: 'limit', kind: 'int', value: 'N', min: 1, help: 'only the first N samples' },
  { name: 'metrics', kind: 'string', value: 'LIST', help: 'comma-separated metric names' },
  { name: 'batch', kind: 'int', value: 'B', min: 1, max: 1 << 20, help: 'batch size' },
  { name: 'mistakes', kind: 'int', value: 'N', min: 0, max: 10000, help: 'confident mistakes to list' },
  { name: 'out', kind: 'path', value: 'DIR', help: 'where confusion-matrix.svg goes' },
  { name: 'json', kind: 'boolean', help: 'print one JSON object' },
  { name: 'model', kind: 'string', value: 'name', help: 'the named model' },
];

/** A disk error (read-only, full, a file in the way) as a one-line E_EVAL_OUTPUT naming the file; anything else unchanged. */
function onDisk(write: () => void): void {
  try {
    write();
  } catch (e) {
    if (typeof (e as { code?: unknown }).code !== 'string') throw e;
    throw new CompileError('E_EVAL_OUTPUT', (e as Error).message, { hint: 'pass --out a folder you can write to (confusion-matrix.svg goes there; by default next to the checkpoint)' });
  }
}

export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: 'evaluate a checkpoint on a data set: loss, metrics, confusion matrix, per-class report',
  help: HELP,
  flags: FLAGS,
  maxPositional: 1,
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('expected a model file');
    const weights = flagString(args, 'weights');
    if (!weights) throw new UsageError('--weights <checkpoint.safetensors> is required (dlc train writes one into its --out folder)');
    const program = compileModelFile(file);
    const m = pickModel(program.models, flagString(args, 'model'), file, program.main);
    const loss = m.train?.loss;
    if (!loss) throw new CompileError('E_TRAIN_CONFIG', `${m.name} has no train: { … } section, so dlc evaluate does not know its loss`, { hint: "add train: { loss: …, optimizer: … } to the model" });
    const metrics = metricList(flagString(args, 'metrics'), loss, m);
    const seed = checkWeights(weights, m);
    // The model's validationSplit holds out the samples training held out (the checkpoint's seed; a --validation given to dlc train is not recorded).
    const dataset = withHeldOut(await loadData(args, m, io), flagString(args, 'data') ? undefined : m.train!.validationSplit, seed);
    const { split, name: splitName } = pickSplit(dataset, args);
    const batch = flagNumber(args, 'batch') ?? m.train!.batchSize;
    if (!(Number.isInteger(batch) && batch > 0)) throw new UsageError(`--batch expects a positive integer, got ${batch}`);
    const data = { xShape: dataset.xShape, yShape: dataset.yShape, yDtype: dataset.yDtype };
    // A model with several outputs reports the weighted loss and each output's loss and metrics (no per-sample views).
    const predictions = trainedOutputs(m, loss) === undefined;
    // Compiled before the device starts so a data/model mismatch fails fast; kernels are then chosen for the device.
    compileEvaluation(m, { batch: Math.min(batch, split.n), data, loss, metrics, predictions });
    // An --out that cannot be made (a read-only disk, a file in the way) fails here, before the GPU work.
    if (flagString(args, 'out')) onDisk(() => makeDir(flagString(args, 'out')!));
    const gpu = await acquireDevice();
    try {
      const ev = compileEvaluation(m, { batch: Math.min(batch, split.n), data, loss, metrics, predictions, deviceLimits: gpu.device.limits, target: deviceTarget(gpu.device) });
      const ran = announceFirstDispatch(gpu.device, ev.plan.kernels, compileNotice(io, 'dlc evaluate', Boolean(args.flags.json)));
      const exe = await loadPlan(gpu.device, ev.plan);
      const tensors = decodeSafetensors(readFileSync(weights), weights).tensors;
      await exe.setParams(Object.fromEntries(exe.params.filter((p) => !isMetric(p.name)).map((p) => [p.name, tensors.get(p.name)!.data as Float32Array])));
      const { sums, predictions: preds } = await runEvaluation(exe, m, Math.min(batch, split.n), split, predictions);
      ran();
      exe.destroy();
      const r = metricsFromSums(sums, split.n, m, loss, metrics);
      const classNames = dataset.info?.classNames;
      const view = preds ? sampleView(split, dataset.xShape, preds, loss, classNames, { first: 0, mistakes: flagNumber(args, 'mistakes') ?? 5 }) : undefined;
      const out = flagString(args, 'out') ?? dirname(weights);
      const values = { ...(r.accuracy !== undefined ? { accuracy: r.accuracy } : {}), ...(r.mae !== undefined ? { mae: r.mae } : {}), ...(r.values ?? {}) };
      const mistakes = (view?.mistakes ?? []).map(({ pixels: _p, ...s }) => s);
      let svgPath: string | undefined;
      if (r.confusion) {
        svgPath = join(out, 'confusion-matrix.svg');
        const svg = confusionSvg(r.confusion, classNames, `${m.name}: confusion matrix (${split.n} ${splitName} samples)`);
        try {
          onDisk(() => (makeDir(out), writeFileAtomic(svgPath!, svg)));
        } catch (e) {
          // The numbers are printed all the same: only the picture is lost.
          printReport(io, m, `${split.n} ${splitName} samples`, r.loss, values, r.confusion, classNames, mistakes, undefined);
          throw e;
        }
      }
      printReport(io, m, `${split.n} ${splitName} samples`, r.loss, values, r.confusion, classNames, mistakes, svgPath);
      if (args.flags.json) {
        const report = r.confusion ? confusionStats(r.confusion) : undefined;
        io.out(JSON.stringify({ model: m.name, split: splitName, samples: split.n, loss: r.loss, metrics: values, confusion: r.confusion ?? null, report: report ?? null, mistakes, confusionSvg: svgPath ?? null }));
      }
      return 0;
    } finally {
      gpu.destroy();
      await gpu.lost;
    }
  },
};

/** The named metrics, or every one that fits the loss; an unknown name gets a did-you-mean. */
function metricList(flag: string | undefined, loss: LossKind, m: CompiledModel): string[] {
  if (flag !== undefined) {
    const names = flag.split(',').map((s) => s.trim()).filter(Boolean);
    for (const n of names) {
      if (!(METRIC_NAMES as readonly string[]).includes(n)) throw new UsageError(`unknown metric '${n}'; ${didYouMean(n, METRIC_NAMES) ?? `metrics are ${METRIC_NAMES.join(', ')}`}`);
    }
    return names;
  }
  if (!isClassification(loss)) return ['mae', 'mse', 'rootMeanSquaredError'];
  const classes = m.outputs[0]!.shape[m.outputs[0]!.shape.length - 1] ?? 1;
  return ['accuracy', 'precision', 'recall', 'f1Score', ...(loss === 'binaryCrossentropy' ? [] : ['microF1Score', 'weightedF1Score']), 'auc', 'prAuc', ...(loss !== 'binaryCrossentropy' && classes > 5 ? ['topKCategoricalAccuracy'] : [])];
}

/** A missing, damaged or foreign checkpoint is refused before the GPU starts, with what to do instead; else its run's seed (what training split and shuffled with). */
function checkWeights(path: string, m: CompiledModel): number {
  try {
    return precheckCheckpoint(path, m.name, m.params).seed;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const foreign = /is a checkpoint of model|does not match the model|needs f32/.test(msg);
    throw new CompileError('E_EVAL_WEIGHTS', msg, {
      hint: foreign
        ? `pass a checkpoint that dlc train wrote for ${m.name} (dlc train ${m.name}.ts --out DIR, then --weights DIR/checkpoint.safetensors), or pick the matching model with --model`
        : 'pass the checkpoint.safetensors (or best.safetensors) that dlc train wrote into its --out folder',
    });
  }
}

/** The model's dataset (or --data), decoded and sized from the model's input as dlc train reads it, with the validationData that belongs to it. */
async function loadData(args: ParsedArgs, m: CompiledModel, io: Io): Promise<Dataset> {
  const own = m.train!.data;
  const cfg = flagString(args, 'data') ? parseData(flagString(args, 'data')!) : own;
  if (!cfg) throw new UsageError(`${m.name} names no dataset; pass --data (iris, mnist, csv:<file>, images:<folder>, npz:<file>, synthetic:<kind>)`);
  const limit = flagNumber(args, 'limit');
  const progress = { isTTY: false, write: (t: string) => io.err(t.replace(/\n$/, '')) };
  return loadTrainData(cfg, cfg === own ? m.train!.validationData : undefined, {
    inputShape: m.inputs[0]!.shape, progress, note: (t) => io.err(`dlc evaluate: ${t}`), ...(limit ? { trainLimit: limit, testLimit: limit } : {}),
  });
}

/** --split, else the test split, else the validation split training held out, else the training split. */
function pickSplit(d: Dataset, args: ParsedArgs): { split: Split; name: SplitName } {
  const splits = judgedSplits(d);
  const asked = flagString(args, 'split') as SplitName | undefined;
  const found = asked ? splits.find((e) => e.name === asked) : splits[0];
  if (!found) throw new UsageError(`${d.name} has no ${asked} split; it has ${splits.map((e) => e.name).join(', ')}: use --split ${splits[0]!.name}`);
  if (found.split.n === 0) throw new UsageError(`the ${found.name} split of ${d.name} is empty`);
  const limit = flagNumber(args, 'limit');
  return limit && found.name === 'validation' ? { ...found, split: head(found.split, limit) } : found;
}

/**
 * Classes with no sample in the judged split (a class folder of one or two photos, all drawn into
 * training by validationSplit): their report rows are zeros that pull the macro averages down, which
 * reads as a bad class rather than an untested one, so it is said.
 */
export function zeroSupportNote(cm: readonly (readonly number[])[], names: readonly string[] | undefined, samples: string): string | undefined {
  const empty = cm.flatMap((row, k) => (row.reduce((a, b) => a + b, 0) === 0 ? [names?.[k] ?? String(k)] : []));
  if (!empty.length) return undefined;
  const list = empty.length > 5 ? `${empty.slice(0, 5).join(', ')}, …` : empty.join(', ');
  return `\nnote: ${empty.length === 1 ? 'class' : `${empty.length} classes`} ${list} ${empty.length === 1 ? 'has' : 'have'} no sample among the ${samples}: ${empty.length === 1 ? 'its row reads' : 'their rows read'} 0 and pull${empty.length === 1 ? 's' : ''} the macro averages down (untested, not wrong); give ${empty.length === 1 ? 'it' : 'them'} more images, or a validation/ folder with some`;
}

function printReport(io: Io, m: CompiledModel, samples: string, loss: number, values: Record<string, number>, cm: readonly (readonly number[])[] | undefined, names: readonly string[] | undefined, mistakes: readonly Omit<ClassSample, 'pixels'>[], svg: string | undefined): void {
  const w = Math.max(4, ...Object.keys(values).map((k) => k.length)) + 2;
  io.out(`${m.name}: ${samples}`);
  io.out(`${'loss'.padEnd(w)}${formatMetric(loss)}`);
  for (const [k, v] of Object.entries(values)) io.out(`${k.padEnd(w)}${formatMetric(v)}`);
  if (cm) {
    io.out('\nconfusion matrix (rows: true class, columns: predicted)');
    io.out(confusionTable(cm, names));
    io.out('\nper-class report');
    io.out(classificationReport(cm, names));
    const empty = zeroSupportNote(cm, names, samples);
    if (empty) io.out(empty);
  }
  if (mistakes.length) {
    const label = (k: number): string => names?.[k] ?? String(k);
    io.out('\nmost confident mistakes');
    const w = Math.max(10, ...mistakes.map((s) => label(s.truth).length + 2), ...mistakes.map((s) => label(s.guess).length + 2));
    io.out(`${'sample'.padStart(8)}${'true'.padStart(w)}${'predicted'.padStart(w + 2)}${'p(pred)'.padStart(10)}${'p(true)'.padStart(10)}${mistakes.some((s) => s.file) ? '  source' : ''}`);
    for (const s of mistakes) io.out(`${String(s.index).padStart(8)}${label(s.truth).padStart(w)}${label(s.guess).padStart(w + 2)}${s.pGuess.toFixed(3).padStart(10)}${s.pTruth.toFixed(3).padStart(10)}${s.file ? `  ${s.file}` : ''}`);
  }
  if (svg) io.out(`\nconfusion matrix drawn in ${svg}`);
}
