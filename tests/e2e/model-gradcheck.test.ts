/**
 * @file For every trainable model in models/ (small variants: smaller inputs, widths and sequence
 * lengths; batch 2), the training graph's gradients (`autodiff` of the training-mode forward + loss,
 * exactly what compileTraining differentiates) match float64 central finite differences of the
 * interpreter's loss, and for a cheap CI subset the compiled WebGPU gradients match the interpreter.
 *
 * Sampling: at most 8 params per model (spread over the layers) × 3 seeded coordinates. Dropout is
 * deterministic (a fixed `step`); batch norm runs in training mode (batch statistics).
 * Kinks: relu, max-pool ties and mae are not differentiable everywhere. When a coordinate misses the
 * tolerance and its two one-sided differences ((f(w+h) − f(w))/h and (f(w) − f(w−h))/h) disagree by
 * more than the miss, it straddles a kink (a smooth loss's one-sided slopes differ by only about
 * curvature·h, far below a real gradient error); it is replaced by another seeded coordinate of the
 * same param (up to 6 retries), and every sampled param must end with at least one coordinate checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileProgramPlan } from '../../src/codegen/plan.ts';
import { compileTraining, fuseFor } from '../../src/compile.ts';
import { simplifyGraph } from '../../src/passes/simplify.ts';
import { seededRandom } from '../../src/data/dataset.ts';
import type { CompiledModel, LossKind, OptimizerConfig } from '../../src/frontend/index.ts';
import type { Graph } from '../../src/ir/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { acquireDevice, loadPlan, type DeviceHandle } from '../../src/runtime/index.ts';
import { variant, variantProgram, type Edit } from './model-variants.ts';
import { maxRelErr, stepFeeds } from './train-helpers.ts';

const BATCH = 2;
const H = 1e-5;
/** |compiled − fd| / (|fd| + FLOOR) must stay below REL. */
const REL = 1e-4;
const FLOOR = 1e-6;

type Feeds = Record<string, Float32Array | Int32Array | Uint32Array>;

interface GradCase {
  /** Builds the model lazily (source edits compile a temp copy). */
  readonly model: () => CompiledModel;
  readonly loss?: LossKind;
  readonly optimizer?: OptimizerConfig;
  /** Param names to differentiate (a GAN step's `trains`); default: every trainable param. */
  readonly trainable?: (m: CompiledModel) => string[];
  /** A constant target (the GAN's generator step), else seeded targets. */
  readonly target?: number;
  /** Also compare the compiled WebGPU gradients with the interpreter (cheap CI subset). */
  readonly gpu?: boolean;
}

const IMG8: readonly Edit[] = [['input([32, 32, 3])', 'input([8, 8, 3])']];
const GAN_SMALL: readonly Edit[] = [['const latent = 64', 'const latent = 3'], ['dense(128)', 'dense(5)'], ["dense(784, { activation: 'tanh' })", "dense(4, { activation: 'tanh' })"], ['input: [784]', 'input: [4]']];

/** The GAN's two steps as dlc trains them (compileProgramSteps): the model, its loss, optimizer and trains. */
function ganStep(which: 'discriminator' | 'generator'): Pick<GradCase, 'loss' | 'optimizer' | 'trainable' | 'target'> & { model: () => CompiledModel } {
  const load = (): { m: CompiledModel; trains: Set<string>; cfg: ReturnType<typeof stepCfg> } => {
    const { program } = variantProgram('gan.ts', GAN_SMALL);
    const cfg = stepCfg(program, which);
    const m = program.models.find((x) => x.name === cfg.model)!;
    const trains = new Set(cfg.trains.flatMap((n) => program.models.find((x) => x.name === n)!.params.map((p) => p.name)));
    return { m, trains, cfg };
  };
  let cached: ReturnType<typeof load> | undefined;
  const get = (): ReturnType<typeof load> => (cached ??= load());
  return {
    model: () => get().m,
    get loss() { return get().cfg.loss; },
    get optimizer() { return get().cfg.optimizer; },
    get target() { return get().cfg.target; },
    trainable: (m) => m.params.map((p) => p.name).filter((n) => get().trains.has(n)),
  };
}

function stepCfg(program: ReturnType<typeof variantProgram>['program'], which: 'discriminator' | 'generator') {
  const s = program.steps.find((x) => (which === 'generator' ? x.target !== undefined : x.target === undefined));
  if (!s) throw new Error(`gan.ts has no ${which} step`);
  return s;
}

