/**
 * @file Algebraic identities for simplify: x·1, x+0, x−0, x/1 → x; reshape, transpose and
 * broadcast_to chains collapse; no-op layout ops, same-dtype casts and neg∘neg vanish.
 *
 * Every rule is exact in IEEE f32 with one documented exception: x+0 → x turns a −0 result into
 * −0 where the original gave +0 (−0 + +0 = +0). Nothing in dlc distinguishes the two zeros except
 * 1/x, and every mainstream compiler makes the same trade. x·0 → 0 is NOT a rule: it is wrong for
 * x = ±inf or NaN, which a diverging training run produces and must see.
 */
import { sameShape, sameType, type Node } from '../ir/index.ts';
import type { Candidate, Rewriter } from './rewriter.ts';

/** A rule either names an existing value that replaces the node or proposes a new node. */
export type RuleResult = { readonly value: number } | { readonly node: Candidate };

export interface Rule {
  /** Stat key, e.g. `mul-one`. */
  readonly name: string;
  readonly op: string;
  apply(c: Candidate, rw: Rewriter): RuleResult | null;
}

/** The splat value of a constant (a listed constant counts when all its values are equal). */
export function constantValue(n: Node | undefined): number | undefined {
  if (!n || n.op !== 'constant') return undefined;
  const v = n.attrs.value;
  if (typeof v === 'number') return v;
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const first = v[0] as number;
  return (v as number[]).every((x) => Object.is(x, first)) ? first : undefined;
}

function isConstant(rw: Rewriter, id: number, value: number): boolean {
  // Object.is keeps −0 and +0 apart: x − (−0) is x + 0, which is not x for x = −0.
  return Object.is(constantValue(rw.producer(id)), value);
}

/**
 * `x` standing in for the node's result: x itself when the types agree, else x broadcast to the
 * result's shape (x+0 with a larger 0 still has the larger shape), else no rewrite.
 */
function becomes(c: Candidate, x: number, rw: Rewriter): RuleResult | null {
  const t = rw.typeOf(x);
  if (sameType(t, c.type)) return { value: x };
  if (t.dtype !== c.type.dtype) return null;
  return { node: rw.candidate('broadcast_to', [x], { shape: [...c.type.shape] }, c.loc) };
}

/** `op(x, k)` → x when operand `side` is the constant `k` (side 1 only for non-commutative ops). */
function neutral(name: string, op: string, k: number, sides: readonly (0 | 1)[]): Rule {
  return {
    name,
    op,
    apply(c, rw) {
      for (const side of sides) {
        const [k1, x] = side === 1 ? [c.inputs[1]!, c.inputs[0]!] : [c.inputs[0]!, c.inputs[1]!];
        if (isConstant(rw, k1, k)) return becomes(c, x, rw);
      }
      return null;
    },
  };
}

const reshapeSame: Rule = {
  name: 'reshape-same',
  op: 'reshape',
  apply: (c, rw) => (sameShape(rw.typeOf(c.inputs[0]!).shape, c.type.shape) ? { value: c.inputs[0]! } : null),
};

const reshapeReshape: Rule = {
  name: 'reshape-reshape',
  op: 'reshape',
  apply(c, rw) {
    const inner = rw.producer(c.inputs[0]!);
    if (inner?.op !== 'reshape') return null;
    return { node: rw.candidate('reshape', [inner.inputs[0]!], c.attrs, c.loc) };
  },
};

function permOf(n: { attrs: Node['attrs'] }): readonly number[] {
  return n.attrs.perm as readonly number[];
}

const transposeIdentity: Rule = {
  name: 'transpose-identity',
  op: 'transpose',
  apply: (c) => (permOf(c).every((p, k) => p === k) ? { value: c.inputs[0]! } : null),
};

/** outer(inner(x)): output axis j is inner's axis outer[j], which is x's axis inner[outer[j]]. */
const transposeTranspose: Rule = {
  name: 'transpose-transpose',
  op: 'transpose',
  apply(c, rw) {
    const inner = rw.producer(c.inputs[0]!);
    if (inner?.op !== 'transpose') return null;
    const perm = permOf(c).map((p) => permOf(inner)[p]!);
    return { node: rw.candidate('transpose', [inner.inputs[0]!], { perm }, c.loc) };
  },
};

const broadcastSame: Rule = {
  name: 'broadcast-same',
  op: 'broadcast_to',
  apply: (c, rw) => (sameShape(rw.typeOf(c.inputs[0]!).shape, c.type.shape) ? { value: c.inputs[0]! } : null),
};

/** Broadcasting is transitive: if x broadcasts to s1 and s1 to s2, x broadcasts to s2. */
const broadcastBroadcast: Rule = {
  name: 'broadcast-broadcast',
  op: 'broadcast_to',
  apply(c, rw) {
    const inner = rw.producer(c.inputs[0]!);
    if (inner?.op !== 'broadcast_to') return null;
    return { node: rw.candidate('broadcast_to', [inner.inputs[0]!], c.attrs, c.loc) };
  },
};

const castSame: Rule = {
  name: 'cast-same',
  op: 'cast',
  apply: (c, rw) => (rw.typeOf(c.inputs[0]!).dtype === c.attrs.to ? { value: c.inputs[0]! } : null),
};

const negNeg: Rule = {
  name: 'neg-neg',
  op: 'neg',
  apply(c, rw) {
    const inner = rw.producer(c.inputs[0]!);
    return inner?.op === 'neg' ? { value: inner.inputs[0]! } : null;
  },
};

/** A listed constant whose values are all equal becomes a splat, so CSE and the rules above see it. */
const constantSplat: Rule = {
  name: 'constant-splat',
  op: 'constant',
  apply(c) {
    const v = c.attrs.value;
    const u = typeof v === 'number' ? undefined : constantValue({ ...c, id: -1 });
    return u === undefined ? null : { node: { ...c, attrs: { ...c.attrs, value: u } } };
  },
};

export const RULES: readonly Rule[] = [
  constantSplat,
  neutral('mul-one', 'mul', 1, [0, 1]),
  neutral('add-zero', 'add', 0, [0, 1]),
  // x + −0 = x exactly (even for x = −0), so the negative zero is neutral too.
  neutral('add-zero', 'add', -0, [0, 1]),
  neutral('sub-zero', 'sub', 0, [1]),
  neutral('div-one', 'div', 1, [1]),
  reshapeSame,
  reshapeReshape,
  transposeIdentity,
  transposeTranspose,
  broadcastSame,
  broadcastBroadcast,
  castSame,
  negNeg,
];

/** Rules by op, so the sweep tries only the ones that can match. */
export const RULES_BY_OP: ReadonlyMap<string, readonly Rule[]> = (() => {
  const m = new Map<string, Rule[]>();
  for (const r of RULES) m.set(r.op, [...(m.get(r.op) ?? []), r]);
  return m;
})();
