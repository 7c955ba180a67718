/** @file equal: a == b → bool, broadcasting; no gradient. */
import { defineBinary } from './elementwise.ts';

export const equal = defineBinary({
  name: 'equal',
  summary: 'a == b (bool), broadcasting',
  dtypes: ['f32', 'i32', 'u32', 'bool'],
  outDtype: () => 'bool',
  f: (a, b) => (a === b ? 1 : 0),
  grads: null,
  wgsl: (a, b) => `(${a} == ${b})`,
  // Small integers (stored as f32), so that ties come up often.
  domains: [
    { min: -2, max: 2, integer: true },
    { min: -2, max: 2, integer: true },
  ],
});
