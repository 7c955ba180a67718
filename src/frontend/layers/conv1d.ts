/**
 * @file 1-D convolution and pooling on [batch, steps, channels] sequences, plus the global max
 * pooling of images. Each is the 2-D op on a [batch, 1, steps, channels] view (no new IR op), so
 * fusion, the GPU kernels and their gradients are those of conv2d and the 2-D pools.
 */
import type { Value } from '../../ir/index.ts';
import type { ActivationName, ArgReader } from '../args.ts';
import { applyActivation } from './activation.ts';
import { weightInit } from '../initializers.ts';
import { defineLayer, param, type ApplySite, type InitName, type LayerInput, type Lowerer } from './layer-def.ts';
import { checkElements, checkOutput, expectRank, windowOut } from './shape.ts';
import { KERNEL_BIAS_WEIGHTS, penaltyOptions, readPenalties, withPenalties, type Penalties } from './penalties.ts';

type Padding1d = 'valid' | 'same' | 'causal';

interface Conv1dConfig {
  filters: number;
  kernel: number;
  strides: number;
  dilation: number;
  padding: Padding1d;
  activation: ActivationName;
  useBias: boolean;
  kernelInit: InitName;
  biasInit: InitName;
  penalties: Penalties;
}

const SEQ_HINT = '1-D layers take [batch, steps, channels] sequences; reshape([steps, channels]) first';

function sequence(at: ApplySite, x: LayerInput | undefined): readonly [number, number] {
  expectRank(at, x!.shape, 2, 'a sequence [batch, steps, channels]', SEQ_HINT);
  return x!.shape as unknown as readonly [number, number];
}

/** [n, t, c] → [n, 1, t, c] and back. */
const to2d = (l: Lowerer, x: Value): Value => {
  const [n, t, c] = x.type.shape as [number, number, number];
  return l.op('reshape', [x], { shape: [n, 1, t, c] }, [n, 1, t, c]);
};
const from2d = (l: Lowerer, y: Value): Value => {
  const [n, , t, c] = y.type.shape as [number, number, number, number];
  return l.op('reshape', [y], { shape: [n, t, c] }, [n, t, c]);
};

function conv1dLength(c: Conv1dConfig, t: number): number {
  if (c.padding === 'causal') return windowOut(t + (c.kernel - 1) * c.dilation, c.kernel, c.strides, 'valid', c.dilation);
  return windowOut(t, c.kernel, c.strides, c.padding, c.dilation);
}

/**
 * Keras `Conv1D`: kernel [kernelSize, inChannels, filters]. `causal` padding puts (k − 1)·dilation
 * zeros before the sequence, so step t sees only steps ≤ t (WaveNet-style sequence models).
 */
export const conv1d = defineLayer<Conv1dConfig>({
  dslName: 'conv1d', kerasType: 'Conv1D', baseName: 'conv1d', arity: 1,
  parse(a: ArgReader) {
    const filters = a.required(0, 'the number of filters', 'size') as number;
    const kernel = a.required(1, 'the kernel size', 'size') as number;
    const o = a.options(2, {
      strides: 'size', padding: { oneOf: ['valid', 'same', 'causal'] }, dilationRate: 'size', activation: 'activation', useBias: 'bool',
      kernelInitializer: 'initializer', biasInitializer: 'initializer', kernel: 'weights', bias: 'weights', name: 'string', trainable: 'bool',
      ...penaltyOptions(KERNEL_BIAS_WEIGHTS),
    });
    a.atMost(3);
    return {
      filters, kernel,
      strides: (o.strides as number | undefined) ?? 1,
      dilation: (o.dilationRate as number | undefined) ?? 1,
      padding: (o.padding as Padding1d | undefined) ?? 'valid',
      activation: (o.activation as ActivationName | undefined) ?? 'linear',
      useBias: (o.useBias as boolean | undefined) ?? true,
      kernelInit: weightInit(a, o, 'kernel', 'kernelInitializer', 'glorotUniform'),
      biasInit: weightInit(a, o, 'bias', 'biasInitializer', 'zeros', o.useBias !== false),
      penalties: readPenalties(o, KERNEL_BIAS_WEIGHTS),
    };
  },
  build(c, [x], at) {
    const [t, ch] = sequence(at, x);
    const params = [param('kernel', checkElements(at, [c.kernel, ch, c.filters], 'kernel'), c.kernelInit, true)];
    if (c.useBias) params.push(param('bias', [c.filters], c.biasInit, true));
    return { output: checkOutput(at, x!.shape, [conv1dLength(c, t), c.filters]), params: withPenalties(params, c.penalties) };
  },
  lower(l, c, [x], p, out) {
    const [n, t, ch] = x!.type.shape as [number, number, number];
    let x4 = to2d(l, x!);
    if (c.padding === 'causal') {
      const before = (c.kernel - 1) * c.dilation;
      x4 = l.op('pad', [x4], { pads: [0, 0, 0, 0, before, 0, 0, 0], value: 0 }, [n, 1, t + before, ch]);
    }
    const k4 = l.op('reshape', [p.kernel!], { shape: [1, c.kernel, ch, c.filters] }, [1, c.kernel, ch, c.filters]);
    const full4 = [n, 1, out[0]!, c.filters];
    let y = l.op('conv2d', [x4, k4], { strides: [1, c.strides], padding: c.padding === 'causal' ? 'valid' : c.padding, dilations: [1, c.dilation] }, full4);
    if (c.useBias) y = l.op('add', [y, p.bias!], {}, full4);
    return applyActivation(l, c.activation, from2d(l, y), [l.batch, ...out]);
  },
});

