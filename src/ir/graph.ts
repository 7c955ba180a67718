/** @file The SSA tensor graph: arguments, nodes in topological order, named outputs. */
import type { SourceLoc } from './diagnostics.ts';
import type { TensorType } from './types.ts';

/** Attribute values are plain data, so graphs print, parse, hash and serialise as text. */
export type AttrValue = number | string | boolean | readonly number[] | readonly string[];
export type Attrs = Readonly<Record<string, AttrValue>>;

/**
 * `input` values are fed per call, `param` values are trained weights, `state` values are
 * non-trained persistent buffers (batch-norm running statistics, optimizer moments, step counters).
 */
export type ArgKind = 'input' | 'param' | 'state';

export interface Arg {
  readonly id: number;
  readonly name: string;
  readonly kind: ArgKind;
  readonly type: TensorType;
}

export interface Node {
  readonly id: number;
  readonly op: string;
  readonly inputs: readonly number[];
  readonly attrs: Attrs;
  readonly type: TensorType;
  readonly loc?: SourceLoc | undefined;
}

export interface Output {
  readonly name: string;
  readonly value: number;
}

/** Nodes are in topological order: a node only uses arguments and earlier nodes. */
export interface Graph {
  readonly name: string;
  readonly args: readonly Arg[];
  readonly nodes: readonly Node[];
  readonly outputs: readonly Output[];
}

/** The type of every value (argument or node result) by id. */
export function valueTypes(g: Graph): Map<number, TensorType> {
  const m = new Map<number, TensorType>();
  for (const a of g.args) m.set(a.id, a.type);
  for (const n of g.nodes) m.set(n.id, n.type);
  return m;
}

/** How many times each value is used by nodes and outputs. */
export function useCounts(g: Graph): Map<number, number> {
  const m = new Map<number, number>();
  const bump = (id: number): void => {
    m.set(id, (m.get(id) ?? 0) + 1);
  };
  for (const n of g.nodes) n.inputs.forEach(bump);
  for (const o of g.outputs) bump(o.value);
  return m;
}

export function argsOfKind(g: Graph, kind: ArgKind): Arg[] {
  return g.args.filter((a) => a.kind === kind);
}

/** One past the largest id in use, for passes that add values. */
export function nextId(g: Graph): number {
  let max = -1;
  for (const a of g.args) max = Math.max(max, a.id);
  for (const n of g.nodes) max = Math.max(max, n.id);
  return max + 1;
}
