/**
 * @file The one safetensors reader, for bundle weights (the shipped runtime) and for checkpoints
 * (src/train/safetensors.ts wraps it): every header field is checked, tensors must tile the data
 * section exactly (no overlaps, gaps or trailing bytes) at offsets aligned to their element size,
 * and each tensor is copied into its own aligned typed array. Failures go to the caller's `fail`,
 * which throws its own error type (E_BUNDLE_WEIGHTS, or a checkpoint's SafetensorsError).
 */
import { clip } from './errors.ts';
import type { TensorData } from './feeds.ts';
import type { PlanDType } from './plan-types.ts';

export interface SafetensorsTensor {
  readonly dtype: PlanDType;
  readonly shape: readonly number[];
  readonly data: TensorData;
}

export interface SafetensorsContents {
  readonly tensors: Map<string, SafetensorsTensor>;
  readonly metadata: Record<string, string>;
}

export type Fail = (message: string) => never;

const FROM_ST: Readonly<Record<string, PlanDType>> = { F32: 'f32', I32: 'i32', U32: 'u32', BOOL: 'bool' };
export const ELEMENT_BYTES: Readonly<Record<PlanDType, number>> = { f32: 4, i32: 4, u32: 4, bool: 1 };
/** Headers larger than this are refused (the reference implementation uses 100 MB). */
const MAX_HEADER = 100_000_000;
const MAX_RANK = 16;

function show(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses and validates a whole safetensors file. */
export function readSafetensors(bytes: Uint8Array, fail: Fail): SafetensorsContents {
  if (!(bytes instanceof Uint8Array)) fail('not a byte array');
  if (bytes.length < 8) fail(`file is ${bytes.length} bytes, too short for a safetensors header (truncated?)`);
  const n64 = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true);
  if (n64 > BigInt(MAX_HEADER)) fail(`header length ${n64} is implausible (corrupted file?)`);
  const n = Number(n64);
  if (8 + n > bytes.length) fail(`header says ${n} bytes but the file has only ${bytes.length - 8} after the length (truncated?)`);
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + n)));
  } catch {
    return fail('header is not valid UTF-8 JSON (corrupted file?)');
  }
  if (!isRecord(header)) return fail(`header is ${header === null ? 'null' : Array.isArray(header) ? 'an array' : `a ${typeof header}`}, not a JSON object of tensors`);
  const data = bytes.subarray(8 + n);
  const tensors = new Map<string, SafetensorsTensor>();
  let metadata: Record<string, string> = {};
  const spans: [number, number, string][] = [];
  for (const [name, entry] of Object.entries(header)) {
    if (name === '__metadata__') {
      metadata = checkMetadata(entry, fail);
      continue;
    }
    const { dtype, shape, begin, end } = checkEntry(name, entry, data.length, fail);
    spans.push([begin, end, name]);
    tensors.set(name, { dtype, shape, data: copyOut(data, begin, end, dtype) });
  }
  checkSpans(spans, data.length, fail);
  return { tensors, metadata };
}

function checkMetadata(entry: unknown, fail: Fail): Record<string, string> {
  if (!isRecord(entry) || Object.values(entry).some((v) => typeof v !== 'string')) fail('__metadata__ must map strings to strings');
  return { ...(entry as Record<string, string>) };
}

function checkEntry(name: string, entry: unknown, dataLen: number, fail: Fail): { dtype: PlanDType; shape: number[]; begin: number; end: number } {
  const t = `tensor '${clip(name, 80)}'`;
  if (!isRecord(entry)) return fail(`${t} is ${show(entry)}, not an object with dtype, shape and data_offsets`);
  const dtype = typeof entry.dtype === 'string' && Object.hasOwn(FROM_ST, entry.dtype) ? FROM_ST[entry.dtype] : undefined;
  if (!dtype) return fail(`${t} has unsupported dtype ${show(entry.dtype)} (dlc reads F32, I32, U32, BOOL)`);
  const shape = entry.shape;
  if (!Array.isArray(shape) || shape.length > MAX_RANK || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) return fail(`${t} has an invalid shape ${show(shape)}`);
  const offs = entry.data_offsets;
  if (!Array.isArray(offs) || offs.length !== 2 || !offs.every((d) => Number.isSafeInteger(d) && d >= 0)) return fail(`${t} has invalid data_offsets ${show(offs)}`);
  const [begin, end] = offs as [number, number];
  // Bounded by the data section first, so a huge shape cannot overflow the byte count.
  const want = (shape as number[]).reduce((a, d) => Math.min(a * d, Number.MAX_SAFE_INTEGER), 1) * ELEMENT_BYTES[dtype];
  if (end < begin || end - begin !== want) return fail(`${t}: shape ${show(shape)} needs ${want} bytes but its offsets span ${end - begin}`);
  if (end > dataLen) return fail(`${t} ends at byte ${end} but the data section has ${dataLen} bytes (truncated?)`);
  if (begin % ELEMENT_BYTES[dtype] !== 0) return fail(`${t} starts at byte ${begin}, not a multiple of its ${ELEMENT_BYTES[dtype]}-byte elements (misaligned)`);
  return { dtype, shape: [...(shape as number[])], begin, end };
}

/** Tensors must tile the data section exactly: no overlaps, no gaps (as the format requires). */
function checkSpans(spans: [number, number, string][], dataLen: number, fail: Fail): void {
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let at = 0;
  for (const [begin, end, name] of spans) {
    if (begin !== at) fail(begin < at ? `tensor '${clip(name, 80)}' overlaps the tensor before it` : `gap before tensor '${clip(name, 80)}' at byte ${at}`);
    at = end;
  }
  if (at !== dataLen) fail(`${dataLen - at} trailing bytes after the last tensor`);
}

/** Copies into an aligned typed array: a Node Buffer's slice shares (pooled) memory, and the data section need not be aligned. */
function copyOut(data: Uint8Array, begin: number, end: number, dtype: PlanDType): TensorData {
  const copy = new Uint8Array(data.subarray(begin, end));
  if (dtype === 'f32') return new Float32Array(copy.buffer);
  if (dtype === 'i32') return new Int32Array(copy.buffer);
  if (dtype === 'u32') return new Uint32Array(copy.buffer);
  return copy;
}
