/** @file softmax: y = exp(x − lse(x)) along an axis, where lse(x) = m + log Σ exp(x − m), m = max x (stable). */
import { AXIS_ATTRS, emitRowwise, evaluateRowwise, inferRowwise, rowwiseTesting, type AxisAttrs } from './axis-rows.ts';
import { emitter } from './emit.ts';
import type { OpDef } from './op-def.ts';

export const softmax: OpDef<AxisAttrs> = {
  name: 'softmax',
  kind: 'reduce',
  summary: 'exp(x) / Σ exp(x) along an axis (max-subtracted, stable)',
  arity: 1,
  attrs: AXIS_ATTRS,
  infer: ([x], { axis }) => inferRowwise('softmax', x!, axis),
  evaluate: ([x], { axis }, ctx) => evaluateRowwise('softmax', x!, axis, ctx, (v, lse) => Math.exp(v - lse)),
  // dx = y · (g − Σ_axis g·y): the Jacobian diag(y) − y yᵀ applied to g.
  vjp: ({ b, output: y, grad: g, attrs: { axis } }) => {
    const e = emitter(b);
    const gy = e.op('reduce_sum', [e.mul(g, y)], { axes: [axis], keepDims: true });
    return [e.mul(y, e.sub(g, gy))];
  },
  wgsl: { kind: 'kernel', emit: ({ inputs: [x], attrs }) => emitRowwise('softmax', x!, attrs.axis, (v, lse) => `exp(${v} - ${lse})`) },
  testing: rowwiseTesting(),
};
