/** @file Shared machinery of the axis reductions (sum, mean, max, min): shape rule, reference, WGSL. */
import type * as FC from 'fast-check';
import { CompileError, numel, stridesOf, type Shape, type TensorType } from '../ir/index.ts';
import { dispatch1d } from '../codegen/wgsl.ts';
import { normAxis } from './attrs.ts';
import type { AttrSchema, EvalCtx, HostTensor, KernelSource, OpCase, OpTesting } from './op-def.ts';
import { axesArb, shapeArb, type Fc } from './testing.ts';

export interface ReduceAttrs {
  axes: readonly number[];
  keepDims: boolean;
}

export const REDUCE_ATTRS: AttrSchema = {
  axes: { kind: 'ints', doc: 'axes to reduce (negative counts from the end); [] reduces nothing' },
  keepDims: { kind: 'bool', doc: 'keep reduced axes as size 1' },
};

/** Sorted, normalised, unique axes; throws on out-of-range or repeated axes. */
export function reduceAxes(op: string, shape: Shape, axes: readonly number[]): number[] {
  // normAxis lets axis 0 through on a scalar (for ops that treat it as a row); a reduction must not.
  if (shape.length === 0 && axes.length > 0) throw new CompileError('E_SHAPE_AXIS', `${op}: a scalar has no axis ${axes[0]} to reduce`);
  const norm = axes.map((a) => normAxis(op, a, shape.length));
  if (new Set(norm).size !== norm.length) throw new CompileError('E_SHAPE_AXIS', `${op}: axes ${JSON.stringify(axes)} repeat an axis`);
  return norm.sort((a, b) => a - b);
}

export function reduceShape(shape: Shape, axes: readonly number[], keepDims: boolean): number[] {
  const out: number[] = [];
  shape.forEach((d, i) => {
    if (!axes.includes(i)) out.push(d);
    else if (keepDims) out.push(1);
  });
  return out;
}

export function inferReduce(op: string, x: TensorType, { axes, keepDims }: ReduceAttrs): TensorType {
  const ax = reduceAxes(op, x.shape, axes);
  return { dtype: x.dtype, shape: reduceShape(x.shape, ax, keepDims) };
}

/**
 * For each output element, the input offsets it reduces: `base(o)` plus each of `inner` offsets.
 * Splitting kept and reduced axes this way serves both the interpreter and the WGSL emitter.
 */
export function reducePlan(shape: Shape, axes: readonly number[]): { kept: number[]; reduced: number[]; strides: number[] } {
  const strides = stridesOf(shape);
  const kept = shape.map((_, i) => i).filter((i) => !axes.includes(i));
  return { kept, reduced: [...axes], strides };
}

export interface Reducer {
  init: number;
  step: (acc: number, x: number) => number;
  finish: (acc: number, count: number) => number;
  /** WGSL: initial accumulator, combine(acc, x), and finish(acc) with COUNT baked in. */
  wgslInit: string;
  wgslStep: (acc: string, x: string) => string;
  wgslFinish: (acc: string, count: number) => string;
}

export function evaluateReduce(x: HostTensor, attrs: ReduceAttrs, ctx: EvalCtx, op: string, r: Reducer): HostTensor {
  const axes = reduceAxes(op, x.type.shape, attrs.axes);
  const out = ctx.alloc({ dtype: x.type.dtype, shape: reduceShape(x.type.shape, axes, attrs.keepDims) });
  const { kept, reduced, strides } = reducePlan(x.type.shape, axes);
  const inner = offsets(x.type.shape, reduced, strides);
  const outer = offsets(x.type.shape, kept, strides);
  outer.forEach((base, o) => {
    let acc = r.init;
    for (const off of inner) acc = r.step(acc, x.data[base + off]!);
    out.data[o] = r.finish(acc, inner.length);
  });
  return out;
}

/** Every offset reachable by iterating `axes` (row-major), the others at 0. */
function offsets(shape: Shape, axes: readonly number[], strides: readonly number[]): number[] {
  let offs = [0];
  for (const a of axes) {
    const next: number[] = [];
    for (const o of offs) for (let k = 0; k < shape[a]!; k++) next.push(o + k * strides[a]!);
    offs = next;
  }
  return offs;
}

/**
 * Unfused reduction kernel: one invocation per output element, looping over the reduced elements
 * with index math baked in. (Tree reductions in workgroup memory belong to the fusing codegen.)
 */
export function emitReduce(x: TensorType, out: TensorType, attrs: ReduceAttrs, op: string, r: Reducer): KernelSource {
  const axes = reduceAxes(op, x.shape, attrs.axes);
  const { kept, reduced, strides } = reducePlan(x.shape, axes);
  const n = numel(out.shape);
  const count = numel(reduced.map((a) => x.shape[a]!));
  const t = x.dtype === 'bool' ? 'u32' : x.dtype;
  const d = dispatch1d(n, 64);
  // Decompose the output index over the kept axes (row-major) into the input base offset.
  const keptSizes = kept.map((a) => x.shape[a]!);
  const keptStrides = stridesOf(keptSizes);
  const base = kept.map((a, k) => `((i / ${keptStrides[k]}u) % ${x.shape[a]}u) * ${strides[a]}u`).join(' + ') || '0u';
  const redSizes = reduced.map((a) => x.shape[a]!);
  const redStrides = stridesOf(redSizes);
  const inner = reduced.map((a, k) => `((j / ${redStrides[k]}u) % ${x.shape[a]}u) * ${strides[a]}u`).join(' + ') || '0u';
  return {
    code: `@group(0) @binding(0) var<storage, read> x: array<${t}>;
@group(0) @binding(1) var<storage, read_write> out: array<${t}>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${n}u) { return; }
  let base = ${base};
  var acc: ${t} = ${r.wgslInit};
  for (var j = 0u; j < ${count}u; j++) {
    let v = x[base + ${inner}];
    acc = ${r.wgslStep('acc', 'v')};
  }
  out[i] = ${r.wgslFinish('acc', count)};
}
`,
    workgroups: d.workgroups,
  };
}

export function reduceTesting(): OpTesting<ReduceAttrs> {
  return {
    cases: (fc: Fc): FC.Arbitrary<OpCase<ReduceAttrs>> =>
      shapeArb(fc, { minRank: 1 }).chain((shape) =>
        fc.tuple(axesArb(fc, shape), fc.boolean()).map(([axes, keepDims]) => ({
          inputs: [{ dtype: 'f32' as const, shape }],
          attrs: { axes, keepDims },
        })),
      ),
    gpuTolerance: 1e-4,
  };
}
