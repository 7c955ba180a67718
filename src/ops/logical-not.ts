/** @file logical_not: ¬x on a bool tensor. */
import { defineUnary } from './elementwise.ts';

export const logical_not = defineUnary({
  name: 'logical_not',
  summary: '!x (bool)',
  dtypes: ['bool'],
  f: (x) => (x !== 0 ? 0 : 1),
  dx: null,
  wgsl: (x) => `(!(${x}))`,
});
