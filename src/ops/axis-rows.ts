/** @file Rows along one axis (softmax, log_softmax, argmax, cross-entropies): the split, a stable log-sum-exp on host and in WGSL, test shapes. */
import type * as FC from 'fast-check';
import { CompileError, formatShape, formatType, numel, type Shape, type TensorType } from '../ir/index.ts';
import { normAxis } from './attrs.ts';
import { invocationKernel } from './kernel.ts';
import type { AttrSchema, EvalCtx, HostData, HostTensor, KernelSource, OpTesting } from './op-def.ts';
import { shapeArb, type Fc } from './testing.ts';

/**
 * A shape seen as [outer, size, inner] around `axis`. There are outer·inner rows; row r starts at
 * base(r) = ⌊r / inner⌋·size·inner + (r mod inner), and its k-th element is at base(r) + k·inner.
 */
export interface AxisRows {
  readonly axis: number;
  readonly outer: number;
  readonly size: number;
  readonly inner: number;
  /** Number of rows, outer·inner. */
  readonly count: number;
}

export function axisRows(op: string, shape: Shape, axis: number): AxisRows {
  if (shape.length === 0) {
    throw new CompileError('E_SHAPE_RANK', `${op} works along an axis and needs rank ≥ 1, got shape ${formatShape(shape)}`);
  }
  const a = normAxis(op, axis, shape.length);
  const outer = numel(shape.slice(0, a));
  const inner = numel(shape.slice(a + 1));
  return { axis: a, outer, size: shape[a]!, inner, count: outer * inner };
}

export function rowBase(rows: AxisRows, r: number): number {
  return Math.floor(r / rows.inner) * rows.size * rows.inner + (r % rows.inner);
}

/** log Σ_k exp(x_k) over the row at `base`, computed stably as m + log Σ_k exp(x_k − m), m = max_k x_k. */
export function rowLogSumExp(x: HostData, base: number, rows: AxisRows): number {
  let m = -Infinity;
  for (let k = 0; k < rows.size; k++) m = Math.max(m, x[base + k * rows.inner]!);
  let s = 0;
  for (let k = 0; k < rows.size; k++) s += Math.exp(x[base + k * rows.inner]! - m);
  return m + Math.log(s);
}

/** WGSL u32 expression for base(r), r being a u32 expression. */
export function wgslRowBase(rows: AxisRows, r: string): string {
  if (rows.inner === 1) return rows.size === 1 ? r : `${r} * ${rows.size}u`;
  if (rows.outer === 1) return r;
  return `(${r} / ${rows.inner}u) * ${rows.size * rows.inner}u + ${r} % ${rows.inner}u`;
}

/** WGSL u32 expression for the offset of element `k` of the row at `base`. */
export function wgslRowElem(rows: AxisRows, base: string, k: string): string {
  return rows.inner === 1 ? `${base} + ${k}` : `${base} + ${k} * ${rows.inner}u`;
}

/** WGSL `fn <name>(base: u32) -> f32`: the stable log-sum-exp of a row of module-scope array `arr`. */
export function wgslRowLogSumExp(name: string, arr: string, rows: AxisRows): string {
  const at = (k: string): string => `${arr}[${wgslRowElem(rows, 'base', k)}]`;
  return `fn ${name}(base: u32) -> f32 {
  var m = ${arr}[base];
  for (var k = 1u; k < ${rows.size}u; k++) { m = max(m, ${at('k')}); }
  var s = 0.0;
  for (var k = 0u; k < ${rows.size}u; k++) { s += exp(${at('k')} - m); }
  return m + log(s);
}`;
}

/** A shape of rank ≥ 1 and an axis of it, sometimes given negatively (counted from the end). */
export function axisCaseArb(fc: Fc, opts: { maxRank?: number; maxDim?: number } = {}): FC.Arbitrary<{ shape: number[]; axis: number }> {
  return shapeArb(fc, { minRank: 1, ...opts }).chain((shape) =>
    fc
      .tuple(fc.integer({ min: 0, max: shape.length - 1 }), fc.boolean())
      .map(([a, negative]) => ({ shape, axis: negative ? a - shape.length : a })),
  );
}

/** Attributes of the ops that work along one axis. */
export interface AxisAttrs {
  axis: number;
}

export const AXIS_ATTRS: AttrSchema = { axis: { kind: 'int', doc: 'the axis (negative counts from the end)' } };

/** Shape rule of softmax-like ops: an f32 tensor of rank ≥ 1 maps to its own type. */
export function inferRowwise(op: string, x: TensorType, axis: number): TensorType {
  if (x.dtype !== 'f32') throw new CompileError('E_DTYPE', `${op} takes an f32 tensor, got ${formatType(x)}`, { hint: 'insert a cast' });
  axisRows(op, x.shape, axis);
  return { dtype: 'f32', shape: [...x.shape] };
}

/** Reference of softmax-like ops: each element becomes f(x, lse) with lse its row's log-sum-exp. */
export function evaluateRowwise(op: string, x: HostTensor, axis: number, ctx: EvalCtx, f: (v: number, lse: number) => number): HostTensor {
  const rows = axisRows(op, x.type.shape, axis);
  const out = ctx.alloc(x.type);
  for (let r = 0; r < rows.count; r++) {
    const base = rowBase(rows, r);
    const lse = rowLogSumExp(x.data, base, rows);
    for (let k = 0; k < rows.size; k++) out.data[base + k * rows.inner] = f(x.data[base + k * rows.inner]!, lse);
  }
  return out;
}

/** Kernel of softmax-like ops: one invocation per row computes lse, then writes expr(v, lse) per element. */
export function emitRowwise(op: string, x: TensorType, axis: number, expr: (v: string, lse: string) => string): KernelSource {
  const rows = axisRows(op, x.shape, axis);
  const body = `let base = ${wgslRowBase(rows, 'i')};
  let lse = dlc_row_lse(base);
  for (var k = 0u; k < ${rows.size}u; k++) {
    let o = ${wgslRowElem(rows, 'base', 'k')};
    out[o] = ${expr('x[o]', 'lse')};
  }`;
  return invocationKernel([{ name: 'x', type: x }], x, rows.count, body, wgslRowLogSumExp('dlc_row_lse', 'x', rows));
}

/** Test cases of softmax-like ops: any axis of a small f32 tensor; ±80 must not overflow. */
export function rowwiseTesting(): OpTesting<AxisAttrs> {
  return {
    cases: (fc) => axisCaseArb(fc).map(({ shape, axis }) => ({ inputs: [{ dtype: 'f32' as const, shape }], attrs: { axis } })),
    extremes: { min: -80, max: 80 },
    gpuTolerance: 1e-4,
  };
}
