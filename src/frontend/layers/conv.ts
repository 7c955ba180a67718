/** @file Convolution and pooling layers on NHWC tensors (kernels HWIO, as Keras stores them). */
import type { ActivationName, ArgReader } from '../args.ts';
import { applyActivation } from './activation.ts';
import { weightInit } from '../initializers.ts';
import { defineLayer, param, regularized, type ApplySite, type InitName, type LayerInput, type Regularization, type WeightConstraint } from './layer-def.ts';
import { checkElements, checkOutput, expectRank, windowOut } from './shape.ts';

type Pair = readonly [number, number];
type Padding = 'valid' | 'same';

interface ConvConfig {
  filters: number;
  kernel: Pair;
  strides: Pair;
  dilations: Pair;
  padding: Padding;
  activation: ActivationName;
  useBias: boolean;
  kernelInit: InitName;
  biasInit: InitName;
  kernelReg?: Regularization | undefined;
  biasReg?: Regularization | undefined;
  kernelCon?: WeightConstraint | undefined;
  biasCon?: WeightConstraint | undefined;
}

function parseConv(a: ArgReader, transpose: boolean): ConvConfig {
  const filters = a.required(0, 'the number of filters', 'size') as number;
  const kernel = a.required(1, 'the kernel size', 'size2') as Pair;
  const o = a.options(2, {
    strides: 'size2', padding: { oneOf: ['valid', 'same'] }, activation: 'activation', useBias: 'bool',
    kernelInitializer: 'initializer', biasInitializer: 'initializer', kernel: 'weights', bias: 'weights', name: 'string', trainable: 'bool',
    kernelRegularizer: 'regularizer', biasRegularizer: 'regularizer', kernelConstraint: 'constraint', biasConstraint: 'constraint', activityRegularizer: 'regularizer',
    ...(transpose ? {} : { dilationRate: 'size2' as const }),
  });
  a.atMost(3);
  return {
    filters, kernel,
    strides: (o.strides as Pair | undefined) ?? [1, 1],
    dilations: (o.dilationRate as Pair | undefined) ?? [1, 1],
    padding: (o.padding as Padding | undefined) ?? 'valid',
    activation: (o.activation as ActivationName | undefined) ?? 'linear',
    useBias: (o.useBias as boolean | undefined) ?? true,
    kernelInit: weightInit(a, o, 'kernel', 'kernelInitializer', 'glorotUniform'),
    biasInit: weightInit(a, o, 'bias', 'biasInitializer', 'zeros', o.useBias !== false),
    kernelReg: o.kernelRegularizer as Regularization | undefined,
    biasReg: o.biasRegularizer as Regularization | undefined,
    kernelCon: o.kernelConstraint as WeightConstraint | undefined,
    biasCon: o.biasConstraint as WeightConstraint | undefined,
  };
}

const IMAGE_HINT = 'conv and pooling layers take [batch, height, width, channels] images; reshape([h, w, c]) first';

function image(at: ApplySite, x: LayerInput | undefined): readonly [number, number, number] {
  expectRank(at, x!.shape, 3, 'an image [batch, height, width, channels]', IMAGE_HINT);
  return x!.shape as unknown as readonly [number, number, number];
}

export const conv2d = defineLayer<ConvConfig>({
  dslName: 'conv2d', kerasType: 'Conv2D', baseName: 'conv2d', arity: 1,
  parse: (a) => parseConv(a, false),
  build(c, [x], at) {
    const [h, w, ch] = image(at, x);
    const out = [windowOut(h, c.kernel[0], c.strides[0], c.padding, c.dilations[0]), windowOut(w, c.kernel[1], c.strides[1], c.padding, c.dilations[1]), c.filters];
    const params = [regularized(param('kernel', checkElements(at, [...c.kernel, ch, c.filters], 'kernel'), c.kernelInit, true), c.kernelReg, c.kernelCon)];
    if (c.useBias) params.push(regularized(param('bias', [c.filters], c.biasInit, true), c.biasReg, c.biasCon));
    return { output: checkOutput(at, x!.shape, out), params };
  },
  lower(l, c, [x], p, out) {
    const full = [l.batch, ...out];
    let y = l.op('conv2d', [x!, p.kernel!], { strides: [...c.strides], padding: c.padding, dilations: [...c.dilations] }, full);
    if (c.useBias) y = l.op('add', [y, p.bias!], {}, full);
    return applyActivation(l, c.activation, y, full);
  },
});

