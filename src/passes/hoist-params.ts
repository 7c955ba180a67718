/**
 * @file hoist-params: splits an inference graph into a `prepare` graph, which computes once what
 * depends only on params, state and constants (e.g. the BN-folded weights fold-bn writes), and
 * the `main` graph, which reads those results as ordinary `param` arguments.
 *
 * Contract (the bundle builder relies on it):
 *   - `prepare` takes the param and state arguments it reads, by their original names and types,
 *     and returns one output per hoisted value; the bundle builder runs it once on the reference
 *     interpreter and ships its outputs as weights under the output names.
 *   - `main` takes every original `input` argument (its interface), the param and state
 *     arguments it still reads itself, and one new `param` argument per hoisted value, named and
 *     typed exactly as the matching `prepare` output. Running `prepare` and feeding its outputs
 *     to `main` gives the original graph's outputs (bit for bit: the same ops run in f32).
 *   - Param/state arguments that only `prepare` reads are dropped from `main`: the bundle then
 *     ships the folded weights instead of, not beside, the raw ones.
 *   - Names are `<arg>.<op>`: the argument reached through first operands (the weight a value is
 *     derived from) and the last op applied, e.g. `conv1.kernel.mul`; `_2`, `_3` keep them unique.
 *
 * A value is hoisted only if it is no larger than the largest argument it is computed from:
 * hoisting broadcast_to(bias, [N,H,W,C]) would ship a huge weight to save one cheap op. Constants
 * are never hoisted (they are already baked into the code; large splats stay splats); constant-only
 * work is simplify's to fold.
 *
 * Requires: an inference graph: params and state are fixed for the life of the bundle. (In a
 *   training step they change every call, and hoisting would freeze them.)
 * Establishes: `main` has no non-constant node whose operands are all params, state or constants,
 *   except nodes larger than the arguments they come from.
 * Preserves: `main` keeps every input argument and every output name and type.
 */
import { numel, type Arg, type Graph, type Node } from '../ir/index.ts';
import type { Pass, PassStats } from './pass.ts';
import { liveNodes } from './rewriter.ts';

export interface HoistResult {
  /** Null when nothing is worth hoisting. */
  readonly prepare: Graph | null;
  readonly main: Graph;
  readonly stats: PassStats;
}

export const hoistParams: Pass = {
  name: 'hoist-params',
  summary: 'move param-only subgraphs (folded weights) into a prepare graph run once at build time',
  run(g) {
    const { prepare, main, stats } = splitPrepare(g);
    return { graph: main, stats, ...(prepare ? { side: { prepare } } : {}) };
  },
};

export function splitPrepare(g: Graph): HoistResult {
  const pre = prepareNodes(g);
  const boundary = boundaryOf(g, pre);
  const named = nameHoisted(g, boundary);
  const main = mainGraph(g, pre, named);
  const prepare = boundary.length > 0 ? prepareGraph(g, pre, named) : null;
  const stats: PassStats = {
    nodesBefore: g.nodes.length,
    nodesAfter: main.nodes.length,
    hoisted: boundary.length,
    prepareNodes: prepare?.nodes.length ?? 0,
    argsDropped: g.args.length - (main.args.length - boundary.length),
  };
  return { prepare, main, stats };
}

/**
 * Non-constant nodes computed in `prepare`: every operand is a param/state argument, a constant,
 * or another such node, and the result is no larger than the largest argument behind it.
 */
function prepareNodes(g: Graph): Set<number> {
  const source = new Map<number, number>(); // id → numel of the largest argument behind it (−1: none)
  for (const a of g.args) if (a.kind !== 'input') source.set(a.id, numel(a.type.shape));
  const pre = new Set<number>();
  for (const n of g.nodes) {
    if (n.op === 'constant') source.set(n.id, -1);
    if (n.op === 'constant' || !n.inputs.every((i) => source.has(i))) continue;
    const largest = Math.max(...n.inputs.map((i) => source.get(i)!));
    if (numel(n.type.shape) > largest) continue;
    source.set(n.id, largest);
    pre.add(n.id);
  }
  return pre;
}

/** Prepare nodes that main reads (an operand of a main node, or an output), in graph order. */
function boundaryOf(g: Graph, pre: ReadonlySet<number>): Node[] {
  const read = new Set(g.outputs.map((o) => o.value));
  for (const n of g.nodes) if (!pre.has(n.id)) n.inputs.forEach((i) => read.add(i));
  return g.nodes.filter((n) => pre.has(n.id) && read.has(n.id));
}

function nameHoisted(g: Graph, boundary: readonly Node[]): Map<number, string> {
  const taken = new Set(g.args.map((a) => a.name));
  const names = new Map<number, string>();
  const args = new Map(g.args.map((a) => [a.id, a]));
  const defs = new Map(g.nodes.map((x) => [x.id, x]));
  for (const n of boundary) {
    const base = `${sanitize(rootArg(g, n, args, defs)?.name ?? 'const')}.${n.op}`;
    let name = base;
    for (let k = 2; taken.has(name); k++) name = `${base}_${k}`;
    taken.add(name);
    names.set(n.id, name);
  }
  return names;
}

/** The argument a value is derived from: follow first operands, else the largest argument read. */
function rootArg(g: Graph, n: Node, args: ReadonlyMap<number, Arg>, defs: ReadonlyMap<number, Node>): Arg | undefined {
  for (let cur: Node | undefined = n; cur; ) {
    const first: number | undefined = cur.inputs[0];
    if (first === undefined) break;
    const a = args.get(first);
    if (a) return a;
    cur = defs.get(first);
  }
  const leaves = liveNodes(g.nodes, [n.id]).flatMap((x) => x.inputs.map((i) => args.get(i)).filter((a): a is Arg => !!a));
  return leaves.sort((a, b) => numel(b.type.shape) - numel(a.type.shape))[0];
}

/** IR value names are `[A-Za-z0-9_.]+`, and output names must not start with a digit. */
function sanitize(name: string): string {
  const s = name.replace(/[^A-Za-z0-9_.]/g, '_');
  return /^[A-Za-z_]/.test(s) ? s : `_${s}`;
}

/** The original graph minus prepare nodes; each hoisted value becomes a param under its own id. */
function mainGraph(g: Graph, pre: ReadonlySet<number>, named: ReadonlyMap<number, string>): Graph {
  const nodes = liveNodes(
    g.nodes.filter((n) => !pre.has(n.id)),
    g.outputs.map((o) => o.value),
  );
  const read = new Set([...nodes.flatMap((n) => n.inputs), ...g.outputs.map((o) => o.value)]);
  const kept = g.args.filter((a) => a.kind === 'input' || read.has(a.id));
  const hoisted: Arg[] = g.nodes
    .filter((n) => named.has(n.id))
    .map((n) => ({ id: n.id, name: named.get(n.id)!, kind: 'param', type: n.type }));
  return { name: g.name, args: [...kept, ...hoisted], nodes, outputs: g.outputs };
}

/** Prepare nodes (and the constants they read) needed for the hoisted values, one output each. */
function prepareGraph(g: Graph, pre: ReadonlySet<number>, named: ReadonlyMap<number, string>): Graph {
  const roots = [...named.keys()];
  const nodes = liveNodes(
    g.nodes.filter((n) => pre.has(n.id) || n.op === 'constant'),
    roots,
  );
  const read = new Set(nodes.flatMap((n) => n.inputs));
  const args = g.args.filter((a) => read.has(a.id));
  const outputs = roots.map((id) => ({ name: named.get(id)!, value: id }));
  return { name: `${g.name}_prepare`, args, nodes, outputs };
}
