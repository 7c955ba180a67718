/** @file pad: constant padding, out[c + before] = x[c] per axis and `value` elsewhere (pads = [before0, after0, before1, after1, …]). */
import { CompileError, formatShape, numel, stridesOf, type DType, type Shape } from '../ir/index.ts';
import { emitter } from './emit.ts';
import { unravel } from './host.ts';
import { linearExpr, mapKernel, storageLiteral, unravelExprs } from './kernel.ts';
import type { OpDef } from './op-def.ts';
import { shapeArb } from './testing.ts';

export interface PadAttrs {
  /** Flat [before0, after0, before1, after1, …], one pair per axis, each ≥ 0. */
  pads: readonly number[];
  value: number;
}

function befores(pads: readonly number[]): number[] {
  return pads.filter((_, k) => k % 2 === 0);
}

function padShape(shape: Shape, pads: readonly number[]): number[] {
  if (pads.length !== 2 * shape.length || pads.some((p) => p < 0)) {
    throw new CompileError('E_SHAPE_PAD', `pad: pads ${JSON.stringify(pads)} must be ${2 * shape.length} non-negative numbers (before, after per axis) for ${formatShape(shape)}`, {
      hint: 'to crop, use slice',
    });
  }
  return shape.map((d, k) => d + pads[2 * k]! + pads[2 * k + 1]!);
}

/** The padding value as the dtype stores it (integers truncate, bool is x ≠ 0), as WGSL sees it. */
function storedValue(v: number, dtype: DType): number {
  return dtype === 'f32' ? v : dtype === 'bool' ? Number(v !== 0) : Math.trunc(v);
}

/** Kernel body: source coordinate c_k = i_k − before_k; in u32 a negative c_k wraps, so c_k < dim_k checks both ends. */
function padBody(x: Shape, out: Shape, pads: readonly number[], value: string): string {
  if (numel(x) === 0) return `out[i] = ${value};`;
  const before = befores(pads);
  const idx = unravelExprs(out, 'i');
  const lets = idx.map((e, k) => `let c${k} = ${before[k] === 0 ? e : `${e} - ${before[k]}u`};`);
  const checks = x.map((d, k) => (d === out[k] ? '' : `c${k} < ${d}u`)).filter(Boolean);
  const read = `out[i] = x[${linearExpr(stridesOf(x).map((s, k) => [`c${k}`, s] as const))}];`;
  const body = checks.length === 0 ? read : `if (${checks.join(' && ')}) { ${read} } else { out[i] = ${value}; }`;
  return [...lets, body].join('\n  ');
}

export const pad: OpDef<PadAttrs> = {
  name: 'pad',
  kind: 'layout',
  summary: 'constant padding before and after each axis',
  arity: 1,
  attrs: {
    pads: { kind: 'ints', doc: 'flat [before0, after0, before1, after1, …], each ≥ 0' },
    value: { kind: 'float', doc: 'the padding value' },
  },
  infer: ([x], { pads }) => ({ dtype: x!.dtype, shape: padShape(x!.shape, pads) }),
  evaluate([x], attrs, ctx) {
    const out = ctx.alloc(this.infer([x!.type], attrs));
    const xs = stridesOf(x!.type.shape);
    const before = befores(attrs.pads);
    const fillValue = storedValue(attrs.value, x!.type.dtype);
    for (let i = 0; i < out.data.length; i++) {
      const c = unravel(i, out.type.shape).map((o, k) => o - before[k]!);
      const inside = c.every((ck, k) => ck >= 0 && ck < x!.type.shape[k]!);
      out.data[i] = inside ? x!.data[c.reduce((off, ck, k) => off + ck * xs[k]!, 0)]! : fillValue;
    }
    return out;
  },
  // The cotangent of x is g's window where x was placed.
  vjp: ({ b, inputs: [x], grad, attrs }) => [emitter(b).op('slice', [grad], { begin: befores(attrs.pads), size: [...x!.type.shape] })],
  wgsl: {
    kind: 'kernel',
    emit({ inputs: [x], output, attrs }) {
      const value = storageLiteral(storedValue(attrs.value, x!.dtype), x!.dtype);
      return mapKernel([{ name: 'x', type: x! }], output, padBody(x!.shape, output.shape, attrs.pads, value));
    },
  },
  testing: {
    cases: (fc) =>
      shapeArb(fc, { maxRank: 3, maxDim: 4 }).chain((shape) =>
        fc
          .tuple(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 2 * shape.length, maxLength: 2 * shape.length }), fc.double({ min: -2, max: 2, noNaN: true }))
          .map(([pads, value]) => ({ inputs: [{ dtype: 'f32' as const, shape }], attrs: { pads, value } })),
      ),
  },
};
