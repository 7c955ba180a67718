/** @file Every model in models/: clean `dlc check`, Keras param counts and shapes, located lowering, and a run on the reference interpreter. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkModelFile, compileModelFile, type CompiledModel, type Program } from '../../src/frontend/index.ts';
import { numel, type Graph } from '../../src/ir/index.ts';
import { getOp } from '../../src/ops/registry.ts';
import { interpret } from '../../src/reference/interpret.ts';

/** Keras's layer formulas, so the expected numbers below can be checked by reading them. */
const conv = (k: number, cin: number, f: number, bias = true): number => k * k * cin * f + (bias ? f : 0);
const dense = (i: number, o: number): number => i * o + o;
const lstm = (d: number, u: number): number => 4 * u * (d + u + 1);
const rnn = (d: number, u: number): number => u * (d + u + 1);
const bn = (c: number): number => 4 * c;
/** Keras 3 GRU (resetAfter: true): kernel, recurrent kernel and a [2, 3u] bias. */
const gru = (d: number, u: number): number => 3 * u * (d + u + 2);
const conv1d = (k: number, cin: number, f: number): number => k * cin * f + f;
/** Keras SeparableConv2D: depthwise [k, k, cin, 1], pointwise [1, 1, cin, f], bias [f]. */
const separable = (k: number, cin: number, f: number): number => k * k * cin + cin * f + f;
const ln = (c: number): number => 2 * c;
/** Keras MultiHeadAttention: q, k, v kernels [D, h, k] + biases [h, k], output kernel [h, k, D] + bias [D]. */
const mha = (d: number, h: number, k: number): number => 3 * (d * h * k + h * k) + h * k * d + d;

interface Expected {
  readonly total: number;
  readonly nonTrainable?: number;
  readonly output: readonly number[];
  /** Output shapes of every summary row (None batch as null), where the architecture is worth pinning. */
  readonly shapes?: readonly (readonly (number | null)[])[];
}

const inception1 = conv(1, 32, 16) + conv(1, 32, 24) + conv(3, 24, 32) + conv(1, 32, 4) + conv(5, 4, 8) + conv(1, 32, 8);
const inception2 = conv(1, 64, 32) + conv(1, 64, 32) + conv(3, 32, 48) + conv(1, 64, 8) + conv(5, 8, 24) + conv(1, 64, 16);
const mnistFeatures = conv(3, 1, 32) + conv(3, 32, 64);

