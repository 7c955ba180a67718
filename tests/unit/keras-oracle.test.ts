/**
 * @file An independent oracle for `dlc summary --json`: the same architectures built with TF.js's Keras
 * layers (CPU backend) must give the same per-layer output shapes and params and the same totals.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as TF from '@tensorflow/tfjs';
import { summaryJson } from '../../src/cli/commands/summary.ts';
import { compileModelFile } from '../../src/frontend/index.ts';

let tf: typeof TF;

beforeAll(async () => {
  // TF.js greets Node users with an "install tfjs-node" banner on the CPU backend's first use; its
  // warnings are off in test mode, and the import itself is kept quiet too.
  const quiet = [vi.spyOn(console, 'log').mockImplementation(() => {}), vi.spyOn(console, 'warn').mockImplementation(() => {})];
  try {
    tf = await import('@tensorflow/tfjs');
    tf.env().set('IS_TEST', true);
    await tf.setBackend('cpu');
  } finally {
    for (const s of quiet) s.mockRestore();
  }
});

type SymbolicTensor = TF.SymbolicTensor;
type Build = () => TF.LayersModel;

interface Summary {
  name: string;
  layers: { name: string; type: string; outputShape: (number | null)[]; params: number }[];
  totalParams: number;
  trainableParams: number;
  nonTrainableParams: number;
}

/** `dlc summary --json`'s object for one model of a file (the CLI prints exactly this). */
function dlcSummary(file: string, model: string): Summary {
  const m = compileModelFile(`models/${file}.ts`).models.find((x) => x.name === model);
  if (!m) throw new Error(`models/${file}.ts has no model ${model}`);
  return summaryJson(m) as Summary;
}

const size = (ws: readonly TF.LayerVariable[]): number => ws.reduce((s, w) => s + w.shape.reduce((a: number, b) => a * (b ?? 1), 1), 0);

/** Rows as `Type (shape) params`, InputLayers dropped; sorted for functional models (branch order is free). */
function rowsOfTf(m: TF.LayersModel, sort: boolean): string[] {
  const rows = m.layers.filter((l) => l.getClassName() !== 'InputLayer').map((l) => `${l.getClassName()} ${JSON.stringify(l.outputShape)} ${l.countParams()}`);
  return sort ? rows.sort() : rows;
}

function rowsOfDlc(s: Summary, sort: boolean): string[] {
  const rows = s.layers.filter((l) => l.type !== 'InputLayer').map((l) => `${l.type} ${JSON.stringify(l.outputShape)} ${l.params}`);
  return sort ? rows.sort() : rows;
}

function expectSame(file: string, model: string, build: Build, sort = false): void {
  const ours = dlcSummary(file, model);
  const keras = build();
  expect(rowsOfDlc(ours, sort)).toEqual(rowsOfTf(keras, sort));
  expect([ours.totalParams, ours.trainableParams, ours.nonTrainableParams]).toEqual([keras.countParams(), size(keras.trainableWeights), size(keras.nonTrainableWeights)]);
}

// Shorthands for the TF.js layers API.
const L = () => tf.layers;
/** A Sequential stack, built functionally (TF.js wants an inputShape on the first layer otherwise). */
const seq = (inputShape: number[], layers: TF.layers.Layer[]): TF.LayersModel => {
  const x = tf.input({ shape: inputShape });
  return tf.model({ inputs: x, outputs: layers.reduce((h: SymbolicTensor, l) => apply(l, h), x) });
};
const denseL = (units: number, activation?: 'relu' | 'sigmoid' | 'softmax' | 'tanh'): TF.layers.Layer => L().dense({ units, activation });
const convL = (filters: number, k: number, o: { padding?: 'same' | 'valid'; strides?: number; useBias?: boolean; activation?: 'relu' | 'tanh' | 'sigmoid' } = {}): TF.layers.Layer =>
  L().conv2d({ filters, kernelSize: k, ...o });
const apply = (l: TF.layers.Layer, x: SymbolicTensor | SymbolicTensor[]): SymbolicTensor => l.apply(x) as SymbolicTensor;

