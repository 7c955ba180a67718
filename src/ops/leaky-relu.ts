/** @file leaky_relu: x for x > 0, alpha·x otherwise. */
import { f32Literal } from '../codegen/wgsl.ts';
import { defineUnary } from './elementwise.ts';

interface LeakyReluAttrs {
  alpha: number;
}

export const leaky_relu = defineUnary<LeakyReluAttrs>({
  name: 'leaky_relu',
  summary: 'x > 0 ? x : alpha * x',
  attrs: { alpha: { kind: 'float', doc: 'slope for x ≤ 0 (Keras default 0.3)' } },
  attrCases: (fc) => fc.double({ min: 0.01, max: 0.5, noNaN: true }).map((alpha) => ({ alpha })),
  f: (x, { alpha }) => (x > 0 ? x : alpha * x),
  // d/dx = 1 for x > 0, alpha otherwise.
  dx: (e, x, _y, g, { alpha }) => e.op('where', [e.op('greater', [x, e.scalar(0)]), g, e.mul(g, e.scalar(alpha))]),
  wgsl: (x, { alpha }) => `dlc_leaky_relu(${x}, ${f32Literal(alpha)})`,
  helpers: 'fn dlc_leaky_relu(x: f32, alpha: f32) -> f32 { return select(alpha * x, x, x > 0.0); }',
  domains: [{ min: -2, max: 2, kinks: [0] }],
});
