/**
 * @file A bundle's inputs as callers write them (flat arrays, nested arrays, `{ shape, data }`), all
 * through one validation: the shape (nested arrays axis by axis, `{ shape }` against the input's),
 * then every element with the executor's own rules (feeds.ts: E_FEED_SHAPE / E_FEED_DTYPE), then the
 * NaN/Inf policy. The result is a fresh array per call, so a call never shares a buffer with another
 * and later changes to the caller's arrays do not reach it.
 */
import type { InputSpec, NonFinitePolicy } from './bundle-types.ts';
import { clip, describeType, RuntimeError } from './errors.ts';
import { allocStorage, toStorage, type FeedData, type StorageArray } from './feeds.ts';

/** A tensor with an explicit shape, checked against the input's shape (batch axis included). */
export interface ShapedInput {
  readonly shape: readonly number[];
  readonly data: FeedData;
}

/** Nested arrays are accepted too (`[[5.1, 3.5, 1.4, 0.2]]`); their shape is checked axis by axis. */
export type NestedInput = readonly (number | boolean | NestedInput)[];
export type InputValue = FeedData | ShapedInput | NestedInput;

/** Every given input as a fresh array in GPU layout; names the bundle does not have pass through for the executor to refuse. */
export function toFeeds(specs: readonly InputSpec[], given: Readonly<Record<string, InputValue>>, override: NonFinitePolicy | undefined): Record<string, FeedData> {
  if (typeof given !== 'object' || given === null || Array.isArray(given) || ArrayBuffer.isView(given)) {
    // A string is most often a photo's file name: the bundle takes pixels (dlc run and the README's Node recipe decode files).
    const hint = typeof given === 'string' ? 'a file name is not an input: decode the image to pixels first (`dlc run bundle --input photo.jpg` does; from Node, sharp with manifest.data.preprocess, as the README shows)' : undefined;
    throw new RuntimeError('E_FEED_TYPE', `inputs must be an object of named values (${specs.map((s) => `${s.name}: ${describeType(s.dtype, s.shape)}`).join(', ')}), got ${given === null ? 'null' : typeof given}`, hint ? { hint } : {});
  }
  const out: Record<string, FeedData> = {};
  for (const [name, value] of Object.entries(given)) {
    const spec = specs.find((s) => s.name === name);
    if (!spec) {
      out[name] = value as FeedData; // the executor names the inputs that exist
      continue;
    }
    const data = capture(spec, flat(spec, value));
    if ((override ?? spec.nonFinite) === 'reject' && spec.dtype === 'f32') checkFinite(spec, data);
    out[name] = data;
  }
  return out;
}

/** The executor's validation and conversion, into an array this call owns. */
function capture(spec: InputSpec, data: unknown): StorageArray {
  const info = { name: spec.name, dtype: spec.dtype, shape: spec.shape, length: spec.shape.reduce((a, d) => a * d, 1) };
  const arr = toStorage('input', info, data as FeedData, () => allocStorage(spec.dtype, info.length));
  return arr === data ? arr.slice() : arr;
}

function isShaped(v: unknown): v is ShapedInput {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v) && 'shape' in v && 'data' in v;
}

/** The value's elements in row-major order, unconverted: conversion and its errors are toStorage's. */
function flat(spec: InputSpec, value: unknown): unknown {
  if (isShaped(value)) {
    if (!sameShape(value.shape, spec.shape)) throw shapeError(spec, Array.isArray(value.shape) ? `shape [${clip(value.shape.join(','), 60)}]` : 'a shape that is not a list');
    if (Array.isArray(value.data) && value.data.some((x: unknown) => Array.isArray(x))) throw shapeError(spec, '{ shape, data } whose data is nested (give data flat)');
    return value.data;
  }
  if (Array.isArray(value) && value.some((x: unknown) => Array.isArray(x))) return flattenNested(spec, value);
  return value;
}

function flattenNested(spec: InputSpec, value: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  const walk = (v: unknown, axis: number, path: string): void => {
    if (axis === spec.shape.length) {
      if (Array.isArray(v)) throw shapeError(spec, `nested arrays deeper than ${spec.shape.length} levels (at ${path})`);
      out.push(v);
      return;
    }
    if (!Array.isArray(v) || v.length !== spec.shape[axis]) {
      throw shapeError(spec, `${Array.isArray(v) ? `${v.length} entries` : 'a scalar'} at ${path || 'the top level'} where axis ${axis} has ${spec.shape[axis]}`);
    }
    for (let i = 0; i < v.length; i++) walk(v[i], axis + 1, `${path}[${i}]`); // holes read as undefined and are refused
  };
  walk(value, 0, '');
  return out;
}

function sameShape(a: unknown, b: readonly number[]): boolean {
  return Array.isArray(a) && a.length === b.length && a.every((d, i) => d === b[i]);
}

function shapeError(spec: InputSpec, got: string): RuntimeError {
  return new RuntimeError('E_INPUT_SHAPE', `input '${spec.name}' expects ${describeType(spec.dtype, spec.shape)}, got ${got}`, {
    hint: 'pass nested arrays of exactly that shape, { shape, data }, or the values flattened in row-major order',
  });
}

/** NaN and ±Inf usually mean a broken preprocessing step upstream; under `reject` they never reach the GPU. */
function checkFinite(spec: InputSpec, data: StorageArray): void {
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    if (!Number.isFinite(v)) {
      throw new RuntimeError('E_INPUT_NONFINITE', `input '${spec.name}' holds ${v} at flat index ${i} (${describeType(spec.dtype, spec.shape)})`, {
        hint: "clean the data, or load the bundle with { nonFinite: 'allow' } to pass such values through",
      });
    }
  }
}
