/** @file gather: embedding-style lookup along an axis, out[p, q, r] = table[p, indices[q], r] (0 where an index is out of range). */
import type * as FC from 'fast-check';
import { CompileError, formatType, numel, type Shape, type TensorType } from '../ir/index.ts';
import { normAxis } from './attrs.ts';
import { AXIS_ATTRS, axisCaseArb, type AxisAttrs } from './axis-rows.ts';
import { emitter } from './emit.ts';
import { mapKernel, storageLiteral } from './kernel.ts';
import type { OpCase, OpDef } from './op-def.ts';
import { shapeArb, type Fc } from './testing.ts';

/**
 * The index space shared by gather and scatter_add: the indexed tensor is [pre…, size, post…] and
 * the gathered one [pre…, indices…, post…], flattened to P = numel(pre), S = size, N =
 * numel(indices), Q = numel(post). Gathered (p, q, r) sits at (p·N + q)·Q + r, indexed (p, s, r) at (p·S + s)·Q + r.
 */
export interface GatherSpace {
  readonly axis: number;
  readonly P: number;
  readonly S: number;
  readonly N: number;
  readonly Q: number;
}

export function gatherSpace(indexed: Shape, axis: number, indices: Shape): GatherSpace {
  const a = normAxis('gather', axis, indexed.length);
  return { axis: a, P: numel(indexed.slice(0, a)), S: indexed[a]!, N: numel(indices), Q: numel(indexed.slice(a + 1)) };
}

export function requireIndices(op: string, indices: TensorType): void {
  if (indices.dtype !== 'i32') throw new CompileError('E_DTYPE', `${op} takes i32 indices, got ${formatType(indices)}`, { hint: 'cast the indices to i32' });
}

/** Index k of the lookup, or −1 where it is out of [0, S). */
export function indexAt(indices: ArrayLike<number>, q: number, S: number): number {
  const k = indices[q]!;
  return k >= 0 && k < S ? k : -1;
}

function inferGather([table, indices]: readonly TensorType[], axis: number): TensorType {
  if (table!.shape.length === 0) throw new CompileError('E_SHAPE_RANK', `gather needs a table of rank ≥ 1, got ${formatType(table!)}`);
  requireIndices('gather', indices!);
  const a = normAxis('gather', axis, table!.shape.length);
  return { dtype: table!.dtype, shape: [...table!.shape.slice(0, a), ...indices!.shape, ...table!.shape.slice(a + 1)] };
}

function gatherBody(s: GatherSpace, zero: string): string {
  return `let r = i % ${s.Q}u;
  let q = (i / ${s.Q}u) % ${s.N}u;
  let p = i / ${s.N * s.Q}u;
  let k = indices[q];
  if (k >= 0i && k < ${s.S}i) { out[i] = table[(p * ${s.S}u + u32(k)) * ${s.Q}u + r]; } else { out[i] = ${zero}; }`;
}

function gatherCases(fc: Fc): FC.Arbitrary<OpCase<AxisAttrs>> {
  return fc.tuple(axisCaseArb(fc, { maxRank: 3, maxDim: 4 }), shapeArb(fc, { maxRank: 2, maxDim: 3 })).map(([{ shape, axis }, ind]) => ({
    inputs: [
      { dtype: 'f32' as const, shape },
      { dtype: 'i32' as const, shape: ind },
    ],
    attrs: { axis },
    // One past each end, so out-of-range lookups are covered too.
    domains: [undefined, { min: -1, max: shape[(axis + shape.length) % shape.length]!, integer: true }],
  }));
}

export const gather: OpDef<AxisAttrs> = {
  name: 'gather',
  kind: 'layout',
  summary: 'table[…, indices, …] along an axis (embedding lookup)',
  arity: 2,
  attrs: AXIS_ATTRS,
  infer: (inputs, { axis }) => inferGather(inputs, axis),
  evaluate([table, indices], { axis }, ctx) {
    const out = ctx.alloc(inferGather([table!.type, indices!.type], axis));
    const { P, S, N, Q } = gatherSpace(table!.type.shape, axis, indices!.type.shape);
    for (let p = 0; p < P; p++) {
      for (let q = 0; q < N; q++) {
        const k = indexAt(indices!.data, q, S);
        if (k >= 0) out.data.set(table!.data.subarray((p * S + k) * Q, (p * S + k + 1) * Q), (p * N + q) * Q);
      }
    }
    return out;
  },
  // The table's cotangent sums g over every lookup of each row; the indices have none.
  vjp: ({ b, inputs: [table, indices], grad, attrs }) => {
    const { axis, S } = gatherSpace(table!.type.shape, attrs.axis, indices!.type.shape);
    return [emitter(b).op('scatter_add', [indices!, grad], { axis, size: S }), null];
  },
  wgsl: {
    kind: 'kernel',
    emit({ inputs: [table, indices], output, attrs }) {
      const s = gatherSpace(table!.shape, attrs.axis, indices!.shape);
      const names = [
        { name: 'table', type: table! },
        { name: 'indices', type: indices! },
      ];
      return mapKernel(names, output, gatherBody(s, storageLiteral(0, output.dtype)));
    },
  },
  testing: { cases: gatherCases },
};
