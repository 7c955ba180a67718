/**
 * @file div: a / b with NumPy broadcasting; integer division truncates toward zero and x / 0 = x
 * (also i32 −2^31 / −1 = −2^31), which is exactly what WGSL defines for i32 and u32.
 */
import { isFloat } from '../ir/index.ts';
import { defineBinary } from './elementwise.ts';

/** WGSL integer division: truncating, and the dividend itself when the divisor is 0. */
function divide(a: number, b: number, float: boolean): number {
  if (float) return a / b;
  // The typed array wraps −2^31 / −1 = 2^31 back to −2^31, as WGSL does.
  return b === 0 ? a : Math.trunc(a / b);
}

export const div = defineBinary({
  name: 'div',
  summary: 'a / b, broadcasting (integers: truncating, x / 0 = x)',
  dtypes: ['f32', 'i32', 'u32'],
  f: (a, b, _attrs, dtype) => divide(a, b, isFloat(dtype)),
  // d(a/b)/da = 1/b; d(a/b)/db = −a/b² = −y/b.
  grads: (e, _a, b, y, g) => {
    const gb = e.div(g, b);
    return [gb, e.neg(e.mul(gb, y))];
  },
  wgsl: (a, b) => `(${a} / ${b})`,
  // Keep the denominator 0.05 away from 0, where a/b and its gradient blow up.
  domains: [undefined, { min: -2, max: 2, kinks: [0] }],
});
