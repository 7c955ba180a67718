/** @file A small builder for an ONNX graph: nodes, attributes, constant initializers, fresh value names. */
import type { DType } from '../ir/index.ts';
import { ATTR_TYPE, ONNX_DTYPE } from './onnx-proto.ts';

export interface OnnxAttr {
  readonly name: string;
  readonly type: number;
  readonly f?: number;
  readonly i?: number;
  readonly s?: Uint8Array;
  readonly floats?: readonly number[];
  readonly ints?: readonly number[];
}

export interface OnnxNode {
  readonly input: readonly string[];
  readonly output: readonly string[];
  readonly name: string;
  readonly op_type: string;
  readonly attribute: readonly OnnxAttr[];
  readonly doc_string?: string;
}

export interface OnnxTensor {
  readonly name: string;
  readonly dims: readonly number[];
  readonly data_type: number;
  readonly raw_data: Uint8Array;
}

/** Attribute constructors: ONNX distinguishes ints from floats, JavaScript does not. */
export const attr = {
  i: (name: string, i: number): OnnxAttr => ({ name, type: ATTR_TYPE.INT, i }),
  f: (name: string, f: number): OnnxAttr => ({ name, type: ATTR_TYPE.FLOAT, f }),
  s: (name: string, s: string): OnnxAttr => ({ name, type: ATTR_TYPE.STRING, s: new TextEncoder().encode(s) }),
  ints: (name: string, ints: readonly number[]): OnnxAttr => ({ name, type: ATTR_TYPE.INTS, ints: [...ints] }),
};

export function onnxDtype(d: DType): number {
  return d === 'f32' ? ONNX_DTYPE.FLOAT : d === 'i32' ? ONNX_DTYPE.INT32 : d === 'u32' ? ONNX_DTYPE.UINT32 : ONNX_DTYPE.BOOL;
}

/** Little-endian bytes of typed data (raw_data), bools as one byte each. */
export function rawBytes(dtype: DType, data: ArrayLike<number>): Uint8Array {
  if (dtype === 'bool') return Uint8Array.from(data, (v) => (v ? 1 : 0));
  const arr = dtype === 'f32' ? Float32Array.from(data) : dtype === 'i32' ? Int32Array.from(data) : Uint32Array.from(data);
  return new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength);
}

export class OnnxBuilder {
  readonly nodes: OnnxNode[] = [];
  readonly initializers: OnnxTensor[] = [];
  private count = 0;
  /** Set while one IR node is translated: ONNX nodes are named after it, its source location is their doc string. */
  current = { name: 'node', doc: '' };

  fresh(hint: string): string {
    return `${hint}_${this.count++}`;
  }

  /** Appends a node; returns its (first) output's name. */
  node(op: string, inputs: readonly string[], attrs: readonly OnnxAttr[] = [], output?: string): string {
    const out = output ?? this.fresh(`${this.current.name}_${op.toLowerCase()}`);
    this.nodes.push({ input: [...inputs], output: [out], name: this.fresh(`${this.current.name}/${op}`), op_type: op, attribute: attrs, ...(this.current.doc ? { doc_string: this.current.doc } : {}) });
    return out;
  }

  tensor(name: string, dtype: DType | 'i64', dims: readonly number[], data: ArrayLike<number>): string {
    const raw = dtype === 'i64' ? new Uint8Array(BigInt64Array.from(Array.from(data, (v) => BigInt(v))).buffer) : rawBytes(dtype, data);
    this.initializers.push({ name, dims: [...dims], data_type: dtype === 'i64' ? ONNX_DTYPE.INT64 : onnxDtype(dtype), raw_data: raw });
    return name;
  }

  /** An int64 vector constant (shapes, axes, pads: ONNX wants them as tensors). */
  int64s(values: readonly number[]): string {
    return this.tensor(this.fresh('const_i64'), 'i64', [values.length], values);
  }

  scalar(dtype: DType, value: number): string {
    return this.tensor(this.fresh('const'), dtype, [], [value]);
  }
}
