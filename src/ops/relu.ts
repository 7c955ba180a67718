/** @file relu: max(x, 0). */
import { defineUnary } from './elementwise.ts';

export const relu = defineUnary({
  name: 'relu',
  summary: 'max(x, 0)',
  f: (x) => (x > 0 ? x : 0),
  // d/dx = 1 where x > 0: the mask is the comparison, cast to f32.
  dx: (e, x, _y, g) => e.mul(g, e.op('cast', [e.op('greater', [x, e.scalar(0)])], { to: 'f32' })),
  wgsl: (x) => `max(${x}, 0.0)`,
  domains: [{ min: -2, max: 2, kinks: [0] }],
});
