/** @file Rewriter: rebuilds a graph node by node with value substitution, fresh nodes and dead-code elimination, sharing unchanged nodes. */
import { assert, formatType, nextId, sameType, type Attrs, type Graph, type Node, type TensorType } from '../ir/index.ts';
import { inferType } from '../ops/registry.ts';

/** A node that has no id yet: what a rewrite rule proposes before it is added to the graph. */
export type Candidate = Omit<Node, 'id'>;

/**
 * Passes walk the source graph in order and, for each node, either keep it (its operands
 * renamed), add new nodes, or substitute an existing value for it. Nodes whose operands did not
 * change are shared with the source graph, never copied or mutated.
 */
export class Rewriter {
  private readonly out: Node[] = [];
  private readonly defs = new Map<number, Node>();
  private readonly types = new Map<number, TensorType>();
  private readonly subst = new Map<number, number>();
  private next: number;

  constructor(readonly src: Graph) {
    this.next = nextId(src);
    for (const a of src.args) this.types.set(a.id, a.type);
  }

  /** The value that now stands for `id` (after substitutions). */
  resolve(id: number): number {
    return this.subst.get(id) ?? id;
  }

  typeOf(id: number): TensorType {
    const t = this.types.get(this.resolve(id));
    assert(t, `no type for value #${id}`);
    return t;
  }

  /** The node that defines `id` in the graph being built (undefined for arguments). */
  producer(id: number): Node | undefined {
    return this.defs.get(this.resolve(id));
  }

  /** `n` with its operands renamed, unchanged (the same object) when no operand was substituted. */
  renamed(n: Node): Candidate {
    const inputs = n.inputs.map((i) => this.resolve(i));
    return inputs.every((i, k) => i === n.inputs[k]) ? n : { ...n, inputs };
  }

  /** Appends `n` (operands renamed) under its own id. */
  keep(n: Node): number {
    const c = this.renamed(n);
    return this.push(c === n ? n : { ...c, id: n.id });
  }

  /** Appends a node under a fresh id; its type must already be right (see `candidate`). */
  add(c: Candidate): number {
    return this.push({ ...c, id: this.next++ });
  }

  /** A new node typed by the registry's shape rule: `op(inputs){attrs}`, located at `loc`. */
  candidate(op: string, inputs: readonly number[], attrs: Attrs, loc: Node['loc']): Candidate {
    const ins = inputs.map((i) => this.resolve(i));
    const type = inferType(op, ins.map((i) => this.typeOf(i)), attrs);
    return { op, inputs: ins, attrs, type, loc };
  }

  /** Convenience: build and add a typed node, returning its id. */
  emit(op: string, inputs: readonly number[], attrs: Attrs, loc: Node['loc']): number {
    return this.add(this.candidate(op, inputs, attrs, loc));
  }

  /** From now on, uses of `from` read `to` instead; the two must have the same type. */
  replace(from: number, to: number): void {
    const a = this.typeOf(to);
    const b = this.types.get(from);
    assert(!b || sameType(a, b), `replacing a ${b && formatType(b)} value with a ${formatType(a)} one`);
    this.subst.set(from, this.resolve(to));
  }

  /** The rebuilt graph with outputs renamed and unreachable nodes dropped (args always stay). */
  finish(): { graph: Graph; removed: number } {
    const outputs = this.src.outputs.map((o) => ({ name: o.name, value: this.resolve(o.value) }));
    const nodes = liveNodes(this.out, outputs.map((o) => o.value));
    return { graph: { name: this.src.name, args: this.src.args, nodes, outputs }, removed: this.out.length - nodes.length };
  }

  private push(n: Node): number {
    this.out.push(n);
    this.defs.set(n.id, n);
    this.types.set(n.id, n.type);
    return n.id;
  }
}

/** Nodes that some root depends on, in their original (topological) order. */
export function liveNodes(nodes: readonly Node[], roots: readonly number[]): Node[] {
  const live = new Set(roots);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (live.has(n.id)) for (const x of n.inputs) live.add(x);
  }
  return nodes.filter((n) => live.has(n.id));
}
