/** @file Host data ⇄ GPU storage: validates a feed against its tensor's dtype and length, and converts (bool as u32). */
import { clip, describeType, RuntimeError } from './errors.ts';
import type { PlanDType } from './plan-types.ts';

/** What the runtime returns: Float32Array, Int32Array, Uint32Array, or Uint8Array (0/1) for bool. */
export type TensorData = Float32Array | Int32Array | Uint32Array | Uint8Array;

/** What a feed may be: a typed array, a number[] (converted), or a boolean[] for bool tensors. */
export type FeedData = ArrayLike<number> | ArrayLike<boolean>;

/** The GPU-side array class of each dtype (bool is stored as u32). */
export type StorageArray = Float32Array | Int32Array | Uint32Array;

export interface TensorInfo {
  readonly name: string;
  readonly dtype: PlanDType;
  readonly shape: readonly number[];
  /** Element count (the product of the shape). */
  readonly length: number;
}

export function allocStorage(dtype: PlanDType, n: number): StorageArray {
  return dtype === 'f32' ? new Float32Array(n) : dtype === 'i32' ? new Int32Array(n) : new Uint32Array(n);
}

/** Typed arrays that already have the dtype's GPU layout, so they are written without a copy. */
function isStorageLayout(dtype: PlanDType, data: FeedData): data is StorageArray {
  if (dtype === 'f32') return data instanceof Float32Array;
  if (dtype === 'i32') return data instanceof Int32Array;
  return data instanceof Uint32Array;
}

/**
 * The feed as an array in storage layout: the caller's own typed array when it matches, otherwise
 * converted into `scratch` (reused across calls, so a steady loop allocates nothing).
 */
export function toStorage(kind: string, t: TensorInfo, data: FeedData, scratch: () => StorageArray): StorageArray {
  if (data === null || typeof data !== 'object' || typeof data.length !== 'number') {
    throw new RuntimeError('E_FEED_TYPE', `${kind} '${t.name}' expects ${describeType(t.dtype, t.shape)} (${t.length} values), got ${describeValue(data)}`);
  }
  if (data.length !== t.length) {
    throw new RuntimeError('E_FEED_SHAPE', `${kind} '${t.name}' expects ${describeType(t.dtype, t.shape)} (${t.length} values), got ${data.length} values`, {
      hint: 'pass the values flattened in row-major order',
    });
  }
  if (isStorageLayout(t.dtype, data)) return data;
  rejectFloatArrayForInts(kind, t, data);
  const out = scratch();
  for (let i = 0; i < t.length; i++) out[i] = convert(kind, t, data[i], i);
  return out;
}

/** A Float32Array handed to an integer input is almost always a mix-up, so it is refused rather than truncated. */
function rejectFloatArrayForInts(kind: string, t: TensorInfo, data: FeedData): void {
  if (t.dtype !== 'f32' && (data instanceof Float32Array || data instanceof Float64Array)) {
    const want = t.dtype === 'i32' ? 'an Int32Array' : t.dtype === 'u32' ? 'a Uint32Array' : 'a Uint8Array, Uint32Array or boolean[]';
    throw new RuntimeError('E_FEED_DTYPE', `${kind} '${t.name}' is ${describeType(t.dtype, t.shape)}, got a ${data.constructor.name}`, {
      hint: `pass ${want} or a number[]`,
    });
  }
}

function convert(kind: string, t: TensorInfo, v: unknown, i: number): number {
  if (t.dtype === 'bool') {
    if (v === true || v === 1) return 1;
    if (v === false || v === 0) return 0;
  } else if (typeof v === 'number') {
    if (t.dtype === 'f32') return v;
    const [lo, hi] = t.dtype === 'i32' ? [-2147483648, 2147483647] : [0, 4294967295];
    if (Number.isInteger(v) && v >= lo && v <= hi) return v;
  }
  const want = t.dtype === 'bool' ? 'true/false or 0/1' : t.dtype === 'f32' ? 'a number' : `an integer in the ${t.dtype} range`;
  throw new RuntimeError('E_FEED_DTYPE', `${kind} '${t.name}' is ${describeType(t.dtype, t.shape)}: element ${i} is ${describeElement(v)}, expected ${want}`);
}

function describeElement(v: unknown): string {
  if (typeof v === 'string') return `the string ${JSON.stringify(clip(v, 20))}`;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  return Array.isArray(v) ? 'an array' : `a ${typeof v}`;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'object') return `a ${(v as object).constructor?.name ?? 'object'} without a length`;
  return `a ${typeof v}`;
}

/** Copies mapped GPU bytes into a fresh array the caller owns (bool comes back as 0/1 bytes). */
export function fromStorage(dtype: PlanDType, bytes: ArrayBuffer, offset: number, n: number): TensorData {
  if (n === 0) return dtype === 'bool' ? new Uint8Array(0) : allocStorage(dtype, 0);
  const end = offset + n * 4;
  if (dtype === 'f32') return new Float32Array(bytes.slice(offset, end));
  if (dtype === 'i32') return new Int32Array(bytes.slice(offset, end));
  if (dtype === 'u32') return new Uint32Array(bytes.slice(offset, end));
  return Uint8Array.from(new Uint32Array(bytes, offset, n), (x) => (x !== 0 ? 1 : 0));
}
