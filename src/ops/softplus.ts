/**
 * @file softplus: ln(1 + e^x), as max(x, 0) + log1p(e^−|x|) so that it neither overflows for large
 * x nor loses the tiny value e^x for very negative x.
 */
import { defineUnary } from './elementwise.ts';

/**
 * WGSL has no log1p. For z < 1/16 the series z − z²/2 + … − z⁶/6 is exact to < 1e-8 relative; above,
 * log(u)·z/(u − 1) with u = 1 + z cancels the rounding of 1 + z (u − 1 is exact there).
 */
const SOFTPLUS_HELPERS = `fn dlc_softplus_log1p(z: f32) -> f32 {
  if (z < 0.0625) {
    return z * (1.0 + z * (-0.5 + z * (0.33333333 + z * (-0.25 + z * (0.2 + z * -0.16666667)))));
  }
  let u = 1.0 + z;
  return log(u) * (z / (u - 1.0));
}
fn dlc_softplus(x: f32) -> f32 {
  return max(x, 0.0) + dlc_softplus_log1p(exp(-abs(x)));
}`;

export const softplus = defineUnary({
  name: 'softplus',
  summary: 'ln(1 + exp(x)), overflow-free',
  f: (x) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))),
  // softplus' = σ(x).
  dx: (e, x, _y, g) => e.mul(g, e.op('sigmoid', [x])),
  wgsl: (x) => `dlc_softplus(${x})`,
  helpers: SOFTPLUS_HELPERS,
  extremes: { min: -100, max: 100 },
});
