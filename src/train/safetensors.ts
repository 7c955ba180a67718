/**
 * @file safetensors read/write (the format of checkpoints and bundle weights), validating every
 * header field so a truncated or corrupted file is a clear error, never a crash or garbage weights.
 */
import type { DType } from '../ir/index.ts';
import { ELEMENT_BYTES, readSafetensors } from '../runtime/safetensors-read.ts';

export interface NamedTensor {
  readonly dtype: DType;
  readonly shape: readonly number[];
  readonly data: Float32Array | Int32Array | Uint32Array | Uint8Array;
}

export type TensorMap = ReadonlyMap<string, NamedTensor>;

const TO_ST: Record<DType, string> = { f32: 'F32', i32: 'I32', u32: 'U32', bool: 'BOOL' };

export class SafetensorsError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'SafetensorsError';
  }
}

/**
 * Serialises tensors in name order (so equal inputs give byte-identical files), 8-byte aligned header.
 * Data is laid out 4-byte tensors first, then bool ones, so every tensor starts aligned to its
 * element size (the reader refuses misaligned ones).
 */
export function encodeSafetensors(tensors: TensorMap, metadata: Record<string, string> = {}): Uint8Array {
  const names = [...tensors.keys()].sort((a, b) => ELEMENT_BYTES[tensors.get(b)!.dtype] - ELEMENT_BYTES[tensors.get(a)!.dtype] || (a < b ? -1 : a > b ? 1 : 0));
  const header: Record<string, unknown> = {};
  if (Object.keys(metadata).length > 0) header.__metadata__ = metadata;
  let offset = 0;
  for (const name of names) {
    const t = tensors.get(name)!;
    const bytes = t.data.byteLength;
    header[name] = { dtype: TO_ST[t.dtype], shape: [...t.shape], data_offsets: [offset, offset + bytes] };
    offset += bytes;
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const head = new Uint8Array(json.length + ((8 - ((8 + json.length) % 8)) % 8)).fill(0x20); // padded with spaces (UTF-8 bytes, not characters)
  head.set(json);
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

/**
 * Parses and validates a safetensors file; `file` names it in errors. The reader is the shipped
 * runtime's (src/runtime/safetensors-read.ts), so checkpoints and bundle weights get one set of checks.
 */
export function decodeSafetensors(bytes: Uint8Array, file = 'weights.safetensors'): Decoded {
  return readSafetensors(bytes, (m) => {
    throw new SafetensorsError(file, m);
  });
}
