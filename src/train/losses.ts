/**
 * @file Every loss by its Keras name, in one table the DSL, the frontend, the training head and the
 * tests read: its options (Keras defaults), what its target looks like, the metric dlc reports with
 * it, and its per-sample value as IR built from registry ops (so autodiff differentiates it and the
 * fusion pass fuses it like the model). The formulas are Keras 3's (keras/src/losses/losses.py).
 *
 * The cross-entropies and mse/mae train through their fused loss ops (src/ops/*cross-entropy.ts,
 * mse.ts, mae.ts) when no option changes them; their per-sample form here is for evaluation.
 */
import { numel, type Graph, type Value } from '../ir/index.ts';
import type { Emitter } from '../ops/emit.ts';

/** Keras's `epsilon()`. */
export const LOSS_EPSILON = 1e-7;

export type LossKind =
  | 'mse' | 'mae' | 'binaryCrossentropy' | 'categoricalCrossentropy' | 'sparseCategoricalCrossentropy'
  | 'huber' | 'logCosh' | 'kld' | 'hinge' | 'squaredHinge' | 'categoricalHinge' | 'poisson' | 'cosineSimilarity'
  | 'meanSquaredLogarithmicError' | 'meanAbsolutePercentageError' | 'binaryFocalCrossentropy'
  /** `loss: (yTrue, yPred) => …` written with the tensor functions; its graph is in `LossOptions.custom`. */
  | 'custom';

/** A loss's options with Keras defaults filled in (only the ones its kind reads matter). */
export interface LossOptions {
  /** The model output holds logits (no final softmax/sigmoid) — Keras `from_logits`. */
  readonly fromLogits?: boolean;
  /** Targets pulled towards uniform: t(1 − s) + s/classes (binary: s/2). */
  readonly labelSmoothing?: number;
  /** Huber's switch from quadratic to linear (default 1). */
  readonly delta?: number;
  /** Focal loss focusing exponent (default 2). */
  readonly gamma?: number;
  /** Focal loss weight of the positive class when `applyClassBalancing` (default 0.25). */
  readonly alpha?: number;
  readonly applyClassBalancing?: boolean;
  /** A custom loss: the graph of inputs `y_true`, `y_pred` ([batch, …] of the model output) and output `loss`. */
  readonly custom?: { graph(batch: number): Graph };
}

/** Option kinds as the frontend's ArgReader reads them. */
type OptionKind = 'bool' | 'rate' | 'positive' | 'number';

/** Which metric sums dlc keeps for a loss: mean absolute error, 0.5-threshold agreement, or argmax agreement. */
export type LossMetric = 'mae' | 'binary' | 'categorical';

export interface LossDef {
  readonly kind: LossKind;
  /** Keras names (camelCase) that select it. */
  readonly names: readonly string[];
  readonly options: Readonly<Record<string, OptionKind>>;
  readonly metric: LossMetric;
  /** Cross-entropies: the activation whose input is taken as logits when the model ends in it. */
  readonly logitsOf?: 'softmax' | 'sigmoid';
  /** Per-sample losses [B] of predictions (or logits when `logits` is set) against dense f32 targets of pred's shape. */
  perSample?(e: Emitter, pred: Value, t: Value, o: LossOptions, logits: Value | undefined): Value;
}

const CE_OPTIONS = { fromLogits: 'bool', labelSmoothing: 'rate' } as const;

