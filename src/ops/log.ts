/** @file log: natural logarithm (−inf at 0, NaN below, as IEEE says). */
import { defineUnary } from './elementwise.ts';

export const log = defineUnary({
  name: 'log',
  summary: 'ln(x)',
  f: (x) => Math.log(x),
  // d ln(x)/dx = 1/x.
  dx: (e, x, _y, g) => e.div(g, x),
  wgsl: (x) => `log(${x})`,
  domains: [{ min: 0.1, max: 3 }],
});
