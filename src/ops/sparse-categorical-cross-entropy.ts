/**
 * @file sparse_categorical_cross_entropy: categorical cross-entropy with i32 class labels of shape
 * pred.shape[:-1], i.e. mean over rows of −log q[label]; a label outside [0, classes) contributes 0
 * (its one-hot row is all zeros).
 */
import { CompileError, formatType, sameShape, type TensorType } from '../ir/index.ts';
import { classRows, CROSS_ENTROPY_ATTRS, crossEntropyCases, crossEntropyGrad, logQ, rowNorm, wgslLogQ, type CrossEntropyAttrs } from './cross-entropy.ts';
import { emitter } from './emit.ts';
import { requireIndices } from './gather.ts';
import { LOSS_TYPE, meanKernel, meanLoss, requireF32 } from './loss.ts';
import type { OpDef } from './op-def.ts';

const NAME = 'sparse_categorical_cross_entropy';

function check(pred: TensorType, labels: TensorType): void {
  requireF32(NAME, pred, 'pred');
  requireIndices(NAME, labels);
  classRows(NAME, pred.shape);
  if (!sameShape(labels.shape, pred.shape.slice(0, -1))) {
    throw new CompileError('E_SHAPE_MISMATCH', `${NAME}: labels ${formatType(labels)} must have pred's shape without its class axis (pred is ${formatType(pred)})`);
  }
}

export const sparse_categorical_cross_entropy: OpDef<CrossEntropyAttrs> = {
  name: NAME,
  kind: 'loss',
  summary: 'mean categorical cross-entropy against i32 class labels (probabilities or logits)',
  arity: 2,
  attrs: CROSS_ENTROPY_ATTRS,
  infer([p, l]) {
    check(p!, l!);
    return LOSS_TYPE;
  },
  evaluate([p, l], { fromLogits }, ctx) {
    const rows = classRows(NAME, p!.type.shape);
    return meanLoss(ctx, rows.count, (r) => {
      const label = l!.data[r]!;
      if (!(label >= 0 && label < rows.size)) return 0;
      return -logQ(p!.data[r * rows.size + label]!, rowNorm(p!.data, r * rows.size, rows, fromLogits), fromLogits);
    });
  },
  // The dense rule with t = one_hot(labels).
  vjp: ({ b, inputs: [p, l], grad, attrs }) => {
    const e = emitter(b);
    const t = e.op('one_hot', [l!], { depth: p!.type.shape.at(-1)! });
    return [crossEntropyGrad(e, p!, t, grad, attrs.fromLogits), null];
  },
  wgsl: {
    kind: 'kernel',
    epilogue: { inputs: ['pred', 'labels'] },
    emit({ inputs: [p, l], attrs: { fromLogits }, hook }) {
      const rows = classRows(NAME, p!.shape);
      const term = `fn dlc_term(k: u32) -> f32 {
  let label = labels[k];
  if (label < 0i || label >= ${rows.size}i) { return 0.0; }
  let base = k * ${rows.size}u;
  return -dlc_log_q(pred[base + u32(label)], dlc_row_norm(base));
}`;
      const inputs = [
        { name: 'pred', type: p! },
        { name: 'labels', type: l! },
      ];
      return meanKernel(inputs, rows.count, `${wgslLogQ(rows, fromLogits)}\n${term}`, hook);
    },
  },
  testing: {
    cases: (fc) =>
      crossEntropyCases(fc).map(({ shape, attrs, pred }) => ({
        inputs: [
          { dtype: 'f32' as const, shape },
          { dtype: 'i32' as const, shape: shape.slice(0, -1) },
        ],
        attrs,
        domains: [pred, { min: 0, max: shape.at(-1)! - 1, integer: true }],
      })),
    gpuTolerance: 1e-4,
  },
};
