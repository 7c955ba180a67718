/**
 * @file Every loss in the catalogue, one table entry each: dlc's compiled training graph, run in the
 * reference interpreter for three SGD steps, against TF.js (its layers losses by name, its core
 * losses, or the Keras 3 formula in TF.js ops where TF.js lacks the loss or the option) from the
 * same weights and batch — loss values and weights within 1e-4 — and dlc's gradients against
 * float64 central differences of its own loss.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compileTraining } from '../../src/compile.ts';
import type { CompiledModel } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { seededRandom } from '../../src/data/dataset.ts';
import { LOSSES } from '../../src/train/losses.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { useGpu } from '../gpu-fixture.ts';
import { maxRelErr, modelFromSource } from './train-helpers.ts';

const gpu = useGpu();

beforeAll(async () => {
  const quiet = [vi.spyOn(console, 'log').mockImplementation(() => {}), vi.spyOn(console, 'warn').mockImplementation(() => {})];
  try {
    await tf.setBackend('cpu');
  } finally {
    for (const s of quiet) s.mockRestore();
  }
});

const B = 4;
const IN = 3;
const OUT = 4;
const LR = 0.1;

type Act = 'linear' | 'sigmoid' | 'softmax' | 'tanh';
type TfLoss = string | ((yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor);

interface Case {
  /** The loss as written in the model file. */
  readonly loss: string;
  readonly act: Act;
  /** Targets [B, OUT] (f32), or class indices [B] when `sparse` (TF.js then gets them one-hot). */
  readonly y: (r: () => number) => number[];
  readonly sparse?: boolean;
  readonly tfjs: TfLoss;
}

const reals = (r: () => number, lo = -1, hi = 1): number[] => Array.from({ length: B * OUT }, () => lo + (hi - lo) * r());
const bits = (r: () => number): number[] => Array.from({ length: B * OUT }, () => (r() < 0.5 ? 0 : 1));
const signs = (r: () => number): number[] => bits(r).map((b) => 2 * b - 1);
const oneHot = (r: () => number): number[] => Array.from({ length: B }, () => Math.floor(r() * OUT)).flatMap((c) => Array.from({ length: OUT }, (_, k) => (k === c ? 1 : 0)));
const distributions = (r: () => number): number[] => {
  const out: number[] = [];
  for (let i = 0; i < B; i++) {
    const row = Array.from({ length: OUT }, () => 0.1 + r());
    const s = row.reduce((a, b) => a + b, 0);
    out.push(...row.map((v) => v / s));
  }
  return out;
};
const classes = (r: () => number): number[] => Array.from({ length: B }, () => Math.floor(r() * OUT));

/** Keras 3's binary focal cross-entropy in TF.js ops (TF.js has none). */
function focal(o: { gamma?: number; alpha?: number; balance?: boolean; logits?: boolean; smoothing?: number }): TfLoss {
  return (y0, out) => {
    const s = o.smoothing ?? 0;
    const y = s > 0 ? tf.add(tf.mul(y0, 1 - s), 0.5 * s) : y0;
    const p = o.logits ? tf.sigmoid(out) : out;
    const pc = tf.clipByValue(p, 1e-7, 1 - 1e-7);
    const bce = tf.neg(tf.add(tf.mul(y, tf.log(pc)), tf.mul(tf.sub(1, y), tf.log(tf.sub(1, pc)))));
    const pt = tf.add(tf.mul(y, p), tf.mul(tf.sub(1, y), tf.sub(1, p)));
    let term = tf.mul(tf.pow(tf.sub(1, pt), o.gamma ?? 2), bce);
    if (o.balance) term = tf.mul(term, tf.add(tf.mul(y, o.alpha ?? 0.25), tf.mul(tf.sub(1, y), 1 - (o.alpha ?? 0.25))));
    return tf.mean(term);
  };
}

/** Keras 3's hinge with 0/1 targets mapped to −1/1 (TF.js layers' hinge takes ±1 as given). */
const hingeFromBits = (squared: boolean): TfLoss => (y, p) => {
  const h = tf.relu(tf.sub(1, tf.mul(tf.sub(tf.mul(y, 2), 1), p)));
  return tf.mean(squared ? tf.square(h) : h);
};

