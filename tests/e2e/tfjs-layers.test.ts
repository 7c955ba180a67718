/**
 * @file Every new layer against TensorFlow.js (CPU backend), table-driven: one entry per layer.
 *
 * For each entry dlc compiles a tiny `sequential` model (the layer, then what is listed after it)
 * and TF.js builds the same stack from its Keras layers. With the same weights (dlc's seeded
 * initial weights, copied into TF.js in weight order) the test checks: the summary rows (type,
 * output shape, params) and totals; the forward output of dlc's inference graph; and one SGD step
 * of dlc's training graph (MSE loss and every updated weight) against TF.js's gradients — all to 1e-4.
 * dlc's graphs run in the reference interpreter (the ops' GPU kernels are checked against it by
 * the property tests), and a subset also fused and compiled on WebGPU. Where TF.js lacks an option
 * (GRU `resetAfter: true`, Keras 3's hard sigmoid), the entry gives the Keras definition in TF.js ops.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as TF from '@tensorflow/tfjs';
import { summaryJson } from '../../src/cli/commands/summary.ts';
import { compileInference, compileTraining } from '../../src/compile.ts';
import type { CompiledModel } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { compileProgramPlan } from '../../src/codegen/plan.ts';
import { fuseFor } from '../../src/compile.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { useGpu } from '../gpu-fixture.ts';
import { maxRelErr, modelFromSource, stepFeeds } from './train-helpers.ts';

let tf: typeof TF;
beforeAll(async () => {
  const quiet = [vi.spyOn(console, 'log').mockImplementation(() => {}), vi.spyOn(console, 'warn').mockImplementation(() => {})];
  try {
    tf = await import('@tensorflow/tfjs');
    tf.env().set('IS_TEST', true);
    await tf.setBackend('cpu');
  } finally {
    for (const s of quiet) s.mockRestore();
  }
});

/** A forward pass written in TF.js ops, for options TF.js's layers lack; `w` are the weights in dlc's order. */
type Custom = (x: TF.Tensor, w: readonly TF.Tensor[]) => TF.Tensor;

export interface LayerCase {
  readonly name: string;
  /** Per-sample input shape. */
  readonly input: readonly number[];
  /** dlc's layer list (source text), or with `functional` the body of `forward({ x })`. */
  readonly dlc: string;
  readonly functional?: boolean;
  /** The same stack in TF.js layers (for the summary and, unless `custom` is given, the forward pass). */
  readonly tf?: (L: typeof TF.layers) => TF.layers.Layer[];
  /** The same graph built functionally in TF.js (with `functional`). */
  readonly tfGraph?: (L: typeof TF.layers, x: TF.SymbolicTensor) => TF.SymbolicTensor;
  /** Expected summary rows `Type [shape] params` where TF.js has no such layer (then `custom` gives the forward pass). */
  readonly rows?: readonly string[];
  /** The forward pass in TF.js ops when TF.js's layer lacks the option. */
  readonly custom?: Custom;
  /** Expected params per row when TF.js's layer lacks the option (Keras's formula). */
  readonly params?: readonly number[];
  /** Expected layer types where TF.js has no such layer (its stand-in computes the same inference function). */
  readonly types?: readonly string[];
  /** Random in training (dropout): only the summary and the inference forward are compared. */
  readonly noisy?: boolean;
}

const sig = (x: TF.Tensor): TF.Tensor => tf.sigmoid(x);
/** Keras 3 hard sigmoid, relu6(x + 3) / 6. */
const hardSig = (x: TF.Tensor): TF.Tensor => tf.div(tf.relu6(tf.add(x, 3)), 6);

/** Keras 3 GRUCell with reset_after = true over [n, t, d] (weights kernel, recurrent_kernel, bias [2, 3u]). */
function kerasGru(x: TF.Tensor, [k, rk, b]: readonly TF.Tensor[], units: number, returnSequences: boolean, goBackwards = false, rec = sig): TF.Tensor {
  const [n, t] = x.shape as [number, number, number];
  const [bIn, bRec] = tf.split(b!, 2, 0).map((v) => tf.reshape(v, [3 * units]));
  let h = tf.zeros([n, units]);
  const outs: TF.Tensor[] = [];
  for (let j = 0; j < t; j++) {
    const s = goBackwards ? t - 1 - j : j;
    const xs = tf.reshape(tf.slice(x, [0, s, 0], [n, 1, -1]), [n, -1]);
    const [xz, xr, xh] = tf.split(tf.add(tf.matMul(xs as TF.Tensor2D, k as TF.Tensor2D), bIn!), 3, 1);
    const [iz, ir, ih] = tf.split(tf.add(tf.matMul(h as TF.Tensor2D, rk as TF.Tensor2D), bRec!), 3, 1);
    const z = rec(tf.add(xz!, iz!));
    const r = rec(tf.add(xr!, ir!));
    const hh = tf.tanh(tf.add(xh!, tf.mul(r, ih!)));
    h = tf.add(tf.mul(z, h), tf.mul(tf.sub(1, z), hh));
    outs.push(h);
  }
  return returnSequences ? tf.stack(outs, 1) : h;
}

/** A dense head [.., d] → [.., units] on the weights that follow. */
const denseOn = (h: TF.Tensor, k: TF.Tensor, b: TF.Tensor): TF.Tensor => {
  const d = h.shape[h.shape.length - 1]!;
  return tf.reshape(tf.add(tf.matMul(tf.reshape(h, [-1, d]) as TF.Tensor2D, k as TF.Tensor2D), b), [...h.shape.slice(0, -1), k.shape[1]!]);
};

