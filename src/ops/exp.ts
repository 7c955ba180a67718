/** @file exp: e^x (overflows to +inf above ~88.7 in f32, as IEEE says; never NaN). */
import { defineUnary } from './elementwise.ts';

export const exp = defineUnary({
  name: 'exp',
  summary: 'e^x',
  f: (x) => Math.exp(x),
  dx: (e, _x, y, g) => e.mul(g, y),
  wgsl: (x) => `exp(${x})`,
});
