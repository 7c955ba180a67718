/** @file mae: mean absolute error, mean over all elements of |pred − target| (not differentiable where pred = target). */
import { definePointwiseLoss } from './loss.ts';

export const mae = definePointwiseLoss<Record<string, never>>({
  name: 'mae',
  summary: 'mean of |pred − target|',
  attrs: {},
  term: (p, t) => Math.abs(p - t),
  wgsl: () => ({ expr: 'abs(p - t)' }),
  // ∂/∂p |p − t| = sign(p − t) = [p > t] − [t > p] (0 at the kink, as TensorFlow's sign) = −∂/∂t.
  partials: (e, p, t) => {
    const above = e.op('cast', [e.op('greater', [p, t])], { to: 'f32' });
    const below = e.op('cast', [e.op('greater', [t, p])], { to: 'f32' });
    return [e.sub(above, below), e.sub(below, above)];
  },
  cases: (fc) => fc.constant({ attrs: {} }),
});
