/**
 * @file A small, strict safetensors reader for the shipped runtime (the compiler's reader lives in
 * src/train and is not shipped): every header field is checked, errors are RuntimeErrors.
 */
import { RuntimeError } from './errors.ts';
import type { TensorData } from './feeds.ts';
import type { PlanDType } from './plan-types.ts';

export interface WeightTensor {
  readonly name: string;
  readonly dtype: PlanDType;
  readonly shape: readonly number[];
  readonly data: TensorData;
}

const FROM_ST: Readonly<Record<string, PlanDType>> = { F32: 'f32', I32: 'i32', U32: 'u32', BOOL: 'bool' };

function corrupt(message: string): never {
  throw new RuntimeError('E_BUNDLE_WEIGHTS', `weights.safetensors: ${message}`, { hint: 'the file is damaged or incomplete: copy the bundle again, or rebuild it with `dlc build`' });
}

/** Parses the file (whose length the manifest already confirmed) into aligned typed arrays. */
export function decodeWeights(bytes: Uint8Array): Map<string, WeightTensor> {
  if (bytes.length < 8) corrupt(`${bytes.length} bytes is too short for a header (truncated?)`);
  const n = Number(new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true));
  if (8 + n > bytes.length) corrupt(`the header says ${n} bytes but only ${bytes.length - 8} follow (truncated?)`);
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + n))) as Record<string, unknown>;
  } catch {
    return corrupt('the header is not valid JSON');
  }
  const data = bytes.subarray(8 + n);
  const out = new Map<string, WeightTensor>();
  let covered = 0;
  for (const [name, entry] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    const t = tensorOf(name, entry as Record<string, unknown>, data);
    covered += t.data.byteLength === 0 ? 0 : (t.dtype === 'bool' ? 1 : 4) * t.data.length;
    out.set(name, t);
  }
  if (covered !== data.length) corrupt(`its tensors cover ${covered} of ${data.length} data bytes`);
  return out;
}

function tensorOf(name: string, e: Record<string, unknown>, data: Uint8Array): WeightTensor {
  const dtype = typeof e.dtype === 'string' ? FROM_ST[e.dtype] : undefined;
  const shape = e.shape;
  const offs = e.data_offsets;
  if (!dtype) return corrupt(`tensor '${name}' has unsupported dtype ${JSON.stringify(e.dtype)}`);
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) return corrupt(`tensor '${name}' has an invalid shape`);
  if (!Array.isArray(offs) || offs.length !== 2 || !offs.every((d) => Number.isSafeInteger(d) && d >= 0)) return corrupt(`tensor '${name}' has invalid data_offsets`);
  const [begin, end] = offs as [number, number];
  const count = (shape as number[]).reduce((a, d) => a * d, 1);
  if (end - begin !== count * (dtype === 'bool' ? 1 : 4)) corrupt(`tensor '${name}' has ${end - begin} bytes for ${count} elements`);
  if (end > data.length) corrupt(`tensor '${name}' ends at byte ${end} but the data has ${data.length} bytes (truncated?)`);
  const copy = data.slice(begin, end).buffer; // aligned copy: the data section need not be 4-byte aligned
  const arr = dtype === 'f32' ? new Float32Array(copy) : dtype === 'i32' ? new Int32Array(copy) : dtype === 'u32' ? new Uint32Array(copy) : new Uint8Array(copy);
  return { name, dtype, shape: shape as number[], data: arr };
}
