/** @file argmax: the index (i32) of the largest element along an axis, the axis removed; ties go to the first. */
import { CompileError, formatType } from '../ir/index.ts';
import { AXIS_ATTRS, axisCaseArb, axisRows, rowBase, wgslRowBase, wgslRowElem, type AxisAttrs } from './axis-rows.ts';
import { invocationKernel } from './kernel.ts';
import type { OpDef } from './op-def.ts';

export const argmax: OpDef<AxisAttrs> = {
  name: 'argmax',
  kind: 'reduce',
  summary: 'index of the maximum along an axis (i32, axis removed)',
  arity: 1,
  attrs: AXIS_ATTRS,
  infer([x], { axis }) {
    if (x!.dtype !== 'f32' && x!.dtype !== 'i32') throw new CompileError('E_DTYPE', `argmax takes f32 or i32, got ${formatType(x!)}`);
    const rows = axisRows('argmax', x!.shape, axis);
    return { dtype: 'i32', shape: x!.shape.filter((_, k) => k !== rows.axis) };
  },
  // Output element r is row r: the kept axes in row-major order are exactly (outer, inner).
  evaluate([x], attrs, ctx) {
    const out = ctx.alloc(this.infer([x!.type], attrs));
    const rows = axisRows('argmax', x!.type.shape, attrs.axis);
    for (let r = 0; r < rows.count; r++) {
      const base = rowBase(rows, r);
      let best = 0;
      for (let k = 1; k < rows.size; k++) if (x!.data[base + k * rows.inner]! > x!.data[base + best * rows.inner]!) best = k;
      out.data[r] = best;
    }
    return out;
  },
  vjp: null,
  wgsl: {
    kind: 'kernel',
    emit({ inputs: [x], output, attrs }) {
      const rows = axisRows('argmax', x!.shape, attrs.axis);
      const body = `let base = ${wgslRowBase(rows, 'i')};
  var best = x[base];
  var arg = 0u;
  for (var k = 1u; k < ${rows.size}u; k++) {
    let v = x[${wgslRowElem(rows, 'base', 'k')}];
    if (v > best) { best = v; arg = k; }
  }
  out[i] = i32(arg);`;
      return invocationKernel([{ name: 'x', type: x! }], output, rows.count, body);
    },
  },
  testing: {
    cases: (fc) => axisCaseArb(fc).map(({ shape, axis }) => ({ inputs: [{ dtype: 'f32' as const, shape }], attrs: { axis } })),
  },
};
