/**
 * @file The small-problem dense kernel: one workgroup per row of C = A·B stages the row of A in
 * workgroup memory (optionally computing it as a global average pool of an NHWC tensor), its lanes
 * compute the row's outputs through the epilogue, and an optional softmax / log_softmax over the row
 * is finished in the same kernel with a stable log-sum-exp reduced across the lanes.
 */
import type { KernelSource } from '../ops/op-def.ts';
import { groupDispatch, LANES, wgslLaneSum } from '../ops/workgroup-reduce.ts';
import type { GroupContext } from './fused-kernels.ts';
import { rowExpr } from './fused-reduce.ts';
import { f32Literal } from './wgsl.ts';

const LANE_MAX = `var<workgroup> dlc_lanes_max: array<f32, ${LANES}>;
fn dlc_lane_max(v: f32, lane: u32) -> f32 {
  dlc_lanes_max[lane] = v;
  workgroupBarrier();
  for (var s = ${LANES / 2}u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes_max[lane] = max(dlc_lanes_max[lane], dlc_lanes_max[lane + s]); }
    workgroupBarrier();
  }
  let total = dlc_lanes_max[0];
  workgroupBarrier();
  return total;
}`;

export function emitRowMatmul(ctx: GroupContext): KernelSource {
  const mm = ctx.node(ctx.group.anchor!);
  const [a, b] = mm.inputs as [number, number];
  const ta = mm.attrs.transposeA === true;
  const tb = mm.attrs.transposeB === true;
  const [M, N] = mm.type.shape as [number, number];
  const K = ta ? ctx.type(a).shape[0]! : ctx.type(a).shape[1]!;
  const [sbk, sbn] = tb ? [1, K] : [N, 1];
  const post = ctx.group.post;
  const mid = ctx.mid(post === undefined ? undefined : ctx.node(post).inputs[0]!);
  const tail = post === undefined ? '' : ctx.tail();
  const J = Math.ceil(N / LANES);
  const d = groupDispatch(M);
  const load = rowLoad(ctx, a, ta, M, K);
  // B [K, N]: the int8 scale of column c multiplies the finished sum (weight-format.ts, weightReadUnscaled).
  const acc = tb ? 'acc' : ctx.scaleOut(b, 'acc', 'c');
  const compute = post === undefined ? `dlc_mid(row * ${N}u + c, ${acc});` : `vals[j] = dlc_mid(row * ${N}u + c, ${acc});`;
  return {
    code: `${ctx.preamble()}
${mid}
${tail}
${post === undefined ? '' : `${wgslLaneSum(LANES)}\n${LANE_MAX}`}
var<workgroup> arow: array<f32, ${K}>;
@compute @workgroup_size(${LANES})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  ${d.index}
  let row = g;
  for (var k = lane; k < ${K}u; k += ${LANES}u) { arow[k] = ${load}; }
  workgroupBarrier();
  var vals: array<f32, ${J}>;
  for (var j = 0u; j < ${J}u; j++) {
    let c = lane + j * ${LANES}u;
    if (c < ${N}u) {
      var acc = 0.0;
      for (var k = 0u; k < ${K}u; k++) { acc = fma(arow[k], ${tb ? ctx.read(b, `k * ${sbk}u + c * ${sbn}u`, 'k') : ctx.readUnscaled(b, `k * ${sbk}u + c * ${sbn}u`, 'c')}, acc); }
      ${compute}
    }
  }
${post === undefined ? '' : rowSoftmax(ctx.node(post).op, J, N)}
}
`,
    workgroups: d.workgroups,
  };
}

/** A[row, k]: a plain load, or the mean over the spatial axes of the pooled NHWC input. */
function rowLoad(ctx: GroupContext, a: number, ta: boolean, M: number, K: number): string {
  const first = ctx.group.pre[0];
  if (first !== undefined && ctx.node(first).op === 'global_avg_pool2d') {
    const x = ctx.node(first).inputs[0]!;
    const [, H, W, C] = ctx.type(x).shape as [number, number, number, number];
    const name = ctx.scope.inputName.get(x)!;
    ctx.scope.module.set('dlc_gap', `fn dlc_gap(row: u32, k: u32) -> f32 {
  var s = 0.0;
  for (var p = 0u; p < ${H * W}u; p++) { s += ${name}[(row * ${H * W}u + p) * ${C}u + k]; }
  return s / ${f32Literal(H * W)};
}`);
    return 'dlc_gap(row, k)';
  }
  const name = ctx.scope.inputName.get(a)!;
  return ta ? `${name}[k * ${M}u + row]` : `${name}[row * ${K}u + k]`;
}

/** Max, then Σ exp(v − max) across the lanes, then each element through the row op and the tail. */
function rowSoftmax(op: string, J: number, N: number): string {
  return `  var mx = -3.4028234e38;
  for (var j = 0u; j < ${J}u; j++) { if (lane + j * ${LANES}u < ${N}u) { mx = max(mx, vals[j]); } }
  mx = dlc_lane_max(mx, lane);
  var s = 0.0;
  for (var j = 0u; j < ${J}u; j++) { if (lane + j * ${LANES}u < ${N}u) { s += exp(vals[j] - mx); } }
  s = dlc_lane_sum(s, lane);
  let lse = mx + log(s);
  for (var j = 0u; j < ${J}u; j++) {
    let c = lane + j * ${LANES}u;
    if (c < ${N}u) { dlc_tail(row * ${N}u + c, ${rowExpr(op, 'vals[j]', 'lse')}); }
  }`;
}
