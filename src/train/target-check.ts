/**
 * @file The data check before the first step: a cross-entropy against targets that are not
 * probabilities trains without a word (its loss can go negative), so they are refused, naming the
 * first bad sample. Binary cross-entropies need targets in [0, 1]; categorical ones one-hot or
 * probability rows (each in [0, 1], summing to 1) or class indices within the model's classes.
 * `train: { checkTargets: false }` turns it off (soft targets on purpose, e.g. distillation).
 */
import { CompileError } from '../ir/index.ts';
import type { Split } from '../data/dataset.ts';
import { lossDef, type LossKind } from './losses.ts';

/** How far a probability row's sum may be from 1 (float32 one-hot and softmax rows pass easily). */
const SUM_TOLERANCE = 1e-3;

const HINT = "fix the targets, pick a loss that fits them (e.g. 'mse' for real values), or set train: { checkTargets: false } to train on them anyway";

/** Throws E_TRAIN_TARGETS at the first sample whose target the loss cannot take. */
export function checkTargets(loss: LossKind, split: Split, classes: number, splitName = 'training'): void {
  const def = lossDef(loss);
  if (!def.logitsOf) return; // only the cross-entropies read targets as probabilities
  const n = split.n;
  if (n === 0) return;
  const per = split.y.length / n;
  const fail = (sample: number, what: string): never => {
    throw new CompileError('E_TRAIN_TARGETS', `${loss} needs ${def.logitsOf === 'sigmoid' ? 'targets in [0, 1]' : 'one-hot or probability rows, or class indices'}, but sample ${sample} of the ${splitName} data has ${what}`, { hint: HINT });
  };
  if (split.y instanceof Int32Array) {
    if (def.logitsOf !== 'softmax') return checkRange(split.y, per, fail);
    for (let k = 0; k < split.y.length; k++) {
      const c = split.y[k]!;
      if (c < 0 || c >= classes) fail(Math.floor(k / per), `class index ${c}, outside 0…${classes - 1} for a model with ${classes} outputs`);
    }
    return;
  }
  checkRange(split.y, per, fail);
  if (def.logitsOf !== 'softmax' || loss === 'sparseCategoricalCrossentropy') return;
  // Rows over the last (class) axis; a sample may hold several (sequence outputs).
  const rowLen = classes;
  if (rowLen <= 0 || split.y.length % rowLen !== 0) return;
  for (let r = 0; r < split.y.length / rowLen; r++) {
    let s = 0;
    for (let c = 0; c < rowLen; c++) s += split.y[r * rowLen + c]!;
    if (Math.abs(s - 1) > SUM_TOLERANCE) {
      const row = Array.from(split.y.subarray(r * rowLen, Math.min((r + 1) * rowLen, r * rowLen + 8)), (v) => +v.toPrecision(4));
      fail(Math.floor((r * rowLen) / per), `a target row [${row.join(', ')}${rowLen > 8 ? ', …' : ''}] that sums to ${+s.toPrecision(6)}, not 1`);
    }
  }
}

function checkRange(y: Float32Array | Int32Array, per: number, fail: (sample: number, what: string) => never): void {
  for (let k = 0; k < y.length; k++) {
    const v = y[k]!;
    if (!(v >= 0 && v <= 1)) fail(Math.floor(k / per), `target ${v} (element ${k % per}), outside [0, 1]`);
  }
}
