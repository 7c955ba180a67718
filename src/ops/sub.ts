/** @file sub: a − b with NumPy broadcasting (integers wrap mod 2^32, as in WGSL). */
import { defineBinary } from './elementwise.ts';

export const sub = defineBinary({
  name: 'sub',
  summary: 'a - b, broadcasting',
  dtypes: ['f32', 'i32', 'u32'],
  f: (a, b) => a - b,
  grads: (e, _a, _b, _y, g) => [g, e.neg(g)],
  wgsl: (a, b) => `(${a} - ${b})`,
});
