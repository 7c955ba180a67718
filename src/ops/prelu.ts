/** @file prelu: x for x > 0, alpha·x otherwise, with a learned alpha broadcast against x (per channel). */
import { defineBinary } from './elementwise.ts';

export const prelu = defineBinary({
  name: 'prelu',
  summary: 'x > 0 ? x : alpha * x, alpha broadcast (learned)',
  f: (x, alpha) => (x > 0 ? x : alpha * x),
  // ∂/∂x = 1 for x > 0, alpha otherwise; ∂/∂alpha = 0 for x > 0, x otherwise.
  grads: (e, x, alpha, _y, g) => {
    const positive = e.op('greater', [x, e.scalar(0)]);
    return [e.op('where', [positive, g, e.mul(g, alpha)]), e.op('where', [positive, e.scalar(0), e.mul(g, x)])];
  },
  wgsl: (x, alpha) => `dlc_prelu(${x}, ${alpha})`,
  helpers: 'fn dlc_prelu(x: f32, alpha: f32) -> f32 { return select(alpha * x, x, x > 0.0); }',
  domains: [{ min: -2, max: 2, kinks: [0] }, undefined],
});
