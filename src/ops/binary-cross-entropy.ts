/**
 * @file binary_cross_entropy: mean over all elements of −(t log p + (1 − t) log(1 − p)), p clipped to
 * [ε, 1 − ε] as Keras does; from logits x, the stable form max(x, 0) − x·t + log(1 + e^−|x|).
 */
import type { Value } from '../ir/index.ts';
import type { Emitter } from './emit.ts';
import { clipProb, clipProbNode, definePointwiseLoss, wgslClipProb } from './loss.ts';

export interface BinaryCrossEntropyAttrs {
  fromLogits: boolean;
}

function term(p: number, t: number, { fromLogits }: BinaryCrossEntropyAttrs): number {
  if (fromLogits) return Math.max(p, 0) - p * t + Math.log1p(Math.exp(-Math.abs(p)));
  const pc = clipProb(p);
  return -(t * Math.log(pc) + (1 - t) * Math.log(1 - pc));
}

/**
 * From logits: ∂/∂x = σ(x) − t and ∂/∂t = −x. From probabilities: ∂/∂p = (p − t) / (p (1 − p))
 * inside the clip range and 0 outside it (where the clip is flat: the mask is [p = clip(p)]), and
 * ∂/∂t = log(1 − p) − log p with p clipped.
 */
function partials(e: Emitter, p: Value, t: Value, { fromLogits }: BinaryCrossEntropyAttrs): readonly [Value, Value] {
  if (fromLogits) return [e.sub(e.op('sigmoid', [p]), t), e.neg(p)];
  const pc = clipProbNode(e, p);
  const mask = e.op('cast', [e.op('equal', [p, pc])], { to: 'f32' });
  const rest = e.sub(e.scalar(1), pc);
  const dp = e.mul(mask, e.div(e.sub(pc, t), e.mul(pc, rest)));
  return [dp, e.sub(e.op('log', [rest]), e.op('log', [pc]))];
}

export const binary_cross_entropy = definePointwiseLoss<BinaryCrossEntropyAttrs>({
  name: 'binary_cross_entropy',
  summary: 'mean binary cross-entropy of probabilities (clipped) or logits (stable form)',
  attrs: { fromLogits: { kind: 'bool', doc: 'pred holds logits rather than probabilities' } },
  term,
  wgsl: ({ fromLogits }) => ({
    expr: fromLogits
      ? 'max(p, 0.0) - p * t + log(1.0 + exp(-abs(p)))'
      : `-(t * log(${wgslClipProb('p')}) + (1.0 - t) * log(1.0 - ${wgslClipProb('p')}))`,
  }),
  partials,
  cases: (fc) =>
    fc.boolean().map((fromLogits) => ({
      attrs: { fromLogits },
      domains: [fromLogits ? undefined : { min: 0.05, max: 0.95 }, { min: 0, max: 1 }],
    })),
  // No `extremes`: they would apply to the target too, and t·x with both near ±80 cancels past f32's
  // reach in the mean; the logits form has no exp that can overflow (e^−|x| ≤ 1).
});
