/**
 * @file Keras's per-weight regularizer and constraint options (`<weight>Regularizer`,
 * `<weight>Constraint`) for layers whose weights are not just a kernel and a bias: recurrent layers
 * (kernel, recurrentKernel, bias), depthwise/separable convolutions (depthwise, pointwise, bias),
 * conv1d, embedding. A layer spreads `penaltyOptions(...)` into its option schema, keeps `readPenalties(...)`
 * in its config and passes its params through `withPenalties` in `build`.
 */
import type { OptKind } from '../args.ts';
import { regularized, type ParamSpec, type Regularization, type WeightConstraint } from './layer-def.ts';

/** Option stem (as Keras names the option, camelCase) → the param it applies to. */
export type PenaltyWeights = Readonly<Record<string, string>>;

export const RECURRENT_WEIGHTS: PenaltyWeights = { kernel: 'kernel', recurrent: 'recurrent_kernel', bias: 'bias' };
export const DEPTHWISE_WEIGHTS: PenaltyWeights = { depthwise: 'depthwise_kernel', bias: 'bias' };
export const SEPARABLE_WEIGHTS: PenaltyWeights = { depthwise: 'depthwise_kernel', pointwise: 'pointwise_kernel', bias: 'bias' };
export const KERNEL_BIAS_WEIGHTS: PenaltyWeights = { kernel: 'kernel', bias: 'bias' };
export const EMBEDDING_WEIGHTS: PenaltyWeights = { embeddings: 'embeddings' };

/** Each weight's regularizer and constraint, by param name. */
export type Penalties = Readonly<Record<string, { readonly reg?: Regularization | undefined; readonly con?: WeightConstraint | undefined }>>;

/** The schema entries `<stem>Regularizer` / `<stem>Constraint` for every weight, plus `activityRegularizer`. */
export function penaltyOptions(weights: PenaltyWeights): Record<string, OptKind> {
  const out: Record<string, OptKind> = { activityRegularizer: 'regularizer' };
  for (const stem of Object.keys(weights)) {
    out[`${stem}Regularizer`] = 'regularizer';
    out[`${stem}Constraint`] = 'constraint';
  }
  return out;
}

/** The parsed options (from `ArgReader.options`) as penalties by param name. */
export function readPenalties(o: Record<string, unknown>, weights: PenaltyWeights): Penalties {
  const out: Record<string, { reg?: Regularization | undefined; con?: WeightConstraint | undefined }> = {};
  for (const [stem, param] of Object.entries(weights)) {
    const reg = o[`${stem}Regularizer`] as Regularization | undefined;
    const con = o[`${stem}Constraint`] as WeightConstraint | undefined;
    if (reg || con) out[param] = { reg, con };
  }
  return out;
}

/** The params with their regularizers and constraints attached. */
export function withPenalties(params: readonly ParamSpec[], pen: Penalties | undefined): ParamSpec[] {
  return params.map((p) => {
    const q = pen?.[p.name];
    return q ? regularized(p, q.reg, q.con) : p;
  });
}