export const RECURRENT_CASES: LayerCase[] = [
  { name: 'gru resetAfter: false', input: [4, 3], dlc: `gru(5, { resetAfter: false, recurrentActivation: 'sigmoid' }), dense(2)`, tf: (L) => [L.gru({ units: 5, recurrentActivation: 'sigmoid' }), L.dense({ units: 2 })] },
  { name: 'gru resetAfter: false, sequences, backwards, relu', input: [4, 3], dlc: `gru(3, { resetAfter: false, returnSequences: true, goBackwards: true, activation: 'relu' }), flatten(), dense(2)`,
    tf: (L) => [L.gru({ units: 3, returnSequences: true, goBackwards: true, activation: 'relu', recurrentActivation: 'sigmoid' }), L.flatten(), L.dense({ units: 2 })] },
  { name: 'gru (Keras default resetAfter: true)', input: [4, 3], dlc: `gru(5), dense(2)`, tf: (L) => [L.gru({ units: 5 }), L.dense({ units: 2 })],
    params: [3 * 5 * (3 + 5 + 2), 12], custom: (x, w) => denseOn(kerasGru(x, w, 5, false), w[3]!, w[4]!) },
  { name: 'gru resetAfter: true, sequences, backwards, hardSigmoid', input: [3, 2], dlc: `gru(4, { returnSequences: true, goBackwards: true, recurrentActivation: 'hardSigmoid' }), dense(2)`,
    tf: (L) => [L.gru({ units: 4, returnSequences: true }), L.dense({ units: 2 })],
    params: [3 * 4 * (2 + 4 + 2), 10], custom: (x, w) => denseOn(kerasGru(x, w, 4, true, true, hardSig), w[3]!, w[4]!) },
  { name: 'lstm recurrentActivation: tanh, goBackwards', input: [4, 3], dlc: `lstm(4, { recurrentActivation: 'tanh', goBackwards: true }), dense(2)`,
    tf: (L) => [L.lstm({ units: 4, recurrentActivation: 'tanh', goBackwards: true }), L.dense({ units: 2 })] },
  { name: 'simpleRnn goBackwards, sequences', input: [4, 3], dlc: `simpleRnn(3, { goBackwards: true, returnSequences: true }), flatten(), dense(2)`,
    tf: (L) => [L.simpleRNN({ units: 3, goBackwards: true, returnSequences: true }), L.flatten(), L.dense({ units: 2 })] },
  { name: 'lstm dropout, recurrentDropout (inference)', input: [4, 3], dlc: `lstm(4, { dropout: 0.3, recurrentDropout: 0.2, recurrentActivation: 'sigmoid' }), dense(2)`,
    tf: (L) => [L.lstm({ units: 4, dropout: 0.3, recurrentDropout: 0.2, recurrentActivation: 'sigmoid' }), L.dense({ units: 2 })], noisy: true },
  { name: 'bidirectional lstm concat, sequences', input: [4, 3], dlc: `bidirectional(lstm(3, { returnSequences: true, recurrentActivation: 'sigmoid' })), flatten(), dense(2)`,
    tf: (L) => [L.bidirectional({ layer: L.lstm({ units: 3, returnSequences: true, recurrentActivation: 'sigmoid' }) as TF.RNN }), L.flatten(), L.dense({ units: 2 })] },
  { name: 'bidirectional gru sum', input: [4, 3], dlc: `bidirectional(gru(3, { resetAfter: false, recurrentActivation: 'sigmoid' }), { mergeMode: 'sum' }), dense(2)`,
    tf: (L) => [L.bidirectional({ layer: L.gru({ units: 3, recurrentActivation: 'sigmoid' }) as TF.RNN, mergeMode: 'sum' }), L.dense({ units: 2 })] },
  { name: 'bidirectional simpleRnn ave / mul', input: [3, 2], dlc: `bidirectional(simpleRnn(3, { returnSequences: true }), { mergeMode: 'ave' }), bidirectional(simpleRnn(2), { mergeMode: 'mul' }), dense(2)`,
    tf: (L) => [L.bidirectional({ layer: L.simpleRNN({ units: 3, returnSequences: true }) as TF.RNN, mergeMode: 'ave' }), L.bidirectional({ layer: L.simpleRNN({ units: 2 }) as TF.RNN, mergeMode: 'mul' }), L.dense({ units: 2 })] },
  // TF.js's summary lists a returnState layer's output as a list of shapes; dlc's row shows the main output.
  { name: 'lstm returnState', input: [4, 3], functional: true,
    dlc: `const [seq, h, c] = lstm(3, { returnSequences: true, returnState: true, recurrentActivation: 'sigmoid' })(x);\n    return dense(2)(concatenate([flatten()(seq), h, c]));`,
    rows: ['LSTM [null,4,3] 84', 'Flatten [null,12] 0', 'Concatenate [null,18] 0', 'Dense [null,2] 38'],
    tfGraph: (L, x) => {
      const [seq, h, c] = L.lstm({ units: 3, returnSequences: true, returnState: true, recurrentActivation: 'sigmoid' }).apply(x) as TF.SymbolicTensor[];
      return L.dense({ units: 2 }).apply(L.concatenate().apply([L.flatten().apply(seq!) as TF.SymbolicTensor, h!, c!])) as TF.SymbolicTensor;
    } },
  { name: 'gru and bidirectional simpleRnn returnState', input: [4, 3], functional: true,
    dlc: `const [out, h] = gru(3, { resetAfter: false, returnState: true, recurrentActivation: 'sigmoid' })(x);\n    const [o2, fh, bh] = bidirectional(simpleRnn(2, { returnState: true }))(x);\n    return dense(2)(concatenate([out, h, o2, fh, bh]));`,
    rows: ['GRU [null,3] 63', 'Bidirectional [null,4] 24', 'Concatenate [null,14] 0', 'Dense [null,2] 30'],
    tfGraph: (L, x) => {
      const [out, h] = L.gru({ units: 3, returnState: true, recurrentActivation: 'sigmoid' }).apply(x) as TF.SymbolicTensor[];
      const [o2, fh, bh] = L.bidirectional({ layer: L.simpleRNN({ units: 2, returnState: true }) as TF.RNN }).apply(x) as TF.SymbolicTensor[];
      return L.dense({ units: 2 }).apply(L.concatenate().apply([out!, h!, o2!, fh!, bh!])) as TF.SymbolicTensor;
    } },
  { name: 'timeDistributed dense, repeatVector', input: [3, 4], dlc: `timeDistributed(dense(3, { activation: 'tanh' })), flatten(), repeatVector(2), timeDistributed(dense(2))`,
    tf: (L) => [L.timeDistributed({ layer: L.dense({ units: 3, activation: 'tanh' }) }), L.flatten(), L.repeatVector({ n: 2 }), L.timeDistributed({ layer: L.dense({ units: 2 }) })] },
];