/** By file, then by model name. */
const EXPECTED: Readonly<Record<string, Readonly<Record<string, Expected>>>> = {
  iris_mlp: { iris_mlp: { total: dense(4, 32) + dense(32, 16) + dense(16, 3), output: [3] } },
  regularized_mlp: { regularized_mlp: { total: dense(4, 32) + dense(32, 16) + dense(16, 3), output: [3] } },
  mnist_mlp: { mnist_mlp: { total: dense(784, 128) + dense(128, 64) + dense(64, 10), output: [10] } },
  mnist_cnn: { mnist_cnn: { total: mnistFeatures + dense(1600, 64) + dense(64, 10), output: [10] } },
  cats_dogs_cnn: { cats_dogs_cnn: { total: conv(3, 3, 32) + conv(3, 32, 64) + conv(3, 64, 128) + dense(17 * 17 * 128, 128) + dense(128, 1), output: [1] } },
  resnet: {
    resnet_small: {
      total: conv(3, 3, 16, false) + bn(16) + 2 * (conv(3, 16, 16, false) + bn(16))
        + conv(3, 16, 32, false) + conv(3, 32, 32, false) + conv(1, 16, 32, false) + 3 * bn(32)
        + conv(3, 32, 64, false) + conv(3, 64, 64, false) + conv(1, 32, 64, false) + 3 * bn(64) + dense(64, 10),
      nonTrainable: 2 * (16 + 2 * 16 + 3 * 32 + 3 * 64), output: [10],
    },
  },
  lstm: { lstm: { total: lstm(1, 50) + lstm(50, 50) + dense(50, 1), output: [1], shapes: [[null, 100, 50], [null, 50], [null, 1]] } },
  gan: {
    generator: { total: dense(64, 128) + dense(128, 784), output: [784] },
    discriminator: { total: dense(784, 128) + dense(128, 1), output: [1] },
    gan: { total: dense(64, 128) + dense(128, 784) + dense(784, 128) + dense(128, 1), output: [1] },
  },
  perceptron: { perceptron: { total: dense(2, 1), output: [1], shapes: [[null, 1]] } },
  linear_regression: { linear_regression: { total: 2, output: [1], shapes: [[null, 1]] } },
  binary_classifier: { binary_classifier: { total: dense(100, 32) + dense(32, 1), output: [1], shapes: [[null, 32], [null, 1]] } },
  mnist_dropout: { mnist_dropout: { total: dense(784, 256) + dense(256, 10), output: [10], shapes: [[null, 784], [null, 256], [null, 256], [null, 10]] } },
  mnist_batchnorm: { mnist_batchnorm: { total: dense(784, 64) + bn(64) + dense(64, 10), nonTrainable: 128, output: [10], shapes: [[null, 784], [null, 64], [null, 64], [null, 10]] } },
  lenet5: {
    lenet5: {
      total: conv(5, 1, 6) + conv(5, 6, 16) + conv(5, 16, 120) + dense(120, 84) + dense(84, 10), output: [10],
      shapes: [[null, 28, 28, 6], [null, 14, 14, 6], [null, 10, 10, 16], [null, 5, 5, 16], [null, 1, 1, 120], [null, 120], [null, 84], [null, 10]],
    },
  },
  vgg_block: {
    vgg_block: {
      total: conv(3, 3, 32) + conv(3, 32, 32) + conv(3, 32, 64) + conv(3, 64, 64) + conv(3, 64, 128) + conv(3, 128, 128) + dense(4 * 4 * 128, 128) + dense(128, 10),
      output: [10],
    },
  },
  inception_block: { inception_block: { total: conv(3, 3, 32) + inception1 + inception2 + dense(120, 10), output: [10] } },
  autoencoder: {
    dense_autoencoder: { total: dense(784, 128) + dense(128, 32) + dense(32, 128) + dense(128, 784), output: [784] },
    conv_autoencoder: {
      total: conv(3, 1, 16) + conv(3, 16, 8) + conv(3, 8, 8) + conv(3, 8, 16) + conv(3, 16, 1), output: [28, 28, 1],
      shapes: [[null, 28, 28, 16], [null, 14, 14, 16], [null, 14, 14, 8], [null, 7, 7, 8], [null, 14, 14, 8], [null, 28, 28, 8], [null, 28, 28, 16], [null, 28, 28, 1]],
    },
  },
  linear_autoencoder: { linear_autoencoder: { total: dense(8, 2) + dense(2, 8), output: [8], shapes: [[null, 2], [null, 8]] } },
  simple_rnn: { simple_rnn: { total: rnn(1, 32) + dense(32, 1), output: [1], shapes: [[null, 32], [null, 1]] } },
  attention: {
    attention: {
      total: 10 * 32 + 8 * 32 + mha(32, 4, 8) + 2 * ln(32) + dense(32, 128) + dense(128, 32) + dense(32, 10),
      output: [8, 10],
    },
  },
  gru_forecaster: { gru_forecaster: { total: gru(1, 16) + gru(16, 16) + dense(16, 1), output: [1], shapes: [[null, 24, 16], [null, 16], [null, 1]] } },
  conv1d_classifier: {
    conv1d_classifier: {
      total: conv1d(3, 2, 16) + conv1d(3, 16, 16) + conv1d(3, 16, 32) + dense(32, 4), output: [4],
      shapes: [[null, 32, 2], [null, 32, 16], [null, 32, 16], [null, 16, 16], [null, 16, 16], [null, 14, 32], [null, 32], [null, 4]],
    },
  },
  bidirectional_lstm: { bidirectional_lstm: { total: 8 * 16 + 2 * lstm(16, 24) + dense(48, 8), output: [6, 8], shapes: [[null, 6, 16], [null, 6, 48], [null, 6, 8]] } },
  separable_cnn: {
    separable_cnn: {
      total: conv(3, 3, 8) + 3 * 3 * 8 + bn(8) + conv(1, 8, 16) + separable(3, 16, 32) + dense(32, 4), nonTrainable: 16, output: [4],
      shapes: [[null, 16, 16, 8], [null, 16, 16, 8], [null, 16, 16, 8], [null, 16, 16, 8], [null, 16, 16, 16], [null, 8, 8, 16], [null, 8, 8, 32], [null, 32], [null, 4]],
    },
  },
  multi_task: { multi_task: { total: dense(4, 32) + dense(32, 32) + dense(32, 3) + dense(32, 1), output: [3] } },
  fine_tune: {
    features: { total: conv(3, 1, 4) + conv(3, 4, 8), output: [8] },
    pretrain: { total: conv(3, 1, 4) + conv(3, 4, 8) + dense(8, 4), output: [4] },
    fine_tune: { total: conv(3, 1, 4) + conv(3, 4, 8) + dense(8, 16) + dense(16, 3), nonTrainable: conv(3, 1, 4) + conv(3, 4, 8), output: [3] },
    fine_tune_unfrozen: { total: conv(3, 1, 4) + conv(3, 4, 8) + dense(8, 16) + dense(16, 3), nonTrainable: conv(3, 1, 4), output: [3] },
  },
  distill_mnist: {
    teacher: { total: dense(784, 256) + dense(256, 256) + dense(256, 10), output: [10] },
    student: { total: dense(784, 32) + dense(32, 10), output: [10] },
  },
  transfer: {
    mnist_features: { total: mnistFeatures, nonTrainable: mnistFeatures, output: [1600] },
    transfer: { total: mnistFeatures + dense(1600, 128) + dense(128, 10), nonTrainable: mnistFeatures, output: [10] },
  },
};

