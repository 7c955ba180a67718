/** @file Normalisation over groups of elements, shared by batch_norm (training) and layer_norm: shapes, reference, WGSL kernel, and the backward rule in primitives. */
import { CompileError, formatType, numel, type Shape, type TensorType, type Value } from '../ir/index.ts';
import { f32Literal } from '../codegen/wgsl.ts';
import type { Emitter } from './emit.ts';
import { bindingDecls, type Binding } from './kernel.ts';
import type { HostData, KernelSource } from './op-def.ts';
import { groupDispatch, lanesFor, wgslLaneSum } from './workgroup-reduce.ts';

/**
 * `groups` groups of `count` elements, element j of group g at offset g·groupStride + j·elemStride;
 * the affine parameters (gamma, beta, length `params`) are indexed by g (`perGroup`) or by j.
 *   batch_norm: one group per channel c, its elements the N·H·W positions: offset j·C + c.
 *   layer_norm: one group per row, its elements the last axis: offset g·D + j.
 */
export interface NormLayout {
  readonly groups: number;
  readonly count: number;
  readonly groupStride: number;
  readonly elemStride: number;
  readonly perGroup: boolean;
}

/** Groups = channels (the last axis), normalised over every other axis. */
export function channelLayout(shape: Shape): NormLayout {
  const c = shape[shape.length - 1]!;
  return { groups: c, count: numel(shape) / c, groupStride: 1, elemStride: c, perGroup: true };
}

/** Groups = rows, normalised along the last axis. */
export function rowLayout(shape: Shape): NormLayout {
  const d = shape[shape.length - 1]!;
  return { groups: numel(shape) / d, count: d, groupStride: d, elemStride: 1, perGroup: false };
}

/** Throws unless x is f32 of rank ≥ 1 and each parameter is f32 [last axis of x]. */
export function requireNormOperands(op: string, x: TensorType, params: readonly (readonly [TensorType, string])[]): void {
  if (x.dtype !== 'f32' || x.shape.length === 0) {
    throw new CompileError('E_SHAPE_RANK', `${op}: the input must be an f32 tensor of rank ≥ 1, got ${formatType(x)}`);
  }
  const c = x.shape[x.shape.length - 1]!;
  for (const [t, what] of params) {
    if (t.dtype !== 'f32' || t.shape.length !== 1 || t.shape[0] !== c) {
      throw new CompileError('E_SHAPE_MISMATCH', `${op}: ${what} must be f32[${c}] (the last axis of ${formatType(x)}), got ${formatType(t)}`);
    }
  }
}

/**
 * out = gamma·(x − μ)/√(σ² + ε) + beta per group, with μ and the biased σ² (two passes, in float64)
 * over the group's elements.
 */
export function normalizeRef(x: HostData, out: HostData, l: NormLayout, gamma: HostData, beta: HostData, epsilon: number): void {
  for (let g = 0; g < l.groups; g++) {
    const at = (j: number): number => g * l.groupStride + j * l.elemStride;
    let s = 0;
    for (let j = 0; j < l.count; j++) s += x[at(j)]!;
    const mean = s / l.count;
    let q = 0;
    for (let j = 0; j < l.count; j++) q += (x[at(j)]! - mean) ** 2;
    const inv = 1 / Math.sqrt(q / l.count + epsilon);
    for (let j = 0; j < l.count; j++) {
      const p = l.perGroup ? g : j;
      out[at(j)] = (x[at(j)]! - mean) * inv * gamma[p]! + beta[p]!;
    }
  }
}

/**
 * One workgroup per group: its lanes stride over its elements for the sum, then the squared
 * deviations (two passes, as the reference), then write the output. `unused` bindings are declared
 * and named (batch_norm's mean and variance in training) so every operand stays in the interface.
 */
export function emitNormalize(inputs: readonly Binding[], output: TensorType, l: NormLayout, epsilon: number, unused: readonly string[] = []): KernelSource {
  const d = groupDispatch(l.groups);
  const lanes = lanesFor(l.count);
  const at = `g * ${l.groupStride}u + j * ${l.elemStride}u`;
  const p = l.perGroup ? 'g' : 'j';
  const loop = (stmt: string): string => `for (var j = lane; j < ${l.count}u; j += ${lanes}u) { let at = ${at}; ${stmt} }`;
  return {
    code: `${bindingDecls(inputs, output)}
${wgslLaneSum(lanes)}
@compute @workgroup_size(${lanes})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  ${unused.map((u) => `_ = &${u};`).join(' ')}
  ${d.index}
  var s = 0.0;
  ${loop('s += x[at];')}
  let mean = dlc_lane_sum(s, lane) / ${f32Literal(l.count)};
  var q = 0.0;
  ${loop('let dev = x[at] - mean; q += dev * dev;')}
  let inv = inverseSqrt(dlc_lane_sum(q, lane) / ${f32Literal(l.count)} + ${f32Literal(epsilon)});
  ${loop(`out[at] = (x[at] - mean) * inv * gamma[${p}] + beta[${p}];`)}
}
`,
    workgroups: d.workgroups,
  };
}

/**
 * Backward of y = gamma·x̂ + beta, x̂ = (x − μ)·r, r = (σ² + ε)^(−½), statistics over `axes` (kept as
 * size-1 axes so they broadcast back). With ĝ = g·gamma and means over the same axes:
 *   dx = r·(ĝ − mean(ĝ) − x̂·mean(ĝ·x̂)),  dgamma = Σ g·x̂,  dbeta = Σ g
 * (dgamma and dbeta are returned unsummed; autodiff sums them to gamma's shape).
 * `stats`: μ and σ² already in the graph (batch norm's own batch statistics, per channel, the last
 * axis), used instead of recomputing them: two reductions and a full-size pass fewer per layer.
 */
export function normalizeVjp(e: Emitter, x: Value, gamma: Value, g: Value, axes: readonly number[], epsilon: number, stats?: { readonly mean: Value; readonly variance: Value }): { dx: Value; dgamma: Value; dbeta: Value } {
  const mean = (v: Value): Value => e.op('reduce_mean', [v], { axes: [...axes], keepDims: true });
  const xc = e.sub(x, stats ? stats.mean : mean(x));
  const r = e.op('rsqrt', [e.add(stats ? stats.variance : mean(e.mul(xc, xc)), e.scalar(epsilon))]);
  const xhat = e.mul(xc, r);
  const gh = e.mul(g, gamma);
  const dx = e.mul(r, e.sub(e.sub(gh, mean(gh)), e.mul(xhat, mean(e.mul(gh, xhat)))));
  return { dx, dgamma: e.mul(g, xhat), dbeta: g };
}