/** Every model in models/ that trains (the GAN as its two steps); transfer's frozen base is not differentiated. */
const CASES: Readonly<Record<string, GradCase>> = {
  linear_regression: { model: () => variant('linear_regression.ts', []) },
  perceptron: { model: () => variant('perceptron.ts', []), gpu: true },
  binary_classifier: { model: () => variant('binary_classifier.ts', [['input: [100]', 'input: [6]'], ['dense(32,', 'dense(4,']]) },
  iris_mlp: { model: () => variant('iris_mlp.ts', [['dense(32,', 'dense(5,'], ['dense(16,', 'dense(4,']]), gpu: true },
  // Its L2 kernel and L1 activity penalties are part of the differentiated loss.
  regularized_mlp: { model: () => variant('regularized_mlp.ts', [['dense(32,', 'dense(5,'], ['dense(16,', 'dense(4,']]) },
  linear_autoencoder: { model: () => variant('linear_autoencoder.ts', []) },
  dense_autoencoder: { model: () => variant('autoencoder.ts', [['input: [784]', 'input: [10]'], ['dense(784,', 'dense(10,'], ['dense(128,', 'dense(6,'], ['dense(32,', 'dense(3,']], 'dense_autoencoder') },
  conv_autoencoder: {
    model: () => variant('autoencoder.ts', [['input: [28, 28, 1]', 'input: [4, 4, 1]'], ['conv2d(16,', 'conv2d(2,'], ['conv2d(8,', 'conv2d(2,'], ['conv2dTranspose(8,', 'conv2dTranspose(2,']], 'conv_autoencoder'),
  },
  mnist_mlp: { model: () => variant('mnist_mlp.ts', [['input: [784]', 'input: [10]'], ['dense(128,', 'dense(6,'], ['dense(64,', 'dense(5,']]) },
  mnist_dropout: { model: () => variant('mnist_dropout.ts', [['input: [28, 28, 1]', 'input: [4, 4, 1]'], ['dense(256,', 'dense(6,']]) },
  mnist_batchnorm: { model: () => variant('mnist_batchnorm.ts', [['input: [28, 28, 1]', 'input: [4, 4, 1]'], ['dense(64,', 'dense(6,']]), gpu: true },
  mnist_cnn: { model: () => variant('mnist_cnn.ts', [['input: [28, 28, 1]', 'input: [10, 10, 1]'], ['conv2d(32,', 'conv2d(3,'], ['conv2d(64,', 'conv2d(3,'], ['dense(64,', 'dense(5,']]), gpu: true },
  // 28×28 is the smallest input LeNet's valid 5×5 convs and pools allow; the widths shrink instead.
  lenet5: { model: () => variant('lenet5.ts', [['conv2d(6,', 'conv2d(2,'], ['conv2d(16,', 'conv2d(2,'], ['conv2d(120,', 'conv2d(4,'], ['dense(84,', 'dense(5,']]) },
  cats_dogs_cnn: { model: () => variant('cats_dogs_cnn.ts', [['input: [150, 150, 3]', 'input: [22, 22, 3]'], ['conv2d(32,', 'conv2d(2,'], ['conv2d(64,', 'conv2d(2,'], ['conv2d(128,', 'conv2d(2,'], ['dense(128,', 'dense(4,']]) },
  resnet_small: {
    model: () => variant('resnet.ts', [...IMG8, ['[16, 1]', '[2, 1]'], ['[32, 2]', '[3, 2]'], ['[64, 2]', '[4, 2]'], ['filters === 16', 'filters === 2'], ['convBn(image, 16,', 'convBn(image, 2,']]),
  },
  vgg_block: { model: () => variant('vgg_block.ts', [...IMG8, ['[32, 64, 128]', '[2, 2, 2]'], ['dense(128,', 'dense(4,']]) },
  inception_block: {
    model: () => variant('inception_block.ts', [
      ['input([32, 32, 3])', 'input([4, 4, 3])'],
      ['conv2d(32, 3,', 'conv2d(2, 3,'],
      ['{ b1: 16, b3Reduce: 24, b3: 32, b5Reduce: 4, b5: 8, pool: 8 }', '{ b1: 1, b3Reduce: 2, b3: 1, b5Reduce: 1, b5: 2, pool: 1 }'],
      ['{ b1: 32, b3Reduce: 32, b3: 48, b5Reduce: 8, b5: 24, pool: 16 }', '{ b1: 2, b3Reduce: 1, b3: 2, b5Reduce: 1, b5: 1, pool: 2 }'],
    ]),
  },
  attention: { model: () => variant('attention.ts', [['const length = 8', 'const length = 3'], ['const vocab = 10', 'const vocab = 5'], ['const width = 32', 'const width = 8'], ['const heads = 4', 'const heads = 2']]) },
  lstm: { model: () => variant('lstm.ts', [['input: [100, 1]', 'input: [3, 1]'], ['lstm(50', 'lstm(3']]) },
  simple_rnn: { model: () => variant('simple_rnn.ts', [['input: [100, 1]', 'input: [3, 1]'], ['simpleRnn(32', 'simpleRnn(4']]), gpu: true },
  transfer: { model: () => variant('transfer.ts', [['input: [28, 28, 1]', 'input: [10, 10, 1]'], ['input([28, 28, 1])', 'input([10, 10, 1])'], ['conv2d(32,', 'conv2d(2,'], ['conv2d(64,', 'conv2d(2,'], ['dense(128,', 'dense(4,']]) },
  gru_forecaster: { model: () => variant('gru_forecaster.ts', [['input: [24, 1]', 'input: [3, 1]'], ['gru(16', 'gru(3']]) },
  conv1d_classifier: { model: () => variant('conv1d_classifier.ts', [['input: [1, 32, 2]', 'input: [1, 12, 2]'], ['reshape([32, 2])', 'reshape([12, 2])'], ['conv1d(16,', 'conv1d(2,'], ['conv1d(32,', 'conv1d(2,']]) },
  bidirectional_lstm: { model: () => variant('bidirectional_lstm.ts', [['const length = 6', 'const length = 3'], ['const vocab = 8', 'const vocab = 5'], ['lstm(24', 'lstm(3'], ['embedding(vocab, 16)', 'embedding(vocab, 4)']]) },
  separable_cnn: { model: () => variant('separable_cnn.ts', [['input: [16, 16, 3]', 'input: [4, 4, 3]'], ['conv2d(8,', 'conv2d(2,'], ['conv2d(16,', 'conv2d(2,'], ['separableConv2d(32,', 'separableConv2d(2,']]) },
  // The depthwise op's strided, multiplied and dilated windows (its input and filter gradient ops), also on the GPU.
  separable_cnn_strided: {
    model: () => variant('separable_cnn.ts', [
      ['input: [16, 16, 3]', 'input: [9, 9, 3]'], ['conv2d(8,', 'conv2d(2,'], ['conv2d(16,', 'conv2d(2,'],
      ["depthwiseConv2d(3, { padding: 'same', useBias: false })", "depthwiseConv2d(3, { strides: 2, padding: 'same', depthMultiplier: 2, useBias: false })"],
      ["separableConv2d(32, 3, { padding: 'same', activation: 'relu' })", "separableConv2d(2, 2, { dilationRate: 2, padding: 'same', depthMultiplier: 2, activation: 'relu' })"],
    ]),
    gpu: true,
  },
  gan_discriminator: ganStep('discriminator'),
  gan_generator: ganStep('generator'),
};