const FILES = readdirSync('models').filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();

function isRunnable(g: Graph): string | undefined {
  return g.nodes.map((n) => n.op).find((op) => getOp(op).summary === 'not implemented');
}

/** Deterministic feeds: small floats (variances positive), token ids in [0, 3) for int32 inputs. */
function feeds(g: Graph): Record<string, ArrayLike<number>> {
  let s = 12345;
  const rnd = (): number => ((s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32) - 0.5;
  const out: Record<string, ArrayLike<number>> = {};
  for (const a of g.args) {
    const n = numel(a.type.shape);
    if (a.type.dtype === 'i32') out[a.name] = Int32Array.from({ length: n }, (_, i) => i % 3);
    else out[a.name] = Float32Array.from({ length: n }, () => (a.name.endsWith('variance') ? 1 + rnd() : rnd() * 0.5));
  }
  return out;
}

it('every model file in models/ has expected Keras numbers here', () => {
  expect(FILES).toEqual(Object.keys(EXPECTED).sort());
});

describe.each(FILES)('models/%s.ts', (file) => {
  const path = `models/${file}.ts`;
  const want = EXPECTED[file] ?? {};
  let cached: Program | undefined;
  const program = (): Program => (cached ??= compileModelFile(path));
  const model = (name: string): CompiledModel => program().models.find((m) => m.name === name)!;

  it('passes dlc check and names a dataset that exists offline', () => {
    expect(checkModelFile(path).map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(readFileSync(path, 'utf8')).not.toMatch(/\b(cifar10|imageFolder)\(/);
    const p = program();
    const data = p.schedule?.data ?? p.main.train?.data;
    expect(data?.kind).toMatch(/^(mnist|iris|csv|synthetic)$/);
    expect(p.main.train !== undefined || p.steps.length > 0).toBe(true);
  });

  it('has the Keras param counts and output shapes', () => {
    expect(program().models.map((m) => m.name).sort()).toEqual(Object.keys(want).sort());
    for (const [name, w] of Object.entries(want)) {
      const m = model(name);
      expect({ name, total: m.totalParams, nonTrainable: m.nonTrainableParams, trainable: m.trainableParams, output: m.outputs[0]!.shape })
        .toEqual({ name, total: w.total, nonTrainable: w.nonTrainable ?? 0, trainable: w.total - (w.nonTrainable ?? 0), output: w.output });
      if (w.shapes) expect(m.layers.filter((l) => l.type !== 'InputLayer').map((l) => l.outputShape)).toEqual(w.shapes);
    }
  });

  it('lowers at batch 2 with Keras-named weights and source locations, and runs on the reference interpreter', () => {
    for (const m of program().models) {
      const g = m.graph(2);
      for (const p of m.params) expect(g.args.find((a) => a.name === p.name)?.type.shape).toEqual(p.shape);
      expect(g.nodes.every((n) => n.loc !== undefined && n.loc.line > 0 && n.loc.file.endsWith('.ts'))).toBe(true);
      const missing = isRunnable(g);
      expect(missing, `op ${missing} has no reference implementation`).toBeUndefined();
      const out = interpret(g, feeds(g))[m.outputs[0]!.name]!;
      expect(out.type.shape).toEqual([2, ...m.outputs[0]!.shape]);
      expect([...out.data].every(Number.isFinite)).toBe(true);
    }
  });
});

describe('course-model details', () => {
  it('synthetic datasets record their kind with every default filled in', () => {
    expect(compileModelFile('models/linear_regression.ts').main.train!.data).toEqual({
      kind: 'synthetic', options: { kind: 'linear', samples: 256, seed: 0, slope: 0.1, intercept: 0.3, noise: 0 },
    });
    expect(compileModelFile('models/attention.ts').main.train!.data?.options).toMatchObject({ kind: 'reverse', length: 8, vocab: 10 });
    expect(compileModelFile('models/cats_dogs_cnn.ts').main.train!.data?.options).toMatchObject({ kind: 'images', shape: [150, 150, 3], classes: 2, sparse: true });
    expect(compileModelFile('models/autoencoder.ts').main.train!.data).toEqual({ kind: 'mnist', options: { flatten: true, targets: 'images' } });
  });

  it('the transfer model loads its frozen base from a checkpoint and trains only the new head', () => {
    const m = compileModelFile('models/transfer.ts').main;
    const frozen = m.params.filter((p) => !p.trainable);
    expect(frozen.map((p) => p.name)).toEqual(['conv2d.kernel', 'conv2d.bias', 'conv2d_1.kernel', 'conv2d_1.bias']);
    for (const p of frozen) expect(p.pretrained).toEqual({ file: expect.stringMatching(/models\/checkpoints\/mnist_cnn\.safetensors$/), key: p.name });
    expect(m.params.filter((p) => p.trainable).every((p) => p.pretrained === undefined)).toBe(true);
  });

  it('the transformer lowers attention to batched matmuls, softmax, layer_norm, gelu and gather', () => {
    const ops = new Set(compileModelFile('models/attention.ts').main.graph(2).nodes.map((n) => n.op));
    for (const op of ['gather', 'matmul', 'softmax', 'transpose', 'layer_norm', 'gelu', 'broadcast_to']) expect(ops).toContain(op);
  });

  it('the convolutional decoder uses conv2d_transpose and upsample2d', () => {
    const g = compileModelFile('models/autoencoder.ts').models.find((m) => m.name === 'conv_autoencoder')!.graph(1);
    expect(g.nodes.map((n) => n.op)).toEqual(expect.arrayContaining(['conv2d_transpose', 'upsample2d', 'max_pool2d']));
  });
});