const CASES: Record<string, Case> = {
  mse: { loss: "'mse'", act: 'linear', y: (r) => reals(r), tfjs: 'meanSquaredError' },
  mae: { loss: "'meanAbsoluteError'", act: 'linear', y: (r) => reals(r), tfjs: 'meanAbsoluteError' },
  binaryCrossentropy: { loss: "'binaryCrossentropy'", act: 'sigmoid', y: bits, tfjs: 'binaryCrossentropy' },
  'binaryCrossentropy fromLogits': { loss: 'binaryCrossentropy({ fromLogits: true })', act: 'linear', y: bits, tfjs: (y, x) => tf.losses.sigmoidCrossEntropy(y, x) },
  'binaryCrossentropy labelSmoothing': { loss: 'binaryCrossentropy({ labelSmoothing: 0.2 })', act: 'sigmoid', y: bits, tfjs: (y, p) => tf.losses.sigmoidCrossEntropy(y, tf.log(tf.div(p, tf.sub(1, p))), undefined, 0.2) },
  categoricalCrossentropy: { loss: "'categoricalCrossentropy'", act: 'softmax', y: oneHot, tfjs: 'categoricalCrossentropy' },
  'categoricalCrossentropy fromLogits': { loss: 'categoricalCrossentropy({ fromLogits: true })', act: 'linear', y: oneHot, tfjs: (y, x) => tf.losses.softmaxCrossEntropy(y, x) },
  'categoricalCrossentropy labelSmoothing': { loss: 'categoricalCrossentropy({ labelSmoothing: 0.1 })', act: 'softmax', y: oneHot, tfjs: (y, p) => tf.losses.softmaxCrossEntropy(y, tf.log(p), undefined, 0.1) },
  'categoricalCrossentropy labelSmoothing, fromLogits, class indices': {
    loss: 'categoricalCrossentropy({ labelSmoothing: 0.1, fromLogits: true })', act: 'linear', y: classes, sparse: true,
    tfjs: (y, x) => tf.losses.softmaxCrossEntropy(y, x, undefined, 0.1),
  },
  sparseCategoricalCrossentropy: { loss: "'sparseCategoricalCrossentropy'", act: 'softmax', y: classes, sparse: true, tfjs: (y, p) => tf.losses.softmaxCrossEntropy(y, tf.log(p)) },
  'sparseCategoricalCrossentropy fromLogits': {
    loss: 'sparseCategoricalCrossentropy({ fromLogits: true })', act: 'linear', y: classes, sparse: true,
    tfjs: (y, x) => tf.losses.softmaxCrossEntropy(y, x),
  },
  huber: { loss: "'huber'", act: 'linear', y: (r) => reals(r, -3, 3), tfjs: (y, p) => tf.losses.huberLoss(y, p) },
  'huber delta': { loss: 'huber({ delta: 0.5 })', act: 'linear', y: (r) => reals(r, -3, 3), tfjs: (y, p) => tf.losses.huberLoss(y, p, undefined, 0.5) },
  logCosh: { loss: "'logCosh'", act: 'linear', y: (r) => reals(r, -3, 3), tfjs: 'logcosh' },
  kld: { loss: "'kld'", act: 'softmax', y: distributions, tfjs: 'kullbackLeiblerDivergence' },
  hinge: { loss: "'hinge'", act: 'tanh', y: signs, tfjs: 'hinge' },
  'hinge, 0/1 targets': { loss: "'hinge'", act: 'tanh', y: bits, tfjs: hingeFromBits(false) },
  squaredHinge: { loss: "'squaredHinge'", act: 'tanh', y: signs, tfjs: 'squaredHinge' },
  'squaredHinge, 0/1 targets': { loss: "'squaredHinge'", act: 'tanh', y: bits, tfjs: hingeFromBits(true) },
  categoricalHinge: { loss: "'categoricalHinge'", act: 'linear', y: oneHot, tfjs: 'categoricalHinge' },
  poisson: { loss: "'poisson'", act: 'sigmoid', y: (r) => reals(r, 0, 2), tfjs: 'poisson' },
  cosineSimilarity: { loss: "'cosineSimilarity'", act: 'linear', y: (r) => reals(r), tfjs: 'cosineProximity' },
  meanSquaredLogarithmicError: { loss: "'meanSquaredLogarithmicError'", act: 'sigmoid', y: (r) => reals(r, 0, 2), tfjs: 'meanSquaredLogarithmicError' },
  meanAbsolutePercentageError: { loss: "'meanAbsolutePercentageError'", act: 'linear', y: (r) => reals(r, 0.5, 2), tfjs: 'meanAbsolutePercentageError' },
  binaryFocalCrossentropy: { loss: "'binaryFocalCrossentropy'", act: 'sigmoid', y: bits, tfjs: focal({}) },
  'binaryFocalCrossentropy options': {
    loss: 'binaryFocalCrossentropy({ gamma: 1.5, alpha: 0.3, applyClassBalancing: true, labelSmoothing: 0.1 })', act: 'sigmoid', y: bits,
    tfjs: focal({ gamma: 1.5, alpha: 0.3, balance: true, smoothing: 0.1 }),
  },
  'binaryFocalCrossentropy fromLogits': { loss: 'binaryFocalCrossentropy({ fromLogits: true })', act: 'linear', y: bits, tfjs: focal({ logits: true }) },
};

