/**
 * @file compilePlan: lowers a graph and its fusion groups to a dispatch Plan: one kernel per group
 * (the op's own kernel for unfused nodes), identical WGSL emitted once, buffers shared by liveness.
 */
import { CompileError, formatLoc, numel, printNames, valueTypes, type Arg, type Graph, type Node, type TensorType } from '../ir/index.ts';
import type { KernelSource } from '../ops/op-def.ts';
import { getOp } from '../ops/registry.ts';
import { memberNodes, unfusedGroups, type FusedGraph, type FusionGroup } from '../passes/fuse-groups.ts';
import { PLAN_VERSION, type BindingAccess, type BufferRole, type Plan, type PlanDispatch, type PlanKernel, type PlanLoop, type PlanUpdate } from '../runtime/plan-types.ts';
import { emitElementwise } from './elementwise.ts';
import { emitGroupKernel } from './fused-kernels.ts';
import type { KernelTarget } from './target.ts';
import { planMemory, type DispatchUse, type LogicalBuffer, type MemoryReport } from './plan-memory.ts';
import { assignWeightFormats, type WeightEncoding, type WeightFormat } from './weight-format.ts';
import { emitScanLoop, packedReads, resolveLoops, scanRowsOf, type BufferRef, type ScanBuffers } from './scan.ts';
import { inPlaceGroup, inPlaceUpdates, type InPlaceMap } from './plan-in-place.ts';
import { halveActivations } from './plan-half.ts';

export interface PlanOptions {
  /**
   * Output name → param/state argument name: after every run the output's value is copied into
   * the argument's buffer (a training step's new weights and optimizer state).
   */
  readonly updates?: Readonly<Record<string, string>>;
  /** The fuse pass's grouping; without it every node is its own kernel. */
  readonly fusion?: FusedGraph;
  /** Share temporary buffers by liveness (plan-memory); default true. */
  readonly shareMemory?: boolean;
  /** The device compiled for, when known: kernel variants are chosen for it (codegen/target.ts). */
  readonly target?: KernelTarget;
  /** Bind the matmul/conv weights packed (f16 or int8, codegen/weight-format.ts); default: f32. */
  readonly weights?: WeightEncoding;
  /**
   * Write each update into its param/state buffer from the kernel that computes it, where liveness
   * proves it safe (plan-in-place.ts), instead of copying it over at the end; default true.
   */
  readonly inPlace?: boolean;
}

/** What a compiled program looks like, for `dlc explain` and the goldens. */
export interface CompiledPlan {
  readonly plan: Plan;
  readonly fusion: FusedGraph;
  /** Per dispatch: the group it runs (same order as plan.dispatches). */
  readonly dispatchGroups: readonly FusionGroup[];
  readonly memory: MemoryReport;
  /** Params bound packed (PlanOptions.weights), by name: their buffers are u32 words in this layout. */
  readonly packed: ReadonlyMap<string, WeightFormat>;
}

/** Kernels keyed by their code without the header comment, with every dispatch that uses them. */
interface KernelEntry {
  readonly index: number;
  readonly body: string;
  readonly bindings: readonly BindingAccess[];
  readonly users: string[];
  /** Binds the step index of a compiled scan (PlanKernel.step). */
  readonly step?: boolean;
}

/** Every GPU buffer holds 4-byte elements (bool widened to u32). */
const ELEMENT_BYTES = 4;

export function compilePlan(graph: Graph, opts: PlanOptions = {}): Plan {
  return compileProgramPlan(graph, opts).plan;
}

