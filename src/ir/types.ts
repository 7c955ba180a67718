/** @file Tensor types of the IR: element dtypes and static shapes, with their text form. */

/** Element types. `bool` is stored as u32 (0/1) on the GPU, since WGSL has no bool storage. */
export type DType = 'f32' | 'i32' | 'u32' | 'bool';
export const DTYPES: readonly DType[] = ['f32', 'i32', 'u32', 'bool'];

/** A static shape: every dimension is a known non-negative integer. Rank 0 is a scalar. */
export type Shape = readonly number[];

export interface TensorType {
  readonly dtype: DType;
  readonly shape: Shape;
}

export function tensorType(dtype: DType, shape: Shape): TensorType {
  return { dtype, shape: [...shape] };
}

export function isDType(s: string): s is DType {
  return (DTYPES as readonly string[]).includes(s);
}

export function numel(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Bytes one element takes in a GPU buffer (bool is widened to u32). */
export function byteSize(dtype: DType): number {
  return dtype === 'f32' || dtype === 'i32' || dtype === 'u32' || dtype === 'bool' ? 4 : 4;
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

export function sameType(a: TensorType, b: TensorType): boolean {
  return a.dtype === b.dtype && sameShape(a.shape, b.shape);
}

export function formatShape(shape: Shape): string {
  return `[${shape.join(',')}]`;
}

/** `f32[8,784]`, the form used in IR text and in error messages. */
export function formatType(t: TensorType): string {
  return `${t.dtype}${formatShape(t.shape)}`;
}

/** Row-major strides of a shape. */
export function stridesOf(shape: Shape): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i]!;
  }
  return s;
}

export function isFloat(dtype: DType): boolean {
  return dtype === 'f32';
}
