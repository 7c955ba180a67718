/** @file rsqrt: 1 / √x (WGSL inverseSqrt; NaN below 0, +inf at 0). */
import { defineUnary } from './elementwise.ts';

export const rsqrt = defineUnary({
  name: 'rsqrt',
  summary: '1 / sqrt(x)',
  f: (x) => 1 / Math.sqrt(x),
  // d x^(−1/2)/dx = −½ x^(−3/2) = −½ y³.
  dx: (e, _x, y, g) => e.mul(g, e.mul(e.scalar(-0.5), e.mul(y, e.mul(y, y)))),
  wgsl: (x) => `inverseSqrt(${x})`,
  domains: [{ min: 0.1, max: 3 }],
});
