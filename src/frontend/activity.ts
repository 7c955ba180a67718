/**
 * @file Keras `activityRegularizer`: a penalty on a layer's outputs, l1·Σ|y| + l2·Σy² over every
 * output of the application (a recurrent layer's states too, as Keras flattens the outputs), divided
 * by the batch size (Keras 2 and 3 both normalise it so; TF.js refuses activity regularizers). The
 * training-mode forward sums the penalties of all applications into one scalar output
 * `penalty/activity`; the loss step adds it to the loss (src/train/regularizers.ts).
 */
import type { GraphBuilder, Value } from '../ir/index.ts';
import { emitter, type Emitter } from '../ops/emit.ts';
import type { Regularization } from './layers/layer-def.ts';

/** Forward outputs named `penalty/…` are scalars the loss step adds to the loss. */
export const PENALTY_PREFIX = 'penalty/';
export const ACTIVITY_OUTPUT = `${PENALTY_PREFIX}activity`;
/** The evaluation's form: f32[B], each sample's penalty (not divided by the batch), so padded rows can be masked. */
export const ACTIVITY_ROWS_OUTPUT = `${PENALTY_PREFIX}activity_rows`;

/** A regularizer whose factors are both zero is no regularizer (as `regularized` treats weights). */
export function activityOf(r: unknown): Regularization | undefined {
  const reg = r as Regularization;
  return reg.l1 > 0 || reg.l2 > 0 ? reg : undefined;
}

/** l1·Σ|v| + l2·Σv² over every element of v: a scalar. */
export function normPenalty(e: Emitter, v: Value, r: Regularization): Value {
  const axes = v.type.shape.map((_, i) => i);
  const terms: Value[] = [];
  if (r.l1 > 0) terms.push(e.mul(e.scalar(r.l1), e.op('reduce_sum', [e.op('abs', [v])], { axes, keepDims: false })));
  if (r.l2 > 0) terms.push(e.mul(e.scalar(r.l2), e.op('reduce_sum', [e.op('square', [v])], { axes, keepDims: false })));
  return terms.reduce((a, t) => e.add(a, t));
}

/** `rows` plus this application's per-sample penalties f32[B]: the penalty of each sample's slice of every f32 output. */
export function addActivityRows(b: GraphBuilder, rows: Value | undefined, r: Regularization, outputs: readonly Value[]): Value {
  const e = emitter(b);
  let total = rows;
  for (const y of outputs) {
    if (y.type.dtype !== 'f32' || y.type.shape.length === 0) continue;
    const axes = y.type.shape.map((_, i) => i).slice(1);
    const terms: Value[] = [];
    const sum = (v: Value): Value => (axes.length ? e.op('reduce_sum', [v], { axes, keepDims: false }) : v);
    if (r.l1 > 0) terms.push(e.mul(e.scalar(r.l1), sum(e.op('abs', [y]))));
    if (r.l2 > 0) terms.push(e.mul(e.scalar(r.l2), sum(e.op('square', [y]))));
    const p = terms.reduce((a, t) => e.add(a, t));
    total = total ? e.add(total, p) : p;
  }
  return total!;
}

/** `sum` plus this application's penalty: Σ over its f32 outputs of normPenalty, divided by the batch. */
export function addActivity(b: GraphBuilder, sum: Value | undefined, r: Regularization, outputs: readonly Value[], batch: number): Value {
  const e = emitter(b);
  let total = sum;
  for (const y of outputs) {
    if (y.type.dtype !== 'f32') continue;
    const p = e.div(normPenalty(e, y, r), e.scalar(batch));
    total = total ? e.add(total, p) : p;
  }
  return total ?? e.scalar(0);
}
