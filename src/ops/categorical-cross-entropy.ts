/**
 * @file categorical_cross_entropy: mean over rows of −Σ_c t_c log q_c along the last axis, q being
 * log-softmax of logits, or pred / Σ pred clipped to [ε, 1 − ε] for probabilities (as Keras).
 */
import { classRows, CROSS_ENTROPY_ATTRS, crossEntropyCases, crossEntropyGrad, crossEntropyTargetGrad, logQ, rowNorm, wgslLogQ, type CrossEntropyAttrs } from './cross-entropy.ts';
import { emitter } from './emit.ts';
import { LOSS_TYPE, meanKernel, meanLoss, requireSamePair } from './loss.ts';
import type { EvalCtx, HostTensor, OpDef } from './op-def.ts';

const NAME = 'categorical_cross_entropy';

function evaluate(pred: HostTensor, target: HostTensor, { fromLogits }: CrossEntropyAttrs, ctx: EvalCtx): HostTensor {
  const rows = classRows(NAME, pred.type.shape);
  return meanLoss(ctx, rows.count, (r) => {
    const base = r * rows.size;
    const z = rowNorm(pred.data, base, rows, fromLogits);
    let loss = 0;
    for (let c = 0; c < rows.size; c++) loss -= target.data[base + c]! * logQ(pred.data[base + c]!, z, fromLogits);
    return loss;
  });
}

export const categorical_cross_entropy: OpDef<CrossEntropyAttrs> = {
  name: NAME,
  kind: 'loss',
  summary: 'mean categorical cross-entropy over the last axis (probabilities or logits)',
  arity: 2,
  attrs: CROSS_ENTROPY_ATTRS,
  infer([p, t]) {
    requireSamePair(NAME, p!, t!);
    classRows(NAME, p!.shape);
    return LOSS_TYPE;
  },
  evaluate: ([p, t], attrs, ctx) => evaluate(p!, t!, attrs, ctx),
  vjp: ({ b, inputs: [p, t], grad, attrs: { fromLogits } }) => {
    const e = emitter(b);
    return [crossEntropyGrad(e, p!, t!, grad, fromLogits), crossEntropyTargetGrad(e, p!, grad, fromLogits)];
  },
  wgsl: {
    kind: 'kernel',
    // The training step's running loss sum (metric/loss += loss · B) becomes this kernel's epilogue.
    epilogue: { inputs: ['pred', 'tgt'] },
    emit({ inputs: [p, t], attrs: { fromLogits }, hook }) {
      const rows = classRows(NAME, p!.shape);
      const term = `fn dlc_term(k: u32) -> f32 {
  let base = k * ${rows.size}u;
  let z = dlc_row_norm(base);
  var loss = 0.0;
  for (var c = 0u; c < ${rows.size}u; c++) { loss -= tgt[base + c] * dlc_log_q(pred[base + c], z); }
  return loss;
}`;
      const inputs = [
        { name: 'pred', type: p! },
        { name: 'tgt', type: t! },
      ];
      return meanKernel(inputs, rows.count, `${wgslLogQ(rows, fromLogits)}\n${term}`, hook);
    },
  },
  testing: {
    cases: (fc) =>
      crossEntropyCases(fc).map(({ shape, attrs, pred }) => ({
        inputs: [
          { dtype: 'f32' as const, shape },
          { dtype: 'f32' as const, shape },
        ],
        attrs,
        domains: [pred, { min: 0, max: 1 }],
      })),
    gpuTolerance: 1e-4,
  },
};
