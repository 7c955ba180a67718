/**
 * @file tanh: hyperbolic tangent. Some WGSL implementations compute tanh through e^(2x) and return
 * NaN (inf/inf) for large |x|, so the kernel uses its own dlc_tanh: with z = e^(−2|x|) ∈ (0, 1],
 * tanh x = sign(x)·(1 − z)/(1 + z), which saturates to ±1; below |x| = 0.25, where 1 − z cancels,
 * the odd Taylor series to x⁹ (truncation < 1e-8 relative) takes over.
 */
import { defineUnary } from './elementwise.ts';

const TANH_HELPER = `fn dlc_tanh(x: f32) -> f32 {
  let a = abs(x);
  if (a < 0.25) {
    let x2 = x * x;
    return x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * (-0.053968254 + x2 * 0.021869488))));
  }
  let z = exp(-2.0 * a);
  return sign(x) * ((1.0 - z) / (1.0 + z));
}`;

export const tanh = defineUnary({
  name: 'tanh',
  summary: 'tanh(x), overflow-free',
  f: (x) => Math.tanh(x),
  // tanh' = 1 − tanh² = 1 − y².
  dx: (e, _x, y, g) => e.mul(g, e.sub(e.scalar(1), e.mul(y, y))),
  wgsl: (x) => `dlc_tanh(${x})`,
  helpers: TANH_HELPER,
  extremes: { min: -100, max: 100 },
});
