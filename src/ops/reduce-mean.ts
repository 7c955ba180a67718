/** @file reduce_mean: Σ_axes x / count, count being the number of reduced elements. */
import { numel } from '../ir/index.ts';
import { f32Literal } from '../codegen/wgsl.ts';
import { emitter } from './emit.ts';
import type { OpDef } from './op-def.ts';
import { emitReduce, evaluateReduce, inferReduce, REDUCE_ATTRS, reduceAxes, reduceTesting, type Reducer, type ReduceAttrs } from './reduce.ts';
import { keepDimsOf, requireDtype } from './reduce-grad.ts';

const MEAN: Reducer = {
  init: 0,
  step: (acc, x) => acc + x,
  finish: (acc, count) => acc / count,
  wgslInit: '0.0',
  wgslStep: (acc, x) => `${acc} + ${x}`,
  wgslFinish: (acc, count) => `${acc} / ${f32Literal(count)}`,
};

export const reduce_mean: OpDef<ReduceAttrs> = {
  name: 'reduce_mean',
  kind: 'reduce',
  summary: 'mean over axes',
  arity: 1,
  attrs: REDUCE_ATTRS,
  infer([x], attrs) {
    requireDtype('reduce_mean', x!, ['f32']);
    return inferReduce('reduce_mean', x!, attrs);
  },
  evaluate: ([x], attrs, ctx) => evaluateReduce(x!, attrs, ctx, 'reduce_mean', MEAN),
  // Every reduced element receives g / count.
  vjp: ({ b, inputs: [x], grad, attrs }) => {
    const e = emitter(b);
    const shape = x!.type.shape;
    const count = numel(reduceAxes('reduce_mean', shape, attrs.axes).map((a) => shape[a]!));
    const g = e.op('broadcast_to', [keepDimsOf(e, 'reduce_mean', grad, x!, attrs.axes)], { shape: [...shape] });
    return [e.mul(g, e.scalar(1 / count))];
  },
  wgsl: { kind: 'kernel', emit: ({ inputs: [x], output, attrs }) => emitReduce(x!, output, attrs, 'reduce_mean', MEAN) },
  testing: reduceTesting(),
};