/** Keras stores a transposed-conv kernel as [kh, kw, outChannels, inChannels]. */
export const conv2dTranspose = defineLayer<ConvConfig>({
  dslName: 'conv2dTranspose', kerasType: 'Conv2DTranspose', baseName: 'conv2d_transpose', arity: 1,
  parse: (a) => parseConv(a, true),
  build(c, [x], at) {
    const [h, w, ch] = image(at, x);
    const len = (n: number, k: number, s: number): number => (c.padding === 'same' ? n * s : (n - 1) * s + Math.max(k, s));
    const out = [len(h, c.kernel[0], c.strides[0]), len(w, c.kernel[1], c.strides[1]), c.filters];
    const params = [regularized(param('kernel', checkElements(at, [...c.kernel, c.filters, ch], 'kernel'), c.kernelInit, true), c.kernelReg, c.kernelCon)];
    if (c.useBias) params.push(regularized(param('bias', [c.filters], c.biasInit, true), c.biasReg, c.biasCon));
    return { output: checkOutput(at, x!.shape, out), params };
  },
  lower(l, c, [x], p, out) {
    const full = [l.batch, ...out];
    let y = l.op('conv2d_transpose', [x!, p.kernel!], { strides: [...c.strides], padding: c.padding }, full);
    if (c.useBias) y = l.op('add', [y, p.bias!], {}, full);
    return applyActivation(l, c.activation, y, full);
  },
});

interface PoolConfig {
  pool: Pair;
  strides: Pair;
  padding: Padding;
}

function parsePool(a: ArgReader): PoolConfig {
  const o = a.leadingOption('poolSize', { poolSize: 'size2', strides: 'size2', padding: { oneOf: ['valid', 'same'] }, name: 'string', trainable: 'bool' });
  const pool = (o.poolSize as Pair | undefined) ?? [2, 2];
  return { pool, strides: (o.strides as Pair | undefined) ?? pool, padding: (o.padding as Padding | undefined) ?? 'valid' };
}

function pool(dslName: string, kerasType: string, baseName: string, op: string) {
  return defineLayer<PoolConfig>({
    dslName, kerasType, baseName, arity: 1,
    parse: parsePool,
    build(c, [x], at) {
      const [h, w, ch] = image(at, x);
      const out = [windowOut(h, c.pool[0], c.strides[0], c.padding), windowOut(w, c.pool[1], c.strides[1], c.padding), ch];
      return { output: checkOutput(at, x!.shape, out), params: [] };
    },
    lower: (l, c, [x], _p, out) =>
      l.op(op, [x!], { poolSize: [...c.pool], strides: [...c.strides], padding: c.padding }, [l.batch, ...out]),
  });
}

export const maxPool2d = pool('maxPool2d', 'MaxPooling2D', 'max_pooling2d', 'max_pool2d');
export const avgPool2d = pool('avgPool2d', 'AveragePooling2D', 'average_pooling2d', 'avg_pool2d');

export const globalAvgPool2d = defineLayer<Record<string, never>>({
  dslName: 'globalAvgPool2d', kerasType: 'GlobalAveragePooling2D', baseName: 'global_average_pooling2d', arity: 1,
  parse(a) {
    a.options(0, { name: 'string', trainable: 'bool' });
    a.atMost(1);
    return {};
  },
  build(_c, [x], at) {
    const [, , ch] = image(at, x);
    return { output: [ch], params: [] };
  },
  lower: (l, _c, [x], _p, out) => l.op('global_avg_pool2d', [x!], {}, [l.batch, ...out]),
});

type Interpolation = 'nearest' | 'bilinear';

/** UpSampling2D: repeats (or bilinearly interpolates) rows and columns by integer factors; no weights. */
export const upSampling2d = defineLayer<{ size: Pair; interpolation: Interpolation }>({
  dslName: 'upSampling2d', kerasType: 'UpSampling2D', baseName: 'up_sampling2d', arity: 1,
  parse(a) {
    const o = a.leadingOption('size', { size: 'size2', interpolation: { oneOf: ['nearest', 'bilinear'] }, name: 'string', trainable: 'bool' });
    return { size: (o.size as Pair | undefined) ?? [2, 2], interpolation: (o.interpolation as Interpolation | undefined) ?? 'nearest' };
  },
  build(c, [x], at) {
    const [h, w, ch] = image(at, x);
    return { output: checkOutput(at, x!.shape, [h * c.size[0], w * c.size[1], ch]), params: [] };
  },
  lower: (l, c, [x], _p, out) => l.op('upsample2d', [x!], { size: [...c.size], interpolation: c.interpolation }, [l.batch, ...out]),
});