const SEQUENTIAL: Record<string, [string, Build]> = {
  iris_mlp: ['iris_mlp', () => seq([4], [denseL(32, 'relu'), denseL(16, 'relu'), denseL(3, 'softmax')])],
  mnist_mlp: ['mnist_mlp', () => seq([784], [denseL(128, 'relu'), L().dropout({ rate: 0.2 }), denseL(64, 'relu'), denseL(10, 'softmax')])],
  mnist_cnn: ['mnist_cnn', () => seq([28, 28, 1], [convL(32, 3), L().maxPooling2d({ poolSize: 2 }), convL(64, 3), L().maxPooling2d({ poolSize: 2 }), L().flatten(), denseL(64), denseL(10)])],
  cats_dogs_cnn: ['cats_dogs_cnn', () => seq([150, 150, 3], [
    convL(32, 3), L().maxPooling2d({ poolSize: 2 }), convL(64, 3), L().maxPooling2d({ poolSize: 2 }), convL(128, 3), L().maxPooling2d({ poolSize: 2 }),
    L().flatten(), denseL(128), denseL(1),
  ])],
  lstm: ['lstm', () => seq([100, 1], [L().lstm({ units: 50, returnSequences: true }), L().lstm({ units: 50 }), denseL(1)])],
  perceptron: ['perceptron', () => seq([2], [denseL(1, 'sigmoid')])],
  linear_regression: ['linear_regression', () => seq([1], [denseL(1)])],
  binary_classifier: ['binary_classifier', () => seq([100], [denseL(32, 'relu'), denseL(1, 'sigmoid')])],
  mnist_dropout: ['mnist_dropout', () => seq([28, 28, 1], [L().flatten(), denseL(256, 'relu'), L().dropout({ rate: 0.5 }), denseL(10, 'softmax')])],
  mnist_batchnorm: ['mnist_batchnorm', () => seq([28, 28, 1], [L().flatten(), denseL(64, 'relu'), L().batchNormalization(), denseL(10, 'softmax')])],
  lenet5: ['lenet5', () => seq([28, 28, 1], [
    convL(6, 5, { activation: 'tanh', padding: 'same' }), L().averagePooling2d({ poolSize: 2 }), convL(16, 5, { activation: 'tanh' }),
    L().averagePooling2d({ poolSize: 2 }), convL(120, 5, { activation: 'tanh' }), L().flatten(), denseL(84, 'tanh'), denseL(10, 'softmax'),
  ])],
  dense_autoencoder: ['autoencoder', () => seq([784], [denseL(128, 'relu'), denseL(32, 'relu'), denseL(128, 'relu'), denseL(784, 'sigmoid')])],
  conv_autoencoder: ['autoencoder', () => seq([28, 28, 1], [
    convL(16, 3, { padding: 'same' }), L().maxPooling2d({ poolSize: 2 }), convL(8, 3, { padding: 'same' }), L().maxPooling2d({ poolSize: 2 }),
    L().conv2dTranspose({ filters: 8, kernelSize: 3, strides: 2, padding: 'same' }), L().upSampling2d({ size: [2, 2] }),
    convL(16, 3, { padding: 'same' }), convL(1, 3, { padding: 'same' }),
  ])],
  linear_autoencoder: ['linear_autoencoder', () => seq([8], [denseL(2), denseL(8)])],
  simple_rnn: ['simple_rnn', () => seq([100, 1], [L().simpleRNN({ units: 32, activation: 'tanh' }), denseL(1)])],
  generator: ['gan', () => seq([64], [denseL(128), L().leakyReLU({ alpha: 0.2 }), denseL(784, 'tanh')])],
  discriminator: ['gan', () => seq([784], [denseL(128), L().leakyReLU({ alpha: 0.2 }), denseL(1, 'sigmoid')])],
};

function resnet(): TF.LayersModel {
  const image = tf.input({ shape: [32, 32, 3] });
  const convBn = (x: SymbolicTensor, f: number, k: number, s: number): SymbolicTensor =>
    apply(L().batchNormalization(), apply(convL(f, k, { strides: s, padding: 'same', useBias: false }), x));
  const relu = (x: SymbolicTensor): SymbolicTensor => apply(L().reLU(), x);
  let h = relu(convBn(image, 16, 3, 1));
  for (const [f, s] of [[16, 1], [32, 2], [64, 2]] as const) {
    const y = convBn(relu(convBn(h, f, 3, s)), f, 3, 1);
    const skip = s === 1 && f === 16 ? h : convBn(h, f, 1, s);
    h = relu(apply(L().add(), [y, skip]));
  }
  return tf.model({ inputs: image, outputs: apply(denseL(10, 'softmax'), apply(L().globalAveragePooling2d({}), h)) });
}

function vgg(): TF.LayersModel {
  const image = tf.input({ shape: [32, 32, 3] });
  let h = image;
  for (const f of [32, 64, 128]) h = apply(L().maxPooling2d({ poolSize: 2 }), apply(convL(f, 3, { padding: 'same' }), apply(convL(f, 3, { padding: 'same' }), h)));
  h = apply(L().dropout({ rate: 0.5 }), apply(denseL(128, 'relu'), apply(L().flatten(), h)));
  return tf.model({ inputs: image, outputs: apply(denseL(10, 'softmax'), h) });
}

