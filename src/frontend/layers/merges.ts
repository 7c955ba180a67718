/**
 * @file Merge layers on same-shaped tensors (Keras `Multiply`, `Subtract`, `Average`, `Maximum`,
 * `Minimum`), `Dot`, and `Permute`. Applied directly: `multiply([a, b])`, `dot([a, b], { axes: 1 })`.
 */
import type { Value } from '../../ir/index.ts';
import { defineLayer, type ApplySite, type LayerInput, type Lowerer } from './layer-def.ts';
import { fmt } from './shape.ts';

function sameShapes(at: ApplySite, xs: readonly LayerInput[], verb: string): readonly number[] {
  const first = xs[0]!.shape;
  for (const x of xs.slice(1)) {
    if (x.shape.length !== first.length || x.shape.some((d, i) => d !== first[i])) {
      throw at.error('E_SHAPE_MISMATCH', `${at.layerName}: cannot ${verb} tensors of shapes ${fmt(first)} and ${fmt(x.shape)}`, 'merge layers take tensors of one shape');
    }
  }
  return first;
}

function elementwise(dslName: string, kerasType: string, baseName: string, verb: string, combine: (l: Lowerer, xs: readonly Value[], shape: readonly number[]) => Value, exactlyTwo = false) {
  return defineLayer<Record<string, never>>({
    dslName, kerasType, baseName, arity: 'many',
    parse(a) {
      a.options(1, { name: 'string', trainable: 'bool' });
      a.atMost(2);
      return {};
    },
    build(_c, xs, at) {
      if (exactlyTwo && xs.length !== 2) throw at.error('E_ARGUMENT_COUNT', `${at.layerName} takes exactly two tensors [a, b] (a − b), got ${xs.length}`);
      return { output: sameShapes(at, xs, verb), params: [] };
    },
    lower: (l, _c, xs, _p, out) => combine(l, xs, [l.batch, ...out]),
  });
}

const fold = (op: string) => (l: Lowerer, xs: readonly Value[], shape: readonly number[]): Value => xs.slice(1).reduce((acc, x) => l.op(op, [acc, x], {}, shape), xs[0]!);

/** Keras `Multiply`: elementwise product. */
export const multiply = elementwise('multiply', 'Multiply', 'multiply', 'multiply', fold('mul'));
/** Keras `Subtract`: a − b of exactly two tensors. */
export const subtract = elementwise('subtract', 'Subtract', 'subtract', 'subtract', fold('sub'), true);
/** Keras `Maximum`: elementwise maximum. */
export const maximum = elementwise('maximum', 'Maximum', 'maximum', 'take the maximum of', fold('maximum'));
/** Keras `Minimum`: elementwise minimum. */
export const minimum = elementwise('minimum', 'Minimum', 'minimum', 'take the minimum of', fold('minimum'));
/** Keras `Average`: elementwise mean. */
export const average = elementwise('average', 'Average', 'average', 'average', (l, xs, shape) => l.op('mul', [fold('add')(l, xs, shape), l.fill(1 / xs.length, [])], {}, shape));

interface DotConfig {
  axes: readonly [number, number];
  normalize: boolean;
}

/**
 * Keras `Dot(axes, normalize)` of two samples-wise vectors [B, d]·[B, d] → [B, 1], or matrices
 * [B, n, d]·[B, m, d] contracting axis `axes[0]` of a with `axes[1]` of b (1 or 2; the batch is axis 0).
 * `normalize` L2-normalises along those axes first (cosine similarity).
 */
export const dot = defineLayer<DotConfig>({
  dslName: 'dot', kerasType: 'Dot', baseName: 'dot', arity: 'many',
  parse(a) {
    const o = a.options(1, { axes: 'size2', normalize: 'bool', name: 'string', trainable: 'bool' });
    a.atMost(2);
    const axes = o.axes as readonly [number, number] | undefined;
    if (!axes) throw a.missing('axes');
    return { axes, normalize: (o.normalize as boolean | undefined) ?? false };
  },
  build(c, xs, at) {
    if (xs.length !== 2) throw at.error('E_ARGUMENT_COUNT', `${at.layerName} takes exactly two tensors, got ${xs.length}`);
    const [a, b] = [xs[0]!.shape, xs[1]!.shape];
    if (a.length !== b.length || a.length < 1 || a.length > 2) throw at.error('E_SHAPE_RANK', `${at.layerName} takes two vectors [batch, d] or two matrices [batch, n, d], got ${fmt(a)} and ${fmt(b)}`);
    const [ia, ib] = axesOf(c, a.length);
    if (a[ia - 1] !== b[ib - 1]) throw at.error('E_SHAPE_MISMATCH', `${at.layerName}: axis ${ia} of ${fmt(a)} and axis ${ib} of ${fmt(b)} differ`);
    if (a.length === 1) return { output: [1], params: [] };
    return { output: [a[2 - ia]!, b[2 - ib]!], params: [] };
  },
  lower(l, c, [x, y], _p, out) {
    const rank = x!.type.shape.length - 1;
    const [ia, ib] = axesOf(c, rank);
    const a = c.normalize ? l2(l, x!, ia) : x!;
    const b = c.normalize ? l2(l, y!, ib) : y!;
    if (rank === 1) {
      const prod = l.op('mul', [a, b], {}, a.type.shape);
      return l.op('reduce_sum', [prod], { axes: [1], keepDims: true }, [l.batch, 1]);
    }
    return l.op('matmul', [a, b], { transposeA: ia === 1, transposeB: ib === 2 }, [l.batch, ...out]);
  },
});

function axesOf(c: DotConfig, rank: number): [number, number] {
  // Keras numbers axes with the batch as 0; for vectors only axis 1 exists.
  return rank === 1 ? [1, 1] : [c.axes[0], c.axes[1]];
}

/** x / √max(Σ x², 1e-12) along `axis` (Keras `normalize`). */
function l2(l: Lowerer, x: Value, axis: number): Value {
  const shape = x.type.shape;
  const kept = shape.map((d, i) => (i === axis ? 1 : d));
  const ss = l.op('reduce_sum', [l.op('square', [x], {}, shape)], { axes: [axis], keepDims: true }, kept);
  const inv = l.op('rsqrt', [l.op('maximum', [ss, l.fill(1e-12, [])], {}, kept)], {}, kept);
  return l.op('mul', [x, inv], {}, shape);
}

/** Keras `Permute(dims)`: reorders the non-batch axes, numbered from 1 (`permute([2, 1])` swaps them). */
export const permute = defineLayer<{ dims: readonly number[] }>({
  dslName: 'permute', kerasType: 'Permute', baseName: 'permute', arity: 1,
  parse(a) {
    const dims = a.required(0, 'the new order of the axes (from 1)', 'ints') as number[];
    a.options(1, { name: 'string', trainable: 'bool' });
    a.atMost(2);
    return { dims };
  },
  build(c, [x], at) {
    const n = x!.shape.length;
    const ok = c.dims.length === n && [...c.dims].sort((p, q) => p - q).every((d, i) => d === i + 1);
    if (!ok) throw at.error('E_OPTION_VALUE', `${at.layerName}: dims [${c.dims.join(', ')}] must order the axes 1…${n} of ${fmt(x!.shape)}`);
    return { output: c.dims.map((d) => x!.shape[d - 1]!), params: [] };
  },
  lower: (l, c, [x], _p, out) => l.op('transpose', [x!], { perm: [0, ...c.dims] }, [l.batch, ...out]),
});