export const LOSSES: readonly LossDef[] = [
  { kind: 'mse', names: ['mse', 'meanSquaredError'], options: {}, metric: 'mae', perSample: (e, p, t) => meanLast(e, e.op('square', [e.sub(p, t)])) },
  { kind: 'mae', names: ['mae', 'meanAbsoluteError'], options: {}, metric: 'mae', perSample: (e, p, t) => meanLast(e, e.op('abs', [e.sub(p, t)])) },
  { kind: 'binaryCrossentropy', names: ['binaryCrossentropy'], options: CE_OPTIONS, metric: 'binary', logitsOf: 'sigmoid', perSample: (e, p, t, o, x) => meanLast(e, bce(e, p, smoothBinary(e, t, o), x)) },
  { kind: 'categoricalCrossentropy', names: ['categoricalCrossentropy'], options: CE_OPTIONS, metric: 'categorical', logitsOf: 'softmax', perSample: (e, p, t, o, x) => cce(e, p, smoothCategorical(e, t, o), x) },
  { kind: 'sparseCategoricalCrossentropy', names: ['sparseCategoricalCrossentropy'], options: { fromLogits: 'bool' }, metric: 'categorical', logitsOf: 'softmax', perSample: (e, p, t, _o, x) => cce(e, p, t, x) },
  {
    // 0.5·x² for |x| ≤ δ, δ·|x| − 0.5·δ² beyond, x = pred − target.
    kind: 'huber', names: ['huber', 'huberLoss'], options: { delta: 'positive' }, metric: 'mae',
    perSample: (e, p, t, o) => {
      const d = o.delta ?? 1;
      const ax = e.op('abs', [e.sub(p, t)]);
      const quad = e.op('minimum', [ax, e.scalar(d)]);
      // min(|x|, δ) = q: 0.5·q² + δ·(|x| − q) is both branches in one smooth-enough expression.
      return meanLast(e, e.add(e.mul(e.scalar(0.5), e.op('square', [quad])), e.mul(e.scalar(d), e.sub(ax, quad))));
    },
  },
  {
    // log cosh x = x + softplus(−2x) − log 2 (no overflow for large |x|).
    kind: 'logCosh', names: ['logCosh', 'logcosh'], options: {}, metric: 'mae',
    perSample: (e, p, t) => {
      const x = e.sub(p, t);
      return meanLast(e, e.sub(e.add(x, e.op('softplus', [e.mul(e.scalar(-2), x)])), e.scalar(Math.LN2)));
    },
  },
  {
    // Σ_c t log(t / p) with t and p clipped to [ε, 1].
    kind: 'kld', names: ['kld', 'kullbackLeiblerDivergence', 'KLD'], options: {}, metric: 'categorical',
    perSample: (e, p, t) => {
      const tc = clamp(e, t, LOSS_EPSILON, 1);
      const pc = clamp(e, p, LOSS_EPSILON, 1);
      return sumLast(e, e.mul(tc, e.op('log', [e.div(tc, pc)])));
    },
  },
  { kind: 'hinge', names: ['hinge'], options: {}, metric: 'mae', perSample: (e, p, t) => meanLast(e, hingeTerm(e, p, t)) },
  { kind: 'squaredHinge', names: ['squaredHinge'], options: {}, metric: 'mae', perSample: (e, p, t) => meanLast(e, e.op('square', [hingeTerm(e, p, t)])) },
  {
    // max(0, max_c (1 − t)·p − Σ_c t·p + 1).
    kind: 'categoricalHinge', names: ['categoricalHinge'], options: {}, metric: 'categorical',
    perSample: (e, p, t) => {
      const pos = sumLast(e, e.mul(t, p));
      const neg = e.op('reduce_max', [flatRows(e, e.mul(e.sub(e.scalar(1), t), p))], { axes: [1], keepDims: false });
      return e.op('relu', [e.add(e.sub(neg, pos), e.scalar(1))]);
    },
  },
  {
    // p − t·log(p + ε).
    kind: 'poisson', names: ['poisson'], options: {}, metric: 'mae',
    perSample: (e, p, t) => meanLast(e, e.sub(p, e.mul(t, e.op('log', [e.add(p, e.scalar(LOSS_EPSILON))])))),
  },
  {
    // −Σ_c t̂·p̂ with x̂ = x / √max(Σ x², 1e-12) over the last axis (Keras's l2 normalise).
    kind: 'cosineSimilarity', names: ['cosineSimilarity'], options: {}, metric: 'mae',
    perSample: (e, p, t) => e.neg(sumLast(e, e.mul(l2Normalize(e, p), l2Normalize(e, t)))),
  },
  {
    // (log(max(p, ε) + 1) − log(max(t, ε) + 1))².
    kind: 'meanSquaredLogarithmicError', names: ['meanSquaredLogarithmicError', 'msle'], options: {}, metric: 'mae',
    perSample: (e, p, t) => {
      const lg = (v: Value): Value => e.op('log', [e.add(e.op('maximum', [v, e.scalar(LOSS_EPSILON)]), e.scalar(1))]);
      return meanLast(e, e.op('square', [e.sub(lg(p), lg(t))]));
    },
  },
  {
    // 100·|t − p| / max(|t|, ε).
    kind: 'meanAbsolutePercentageError', names: ['meanAbsolutePercentageError', 'mape'], options: {}, metric: 'mae',
    perSample: (e, p, t) => {
      const rel = e.div(e.op('abs', [e.sub(t, p)]), e.op('maximum', [e.op('abs', [t]), e.scalar(LOSS_EPSILON)]));
      return e.mul(e.scalar(100), meanLast(e, rel));
    },
  },
  {
    // (1 − p_t)^γ · bce, p_t = t·p + (1 − t)(1 − p); with class balancing weighted by t·α + (1 − t)(1 − α).
    kind: 'binaryFocalCrossentropy', names: ['binaryFocalCrossentropy'], metric: 'binary', logitsOf: 'sigmoid',
    options: { ...CE_OPTIONS, gamma: 'number', alpha: 'rate', applyClassBalancing: 'bool' },
    perSample: (e, p, t0, o, x) => {
      const t = smoothBinary(e, t0, o);
      const prob = x ? e.op('sigmoid', [x]) : p;
      const one = e.scalar(1);
      const pt = e.add(e.mul(t, prob), e.mul(e.sub(one, t), e.sub(one, prob)));
      const gamma = o.gamma ?? 2;
      const focal = e.op('pow', [e.op('maximum', [e.sub(one, pt), e.scalar(0)]), e.scalar(gamma)]);
      let term = e.mul(focal, bce(e, p, t, x));
      if (o.applyClassBalancing) {
        const a = o.alpha ?? 0.25;
        term = e.mul(term, e.add(e.mul(t, e.scalar(a)), e.mul(e.sub(one, t), e.scalar(1 - a))));
      }
      return meanLast(e, term);
    },
  },
  // Inlined by the training head from its own graph; regression metrics (mae) by default.
  { kind: 'custom', names: [], options: {}, metric: 'mae' },
];