/** dense(3) with the activation, then dense(2): TF.js's dense layer with the same activation, or the definition in TF.js ops. */
function act(name: string, tfName: string | undefined, f?: (x: TF.Tensor) => TF.Tensor): LayerCase {
  return {
    name: `activation ${name}`, input: [4], dlc: `dense(3, { activation: '${name}' }), dense(2)`,
    tf: (L) => [L.dense({ units: 3, activation: (tfName ?? 'linear') as 'linear' }), L.dense({ units: 2 })],
    ...(f ? { custom: (x: TF.Tensor, w: readonly TF.Tensor[]) => denseOn(f(denseOn(x, w[0]!, w[1]!)), w[2]!, w[3]!) } : {}),
  };
}

export const ACTIVATION_CASES: LayerCase[] = [
  act('selu', 'selu'), act('swish', 'swish'), act('silu', undefined, (x) => tf.mul(x, tf.sigmoid(x))), act('softplus', 'softplus'), act('softsign', 'softsign'),
  act('relu6', 'relu6'), act('hardSigmoid', undefined, hardSig), act('exponential', undefined, (x) => tf.exp(x)), act('mish', 'mish'),
  { ...act('rrelu', undefined, (x) => tf.leakyRelu(x, (1 / 8 + 1 / 3) / 2)), noisy: true },
  { name: 'thresholdedRelu layer, activation(name) layer', input: [4], dlc: `dense(3), thresholdedRelu({ theta: 0.1 }), activation('softsign'), dense(2)`,
    tf: (L) => [L.dense({ units: 3 }), L.thresholdedReLU({ theta: 0.1 }), L.activation({ activation: 'softsign' }), L.dense({ units: 2 })],
    // TF.js has no gradient for its ThresholdedReLU: the same function with where().
    custom: (x, w) => {
      const h = denseOn(x, w[0]!, w[1]!);
      const keep = tf.cast(tf.greater(tf.tensor(h.dataSync(), h.shape), 0.1), 'float32'); // detached from the tape
      const t = tf.mul(h, keep);
      return denseOn(tf.div(t, tf.add(tf.abs(t), 1)), w[2]!, w[3]!);
    } },
  { name: 'rrelu layer in training (random slopes)', input: [4], dlc: `dense(3), rrelu({ lower: 0.1, upper: 0.3 }), dense(2)`,
    tf: (L) => [L.dense({ units: 3 }), L.leakyReLU({ alpha: 0.2 }), L.dense({ units: 2 })], types: ['Dense', 'RReLU', 'Dense'], noisy: true },
];

/** conv1d 'valid' stride 1 in TF.js ops: x [n, t, c], kernel [k, c, f]. */
const conv1dOn = (x: TF.Tensor, k: TF.Tensor, b: TF.Tensor): TF.Tensor => tf.add(tf.conv1d(x as TF.Tensor3D, k as TF.Tensor3D, 1, 'valid'), b);

/**
 * TF.js cannot differentiate dilated convolutions: the same conv1d as a stride-1 'valid' conv of
 * the padded input with the kernel's taps spread `d` apart (zeros between).
 */
function dilatedConv1d(x: TF.Tensor, k: TF.Tensor, b: TF.Tensor, d: number, before: number, after: number): TF.Tensor {
  const [taps, c, f] = k.shape as [number, number, number];
  const parts: TF.Tensor[] = [];
  for (let i = 0; i < taps; i++) {
    if (i > 0) parts.push(tf.zeros([d - 1, c, f]));
    parts.push(tf.slice(k, [i, 0, 0], [1, c, f]));
  }
  return conv1dOn(tf.pad(x, [[0, 0], [before, after], [0, 0]]), tf.concat(parts, 0), b);
}