function inception(): TF.LayersModel {
  const image = tf.input({ shape: [32, 32, 3] });
  const c = (f: number, k: number, x: SymbolicTensor): SymbolicTensor => apply(convL(f, k, { padding: 'same', activation: 'relu' }), x);
  const block = (x: SymbolicTensor, [b1, r3, b3, r5, b5, bp]: number[]): SymbolicTensor =>
    apply(L().concatenate({ axis: -1 }), [c(b1!, 1, x), c(b3!, 3, c(r3!, 1, x)), c(b5!, 5, c(r5!, 1, x)), c(bp!, 1, apply(L().maxPooling2d({ poolSize: 3, strides: 1, padding: 'same' }), x))]);
  let h = c(32, 3, image);
  h = apply(L().maxPooling2d({ poolSize: 2 }), block(h, [16, 24, 32, 4, 8, 8]));
  h = block(h, [32, 32, 48, 8, 24, 16]);
  return tf.model({ inputs: image, outputs: apply(denseL(10, 'softmax'), apply(L().globalAveragePooling2d({}), h)) });
}

/** mnist_cnn's conv base, frozen, under a new head: flattened here, as dlc's summary lists the base's layers. */
function transfer(frozenOnly: boolean): TF.LayersModel {
  const image = tf.input({ shape: [28, 28, 1] });
  const base = [convL(32, 3), L().maxPooling2d({ poolSize: 2 }), convL(64, 3), L().maxPooling2d({ poolSize: 2 }), L().flatten()];
  let h = image;
  for (const l of base) {
    l.trainable = false;
    h = apply(l, h);
  }
  if (!frozenOnly) h = apply(denseL(10, 'softmax'), apply(L().dropout({ rate: 0.5 }), apply(denseL(128, 'relu'), h)));
  return tf.model({ inputs: image, outputs: h });
}

/** The transformer's layers that TF.js has (no MultiHeadAttention or PositionEmbedding there). */
function attentionParts(): TF.LayersModel {
  const tokens = tf.input({ shape: [8], dtype: 'int32' });
  const e = apply(L().embedding({ inputDim: 10, outputDim: 32 }), tokens);
  // Stand-ins of the same shape for the position embedding and the attention output.
  const h = apply(L().layerNormalization({ epsilon: 1e-6 }), apply(L().add(), [apply(L().add(), [e, e]), e]));
  const mlp = apply(denseL(32), apply(L().dense({ units: 128 }), h));
  const out = apply(L().layerNormalization({ epsilon: 1e-6 }), apply(L().add(), [h, mlp]));
  return tf.model({ inputs: tokens, outputs: apply(denseL(10, 'softmax'), out) });
}

describe('dlc summary agrees with TF.js (Keras layers)', () => {
  it.each(Object.keys(SEQUENTIAL))('sequential %s', (model) => {
    const [file, build] = SEQUENTIAL[model]!;
    expectSame(file, model, build);
  });

  it('resnet (functional, add, batch norm, projection shortcuts)', () => expectSame('resnet', 'resnet_small', resnet, true));
  it('vgg_block', () => expectSame('vgg_block', 'vgg_block', vgg, true));
  it('inception_block (concatenated branches)', () => expectSame('inception_block', 'inception_block', inception, true));
  it('transfer (frozen base: non-trainable params)', () => {
    expectSame('transfer', 'transfer', () => transfer(false), true);
    expectSame('transfer', 'mnist_features', () => transfer(true), true);
  });

  it('gan: the composed model counts both parts once', () => {
    const ours = dlcSummary('gan', 'gan');
    expect(ours.totalParams).toBe(SEQUENTIAL.generator![1]().countParams() + SEQUENTIAL.discriminator![1]().countParams());
  });

  it('attention: embedding, layer norm, the GELU MLP and the head match TF.js; attention matches Keras\'s formula', () => {
    const ours = dlcSummary('attention', 'attention');
    const keras = attentionParts();
    const shared = (rows: string[]): string[] => rows.filter((r) => /^(Embedding|LayerNormalization|Dense|Add) /.test(r)).sort();
    expect(shared(rowsOfDlc(ours, false))).toEqual(shared(rowsOfTf(keras, false)));
    // Keras MultiHeadAttention(4 heads, key_dim 8) on width 32: q/k/v [32,4,8]+[4,8], output [4,8,32]+[32].
    expect(ours.layers.find((l) => l.type === 'MultiHeadAttention')).toMatchObject({ outputShape: [null, 8, 32], params: 3 * (32 * 32 + 32) + 32 * 32 + 32 });
    expect(ours.layers.find((l) => l.type === 'PositionEmbedding')).toMatchObject({ outputShape: [null, 8, 32], params: 8 * 32 });
    expect(ours.totalParams).toBe(keras.countParams() + 4224 + 256);
  });
});
