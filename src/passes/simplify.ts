/**
 * @file simplify: algebraic identities, constant folding, common-subexpression elimination and
 * dead-code elimination, in one forward sweep.
 *
 * Requires: a verified graph.
 * Establishes: no node is unreachable from an output; no two nodes compute the same op on the
 *   same operands with the same attributes; no non-constant node has only constant operands
 *   unless its result would be large and non-uniform (see constant-fold.ts); none of the
 *   identities in simplify-rules.ts applies.
 * Preserves: every argument (the graph's interface, used or not), every output name and type, and
 *   the value of every output bit for bit in f32 (folding uses the interpreter's own `evaluate`),
 *   except that x+0 may give −0 where the original gave +0 (see simplify-rules.ts).
 *
 * One sweep suffices: operands are simplified before their users, each rewritten node is run
 * through the rules and folding again until it settles, and CSE sees the settled form. No op in
 * the registry has side effects; `dropout` is a counter-based RNG of its `seed` attribute and
 * `step` operand, so two dropouts with equal operands and attributes draw the same mask and CSE may
 * merge them (two layers that mean different masks have different seeds).
 */
import { formatAttrs, formatType, type Graph, type Node } from '../ir/index.ts';
import { foldConstant } from './constant-fold.ts';
import type { Pass, PassContext, PassStats } from './pass.ts';
import { Rewriter, type Candidate } from './rewriter.ts';
import { RULES_BY_OP, type RuleResult } from './simplify-rules.ts';

/** Operand order does not matter for these, so CSE keys sort their operands. */
const COMMUTATIVE = new Set(['add', 'mul', 'maximum', 'minimum', 'equal', 'not_equal', 'logical_and', 'logical_or']);
/** A rewritten node is re-simplified at most this many times (every rule shrinks the graph). */
const MAX_ROUNDS = 16;

export const simplify: Pass = {
  name: 'simplify',
  summary: 'algebraic identities, constant folding, common-subexpression and dead-code elimination',
  run: (g, ctx) => simplifyGraph(g, ctx),
};

interface Sweep {
  readonly rw: Rewriter;
  readonly seen: Map<string, number>;
  readonly stats: PassStats;
  readonly maxFold: number | undefined;
}

export function simplifyGraph(g: Graph, ctx: PassContext = {}): { graph: Graph; stats: PassStats } {
  const stats: PassStats = { nodesBefore: g.nodes.length, nodesAfter: 0, fold: 0, cse: 0, dce: 0 };
  const s: Sweep = { rw: new Rewriter(g), seen: new Map(), stats, maxFold: ctx.maxFoldElements };
  for (const n of g.nodes) simplifyNode(n, s);
  const { graph, removed } = s.rw.finish();
  stats.dce = removed;
  stats.nodesAfter = graph.nodes.length;
  return { graph, stats };
}

function simplifyNode(n: Node, s: Sweep): void {
  const settled = settle(s.rw.renamed(n), s);
  if (typeof settled === 'number') return s.rw.replace(n.id, settled);
  const key = cseKey(settled);
  const same = s.seen.get(key);
  if (same !== undefined) {
    bump(s.stats, 'cse');
    return s.rw.replace(n.id, same);
  }
  const id = settled === n || isRenamingOf(settled, n) ? s.rw.keep(n) : s.rw.add(settled);
  if (id !== n.id) s.rw.replace(n.id, id);
  s.seen.set(key, id);
}

/** Applies rules and folding until neither fires: an existing value, or the node to add. */
function settle(start: Candidate, s: Sweep): Candidate | number {
  let c = start;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const r = applyRules(c, s);
    if (r && 'value' in r) return s.rw.resolve(r.value);
    if (r) {
      c = r.node;
      continue;
    }
    const folded = foldConstant(c, s.rw, s.maxFold);
    if (!folded) return c;
    bump(s.stats, 'fold');
    c = folded;
  }
  return c;
}

function applyRules(c: Candidate, s: Sweep): RuleResult | null {
  for (const rule of RULES_BY_OP.get(c.op) ?? []) {
    const r = rule.apply(c, s.rw);
    if (r) {
      bump(s.stats, rule.name);
      return r;
    }
  }
  return null;
}

/** True when `c` is `n` with only its operands renamed, so `n` keeps its id. */
function isRenamingOf(c: Candidate, n: Node): boolean {
  return c.op === n.op && c.attrs === n.attrs && c.type === n.type;
}

/** Equal keys mean equal values: same op, operands, attributes (printed, so −0 ≠ 0) and type. */
function cseKey(c: Candidate): string {
  const ins = COMMUTATIVE.has(c.op) ? [...c.inputs].sort((a, b) => a - b) : c.inputs;
  return `${c.op}(${ins.join(',')})${formatAttrs(c.attrs)}:${formatType(c.type)}`;
}

function bump(stats: PassStats, key: string): void {
  stats[key] = (stats[key] ?? 0) + 1;
}