export const CONV_CASES: LayerCase[] = [
  { name: 'conv1d valid, strides 2, relu', input: [7, 2], dlc: `conv1d(3, 3, { strides: 2, activation: 'relu' }), flatten(), dense(2)`,
    tf: (L) => [L.conv1d({ filters: 3, kernelSize: 3, strides: 2, activation: 'relu' }), L.flatten(), L.dense({ units: 2 })] },
  { name: 'conv1d same, dilation 2', input: [6, 2], dlc: `conv1d(3, 2, { padding: 'same', dilationRate: 2 }), flatten(), dense(2)`,
    tf: (L) => [L.conv1d({ filters: 3, kernelSize: 2, padding: 'same', dilationRate: 2 }), L.flatten(), L.dense({ units: 2 })],
    custom: (x, w) => denseOn(tf.reshape(dilatedConv1d(x, w[0]!, w[1]!, 2, 1, 1), [BATCH, 18]), w[2]!, w[3]!) },
  { name: 'conv1d causal, dilation 2', input: [6, 2], dlc: `conv1d(2, 3, { padding: 'causal', dilationRate: 2, activation: 'tanh' }), flatten(), dense(2)`,
    // TF.js's summary gives causal+dilated Conv1D the 'valid' length (Keras keeps the input length).
    rows: ['Conv1D [null,6,2] 14', 'Flatten [null,12] 0', 'Dense [null,2] 26'],
    custom: (x, w) => denseOn(tf.reshape(tf.tanh(dilatedConv1d(x, w[0]!, w[1]!, 2, 4, 0)), [BATCH, 12]), w[2]!, w[3]!) },
  { name: 'maxPool1d, avgPool1d same', input: [7, 2], dlc: `conv1d(2, 2), maxPool1d(), avgPool1d({ poolSize: 2, strides: 1, padding: 'same' }), flatten(), dense(2)`,
    tf: (L) => [L.conv1d({ filters: 2, kernelSize: 2 }), L.maxPooling1d({ poolSize: 2 }), L.averagePooling1d({ poolSize: 2, strides: 1, padding: 'same' }), L.flatten(), L.dense({ units: 2 })],
    // TF.js's avgPool gradient counts the 'same' padding its forward pass leaves out (wrong by finite
    // differences at the last step): the pooling written out, mean of (x[i], x[i+1]) and x[last] alone.
    custom: (x, w) => {
      const h = tf.reshape(tf.maxPool(tf.reshape(conv1dOn(x, w[0]!, w[1]!), [BATCH, 1, 6, 2]) as TF.Tensor4D, [1, 2], [1, 2], 'valid'), [BATCH, 3, 2]);
      const avg = tf.concat([tf.div(tf.add(tf.slice(h, [0, 0, 0], [-1, 2, -1]), tf.slice(h, [0, 1, 0], [-1, 2, -1])), 2), tf.slice(h, [0, 2, 0], [-1, 1, -1])], 1);
      return denseOn(tf.reshape(avg, [BATCH, 6]), w[2]!, w[3]!);
    } },
  { name: 'globalMaxPool1d', input: [5, 2], dlc: `conv1d(3, 2), globalMaxPool1d(), dense(2)`, tf: (L) => [L.conv1d({ filters: 3, kernelSize: 2 }), L.globalMaxPooling1d({}), L.dense({ units: 2 })] },
  { name: 'globalAvgPool1d', input: [5, 2], dlc: `conv1d(3, 2), globalAvgPool1d(), dense(2)`, tf: (L) => [L.conv1d({ filters: 3, kernelSize: 2 }), L.globalAveragePooling1d({}), L.dense({ units: 2 })] },
  { name: 'globalMaxPool2d', input: [4, 4, 2], dlc: `conv2d(3, 2), globalMaxPool2d(), dense(2)`, tf: (L) => [L.conv2d({ filters: 3, kernelSize: 2 }), L.globalMaxPooling2d({}), L.dense({ units: 2 })] },
  { name: 'zeroPadding2d, cropping2d', input: [3, 3, 2], dlc: `conv2d(2, 2), zeroPadding2d([[1, 0], [0, 2]]), cropping2d([[1, 0], [0, 1]]), zeroPadding2d(), flatten(), dense(2)`,
    tf: (L) => [L.conv2d({ filters: 2, kernelSize: 2 }), L.zeroPadding2d({ padding: [[1, 0], [0, 2]] }), L.cropping2D({ cropping: [[1, 0], [0, 1]] }), L.zeroPadding2d({}), L.flatten(), L.dense({ units: 2 })] },
  { name: 'depthwiseConv2d, depthMultiplier 2, same', input: [4, 4, 3], dlc: `depthwiseConv2d(2, { depthMultiplier: 2, padding: 'same' }), flatten(), dense(2)`,
    tf: (L) => [L.depthwiseConv2d({ kernelSize: 2, depthMultiplier: 2, padding: 'same' }), L.flatten(), L.dense({ units: 2 })] },
  { name: 'separableConv2d strides 2, same, relu', input: [5, 5, 2], dlc: `separableConv2d(4, 3, { strides: 2, padding: 'same', activation: 'relu' }), flatten(), dense(2)`,
    tf: (L) => [L.separableConv2d({ filters: 4, kernelSize: 3, strides: 2, padding: 'same', activation: 'relu' }), L.flatten(), L.dense({ units: 2 })] },
  { name: 'depthwiseConv2d 3×3, strides 2, same (odd input)', input: [7, 7, 3], dlc: `depthwiseConv2d(3, { strides: 2, padding: 'same' }), flatten(), dense(2)`,
    tf: (L) => [L.depthwiseConv2d({ kernelSize: 3, strides: 2, padding: 'same' }), L.flatten(), L.dense({ units: 2 })] },
  { name: 'depthwiseConv2d 3×2, strides [2, 1], valid, depthMultiplier 2', input: [6, 5, 2], dlc: `depthwiseConv2d([3, 2], { strides: [2, 1], depthMultiplier: 2 }), flatten(), dense(2)`,
    tf: (L) => [L.depthwiseConv2d({ kernelSize: [3, 2], strides: [2, 1], depthMultiplier: 2 }), L.flatten(), L.dense({ units: 2 })] },
  // TF.js's DepthwiseConv2D layer drops dilationRate (call and output shape), and its depthwise
  // gradients reject dilation > 1: the dilated cases run the Keras definition as taps in TF.js ops
  // (checked against tf.depthwiseConv2d's dilated forward below).
  { name: 'depthwiseConv2d dilation 2, same, relu', input: [6, 6, 2], dlc: `depthwiseConv2d(3, { dilationRate: 2, padding: 'same', activation: 'relu' }), flatten(), dense(2)`,
    rows: ['DepthwiseConv2D [null,6,6,2] 20', 'Flatten [null,72] 0', 'Dense [null,2] 146'],
    custom: (x, w) => denseOn(tf.reshape(tf.relu(tf.add(depthwiseTaps(x, w[0]!, 2, 'same'), w[1]!)), [BATCH, -1]), w[2]!, w[3]!) },
  { name: 'depthwiseConv2d dilation 2, valid, depthMultiplier 2', input: [7, 6, 2], dlc: `depthwiseConv2d(2, { dilationRate: 2, depthMultiplier: 2 }), flatten(), dense(2)`,
    rows: ['DepthwiseConv2D [null,5,4,4] 20', 'Flatten [null,80] 0', 'Dense [null,2] 162'],
    custom: (x, w) => denseOn(tf.reshape(tf.add(depthwiseTaps(x, w[0]!, 2, 'valid'), w[1]!), [BATCH, -1]), w[2]!, w[3]!) },
  { name: 'separableConv2d valid, depthMultiplier 2, dilation 2', input: [6, 6, 2], dlc: `separableConv2d(3, 2, { depthMultiplier: 2, dilationRate: 2 }), flatten(), dense(2)`,
    rows: ['SeparableConv2D [null,4,4,3] 31', 'Flatten [null,48] 0', 'Dense [null,2] 98'],
    custom: (x, w) => denseOn(tf.reshape(tf.add(tf.conv2d(depthwiseTaps(x, w[0]!, 2, 'valid') as TF.Tensor4D, w[1] as TF.Tensor4D, 1, 'valid'), w[2]!), [BATCH, -1]), w[3]!, w[4]!) },
  { name: 'separableConv2d strides 1, same', input: [4, 5, 3], dlc: `separableConv2d(2, 3, { padding: 'same' }), flatten(), dense(2)`,
    tf: (L) => [L.separableConv2d({ filters: 2, kernelSize: 3, padding: 'same' }), L.flatten(), L.dense({ units: 2 })] },
  { name: 'zeroPadding1d, cropping1d, upSampling1d (not in TF.js: the definition in TF.js ops)', input: [5, 2],
    dlc: `conv1d(2, 2), zeroPadding1d([1, 2]), cropping1d([2, 1]), upSampling1d(), flatten(), dense(2)`,
    rows: ['Conv1D [null,4,2] 10', 'ZeroPadding1D [null,7,2] 0', 'Cropping1D [null,4,2] 0', 'UpSampling1D [null,8,2] 0', 'Flatten [null,16] 0', 'Dense [null,2] 34'],
    custom: (x, w) => {
      const h = tf.slice(tf.pad(conv1dOn(x, w[0]!, w[1]!), [[0, 0], [1, 2], [0, 0]]), [0, 2, 0], [-1, 4, -1]);
      const up = tf.reshape(tf.tile(tf.reshape(h, [BATCH, 4, 1, 2]), [1, 1, 2, 1]), [BATCH, 16]);
      return denseOn(up, w[2]!, w[3]!);
    } },
];

