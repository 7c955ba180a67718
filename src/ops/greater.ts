/** @file greater: a > b → bool, broadcasting; no gradient. */
import { defineBinary } from './elementwise.ts';

export const greater = defineBinary({
  name: 'greater',
  summary: 'a > b (bool), broadcasting',
  dtypes: ['f32', 'i32', 'u32'],
  outDtype: () => 'bool',
  f: (a, b) => (a > b ? 1 : 0),
  grads: null,
  wgsl: (a, b) => `(${a} > ${b})`,
});
