/** @file K-fold cross-validation for small datasets: K fresh runs, each holding out one fold of a seeded shuffle, with per-fold and mean ± std metrics. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';
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
  /** Stopped by a signal (`o.interrupt`) in this fold (1-based) at this epoch (0-based) and step; `folds` are the finished ones. */
  readonly interrupted?: { readonly fold: number; readonly epoch: number; readonly stepInEpoch: number };
  /** The interrupted fold's checkpoint (null when it had not taken a step). */
  readonly checkpoint?: string | null;
}

/** A finished fold's result, kept beside its checkpoint so `--resume` skips it. */
const FOLD_FILE = 'fold.json';

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
 * as its test split; the dataset's own test split is not used. Fold runs write to `<out>/fold-<i>`,
 * with `fold.json` once finished. A signal (`o.interrupt`) stops inside a fold like a plain run
 * (mid-epoch checkpoint); with `o.resume` finished folds are read back and the stopped one resumes.
 */
export async function crossValidate(o: TrainOptions, k: number, onFold?: (r: FoldResult) => void): Promise<CrossValidation> {
  const folds: FoldResult[] = [];
  for (const [f, { train: tr, held }] of foldSplits(o.dataset.train, o.dataset.xShape, o.dataset.yShape, k, o.seed).entries()) {
    const dir = o.outDir ? join(o.outDir, `fold-${f + 1}`) : undefined;
    const done = dir && o.resume ? finishedFold(join(dir, FOLD_FILE), f + 1) : undefined;
    if (done) {
      folds.push(done);
      onFold?.(done);
      continue;
    }
    const resume = Boolean(o.resume && dir && existsSync(join(dir, 'checkpoint.safetensors')));
    const r = await train({ ...o, dataset: { ...o.dataset, train: tr, test: held }, validationSplit: 0, resume, ...(dir ? { outDir: dir } : {}) });
    if (r.interrupted) return { folds, summary: summarize(folds), interrupted: { fold: f + 1, ...r.interrupted }, checkpoint: r.checkpoint };
    if (r.diverged) throw new Error(`fold ${f + 1} diverged: ${r.diverged}`);
    const res: FoldResult = { fold: f + 1, trainSamples: tr.n, heldOut: held.n, loss: r.testLoss!, accuracy: r.testAccuracy, mae: r.testMae };
    if (dir) writeFileAtomic(join(dir, FOLD_FILE), `${JSON.stringify(res)}\n`);
    folds.push(res);
    onFold?.(res);
  }
  return { folds, summary: summarize(folds) };
}

/** A finished fold's saved result, or undefined when the fold has none (or it is not a result of fold `fold`). */
function finishedFold(path: string, fold: number): FoldResult | undefined {
  if (!existsSync(path)) return undefined;
  let r: Partial<Record<keyof FoldResult, unknown>>;
  try {
    r = JSON.parse(readFileSync(path, 'utf8')) as typeof r;
  } catch {
    throw new Error(`${path} is damaged; delete it to train fold ${fold} again`);
  }
  const num = (v: unknown, nullable: boolean): boolean => (typeof v === 'number' && Number.isFinite(v)) || (nullable && v === null);
  if (r.fold !== fold || !num(r.trainSamples, false) || !num(r.heldOut, false) || !num(r.loss, false) || !num(r.accuracy, true) || !num(r.mae, true)) {
    throw new Error(`${path} is not the result of fold ${fold}; delete it to train that fold again`);
  }
  return r as FoldResult;
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