function modelFor(name: string, c: Case): CompiledModel {
  const factory = c.loss.match(/^(\w+)\(/)?.[1];
  const imports = ['sequential', 'dense', 'sgd', ...(factory ? [factory] : [])].join(', ');
  const src = `import { ${imports} } from 'dlc';
export default sequential({
  name: 'loss_case', input: [${IN}],
  layers: [dense(${OUT}, { activation: '${c.act}' })],
  train: { loss: ${c.loss}, optimizer: sgd({ learningRate: ${LR} }), batchSize: ${B} },
});
`;
  return modelFromSource(name.replace(/\W+/g, '_'), src);
}

interface Setup {
  readonly m: CompiledModel;
  readonly feeds: Record<string, Float32Array | Int32Array | Uint32Array>;
  readonly x: number[];
  readonly y: number[];
}

function setup(name: string, c: Case, seed: number): Setup {
  const m = modelFor(name, c);
  const r = seededRandom(seed);
  const x = Array.from({ length: B * IN }, () => 2 * r() - 1);
  const y = c.y(r);
  const feeds: Setup['feeds'] = {
    'dense.kernel': Float32Array.from({ length: IN * OUT }, () => r() - 0.5),
    'dense.bias': Float32Array.from({ length: OUT }, () => 0.2 * r() - 0.1),
    'data/x': Float32Array.from(x),
    'data/y': c.sparse ? Int32Array.from(y) : Float32Array.from(y),
    idx: Int32Array.from({ length: B }, (_, i) => i),
    'opt/lr': Float32Array.of(LR),
  };
  return { m, feeds, x, y };
}

const dataOf = (c: Case) => ({ xShape: [IN], yShape: c.sparse ? [] : [OUT], yDtype: c.sparse ? ('i32' as const) : ('f32' as const), resident: B });

/** Zero-filled feeds for whatever else the graph takes (metric sums, the step counter). */
function complete(g: { args: readonly { name: string; type: { dtype: string; shape: readonly number[] } }[] }, feeds: Setup['feeds']): Setup['feeds'] {
  const out = { ...feeds };
  for (const a of g.args) {
    if (out[a.name]) continue;
    const n = a.type.shape.reduce((p, q) => p * q, 1);
    out[a.name] = a.type.dtype === 'f32' ? new Float32Array(n) : a.type.dtype === 'i32' ? new Int32Array(n) : new Uint32Array(n);
  }
  return out;
}

async function tfjsSteps(c: Case, s: Setup): Promise<{ losses: number[]; kernel: Float32Array; bias: Float32Array }> {
  const model = tf.sequential({ layers: [tf.layers.dense({ units: OUT, inputShape: [IN], activation: c.act })] });
  model.setWeights([tf.tensor(s.feeds['dense.kernel']!, [IN, OUT]), tf.tensor(s.feeds['dense.bias']!, [OUT])]);
  model.compile({ optimizer: tf.train.sgd(LR), loss: c.tfjs as string });
  const x = tf.tensor(s.x, [B, IN]);
  const y = c.sparse ? tf.oneHot(tf.tensor1d(s.y, 'int32'), OUT) : tf.tensor(s.y, [B, OUT]);
  const losses: number[] = [];
  for (let i = 0; i < 3; i++) losses.push((await model.trainOnBatch(x, y)) as number);
  const [k, b] = model.getWeights();
  return { losses, kernel: (await k!.data()) as Float32Array, bias: (await b!.data()) as Float32Array };
}

describe('every loss vs TF.js: loss and three SGD steps from the same weights', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, async () => {
      const s = setup(name, c, 17);
      const g = compileTraining(s.m, { batch: B, data: dataOf(c) }).graph;
      let feeds = complete(g, s.feeds);
      const losses: number[] = [];
      for (let t = 1; t <= 3; t++) {
        const out = interpret(g, { ...feeds, 'opt/t': Float32Array.of(t) });
        losses.push(out.loss!.data[0]!);
        feeds = { ...feeds };
        for (const [k, v] of Object.entries(out)) if (k.startsWith('update/')) feeds[k.slice('update/'.length)] = v.data as Float32Array;
      }
      const want = await tfjsSteps(c, s);
      expect(maxRelErr(losses, want.losses), `losses ${losses} vs ${want.losses}`).toBeLessThan(1e-4);
      expect(maxRelErr(feeds['dense.kernel']!, want.kernel), 'kernel after 3 steps').toBeLessThan(1e-4);
      expect(maxRelErr(feeds['dense.bias']!, want.bias), 'bias after 3 steps').toBeLessThan(1e-4);
      // The weights moved: the test would notice a loss with no gradient.
      expect(maxRelErr(feeds['dense.kernel']!, s.feeds['dense.kernel']!)).toBeGreaterThan(1e-4);
    });
  }

  it('covers every loss kind of the catalogue', () => {
    const covered = new Set(Object.values(CASES).map((c) => c.loss.match(/^'?(\w+)/)![1]!));
    // 'custom' has no name: tests/e2e/train-keras-custom.test.ts covers it.
    for (const d of LOSSES.filter((x) => x.kind !== 'custom')) expect(d.names.some((n) => covered.has(n)), d.kind).toBe(true);
  });
});

describe('every loss: gradients vs float64 finite differences', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      const s = setup(name, c, 23);
      const data = dataOf(c);
      const lossGraph = compileTraining(s.m, { batch: B, data, after: 'loss' }).graph;
      const gradGraph = compileTraining(s.m, { batch: B, data, after: 'autodiff' }).graph;
      const feeds = complete(gradGraph, s.feeds);
      const grads = interpret(gradGraph, feeds, { precision: 'f64' });
      const lossAt = (f: Setup['feeds']): number => interpret(lossGraph, complete(lossGraph, f), { precision: 'f64' }).loss!.data[0]!;
      const h = 1e-5;
      for (const p of ['dense.kernel', 'dense.bias']) {
        const base = Float64Array.from(feeds[p]!);
        for (let k = 0; k < base.length; k++) {
          const plus = Float64Array.from(base);
          const minus = Float64Array.from(base);
          plus[k]! += h;
          minus[k]! -= h;
          const fd = (lossAt({ ...feeds, [p]: plus as unknown as Float32Array }) - lossAt({ ...feeds, [p]: minus as unknown as Float32Array })) / (2 * h);
          const got = grads[`grad/${p}`]!.data[k]!;
          expect(Math.abs(got - fd) / (Math.abs(fd) + 1e-4), `${p}[${k}]: autodiff ${got}, finite difference ${fd}`).toBeLessThan(1e-4);
        }
      }
    });
  }
});

describe('the catalogue losses compiled and fused on WebGPU', () => {
  // A subset covering the op families the catalogue adds (whole-tensor min, pow, row max); the interpreter checks the rest.
  for (const name of ['hinge, 0/1 targets', 'binaryFocalCrossentropy options', 'categoricalHinge']) {
    it(name, async () => {
      const c = CASES[name]!;
      const s = setup(name, c, 5);
      const prog = compileTraining(s.m, { batch: B, data: dataOf(c) });
      const feeds = complete(prog.graph, { ...s.feeds, 'opt/t': Float32Array.of(1) });
      const exe = await loadPlan(gpu.device, prog.plan!);
      await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
      const got = await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])));
      const want = interpret(prog.graph, feeds);
      for (const k of ['loss', 'update/dense.kernel', 'update/dense.bias']) expect(maxRelErr(got[k]!, want[k]!.data), k).toBeLessThan(1e-4);
      exe.destroy();
    });
  }
});
