/**
 * @file Keras regularizers in the training step. The `loss` output becomes the data loss plus the
 * penalty: Σ_p (l1·Σ|p| + l2·Σp²) over the trained params that carry a kernel/bias/recurrent
 * regularizer, plus the forward's `penalty/…` outputs (activity regularizers, src/frontend/activity.ts),
 * so autodiff differentiates the penalty with the rest. As Keras reports it, the `metric/loss` sums
 * hold the total (data loss + penalty) and `metric/regularization` the penalty alone, so epoch lines
 * and metrics.jsonl show `regularization` beside `loss`.
 */
import { GraphBuilder, type Graph, type Value } from '../ir/index.ts';
import type { ParamInfo } from '../frontend/index.ts';
import { ACTIVITY_ROWS_OUTPUT, normPenalty, PENALTY_PREFIX } from '../frontend/activity.ts';
import { emitter } from '../ops/emit.ts';
import { inferType } from '../ops/registry.ts';
import { BATCH_X, INDEX_INPUT, MASK_INPUT, METRICS } from './step.ts';

/** The step's penalty (a scalar output, the value of the last step run). */
export const REGULARIZATION_OUTPUT = 'regularization';
/** The running sum of penalty × batch, like `metric/loss` (its mean over the samples seen is the metric `regularization`). */
export const REGULARIZATION_SUM = 'metric/regularization';
const LOSS_SUM = METRICS.loss;

/** Adds the penalty of every regularized param in `trained` and the forward's penalties to output `loss`. */
export function addRegularization(g: Graph, params: readonly ParamInfo[], trained: readonly string[], lossOutput: string): Graph {
  const regs = params.filter((p) => p.regularizer && trained.includes(p.name));
  const forwardPenalties = g.outputs.filter((o) => o.name.startsWith(PENALTY_PREFIX));
  if (regs.length === 0 && forwardPenalties.length === 0) return g;
  const replaced = new Set([lossOutput, `update/${LOSS_SUM}`, ...forwardPenalties.map((o) => o.name)]);
  const b = GraphBuilder.from({ ...g, outputs: g.outputs.filter((o) => !replaced.has(o.name)) }, inferType);
  const e = emitter(b);
  const terms: Value[] = forwardPenalties.map((o) => b.value(o.value));
  for (const p of regs) terms.push(normPenalty(e, b.value(g.args.find((a) => a.name === p.name)!.id), p.regularizer!));
  const penalty = terms.reduce((a, t) => e.add(a, t));
  const loss = b.value(g.outputs.find((o) => o.name === lossOutput)!.value);
  b.output(lossOutput, e.add(loss, penalty));
  b.output(REGULARIZATION_OUTPUT, penalty);
  // Sums over samples: the step's mean penalty counts once per sample, as metric/loss counts the mean loss.
  const lossSum = g.outputs.find((o) => o.name === `update/${LOSS_SUM}`);
  if (lossSum) {
    const weighted = e.mul(penalty, e.scalar(batchOf(g)));
    b.output(`update/${LOSS_SUM}`, e.add(b.value(lossSum.value), weighted));
    const acc = b.state(REGULARIZATION_SUM, { dtype: 'f32', shape: [] });
    b.output(`update/${REGULARIZATION_SUM}`, e.add(acc, weighted));
  }
  return b.build();
}

/**
 * The evaluation's loss as Keras computes it: per real sample, its data loss plus the weight penalty
 * plus its activity penalty (from the forward's `penalty/activity_rows`, masked like the data loss),
 * so `val_loss` and the test loss are comparable with the training loss; `metric/regularization`
 * sums the penalty part. `regularized` are the params whose penalty counts (the trainable ones).
 */
export function addEvalRegularization(g: Graph, regularized: readonly ParamInfo[]): Graph {
  const regs = regularized.filter((p) => p.regularizer);
  const rows = g.outputs.find((o) => o.name === ACTIVITY_ROWS_OUTPUT);
  const lossSum = g.outputs.find((o) => o.name === `update/${LOSS_SUM}`);
  const mask = g.args.find((a) => a.name === MASK_INPUT);
  if ((regs.length === 0 && !rows) || !lossSum || !mask) return g;
  const b = GraphBuilder.from({ ...g, outputs: g.outputs.filter((o) => o.name !== ACTIVITY_ROWS_OUTPUT && o.name !== lossSum.name) }, inferType);
  const e = emitter(b);
  const m = b.value(mask.id);
  const terms: Value[] = [];
  if (regs.length) {
    const w = regs.map((p) => normPenalty(e, b.value(g.args.find((a) => a.name === p.name)!.id), p.regularizer!)).reduce((x, t) => e.add(x, t));
    terms.push(e.mul(w, e.op('reduce_sum', [m], { axes: [0], keepDims: false })));
  }
  if (rows) terms.push(e.op('reduce_sum', [e.mul(b.value(rows.value), m)], { axes: [0], keepDims: false }));
  const penalty = terms.reduce((x, t) => e.add(x, t));
  b.output(lossSum.name, e.add(b.value(lossSum.value), penalty));
  b.output(`update/${REGULARIZATION_SUM}`, e.add(b.state(REGULARIZATION_SUM, { dtype: 'f32', shape: [] }), penalty));
  return b.build();
}

/** The step's batch: the leading axis of its per-step input (`idx` or `batch/x`). */
function batchOf(g: Graph): number {
  const a = g.args.find((x) => x.name === INDEX_INPUT || x.name === BATCH_X);
  return a?.type.shape[0] ?? 1;
}
