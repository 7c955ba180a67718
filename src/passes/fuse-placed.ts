/**
 * @file Placed stores: a `concat` whose operands are each an elementwise op's value that nothing
 * else reads needs no kernel. The kernels that compute the operands store each one straight into
 * its block of the concat's buffer (the inverse of a slice view, fuse-views.ts), so the four gate
 * gradients of an LSTM cell (pad-sum-concat.ts makes their sum a concat) cost no copy kernel, and
 * a kernel that computes several of them binds the concat's buffer once.
 *
 * Safe by construction: every element of the concat is written by exactly one store (the blocks
 * tile the axis), each operand is stored by exactly one kernel (it is an elementwise op, so a
 * member of a stage whose stores go through fused-chain.ts), and the concat's readers come after every
 * writer (the fuse pass keeps a group for the concat while ordering, and drops it after). A reader
 * never joins a writer's kernel: the concat's group sits between them, so that join is a cycle.
 */
import { numel, type Graph, type Node } from '../ir/index.ts';
import { sliceView, type SliceView } from './fuse-views.ts';

/**
 * Operand value → where it is stored in each concat that reads it (views whose `source` is the
 * concat), for the concats of `graph` that qualify: f32, every operand a distinct non-empty f32
 * elementwise node that is not a graph output. A value two concats read (the GRU's gate gradients)
 * is stored into both; one that other ops read too is also stored as usual.
 */
export function placedConcats(graph: Graph, graphOutputs: ReadonlySet<number>, isElementwise: (op: string) => boolean): Map<number, SliceView[]> {
  const defs = new Map(graph.nodes.map((n) => [n.id, n]));
  const operandOk = (v: number): boolean => {
    const d = defs.get(v);
    return d !== undefined && isElementwise(d.op) && d.type.dtype === 'f32' && numel(d.type.shape) > 0 && !graphOutputs.has(v);
  };
  const ok = new Set(graph.nodes.filter((c) => c.op === 'concat' && c.type.dtype === 'f32' && numel(c.type.shape) > 0 && c.inputs.length >= 2 && new Set(c.inputs).size === c.inputs.length && c.inputs.every(operandOk)));
  const placed = new Map<number, SliceView[]>();
  for (const c of graph.nodes) {
    if (!ok.has(c)) continue;
    const rank = c.type.shape.length;
    const raw = c.attrs.axis as number;
    const axis = raw < 0 ? raw + rank : raw;
    let at = 0;
    for (const v of c.inputs) {
      const shape = defs.get(v)!.type.shape;
      const begin = c.type.shape.map((_, k) => (k === axis ? at : 0));
      const slice: Node = { id: -1, op: 'slice', inputs: [c.id], attrs: { begin, size: [...shape] }, type: { dtype: 'f32', shape: [...shape] } };
      placed.set(v, [...(placed.get(v) ?? []), sliceView(slice, c.type.shape)]);
      at += shape[axis]!;
    }
  }
  return placed;
}

/** The concats operands are placed in: they have no kernel of their own. */
export function placedTargets(placed: ReadonlyMap<number, readonly SliceView[]>): Set<number> {
  return new Set([...placed.values()].flatMap((ps) => ps.map((p) => p.source)));
}
