/** @file Which values are fixed once a model is loaded (params, state, constants and what only they feed), shared by fold-bn and hoist-params. */
import type { Graph } from '../ir/index.ts';

/**
 * Ids of values that do not depend on any `input` argument: param and state arguments, constant
 * nodes, and nodes all of whose operands are such values. In an inference graph these are the
 * same on every call, so they can be computed once at build or load time.
 */
export function staticValues(g: Graph): Set<number> {
  const fixed = new Set<number>();
  for (const a of g.args) if (a.kind !== 'input') fixed.add(a.id);
  for (const n of g.nodes) if (n.inputs.every((i) => fixed.has(i))) fixed.add(n.id);
  return fixed;
}
