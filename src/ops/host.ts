/** @file Host tensors for the reference interpreter: allocation by dtype and precision, conversions. */
import type { DType, TensorType } from '../ir/index.ts';
import { numel } from '../ir/index.ts';
import type { EvalCtx, HostData, HostTensor, Precision } from './op-def.ts';

export function allocData(dtype: DType, n: number, precision: Precision): HostData {
  switch (dtype) {
    case 'f32':
      return precision === 'f64' ? new Float64Array(n) : new Float32Array(n);
    case 'i32':
      return new Int32Array(n);
    case 'u32':
      return new Uint32Array(n);
    case 'bool':
      return new Uint8Array(n);
  }
}

export function evalCtx(precision: Precision): EvalCtx {
  return {
    precision,
    alloc: (type: TensorType): HostTensor => ({ type, data: allocData(type.dtype, numel(type.shape), precision) }),
  };
}

/** A host tensor from plain numbers (values are converted to the dtype's array class). */
export function hostTensor(type: TensorType, values: ArrayLike<number>, precision: Precision = 'f32'): HostTensor {
  const n = numel(type.shape);
  if (values.length !== n) {
    throw new Error(`internal error: ${values.length} values for a tensor of ${n} elements`);
  }
  const data = allocData(type.dtype, n, precision);
  for (let i = 0; i < n; i++) data[i] = values[i]!;
  return { type, data };
}

/** Copies a tensor into the array class of another precision (f32 ⇄ f64 for float tensors). */
export function withPrecision(t: HostTensor, precision: Precision): HostTensor {
  return hostTensor(t.type, t.data, precision);
}

/** A function producing a fresh tensor through `ctx.alloc`, filled by `f(flatIndex)`. */
export function fill(ctx: EvalCtx, type: TensorType, f: (i: number) => number): HostTensor {
  const out = ctx.alloc(type);
  const n = out.data.length;
  for (let i = 0; i < n; i++) out.data[i] = f(i);
  return out;
}

/** Multi-index of a flat row-major offset. */
export function unravel(flat: number, shape: readonly number[]): number[] {
  const idx = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    const s = shape[d]!;
    idx[d] = s === 0 ? 0 : flat % s;
    flat = s === 0 ? 0 : Math.floor(flat / s);
  }
  return idx;
}
