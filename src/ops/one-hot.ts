/** @file one_hot: f32 indicator vectors, out[…, c] = (indices[…] = c) for c < depth; an out-of-range index gives a zero row. */
import { CompileError } from '../ir/index.ts';
import { requireIndices } from './gather.ts';
import { mapKernel } from './kernel.ts';
import type { OpDef } from './op-def.ts';
import { shapeArb } from './testing.ts';

export interface OneHotAttrs {
  depth: number;
}

export const one_hot: OpDef<OneHotAttrs> = {
  name: 'one_hot',
  kind: 'layout',
  summary: 'i32 indices to f32 one-hot vectors (new last axis of length depth)',
  arity: 1,
  attrs: { depth: { kind: 'int', doc: 'number of classes (≥ 0)' } },
  infer([indices], { depth }) {
    requireIndices('one_hot', indices!);
    if (depth < 0) throw new CompileError('E_SHAPE_INVALID', `one_hot depth must be ≥ 0, got ${depth}`);
    return { dtype: 'f32', shape: [...indices!.shape, depth] };
  },
  evaluate([indices], attrs, ctx) {
    const out = ctx.alloc(this.infer([indices!.type], attrs));
    const d = attrs.depth;
    indices!.data.forEach((k, q) => {
      if (k >= 0 && k < d) out.data[q * d + k] = 1;
    });
    return out;
  },
  vjp: null,
  wgsl: {
    kind: 'kernel',
    emit({ inputs: [indices], output, attrs: { depth } }) {
      const body = `out[i] = select(0.0, 1.0, indices[i / ${depth}u] == i32(i % ${depth}u));`;
      return mapKernel([{ name: 'indices', type: indices! }], output, body);
    },
  },
  testing: {
    cases: (fc) =>
      fc.tuple(shapeArb(fc, { maxRank: 3 }), fc.integer({ min: 1, max: 5 })).map(([shape, depth]) => ({
        inputs: [{ dtype: 'i32' as const, shape }],
        attrs: { depth },
        domains: [{ min: -1, max: depth, integer: true }],
      })),
  },
};