export const MERGE_CASES: LayerCase[] = [
  { name: 'multiply, subtract, average, maximum, minimum', input: [4], functional: true,
    dlc: `const a = dense(3)(x);\n    const b = dense(3, { activation: 'tanh' })(x);\n    return dense(2)(concatenate([multiply([a, b]), average([a, b]), maximum([a, b]), minimum([a, b])]));`,
    tfGraph: (L, x) => {
      const a = L.dense({ units: 3 }).apply(x) as TF.SymbolicTensor;
      const b = L.dense({ units: 3, activation: 'tanh' }).apply(x) as TF.SymbolicTensor;
      const merged = [L.multiply(), L.average(), L.maximum(), L.minimum()].map((m) => m.apply([a, b]) as TF.SymbolicTensor);
      return L.dense({ units: 2 }).apply(L.concatenate().apply(merged)) as TF.SymbolicTensor;
    } },
  { name: 'subtract (not in TF.js)', input: [4], functional: true,
    dlc: `const a = dense(3)(x);\n    const b = dense(3, { activation: 'tanh' })(x);\n    return dense(2)(subtract([a, b]));`,
    rows: ['Dense [null,3] 15', 'Dense [null,3] 15', 'Subtract [null,3] 0', 'Dense [null,2] 8'],
    custom: (x, w) => denseOn(tf.sub(denseOn(x, w[0]!, w[1]!), tf.tanh(denseOn(x, w[2]!, w[3]!))), w[4]!, w[5]!) },
  { name: 'dot of vectors, normalize (cosine)', input: [4], functional: true,
    dlc: `const a = dense(3)(x);\n    const b = dense(3)(x);\n    return dense(2)(dot([a, b], { axes: 1, normalize: true }));`,
    tfGraph: (L, x) => L.dense({ units: 2 }).apply(L.dot({ axes: 1, normalize: true }).apply([L.dense({ units: 3 }).apply(x), L.dense({ units: 3 }).apply(x)] as TF.SymbolicTensor[])) as TF.SymbolicTensor },
  { name: 'dot of matrices, axes [2, 2]', input: [3, 4], functional: true,
    dlc: `const a = dense(2)(x);\n    const b = dense(2)(x);\n    return dense(2)(flatten()(dot([a, b], { axes: [2, 2] })));`,
    tfGraph: (L, x) => L.dense({ units: 2 }).apply(L.flatten().apply(L.dot({ axes: [2, 2] }).apply([L.dense({ units: 2 }).apply(x), L.dense({ units: 2 }).apply(x)] as TF.SymbolicTensor[]))) as TF.SymbolicTensor },
  { name: 'permute, flatten of rank 4', input: [3, 4, 2], dlc: `permute([3, 1, 2]), flatten(), dense(2)`,
    tf: (L) => [L.permute({ dims: [3, 1, 2] }), L.flatten(), L.dense({ units: 2 })] },
  { name: 'spatialDropout1d', input: [4, 3], dlc: `spatialDropout1d(0.5), flatten(), dense(2)`, tf: (L) => [L.spatialDropout1d({ rate: 0.5 }), L.flatten(), L.dense({ units: 2 })], noisy: true },
  { name: 'gaussianDropout, alphaDropout', input: [4], dlc: `dense(3), gaussianDropout(0.3), alphaDropout(0.2), dense(2)`,
    tf: (L) => [L.dense({ units: 3 }), L.gaussianDropout({ rate: 0.3 }), L.alphaDropout({ rate: 0.2 }), L.dense({ units: 2 })], noisy: true },
  { name: 'spatialDropout2d (not in TF.js)', input: [3, 3, 2], dlc: `spatialDropout2d(0.5), flatten(), dense(2)`,
    rows: ['SpatialDropout2D [null,3,3,2] 0', 'Flatten [null,18] 0', 'Dense [null,2] 38'], custom: (x, w) => denseOn(tf.reshape(x, [BATCH, 18]), w[0]!, w[1]!), noisy: true },
];

