/**
 * @file optimizer: lowers an optimizer step into the IR, after autodiff, so the update is fused
 * and memory-planned like any other part of the training step.
 *
 * Requires: a graph from `autodiff` with a `grad/<p>` output per trained param `p`.
 * Establishes: inputs `opt/lr` (the scheduled learning rate) and `opt/t` (the 1-based step, f32);
 *   state args for optimizer slots (`opt/<p>/m`, `opt/<p>/v`); outputs `update/<arg>` holding the
 *   new value of every param and optimizer slot; the `grad/*` outputs are removed.
 * Preserves: the loss and every other output (metrics, `update/*` of batch-norm statistics).
 *
 * The formulas are Keras 3's, so a dlc step matches a Keras/TF.js step from the same weights:
 *   SGD:     m ← μ·m − lr·g;  p ← p + m            (Nesterov: p ← p + μ·m − lr·g)
 *   RMSprop: v ← ρ·v + (1−ρ)·g²;  p ← p − lr·g / (√v + ε)
 *   Adam:    m ← m + (1−β1)(g − m);  v ← v + (1−β2)(g² − v);
 *            p ← p − lr·√(1−β2^t)/(1−β1^t) · m / (√v + ε)   (AMSGrad: v̂ ← max(v̂, v) in place of v)
 *   Adagrad: a ← a + g²;  p ← p − lr·g / √(a + ε)          (a starts at initialAccumulatorValue)
 *   Adadelta: a ← ρ·a + (1−ρ)·g²;  d = −√(s + ε)/√(a + ε)·g;  s ← ρ·s + (1−ρ)·d²;  p ← p + lr·d
 *   Adamax:  m ← m + (1−β1)(g − m);  u ← max(β2·u, |g|);  p ← p − lr/(1−β1^t) · m / (u + ε)
 *   Nadam:   μ_t = β1(1 − ½·0.96^(0.004·t));  Π_t = Π_{t−1}·μ_t;  m, v as Adam;
 *            m̂ = μ_{t+1}·m/(1 − Π_t·μ_{t+1}) + (1 − μ_t)·g/(1 − Π_t);  v̂ = v/(1 − β2^t);  p ← p − lr·m̂/(√v̂ + ε)
 * Every slot starts at zero (checkpoints, bundles and the loop rely on it): slots whose Keras
 * initial value is not zero (Adagrad's accumulator, Nadam's running product Π) hold their offset
 * from it.
 * Weight decay is decoupled (AdamW style, as Keras 3 does for every optimizer): p ← p − lr·λ·p,
 * applied before the update. Gradient clipping (by value, by per-tensor norm, or by global norm)
 * is applied to the gradients first.
 */
import { CompileError, GraphBuilder, type Graph, type Value } from '../ir/index.ts';
import { emitter, type Emitter } from '../ops/emit.ts';
import { inferType } from '../ops/registry.ts';
import { gradName } from './autodiff.ts';

export type OptimizerConfig =
  | { readonly kind: 'sgd'; readonly learningRate: number; readonly momentum?: number; readonly nesterov?: boolean; readonly weightDecay?: number; readonly clip?: ClipConfig }
  | { readonly kind: 'rmsprop'; readonly learningRate: number; readonly rho?: number; readonly epsilon?: number; readonly weightDecay?: number; readonly clip?: ClipConfig }
  | { readonly kind: 'adam'; readonly learningRate: number; readonly beta1?: number; readonly beta2?: number; readonly epsilon?: number; readonly amsgrad?: boolean; readonly weightDecay?: number; readonly clip?: ClipConfig }
  | { readonly kind: 'adagrad'; readonly learningRate: number; readonly initialAccumulatorValue?: number; readonly epsilon?: number; readonly weightDecay?: number; readonly clip?: ClipConfig }
  | { readonly kind: 'adadelta'; readonly learningRate: number; readonly rho?: number; readonly epsilon?: number; readonly weightDecay?: number; readonly clip?: ClipConfig }
  | { readonly kind: 'adamax' | 'nadam'; readonly learningRate: number; readonly beta1?: number; readonly beta2?: number; readonly epsilon?: number; readonly weightDecay?: number; readonly clip?: ClipConfig };

