/** @file In-memory datasets: row-major features and labels, splits, and seeded shuffles. */
import type { DataInfo } from '../runtime/preprocess.ts';

/** A user error about the data (a file, a row, a folder): the CLI prints the message alone, no stack. */
export class DataError extends Error {
  override readonly name = 'DataError';
}

/** One split: `n` samples, features row-major, labels as class indices (i32) or values (f32). */
export interface Split {
  readonly n: number;
  readonly x: Float32Array;
  readonly y: Float32Array | Int32Array;
}

export interface Dataset {
  readonly name: string;
  /** Shape of one sample's features (e.g. [28, 28, 1]). */
  readonly xShape: readonly number[];
  /** Shape of one sample's target: [] for a class index or a scalar, [k] for vectors. */
  readonly yShape: readonly number[];
  /** 'i32' class indices (classification) or 'f32' values (regression, autoencoders). */
  readonly yDtype: 'i32' | 'f32';
  readonly numClasses?: number;
  readonly train: Split;
  /** A validation split of the dataset's own (train/ + validation/ folders, `validationData`). */
  readonly validation?: Split;
  readonly test?: Split;
  /** Class names and preprocessing, carried into checkpoints and bundles. */
  readonly info?: DataInfo;
}

export function sampleSize(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** mulberry32: small, fast, seedable; every shuffle and synthetic set in dlc uses it. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates permutation of 0..n-1. */
export function permutation(n: number, rand: () => number): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}

/** The samples at `idx`, copied into a new split. */
export function take(s: Split, idx: ArrayLike<number>, xSize: number, ySize: number): Split {
  const x = new Float32Array(idx.length * xSize);
  const y = s.y instanceof Int32Array ? new Int32Array(idx.length * ySize) : new Float32Array(idx.length * ySize);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    x.set(s.x.subarray(i * xSize, (i + 1) * xSize), k * xSize);
    y.set(s.y.subarray(i * ySize, (i + 1) * ySize), k * ySize);
  }
  return { n: idx.length, x, y };
}

/** Splits off the last `fraction` of a seeded shuffle (Keras' validation_split takes the tail unshuffled; a seeded shuffle first avoids class-ordered files). */
export function splitFraction(d: Dataset, s: Split, fraction: number, seed: number): [Split, Split] {
  const perm = permutation(s.n, seededRandom(seed));
  const nHeld = Math.round(s.n * fraction);
  const xs = sampleSize(d.xShape);
  const ys = sampleSize(d.yShape);
  return [take(s, perm.subarray(0, s.n - nHeld), xs, ys), take(s, perm.subarray(s.n - nHeld), xs, ys)];
}
