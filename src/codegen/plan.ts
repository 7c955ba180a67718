/** @file compilePlan: lowers a graph to an unfused dispatch Plan, one kernel per node, identical WGSL shared. */
import { CompileError, formatLoc, numel, printNames, valueTypes, type Arg, type Graph, type Node, type TensorType } from '../ir/index.ts';
import type { KernelSource } from '../ops/op-def.ts';
import { getOp } from '../ops/registry.ts';
import {
  PLAN_VERSION,
  type BindingAccess,
  type BufferRole,
  type Plan,
  type PlanBuffer,
  type PlanDispatch,
  type PlanKernel,
  type PlanUpdate,
} from '../runtime/plan-types.ts';
import { emitElementwise } from './elementwise.ts';

export interface PlanOptions {
  /**
   * Output name → param/state argument name: after every run the output's value is copied into
   * the argument's buffer (a training step's new weights and optimizer state).
   */
  readonly updates?: Readonly<Record<string, string>>;
}

/** Kernels keyed by their code without the header comment, with every node that uses them. */
interface KernelEntry {
  readonly index: number;
  readonly body: string;
  readonly bindings: readonly BindingAccess[];
  readonly users: string[];
}

/** Every GPU buffer holds 4-byte elements (bool widened to u32). */
const ELEMENT_BYTES = 4;

/**
 * One buffer per value (a memory planner will later alias temps), one dispatch per node whose
 * result is non-empty, and one kernel per distinct WGSL body so a model's 40 relus compile once.
 */
export function compilePlan(graph: Graph, opts: PlanOptions = {}): Plan {
  const { buffers, bufferOf, io } = allocateBuffers(graph);
  const { kernels, dispatches } = emitDispatches(graph, bufferOf);
  const outputs: Record<string, number> = {};
  for (const o of graph.outputs) outputs[o.name] = bufferOf.get(o.value)!;
  const updates = planUpdates(graph, opts.updates ?? {}, outputs, { ...io.params, ...io.states });
  return { version: PLAN_VERSION, name: graph.name, kernels, buffers, dispatches, ...io, outputs, updates };
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

/** A buffer per argument and per node; a node returned under several names is named by the first. */
function allocateBuffers(graph: Graph): { buffers: PlanBuffer[]; bufferOf: Map<number, number>; io: IoMaps } {
  const buffers: PlanBuffer[] = [];
  const bufferOf = new Map<number, number>();
  const io: IoMaps = { inputs: {}, params: {}, states: {} };
  for (const a of graph.args) {
    bufferOf.set(a.id, pushBuffer(buffers, a.type, a.kind, a.name));
    ioMap(io, a)[a.name] = bufferOf.get(a.id)!;
  }
  const outputName = new Map<number, string>();
  for (const o of graph.outputs) if (!outputName.has(o.value)) outputName.set(o.value, o.name);
  for (const n of graph.nodes) {
    const name = outputName.get(n.id);
    bufferOf.set(n.id, pushBuffer(buffers, n.type, name === undefined ? 'temp' : 'output', name));
  }
  return { buffers, bufferOf, io };
}

function emitDispatches(graph: Graph, bufferOf: ReadonlyMap<number, number>): { kernels: PlanKernel[]; dispatches: PlanDispatch[] } {
  const names = printNames(graph);
  const types = valueTypes(graph);
  const kernels = new Map<string, KernelEntry>();
  const dispatches: PlanDispatch[] = [];
  for (const n of graph.nodes) {
    if (numel(n.type.shape) === 0) continue; // nothing to compute; the buffer stays empty
    const label = nodeLabel(n, names.get(n.id) ?? `#${n.id}`);
    const src = emitNode(n, types, label);
    const k = internKernel(kernels, n, src, label);
    const bindings = [...n.inputs.map((id) => bufferOf.get(id)!), bufferOf.get(n.id)!];
    dispatches.push({ kernel: k.index, bindings, workgroups: [...src.workgroups], label });
  }
  return { kernels: [...kernels.values()].map(finishKernel), dispatches };
}

function pushBuffer(buffers: PlanBuffer[], t: TensorType, role: BufferRole, name: string | undefined): number {
  const b: PlanBuffer = { size: numel(t.shape) * ELEMENT_BYTES, dtype: t.dtype, shape: [...t.shape], role, ...(name === undefined ? {} : { name }) };
  buffers.push(b);
  return buffers.length - 1;
}

function ioMap(io: IoMaps, a: Arg): Record<string, number> {
  return a.kind === 'input' ? io.inputs : a.kind === 'param' ? io.params : io.states;
}

/** `add %3 (models/mlp.ts:7:5)`: what a GPU debugger shows and what runtime errors quote. */
function nodeLabel(n: Node, name: string): string {
  return n.loc ? `${n.op} ${name} (${oneLine(formatLoc(n.loc))})` : `${n.op} ${name}`;
}

/** File names end up in WGSL comments, where a newline would end the comment early. */
function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ');
}

/** Elementwise ops go through the generic broadcast kernel; every other op brings its own. */
function emitNode(n: Node, types: ReadonlyMap<number, TensorType>, label: string): KernelSource {
  const def = getOp(n.op);
  const inputs = n.inputs.map((id) => types.get(id)!);
  try {
    if (def.wgsl.kind === 'elementwise') return emitElementwise(def.wgsl, n.attrs, inputs, n.type);
    return def.wgsl.emit({ inputs, output: n.type, attrs: n.attrs });
  } catch (e) {
    // Name the node: an emitter only knows types, not which of a model's many nodes it was asked for.
    if (e instanceof CompileError) throw new CompileError(e.code, `${label}: ${e.message}`, { loc: n.loc ?? e.loc, hint: e.hint });
    throw new Error(`internal error: WGSL codegen for ${label} failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

function internKernel(kernels: Map<string, KernelEntry>, n: Node, src: KernelSource, label: string): KernelEntry {
  const body = src.code.trim();
  const found = kernels.get(body);
  if (found) {
    found.users.push(label);
    return found;
  }
  const bindings: BindingAccess[] = [...n.inputs.map((): BindingAccess => 'read'), 'read_write'];
  const entry: KernelEntry = { index: kernels.size, body, bindings, users: [label] };
  kernels.set(body, entry);
  return entry;
}

/**
 * Prepends `// dlc kernel: relu %2 (models/x.ts:3:4), …`: the op and the nodes it serves (a few,
 * then a count, to keep it one line). Deduplication keys on the body, so the header cannot split it.
 */
function finishKernel(k: KernelEntry): PlanKernel {
  const more = k.users.length > 3 ? ` (+${k.users.length - 3} more)` : '';
  const header = `// dlc kernel: ${k.users.slice(0, 3).join(', ')}${more}`;
  return { code: `${header}\n${k.body}\n`, entry: 'main', bindings: k.bindings };
}
