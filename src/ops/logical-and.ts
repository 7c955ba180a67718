/** @file logical_and: a ∧ b on bool tensors, broadcasting. */
import { defineBinary } from './elementwise.ts';

export const logical_and = defineBinary({
  name: 'logical_and',
  summary: 'a && b (bool), broadcasting',
  dtypes: ['bool'],
  f: (a, b) => (a !== 0 && b !== 0 ? 1 : 0),
  grads: null,
  wgsl: (a, b) => `(${a} && ${b})`,
});
