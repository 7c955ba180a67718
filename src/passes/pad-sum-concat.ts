/**
 * @file pad-sum-concat: a sum of zero-padded blocks that tile one axis is their concatenation.
 * The gradient of an LSTM or GRU cell's gate slices is such a sum (each slice's VJP pads it back to
 * the full width): four pad kernels and an add kernel become one concat.
 *
 * Requires: a verified graph. Establishes: no `add` tree whose leaves are zero pads along one axis,
 * disjoint and covering it, whose inner adds have no other use. Preserves: every output value exactly
 * (each element of the sum is one block's element plus zeros). Dead pads and adds are left for DCE.
 */
import { numel, type Graph, type Node } from '../ir/index.ts';

interface Block {
  readonly value: number;
  readonly begin: number;
  readonly size: number;
}

export function padSumsToConcat(g: Graph): { graph: Graph; rewritten: number } {
  const defs = new Map(g.nodes.map((n) => [n.id, n]));
  const uses = new Map<number, number>();
  for (const n of g.nodes) for (const i of n.inputs) uses.set(i, (uses.get(i) ?? 0) + 1);
  for (const o of g.outputs) uses.set(o.value, (uses.get(o.value) ?? 0) + 1);
  const shapeKey = (n: Node): string => `${n.type.dtype}[${n.type.shape.join(',')}]`;
  let rewritten = 0;
  const nodes = g.nodes.map((n): Node => {
    if (n.op !== 'add') return n;
    const leaves: Node[] = [];
    const collect = (id: number, root: boolean): boolean => {
      const d = defs.get(id);
      if (!d || shapeKey(d) !== shapeKey(n)) return false;
      if (d.op === 'add' && (root || uses.get(id) === 1)) return collect(d.inputs[0]!, false) && collect(d.inputs[1]!, false);
      if (d.op !== 'pad' || d.attrs.value !== 0) return false;
      leaves.push(d);
      return true;
    };
    if (!collect(n.id, true) || leaves.length < 2) return n;
    const blocks = leaves.map((p) => blockOf(p));
    const axis = blocks[0]?.axis;
    if (axis === undefined || blocks.some((b) => b === undefined || b.axis !== axis)) return n;
    const sorted = blocks.map((b) => b!.block).sort((a, b) => a.begin - b.begin);
    let at = 0;
    for (const b of sorted) {
      if (b.begin !== at) return n;
      at += b.size;
    }
    if (at !== n.type.shape[axis] || numel(n.type.shape) === 0) return n;
    rewritten++;
    return { ...n, op: 'concat', inputs: sorted.map((b) => b.value), attrs: { axis } };
  });
  return { graph: rewritten > 0 ? { ...g, nodes } : g, rewritten };
}

/** A pad with zeros on one axis only: which axis, and where its operand sits along it. */
function blockOf(p: Node): { axis: number; block: Block } | undefined {
  const pads = p.attrs.pads as readonly number[];
  const axes = p.type.shape.flatMap((_, k) => (pads[2 * k] !== 0 || pads[2 * k + 1] !== 0 ? [k] : []));
  if (axes.length !== 1) return undefined;
  const axis = axes[0]!;
  const before = pads[2 * axis]!;
  return { axis, block: { value: p.inputs[0]!, begin: before, size: p.type.shape[axis]! - before - pads[2 * axis + 1]! } };
}
