/** @file What the axis reductions share beyond reduce.ts: dtype checks, the broadcast-back of a cotangent, and the extremum (max/min) rule. */
import { CompileError, formatType, type DType, type TensorType, type Value } from '../ir/index.ts';
import type { Emitter } from './emit.ts';
import { reduceAxes, reduceShape, type Reducer } from './reduce.ts';

export function requireDtype(op: string, x: TensorType, allowed: readonly DType[]): void {
  if (!allowed.includes(x.dtype)) {
    throw new CompileError('E_DTYPE', `${op} takes ${allowed.join(' or ')}, got ${formatType(x)}`, { hint: 'insert a cast' });
  }
}

/** A reduced value (keepDims or not) reshaped to keepDims form, so it broadcasts against x. */
export function keepDimsOf(e: Emitter, op: string, v: Value, x: Value, axes: readonly number[]): Value {
  const norm = reduceAxes(op, x.type.shape, axes);
  return e.op('reshape', [v], { shape: reduceShape(x.type.shape, norm, true) });
}

/**
 * d max / d x (and d min / d x): the cotangent flows to the elements equal to the result, split
 * evenly among ties (as TensorFlow does): dx = g · [x = y] / Σ_axes [x = y].
 */
export function extremumGrad(e: Emitter, op: string, x: Value, y: Value, g: Value, axes: readonly number[]): Value {
  const mask = e.op('cast', [e.op('equal', [x, keepDimsOf(e, op, y, x, axes)])], { to: 'f32' });
  const ties = e.op('reduce_sum', [mask], { axes: [...axes], keepDims: true });
  return e.mul(mask, e.div(keepDimsOf(e, op, g, x, axes), ties));
}

/**
 * max or min as a Reducer. WGSL cannot spell ∓∞ as a constant, so the kernel's accumulator starts
 * at the first reduced element instead (emitReduce names the input `x` and its row start `base`);
 * max and min are idempotent, so folding that element in again changes nothing.
 */
export function extremumReducer(kind: 'max' | 'min'): Reducer {
  const isMax = kind === 'max';
  return {
    init: isMax ? -Infinity : Infinity,
    step: isMax ? Math.max : Math.min,
    finish: (acc) => acc,
    wgslInit: 'x[base]',
    wgslStep: (acc, x) => `${kind}(${acc}, ${x})`,
    wgslFinish: (acc) => acc,
  };
}
