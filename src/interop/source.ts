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
  /** Layer name → Keras class, when the file carries the architecture (whole-model .h5, .keras, TF.js). */
  readonly layerTypes?: ReadonlyMap<string, string>;
}

/** Keras 1 class names that dlc (and Keras 2+) spell otherwise. */
const CLASS_ALIAS: Readonly<Record<string, string>> = { Convolution2D: 'Conv2D', Deconvolution2D: 'Conv2DTranspose', Deconv2D: 'Conv2DTranspose' };
const CONTAINERS = new Set(['Sequential', 'Functional', 'Model']);

/**
 * Every leaf layer's class in a Keras / TF.js model config (JSON text or parsed), nested models
 * included: `{ class_name, config: { name, layers: [...] } }`, possibly wrapped in `model_config`.
 */
export function layerTypesOf(config: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null) return;
    const o = v as { class_name?: unknown; config?: { name?: unknown; layers?: unknown }; model_config?: unknown };
    if (typeof o.class_name === 'string' && typeof o.config?.name === 'string' && !CONTAINERS.has(o.class_name) && o.class_name !== 'InputLayer') {
      out.set(o.config.name, CLASS_ALIAS[o.class_name] ?? o.class_name);
    }
    walk(o.model_config);
    walk(o.config?.layers);
  };
  try {
    walk(typeof config === 'string' ? JSON.parse(config) : config);
  } catch {
    /* a config that does not parse only costs the type check */
  }
  return out;
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