export interface ClipConfig {
  /** Clamp every gradient element to [−clipValue, clipValue]. */
  readonly clipValue?: number;
  /** Rescale each gradient tensor whose L2 norm exceeds clipNorm. */
  readonly clipNorm?: number;
  /** Rescale all gradients together when their global L2 norm exceeds globalClipNorm. */
  readonly globalClipNorm?: number;
}

export const LR_INPUT = 'opt/lr';
export const STEP_INPUT = 'opt/t';
export const updateName = (arg: string): string => `update/${arg}`;
export const slotName = (param: string, slot: string): string => `opt/${param}/${slot}`;

/** The optimizer-slot state arguments a config creates per param (for checkpoints and init). */
export function slotsOf(cfg: OptimizerConfig): readonly string[] {
  switch (cfg.kind) {
    case 'sgd':
      return (cfg.momentum ?? 0) > 0 ? ['m'] : [];
    case 'rmsprop':
      return ['v'];
    case 'adam':
      return cfg.amsgrad ? ['m', 'v', 'vhat'] : ['m', 'v'];
    case 'adagrad':
      return ['a'];
    case 'adadelta':
      return ['a', 's'];
    case 'adamax':
      return ['m', 'u'];
    case 'nadam':
      return ['m', 'v', 'prod'];
  }
}

/**
 * A Keras weight constraint, applied to the updated param in the same kernel (ε = 1e-7):
 * maxNorm/minMaxNorm w·(rate·clip(n, min, max) + (1 − rate)·n)/(ε + n), unitNorm w/(ε + n),
 * with n the L2 norm over `axis` (kept); nonNeg max(w, 0).
 */
export interface WeightConstraint {
  readonly kind: 'maxNorm' | 'nonNeg' | 'unitNorm' | 'minMaxNorm';
  readonly minValue?: number;
  readonly maxValue?: number;
  readonly rate?: number;
  readonly axis?: readonly number[];
}

export function lowerOptimizer(g: Graph, params: readonly string[], cfg: OptimizerConfig, constraints: ReadonlyMap<string, WeightConstraint> = new Map()): Graph {
  const b = GraphBuilder.from({ ...g, outputs: g.outputs.filter((o) => !o.name.startsWith('grad/')) }, inferType);
  const e = emitter(b);
  const lr = b.input(LR_INPUT, { dtype: 'f32', shape: [] });
  const t = b.input(STEP_INPUT, { dtype: 'f32', shape: [] });
  const grads = clipGradients(
    e,
    params.map((p) => gradOf(b, g, p)),
    cfg.clip,
  );
  params.forEach((name, i) => {
    const p = b.value(g.args.find((a) => a.name === name)!.id);
    const decayed = decay(e, p, lr, cfg.weightDecay ?? 0);
    const next = step(b, e, name, decayed, grads[i]!, lr, t, cfg);
    const c = constraints.get(name);
    b.output(updateName(name), c ? constrain(e, next, c) : next);
  });
  return b.build();
}

function gradOf(b: GraphBuilder, g: Graph, param: string): Value {
  const out = g.outputs.find((o) => o.name === gradName(param));
  if (!out) throw new CompileError('E_OPTIMIZER', `no gradient for %${param}: run autodiff with it in wrt first`);
  return b.value(out.value);
}

function decay(e: Emitter, p: Value, lr: Value, wd: number): Value {
  return wd > 0 ? e.sub(p, e.mul(e.mul(lr, e.scalar(wd)), p)) : p;
}