const BY_NAME = new Map(LOSSES.flatMap((d) => d.names.map((n) => [n, d] as const)));

/** Every Keras name a loss can be written with. */
export const LOSS_NAMES: readonly string[] = [...BY_NAME.keys()];

export function lossByName(name: string): LossDef | undefined {
  return BY_NAME.get(name);
}

export function lossDef(kind: LossKind): LossDef {
  return LOSSES.find((d) => d.kind === kind)!;
}

/** [B, …] → [B, n]. */
function flatRows(e: Emitter, v: Value): Value {
  const b = v.type.shape[0] ?? 1;
  const n = numel(v.type.shape) / b;
  return v.type.shape.length === 2 ? v : e.op('reshape', [v], { shape: [b, n] });
}

/** Keras reduces the last axis, then averages the rest; for equal-sized rows that is the mean over all but the batch axis. */
function meanLast(e: Emitter, v: Value): Value {
  return e.op('reduce_mean', [flatRows(e, v)], { axes: [1], keepDims: false });
}

/** Σ over the last axis, then the mean over any axes between it and the batch. */
function sumLast(e: Emitter, v: Value): Value {
  const r = v.type.shape.length;
  const s = e.op('reduce_sum', [v], { axes: [r - 1], keepDims: false });
  return r <= 2 ? s : meanLast(e, s);
}

function clamp(e: Emitter, v: Value, lo: number, hi: number): Value {
  return e.op('minimum', [e.op('maximum', [v, e.scalar(lo)]), e.scalar(hi)]);
}

function l2Normalize(e: Emitter, v: Value): Value {
  const r = v.type.shape.length;
  const sq = e.op('reduce_sum', [e.op('square', [v])], { axes: [r - 1], keepDims: true });
  return e.mul(v, e.op('rsqrt', [e.op('maximum', [sq, e.scalar(1e-12)])]));
}

/**
 * max(1 − t·p, 0), targets in {−1, 1}; as Keras 3, a batch whose targets are all 0 or 1 is taken
 * as binary labels and mapped to −1/1 first.
 */
function hingeTerm(e: Emitter, p: Value, t: Value): Value {
  const isBit = e.op('logical_or', [e.op('equal', [t, e.scalar(0)]), e.op('equal', [t, e.scalar(1)])]);
  const all = e.op('reduce_min', [e.op('cast', [isBit], { to: 'f32' })], { axes: t.type.shape.map((_, i) => i), keepDims: false });
  // t + all·(t − 1): 2t − 1 when every target is a bit, t otherwise.
  const signed = e.add(t, e.mul(all, e.sub(t, e.scalar(1))));
  return e.op('relu', [e.sub(e.scalar(1), e.mul(signed, p))]);
}

/** Elementwise binary cross-entropy: from logits x the stable softplus form, else of p clipped to [ε, 1 − ε]. */
function bce(e: Emitter, p: Value, t: Value, x: Value | undefined): Value {
  if (x) return e.sub(e.op('softplus', [x]), e.mul(x, t));
  const pc = clamp(e, p, LOSS_EPSILON, 1 - LOSS_EPSILON);
  const one = e.scalar(1);
  return e.neg(e.add(e.mul(t, e.op('log', [pc])), e.mul(e.sub(one, t), e.op('log', [e.sub(one, pc)]))));
}

/** Per-row −Σ_c t log q (q = softmax(x), or p / Σp clipped), averaged over any middle axes. */
function cce(e: Emitter, p: Value, t: Value, x: Value | undefined): Value {
  const r = p.type.shape.length;
  const logq = x ? e.op('log_softmax', [x], { axis: -1 }) : e.op('log', [clamp(e, e.div(p, e.op('reduce_sum', [p], { axes: [r - 1], keepDims: true })), LOSS_EPSILON, 1 - LOSS_EPSILON)]);
  return e.neg(sumLast(e, e.mul(t, logq)));
}

export function smoothBinary(e: Emitter, t: Value, o: LossOptions): Value {
  const s = o.labelSmoothing ?? 0;
  return s > 0 ? e.add(e.mul(t, e.scalar(1 - s)), e.scalar(0.5 * s)) : t;
}

export function smoothCategorical(e: Emitter, t: Value, o: LossOptions): Value {
  const s = o.labelSmoothing ?? 0;
  const classes = t.type.shape[t.type.shape.length - 1] ?? 1;
  return s > 0 ? e.add(e.mul(t, e.scalar(1 - s)), e.scalar(s / classes)) : t;
}
