/** @file add: a + b with NumPy broadcasting. */
import { defineBinary } from './elementwise.ts';

export const add = defineBinary({
  name: 'add',
  summary: 'a + b, broadcasting',
  dtypes: ['f32', 'i32', 'u32'],
  f: (a, b) => a + b,
  grads: (_e, _a, _b, _y, g) => [g, g],
  wgsl: (a, b) => `(${a} + ${b})`,
});
