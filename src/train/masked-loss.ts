/**
 * @file A custom loss over only the real rows of a padded evaluation batch. The evaluation step has a
 * static batch, so the last partial batch is topped up with copies of its last sample and a 0/1 row
 * mask; a loss written as `mean(abs(sub(yTrue, yPred)))` would average the copies in. Keras calls
 * the function on the real rows alone. Here the loss graph is inlined with each value tracked as
 * "per row" (axis 0 is the batch, row r depending only on sample r) or not, and every reduction over
 * the batch axis of a per-row value is masked: sums weigh rows by the mask, means divide by the
 * real rows, max and min need nothing (a copy of a real row changes neither). So the result is the
 * loss of the real rows, for losses that mix samples only through such reductions (batch means,
 * batch-normalised errors). A loss that mixes rows otherwise (a matmul over the batch, a reshape
 * that moves it) returns undefined: its caller falls back to counting the padding.
 */
import type { Graph, GraphBuilder, Value } from '../ir/index.ts';
import type { Emitter } from '../ops/emit.ts';
import { reduceAxes } from '../ops/reduce.ts';
import { getOp } from '../ops/registry.ts';

interface Tracked {
  readonly v: Value;
  /** Axis 0 is the batch and row r depends on sample r only. */
  readonly rows: boolean;
}

/** Reductions over the batch axis that copies of a real row leave unchanged. */
const DUPLICATE_SAFE = new Set(['reduce_max', 'reduce_min']);

/**
 * Inlines `g` (inputs `y_true`, `y_pred`, output `loss`) on `bind` as the real rows' loss: a scalar
 * (or other batch-free value) when the loss reduces over the batch, per-row values when it does not.
 * `mask` is the [batch] 0/1 row mask. Undefined when the loss mixes rows in a way this cannot mask.
 */
export function inlineMaskedLoss(b: GraphBuilder, e: Emitter, g: Graph, bind: ReadonlyMap<string, Value>, mask: Value): Tracked | undefined {
  const [batch] = mask.type.shape as [number];
  const vals = new Map<number, Tracked>();
  const existing = new Map(b.build().args.map((a) => [a.name, a] as const));
  for (const a of g.args) {
    const bound = bind.get(a.name);
    vals.set(a.id, { v: bound ?? existing.get(a.name) ?? b.arg(a.name, a.type, a.kind), rows: bound !== undefined && bound.type.shape[0] === batch });
  }
  const real = e.op('reduce_sum', [mask], { axes: [0], keepDims: false });
  for (const n of g.nodes) {
    const ins = n.inputs.map((id) => vals.get(id)!);
    const plain = (): Value => b.op(n.op, ins.map((t) => t.v), n.attrs, n.loc);
    if (!ins.some((t) => t.rows)) {
      vals.set(n.id, { v: plain(), rows: false });
      continue;
    }
    const out = rowsThrough(n.op, n.attrs, ins, n.type.shape, batch);
    if (out === 'keeps') {
      vals.set(n.id, { v: plain(), rows: true });
      continue;
    }
    if (out === 'mixes') return undefined;
    // A reduction over axes that include the batch, of a per-row value.
    const x = ins[0]!.v;
    if (DUPLICATE_SAFE.has(n.op)) {
      vals.set(n.id, { v: plain(), rows: false });
      continue;
    }
    if (x.type.dtype !== 'f32' || (n.op !== 'reduce_sum' && n.op !== 'reduce_mean')) return undefined;
    const rowMask = e.op('reshape', [mask], { shape: x.type.shape.map((d, i) => (i === 0 ? d : 1)) });
    const summed = b.op('reduce_sum', [e.mul(x, rowMask)], n.attrs, n.loc);
    if (n.op === 'reduce_sum') {
      vals.set(n.id, { v: summed, rows: false });
      continue;
    }
    const others = out.axes.filter((a) => a !== 0).reduce((p, a) => p * x.type.shape[a]!, 1);
    vals.set(n.id, { v: e.div(summed, others === 1 ? real : e.mul(real, e.scalar(others))), rows: false });
  }
  const loss = g.outputs.find((o) => o.name === 'loss');
  return loss ? vals.get(loss.value) : undefined;
}

/**
 * What `op` does to the per-row property of its inputs: keeps it (the output's axis 0 is the batch,
 * row by row), reduces over the batch axis (`axes`, normalised), or mixes rows.
 */
function rowsThrough(op: string, attrs: Graph['nodes'][number]['attrs'], ins: readonly Tracked[], outShape: readonly number[], batch: number): 'keeps' | 'mixes' | { axes: number[] } {
  const rowInputs = ins.filter((t) => t.rows);
  const rank = outShape.length;
  const aligned = outShape[0] === batch && rowInputs.every((t) => t.v.type.shape.length === rank);
  const kind = getOp(op).kind;
  if (kind === 'elementwise') return aligned ? 'keeps' : 'mixes';
  if (op === 'reduce_sum' || op === 'reduce_mean' || op === 'reduce_max' || op === 'reduce_min') {
    const axes = reduceAxes(op, ins[0]!.v.type.shape, attrs.axes as number[]);
    return axes.includes(0) ? { axes } : 'keeps';
  }
  // Ops along one axis other than the batch's, or that keep axis 0 in place.
  const axis = typeof attrs.axis === 'number' ? (attrs.axis < 0 ? attrs.axis + ins[0]!.v.type.shape.length : attrs.axis) : undefined;
  switch (op) {
    case 'softmax': case 'log_softmax': case 'argmax': case 'concat':
      return axis !== undefined && axis !== 0 && outShape[0] === batch ? 'keeps' : 'mixes';
    case 'one_hot': case 'broadcast_to':
      return aligned ? 'keeps' : 'mixes';
    case 'reshape':
      return ins[0]!.v.type.shape[0] === batch && outShape[0] === batch ? 'keeps' : 'mixes';
    case 'transpose':
      return (attrs.perm as number[])[0] === 0 ? 'keeps' : 'mixes';
    default:
      return 'mixes';
  }
}
