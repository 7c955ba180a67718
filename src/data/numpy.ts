/**
 * @file `npy(x, y)` and `npz(file, { x, y })`: NumPy arrays as a dataset. The .npy reader is the
 * bundle's (src/bundle/npy.ts); an .npz is a zip of .npy files (np.savez / savez_compressed), opened
 * with fflate. f32/f64/i32/i64/u8/bool features become f32; integer 1-D targets are class indices.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { parseNpy, type NpyArray } from '../bundle/npy.ts';
import { DataError, type Dataset, type Split } from './dataset.ts';

export interface NumpyContext {
  /** The model input's per-sample shape, checked against every x array. */
  readonly inputShape?: readonly number[];
}

interface Named extends NpyArray {
  readonly what: string;
}

export function loadNpy(xPath: string, yPath: string, ctx: NumpyContext = {}): Dataset {
  return fromArrays(`npy:${xPath}`, { ...readNpy(xPath), what: xPath }, { ...readNpy(yPath), what: yPath }, undefined, ctx);
}

export function loadNpz(path: string, o: { x?: string; y?: string; testX?: string; testY?: string }, ctx: NumpyContext = {}): Dataset {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new DataError(`cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    throw new DataError(`${path} is not an .npz archive (a zip of .npy files): ${(e as Error).message}`);
  }
  const names = Object.keys(files).map((f) => f.replace(/\.npy$/, ''));
  const get = (key: string): Named => {
    const entry = files[`${key}.npy`] ?? files[key];
    if (!entry) throw new DataError(`${path} has no array '${key}'; it holds ${names.join(', ')} (name them with npz(file, { x: '…', y: '…' }))`);
    return { ...parse(entry, `${path}[${key}]`), what: `${path}[${key}]` };
  };
  const test = o.testX && o.testY ? { x: get(o.testX), y: get(o.testY) } : undefined;
  return fromArrays(`npz:${path}`, get(o.x ?? 'x'), get(o.y ?? 'y'), test, ctx);
}

function readNpy(path: string): NpyArray {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new DataError(`cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parse(bytes, path);
}

function parse(bytes: Uint8Array, what: string): NpyArray {
  try {
    return parseNpy(bytes, what);
  } catch (e) {
    throw new DataError((e as Error).message);
  }
}

function fromArrays(name: string, x: Named, y: Named, test: { x: Named; y: Named } | undefined, ctx: NumpyContext): Dataset {
  const xShape = sampleShape(x, ctx.inputShape);
  const targets = targetKind(y);
  const train = toSplit(x, y, targets.int);
  const testSplit = test ? toSplit({ ...test.x, shape: [test.x.shape[0]!, ...sampleShape(test.x, xShape)] }, test.y, targets.int) : undefined;
  const numClasses = targets.int ? Math.max(0, ...Array.from(train.y)) + 1 : undefined;
  return { name, xShape, yShape: targets.yShape, yDtype: targets.int ? 'i32' : 'f32', ...(numClasses ? { numClasses } : {}), train, ...(testSplit ? { test: testSplit } : {}) };
}

/** x is [samples, ...sample]; the sample must be the model's input (a flat model may take images row-major). */
function sampleShape(x: Named, want: readonly number[] | undefined): number[] {
  if (x.shape.length < 2) throw new DataError(`${x.what} has shape (${x.shape.join(', ')}); features need a samples axis first, e.g. (n, ${want?.join(', ') ?? 'features'})`);
  const s = x.shape.slice(1);
  if (!want) return s;
  const same = s.length === want.length && s.every((d, i) => d === want[i]);
  const flatSame = s.reduce((a, b) => a * b, 1) === want.reduce((a, b) => a * b, 1);
  if (!same && !flatSame) throw new DataError(`${x.what} holds samples of shape (${s.join(', ')}) but the model's input is [${want.join(', ')}]; reshape the array or change the model's input`);
  return [...want];
}

/** 1-D integer targets (or bool) are class indices; anything else is f32 values of the per-sample shape. */
function targetKind(y: Named): { int: boolean; yShape: number[] } {
  if (y.shape.length === 0) throw new DataError(`${y.what} is a scalar; targets need a samples axis`);
  const int = y.data instanceof Int32Array && y.shape.length === 1 && Array.from(y.data).every((v) => v >= 0);
  return { int, yShape: int ? [] : y.shape.length === 1 ? [1] : y.shape.slice(1) };
}

function toSplit(x: Named, y: Named, int: boolean): Split {
  const n = x.shape[0]!;
  if (y.shape[0] !== n) throw new DataError(`${x.what} has ${n} samples but ${y.what} has ${y.shape[0]}; features and targets must pair up`);
  return { n, x: Float32Array.from(x.data), y: int ? Int32Array.from(y.data) : Float32Array.from(y.data) };
}
