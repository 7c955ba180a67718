/** @file The op registry: a typed object of every OpDef, plus the shape rule the IR layer is given. */
import { CompileError, GraphBuilder, type Attrs, type InferFn, type TensorType } from '../ir/index.ts';
import { validateAttrs } from './attrs.ts';
import type { AnyOpDef, OpDef } from './op-def.ts';
// elementwise
import { abs } from './abs.ts';
import { add } from './add.ts';
import { cast } from './cast.ts';
import { constant } from './constant.ts';
import { div } from './div.ts';
import { elu } from './elu.ts';
import { equal } from './equal.ts';
import { exp } from './exp.ts';
import { gelu } from './gelu.ts';
import { greater } from './greater.ts';
import { greater_equal } from './greater-equal.ts';
import { leaky_relu } from './leaky-relu.ts';
import { less } from './less.ts';
import { less_equal } from './less-equal.ts';
import { log } from './log.ts';
import { logical_and } from './logical-and.ts';
import { logical_not } from './logical-not.ts';
import { logical_or } from './logical-or.ts';
import { maximum } from './maximum.ts';
import { minimum } from './minimum.ts';
import { mul } from './mul.ts';
import { neg } from './neg.ts';
import { not_equal } from './not-equal.ts';
import { pow } from './pow.ts';
import { prelu } from './prelu.ts';
import { relu } from './relu.ts';
import { rsqrt } from './rsqrt.ts';
import { sigmoid } from './sigmoid.ts';
import { softplus } from './softplus.ts';
import { sqrt } from './sqrt.ts';
import { square } from './square.ts';
import { sub } from './sub.ts';
import { tanh } from './tanh.ts';
import { where } from './where.ts';
// reductions
import { argmax } from './argmax.ts';
import { count_correct } from './count-correct.ts';
import { log_softmax } from './log-softmax.ts';
import { reduce_max } from './reduce-max.ts';
import { reduce_mean } from './reduce-mean.ts';
import { reduce_min } from './reduce-min.ts';
import { reduce_sum } from './reduce-sum.ts';
import { softmax } from './softmax.ts';
// layout
import { broadcast_to } from './broadcast-to.ts';
import { concat } from './concat.ts';
import { gather } from './gather.ts';
import { one_hot } from './one-hot.ts';
import { pad } from './pad.ts';
import { reshape } from './reshape.ts';
import { scatter_add } from './scatter-add.ts';
import { slice } from './slice.ts';
import { transpose } from './transpose.ts';
// linear algebra and vision (NHWC activations, HWIO filters, as in Keras)
import { avg_pool2d } from './avg-pool2d.ts';
import { avg_pool2d_grad } from './avg-pool2d-grad.ts';
import { conv2d } from './conv2d.ts';
import { conv2d_backprop_filter } from './conv2d-backprop-filter.ts';
import { conv2d_transpose } from './conv2d-transpose.ts';
import { depthwise_conv2d } from './depthwise-conv2d.ts';
import { depthwise_conv2d_backprop_filter } from './depthwise-conv2d-backprop-filter.ts';
import { depthwise_conv2d_backprop_input } from './depthwise-conv2d-backprop-input.ts';
import { global_avg_pool2d } from './global-avg-pool2d.ts';
import { matmul } from './matmul.ts';
import { max_pool2d } from './max-pool2d.ts';
import { max_pool2d_grad } from './max-pool2d-grad.ts';
import { upsample2d } from './upsample2d.ts';
import { upsample2d_bilinear_grad } from './upsample2d-bilinear-grad.ts';
// normalisation and noise
import { batch_norm } from './batch-norm.ts';
import { dropout } from './dropout.ts';
import { random_uniform } from './random-uniform.ts';
import { image_transform } from './image-transform.ts';
import { layer_norm } from './layer-norm.ts';
// losses
import { binary_cross_entropy } from './binary-cross-entropy.ts';
import { categorical_cross_entropy } from './categorical-cross-entropy.ts';
import { mae } from './mae.ts';
import { mse } from './mse.ts';
import { sparse_categorical_cross_entropy } from './sparse-categorical-cross-entropy.ts';
// control flow
import { scan } from './scan.ts';

/**
 * Every op, keyed by its IR name. `satisfies` makes a half-defined op a type error; the unit tests
 * check that each key equals its def's name, and the property tests iterate over this object.
 */
export const OPS = {
  abs, add, cast, constant, div, elu, equal, exp, gelu, greater, greater_equal, leaky_relu, less,
  less_equal, log, logical_and, logical_not, logical_or, maximum, minimum, mul, neg, not_equal, pow,
  prelu, relu, rsqrt, sigmoid, softplus, sqrt, square, sub, tanh, where,
  argmax, log_softmax, reduce_max, reduce_mean, reduce_min, reduce_sum, softmax,
  broadcast_to, concat, gather, one_hot, pad, reshape, scatter_add, slice, transpose,
  avg_pool2d, avg_pool2d_grad, conv2d, conv2d_backprop_filter, conv2d_transpose, global_avg_pool2d,
  depthwise_conv2d, depthwise_conv2d_backprop_filter, depthwise_conv2d_backprop_input,
  matmul, max_pool2d, max_pool2d_grad, upsample2d,
  upsample2d_bilinear_grad,
  batch_norm, dropout, layer_norm, random_uniform, image_transform,
  binary_cross_entropy, categorical_cross_entropy, mae, mse, sparse_categorical_cross_entropy,
  scan,
  count_correct,
} satisfies Record<string, AnyOpDef>;

export type OpName = keyof typeof OPS;

export const OP_NAMES = Object.keys(OPS).sort() as OpName[];

export function isOpName(name: string): name is OpName {
  return Object.prototype.hasOwnProperty.call(OPS, name);
}

/** The OpDef for `name`, or E_IR_UNKNOWN_OP with the nearest known names as a hint. */
export function getOp(name: string): OpDef<Attrs> {
  if (!isOpName(name)) {
    const near = OP_NAMES.filter((n) => editDistance(n, name) <= 2 || n.includes(name) || name.includes(n));
    throw new CompileError('E_IR_UNKNOWN_OP', `unknown op '${name}'`, {
      hint: near.length > 0 ? `did you mean ${near.slice(0, 3).join(', ')}?` : 'run `dlc ops` for the list',
    });
  }
  return OPS[name] as unknown as OpDef<Attrs>;
}

/** The shape rule handed to the IR layer: arity, attribute schema, then the op's own `infer`. */
export const inferType: InferFn = (op: string, inputs: readonly TensorType[], attrs: Attrs): TensorType => {
  const def = getOp(op);
  if (def.arity !== 'variadic' && inputs.length !== def.arity) {
    throw new CompileError('E_IR_ARITY', `${op} takes ${def.arity} operand(s), got ${inputs.length}`);
  }
  validateAttrs(op, def.attrs, attrs);
  return def.infer(inputs, attrs);
};

/** A GraphBuilder whose nodes are typed by the registry. */
export function newGraph(name: string): GraphBuilder {
  return new GraphBuilder(name, inferType);
}

export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
    }
  }
  return d[a.length]![b.length]!;
}