/** One optimizer update of param `p` (already decayed) with gradient `g`; emits slot updates too. */
function step(b: GraphBuilder, e: Emitter, name: string, p: Value, g: Value, lr: Value, t: Value, cfg: OptimizerConfig): Value {
  const slot = (s: string, scalar = false): Value => b.state(slotName(name, s), scalar ? { dtype: 'f32', shape: [] } : p.type);
  const keep = (s: string, v: Value): Value => {
    b.output(updateName(slotName(name, s)), v);
    return v;
  };
  switch (cfg.kind) {
    case 'sgd': {
      const mu = cfg.momentum ?? 0;
      const lrg = e.mul(lr, g);
      if (mu === 0) return e.sub(p, lrg);
      const m = keep('m', e.sub(e.mul(e.scalar(mu), slot('m')), lrg));
      return cfg.nesterov ? e.add(p, e.sub(e.mul(e.scalar(mu), m), lrg)) : e.add(p, m);
    }
    case 'rmsprop': {
      const rho = cfg.rho ?? 0.9;
      const v = keep('v', e.add(e.mul(e.scalar(rho), slot('v')), e.mul(e.scalar(1 - rho), e.op('square', [g]))));
      return e.sub(p, e.div(e.mul(lr, g), e.add(e.op('sqrt', [v]), e.scalar(cfg.epsilon ?? 1e-7))));
    }
    case 'adam': {
      const [b1, b2] = [cfg.beta1 ?? 0.9, cfg.beta2 ?? 0.999];
      const m0 = slot('m');
      const v0 = slot('v');
      const m = keep('m', e.add(m0, e.mul(e.scalar(1 - b1), e.sub(g, m0))));
      const v = keep('v', e.add(v0, e.mul(e.scalar(1 - b2), e.sub(e.op('square', [g]), v0))));
      // alpha = lr·√(1−β2^t)/(1−β1^t), a scalar computed once per step.
      const bias1 = e.sub(e.scalar(1), e.op('pow', [e.scalar(b1), t]));
      const bias2 = e.sub(e.scalar(1), e.op('pow', [e.scalar(b2), t]));
      const alpha = e.div(e.mul(lr, e.op('sqrt', [bias2])), bias1);
      const vUsed = cfg.amsgrad ? keep('vhat', e.op('maximum', [slot('vhat'), v])) : v;
      return e.sub(p, e.div(e.mul(alpha, m), e.add(e.op('sqrt', [vUsed]), e.scalar(cfg.epsilon ?? 1e-7))));
    }
    case 'adagrad': {
      const a0 = cfg.initialAccumulatorValue ?? 0.1;
      // The slot holds a − a0.
      const stored = keep('a', e.add(slot('a'), e.op('square', [g])));
      const a = e.add(stored, e.scalar(a0));
      return e.sub(p, e.div(e.mul(lr, g), e.op('sqrt', [e.add(a, e.scalar(cfg.epsilon ?? 1e-7))])));
    }
    case 'adadelta': {
      const rho = cfg.rho ?? 0.95;
      const eps = e.scalar(cfg.epsilon ?? 1e-7);
      const a = keep('a', e.add(e.mul(e.scalar(rho), slot('a')), e.mul(e.scalar(1 - rho), e.op('square', [g]))));
      const s0 = slot('s');
      const d = e.neg(e.mul(e.div(e.op('sqrt', [e.add(s0, eps)]), e.op('sqrt', [e.add(a, eps)])), g));
      keep('s', e.add(e.mul(e.scalar(rho), s0), e.mul(e.scalar(1 - rho), e.op('square', [d]))));
      return e.add(p, e.mul(lr, d));
    }
    case 'adamax': {
      const [b1, b2] = [cfg.beta1 ?? 0.9, cfg.beta2 ?? 0.999];
      const m0 = slot('m');
      const m = keep('m', e.add(m0, e.mul(e.scalar(1 - b1), e.sub(g, m0))));
      const u = keep('u', e.op('maximum', [e.mul(e.scalar(b2), slot('u')), e.op('abs', [g])]));
      const bias1 = e.sub(e.scalar(1), e.op('pow', [e.scalar(b1), t]));
      return e.sub(p, e.div(e.mul(e.div(lr, bias1), m), e.add(u, e.scalar(cfg.epsilon ?? 1e-7))));
    }
    case 'nadam': {
      const [b1, b2] = [cfg.beta1 ?? 0.9, cfg.beta2 ?? 0.999];
      const one = e.scalar(1);
      const mu = (step: Value): Value => e.mul(e.scalar(b1), e.sub(one, e.mul(e.scalar(0.5), e.op('pow', [e.scalar(0.96), e.mul(e.scalar(0.004), step)]))));
      const muT = mu(t);
      const muNext = mu(e.add(t, one));
      // The slot holds Π − 1 (Π starts at 1).
      const prod = e.mul(e.add(slot('prod', true), one), muT);
      keep('prod', e.sub(prod, one));
      const prodNext = e.mul(prod, muNext);
      const m0 = slot('m');
      const v0 = slot('v');
      const m = keep('m', e.add(m0, e.mul(e.scalar(1 - b1), e.sub(g, m0))));
      const v = keep('v', e.add(v0, e.mul(e.scalar(1 - b2), e.sub(e.op('square', [g]), v0))));
      const mHat = e.add(e.div(e.mul(muNext, m), e.sub(one, prodNext)), e.div(e.mul(e.sub(one, muT), g), e.sub(one, prod)));
      const vHat = e.div(v, e.sub(one, e.op('pow', [e.scalar(b2), t])));
      return e.sub(p, e.div(e.mul(lr, mHat), e.add(e.op('sqrt', [vHat]), e.scalar(cfg.epsilon ?? 1e-7))));
    }
  }
}

