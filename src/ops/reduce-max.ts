/** @file reduce_max: the maximum over axes; the gradient goes to the maximal elements (split among ties). */
import { emitter } from './emit.ts';
import type { OpDef } from './op-def.ts';
import { emitReduce, evaluateReduce, inferReduce, REDUCE_ATTRS, reduceTesting, type ReduceAttrs } from './reduce.ts';
import { extremumGrad, extremumReducer, requireDtype } from './reduce-grad.ts';

export const reduce_max: OpDef<ReduceAttrs> = {
  name: 'reduce_max',
  kind: 'reduce',
  summary: 'maximum over axes',
  arity: 1,
  attrs: REDUCE_ATTRS,
  infer([x], attrs) {
    requireDtype('reduce_max', x!, ['f32', 'i32']);
    return inferReduce('reduce_max', x!, attrs);
  },
  evaluate: ([x], attrs, ctx) => evaluateReduce(x!, attrs, ctx, 'reduce_max', extremumReducer('max')),
  vjp: ({ b, inputs: [x], output, grad, attrs }) => [extremumGrad(emitter(b), 'reduce_max', x!, output, grad, attrs.axes)],
  wgsl: {
    kind: 'kernel',
    emit: ({ inputs: [x], output, attrs }) => emitReduce(x!, output, attrs, 'reduce_max', extremumReducer('max')),
  },
  testing: reduceTesting(),
};
