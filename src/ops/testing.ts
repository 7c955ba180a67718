/** @file fast-check building blocks for op test cases (shapes, broadcast pairs, axes). */
import type * as FC from 'fast-check';
import type { Shape } from '../ir/index.ts';

export type Fc = typeof FC;

/** Small shapes, size-1 and odd dimensions included, so GPU edge cases come up often. */
export function shapeArb(fc: Fc, opts: { minRank?: number; maxRank?: number; maxDim?: number } = {}): FC.Arbitrary<number[]> {
  const { minRank = 0, maxRank = 4, maxDim = 5 } = opts;
  return fc.array(fc.integer({ min: 1, max: maxDim }), { minLength: minRank, maxLength: maxRank });
}

/** Two shapes that broadcast together: a full shape, and one with dims dropped from the left or set to 1. */
export function broadcastPairArb(fc: Fc, maxRank = 4): FC.Arbitrary<[number[], number[]]> {
  return shapeArb(fc, { maxRank }).chain((full) =>
    fc
      .tuple(
        fc.integer({ min: 0, max: full.length }),
        fc.array(fc.boolean(), { minLength: full.length, maxLength: full.length }),
        fc.boolean(),
      )
      .map(([drop, ones, swap]): [number[], number[]] => {
        const other = full.slice(drop).map((d, i) => (ones[i + drop] ? 1 : d));
        return swap ? [other, full] : [full, other];
      }),
  );
}

/** A non-empty, sorted, duplicate-free subset of the axes of `shape`. */
export function axesArb(fc: Fc, shape: Shape): FC.Arbitrary<number[]> {
  if (shape.length === 0) return fc.constant([]);
  return fc
    .subarray(
      shape.map((_, i) => i),
      { minLength: 1 },
    )
    .map((a) => [...a].sort((x, y) => x - y));
}
