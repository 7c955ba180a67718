/** @file minimum: elementwise min(a, b) with NumPy broadcasting. */
import { defineBinary, offDiagonalDomains } from './elementwise.ts';

export const minimum = defineBinary({
  name: 'minimum',
  summary: 'min(a, b), broadcasting',
  dtypes: ['f32', 'i32', 'u32'],
  f: (a, b) => Math.min(a, b),
  // The smaller operand takes g; a tie (measure zero) sends it to a, so the two always sum to g.
  grads: (e, a, b, _y, g) => {
    const aWins = e.op('less_equal', [a, b]);
    const zero = e.scalar(0, g.type.dtype);
    return [e.op('where', [aWins, g, zero]), e.op('where', [aWins, zero, g])];
  },
  wgsl: (a, b) => `min(${a}, ${b})`,
  domains: offDiagonalDomains(-2, 2),
});
