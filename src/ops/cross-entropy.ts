/**
 * @file Shared by categorical and sparse categorical cross-entropy over the last axis: the per-row
 * log-probabilities log q (log-softmax of logits, or log clip(p / Σp) of probabilities, as Keras),
 * on the host and in WGSL, and the gradients for dense targets.
 */
import type * as FC from 'fast-check';
import { numel, type Shape, type Value } from '../ir/index.ts';
import { axisRows, rowLogSumExp, wgslRowLogSumExp, type AxisRows } from './axis-rows.ts';
import type { Emitter } from './emit.ts';
import { clipProb, clipProbNode, perTerm, wgslClipProb } from './loss.ts';
import type { AttrSchema, Domain, HostData } from './op-def.ts';
import { shapeArb, type Fc } from './testing.ts';

export interface CrossEntropyAttrs {
  fromLogits: boolean;
}

export const CROSS_ENTROPY_ATTRS: AttrSchema = {
  fromLogits: { kind: 'bool', doc: 'pred holds logits rather than probabilities' },
};

/** Rows of pred over its last (class) axis; one loss term per row. */
export function classRows(op: string, pred: Shape): AxisRows {
  return axisRows(op, pred, -1);
}

/** The row's normaliser z: log-sum-exp of logits, or the sum of probabilities. */
export function rowNorm(pred: HostData, base: number, rows: AxisRows, fromLogits: boolean): number {
  if (fromLogits) return rowLogSumExp(pred, base, rows);
  let s = 0;
  for (let k = 0; k < rows.size; k++) s += pred[base + k]!;
  return s;
}

/** log q for a pred value v of a row with normaliser z: v − z (logits), or log clip(v / z) (probabilities). */
export function logQ(v: number, z: number, fromLogits: boolean): number {
  return fromLogits ? v - z : Math.log(clipProb(v / z));
}

/** WGSL `dlc_row_norm(base) -> f32` and `dlc_log_q(v, z) -> f32` over module array `pred`, as on the host. */
export function wgslLogQ(rows: AxisRows, fromLogits: boolean): string {
  if (fromLogits) {
    return `${wgslRowLogSumExp('dlc_row_norm', 'pred', rows)}
fn dlc_log_q(v: f32, z: f32) -> f32 { return v - z; }`;
  }
  return `fn dlc_row_norm(base: u32) -> f32 {
  var s = 0.0;
  for (var c = 0u; c < ${rows.size}u; c++) { s += pred[base + c]; }
  return s;
}
fn dlc_log_q(v: f32, z: f32) -> f32 { return log(${wgslClipProb('v / z')}); }`;
}

/** Σ over the class axis, kept as size 1 so it broadcasts against the rows. */
function sumLast(e: Emitter, v: Value): Value {
  return e.op('reduce_sum', [v], { axes: [-1], keepDims: true });
}

/**
 * ∂/∂pred of (1/R) Σ_rows −Σ_c t_c log q_c, times the loss cotangent g, for dense targets t.
 * Logits: q = softmax(x), so ∂/∂x = q · Σ_c t_c − t.
 */
export function crossEntropyGrad(e: Emitter, pred: Value, t: Value, g: Value, fromLogits: boolean): Value {
  const d = fromLogits ? e.sub(e.mul(e.op('softmax', [pred], { axis: -1 }), sumLast(e, t)), t) : probabilitiesGrad(e, pred, t);
  return e.mul(d, perTerm(e, g, rowCount(pred)));
}

/**
 * Probabilities: q = p / s with s = Σ_c p_c, then clipped. With u = −t · [q in range] / clip(q)
 * (∂loss/∂q; zero where the clip is flat), the quotient rule gives ∂/∂p = (u − Σ_c u_c q_c) / s.
 */
function probabilitiesGrad(e: Emitter, p: Value, t: Value): Value {
  const s = sumLast(e, p);
  const q = e.div(p, s);
  const qc = clipProbNode(e, q);
  const mask = e.op('cast', [e.op('equal', [q, qc])], { to: 'f32' });
  const u = e.neg(e.div(e.mul(t, mask), qc));
  return e.div(e.sub(u, sumLast(e, e.mul(u, q))), s);
}

/** ∂/∂t of the same loss (targets that are themselves trained, e.g. distillation): −log q · g / R. */
export function crossEntropyTargetGrad(e: Emitter, pred: Value, g: Value, fromLogits: boolean): Value {
  const logQ = fromLogits ? e.op('log_softmax', [pred], { axis: -1 }) : e.op('log', [clipProbNode(e, e.div(pred, sumLast(e, pred)))]);
  return e.mul(e.neg(logQ), perTerm(e, g, rowCount(pred)));
}

function rowCount(pred: Value): number {
  return numel(pred.type.shape.slice(0, -1));
}

/** pred of rank ≥ 1 (classes last) with fromLogits; probabilities are kept positive. */
export function crossEntropyCases(fc: Fc): FC.Arbitrary<{ shape: number[]; attrs: CrossEntropyAttrs; pred: Domain | undefined }> {
  return fc.tuple(shapeArb(fc, { minRank: 1, maxRank: 3 }), fc.boolean()).map(([shape, fromLogits]) => ({
    shape,
    attrs: { fromLogits },
    pred: fromLogits ? undefined : { min: 0.05, max: 1 },
  }));
}