interface Pool1dConfig {
  pool: number;
  strides: number;
  padding: 'valid' | 'same';
}

function pool1d(dslName: string, kerasType: string, baseName: string, op: string) {
  return defineLayer<Pool1dConfig>({
    dslName, kerasType, baseName, arity: 1,
    parse(a) {
      const o = a.leadingOption('poolSize', { poolSize: 'size', strides: 'size', padding: { oneOf: ['valid', 'same'] }, name: 'string', trainable: 'bool' });
      const pool = (o.poolSize as number | undefined) ?? 2;
      return { pool, strides: (o.strides as number | undefined) ?? pool, padding: (o.padding as 'valid' | 'same' | undefined) ?? 'valid' };
    },
    build(c, [x], at) {
      const [t, ch] = sequence(at, x);
      return { output: checkOutput(at, x!.shape, [windowOut(t, c.pool, c.strides, c.padding), ch]), params: [] };
    },
    lower(l, c, [x], _p, out) {
      const y = l.op(op, [to2d(l, x!)], { poolSize: [1, c.pool], strides: [1, c.strides], padding: c.padding }, [l.batch, 1, ...out]);
      return from2d(l, y);
    },
  });
}

/** Keras `MaxPooling1D` (poolSize 2, strides = poolSize, `valid`). */
export const maxPool1d = pool1d('maxPool1d', 'MaxPooling1D', 'max_pooling1d', 'max_pool2d');
/** Keras `AveragePooling1D`; `same` padding averages only the steps inside the sequence, as Keras. */
export const avgPool1d = pool1d('avgPool1d', 'AveragePooling1D', 'average_pooling1d', 'avg_pool2d');

function globalPool(dslName: string, kerasType: string, baseName: string, op: 'reduce_mean' | 'reduce_max', rank: 2 | 3) {
  return defineLayer<Record<string, never>>({
    dslName, kerasType, baseName, arity: 1,
    parse(a) {
      a.options(0, { name: 'string', trainable: 'bool' });
      a.atMost(1);
      return {};
    },
    build(_c, [x], at) {
      expectRank(at, x!.shape, rank, rank === 2 ? 'a sequence [batch, steps, channels]' : 'an image [batch, height, width, channels]');
      return { output: [x!.shape[rank - 1]!], params: [] };
    },
    lower: (l, _c, [x], _p, out) => l.op(op, [x!], { axes: rank === 2 ? [1] : [1, 2], keepDims: false }, [l.batch, ...out]),
  });
}

/** Keras `GlobalAveragePooling1D`: mean over steps, [B, T, C] → [B, C]. */
export const globalAvgPool1d = globalPool('globalAvgPool1d', 'GlobalAveragePooling1D', 'global_average_pooling1d', 'reduce_mean', 2);
/** Keras `GlobalMaxPooling1D`: max over steps. */
export const globalMaxPool1d = globalPool('globalMaxPool1d', 'GlobalMaxPooling1D', 'global_max_pooling1d', 'reduce_max', 2);
/** Keras `GlobalMaxPooling2D`: max over height and width. */
export const globalMaxPool2d = globalPool('globalMaxPool2d', 'GlobalMaxPooling2D', 'global_max_pooling2d', 'reduce_max', 3);

/** Keras `UpSampling1D`: repeats each step `size` times (default 2). */
export const upSampling1d = defineLayer<{ size: number }>({
  dslName: 'upSampling1d', kerasType: 'UpSampling1D', baseName: 'up_sampling1d', arity: 1,
  parse(a) {
    const o = a.leadingOption('size', { size: 'size', name: 'string', trainable: 'bool' });
    return { size: (o.size as number | undefined) ?? 2 };
  },
  build(c, [x], at) {
    const [t, ch] = sequence(at, x);
    return { output: checkOutput(at, x!.shape, [t * c.size, ch]), params: [] };
  },
  lower(l, c, [x], _p, out) {
    const [n, t, ch] = x!.type.shape as [number, number, number];
    const one = l.op('reshape', [x!], { shape: [n, t, 1, ch] }, [n, t, 1, ch]);
    const rep = l.op('broadcast_to', [one], { shape: [n, t, c.size, ch] }, [n, t, c.size, ch]);
    return l.op('reshape', [rep], { shape: [l.batch, ...out] }, [l.batch, ...out]);
  },
});