export function compileProgramPlan(graph: Graph, opts: PlanOptions = {}): CompiledPlan {
  const given = opts.fusion ?? unfusedGroups(graph);
  // Updates proven safe are stored straight into their param/state buffer: no copy at the end.
  const inPlace: InPlaceMap = opts.inPlace === false ? new Map() : inPlaceUpdates(graph, given, opts.updates ?? {});
  const fusion: FusedGraph = inPlace.size === 0 ? given : { ...given, groups: given.groups.map((g) => inPlaceGroup(g, inPlace)) };
  const formats = assignWeightFormats(graph, fusion, opts.weights);
  const logical = logicalBuffers(graph, fusion, inPlace, formats);
  const emitted = emitDispatches(graph, fusion, logical.bufferOf, opts.target, opts.fusion !== undefined, formats);
  // f16 activations (plan-half.ts) halve temporaries before planning, so sharing sees their real size.
  const w = opts.weights;
  const half = w?.kind === 'f16' && w.activations ? halveActivations(emitted.kernels, emitted.dispatches, emitted.loops, logical.buffers, w.nativeF16 ?? false) : undefined;
  const uses: DispatchUse[] = emitted.groups.map((g) => ({ reads: g.inputs.map((v) => logical.bufferOf(v)), writes: g.outputs.map((v) => logical.bufferOf(v)) }));
  const naive = [...graph.args, ...graph.nodes].reduce((s, v) => s + numel(v.type.shape) * ELEMENT_BYTES, 0);
  const mem = planMemory(half?.buffers ?? logical.buffers, uses, naive, opts.shareMemory ?? true);
  // Scan bodies' own buffers (refs < 0) follow the planned ones; they are never shared.
  const phys = (ref: BufferRef): number => (ref >= 0 ? mem.physical[ref]! : mem.buffers.length - 1 - ref);
  const dispatches = (half?.dispatches ?? emitted.dispatches).map((d) => ({ ...d, bindings: d.bindings.map(phys) }));
  const loops = resolveLoops(emitted.loops, phys);
  const ioOf = (m: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, phys(v)]));
  const io = { inputs: ioOf(logical.io.inputs), params: ioOf(logical.io.params), states: ioOf(logical.io.states) };
  const outputs: Record<string, number> = {};
  for (const o of graph.outputs) outputs[o.name] = phys(logical.bufferOf(o.value));
  const updates = planUpdates(graph, opts.updates ?? {}, outputs, { ...io.params, ...io.states });
  const buffers = [...mem.buffers, ...emitted.bodyBuffers.list];
  const plan: Plan = { version: PLAN_VERSION, name: graph.name, kernels: half?.kernels ?? emitted.kernels, buffers, dispatches, ...io, outputs, updates, ...(loops.length > 0 ? { loops } : {}) };
  const packed = new Map(graph.args.filter((a) => formats.has(a.id)).map((a) => [a.name, formats.get(a.id)!] as const));
  return { plan, fusion, dispatchGroups: emitted.groups, memory: mem.report, packed };
}

/** Resolves update names to buffers; an update whose value is the argument itself needs no copy. */
function planUpdates(graph: Graph, updates: Readonly<Record<string, string>>, outputs: Record<string, number>, persistent: Record<string, number>): PlanUpdate[] {
  return Object.entries(updates).flatMap(([out, arg]) => {
    const from = outputs[out];
    const to = persistent[arg];
    if (from === undefined) throw new CompileError('E_PLAN_UPDATE', `graph ${graph.name} has no output '${out}' to update %${arg} from`);
    if (to === undefined) throw new CompileError('E_PLAN_UPDATE', `graph ${graph.name} has no param or state %${arg} to update`);
    return from === to ? [] : [{ from, to }];
  });
}

interface IoMaps {
  inputs: Record<string, number>;
  params: Record<string, number>;
  states: Record<string, number>;
}

interface Logical {
  readonly buffers: LogicalBuffer[];
  bufferOf(value: number): number;
  readonly io: IoMaps;
}

/**
 * A logical buffer per argument and per stored value; reshape aliases resolve to their source's,
 * and a value written in place to its argument's.
 */
