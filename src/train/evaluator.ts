/**
 * @file Evaluation of a split on the GPU: host-fed batches, the last one padded and masked, the
 * metric sums read once at the end (predictions per batch only when asked), and the sums turned
 * into Metrics. Shared by the training session and `dlc evaluate`.
 */
import type { CompiledModel, LossKind } from '../frontend/index.ts';
import { readSamples, sampleSize, type Split } from '../data/dataset.ts';
import type { Executable } from '../runtime/index.ts';
import { EXTRA_SUMS, METRIC_PREFIX } from './metric-sums.ts';
import { metricValues, type MetricSums } from './metrics.ts';
import { REGULARIZATION_SUM } from './regularizers.ts';
import { BATCH_X, BATCH_Y, MASK_INPUT, METRICS, metricKind, metricUnits, PRED_OUTPUT } from './step.ts';
import type { Metrics } from './session.ts';
import { multiOutputMetrics, trainedOutputs } from './multi-output.ts';

export const isMetric = (n: string): boolean => n.startsWith(METRIC_PREFIX);

/** Zeroed metric sums, to reset an executable's accumulators. */
export function zeros(e: Executable): Record<string, Float32Array> {
  return Object.fromEntries(e.params.filter((p) => isMetric(p.name)).map((p) => [p.name, new Float32Array(p.length)]));
}

/** Runs the evaluation executable over a split; with `readPred` every sample's prediction comes back too. */
export async function runEvaluation(exe: Executable, model: CompiledModel, batch: number, s: Split, readPred: boolean): Promise<{ sums: Record<string, ArrayLike<number>>; predictions?: Float32Array }> {
  await exe.setParams(zeros(exe));
  const mask = new Float32Array(batch);
  const per = sampleSize(model.outputs[0]!.shape);
  const predictions = readPred ? new Float32Array(s.n * per) : undefined;
  for (let start = 0; start < s.n; start += batch) {
    const real = Math.min(batch, s.n - start);
    const idx = Int32Array.from({ length: batch }, (_, k) => start + Math.min(k, real - 1));
    mask.fill(1, 0, real).fill(0, real);
    const { [BATCH_X]: x, [BATCH_Y]: y } = gatherBatch(s, idx, sampleSize(model.inputs[0]!.shape));
    const out = await exe.run({ [BATCH_X]: x!, [BATCH_Y]: y!, [MASK_INPUT]: mask }, predictions ? { read: [PRED_OUTPUT] } : { read: [], wait: false });
    if (predictions) predictions.set((out[PRED_OUTPUT] as Float32Array).subarray(0, real * per), start * per);
  }
  const sums = await exe.readParams(exe.params.map((p) => p.name).filter(isMetric));
  return { sums, ...(predictions ? { predictions } : {}) };
}

/** Loss, accuracy or mae, the requested metrics by name and the confusion matrix from the raw sums. */
export function metricsFromSums(sums: Record<string, ArrayLike<number>>, samples: number, model: CompiledModel, loss: LossKind, names: readonly string[]): Metrics {
  const outs = trainedOutputs(model, loss);
  if (outs) return multiOutputMetrics(sums, samples, model, outs);
  const units = metricUnits(model.outputs[0]!.shape, loss) * samples;
  const mean = sums[METRICS.loss]![0]! / samples;
  const base: Metrics = metricKind(loss) === 'mae' ? { loss: mean, mae: sums[METRICS.abs]![0]! / units } : { loss: mean, accuracy: sums[METRICS.correct]![0]! / units };
  const cm = sums[EXTRA_SUMS.confusion];
  const classes = cm ? Math.round(Math.sqrt(cm.length)) : 0;
  const confusion = cm ? Array.from({ length: classes }, (_, i) => Array.from(cm).slice(i * classes, (i + 1) * classes)) : undefined;
  const one = (k: string): number | undefined => sums[k]?.[0];
  const raw: MetricSums = {
    loss: mean, ...(one(METRICS.correct) !== undefined ? { correct: one(METRICS.correct)! } : {}), ...(one(METRICS.abs) !== undefined ? { abs: one(METRICS.abs)! } : {}),
    ...(one(EXTRA_SUMS.squared) !== undefined ? { squared: one(EXTRA_SUMS.squared)! } : {}), ...(one(EXTRA_SUMS.topK) !== undefined ? { topK: one(EXTRA_SUMS.topK)! } : {}),
    ...(confusion ? { confusion } : {}), ...(sums[EXTRA_SUMS.aucTp] ? { aucTp: sums[EXTRA_SUMS.aucTp]!, aucFp: sums[EXTRA_SUMS.aucFp]! } : {}),
  };
  const skip = new Set(['accuracy', 'mae']);
  const values = metricValues(names.filter((n) => !skip.has(n)), raw, units, loss === 'binaryCrossentropy');
  // The penalty of a regularized model, beside the loss that includes it (Keras shows it so).
  const penalty = sums[REGULARIZATION_SUM]?.[0];
  if (penalty !== undefined) values.regularization = penalty / samples;
  return { ...base, ...(Object.keys(values).length ? { values } : {}), ...(confusion ? { confusion } : {}) };
}

/** Host-side gather of one batch (also the evaluation's batches): the fallback when the dataset does not fit in one GPU buffer, or is streamed from disk. */
export function gatherBatch(s: Split, idx: Int32Array, xSize: number): Record<string, Float32Array | Int32Array> {
  const ySize = s.y.length / s.n;
  const y = s.y instanceof Int32Array ? new Int32Array(idx.length * ySize) : new Float32Array(idx.length * ySize);
  idx.forEach((i, k) => y.set(s.y.subarray(i * ySize, (i + 1) * ySize), k * ySize));
  return { [BATCH_X]: readSamples(s, idx, xSize), [BATCH_Y]: y };
}
