/**
 * @file One WGSL kernel per fusion group: the anchor's loop (tiled matmul, direct conv with an
 * optional pooling window, reduction, row softmax, or a flat elementwise loop) with the stage
 * functions of fused-chain.ts spliced in where it loads its input and stores its result.
 *
 * Bindings follow the group: external inputs `in<k>` at bindings 0…, then stored values `out<k>`.
 */
import { numel, type Node, type TensorType } from '../ir/index.ts';
import { emitMatmulFused, type MatmulAttrs } from '../ops/matmul.ts';
import { wgslStorageType, type KernelHook, type KernelSource } from '../ops/op-def.ts';
import { getOp } from '../ops/registry.ts';
import type { FusedGraph, FusionGroup } from '../passes/fuse-groups.ts';
import { emitConvGradGroup, emitConvGroup } from './fused-conv.ts';
import { emitReduceGroup, emitRowwiseGroup } from './fused-reduce.ts';
import { emitRowMatmul } from './fused-row.ts';
import { stageFunction, type KernelScope } from './fused-chain.ts';
import { dispatch1d } from './wgsl.ts';
import type { KernelTarget } from './target.ts';
import { pruneWeightHelpers, weightDecl, weightEnables, weightHelper, weightRead, weightRead4Unscaled, weightReadUnscaled, weightScaleOut, type WeightFormat } from './weight-format.ts';

/** Everything an anchor emitter needs: the group, its scope, and the finished module preamble. */
export interface GroupContext {
  readonly group: FusionGroup;
  readonly scope: KernelScope;
  /** The device compiled for, when known (GEMM variants choose by it). */
  readonly target: KernelTarget | undefined;
  node(id: number): Node;
  type(id: number): TensorType;
  /** Binding declarations plus collected module-scope code; call after emitting every stage. */
  preamble(): string;
  /** The stage function `dlc_mid` (seeded by the anchor, storing, returning `ret`). */
  mid(ret?: number): string;
  /** `dlc_tail`, seeded by the post op. */
  tail(): string;
  /** `dlc_pre`, returning the anchor's input; undefined when there is no elementwise prologue. */
  pre(): string | undefined;
  /** WGSL reading element `index` of external input `v` as f32: `in<k>[index]`, or the packed weight's unpacking (weight-format.ts); `channel` = index % last axis when known. */
  read(v: number, index: string, channel?: string): string;
  /** Whether external input `v` is a packed weight (only kernels that read through `read` may bind it). */
  isPacked(v: number): boolean;
  /** As `read`, but an int8 weight's scale left out: every output must then go through `scaleOut` (weight-format.ts, weightReadUnscaled). */
  readUnscaled(v: number, index: string, channel?: string): string;
  /** The sum `value` of output channel `channel` times weight `v`'s int8 scale; `value` itself for other storages. */
  scaleOut(v: number, value: string, channel: string): string;
  /** Elements index … index+3 (a multiple of 4) of packed weight `v` as a vec4, int8 unscaled. */
  read4Unscaled(v: number, index: string): string;
}

export function emitGroupKernel(group: FusionGroup, fused: FusedGraph, types: ReadonlyMap<number, TensorType>, target?: KernelTarget, formats?: ReadonlyMap<number, WeightFormat>): KernelSource {
  const src = emitGroup(group, fused, types, target, formats ?? new Map());
  return group.inputs.some((v) => formats?.has(v)) ? { ...src, code: pruneWeightHelpers(src.code) } : src;
}

function emitGroup(group: FusionGroup, fused: FusedGraph, types: ReadonlyMap<number, TensorType>, target: KernelTarget | undefined, formats: ReadonlyMap<number, WeightFormat>): KernelSource {
  const ctx = groupContext(group, fused, types, target, formats);
  switch (group.kind) {
    case 'elementwise':
      return emitElementwiseGroup(ctx);
    case 'matmul':
      return group.pre.length > 0 || group.post !== undefined ? emitRowMatmul(ctx) : emitTiledMatmul(ctx);
    case 'conv2d':
      return emitConvGroup(ctx);
    case 'gemm':
      return emitConvGradGroup(ctx);
    case 'reduce':
      return emitReduceGroup(ctx);
    case 'rowwise':
      return emitRowwiseGroup(ctx);
    case 'kernel':
      return emitOwnKernelGroup(ctx);
    case 'single':
    case 'copy':
      throw new Error(`internal error: ${group.kind} groups use the op's own kernel`);
  }
}