function logicalBuffers(graph: Graph, fusion: FusedGraph, inPlace: InPlaceMap, formats: ReadonlyMap<number, WeightFormat>): Logical {
  const names = printNames(graph);
  const buffers: LogicalBuffer[] = [];
  const own = new Map<number, number>();
  const io: IoMaps = { inputs: {}, params: {}, states: {} };
  const push = (t: TensorType, role: BufferRole, label: string, name: string | undefined): number => {
    buffers.push({ size: numel(t.shape) * ELEMENT_BYTES, dtype: t.dtype, shape: [...t.shape], role, label, ...(name === undefined ? {} : { name }) });
    return buffers.length - 1;
  };
  for (const a of graph.args) {
    // A packed weight's buffer holds its u32 words (weight-format.ts), not f32 elements.
    const f = formats.get(a.id);
    own.set(a.id, push(f ? { dtype: 'u32', shape: [f.words] } : a.type, a.kind, `%${a.name}`, a.name));
    ioMap(io, a)[a.name] = own.get(a.id)!;
  }
  const outputName = new Map<number, string>();
  for (const o of graph.outputs) if (!outputName.has(o.value)) outputName.set(o.value, o.name);
  const types = valueTypes(graph);
  for (const g of fusion.groups) {
    for (const v of g.outputs) {
      const a = inPlace.get(v);
      if (a !== undefined) own.set(v, own.get(a)!);
      if (own.has(v)) continue;
      const name = outputName.get(v);
      own.set(v, push(types.get(v)!, name === undefined ? 'temp' : 'output', names.get(v) ?? `#${v}`, name));
    }
  }
  const bufferOf = (v: number): number => {
    const b = own.get(fusion.aliases.get(v) ?? v);
    if (b === undefined) throw new Error(`internal error: value ${names.get(v) ?? v} has no buffer (not stored by any kernel)`);
    return b;
  };
  return { buffers, bufferOf, io };
}

function ioMap(io: IoMaps, a: Arg): Record<string, number> {
  return a.kind === 'input' ? io.inputs : a.kind === 'param' ? io.params : io.states;
}

function emitDispatches(graph: Graph, fusion: FusedGraph, bufferOf: (v: number) => number, target: KernelTarget | undefined, fuse: boolean, formats: ReadonlyMap<number, WeightFormat>): { kernels: PlanKernel[]; dispatches: PlanDispatch[]; groups: FusionGroup[]; loops: PlanLoop[]; bodyBuffers: ScanBuffers } {
  const names = printNames(graph);
  const types = valueTypes(graph);
  const defs = new Map(graph.nodes.map((n) => [n.id, n]));
  const position = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const kernels = new Map<string, KernelEntry>();
  const dispatches: PlanDispatch[] = [];
  const groups: FusionGroup[] = [];
  const loops: PlanLoop[] = [];
  const bodyBuffers: ScanBuffers = { list: [] };
  const intern = (code: string, bindings: readonly BindingAccess[], label: string, step: boolean): number => internCode(kernels, code, bindings, label, step).index;
  for (const g of fusion.groups) {
    if (g.outputs.every((v) => numel(types.get(v)!.shape) === 0)) continue; // nothing to compute; buffers stay empty
    const nodes = memberNodes(g, defs, position);
    const label = groupLabel(nodes, names);
    if (g.kind === 'single' && nodes[0]!.op === 'scan') {
      // The body's dispatches stand in for the scan; for liveness each of them uses what the whole loop does.
      const s = emitScanLoop(nodes[0]!, label, { bufferOf, bodyBuffers, intern, fuse, target, maxStorageBuffers: fusion.maxStorageBuffers, reads: packedReads(graph, nodes[0]!.id), rowsOf: scanRowsOf(fusion, bufferOf) });
      dispatches.push(...s.enter);
      loops.push({ first: dispatches.length, ...s.loop });
      dispatches.push(...s.body, ...s.exit);
      for (let i = 0; i < s.enter.length + s.body.length + s.exit.length; i++) groups.push(g);
      continue;
    }
    const src = emitGroup(g, nodes, fusion, types, label, target, formats);
    const k = internKernel(kernels, g, src, label);
    dispatches.push({ kernel: k.index, bindings: [...g.inputs.map(bufferOf), ...g.outputs.map(bufferOf)], workgroups: [...src.workgroups], label });
    groups.push(g);
  }
  return { kernels: [...kernels.values()].map(finishKernel), dispatches, groups, loops, bodyBuffers };
}

