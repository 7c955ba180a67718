/**
 * @file The distillation term of a training step (Keras's `Distiller.compute_loss`):
 *   loss = α·hard + (1 − α)·T²·KL(softmax(teacher(x)/T) ‖ softmax(student(x)/T))
 * with Keras's `KLDivergence` (both distributions clipped to [1e-7, 1], Σ over classes, mean over
 * the batch). The teacher's inference graph (moving statistics, no dropout) is inlined on the same
 * batch; its weights are params no gradient reaches and no optimizer updates.
 *
 * Logits: a model that ends in softmax contributes the softmax's input; any other output is read
 * as logits (Keras's example models end in a plain dense layer).
 */
import type { Graph, GraphBuilder, Node, Value } from '../ir/index.ts';
import type { Emitter } from '../ops/emit.ts';
import { predict } from './step.ts';

export interface DistillTerm {
  /** The teacher's inference forward at the step's batch size. */
  readonly teacher: Graph;
  readonly alpha: number;
  readonly temperature: number;
}

/** `hard` (the student's usual loss, a scalar) combined with the softened-teacher term. */
export function distillationLoss(b: GraphBuilder, e: Emitter, x: Value, studentPred: Value, hard: Value, d: DistillTerm): Value {
  const teacherPred = predict(b, d.teacher, x);
  const last = studentPred.type.shape.length - 1;
  const soft = (v: Value): Value => {
    const p = e.op('softmax', [e.div(logitsOf(b, v), e.scalar(d.temperature))], { axis: last });
    return e.op('minimum', [e.op('maximum', [p, e.scalar(1e-7)]), e.scalar(1)]);
  };
  const pt = soft(teacherPred);
  const ps = soft(studentPred);
  const perRow = e.op('reduce_sum', [e.mul(pt, e.sub(e.op('log', [pt]), e.op('log', [ps])))], { axes: [last], keepDims: false });
  const kl = e.op('reduce_mean', [perRow], { axes: perRow.type.shape.map((_, i) => i), keepDims: false });
  return e.add(e.mul(hard, e.scalar(d.alpha)), e.mul(kl, e.scalar((1 - d.alpha) * d.temperature ** 2)));
}

/** The softmax's input when `v` is a softmax over the last axis, else `v` itself. */
function logitsOf(b: GraphBuilder, v: Value): Value {
  const n = b.value(v.id);
  if (!('op' in n)) return v;
  const node = n as Node;
  const rank = v.type.shape.length;
  const lastAxis = node.attrs.axis === -1 || node.attrs.axis === rank - 1;
  return node.op === 'softmax' && lastAxis ? b.value(node.inputs[0]!) : v;
}
