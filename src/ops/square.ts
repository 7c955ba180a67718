/** @file square: x², through a helper so a fused operand expression is written once. */
import { defineUnary } from './elementwise.ts';

export const square = defineUnary({
  name: 'square',
  summary: 'x * x',
  dtypes: ['f32', 'i32', 'u32'],
  // Integers multiply mod 2^32 like WGSL; float64 x*x would lose the low bits past 2^53.
  f: (x, _attrs, dtype) => (dtype === 'f32' ? x * x : Math.imul(x, x)),
  // d(x²)/dx = 2x.
  dx: (e, x, _y, g) => e.mul(g, e.mul(x, e.scalar(2))),
  wgsl: (x, _attrs, { input }) => `dlc_square_${input.dtype}(${x})`,
  helpers: ['f32', 'i32', 'u32'].map((t) => `fn dlc_square_${t}(x: ${t}) -> ${t} { return x * x; }`).join('\n'),
});
