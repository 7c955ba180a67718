/**
 * @file In-place updates: a training step's `update/<x>` value is written straight into the buffer
 * of param/state `<x>` by the kernel that computes it, instead of into a buffer of its own that is
 * copied over `<x>` at the end of the submit. Decided per update by liveness over the dispatch
 * order; an update that fails any condition keeps its copy (still correct, one copy more).
 *
 * Requires: groups in dispatch order; `updates` maps output names to param/state argument names.
 * Establishes, for every value v written in place of argument a (by group G, the only writer of v):
 *   1. no group after G reads a (directly or through a reshape alias): after G the buffer holds v;
 *   2. a is not a graph output (outputs are read after the submit, when a's buffer holds v);
 *   3. within G, a is read only by `mid` (epilogue) members, at the epilogue's own index (a has the
 *      epilogue's shape, so `a[i]` is read where `v[i]` is stored, by the same invocation), the
 *      stage function loads every operand before it stores anything, every anchored kernel runs
 *      the epilogue of one index from one invocation, once (for `kernel` groups that is the
 *      contract of KernelWgsl.epilogue), and G has no `post` stage (a pooling window would run the
 *      epilogue of one index from several invocations);
 *   4. G reads a through one binding only: the output binding of v (`read_write`), since WebGPU
 *      forbids one buffer bound writable and read-only in the same dispatch.
 * Ops' own kernels (`single` groups) are never rewritten: they may write v in place only when
 * they do not read a at all.
 */
import { sameShape, type Graph } from '../ir/index.ts';
import { members, type FusedGraph, type FusionGroup } from '../passes/fuse-groups.ts';

/** Stored value → the argument id whose buffer it is written into. */
export type InPlaceMap = ReadonlyMap<number, number>;

export function inPlaceUpdates(graph: Graph, fusion: FusedGraph, updates: Readonly<Record<string, string>>): Map<number, number> {
  const persistent = graph.args.filter((a) => a.kind === 'param' || a.kind === 'state');
  const argId = new Map(persistent.map((a) => [a.name, a.id]));
  const argShape = new Map(persistent.map((a) => [a.id, a.type.shape]));
  const outputValue = new Map(graph.outputs.map((o) => [o.name, o.value]));
  const resolve = (v: number): number => fusion.aliases.get(v) ?? v;
  const outputsRead = new Set(graph.outputs.map((o) => resolve(o.value)));
  const writer = new Map<number, number>();
  const shared = new Set<number>();
  fusion.groups.forEach((g, at) => {
    for (const v of g.outputs) {
      if (writer.has(v)) shared.add(v); // a placed concat (fuse-placed.ts): several kernels write its blocks
      writer.set(v, at);
    }
  });
  const defs = new Map(graph.nodes.map((n) => [n.id, n]));
  const result = new Map<number, number>();
  const taken = new Set<number>();
  for (const [out, arg] of Object.entries(updates)) {
    const v = outputValue.get(out);
    const a = argId.get(arg);
    if (v === undefined || a === undefined || result.has(v) || taken.has(a)) continue;
    if (fusion.aliases.has(v) || outputsRead.has(a) || shared.has(v)) continue;
    const at = writer.get(v);
    if (at === undefined) continue;
    const readLater = fusion.groups.slice(at + 1).some((g) => g.inputs.some((x) => resolve(x) === a));
    if (readLater || !readSafely(fusion.groups[at]!, a, argShape.get(a)!, v, resolve, (id) => defs.get(id))) continue;
    result.set(v, a);
    taken.add(a);
  }
  return result;
}

/** Condition 3 and 4 for the writing group `g`: a is unread, or read only pointwise by its epilogue. */
function readSafely(g: FusionGroup, a: number, aShape: readonly number[], v: number, resolve: (v: number) => number, def: (id: number) => { inputs: readonly number[]; type: { shape: readonly number[] } } | undefined): boolean {
  const viaAlias = g.inputs.some((x) => x !== a && resolve(x) === a);
  if (viaAlias) return false;
  if (!g.inputs.includes(a)) return true;
  if (g.kind === 'single' || g.kind === 'copy' || g.post !== undefined || !g.mid.includes(v)) return false;
  const space = def(g.anchor ?? g.mid[0]!)?.type.shape;
  const vShape = def(v)?.type.shape;
  if (space === undefined || vShape === undefined || !sameShape(space, vShape) || !sameShape(space, aShape)) return false;
  const mid = new Set(g.mid);
  return members(g).every((id) => {
    const n = def(id);
    return n === undefined || !n.inputs.includes(a) || (mid.has(id) && sameShape(n.type.shape, space));
  });
}

/**
 * The group as its kernel binds it: arguments written in place leave `inputs` (they are read
 * through the output binding of the value that replaces them, recorded in `inPlace`).
 */
export function inPlaceGroup(g: FusionGroup, inPlace: InPlaceMap): FusionGroup {
  const reads = new Map<number, number>();
  for (const v of g.outputs) {
    const a = inPlace.get(v);
    if (a !== undefined && g.inputs.includes(a)) reads.set(a, v);
  }
  if (reads.size === 0) return g;
  return { ...g, inputs: g.inputs.filter((x) => !reads.has(x)), inPlace: reads };
}
