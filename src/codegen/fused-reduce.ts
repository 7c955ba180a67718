/**
 * @file Fused reductions and row softmaxes: the input is read through the elementwise prologue
 * (`dlc_pre`) and each result leaves through the epilogue (`dlc_mid`). Long reductions give each
 * output a workgroup and combine its lanes in a tree in workgroup memory; short ones, and on software
 * targets those with enough outputs (usesTree), loop per output.
 */
import { numel, stridesOf } from '../ir/index.ts';
import { axisRows, wgslRowBase, wgslRowElem } from '../ops/axis-rows.ts';
import type { KernelSource } from '../ops/op-def.ts';
import { reduceAxes, reducePlan } from '../ops/reduce.ts';
import { groupDispatch, LANES } from '../ops/workgroup-reduce.ts';
import type { GroupContext } from './fused-kernels.ts';
import type { KernelTarget } from './target.ts';
import { dispatch1d, f32Literal } from './wgsl.ts';

/** Reductions at least this long get a workgroup per output (a tree over its lanes). */
export const TREE_MIN_COUNT = 256;

/**
 * On a software target (target.ts: a CPU implementation switches between every invocation of a
 * workgroup at each barrier) a long reduction with at least this many outputs loops per output
 * instead, barrier-free: the outputs alone fill the cores. The tree's 7 barriers × 64 lanes per output
 * made the dense autoencoder's 784-column bias gradient (batch 256) cost as much as a large GEMM on
 * SwiftShader (702 → 132 ms). Fewer outputs keep the tree: 64 outputs are a single looping workgroup,
 * one core, while the tree's few workgroups pay few barriers and spread over the cores (its 32-output
 * bias gradient there: 27 ms as a tree, 92 ms looping).
 */
export const SOFTWARE_LOOP_MIN_OUTPUTS = 128;

/** Whether a reduction of `count` elements per output, `nOut` outputs, takes the workgroup tree. */
export function usesTree(count: number, nOut: number, target: KernelTarget | undefined): boolean {
  return count >= TREE_MIN_COUNT && !(target?.software === true && nOut >= SOFTWARE_LOOP_MIN_OUTPUTS);
}

interface Combine {
  readonly init: string;
  readonly step: (a: string, b: string) => string;
  readonly finish: (acc: string, count: number) => string;
}

const COMBINE: Readonly<Record<string, Combine>> = {
  reduce_sum: { init: '0.0', step: (a, b) => `${a} + ${b}`, finish: (a) => a },
  reduce_mean: { init: '0.0', step: (a, b) => `${a} + ${b}`, finish: (a, c) => `${a} / ${f32Literal(c)}` },
  reduce_max: { init: '-3.4028234e38', step: (a, b) => `max(${a}, ${b})`, finish: (a) => a },
  reduce_min: { init: '3.4028234e38', step: (a, b) => `min(${a}, ${b})`, finish: (a) => a },
};

/** How the anchor reads its input at a flat index: through the prologue, or from its binding. */
function loader(ctx: GroupContext): { fn: string; load: (idx: string) => string } {
  const pre = ctx.pre();
  if (pre !== undefined) return { fn: pre, load: (idx) => `dlc_pre(${idx})` };
  const name = ctx.scope.inputName.get(ctx.node(ctx.group.anchor!).inputs[0]!)!;
  return { fn: '', load: (idx) => `${name}[${idx}]` };
}

export function emitReduceGroup(ctx: GroupContext): KernelSource {
  const r = ctx.node(ctx.group.anchor!);
  const x = ctx.type(r.inputs[0]!);
  const axes = reduceAxes(r.op, x.shape, r.attrs.axes as number[]);
  const { kept, reduced, strides } = reducePlan(x.shape, axes);
  const count = numel(reduced.map((a) => x.shape[a]!));
  const offset = (axesOf: number[], v: string): string => {
    const sizes = axesOf.map((a) => x.shape[a]!);
    const st = stridesOf(sizes);
    return axesOf.map((a, k) => `((${v} / ${st[k]}u) % ${x.shape[a]}u) * ${strides[a]}u`).join(' + ') || '0u';
  };
  const c = COMBINE[r.op]!;
  const { fn, load } = loader(ctx);
  const mid = ctx.mid();
  const nOut = numel(r.type.shape);
  const head = `${ctx.preamble()}\n${fn}\n${mid}`;
  if (usesTree(count, nOut, ctx.target)) return treeReduce(head, nOut, count, c, load, offset(kept, 'g'), offset(reduced, 'j'));
  const d = dispatch1d(nOut, 64);
  return {
    code: `${head}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${nOut}u) { return; }
  let base = ${offset(kept, 'i')};
  var acc = ${c.init};
  for (var j = 0u; j < ${count}u; j++) { acc = ${c.step('acc', load(`base + ${offset(reduced, 'j')}`))}; }
  dlc_mid(i, ${c.finish('acc', count)});
}
`,
    workgroups: d.workgroups,
  };
}

function treeReduce(head: string, nOut: number, count: number, c: Combine, load: (i: string) => string, base: string, inner: string): KernelSource {
  const d = groupDispatch(nOut);
  return {
    code: `${head}
var<workgroup> dlc_lanes: array<f32, ${LANES}>;
@compute @workgroup_size(${LANES})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  ${d.index}
  let base = ${base};
  var acc = ${c.init};
  for (var j = lane; j < ${count}u; j += ${LANES}u) { acc = ${c.step('acc', load(`base + ${inner}`))}; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = ${LANES / 2}u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = ${c.step('dlc_lanes[lane]', 'dlc_lanes[lane + s]')}; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, ${c.finish('dlc_lanes[0]', count)}); }
}
`,
    workgroups: d.workgroups,
  };
}

/** Row expression of the softmax family given the element and its row's log-sum-exp (stable form). */
export function rowExpr(op: string, v: string, lse: string): string {
  return op === 'softmax' ? `exp(${v} - ${lse})` : `${v} - ${lse}`;
}

export function emitRowwiseGroup(ctx: GroupContext): KernelSource {
  const r = ctx.node(ctx.group.anchor!);
  const rows = axisRows(r.op, ctx.type(r.inputs[0]!).shape, r.attrs.axis as number);
  const { fn, load } = loader(ctx);
  const mid = ctx.mid();
  const d = dispatch1d(rows.count, 64);
  const at = (k: string): string => load(wgslRowElem(rows, 'base', k));
  return {
    code: `${ctx.preamble()}
${fn}
${mid}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${rows.count}u) { return; }
  let base = ${wgslRowBase(rows, 'i')};
  var m = ${at('0u')};
  for (var k = 1u; k < ${rows.size}u; k++) { m = max(m, ${at('k')}); }
  var s = 0.0;
  for (var k = 0u; k < ${rows.size}u; k++) { s += exp(${at('k')} - m); }
  let lse = m + log(s);
  for (var k = 0u; k < ${rows.size}u; k++) {
    let o = ${wgslRowElem(rows, 'base', 'k')};
    dlc_mid(o, ${rowExpr(r.op, at('k'), 'lse')});
  }
}
`,
    workgroups: d.workgroups,
  };
}

