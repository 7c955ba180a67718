/**
 * @file Datasets: row-major features and labels, splits, and seeded shuffles. A split's features are
 * in memory, or — for an image folder larger than the host budget — a `StreamedSplit` whose samples
 * are read per batch from the image cache on disk (`readSamples` serves both).
 */
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
  /** Each sample's source where it has one (an image's path under its folder), for reports that name samples. */
  readonly names?: readonly string[];
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
  /**
   * Samples are in time order (timeseries() windows, which overlap their neighbours): a held-out
   * fraction is the last samples, so validation never sees steps training windows contain.
   */
  readonly timeOrdered?: boolean;
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

/** Features that stay where they are and are read a sample at a time (the image cache on disk). */
export interface SampleRows {
  /** Values per sample. */
  readonly size: number;
  /** Where the samples are read from, for messages. */
  readonly source: string;
  /** Sample `k`'s features into `out` at `at`. */
  read(k: number, out: Float32Array, at: number): void;
}

/**
 * A split whose features are streamed: labels in memory, features read per batch. Code that needs
 * every sample at once (`x`) gets a clear error instead of a host-memory blow-up.
 */
export class StreamedSplit implements Split {
  constructor(
    readonly n: number,
    readonly y: Float32Array | Int32Array,
    readonly rows: SampleRows,
    readonly names?: readonly string[],
  ) {}

  get x(): Float32Array {
    throw new DataError(`this step needs every sample in memory at once, but ${this.rows.source} is streamed from the image cache (${this.n} samples, ${formatBytes(this.n * this.rows.size * 4)} as float32, over the host budget); set DLC_MAX_HOST_BYTES higher or pass stream: false to imageFolder() if the machine has the memory`);
  }
}

/** Bytes the split's features take as float32 (in memory or not). */
export function featureBytes(s: Split): number {
  return s instanceof StreamedSplit ? s.n * s.rows.size * 4 : s.x.byteLength;
}

/** The features of the samples at `idx`, row after row, from memory or from disk. */
export function readSamples(s: Split, idx: ArrayLike<number>, xSize: number, out: Float32Array = new Float32Array(idx.length * xSize)): Float32Array {
  if (s instanceof StreamedSplit) for (let k = 0; k < idx.length; k++) s.rows.read(idx[k]!, out, k * xSize);
  else for (let k = 0; k < idx.length; k++) out.set(s.x.subarray(idx[k]! * xSize, (idx[k]! + 1) * xSize), k * xSize);
  return out;
}

/** Calls `fn` on consecutive chunks of at most `chunk` samples' features (a pass over a streamed split holds one chunk). */
export function forEachChunk(s: Split, xSize: number, chunk: number, fn: (x: Float32Array, start: number) => void): void {
  if (!(s instanceof StreamedSplit)) return fn(s.x.subarray(0, s.n * xSize), 0);
  const buf = new Float32Array(Math.min(chunk, s.n) * xSize);
  for (let start = 0; start < s.n; start += chunk) {
    const m = Math.min(chunk, s.n - start);
    fn(readSamples(s, Array.from({ length: m }, (_, k) => start + k), xSize, buf.subarray(0, m * xSize)), start);
  }
}

/** The samples at `idx` as a new split: copied when in memory, a re-indexed view of the same rows when streamed. */
export function take(s: Split, idx: ArrayLike<number>, xSize: number, ySize: number): Split {
  const y = s.y instanceof Int32Array ? new Int32Array(idx.length * ySize) : new Float32Array(idx.length * ySize);
  for (let k = 0; k < idx.length; k++) y.set(s.y.subarray(idx[k]! * ySize, (idx[k]! + 1) * ySize), k * ySize);
  if (s instanceof StreamedSplit) {
    const at = Int32Array.from(idx);
    const rows = s.rows;
    return new StreamedSplit(at.length, y, { size: rows.size, source: rows.source, read: (k, out, o) => rows.read(at[k]!, out, o) }, namesAt(s, idx));
  }
  return { n: idx.length, x: readSamples(s, idx, xSize), y, ...withNames(namesAt(s, idx)) };
}

/** The first `n` samples (a view, no copy). */
export function head(s: Split, n: number): Split {
  if (n >= s.n) return s;
  const ys = s.y.length / Math.max(s.n, 1);
  const names = s.names?.slice(0, n);
  if (s instanceof StreamedSplit) return new StreamedSplit(n, s.y.subarray(0, n * ys), s.rows, names);
  const xs = s.x.length / s.n;
  return { n, x: s.x.subarray(0, n * xs), y: s.y.subarray(0, n * ys), ...withNames(names) };
}

/** Both splits' samples, `a`'s first (validationData's train + test); streamed when either is. */
export function concatSplits(a: Split, b: Split): Split {
  const y = a.y instanceof Int32Array ? new Int32Array(a.y.length + b.y.length) : new Float32Array(a.y.length + b.y.length);
  y.set(a.y);
  y.set(b.y, a.y.length);
  const names = a.names && b.names ? [...a.names, ...b.names] : undefined;
  if (a instanceof StreamedSplit || b instanceof StreamedSplit) {
    const size = a instanceof StreamedSplit ? a.rows.size : (b as StreamedSplit).rows.size;
    const one = (s: Split, k: number, out: Float32Array, at: number): void => void readSamples(s, [k], size, out.subarray(at, at + size));
    return new StreamedSplit(a.n + b.n, y, { size, source: [a, b].map((s) => (s instanceof StreamedSplit ? s.rows.source : 'memory')).join(' + '), read: (k, out, at) => (k < a.n ? one(a, k, out, at) : one(b, k - a.n, out, at)) }, names);
  }
  const x = new Float32Array(a.x.length + b.x.length);
  x.set(a.x);
  x.set(b.x, a.x.length);
  return { n: a.n + b.n, x, y, ...withNames(names) };
}

function namesAt(s: Split, idx: ArrayLike<number>): string[] | undefined {
  const names = s.names;
  return names ? Array.from(idx, (i) => names[i]!) : undefined;
}

const withNames = (names: readonly string[] | undefined): { names?: readonly string[] } => (names ? { names } : {});

export function formatBytes(n: number): string {
  return n >= 2 ** 30 ? `${(n / 2 ** 30).toFixed(1)} GiB` : n >= 2 ** 20 ? `${(n / 2 ** 20).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}

/**
 * Splits off the last `fraction` of a seeded shuffle (Keras' validation_split takes the tail unshuffled; a seeded shuffle first avoids class-ordered files),
 * or, for time-ordered data, the tail itself: a shuffle would hold out windows that overlap training windows, the future leaking into training.
 */
export function splitFraction(d: Dataset, s: Split, fraction: number, seed: number): [Split, Split] {
  const perm = d.timeOrdered ? Int32Array.from({ length: s.n }, (_, i) => i) : permutation(s.n, seededRandom(seed));
  const nHeld = Math.round(s.n * fraction);
  const xs = sampleSize(d.xShape);
  const ys = sampleSize(d.yShape);
  return [take(s, perm.subarray(0, s.n - nHeld), xs, ys), take(s, perm.subarray(s.n - nHeld), xs, ys)];
}
