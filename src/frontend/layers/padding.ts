/** @file Zero padding and cropping of sequences and images (Keras `ZeroPadding1D/2D`, `Cropping1D/2D`): `pad` and `slice` ops. */
import type { ArgReader } from '../args.ts';
import { readAs } from '../args.ts';
import { errorAt } from '../diag.ts';
import { defineLayer, type ApplySite } from './layer-def.ts';
import { checkOutput, expectRank, fmt } from './shape.ts';

type Pairs = readonly (readonly [number, number])[];

/**
 * Keras's forms of an amount per axis: one int (every side), [a, b] (1-D: before, after; 2-D: per
 * axis, both sides) or [[top, bottom], [left, right]] (2-D).
 */
function readPairs(a: ArgReader, axes: 1 | 2, fallback: Pairs): Pairs {
  const arg = a.args[0];
  if (!arg || arg.value === undefined) return fallback;
  const v = arg.value;
  const int = (x: unknown): number => {
    const n = readAs('int', x as never, arg.node, `${a.fn}(): the amount`) as number;
    if (n < 0) throw errorAt(arg.node, 'E_SIZE_NEGATIVE', `${a.fn}(): amounts must be ≥ 0, got ${n}`);
    return n;
  };
  if (typeof v === 'number') return Array.from({ length: axes }, () => [int(v), int(v)] as const);
  if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number')) {
    return axes === 1 ? [[int(v[0]), int(v[1])]] : [[int(v[0]), int(v[0])], [int(v[1]), int(v[1])]];
  }
  if (axes === 2 && Array.isArray(v) && v.length === 2 && v.every((p) => Array.isArray(p) && p.length === 2)) {
    return (v as unknown as unknown[][]).map((p) => [int(p[0]), int(p[1])] as const);
  }
  const forms = axes === 1 ? 'n or [before, after]' : 'n, [height, width] or [[top, bottom], [left, right]]';
  throw errorAt(arg.node, 'E_OPTION_TYPE', `${a.fn}() takes the amount as ${forms}`);
}

interface PadConfig {
  pairs: Pairs;
}

function spatial(at: ApplySite, shape: readonly number[], axes: 1 | 2): void {
  expectRank(at, shape, axes + 1, axes === 1 ? 'a sequence [batch, steps, channels]' : 'an image [batch, height, width, channels]');
}

function padLayer(dslName: string, kerasType: string, baseName: string, axes: 1 | 2) {
  return defineLayer<PadConfig>({
    dslName, kerasType, baseName, arity: 1,
    parse(a) {
      const pairs = readPairs(a, axes, Array.from({ length: axes }, () => [1, 1] as const));
      a.options(1, { name: 'string', trainable: 'bool' });
      a.atMost(2);
      return { pairs };
    },
    build(c, [x], at) {
      spatial(at, x!.shape, axes);
      const out = x!.shape.map((d, i) => (i < axes ? d + c.pairs[i]![0] + c.pairs[i]![1] : d));
      return { output: checkOutput(at, x!.shape, out), params: [] };
    },
    lower: (l, c, [x], _p, out) =>
      l.op('pad', [x!], { pads: [0, 0, ...c.pairs.flat(), 0, 0], value: 0 }, [l.batch, ...out]),
  });
}

function cropLayer(dslName: string, kerasType: string, baseName: string, axes: 1 | 2) {
  return defineLayer<PadConfig>({
    dslName, kerasType, baseName, arity: 1,
    parse(a) {
      const pairs = readPairs(a, axes, Array.from({ length: axes }, () => (axes === 1 ? [1, 1] as const : [0, 0] as const)));
      a.options(1, { name: 'string', trainable: 'bool' });
      a.atMost(2);
      return { pairs };
    },
    build(c, [x], at) {
      spatial(at, x!.shape, axes);
      const out = x!.shape.map((d, i) => (i < axes ? d - c.pairs[i]![0] - c.pairs[i]![1] : d));
      if (out.some((d) => d <= 0)) throw at.error('E_SHAPE_TOO_SMALL', `${at.layerName}: cropping ${JSON.stringify(c.pairs)} leaves nothing of ${fmt(x!.shape)}`, 'crop less');
      return { output: out, params: [] };
    },
    lower(l, c, [x], _p, out) {
      const begin = [0, ...x!.type.shape.slice(1).map((_, i) => (i < axes ? c.pairs[i]![0] : 0))];
      return l.op('slice', [x!], { begin, size: [l.batch, ...out] }, [l.batch, ...out]);
    },
  });
}

/** Keras `ZeroPadding1D` (default 1 step each side). */
export const zeroPadding1d = padLayer('zeroPadding1d', 'ZeroPadding1D', 'zero_padding1d', 1);
/** Keras `ZeroPadding2D` (default 1 row/column each side). */
export const zeroPadding2d = padLayer('zeroPadding2d', 'ZeroPadding2D', 'zero_padding2d', 2);
/** Keras `Cropping1D` (default 1 step each side). */
export const cropping1d = cropLayer('cropping1d', 'Cropping1D', 'cropping1d', 1);
/** Keras `Cropping2D` (default nothing). */
export const cropping2d = cropLayer('cropping2d', 'Cropping2D', 'cropping2d', 2);