function groupContext(group: FusionGroup, fused: FusedGraph, types: ReadonlyMap<number, TensorType>, target: KernelTarget | undefined, formats: ReadonlyMap<number, WeightFormat>): GroupContext {
  const defs = new Map(fused.graph.nodes.map((n) => [n.id, n]));
  const outputName = new Map(group.outputs.map((v, k) => [v, `out${k}`]));
  const inputName = new Map(group.inputs.map((v, k) => [v, `in${k}`]));
  // An op's own kernel (kind `kernel`) reads its operands under the names it declares.
  const own = group.kind === 'kernel' ? getOp(defs.get(group.anchor!)!.op).wgsl : undefined;
  if (own?.kind === 'kernel') defs.get(group.anchor!)!.inputs.forEach((v, k) => inputName.set(v, own.epilogue!.inputs[k]!));
  // An argument updated in place is read where its new value is stored (plan-in-place.ts).
  for (const [a, v] of group.inPlace ?? []) inputName.set(a, outputName.get(v)!);
  const scope: KernelScope = {
    defs,
    types,
    inputName,
    outputName,
    inlined: fused.inlined,
    ...(fused.views ? { views: fused.views } : {}),
    ...(fused.placed ? { placed: fused.placed } : {}),
    module: new Map(),
  };
  const node = (id: number): Node => defs.get(id)!;
  const nodes = (ids: readonly number[]): Node[] => ids.map(node);
  return {
    group,
    scope,
    target,
    node,
    type: (id) => types.get(id)!,
    preamble: () => [...packedPreamble(group, scope, formats), bindingDecls(group, types, inputName, formats), ...scope.module.values()].join('\n'),
    mid: (ret) =>
      stageFunction(scope, { name: 'dlc_mid', nodes: nodes(group.mid), space: node(group.anchor ?? group.mid[0]!).type.shape, ...(group.anchor === undefined ? {} : { seed: group.anchor }), ...(ret === undefined ? {} : { ret }) }),
    tail: () => stageFunction(scope, { name: 'dlc_tail', nodes: nodes(group.tail), space: node(group.post!).type.shape, seed: group.post! }),
    pre: () => {
      if (group.pre.length === 0 || node(group.pre[0]!).op === 'global_avg_pool2d') return undefined;
      const input = node(group.anchor!).inputs[0]!;
      return stageFunction(scope, { name: 'dlc_pre', nodes: nodes(group.pre), space: types.get(input)!.shape, ret: input });
    },
    read: (v, index, channel) => weightRead(scope.inputName.get(v)!, formats.get(v), index, channel),
    isPacked: (v) => formats.has(v),
    readUnscaled: (v, index, channel) => weightReadUnscaled(scope.inputName.get(v)!, formats.get(v), index, channel),
    scaleOut: (v, value, channel) => weightScaleOut(scope.inputName.get(v)!, formats.get(v), value, channel),
    read4Unscaled: (v, index) => weightRead4Unscaled(scope.inputName.get(v)!, index),
  };
}

/** Packed weights read by this group: `enable f16;` (first in the module) and their unpacking helpers go into module scope. */
function packedPreamble(group: FusionGroup, scope: KernelScope, formats: ReadonlyMap<number, WeightFormat>): string[] {
  const mine = group.inputs.flatMap((v) => (formats.has(v) ? [[v, formats.get(v)!] as const] : []));
  if (mine.length === 0) return [];
  for (const [v, f] of mine) scope.module.set(`dlc_w_${v}`, weightHelper(scope.inputName.get(v)!, f));
  const enable = weightEnables(mine.map(([, f]) => f));
  return enable ? [enable] : [];
}

function bindingDecls(group: FusionGroup, types: ReadonlyMap<number, TensorType>, inputName: ReadonlyMap<number, string>, formats: ReadonlyMap<number, WeightFormat>): string {
  const decl = (k: number, name: string, access: string, v: number): string =>
    `@group(0) @binding(${k}) var<storage, ${access}> ${name}: array<${wgslStorageType(types.get(v)!.dtype)}>;`;
  const ins = group.inputs.map((v, k) => (formats.has(v) ? weightDecl(k, inputName.get(v)!, formats.get(v)!) : decl(k, inputName.get(v)!, 'read', v)));
  const outs = group.outputs.map((v, k) => decl(group.inputs.length + k, `out${k}`, 'read_write', v));
  return [...ins, ...outs].join('\n');
}

function emitElementwiseGroup(ctx: GroupContext): KernelSource {
  const space = ctx.node(ctx.group.mid[0]!).type.shape;
  const n = numel(space);
  const d = dispatch1d(n, 64);
  const fn = ctx.mid();
  return {
    code: `${ctx.preamble()}
${fn}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${n}u) { return; }
  dlc_mid(i);
}
`,
    workgroups: d.workgroups,
  };
}

/** The op's own kernel on the group's bindings, every store routed through the epilogue. */
function emitOwnKernelGroup(ctx: GroupContext): KernelSource {
  const n = ctx.node(ctx.group.anchor!);
  const def = getOp(n.op);
  if (def.wgsl.kind !== 'kernel') throw new Error(`internal error: ${n.op} has no kernel of its own`);
  const fn = ctx.mid();
  const hook: KernelHook = { decls: `${ctx.preamble()}\n${fn}`, store: (f, v) => `dlc_mid(${f}, ${v});` };
  const attrs = n.attrs as Parameters<typeof def.wgsl.emit>[0]['attrs'];
  return def.wgsl.emit({ inputs: n.inputs.map((v) => ctx.type(v)), output: n.type, attrs, hook, ...(ctx.target ? { target: ctx.target } : {}) });
}

/** The op's tiled matmul with every store routed through the epilogue. */
function emitTiledMatmul(ctx: GroupContext): KernelSource {
  const mm = ctx.node(ctx.group.anchor!);
  const [a, b] = mm.inputs;
  const fn = ctx.mid();
  const names = ctx.scope.inputName;
  // B [K, N] (not transposed): its int8 channel is the output column, so the scale applies once per output.
  const perOutput = mm.attrs.transposeB !== true;
  const N = mm.type.shape[mm.type.shape.length - 1]!;
  const hook = {
    decls: `${ctx.preamble()}\n${fn}`,
    a: names.get(a!)!,
    b: names.get(b!)!,
    readB: (i: string, ch: string) => (perOutput ? ctx.readUnscaled(b!, i, ch) : ctx.read(b!, i, ch)),
    store: (f: string, v: string) => `dlc_mid(${f}, ${perOutput ? ctx.scaleOut(b!, v, `(${f}) % ${N}u`) : v});`,
  };
  return emitMatmulFused(ctx.type(a!), ctx.type(b!), mm.attrs as MatmulAttrs, hook, ctx.target);
}
