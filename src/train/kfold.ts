/** @file K-fold cross-validation for small datasets: K fresh runs, each holding out one fold of a seeded shuffle, with per-fold and mean ± std metrics. */
import { join } from 'node:path';
import { permutation, sampleSize, seededRandom, take, type Split } from '../data/dataset.ts';
import { rngHash } from '../ops/rng.ts';
import { train, type TrainOptions } from './loop.ts';

export interface FoldResult {
  readonly fold: number;
  readonly trainSamples: number;
  readonly heldOut: number;
  readonly loss: number;
  readonly accuracy: number | null;
  readonly mae: number | null;
}

export interface CrossValidation {
  readonly folds: readonly FoldResult[];
  /** Mean and (population) standard deviation over the folds, per metric. */
  readonly summary: Readonly<Record<string, { mean: number; std: number }>>;
}

/** Fold f of k: the samples at positions [f·n/k, (f+1)·n/k) of the seeded permutation. */
export function foldSplits(s: Split, xShape: readonly number[], yShape: readonly number[], k: number, seed: number): { train: Split; held: Split }[] {
  if (!(Number.isInteger(k) && k >= 2)) throw new Error(`--kfold needs at least 2 folds, got ${k}`);
  if (s.n < k) throw new Error(`--kfold ${k} needs at least ${k} training samples, the dataset has ${s.n}`);
  const perm = permutation(s.n, seededRandom(rngHash(seed, 0, 0x4f1d)));
  const [xs, ys] = [sampleSize(xShape), sampleSize(yShape)];
  return Array.from({ length: k }, (_, f) => {
    const [lo, hi] = [Math.floor((f * s.n) / k), Math.floor(((f + 1) * s.n) / k)];
    const held = perm.subarray(lo, hi);
    const rest = Int32Array.from([...perm.subarray(0, lo), ...perm.subarray(hi)]);
    return { train: take(s, rest, xs, ys), held: take(s, held, xs, ys) };
  });
}

/**
 * Trains K fresh models (same seed, so only the data differs), each evaluated on its held-out fold
 * as its test split; the dataset's own test split is not used. Fold runs write to `<out>/fold-<i>`.
 */
export async function crossValidate(o: TrainOptions, k: number, onFold?: (r: FoldResult) => void): Promise<CrossValidation> {
  const folds: FoldResult[] = [];
  for (const [f, { train: tr, held }] of foldSplits(o.dataset.train, o.dataset.xShape, o.dataset.yShape, k, o.seed).entries()) {
    const r = await train({ ...o, dataset: { ...o.dataset, train: tr, test: held }, validationSplit: 0, resume: false, ...(o.outDir ? { outDir: join(o.outDir, `fold-${f + 1}`) } : {}) });
    if (r.diverged) throw new Error(`fold ${f + 1} diverged: ${r.diverged}`);
    const res: FoldResult = { fold: f + 1, trainSamples: tr.n, heldOut: held.n, loss: r.testLoss!, accuracy: r.testAccuracy, mae: r.testMae };
    folds.push(res);
    onFold?.(res);
  }
  return { folds, summary: summarize(folds) };
}

function summarize(folds: readonly FoldResult[]): Record<string, { mean: number; std: number }> {
  const out: Record<string, { mean: number; std: number }> = {};
  for (const key of ['loss', 'accuracy', 'mae'] as const) {
    const v = folds.map((f) => f[key]).filter((x): x is number => x !== null);
    if (v.length === 0) continue;
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    out[key] = { mean, std: Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length) };
  }
  return out;
}
