/** @file log_softmax: y = x − m − log Σ exp(x − m) along an axis, m = max x (stable log-sum-exp). */
import { AXIS_ATTRS, emitRowwise, evaluateRowwise, inferRowwise, rowwiseTesting, type AxisAttrs } from './axis-rows.ts';
import { emitter } from './emit.ts';
import type { OpDef } from './op-def.ts';

export const log_softmax: OpDef<AxisAttrs> = {
  name: 'log_softmax',
  kind: 'reduce',
  summary: 'x − log Σ exp(x) along an axis (max-subtracted, stable)',
  arity: 1,
  attrs: AXIS_ATTRS,
  infer: ([x], { axis }) => inferRowwise('log_softmax', x!, axis),
  evaluate: ([x], { axis }, ctx) => evaluateRowwise('log_softmax', x!, axis, ctx, (v, lse) => v - lse),
  // dx = g − softmax(x) · Σ_axis g, and softmax(x) = exp(y).
  vjp: ({ b, output: y, grad: g, attrs: { axis } }) => {
    const e = emitter(b);
    const gs = e.op('reduce_sum', [g], { axes: [axis], keepDims: true });
    return [e.sub(g, e.mul(e.op('exp', [y]), gs))];
  },
  wgsl: { kind: 'kernel', emit: ({ inputs: [x], attrs }) => emitRowwise('log_softmax', x!, attrs.axis, (v, lse) => `${v} - ${lse}`) },
  testing: rowwiseTesting(),
};