interface Prepared {
  readonly lossGraph: Graph;
  readonly gradGraph: Graph;
  readonly trainable: readonly string[];
  readonly feeds: Feeds;
}

/** The training-mode forward + loss (compileTraining's 'loss' step) and its gradients ('autodiff'), with seeded feeds. */
function prepare(c: GradCase, seed: number): Prepared {
  const m = c.model();
  const loss = c.loss ?? m.train!.loss;
  const input = m.inputs[0]!;
  const out = m.outputs[0]!.shape;
  const sparse = loss === 'categoricalCrossentropy' || loss === 'sparseCategoricalCrossentropy';
  const yShape = sparse ? out.slice(0, -1) : out;
  const data = { xShape: input.shape, yShape, yDtype: sparse ? ('i32' as const) : ('f32' as const), resident: BATCH };
  const opts = { batch: BATCH, data, seed: 2, loss, optimizer: c.optimizer, trainable: c.trainable?.(m) };
  const lossGraph = compileTraining(m, { ...opts, after: 'loss' }).graph;
  const grad = compileTraining(m, { ...opts, after: 'autodiff' });
  const r = seededRandom(seed);
  const xn = BATCH * input.shape.reduce((a, b) => a * b, 1);
  const yn = BATCH * yShape.reduce((a, b) => a * b, 1);
  const classes = out[out.length - 1]!;
  const tokens = input.dtype === 'i32' ? 5 : 0;
  const inputs: Record<string, number[]> = {
    idx: [1, 0],
    step: [9],
    'data/x': Array.from({ length: xn }, () => (tokens ? Math.floor(r() * tokens) : 2 * r() - 1)),
    'data/y': Array.from({ length: yn }, () => (sparse ? Math.floor(r() * classes) : c.target ?? (loss === 'binaryCrossentropy' ? r() : 2 * r() - 1))),
  };
  const feeds = stepFeeds(m, grad.graph, seed, inputs);
  // Zero-initialised biases put a channel whose input is dead exactly on relu's kink: jitter every trainable param.
  for (const p of grad.trainable) feeds[p] = (feeds[p] as Float32Array).map((v) => v + 0.05 * (2 * r() - 1));
  expect(grad.trainable.length, 'trainable params').toBeGreaterThan(0);
  for (const p of grad.trainable) expect(grad.graph.outputs.some((o) => o.name === `grad/${p}`), `grad/${p}`).toBe(true);
  return { lossGraph, gradGraph: grad.graph, trainable: grad.trainable, feeds };
}