/** `add %3 (models/mlp.ts:7:5)`, or for a fused kernel `conv2d %0 + add %1 + relu %2 (models/x.ts:8:5, 8:5, 9:3)`. */
function groupLabel(nodes: readonly Node[], names: ReadonlyMap<number, string>): string {
  const ops = nodes.map((n) => `${n.op} ${names.get(n.id) ?? `#${n.id}`}`).join(' + ');
  const locs = [...new Set(nodes.filter((n) => n.loc).map((n) => oneLine(formatLoc(n.loc!))))];
  return locs.length > 0 ? `${ops} (${locs.join(', ')})` : ops;
}

/** File names end up in WGSL comments, where a newline would end the comment early. */
function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ');
}

function emitGroup(g: FusionGroup, nodes: readonly Node[], fusion: FusedGraph, types: ReadonlyMap<number, TensorType>, label: string, target: KernelTarget | undefined, formats: ReadonlyMap<number, WeightFormat>): KernelSource {
  try {
    if (g.kind === 'single' || g.kind === 'copy') return emitNode(nodes[0]!, types, target);
    return emitGroupKernel(g, fusion, types, target, formats);
  } catch (e) {
    // Name the nodes: an emitter only knows types, not which of a model's many nodes it was asked for.
    const loc = nodes.find((n) => n.loc)?.loc;
    if (e instanceof CompileError) throw new CompileError(e.code, `${label}: ${e.message}`, { loc: loc ?? e.loc, hint: e.hint });
    throw new Error(`internal error: WGSL codegen for ${label} failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/** Elementwise ops go through the generic broadcast kernel; every other op brings its own. */
function emitNode(n: Node, types: ReadonlyMap<number, TensorType>, target: KernelTarget | undefined): KernelSource {
  const def = getOp(n.op);
  const inputs = n.inputs.map((id) => types.get(id)!);
  if (def.wgsl.kind === 'elementwise') return emitElementwise(def.wgsl, n.attrs, inputs, n.type);
  return def.wgsl.emit({ inputs, output: n.type, attrs: n.attrs, ...(target ? { target } : {}) });
}

function internKernel(kernels: Map<string, KernelEntry>, g: FusionGroup, src: KernelSource, label: string): KernelEntry {
  const bindings: BindingAccess[] = [...g.inputs.map((): BindingAccess => 'read'), ...g.outputs.map((): BindingAccess => 'read_write')];
  return internCode(kernels, src.code, bindings, label);
}

function internCode(kernels: Map<string, KernelEntry>, code: string, bindings: readonly BindingAccess[], label: string, step = false): KernelEntry {
  const body = code.trim();
  const found = kernels.get(body);
  if (found) {
    found.users.push(label);
    return found;
  }
  const entry: KernelEntry = { index: kernels.size, body, bindings, users: [label], ...(step ? { step } : {}) };
  kernels.set(body, entry);
  return entry;
}

/**
 * Prepends `// dlc kernel: conv2d %0 + add %1 + relu %2 (models/x.ts:8:5), …`: the ops and source
 * lines it implements (a few users, then a count). Deduplication keys on the body, so the header cannot split it.
 */
function finishKernel(k: KernelEntry): PlanKernel {
  const more = k.users.length > 3 ? ` (+${k.users.length - 3} more)` : '';
  const header = `// dlc kernel: ${k.users.slice(0, 3).join(', ')}${more}`;
  return { code: `${header}\n${k.body}\n`, entry: 'main', bindings: k.bindings, ...(k.step ? { step: true } : {}) };
}