/**
 * Keras 3 / tf.image.resize semantics (half-pixel centres). TF.js's Resizing layer aligns corners
 * instead, ignores cropToAspectRatio, and its summary drops the batch axis, so it is not the oracle here.
 */
const resize = (x: TF.Tensor, h: number, w: number, mode: 'bilinear' | 'nearest'): TF.Tensor =>
  mode === 'bilinear' ? tf.image.resizeBilinear(x as TF.Tensor4D, [h, w], false, true) : tf.image.resizeNearestNeighbor(x as TF.Tensor4D, [h, w], false, true);
/** conv2d 'valid' stride 1 + bias, then flatten and dense, on weights w[0..3]. */
const convHead = (x: TF.Tensor, w: readonly TF.Tensor[]): TF.Tensor => {
  const c = tf.add(tf.conv2d(x as TF.Tensor4D, w[0] as TF.Tensor4D, 1, 'valid'), w[1]!);
  return denseOn(tf.reshape(c, [BATCH, -1]), w[2]!, w[3]!);
};

export const PREPROCESSING_CASES: LayerCase[] = [
  { name: 'rescaling', input: [4, 4, 2], dlc: `rescaling(0.5, { offset: -1 }), conv2d(2, 2), flatten(), dense(2)`,
    tf: (L) => [L.rescaling({ scale: 0.5, offset: -1 }), L.conv2d({ filters: 2, kernelSize: 2 }), L.flatten(), L.dense({ units: 2 })] },
  { name: 'resizing bilinear, up and down', input: [4, 5, 2], dlc: `resizing(6, 3), conv2d(2, 2), flatten(), dense(2)`,
    rows: ['Resizing [null,6,3,2] 0', 'Conv2D [null,5,2,2] 18', 'Flatten [null,20] 0', 'Dense [null,2] 42'],
    custom: (x, w) => convHead(resize(x, 6, 3, 'bilinear'), w) },
  { name: 'resizing nearest', input: [4, 5, 2], dlc: `resizing(3, 7, { interpolation: 'nearest' }), conv2d(2, 2), flatten(), dense(2)`,
    rows: ['Resizing [null,3,7,2] 0', 'Conv2D [null,2,6,2] 18', 'Flatten [null,24] 0', 'Dense [null,2] 50'],
    custom: (x, w) => convHead(resize(x, 3, 7, 'nearest'), w) },
  { name: 'resizing cropToAspectRatio', input: [4, 6, 2], dlc: `resizing(3, 3, { cropToAspectRatio: true }), conv2d(2, 2), flatten(), dense(2)`,
    rows: ['Resizing [null,3,3,2] 0', 'Conv2D [null,2,2,2] 18', 'Flatten [null,8] 0', 'Dense [null,2] 18'],
    custom: (x, w) => convHead(resize(tf.slice(x, [0, 0, 1, 0], [-1, 4, 4, -1]), 3, 3, 'bilinear'), w) },
  { name: 'centerCrop', input: [5, 6, 2], dlc: `centerCrop(2, 3), conv2d(2, 2), flatten(), dense(2)`,
    tf: (L) => [L.centerCrop({ height: 2, width: 3 }), L.conv2d({ filters: 2, kernelSize: 2 }), L.flatten(), L.dense({ units: 2 })],
    custom: (x, w) => convHead(tf.slice(x, [0, 1, 1, 0], [-1, 2, 3, -1]), w) },
  { name: 'randomCrop (inference: centred aspect window, resized), not in TF.js', input: [5, 7, 2], dlc: `randomCrop(3, 3), conv2d(2, 2), flatten(), dense(2)`,
    rows: ['RandomCrop [null,3,3,2] 0', 'Conv2D [null,2,2,2] 18', 'Flatten [null,8] 0', 'Dense [null,2] 18'],
    custom: (x, w) => convHead(resize(tf.slice(x, [0, 0, 1, 0], [-1, 5, 5, -1]), 3, 3, 'bilinear'), w), noisy: true },
  { name: 'randomBrightness (inference: identity), not in TF.js', input: [3, 3, 2], dlc: `randomBrightness(0.2, { valueRange: [-1, 1] }), conv2d(2, 2), flatten(), dense(2)`,
    rows: ['RandomBrightness [null,3,3,2] 0', 'Conv2D [null,2,2,2] 18', 'Flatten [null,8] 0', 'Dense [null,2] 18'], custom: convHead, noisy: true },
];

const BATCH = 2;
const LR = 0.1;

const DLC_NAMES = new Set(['sequential', 'model', 'input', 'sgd', 'synthetic']);

