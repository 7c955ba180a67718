/**
 * @file safetensors read/write (the format of checkpoints and bundle weights), validating every
 * header field so a truncated or corrupted file is a clear error, never a crash or garbage weights.
 */
import type { DType } from '../ir/index.ts';

export interface NamedTensor {
  readonly dtype: DType;
  readonly shape: readonly number[];
  readonly data: Float32Array | Int32Array | Uint32Array | Uint8Array;
}

export type TensorMap = ReadonlyMap<string, NamedTensor>;

const TO_ST: Record<DType, string> = { f32: 'F32', i32: 'I32', u32: 'U32', bool: 'BOOL' };
const FROM_ST: Record<string, DType> = { F32: 'f32', I32: 'i32', U32: 'u32', BOOL: 'bool' };
const BYTES: Record<DType, number> = { f32: 4, i32: 4, u32: 4, bool: 1 };
/** Headers larger than this are refused (the reference implementation uses 100 MB). */
const MAX_HEADER = 100_000_000;

export class SafetensorsError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'SafetensorsError';
  }
}

/** Serialises tensors in name order (so equal inputs give byte-identical files), 8-byte aligned header. */
export function encodeSafetensors(tensors: TensorMap, metadata: Record<string, string> = {}): Uint8Array {
  const names = [...tensors.keys()].sort();
  const header: Record<string, unknown> = {};
  if (Object.keys(metadata).length > 0) header.__metadata__ = metadata;
  let offset = 0;
  for (const name of names) {
    const t = tensors.get(name)!;
    const bytes = t.data.byteLength;
    header[name] = { dtype: TO_ST[t.dtype], shape: [...t.shape], data_offsets: [offset, offset + bytes] };
    offset += bytes;
  }
  let json = JSON.stringify(header);
  json += ' '.repeat((8 - ((8 + json.length) % 8)) % 8);
  const head = new TextEncoder().encode(json);
  const out = new Uint8Array(8 + head.length + offset);
  new DataView(out.buffer).setBigUint64(0, BigInt(head.length), true);
  out.set(head, 8);
  let at = 8 + head.length;
  for (const name of names) {
    const t = tensors.get(name)!;
    out.set(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength), at);
    at += t.data.byteLength;
  }
  return out;
}

export interface Decoded {
  readonly tensors: Map<string, NamedTensor>;
  readonly metadata: Record<string, string>;
}

/** Parses and validates a safetensors file; `file` names it in errors. */
export function decodeSafetensors(bytes: Uint8Array, file = 'weights.safetensors'): Decoded {
  const fail = (m: string): never => {
    throw new SafetensorsError(file, m);
  };
  if (bytes.length < 8) fail(`file is ${bytes.length} bytes, too short for a safetensors header (truncated?)`);
  const n = Number(new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true));
  if (n > MAX_HEADER) fail(`header length ${n} is implausible (corrupted file?)`);
  if (8 + n > bytes.length) fail(`header says ${n} bytes but the file has only ${bytes.length - 8} after the length (truncated?)`);
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + n)));
  } catch {
    return fail('header is not valid UTF-8 JSON (corrupted file?)');
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return fail('header is not a JSON object');
  const data = bytes.subarray(8 + n);
  const tensors = new Map<string, NamedTensor>();
  let metadata: Record<string, string> = {};
  const spans: [number, number, string][] = [];
  for (const [name, entry] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') {
      metadata = checkMetadata(entry, fail);
      continue;
    }
    const { dtype, shape, begin, end } = checkEntry(name, entry, data.length, fail);
    spans.push([begin, end, name]);
    tensors.set(name, { dtype, shape, data: view(data, begin, end, dtype) });
  }
  checkSpans(spans, data.length, fail);
  return { tensors, metadata };
}

function checkMetadata(entry: unknown, fail: (m: string) => never): Record<string, string> {
  if (typeof entry !== 'object' || entry === null || Object.values(entry).some((v) => typeof v !== 'string')) {
    fail('__metadata__ must map strings to strings');
  }
  return entry as Record<string, string>;
}

function checkEntry(name: string, entry: unknown, dataLen: number, fail: (m: string) => never) {
  const e = entry as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
  const dtype = typeof e?.dtype === 'string' ? FROM_ST[e.dtype] : undefined;
  if (!dtype) fail(`tensor '${name}' has unsupported dtype ${JSON.stringify(e?.dtype)} (dlc reads F32, I32, U32, BOOL)`);
  const shape = e.shape;
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) fail(`tensor '${name}' has an invalid shape ${JSON.stringify(shape)}`);
  const offs = e.data_offsets;
  if (!Array.isArray(offs) || offs.length !== 2 || !offs.every((d) => Number.isSafeInteger(d) && d >= 0)) {
    fail(`tensor '${name}' has invalid data_offsets ${JSON.stringify(offs)}`);
  }
  const [begin, end] = offs as [number, number];
  const want = (shape as number[]).reduce((a, b) => a * b, 1) * BYTES[dtype!];
  if (end < begin || end - begin !== want) fail(`tensor '${name}': shape ${JSON.stringify(shape)} needs ${want} bytes but its offsets span ${end - begin}`);
  if (end > dataLen) fail(`tensor '${name}' ends at byte ${end} but the data section has ${dataLen} bytes (truncated?)`);
  return { dtype: dtype!, shape: shape as number[], begin, end };
}

/** Tensors must tile the data section exactly: no overlaps, no gaps (as the format requires). */
function checkSpans(spans: [number, number, string][], dataLen: number, fail: (m: string) => never): void {
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let at = 0;
  for (const [begin, end, name] of spans) {
    if (begin !== at) fail(begin < at ? `tensor '${name}' overlaps the tensor before it` : `gap before tensor '${name}' at byte ${at}`);
    at = end;
  }
  if (at !== dataLen) fail(`${dataLen - at} trailing bytes after the last tensor`);
}

/** Copies into an aligned typed array (the data section need not be 4-byte aligned in memory). */
function view(data: Uint8Array, begin: number, end: number, dtype: DType): NamedTensor['data'] {
  // A copy, not a view: a Node Buffer's slice shares (pooled) memory, so copy through a plain Uint8Array.
  const copy = new Uint8Array(data.subarray(begin, end));
  switch (dtype) {
    case 'f32':
      return new Float32Array(copy.buffer);
    case 'i32':
      return new Int32Array(copy.buffer);
    case 'u32':
      return new Uint32Array(copy.buffer);
    case 'bool':
      return copy;
  }
}
