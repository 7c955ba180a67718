/**
 * @file A bundle's inputs as callers write them (flat arrays, nested arrays, `{ shape, data }`) turned
 * into flat feeds, with shape and NaN/Inf checks; the executor then checks names, lengths and dtypes.
 */
import type { InputSpec, NonFinitePolicy } from './bundle-types.ts';
import { describeType, RuntimeError } from './errors.ts';
import type { FeedData } from './feeds.ts';

/** A tensor with an explicit shape, checked against the input's shape (batch axis included). */
export interface ShapedInput {
  readonly shape: readonly number[];
  readonly data: FeedData;
}

/** Nested arrays are accepted too (`[[5.1, 3.5, 1.4, 0.2]]`); their shape is checked axis by axis. */
export type NestedInput = readonly (number | boolean | NestedInput)[];
export type InputValue = FeedData | ShapedInput | NestedInput;

/** Per-input flattening buffers, made once: a steady predict loop over nested arrays allocates nothing. */
export type Scratch = Map<string, Float32Array | number[]>;

export function toFeeds(specs: readonly InputSpec[], given: Readonly<Record<string, InputValue>>, override: NonFinitePolicy | undefined, scratch: Scratch): Record<string, FeedData> {
  const out: Record<string, FeedData> = {};
  for (const [name, value] of Object.entries(given)) {
    const spec = specs.find((s) => s.name === name);
    if (!spec) {
      out[name] = value as FeedData; // the executor names the inputs that exist
      continue;
    }
    const flat = flatten(spec, value, scratch);
    if ((override ?? spec.nonFinite) === 'reject' && spec.dtype === 'f32') checkFinite(spec, flat);
    out[name] = flat;
  }
  return out;
}

function flatten(spec: InputSpec, value: InputValue, scratch: Scratch): FeedData {
  if (value !== null && typeof value === 'object' && 'shape' in value && 'data' in value && !Array.isArray(value)) {
    const v = value as ShapedInput;
    if (!sameShape(v.shape, spec.shape)) throw shapeError(spec, `shape [${v.shape.join(',')}]`);
    return v.data;
  }
  if (Array.isArray(value) && value.length > 0 && Array.isArray(value[0])) return flattenNested(spec, value as NestedInput, scratch);
  return value as FeedData;
}

function flattenNested(spec: InputSpec, value: NestedInput, scratch: Scratch): FeedData {
  const n = spec.shape.reduce((a, d) => a * d, 1);
  let buf = scratch.get(spec.name);
  if (!buf) scratch.set(spec.name, (buf = spec.dtype === 'f32' ? new Float32Array(n) : new Array<number>(n).fill(0)));
  let at = 0;
  const walk = (v: NestedInput | number | boolean, axis: number, path: string): void => {
    if (axis === spec.shape.length) {
      if (Array.isArray(v)) throw shapeError(spec, `nested arrays deeper than ${spec.shape.length} levels (at ${path})`);
      buf![at++] = typeof v === 'boolean' ? Number(v) : (v as number);
      return;
    }
    if (!Array.isArray(v) || v.length !== spec.shape[axis]) {
      throw shapeError(spec, `${Array.isArray(v) ? `${v.length} entries` : 'a scalar'} at ${path || 'the top level'} where axis ${axis} has ${spec.shape[axis]}`);
    }
    v.forEach((x, i) => walk(x as NestedInput, axis + 1, `${path}[${i}]`));
  };
  walk(value, 0, '');
  return buf;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return Array.isArray(a) && a.length === b.length && a.every((d, i) => d === b[i]);
}

function shapeError(spec: InputSpec, got: string): RuntimeError {
  return new RuntimeError('E_INPUT_SHAPE', `input '${spec.name}' expects ${describeType(spec.dtype, spec.shape)}, got ${got}`, {
    hint: 'pass nested arrays of exactly that shape, { shape, data }, or the values flattened in row-major order',
  });
}

/** NaN and ±Inf usually mean a broken preprocessing step upstream; under `reject` they never reach the GPU. */
function checkFinite(spec: InputSpec, data: FeedData): void {
  const n = typeof data?.length === 'number' ? data.length : 0;
  for (let i = 0; i < n; i++) {
    const v = data[i];
    if (typeof v === 'number' && !Number.isFinite(v)) {
      throw new RuntimeError('E_INPUT_NONFINITE', `input '${spec.name}' holds ${v} at flat index ${i} (${describeType(spec.dtype, spec.shape)})`, {
        hint: "clean the data, or load the bundle with { nonFinite: 'allow' } to pass such values through",
      });
    }
  }
}
