/** @file less: a < b → bool, broadcasting; no gradient. */
import { defineBinary } from './elementwise.ts';

export const less = defineBinary({
  name: 'less',
  summary: 'a < b (bool), broadcasting',
  dtypes: ['f32', 'i32', 'u32'],
  outDtype: () => 'bool',
  f: (a, b) => (a < b ? 1 : 0),
  grads: null,
  wgsl: (a, b) => `(${a} < ${b})`,
  // Small integers (stored as f32), so that ties come up often.
  domains: [
    { min: -2, max: 2, integer: true },
    { min: -2, max: 2, integer: true },
  ],
});
