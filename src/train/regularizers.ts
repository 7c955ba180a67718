/**
 * @file Keras weight regularizers in the training step: the `loss` output becomes the data loss
 * plus Σ_p (l1·Σ|p| + l2·Σp²) over the trained params that carry a regularizer, so autodiff
 * differentiates the penalty with the rest. The `metric/loss` sums stay the data loss alone, so
 * epochs report it separately from the penalty (and comparable with an unregularized run).
 */
import { GraphBuilder, type Graph, type Value } from '../ir/index.ts';
import type { ParamInfo } from '../frontend/index.ts';
import { emitter } from '../ops/emit.ts';
import { inferType } from '../ops/registry.ts';

export const REGULARIZATION_OUTPUT = 'regularization';

/** Adds the penalty of every regularized param in `trained` to output `loss` (and outputs it as `regularization`). */
export function addRegularization(g: Graph, params: readonly ParamInfo[], trained: readonly string[], lossOutput: string): Graph {
  const regs = params.filter((p) => p.regularizer && trained.includes(p.name));
  if (regs.length === 0) return g;
  const b = GraphBuilder.from({ ...g, outputs: g.outputs.filter((o) => o.name !== lossOutput) }, inferType);
  const e = emitter(b);
  const all = (v: Value): number[] => v.type.shape.map((_, i) => i);
  let penalty: Value | undefined;
  for (const p of regs) {
    const w = b.value(g.args.find((a) => a.name === p.name)!.id);
    const { l1, l2 } = p.regularizer!;
    const terms: Value[] = [];
    if (l1 > 0) terms.push(e.mul(e.scalar(l1), e.op('reduce_sum', [e.op('abs', [w])], { axes: all(w), keepDims: false })));
    if (l2 > 0) terms.push(e.mul(e.scalar(l2), e.op('reduce_sum', [e.op('square', [w])], { axes: all(w), keepDims: false })));
    for (const t of terms) penalty = penalty ? e.add(penalty, t) : t;
  }
  const loss = b.value(g.outputs.find((o) => o.name === lossOutput)!.value);
  b.output(lossOutput, e.add(loss, penalty!));
  b.output(REGULARIZATION_OUTPUT, penalty!);
  return b.build();
}
