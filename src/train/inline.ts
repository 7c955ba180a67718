/** @file Copies one graph's nodes into a builder with some arguments bound to existing values (a model inside a training step). */
import type { Graph, GraphBuilder, Value } from '../ir/index.ts';

/**
 * Appends `g`'s nodes to `b`. Arguments named in `bind` become those values; other arguments are
 * reused by name when `b` already has them (two models sharing weights) and declared otherwise.
 * Returns `g`'s outputs by name, as values of `b`.
 */
export function inlineGraph(b: GraphBuilder, g: Graph, bind: ReadonlyMap<string, Value>): Map<string, Value> {
  const existing = new Map(b.build().args.map((a) => [a.name, a] as const));
  const vals = new Map<number, Value>();
  for (const a of g.args) vals.set(a.id, bind.get(a.name) ?? existing.get(a.name) ?? b.arg(a.name, a.type, a.kind));
  for (const n of g.nodes) vals.set(n.id, b.op(n.op, n.inputs.map((id) => vals.get(id)!), n.attrs, n.loc));
  return new Map(g.outputs.map((o) => [o.name, vals.get(o.value)!] as const));
}
