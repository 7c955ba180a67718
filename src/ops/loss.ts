/** @file Shared by the losses: operand checks, the mean-of-terms reference, a one-workgroup tree-reduction kernel, and pointwise losses from one spec. */
import type * as FC from 'fast-check';
import { CompileError, formatType, numel, sameShape, type TensorType, type Value } from '../ir/index.ts';
import { f32Literal } from '../codegen/wgsl.ts';
import { emitter, type Emitter } from './emit.ts';
import { bindingDecls, storeVia, type Binding } from './kernel.ts';
import type { AttrSchema, Domain, EvalCtx, HostTensor, KernelHook, KernelSource, OpCase, OpDef } from './op-def.ts';
import { shapeArb, type Fc } from './testing.ts';
import { LANES, WGSL_LANE_SUM } from './workgroup-reduce.ts';

/** Every loss is a scalar: the mean over the batch of the per-sample loss, as in Keras. */
export const LOSS_TYPE: TensorType = { dtype: 'f32', shape: [] };

/** Keras's `epsilon()`: probabilities are clipped to [ε, 1 − ε] before their log is taken. */
export const EPSILON = 1e-7;

export function clipProb(p: number): number {
  return Math.min(Math.max(p, EPSILON), 1 - EPSILON);
}

/** The clip to [ε, 1 − ε] as graph nodes (for backward rules). */
export function clipProbNode(e: Emitter, p: Value): Value {
  return e.op('minimum', [e.op('maximum', [p, e.scalar(EPSILON)]), e.scalar(1 - EPSILON)]);
}

/** WGSL clip of a probability expression to [ε, 1 − ε]. */
export function wgslClipProb(p: string): string {
  return `clamp(${p}, ${f32Literal(EPSILON)}, ${f32Literal(1 - EPSILON)})`;
}

export function requireF32(op: string, t: TensorType, role: string): void {
  if (t.dtype !== 'f32') throw new CompileError('E_DTYPE', `${op}: ${role} must be f32, got ${formatType(t)}`, { hint: 'insert a cast' });
}

/** pred and target: f32 of one shape. */
export function requireSamePair(op: string, pred: TensorType, target: TensorType): void {
  requireF32(op, pred, 'pred');
  requireF32(op, target, 'target');
  if (!sameShape(pred.shape, target.shape)) {
    throw new CompileError('E_SHAPE_MISMATCH', `${op}: pred ${formatType(pred)} and target ${formatType(target)} must have the same shape`);
  }
}

/** The scalar (1/count) Σ_{k < count} term(k), summed in float64. */
export function meanLoss(ctx: EvalCtx, count: number, term: (k: number) => number): HostTensor {
  let sum = 0;
  for (let k = 0; k < count; k++) sum += term(k);
  const out = ctx.alloc(LOSS_TYPE);
  out.data[0] = sum / count;
  return out;
}

/** The loss cotangent g spread evenly over `count` terms: g / count (a scalar, broadcast by its user). */
export function perTerm(e: Emitter, g: Value, count: number): Value {
  return e.mul(g, e.scalar(1 / count));
}

/**
 * out[0] = (Σ_{k < count} dlc_term(k)) / count in one workgroup: each of its 64 lanes sums a
 * strided share of the terms, then a tree reduction in workgroup memory adds the lanes' sums.
 * `helpers` must define `fn dlc_term(k: u32) -> f32`.
 */
export function meanKernel(inputs: readonly Binding[], count: number, helpers: string, hook?: KernelHook): KernelSource {
  return {
    code: `${hook ? hook.decls : bindingDecls(inputs, LOSS_TYPE)}
${helpers}
${WGSL_LANE_SUM}
@compute @workgroup_size(${LANES})
fn main(@builtin(local_invocation_index) lane: u32) {
  var acc = 0.0;
  for (var k = lane; k < ${count}u; k += ${LANES}u) { acc += dlc_term(k); }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { ${storeVia(hook)('0', `total / ${f32Literal(count)}`)} }
}
`,
    workgroups: [1, 1, 1],
  };
}

/** A loss of (pred, target) that is the mean of one term per element pair. */
export interface PointwiseLossSpec<A> {
  name: string;
  summary: string;
  attrs: AttrSchema;
  /** The per-element term, in float64. */
  term(p: number, t: number, attrs: A): number;
  /** The term as a WGSL f32 expression of `p` and `t`; `helpers` holds any functions it calls. */
  wgsl(attrs: A): { expr: string; helpers?: string };
  /** (∂term/∂p, ∂term/∂t), elementwise, as graph nodes. */
  partials(e: Emitter, p: Value, t: Value, attrs: A): readonly [Value, Value];
  /** Random attributes and per-operand domains for the test cases. */
  cases(fc: Fc): FC.Arbitrary<{ attrs: A; domains?: readonly (Domain | undefined)[] }>;
  extremes?: Domain;
}

export function definePointwiseLoss<A>(spec: PointwiseLossSpec<A>): OpDef<A> {
  return {
    name: spec.name,
    kind: 'loss',
    summary: spec.summary,
    arity: 2,
    attrs: spec.attrs,
    infer([p, t]) {
      requireSamePair(spec.name, p!, t!);
      return LOSS_TYPE;
    },
    evaluate([p, t], attrs, ctx) {
      requireSamePair(spec.name, p!.type, t!.type);
      return meanLoss(ctx, p!.data.length, (k) => spec.term(p!.data[k]!, t!.data[k]!, attrs));
    },
    vjp: ({ b, inputs: [p, t], grad, attrs }) => {
      const e = emitter(b);
      const scale = perTerm(e, grad, numel(p!.type.shape));
      return spec.partials(e, p!, t!, attrs).map((d) => e.mul(d, scale));
    },
    wgsl: { kind: 'kernel', epilogue: { inputs: ['pred', 'tgt'] }, emit: ({ inputs: [p, t], attrs, hook }) => pointwiseKernel(p!, t!, spec.wgsl(attrs), hook) },
    testing: { cases: (fc) => pointwiseCases(fc, spec), gpuTolerance: 1e-4, ...(spec.extremes ? { extremes: spec.extremes } : {}) },
  };
}

function pointwiseKernel(p: TensorType, t: TensorType, w: { expr: string; helpers?: string }, hook?: KernelHook): KernelSource {
  const term = `fn dlc_term(k: u32) -> f32 {
  let p = pred[k];
  let t = tgt[k];
  return ${w.expr};
}`;
  const inputs = [
    { name: 'pred', type: p },
    { name: 'tgt', type: t },
  ];
  return meanKernel(inputs, numel(p.shape), `${w.helpers ?? ''}\n${term}`, hook);
}

function pointwiseCases<A>(fc: Fc, spec: PointwiseLossSpec<A>): FC.Arbitrary<OpCase<A>> {
  return fc.tuple(shapeArb(fc, { maxRank: 3 }), spec.cases(fc)).map(([shape, c]) => ({
    inputs: [
      { dtype: 'f32' as const, shape },
      { dtype: 'f32' as const, shape },
    ],
    attrs: c.attrs,
    ...(c.domains ? { domains: c.domains } : {}),
  }));
}
