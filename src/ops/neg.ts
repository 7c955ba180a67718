/** @file neg: −x (i32 wraps: −(−2^31) = −2^31, as in WGSL). */
import { defineUnary } from './elementwise.ts';

export const neg = defineUnary({
  name: 'neg',
  summary: '-x',
  // WGSL has no unary minus on u32.
  dtypes: ['f32', 'i32'],
  f: (x) => -x,
  dx: (e, _x, _y, g) => e.neg(g),
  // Parenthesised operand: `--x` would lex as a decrement.
  wgsl: (x) => `(-(${x}))`,
});
