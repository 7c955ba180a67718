/** @file sqrt: √x (NaN below 0). */
import { defineUnary } from './elementwise.ts';

export const sqrt = defineUnary({
  name: 'sqrt',
  summary: 'sqrt(x)',
  f: (x) => Math.sqrt(x),
  // d√x/dx = 1 / (2√x) = 0.5 / y.
  dx: (e, _x, y, g) => e.div(e.mul(g, e.scalar(0.5)), y),
  wgsl: (x) => `sqrt(${x})`,
  domains: [{ min: 0.1, max: 3 }],
});
