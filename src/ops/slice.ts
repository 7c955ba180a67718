/** @file slice: a strided window, out[…j_k…] = x[…begin_k + j_k·stride_k…] with j_k < size_k. */
import type * as FC from 'fast-check';
import { CompileError, formatShape, stridesOf, type Shape, type Value } from '../ir/index.ts';
import { emitter, type Emitter } from './emit.ts';
import { unravel } from './host.ts';
import { linearExpr, mapKernel, unravelExprs } from './kernel.ts';
import type { OpCase, OpDef } from './op-def.ts';
import { shapeArb, type Fc } from './testing.ts';

export interface SliceAttrs {
  begin: readonly number[];
  size: readonly number[];
  /** Steps per axis, each ≥ 1; all 1 when absent. */
  strides?: readonly number[];
}

function stridesOr1(shape: Shape, strides: readonly number[] | undefined): readonly number[] {
  return strides ?? shape.map(() => 1);
}

function checkSlice(shape: Shape, { begin, size, strides }: SliceAttrs): void {
  const st = stridesOr1(shape, strides);
  const rank = shape.length;
  const fits = (d: number, k: number): boolean => {
    const [b, n, s] = [begin[k]!, size[k]!, st[k]!];
    return b >= 0 && n >= 0 && s >= 1 && (n === 0 ? b <= d : b + (n - 1) * s < d);
  };
  if (begin.length !== rank || size.length !== rank || st.length !== rank || !shape.every(fits)) {
    throw new CompileError(
      'E_SHAPE_SLICE',
      `slice begin ${JSON.stringify(begin)}, size ${JSON.stringify(size)}, strides ${JSON.stringify(st)} do not fit in ${formatShape(shape)}`,
      { hint: 'one entry per axis; begin ≥ 0, size ≥ 0, stride ≥ 1, and begin + (size − 1)·stride < dim' },
    );
  }
}

/** For each output axis: the input stride it steps by (stride_k · xstride_k), and the constant start offset. */
function sourceMap(shape: Shape, attrs: SliceAttrs): { steps: number[]; start: number } {
  const xs = stridesOf(shape);
  const st = stridesOr1(shape, attrs.strides);
  return { steps: xs.map((s, k) => s * st[k]!), start: attrs.begin.reduce((acc, b, k) => acc + b * xs[k]!, 0) };
}

/**
 * d slice / d x: g scattered back to positions begin + j·stride, zero elsewhere. A strided axis is
 * first spread out, each element followed by stride − 1 zeros (a unit axis padded to `stride`,
 * then merged); then the spread tensor is trimmed to fit and padded into place.
 */
function sliceGrad(e: Emitter, g: Value, shape: Shape, attrs: SliceAttrs): Value {
  const st = stridesOr1(shape, attrs.strides);
  let v = g;
  if (st.some((s) => s > 1)) {
    const withUnit = attrs.size.flatMap((n, k) => (st[k]! > 1 ? [n, 1] : [n]));
    const pads = st.flatMap((s) => (s > 1 ? [0, 0, 0, s - 1] : [0, 0]));
    v = e.op('pad', [e.op('reshape', [v], { shape: withUnit })], { pads, value: 0 });
    v = e.op('reshape', [v], { shape: attrs.size.map((n, k) => n * st[k]!) });
  }
  const keep = v.type.shape.map((n, k) => Math.min(n, shape[k]! - attrs.begin[k]!));
  if (keep.some((n, k) => n < v.type.shape[k]!)) v = e.op('slice', [v], { begin: keep.map(() => 0), size: keep });
  const pads = shape.flatMap((d, k) => [attrs.begin[k]!, d - attrs.begin[k]! - keep[k]!]);
  return e.op('pad', [v], { pads, value: 0 });
}

/** A random in-bounds window of one axis of length d: [begin, size, stride]. */
function axisWindowArb(fc: Fc, d: number): FC.Arbitrary<[number, number, number]> {
  return fc
    .tuple(fc.integer({ min: 0, max: d - 1 }), fc.integer({ min: 1, max: 3 }))
    .chain(([b, s]) => fc.integer({ min: 1, max: Math.floor((d - 1 - b) / s) + 1 }).map((n): [number, number, number] => [b, n, s]));
}

function sliceCases(fc: Fc): FC.Arbitrary<OpCase<SliceAttrs>> {
  return shapeArb(fc).chain((shape) =>
    fc.tuple(fc.tuple(...shape.map((d) => axisWindowArb(fc, d))), fc.boolean()).map(([wins, strided]) => {
      const attrs: SliceAttrs = { begin: wins.map((w) => w[0]), size: wins.map((w) => w[1]) };
      return { inputs: [{ dtype: 'f32' as const, shape }], attrs: strided ? { ...attrs, strides: wins.map((w) => w[2]) } : attrs };
    }),
  );
}

export const slice: OpDef<SliceAttrs> = {
  name: 'slice',
  kind: 'layout',
  summary: 'a strided window of a tensor',
  arity: 1,
  attrs: {
    begin: { kind: 'ints', doc: 'first index per axis (≥ 0)' },
    size: { kind: 'ints', doc: 'output length per axis' },
    strides: { kind: 'ints', optional: true, doc: 'step per axis (≥ 1); default 1' },
  },
  infer([x], attrs) {
    checkSlice(x!.shape, attrs);
    return { dtype: x!.dtype, shape: [...attrs.size] };
  },
  evaluate([x], attrs, ctx) {
    const out = ctx.alloc(this.infer([x!.type], attrs));
    const { steps, start } = sourceMap(x!.type.shape, attrs);
    for (let i = 0; i < out.data.length; i++) {
      out.data[i] = x!.data[unravel(i, attrs.size).reduce((off, j, k) => off + j * steps[k]!, start)]!;
    }
    return out;
  },
  vjp: ({ b, inputs: [x], grad, attrs }) => [sliceGrad(emitter(b), grad, x!.type.shape, attrs)],
  wgsl: {
    kind: 'kernel',
    emit({ inputs: [x], output, attrs }) {
      const { steps, start } = sourceMap(x!.shape, attrs);
      const off = linearExpr(unravelExprs(output.shape, 'i').map((e, k) => [e, steps[k]!] as const), start);
      return mapKernel([{ name: 'x', type: x! }], output, `out[i] = x[${off}];`);
    },
  },
  testing: { cases: sliceCases },
};