function constrain(e: Emitter, w: Value, c: WeightConstraint): Value {
  if (c.kind === 'nonNeg') return e.op('maximum', [w, e.scalar(0)]);
  const rank = w.type.shape.length;
  const axes = [...new Set((c.axis ?? [0]).map((a) => (a < 0 ? a + rank : a)).filter((a) => a >= 0 && a < rank))];
  const n = e.op('sqrt', [e.op('reduce_sum', [e.op('square', [w])], { axes, keepDims: true })]);
  const denom = e.add(n, e.scalar(1e-7));
  if (c.kind === 'unitNorm') return e.div(w, denom);
  const clipped = e.op('minimum', [e.op('maximum', [n, e.scalar(c.minValue ?? 0)]), e.scalar(c.maxValue ?? (c.kind === 'maxNorm' ? 2 : 1))]);
  const rate = c.rate ?? 1;
  const desired = rate === 1 ? clipped : e.add(e.mul(e.scalar(rate), clipped), e.mul(e.scalar(1 - rate), n));
  return e.mul(w, e.div(desired, denom));
}

function sumSquares(e: Emitter, g: Value): Value {
  return e.op('reduce_sum', [e.op('square', [g])], { axes: g.type.shape.map((_, i) => i), keepDims: false });
}

/** Scale factor min(1, limit/‖g‖), guarded so a zero norm gives 1, not NaN. */
function clipScale(e: Emitter, sq: Value, limit: number): Value {
  const norm = e.op('sqrt', [sq]);
  return e.op('minimum', [e.scalar(1), e.div(e.scalar(limit), e.op('maximum', [norm, e.scalar(1e-12)]))]);
}

function clipGradients(e: Emitter, grads: Value[], clip: ClipConfig | undefined): Value[] {
  if (!clip) return grads;
  let gs = grads;
  if (clip.clipValue !== undefined) {
    const c = clip.clipValue;
    gs = gs.map((g) => e.op('minimum', [e.op('maximum', [g, e.scalar(-c)]), e.scalar(c)]));
  }
  if (clip.clipNorm !== undefined) {
    const c = clip.clipNorm;
    gs = gs.map((g) => e.mul(g, clipScale(e, sumSquares(e, g), c)));
  }
  if (clip.globalClipNorm !== undefined && gs.length > 0) {
    const total = gs.map((g) => sumSquares(e, g)).reduce((a, c) => e.add(a, c));
    const s = clipScale(e, total, clip.globalClipNorm);
    gs = gs.map((g) => e.mul(g, s));
  }
  return gs;
}
