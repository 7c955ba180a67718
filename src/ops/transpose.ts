/** @file transpose: permutes axes, out.shape[k] = x.shape[perm[k]] and out[…i_k…] = x[…] with x's axis perm[k] at i_k. */
import { CompileError, formatShape, stridesOf, type Shape } from '../ir/index.ts';
import { emitter } from './emit.ts';
import { unravel } from './host.ts';
import { linearExpr, mapKernel, unravelExprs } from './kernel.ts';
import type { OpDef } from './op-def.ts';
import { shapeArb } from './testing.ts';

export interface TransposeAttrs {
  perm: readonly number[];
}

function checkPerm(shape: Shape, perm: readonly number[]): void {
  const ok = perm.length === shape.length && perm.every((p, k) => p >= 0 && p < shape.length && perm.indexOf(p) === k);
  if (!ok) {
    throw new CompileError('E_SHAPE_PERM', `transpose: perm ${JSON.stringify(perm)} is not a permutation of the ${shape.length} axes of ${formatShape(shape)}`);
  }
}

/** The permutation that undoes `perm`: inverse[perm[k]] = k. */
export function inversePerm(perm: readonly number[]): number[] {
  const inv = new Array<number>(perm.length);
  perm.forEach((p, k) => (inv[p] = k));
  return inv;
}

/** Input stride of each output axis: output axis k walks input axis perm[k]. */
function sourceStrides(shape: Shape, perm: readonly number[]): number[] {
  const xs = stridesOf(shape);
  return perm.map((p) => xs[p]!);
}

export const transpose: OpDef<TransposeAttrs> = {
  name: 'transpose',
  kind: 'layout',
  summary: 'permute axes',
  arity: 1,
  attrs: { perm: { kind: 'ints', doc: 'output axis k is input axis perm[k]' } },
  infer([x], { perm }) {
    checkPerm(x!.shape, perm);
    return { dtype: x!.dtype, shape: perm.map((p) => x!.shape[p]!) };
  },
  evaluate([x], attrs, ctx) {
    const out = ctx.alloc(this.infer([x!.type], attrs));
    const src = sourceStrides(x!.type.shape, attrs.perm);
    for (let i = 0; i < out.data.length; i++) {
      const idx = unravel(i, out.type.shape);
      out.data[i] = x!.data[idx.reduce((off, c, k) => off + c * src[k]!, 0)]!;
    }
    return out;
  },
  vjp: ({ b, grad, attrs }) => [emitter(b).op('transpose', [grad], { perm: inversePerm(attrs.perm) })],
  wgsl: {
    kind: 'kernel',
    emit({ inputs: [x], output, attrs }) {
      const src = sourceStrides(x!.shape, attrs.perm);
      const idx = unravelExprs(output.shape, 'i');
      const off = linearExpr(idx.map((e, k) => [e, src[k]!] as const));
      return mapKernel([{ name: 'x', type: x! }], output, `out[i] = x[${off}];`);
    },
  },
  testing: {
    cases: (fc) =>
      shapeArb(fc).chain((shape) => {
        const axes = shape.map((_, k) => k);
        return fc
          .shuffledSubarray(axes, { minLength: axes.length, maxLength: axes.length })
          .map((perm) => ({ inputs: [{ dtype: 'f32' as const, shape }], attrs: { perm } }));
      }),
  },
};
