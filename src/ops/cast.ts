/** @file cast: converts between f32, i32, u32 and bool (float → int truncates toward zero, like WGSL). */
import { DTYPES, type DType } from '../ir/index.ts';
import { defineUnary } from './elementwise.ts';

interface CastAttrs {
  to: DType;
}

/** JS semantics matching WGSL's conversions (f32→i32/u32 truncate and saturate; x≠0 for bool). */
function convert(x: number, to: DType): number {
  switch (to) {
    case 'f32':
      return x;
    case 'bool':
      return x !== 0 ? 1 : 0;
    case 'i32':
      return Number.isNaN(x) ? 0 : Math.max(-2147483648, Math.min(2147483520, Math.trunc(x)));
    case 'u32':
      return Number.isNaN(x) ? 0 : Math.max(0, Math.min(4294967040, Math.trunc(x)));
  }
}

export const cast = defineUnary<CastAttrs>({
  name: 'cast',
  summary: 'dtype conversion',
  dtypes: DTYPES,
  outDtype: (_d, { to }) => to,
  attrs: { to: { kind: 'dtype', doc: 'target dtype' } },
  attrCases: (fc) => fc.constantFrom<DType>('f32', 'i32', 'u32', 'bool').map((to) => ({ to })),
  f: (x, { to }) => convert(x, to),
  // Only float → float carries a gradient; the rule is identity.
  dx: (_e, _x, _y, g) => g,
  wgsl: (x, { to }, { input }) => {
    if (to === 'bool') return input.dtype === 'bool' ? x : `(${x} != ${input.dtype === 'f32' ? '0.0' : `${input.dtype}(0)`})`;
    if (input.dtype === 'bool') return `select(${to}(0), ${to}(1), ${x})`;
    return `${to}(${x})`;
  },
});
