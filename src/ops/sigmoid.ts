/**
 * @file sigmoid: σ(x) = 1 / (1 + e^−x), in a form that cannot overflow: with z = e^−|x| ∈ (0, 1],
 * σ(x) = 1 / (1 + z) for x ≥ 0 and z / (1 + z) for x < 0.
 */
import { defineUnary } from './elementwise.ts';

function sigmoidRef(x: number): number {
  const z = Math.exp(-Math.abs(x));
  return x >= 0 ? 1 / (1 + z) : z / (1 + z);
}

const SIGMOID_HELPER = `fn dlc_sigmoid(x: f32) -> f32 {
  let z = exp(-abs(x));
  let s = 1.0 / (1.0 + z);
  return select(z * s, s, x >= 0.0);
}`;

export const sigmoid = defineUnary({
  name: 'sigmoid',
  summary: '1 / (1 + exp(-x)), overflow-free',
  f: sigmoidRef,
  // σ' = σ(1 − σ) = y(1 − y).
  dx: (e, _x, y, g) => e.mul(g, e.mul(y, e.sub(e.scalar(1), y))),
  wgsl: (x) => `dlc_sigmoid(${x})`,
  helpers: SIGMOID_HELPER,
  extremes: { min: -100, max: 100 },
});
