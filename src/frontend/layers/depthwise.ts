/**
 * @file Depthwise and depthwise-separable 2-D convolutions (Keras `DepthwiseConv2D`, `SeparableConv2D`).
 *
 * Weights are Keras's: depthwise_kernel [kh, kw, C, multiplier], pointwise_kernel [1, 1, C·multiplier,
 * filters]. The depthwise step is the `depthwise_conv2d` op (kh·kw multiply-adds per output, its
 * own gradient ops), the pointwise step a 1×1 conv2d.
 */
import type { Value } from '../../ir/index.ts';
import type { ActivationName, ArgReader } from '../args.ts';
import { applyActivation } from './activation.ts';
import { defineLayer, param, type InitName, type Lowerer, type ParamSpec } from './layer-def.ts';
import { checkElements, checkOutput, expectRank, windowOut } from './shape.ts';
import { DEPTHWISE_WEIGHTS, penaltyOptions, readPenalties, SEPARABLE_WEIGHTS, withPenalties, type Penalties } from './penalties.ts';

type Pair = readonly [number, number];

interface DepthwiseConfig {
  filters: number;
  kernel: Pair;
  strides: Pair;
  dilations: Pair;
  padding: 'valid' | 'same';
  multiplier: number;
  activation: ActivationName;
  useBias: boolean;
  depthwiseInit: InitName;
  pointwiseInit: InitName;
  biasInit: InitName;
  penalties: Penalties;
}

function parse(a: ArgReader, separable: boolean): DepthwiseConfig {
  const filters = separable ? (a.required(0, 'the number of filters', 'size') as number) : 0;
  const at = separable ? 1 : 0;
  const kernel = a.required(at, 'the kernel size', 'size2') as Pair;
  const o = a.options(at + 1, {
    strides: 'size2', padding: { oneOf: ['valid', 'same'] }, dilationRate: 'size2', depthMultiplier: 'size', activation: 'activation', useBias: 'bool',
    depthwiseInitializer: 'initializer', biasInitializer: 'initializer', name: 'string', trainable: 'bool',
    ...(separable ? { pointwiseInitializer: 'initializer' as const } : {}),
    ...penaltyOptions(separable ? SEPARABLE_WEIGHTS : DEPTHWISE_WEIGHTS),
  });
  a.atMost(at + 2);
  return {
    filters, kernel,
    strides: (o.strides as Pair | undefined) ?? [1, 1],
    dilations: (o.dilationRate as Pair | undefined) ?? [1, 1],
    padding: (o.padding as 'valid' | 'same' | undefined) ?? 'valid',
    multiplier: (o.depthMultiplier as number | undefined) ?? 1,
    activation: (o.activation as ActivationName | undefined) ?? 'linear',
    useBias: (o.useBias as boolean | undefined) ?? true,
    depthwiseInit: (o.depthwiseInitializer as InitName | undefined) ?? 'glorotUniform',
    pointwiseInit: (o.pointwiseInitializer as InitName | undefined) ?? 'glorotUniform',
    biasInit: (o.biasInitializer as InitName | undefined) ?? 'zeros',
    penalties: readPenalties(o, separable ? SEPARABLE_WEIGHTS : DEPTHWISE_WEIGHTS),
  };
}

/** The depthwise convolution of x [n, h, w, C] with dk [kh, kw, C, m] → [n, oh, ow, C·m]. */
function depthwise(l: Lowerer, c: DepthwiseConfig, x: Value, dk: Value, out: readonly number[]): Value {
  return l.op('depthwise_conv2d', [x, dk], { strides: [...c.strides], padding: c.padding, dilations: [...c.dilations] }, out);
}

function spatialOut(c: DepthwiseConfig, h: number, w: number): [number, number] {
  return [windowOut(h, c.kernel[0], c.strides[0], c.padding, c.dilations[0]), windowOut(w, c.kernel[1], c.strides[1], c.padding, c.dilations[1])];
}

const IMAGE = 'an image [batch, height, width, channels]';

/** Keras `DepthwiseConv2D`: one kernel per input channel (× depthMultiplier), no mixing across channels. */
export const depthwiseConv2d = defineLayer<DepthwiseConfig>({
  dslName: 'depthwiseConv2d', kerasType: 'DepthwiseConv2D', baseName: 'depthwise_conv2d', arity: 1,
  parse: (a) => parse(a, false),
  build(c, [x], at) {
    expectRank(at, x!.shape, 3, IMAGE);
    const [h, w, ch] = x!.shape as [number, number, number];
    const params: ParamSpec[] = [param('depthwise_kernel', checkElements(at, [...c.kernel, ch, c.multiplier], 'depthwise kernel'), c.depthwiseInit, true)];
    if (c.useBias) params.push(param('bias', [ch * c.multiplier], c.biasInit, true));
    return { output: checkOutput(at, x!.shape, [...spatialOut(c, h, w), ch * c.multiplier]), params: withPenalties(params, c.penalties) };
  },
  lower(l, c, [x], p, out) {
    const full = [l.batch, ...out];
    let y = depthwise(l, c, x!, p.depthwise_kernel!, full);
    if (c.useBias) y = l.op('add', [y, p.bias!], {}, full);
    return applyActivation(l, c.activation, y, full);
  },
});

/** Keras `SeparableConv2D`: a depthwise convolution, then a 1×1 (pointwise) convolution to `filters`. */
export const separableConv2d = defineLayer<DepthwiseConfig>({
  dslName: 'separableConv2d', kerasType: 'SeparableConv2D', baseName: 'separable_conv2d', arity: 1,
  parse: (a) => parse(a, true),
  build(c, [x], at) {
    expectRank(at, x!.shape, 3, IMAGE);
    const [h, w, ch] = x!.shape as [number, number, number];
    const params: ParamSpec[] = [
      param('depthwise_kernel', checkElements(at, [...c.kernel, ch, c.multiplier], 'depthwise kernel'), c.depthwiseInit, true),
      param('pointwise_kernel', checkElements(at, [1, 1, ch * c.multiplier, c.filters], 'pointwise kernel'), c.pointwiseInit, true),
    ];
    if (c.useBias) params.push(param('bias', [c.filters], c.biasInit, true));
    return { output: checkOutput(at, x!.shape, [...spatialOut(c, h, w), c.filters]), params: withPenalties(params, c.penalties) };
  },
  lower(l, c, [x], p, out) {
    const full = [l.batch, ...out];
    const mid = [l.batch, out[0]!, out[1]!, x!.type.shape[3]! * c.multiplier];
    const d = depthwise(l, c, x!, p.depthwise_kernel!, mid);
    let y = l.op('conv2d', [d, p.pointwise_kernel!], { strides: [1, 1], padding: 'valid', dilations: [1, 1] }, full);
    if (c.useBias) y = l.op('add', [y, p.bias!], {}, full);
    return applyActivation(l, c.activation, y, full);
  },
});
