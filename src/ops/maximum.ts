/** @file maximum: elementwise max(a, b) with NumPy broadcasting. */
import { defineBinary, offDiagonalDomains } from './elementwise.ts';

export const maximum = defineBinary({
  name: 'maximum',
  summary: 'max(a, b), broadcasting',
  dtypes: ['f32', 'i32', 'u32'],
  f: (a, b) => Math.max(a, b),
  // The larger operand takes g; a tie (measure zero) sends it to a, so the two always sum to g.
  grads: (e, a, b, _y, g) => {
    const aWins = e.op('greater_equal', [a, b]);
    const zero = e.scalar(0, g.type.dtype);
    return [e.op('where', [aWins, g, zero]), e.op('where', [aWins, zero, g])];
  },
  wgsl: (a, b) => `max(${a}, ${b})`,
  domains: offDiagonalDomains(-2, 2),
});
