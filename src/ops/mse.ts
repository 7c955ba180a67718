/** @file mse: mean squared error, mean over all elements of (pred − target)² (Keras: mean over the last axis, then over the batch). */
import { definePointwiseLoss } from './loss.ts';

export const mse = definePointwiseLoss<Record<string, never>>({
  name: 'mse',
  summary: 'mean of (pred − target)²',
  attrs: {},
  term: (p, t) => (p - t) * (p - t),
  wgsl: () => ({ expr: '(p - t) * (p - t)' }),
  // ∂/∂p (p − t)² = 2 (p − t) = −∂/∂t
  partials: (e, p, t) => {
    const dp = e.mul(e.sub(p, t), e.scalar(2));
    return [dp, e.neg(dp)];
  },
  cases: (fc) => fc.constant({ attrs: {} }),
});