/** At most `k` params spread evenly over the list (first and last included). */
function spread<T>(xs: readonly T[], k: number): T[] {
  if (xs.length <= k) return [...xs];
  return Array.from({ length: k }, (_, i) => xs[Math.round((i * (xs.length - 1)) / (k - 1))]!);
}

describe('every model: autodiff gradients vs float64 finite differences (interpreter)', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      const { lossGraph, gradGraph, trainable, feeds } = prepare(c, 7);
      const grads = interpret(gradGraph, feeds, { precision: 'f64' });
      const lossAt = (f: Record<string, ArrayLike<number>>): number => interpret(lossGraph, f, { precision: 'f64' }).loss!.data[0]!;
      const f0 = lossAt(feeds);
      expect(Number.isFinite(f0)).toBe(true);
      const r = seededRandom(11);
      let kinks = 0;
      for (const p of spread(trainable, 8)) {
        const base = Float64Array.from(feeds[p]!);
        const g = grads[`grad/${p}`]!.data;
        expect(g.length, p).toBe(base.length);
        let smooth = 0;
        for (let tries = 0; smooth < Math.min(3, base.length) && tries < 3 + 6; tries++) {
          const k = tries === 0 ? 0 : Math.floor(r() * base.length);
          const at = (d: number): number => {
            const w = Float64Array.from(base);
            w[k]! += d;
            return lossAt({ ...feeds, [p]: w });
          };
          const [fp, fm] = [at(H), at(-H)];
          const fd = (fp - fm) / (2 * H);
          const [right, left] = [(fp - f0) / H, (f0 - fm) / H];
          const got = g[k]!;
          const err = Math.abs(got - fd) / (Math.abs(fd) + FLOOR);
          // A kink between w−h and w+h explains the miss: the one-sided slopes differ by more than the miss itself
          // (a smooth loss's differ by about curvature·h, far below any real gradient error).
                    if (err >= REL && Math.abs(right - left) > Math.abs(got - fd)) {
            kinks++;
            continue;
          }
          expect(err, `${name} ${p}[${k}]: autodiff ${got}, finite difference ${fd} (one-sided ${left}, ${right})`).toBeLessThan(REL);
          smooth++;
        }
        expect(smooth, `${name} ${p}: no smooth coordinate found (${kinks} kinks)`).toBeGreaterThan(0);
      }
    });
  }
});

let gpu: DeviceHandle | undefined;
const onGpu = Object.entries(CASES).filter(([, c]) => c.gpu);

describe('compiled WebGPU gradients vs the interpreter (f32, CI subset)', () => {
  beforeAll(async () => {
    gpu = await acquireDevice();
  });
  afterAll(async () => {
    gpu?.destroy();
    await gpu?.lost;
  });

  for (const [name, c] of onGpu) {
    it(name, async () => {
      const { gradGraph, trainable, feeds } = prepare(c, 7);
      // What a training step runs, less the optimizer: simplified, then fused into kernels.
      const g = simplifyGraph(gradGraph).graph;
      const exe = await loadPlan(gpu!.device, compileProgramPlan(g, { fusion: fuseFor(g, {}) }).plan);
      try {
        await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
        const got = await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])));
        const want = interpret(gradGraph, feeds);
        expect(maxRelErr(got.loss!, want.loss!.data), `${name} loss`).toBeLessThan(1e-3);
        for (const p of trainable) expect(maxRelErr(got[`grad/${p}`]!, want[`grad/${p}`]!.data), `${name} grad/${p}`).toBeLessThan(1e-3);
      } finally {
        exe.destroy();
      }
    });
  }
});
