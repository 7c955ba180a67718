/** @file reduce_min: the minimum over axes; the gradient goes to the minimal elements (split among ties). */
import { emitter } from './emit.ts';
import type { OpDef } from './op-def.ts';
import { emitReduce, evaluateReduce, inferReduce, REDUCE_ATTRS, reduceTesting, type ReduceAttrs } from './reduce.ts';
import { extremumGrad, extremumReducer, requireDtype } from './reduce-grad.ts';

export const reduce_min: OpDef<ReduceAttrs> = {
  name: 'reduce_min',
  kind: 'reduce',
  summary: 'minimum over axes',
  arity: 1,
  attrs: REDUCE_ATTRS,
  infer([x], attrs) {
    requireDtype('reduce_min', x!, ['f32', 'i32']);
    return inferReduce('reduce_min', x!, attrs);
  },
  evaluate: ([x], attrs, ctx) => evaluateReduce(x!, attrs, ctx, 'reduce_min', extremumReducer('min')),
  vjp: ({ b, inputs: [x], output, grad, attrs }) => [extremumGrad(emitter(b), 'reduce_min', x!, output, grad, attrs.axes)],
  wgsl: {
    kind: 'kernel',
    emit: ({ inputs: [x], output, attrs }) => emitReduce(x!, output, attrs, 'reduce_min', extremumReducer('min')),
  },
  testing: reduceTesting(),
};
