/**
 * @file pow: a^b with NumPy broadcasting, with Math.pow's meaning on the GPU too: WGSL's pow is
 * exp2(b·log2 a), undefined for a < 0, so the helper takes |a| and restores the sign for integer b.
 */
import { defineBinary } from './elementwise.ts';

/**
 * b == 0 gives 1 (even for a = 0); a < 0 with odd integer b is −|a|^b, with even integer b |a|^b,
 * and with fractional b whatever WGSL's pow gives (NaN in IEEE terms, as Math.pow says). Left as
 * WGSL has it: 0^b for b < 0 is +inf by Math.pow but only "huge" on some GPUs (SwiftShader: 2^127).
 */
const POW_HELPER = `fn dlc_pow(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  if (a >= 0.0 || b != floor(b)) { return pow(a, b); }
  let m = pow(-a, b);
  return select(m, -m, fract(0.5 * b) != 0.0);
}`;

export const pow = defineBinary({
  name: 'pow',
  summary: 'a ^ b, broadcasting',
  f: (a, b) => Math.pow(a, b),
  // ∂/∂a = b·a^(b−1); ∂/∂b = y·ln a, defined for a > 0 (0 elsewhere, where y has no real slope in b).
  grads: (e, a, b, y, g) => {
    const da = e.mul(g, e.mul(b, e.op('pow', [a, e.sub(b, e.scalar(1))])));
    const slope = e.mul(y, e.op('log', [a]));
    const db = e.op('where', [e.op('greater', [a, e.scalar(0)]), e.mul(g, slope), e.scalar(0)]);
    return [da, db];
  },
  wgsl: (a, b) => `dlc_pow(${a}, ${b})`,
  helpers: POW_HELPER,
  domains: [{ min: 0.1, max: 3 }, undefined],
});
