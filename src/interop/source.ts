/**
 * @file Weights read from another framework's file, before they are matched to a model: named
 * (Keras 2 HDF5 `dense/kernel:0`, TF.js `dense/kernel`) or indexed (Keras 3 `layers/dense/vars/0`).
 */
import { CompileError } from '../ir/index.ts';

/** Keras 2 HDF5 and TF.js: a weight with a path-like name, inside a layer group (HDF5) or not (TF.js). */
export interface NamedWeight {
  readonly kind: 'named';
  /** The HDF5 layer group it sits in (a nested model's weights all sit in the nested model's group). */
  readonly group: string | undefined;
  /** As the file spells it: `dense/kernel:0`, `lstm/lstm_cell/recurrent_kernel:0`, `block1_conv1_W_1:0`. */
  readonly name: string;
  /** Where it is in the file, for the report. */
  readonly where: string;
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

/** Keras 3: the `index`-th variable of layer `layer` (or of its sub-object `sub`, e.g. `cell`, `query_dense`). */
export interface IndexedWeight {
  readonly kind: 'indexed';
  readonly layer: string;
  readonly sub: string;
  readonly index: number;
  readonly where: string;
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

export type FileWeight = NamedWeight | IndexedWeight;

/** What a reader found: the weights, what it skipped on purpose (optimizer state), and the file's kind. */
export interface WeightFile {
  readonly path: string;
  readonly format: string;
  readonly weights: readonly FileWeight[];
  /** Parts of the file deliberately not imported (optimizer slots), for the report. */
  readonly ignored: readonly string[];
}

/** A file that cannot be read (missing, not of the format, damaged, truncated): nothing is written. */
export class ImportError extends CompileError {
  constructor(message: string, hint?: string) {
    super('E_IMPORT_READ', message, hint ? { hint } : {});
  }
}

/** IEEE 754 binary16 to a number. */
export function half(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return s * 2 ** -14 * (f / 1024);
  if (e === 31) return f ? NaN : s * Infinity;
  return s * 2 ** (e - 15) * (1 + f / 1024);
}
