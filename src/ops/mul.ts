/** @file mul: a · b with NumPy broadcasting. */
import { defineBinary } from './elementwise.ts';

export const mul = defineBinary({
  name: 'mul',
  summary: 'a * b, broadcasting',
  dtypes: ['f32', 'i32', 'u32'],
  f: (a, b) => a * b,
  grads: (e, a, b, _y, g) => [e.mul(g, b), e.mul(g, a)],
  wgsl: (a, b) => `(${a} * ${b})`,
});
