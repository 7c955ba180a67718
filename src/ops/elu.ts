/**
 * @file elu: x for x > 0, alpha·(e^x − 1) otherwise. The kernel's e^x − 1 takes e^min(x, 0), so the
 * unused branch never overflows, and switches to a series near 0, where e^x − 1 cancels.
 */
import { f32Literal } from '../codegen/wgsl.ts';
import { defineUnary } from './elementwise.ts';

interface EluAttrs {
  alpha: number;
}

/**
 * expm1 for x ≤ 0 (WGSL has none): above −0.25 the Taylor series to x⁷ (truncation < 2e-9
 * relative), below it e^x − 1, whose rounding is then < 3e-7 of the result.
 */
const ELU_HELPERS = `fn dlc_elu_expm1(x: f32) -> f32 {
  if (x > -0.25) {
    return x * (1.0 + x * (0.5 + x * (0.16666667 + x * (0.041666667 + x * (0.0083333333 + x * (0.0013888889 + x * 0.00019841270))))));
  }
  return exp(x) - 1.0;
}
fn dlc_elu(x: f32, alpha: f32) -> f32 {
  return select(alpha * dlc_elu_expm1(min(x, 0.0)), x, x > 0.0);
}`;

export const elu = defineUnary<EluAttrs>({
  name: 'elu',
  summary: 'x > 0 ? x : alpha * (exp(x) - 1)',
  attrs: { alpha: { kind: 'float', doc: 'scale of the negative saturation (Keras default 1)' } },
  attrCases: (fc) => fc.double({ min: 0.1, max: 2, noNaN: true }).map((alpha) => ({ alpha })),
  f: (x, { alpha }) => (x > 0 ? x : alpha * Math.expm1(x)),
  // d/dx = 1 for x > 0, alpha·e^x = y + alpha otherwise.
  dx: (e, x, y, g, { alpha }) =>
    e.op('where', [e.op('greater', [x, e.scalar(0)]), g, e.mul(g, e.add(y, e.scalar(alpha)))]),
  wgsl: (x, { alpha }) => `dlc_elu(${x}, ${f32Literal(alpha)})`,
  helpers: ELU_HELPERS,
  domains: [{ min: -2, max: 2, kinks: [0] }],
  extremes: { min: -100, max: 100 },
});
