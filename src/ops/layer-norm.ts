/** @file layer_norm: normalisation of each row along the last axis, then a learned per-feature scale and shift (Keras LayerNormalization). */
import { emitter } from './emit.ts';
import { emitNormalize, normalizeRef, normalizeVjp, requireNormOperands, rowLayout } from './normalize.ts';
import type { OpDef } from './op-def.ts';
import { shapeArb } from './testing.ts';

export interface LayerNormAttrs {
  epsilon: number;
}

export const layer_norm: OpDef<LayerNormAttrs> = {
  name: 'layer_norm',
  kind: 'norm',
  summary: 'y = gamma·(x − μ)/√(σ² + ε) + beta, μ and σ² (biased) over the last axis',
  arity: 3,
  attrs: { epsilon: { kind: 'float', doc: 'added to the variance (Keras default 1e-3)' } },
  infer([x, gamma, beta]) {
    requireNormOperands('layer_norm', x!, [[gamma!, 'gamma'], [beta!, 'beta']]);
    return { dtype: 'f32', shape: [...x!.shape] };
  },
  evaluate([x, gamma, beta], attrs, ctx) {
    const out = ctx.alloc(this.infer([x!.type, gamma!.type, beta!.type], attrs));
    normalizeRef(x!.data, out.data, rowLayout(x!.type.shape), gamma!.data, beta!.data, attrs.epsilon);
    return out;
  },
  vjp: ({ b, inputs: [x, gamma], grad, attrs }) => {
    const { dx, dgamma, dbeta } = normalizeVjp(emitter(b), x!, gamma!, grad, [x!.type.shape.length - 1], attrs.epsilon);
    return [dx, dgamma, dbeta];
  },
  wgsl: {
    kind: 'kernel',
    emit: ({ inputs: [x, gamma, beta], output, attrs }) =>
      emitNormalize([{ name: 'x', type: x! }, { name: 'gamma', type: gamma! }, { name: 'beta', type: beta! }], output, rowLayout(output.shape), attrs.epsilon),
  },
  testing: {
    cases: (fc) =>
      fc.tuple(shapeArb(fc, { minRank: 1, maxRank: 3, maxDim: 6 }), fc.constantFrom(1e-3, 1e-5)).map(([shape, epsilon]) => {
        const d = { dtype: 'f32' as const, shape: [shape[shape.length - 1]!] };
        return { inputs: [{ dtype: 'f32' as const, shape }, d, d], attrs: { epsilon } };
      }),
    gpuTolerance: 1e-4,
  },
};
