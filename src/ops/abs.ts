/** @file abs: |x| (i32: |−2^31| wraps to −2^31, as in WGSL). */
import { defineUnary } from './elementwise.ts';

export const abs = defineUnary({
  name: 'abs',
  summary: '|x|',
  dtypes: ['f32', 'i32'],
  f: (x) => Math.abs(x),
  // d|x|/dx = sign(x); the kink at 0 takes the x < 0 side (measure zero).
  dx: (e, x, _y, g) => e.op('where', [e.op('greater', [x, e.scalar(0)]), g, e.neg(g)]),
  wgsl: (x) => `abs(${x})`,
  domains: [{ min: -2, max: 2, kinks: [0] }],
});
