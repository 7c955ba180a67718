/**
 * @file WGSL for one stage of a fused kernel: a function that, given a flat index into the stage's
 * index space (and the anchor's value there), evaluates the stage's elementwise ops inline, stores
 * the values the group writes, and returns the value the next stage reads.
 */
import { numel, type Node, type Shape, type TensorType } from '../ir/index.ts';
import { getOp } from '../ops/registry.ts';
import { viewIndex, type SliceView } from '../passes/fuse-views.ts';
import { wgslStorageType } from '../ops/op-def.ts';
import { coordinateLets, indexSpace, operandIndex } from './elementwise.ts';
import { wgslLiteral } from './wgsl.ts';

/** What every stage of one kernel shares: binding names, types, nodes, baked constants, helpers. */
export interface KernelScope {
  readonly defs: ReadonlyMap<number, Node>;
  readonly types: ReadonlyMap<number, TensorType>;
  /** External value → its `var<storage, read>` name. */
  readonly inputName: ReadonlyMap<number, string>;
  /** Stored member → its `var<storage, read_write>` name. */
  readonly outputName: ReadonlyMap<number, string>;
  readonly inlined: ReadonlySet<number>;
  /** Slice views (fuse-views.ts): read from their source's binding at the sliced element. */
  readonly views?: ReadonlyMap<number, SliceView>;
  /** Placed stores (fuse-placed.ts): a member stored into its block of a concat, through the concat's binding. */
  readonly placed?: ReadonlyMap<number, readonly SliceView[]>;
  /** Module-scope declarations collected while emitting (helpers by op, constant tables), deduplicated. */
  readonly module: Map<string, string>;
}

export interface StageSpec {
  readonly name: string;
  readonly nodes: readonly Node[];
  readonly space: Shape;
  /** The anchor (or pool/row op) whose value at `i` the stage receives as `acc: f32`. */
  readonly seed?: number;
  /** The value the function returns (f32); none: it only stores. */
  readonly ret?: number;
}

/** `fn <name>(i: u32[, acc: f32])[ -> f32] { … }`. */
export function stageFunction(scope: KernelScope, spec: StageSpec): string {
  const local = new Map<number, string>();
  if (spec.seed !== undefined) local.set(spec.seed, 'acc');
  const members = new Set(spec.nodes.map((n) => n.id));
  const external = externalOperands(scope, spec, members);
  const space = indexSpace(external.map((v) => scope.types.get(v)!.shape), spec.space);
  const used = new Set<number>();
  const indices = external.map((_, k) => operandIndex(space, k, used));
  const body: string[] = [...coordinateLets(space.sizes, used)];
  // Locals are named by position, not value id, so the same chain at another place in the graph
  // gives byte-identical WGSL and shares one pipeline.
  external.forEach((v, k) => {
    const name = `x${k}`;
    local.set(v, name);
    body.push(`  let ${name} = ${loadExternal(scope, v, indices[k]!)};`);
  });
  spec.nodes.forEach((n, k) => {
    body.push(`  let v${k} = ${nodeExpr(scope, n, local)};`);
    local.set(n.id, `v${k}`);
  });
  for (const [v, out] of scope.outputName) if (local.has(v) && (members.has(v) || v === spec.seed)) body.push(`  ${out}[i] = ${stored(scope, v, local.get(v)!)};`);
  for (const n of spec.nodes) {
    for (const p of scope.placed?.get(n.id) ?? []) {
      const out = scope.outputName.get(p.source);
      if (out) body.push(`  ${out}[${viewIndex(p, 'i')}] = ${local.get(n.id)!};`);
    }
  }
  if (spec.ret !== undefined) body.push(`  return ${local.get(spec.ret)!};`);
  const args = spec.seed === undefined ? 'i: u32' : 'i: u32, acc: f32';
  const ret = spec.ret === undefined ? '' : ' -> f32';
  return `fn ${spec.name}(${args})${ret} {\n${body.join('\n')}\n}`;
}

/** Operands of the stage's nodes that are neither members nor the seed, in first-use order. */
function externalOperands(scope: KernelScope, spec: StageSpec, members: ReadonlySet<number>): number[] {
  const out: number[] = [];
  for (const n of spec.nodes) {
    for (const v of n.inputs) {
      if (members.has(v) || v === spec.seed || out.includes(v) || isSplat(scope, v)) continue;
      out.push(v);
    }
  }
  return out;
}

function isSplat(scope: KernelScope, v: number): boolean {
  const c = scope.defs.get(v);
  return scope.inlined.has(v) && c !== undefined && typeof c.attrs.value === 'number';
}

/** A read of an external operand: a storage binding, or a baked constant table. */
function loadExternal(scope: KernelScope, v: number, index: string): string {
  const t = scope.types.get(v)!;
  if (scope.inlined.has(v)) {
    const c = scope.defs.get(v)!;
    const values = c.attrs.value as readonly number[];
    const ty = t.dtype === 'bool' ? 'bool' : wgslStorageType(t.dtype);
    scope.module.set(`const C${v}`, `const C${v} = array<${ty}, ${numel(t.shape)}>(${values.map((x) => wgslLiteral(x, t.dtype)).join(', ')});`);
    return `C${v}[${index}]`;
  }
  const view = scope.views?.get(v);
  const name = scope.inputName.get(view?.source ?? v);
  if (name === undefined) throw new Error(`internal error: fused kernel has no binding for %${v}`);
  const at = view ? viewIndex(view, index) : index;
  return t.dtype === 'bool' ? `(${name}[${at}] != 0u)` : `${name}[${at}]`;
}

function nodeExpr(scope: KernelScope, n: Node, local: ReadonlyMap<number, string>): string {
  const def = getOp(n.op);
  if (def.wgsl.kind !== 'elementwise') throw new Error(`internal error: ${n.op} is not elementwise`);
  if (def.wgsl.helpers) scope.module.set(`helpers ${n.op}`, def.wgsl.helpers.trim());
  const operands = n.inputs.map((v) => local.get(v) ?? splatLiteral(scope, v));
  const inputs = n.inputs.map((v) => scope.types.get(v)!);
  return def.wgsl.expr(operands, n.attrs, { inputs, output: n.type });
}

function splatLiteral(scope: KernelScope, v: number): string {
  const c = scope.defs.get(v)!;
  return wgslLiteral(c.attrs.value as number, c.type.dtype);
}

function stored(scope: KernelScope, v: number, expr: string): string {
  return scope.types.get(v)!.dtype === 'bool' ? `select(0u, 1u, ${expr})` : expr;
}
