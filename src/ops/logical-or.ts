/** @file logical_or: a ∨ b on bool tensors, broadcasting. */
import { defineBinary } from './elementwise.ts';

export const logical_or = defineBinary({
  name: 'logical_or',
  summary: 'a || b (bool), broadcasting',
  dtypes: ['bool'],
  f: (a, b) => (a !== 0 || b !== 0 ? 1 : 0),
  grads: null,
  wgsl: (a, b) => `(${a} || ${b})`,
});
