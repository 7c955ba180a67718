/** @file batch_norm: per-channel (last axis) normalisation, with the given statistics (inference) or the batch's own (training, gradient through them). */
import { f32Literal } from '../codegen/wgsl.ts';
import type { GraphBuilder, Node, Value } from '../ir/index.ts';
import { emitter } from './emit.ts';
import { mapKernel } from './kernel.ts';
import { channelLayout, emitNormalize, normalizeRef, normalizeVjp, requireNormOperands } from './normalize.ts';
import type { OpDef } from './op-def.ts';
import { shapeArb } from './testing.ts';

export interface BatchNormAttrs {
  epsilon: number;
  training: boolean;
}

const NAMES = ['x', 'gamma', 'beta', 'mean', 'variance'] as const;

/**
 * The mean and variance operands of a training-mode batch norm when the graph shows they are x's own
 * batch statistics, computed exactly as the op computes them (the frontend lowers a BatchNormalization
 * layer so, for the moving-average update): mean = reduce_mean(x) and variance =
 * reduce_mean(square(x − mean)), over `axes`, not kept. The backward then reuses them instead of
 * recomputing both; anything else (e.g. unrelated operands, which training mode ignores) gives undefined.
 */
export function provenBatchStats(b: GraphBuilder, x: Value, mean: Value, variance: Value, axes: readonly number[]): { mean: Value; variance: Value } | undefined {
  const over = (n: Node | undefined, input: number): n is Node =>
    n?.op === 'reduce_mean' && n.inputs.length === 1 && n.inputs[0] === input && n.attrs.keepDims === false
    && Array.isArray(n.attrs.axes) && n.attrs.axes.length === axes.length && axes.every((a, i) => (n.attrs.axes as readonly number[])[i] === a);
  if (!over(b.node(mean.id), x.id)) return undefined;
  const v = b.node(variance.id);
  const sq = v?.op === 'reduce_mean' ? b.node(v.inputs[0]!) : undefined;
  const centred = sq?.op === 'square' && sq.inputs.length === 1 ? b.node(sq.inputs[0]!) : undefined;
  const ok = centred?.op === 'sub' && centred.inputs[0] === x.id && centred.inputs[1] === mean.id && over(v, sq!.id);
  return ok ? { mean, variance } : undefined;
}

export const batch_norm: OpDef<BatchNormAttrs> = {
  name: 'batch_norm',
  kind: 'norm',
  summary: 'y = gamma·(x − μ)/√(σ² + ε) + beta per channel; μ, σ² given, or the batch’s (biased) when training',
  arity: 5,
  attrs: {
    epsilon: { kind: 'float', doc: 'added to the variance (Keras default 1e-3)' },
    training: { kind: 'bool', doc: 'normalise with the batch statistics over every axis but the last; the mean and variance operands are then unused' },
  },
  infer([x, gamma, beta, mean, variance]) {
    requireNormOperands('batch_norm', x!, [[gamma!, 'gamma'], [beta!, 'beta'], [mean!, 'mean'], [variance!, 'variance']]);
    return { dtype: 'f32', shape: [...x!.shape] };
  },
  evaluate([x, gamma, beta, mean, variance], attrs, ctx) {
    const out = ctx.alloc(this.infer([x!.type, gamma!.type, beta!.type, mean!.type, variance!.type], attrs));
    if (attrs.training) {
      normalizeRef(x!.data, out.data, channelLayout(x!.type.shape), gamma!.data, beta!.data, attrs.epsilon);
      return out;
    }
    const c = gamma!.data.length;
    for (let i = 0; i < out.data.length; i++) {
      const k = i % c;
      out.data[i] = ((x!.data[i]! - mean!.data[k]!) / Math.sqrt(variance!.data[k]! + attrs.epsilon)) * gamma!.data[k]! + beta!.data[k]!;
    }
    return out;
  },
  vjp: ({ b, inputs: [x, gamma, , mean, variance], grad, attrs }) => {
    const e = emitter(b);
    if (attrs.training) {
      // Through the batch statistics; the given mean and variance do not affect the output.
      const axes = x!.type.shape.slice(0, -1).map((_, i) => i);
      const { dx, dgamma, dbeta } = normalizeVjp(e, x!, gamma!, grad, axes, attrs.epsilon, provenBatchStats(b, x!, mean!, variance!, axes));
      return [dx, dgamma, dbeta, null, null];
    }
    // Affine in x: with r = (σ² + ε)^(−½) and x̂ = (x − μ)·r,
    //   dx = g·gamma·r, dgamma = g·x̂, dbeta = g, dμ = −dx, dσ² = −½·g·gamma·(x − μ)·r³ = −½·dx·x̂·r.
    const r = e.op('rsqrt', [e.add(variance!, e.scalar(attrs.epsilon))]);
    const xhat = e.mul(e.sub(x!, mean!), r);
    const dx = e.mul(grad, e.mul(gamma!, r));
    return [dx, e.mul(grad, xhat), grad, e.neg(dx), e.mul(e.mul(dx, xhat), e.mul(r, e.scalar(-0.5)))];
  },
  wgsl: {
    kind: 'kernel',
    emit({ inputs, output, attrs }) {
      const bindings = NAMES.map((name, k) => ({ name, type: inputs[k]! }));
      if (attrs.training) return emitNormalize(bindings, output, channelLayout(output.shape), attrs.epsilon, ['mean', 'variance']);
      const c = output.shape[output.shape.length - 1]!;
      const body = `let k = i % ${c}u;
  out[i] = (x[i] - mean[k]) * inverseSqrt(variance[k] + ${f32Literal(attrs.epsilon)}) * gamma[k] + beta[k];`;
      return mapKernel(bindings, output, body);
    },
  },
  testing: {
    // Variance operands stay positive; the statistics of training mode need no help.
    cases: (fc) =>
      fc.tuple(shapeArb(fc, { minRank: 1, maxRank: 4, maxDim: 4 }), fc.boolean(), fc.constantFrom(1e-3, 1e-5)).map(([shape, training, epsilon]) => {
        const ch = { dtype: 'f32' as const, shape: [shape[shape.length - 1]!] };
        return {
          inputs: [{ dtype: 'f32' as const, shape }, ch, ch, ch, ch],
          attrs: { epsilon: training ? 1e-3 : epsilon, training },
          domains: [undefined, undefined, undefined, undefined, { min: 0.1, max: 2 }],
        };
      }),
    gpuTolerance: 1e-4,
  },
};
