/**
 * @file split-wide: a variadic op with more operands than a kernel may bind becomes a tree of
 * narrower ones (an unrolled LSTM's `concat` of 100 time steps binds 101 buffers; devices allow 8).
 *
 * Requires: a verified graph; `maxStorageBuffers` of the target device (operands + 1 output).
 * Establishes: no `concat` has more than maxStorageBuffers − 1 operands.
 * Preserves: every output value exactly (concatenation is associative along one axis).
 */
import type { Graph, Node } from '../ir/index.ts';
import type { PassResult } from './pass.ts';
import { Rewriter } from './rewriter.ts';

export function splitWideOps(g: Graph, maxStorageBuffers: number): PassResult {
  const maxIn = Math.max(2, maxStorageBuffers - 1);
  if (!g.nodes.some((n) => isWide(n, maxIn))) return { graph: g, stats: { split: 0 } };
  const r = new Rewriter(g);
  let split = 0;
  for (const n of g.nodes) {
    if (!isWide(n, maxIn)) {
      r.keep(n);
      continue;
    }
    split++;
    let parts = n.inputs.map((i) => r.resolve(i));
    // Concatenate chunks of maxIn operands, level by level, until one node can take the rest.
    while (parts.length > maxIn) {
      const next: number[] = [];
      for (let k = 0; k < parts.length; k += maxIn) {
        const chunk = parts.slice(k, k + maxIn);
        next.push(chunk.length === 1 ? chunk[0]! : r.emit('concat', chunk, n.attrs, n.loc));
      }
      parts = next;
    }
    r.replace(n.id, r.emit('concat', parts, n.attrs, n.loc));
  }
  return { graph: r.finish().graph, stats: { split } };
}

function isWide(n: Node, maxIn: number): boolean {
  return n.op === 'concat' && n.inputs.length > maxIn;
}
