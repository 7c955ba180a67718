/** @file reduce_sum: sum over axes. */
import { emitter } from './emit.ts';
import type { OpDef } from './op-def.ts';
import { emitReduce, evaluateReduce, inferReduce, REDUCE_ATTRS, reduceAxes, reduceShape, reduceTesting, type Reducer, type ReduceAttrs } from './reduce.ts';

const SUM: Reducer = {
  init: 0,
  step: (acc, x) => acc + x,
  finish: (acc) => acc,
  wgslInit: '0',
  wgslStep: (acc, x) => `${acc} + ${x}`,
  wgslFinish: (acc) => acc,
};

export const reduce_sum: OpDef<ReduceAttrs> = {
  name: 'reduce_sum',
  kind: 'reduce',
  summary: 'sum over axes',
  arity: 1,
  attrs: REDUCE_ATTRS,
  infer: ([x], attrs) => inferReduce('reduce_sum', x!, attrs),
  evaluate: ([x], attrs, ctx) => evaluateReduce(x!, attrs, ctx, 'reduce_sum', SUM),
  // Every reduced element receives the output cotangent: reshape to keepDims form, then broadcast.
  vjp: ({ b, inputs: [x], grad, attrs }) => {
    const e = emitter(b);
    const axes = reduceAxes('reduce_sum', x!.type.shape, attrs.axes);
    const kept = e.op('reshape', [grad], { shape: reduceShape(x!.type.shape, axes, true) });
    return [e.op('broadcast_to', [kept], { shape: [...x!.type.shape] })];
  },
  wgsl: { kind: 'kernel', emit: ({ inputs: [x], output, attrs }) => emitReduce(x!, output, attrs, 'reduce_sum', SUM) },
  testing: reduceTesting(),
};