function source(c: LayerCase, target: readonly number[] | undefined): string {
  const used = new Set([...c.dlc.matchAll(/\b([a-z][A-Za-z0-9]*)\(/g)].map((m) => m[1]!).filter((n) => !['forward'].includes(n)));
  const names = [...DLC_NAMES, ...used];
  const shape = `[${c.input.join(', ')}]`;
  const train = target ? `train: { data: synthetic({ kind: 'random', shape: ${shape}, targetShape: [${target.join(', ')}] }), loss: 'mse', optimizer: sgd({ learningRate: ${LR} }), batchSize: ${BATCH} },` : '';
  const body = c.functional ? `inputs: { x: input(${shape}) },\n  forward({ x }) {\n    ${c.dlc}\n  },` : `input: ${shape},\n  layers: [${c.dlc}],`;
  return `import { ${names.join(', ')} } from 'dlc';
export default ${c.functional ? 'model' : 'sequential'}({
  name: 'case',
  ${body}
  ${train}
});
`;
}

function tfModel(c: LayerCase): TF.LayersModel | undefined {
  const x = tf.input({ shape: [...c.input] });
  if (c.tfGraph) return tf.model({ inputs: x, outputs: c.tfGraph(tf.layers, x) });
  if (!c.tf) return undefined;
  return tf.model({ inputs: x, outputs: c.tf(tf.layers).reduce((h: TF.SymbolicTensor, l) => l.apply(h) as TF.SymbolicTensor, x) });
}

interface Row { type: string; outputShape: (number | null)[]; params: number }

export async function checkLayerCase(c: LayerCase, device?: GPUDevice): Promise<void> {
  const ref = tfModel(c);
  const target = ref ? (ref.outputs[0]!.shape as number[]).slice(1) : modelFromSource('case', source(c, undefined)).outputs[0]!.shape;
  const m: CompiledModel = modelFromSource('case', source(c, target));
  // Summary: types, shapes, params per layer (sorted for functional graphs: branch order is free).
  const rows = (summaryJson(m) as { layers: Row[] }).layers.filter((l) => l.type !== 'InputLayer');
  const sorted = (xs: string[]): string[] => (c.functional ? xs.sort() : xs);
  if (ref && !c.rows) {
    const refRows = ref.layers.filter((l) => l.getClassName() !== 'InputLayer');
    expect(sorted(rows.map((r) => `${r.type} ${JSON.stringify(r.outputShape)}`))).toEqual(sorted(refRows.map((l, i) => `${c.types?.[i] ?? l.getClassName()} ${JSON.stringify(l.outputShape)}`)));
    expect(sorted(rows.map((r) => `${r.params}`))).toEqual(sorted((c.params ?? refRows.map((l) => l.countParams())).map(String)));
  } else {
    expect(sorted(rows.map((r) => `${r.type} ${JSON.stringify(r.outputShape)} ${r.params}`))).toEqual(sorted([...c.rows!]));
  }
  // The same weights on both sides, in weight order.
  const full = compileTraining(m, { batch: BATCH, data: { xShape: [...c.input], yShape: target, yDtype: 'f32', resident: BATCH } });
  const y = Array.from({ length: BATCH * target.reduce((a, b) => a * b, 1) }, (_, i) => Math.sin(i + 1));
  const feeds = stepFeeds(m, full.graph, 7, { 'data/y': y, idx: [0, 1], 'opt/lr': [LR], 'opt/t': [1] });
  const ws = m.params.map((p) => tf.tensor(feeds[p.name]!, [...p.shape]));
  if (!c.custom) ref!.setWeights(ws);
  const x = tf.tensor(feeds['data/x']!, [BATCH, ...c.input]);
  const forward = (input: TF.Tensor, w: readonly TF.Tensor[]): TF.Tensor => (c.custom ? c.custom(input, w) : (ref!.apply(input) as TF.Tensor));
  // Forward: dlc's inference graph.
  const inf = compileInference(m, { batch: BATCH, after: 'resimplify' }).graph;
  const got = interpret(inf, { [inf.args.find((a) => !a.name.includes('.'))!.name]: feeds['data/x']!, ...Object.fromEntries(m.params.map((p) => [p.name, feeds[p.name]!])) });
  const want = await forward(x, ws).data();
  expect(maxRelErr(got[inf.outputs[0]!.name]!.data, want), 'forward').toBeLessThan(1e-4);
  if (device) {
    // The same inference graph fused and compiled to WGSL, run on WebGPU.
    const exe = await loadPlan(device, compileProgramPlan(inf, { fusion: fuseFor(inf, {}) }).plan);
    try {
      const feedsOf = (names: readonly { name: string }[]) => Object.fromEntries(names.map((a) => [a.name, a.name.includes('.') ? feeds[a.name]! : feeds['data/x']!]));
      await exe.setParams(feedsOf(exe.params));
      const out = await exe.run(feedsOf(exe.inputs));
      expect(maxRelErr(out[inf.outputs[0]!.name]!, want), 'forward on WebGPU').toBeLessThan(1e-4);
    } finally {
      exe.destroy();
    }
    return;
  }
  if (c.noisy) {
    // Training mode draws masks or slopes: the step must still run and give a finite loss.
    expect(Number.isFinite(interpret(full.graph, feeds).loss!.data[0]!)).toBe(true);
    return;
  }
  // One SGD step: loss and every updated weight.
  const out = interpret(full.graph, feeds);
  const vars = c.custom ? ws.map((w) => tf.variable(w)) : ref!.trainableWeights.map((w) => w.read() as TF.Variable);
  const yt = tf.tensor(y, [BATCH, ...target]);
  const { value, grads } = tf.variableGrads(() => tf.losses.meanSquaredError(yt, forward(x, vars)) as TF.Scalar, vars);
  expect(maxRelErr(out.loss!.data, await value.data()), 'loss').toBeLessThan(1e-4);
  for (const [i, p] of m.params.entries()) {
    const w = vars[i]!;
    const updated = await tf.sub(w, tf.mul(LR, grads[w.name]!)).data();
    expect(maxRelErr(out[`update/${p.name}`]!.data, updated), `updated ${p.name}`).toBeLessThan(1e-4);
  }
}

/**
 * Keras's depthwise convolution (stride 1, dilation `d`) as a sum over its taps of shifted slices of
 * the padded input times that tap's [C, M] weights: TF.js differentiates it for any dilation.
 */
function depthwiseTaps(x: TF.Tensor, dk: TF.Tensor, d: number, padding: 'same' | 'valid'): TF.Tensor {
  const [b, h, wd, c] = x.shape as [number, number, number, number];
  const [kh, kw, , m] = dk.shape as [number, number, number, number];
  const [eh, ew] = [(kh - 1) * d + 1, (kw - 1) * d + 1];
  const [ph, pw] = padding === 'same' ? [eh - 1, ew - 1] : [0, 0];
  const xp = tf.pad(x, [[0, 0], [Math.floor(ph / 2), ph - Math.floor(ph / 2)], [Math.floor(pw / 2), pw - Math.floor(pw / 2)], [0, 0]]);
  const [oh, ow] = [h + ph - eh + 1, wd + pw - ew + 1];
  let y: TF.Tensor | undefined;
  for (let i = 0; i < kh; i++) {
    for (let j = 0; j < kw; j++) {
      const tap = tf.mul(tf.reshape(tf.slice(xp, [0, i * d, j * d, 0], [b, oh, ow, c]), [b, oh, ow, c, 1]), tf.reshape(tf.slice(dk, [i, j, 0, 0], [1, 1, c, m]), [c, m]));
      y = y ? tf.add(y, tap) : tap;
    }
  }
  return tf.reshape(y!, [b, oh, ow, c * m]);
}

describe('recurrent layers vs TensorFlow.js', () => {
  for (const c of RECURRENT_CASES) it(c.name, () => checkLayerCase(c));
});

describe('convolution, pooling, padding layers vs TensorFlow.js', () => {
  for (const c of CONV_CASES) it(c.name, () => checkLayerCase(c));
  it('the dilated depthwise taps (the oracle above) equal tf.depthwiseConv2d', async () => {
    for (const [shape, k, m, padding] of [[[2, 6, 6, 2], 3, 1, 'same'], [[2, 7, 6, 2], 2, 2, 'valid'], [[1, 5, 7, 3], 3, 2, 'same']] as const) {
      const x = tf.randomNormal([...shape], 0, 1, 'float32', 1);
      const dk = tf.randomNormal([k, k, shape[3], m], 0, 1, 'float32', 2);
      const want = await tf.depthwiseConv2d(x as TF.Tensor4D, dk as TF.Tensor4D, 1, padding, 'NHWC', 2).data();
      expect(maxRelErr(await depthwiseTaps(x, dk, 2, padding).data(), want)).toBeLessThan(1e-5);
    }
  });
});

describe('merges, utilities and regularisation vs TensorFlow.js', () => {
  for (const c of MERGE_CASES) it(c.name, () => checkLayerCase(c));
});

describe('preprocessing layers vs TensorFlow.js', () => {
  for (const c of PREPROCESSING_CASES) it(c.name, () => checkLayerCase(c));
});

describe('activations vs TensorFlow.js', () => {
  for (const c of ACTIVATION_CASES) it(c.name, () => checkLayerCase(c));
});

const gpu = useGpu();
/** New lowerings (gate slicing, depthwise convolutions, interpolation matmuls, batched dot, causal pad) on the GPU too. */
const ON_GPU_ALL = ['gru (Keras default resetAfter: true)', 'bidirectional lstm concat, sequences', 'conv1d causal, dilation 2', 'separableConv2d strides 2, same, relu', 'resizing bilinear, up and down', 'dot of matrices, axes [2, 2]'];
/** SwiftShader compiles each kernel slowly: CI runs two (~8 s each); DLC_GPU_LAYERS=all runs the six. */
const ON_GPU = process.env.DLC_GPU_LAYERS === 'all' ? ON_GPU_ALL : ['separableConv2d strides 2, same, relu', 'depthwiseConv2d 3×2, strides [2, 1], valid, depthMultiplier 2', 'resizing bilinear, up and down'];

describe('forward on WebGPU vs TensorFlow.js (a subset)', () => {
  const all = [...RECURRENT_CASES, ...CONV_CASES, ...MERGE_CASES, ...PREPROCESSING_CASES];
  for (const name of ON_GPU) it(name, () => checkLayerCase(all.find((c) => c.name === name)!, gpu.device), 60_000);
});

describe('random preprocessing in training mode (definitions written here)', () => {
  /** The training-mode forward of a one-layer model on x [BATCH, ...input], at `step`. */
  function trainForward(layer: string, input: readonly number[], x: Float32Array, step: number): Float32Array {
    const name = layer.slice(0, layer.indexOf('('));
    const m = modelFromSource('case', `import { sequential, ${name} } from 'dlc';\nexport default sequential({ name: 'case', input: [${input.join(', ')}], layers: [${layer}] });\n`);
    const g = m.graph(BATCH, { training: true, seed: 3 });
    return interpret(g, { input: x, step: [step] }).output!.data as Float32Array;
  }
  const image = (n: number): Float32Array => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 1.7) * 0.9);

  it('randomCrop: each image is an exact window at an integer offset, and offsets vary', () => {
    const [h, w, c, ch, cw] = [5, 6, 2, 3, 3];
    const x = image(BATCH * h * w * c);
    const offsets = new Set<string>();
    for (let step = 0; step < 4; step++) {
      const y = trainForward(`randomCrop(${ch}, ${cw}, { seed: 5 })`, [h, w, c], x, step);
      for (let b = 0; b < BATCH; b++) {
        const at = (dy: number, dx: number): boolean => {
          for (let i = 0; i < ch; i++) for (let j = 0; j < cw; j++) for (let k = 0; k < c; k++) {
            if (Math.abs(y[((b * ch + i) * cw + j) * c + k]! - x[((b * h + i + dy) * w + j + dx) * c + k]!) > 1e-6) return false;
          }
          return true;
        };
        const found = [...Array((h - ch + 1) * (w - cw + 1)).keys()].map((k) => [Math.floor(k / (w - cw + 1)), k % (w - cw + 1)] as const).find(([dy, dx]) => at(dy, dx));
        expect(found, `step ${step} image ${b}`).toBeDefined();
        offsets.add(found!.join());
      }
    }
    expect(offsets.size).toBeGreaterThan(1);
  });

  it('randomBrightness: one shift per image within ±factor·range, clipped to valueRange', () => {
    const x = image(BATCH * 3 * 3 * 2);
    const y = trainForward(`randomBrightness(0.2, { valueRange: [-1, 1], seed: 2 })`, [3, 3, 2], x, 1);
    for (let b = 0; b < BATCH; b++) {
      const deltas = Array.from({ length: 18 }, (_, i) => y[b * 18 + i]! - x[b * 18 + i]!).filter((_, i) => Math.abs(y[b * 18 + i]!) < 1);
      const d = deltas[0]!;
      expect(Math.abs(d)).toBeLessThanOrEqual(0.2 * 2 + 1e-6);
      for (const e of deltas) expect(e).toBeCloseTo(d, 5);
      for (let i = 0; i < 18; i++) expect(Math.abs(y[b * 18 + i]!)).toBeLessThanOrEqual(1);
    }
  });
});
