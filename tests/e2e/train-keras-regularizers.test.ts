/**
 * @file Kernel and bias regularizers (l1, l2, l1l2) on dense and conv2d: three SGD steps of dlc's
 * training graph (reference interpreter) against TF.js layers with the same regularizers and
 * weights — total loss and weights within 1e-4 — and a large L2 visibly shrinking the weights.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileTraining } from '../../src/compile.ts';
import type { CompiledModel } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { seededRandom } from '../../src/data/dataset.ts';
import { maxRelErr, modelFromSource } from './train-helpers.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const B = 4;
const LR = 0.05;
type Feeds = Record<string, Float32Array | Int32Array | Uint32Array>;

interface Case {
  readonly input: number[];
  readonly layers: string;
  readonly imports: string;
  readonly out: number;
  readonly tfjs: () => tf.layers.Layer[];
}

const CASES: Record<string, Case> = {
  'dense: l2 kernel, l1 bias': {
    input: [3], out: 2, imports: 'dense, l1, l2',
    layers: "dense(2, { activation: 'tanh', kernelRegularizer: l2(0.1), biasRegularizer: l1(0.05) })",
    tfjs: () => [tf.layers.dense({ units: 2, inputShape: [3], activation: 'tanh', kernelRegularizer: tf.regularizers.l2({ l2: 0.1 }), biasRegularizer: tf.regularizers.l1({ l1: 0.05 }) })],
  },
  "dense: 'l2' by name (factor 0.01) and l1l2": {
    input: [3], out: 2, imports: 'dense, l1l2',
    layers: "dense(4, { kernelRegularizer: 'l2' }), dense(2, { kernelRegularizer: l1l2({ l1: 0.02, l2: 0.03 }) })",
    tfjs: () => [tf.layers.dense({ units: 4, inputShape: [3], kernelRegularizer: tf.regularizers.l2({ l2: 0.01 }) }), tf.layers.dense({ units: 2, kernelRegularizer: tf.regularizers.l1l2({ l1: 0.02, l2: 0.03 }) })],
  },
  'conv2d: l1l2 kernel': {
    input: [4, 4, 1], out: 2, imports: 'conv2d, flatten, dense, l1l2',
    layers: "conv2d(2, 3, { kernelRegularizer: l1l2({ l1: 0.01, l2: 0.05 }) }), flatten(), dense(2)",
    tfjs: () => [tf.layers.conv2d({ filters: 2, kernelSize: 3, inputShape: [4, 4, 1], kernelRegularizer: tf.regularizers.l1l2({ l1: 0.01, l2: 0.05 }) }), tf.layers.flatten(), tf.layers.dense({ units: 2 })],
  },
};

function modelFor(name: string, c: Case): CompiledModel {
  return modelFromSource(name.replace(/\W+/g, '_'), `import { sequential, sgd, ${c.imports} } from 'dlc';
export default sequential({ name: 'reg', input: [${c.input.join(', ')}], layers: [${c.layers}],
  train: { loss: 'mse', optimizer: sgd({ learningRate: ${LR} }), batchSize: ${B} } });
`);
}

function feedsFor(m: CompiledModel, g: { args: readonly { name: string; type: { dtype: string; shape: readonly number[] } }[] }, seed: number, inN: number, outN: number): Feeds {
  const r = seededRandom(seed);
  const feeds: Feeds = { idx: Int32Array.from({ length: B }, (_, i) => i), 'opt/lr': Float32Array.of(LR), 'opt/t': Float32Array.of(1) };
  for (const p of m.params) feeds[p.name] = Float32Array.from({ length: p.shape.reduce((a, b) => a * b, 1) }, () => r() - 0.5);
  feeds['data/x'] = Float32Array.from({ length: B * inN }, () => 2 * r() - 1);
  feeds['data/y'] = Float32Array.from({ length: B * outN }, () => 2 * r() - 1);
  for (const a of g.args) feeds[a.name] ??= a.type.dtype === 'f32' ? new Float32Array(a.type.shape.reduce((p, q) => p * q, 1)) : new Int32Array(a.type.shape.reduce((p, q) => p * q, 1));
  return feeds;
}

function steps(g: ReturnType<typeof compileTraining>['graph'], start: Feeds, n: number): { feeds: Feeds; losses: number[]; penalties: number[] } {
  let feeds = start;
  const losses: number[] = [];
  const penalties: number[] = [];
  for (let t = 1; t <= n; t++) {
    const out = interpret(g, { ...feeds, 'opt/t': Float32Array.of(t) });
    losses.push(out.loss!.data[0]!);
    penalties.push(out.regularization?.data[0] ?? 0);
    feeds = { ...feeds };
    for (const [k, v] of Object.entries(out)) if (k.startsWith('update/')) feeds[k.slice('update/'.length)] = v.data as Float32Array;
  }
  return { feeds, losses, penalties };
}

describe('regularizers vs TF.js: total loss and three SGD steps', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, async () => {
      const m = modelFor(name, c);
      const inN = c.input.reduce((a, b) => a * b, 1);
      const g = compileTraining(m, { batch: B, data: { xShape: c.input, yShape: [c.out], yDtype: 'f32', resident: B } }).graph;
      const start = feedsFor(m, g, 41, inN, c.out);
      const dlc = steps(g, start, 3);
      expect(dlc.penalties[0]).toBeGreaterThan(0);
      const model = tf.sequential({ layers: c.tfjs() });
      model.setWeights(m.params.map((p) => tf.tensor(start[p.name]!, [...p.shape])));
      model.compile({ optimizer: tf.train.sgd(LR), loss: 'meanSquaredError' });
      const x = tf.tensor(start['data/x']!, [B, ...c.input]);
      const y = tf.tensor(start['data/y']!, [B, c.out]);
      const losses: number[] = [];
      for (let i = 0; i < 3; i++) losses.push((await model.trainOnBatch(x, y)) as number);
      expect(maxRelErr(dlc.losses, losses), `${dlc.losses} vs ${losses}`).toBeLessThan(1e-4);
      const ws = model.getWeights();
      for (const [i, p] of m.params.entries()) expect(maxRelErr(dlc.feeds[p.name]!, await ws[i]!.data()), p.name).toBeLessThan(1e-4);
    });
  }

  it('a large L2 shrinks the weight norm (the loss metric includes the penalty, `regularization` is it alone)', () => {
    const norm = (w: ArrayLike<number>): number => Math.sqrt(Array.from(w).reduce((s, v) => s + v * v, 0));
    const run = (reg: string) => {
      const m = modelFromSource(`reg_norm_${reg ? 'on' : 'off'}`, `import { sequential, dense, sgd, l2 } from 'dlc';
export default sequential({ name: 'reg_norm', input: [3], layers: [dense(2${reg})], train: { loss: 'mse', optimizer: sgd({ learningRate: ${LR} }), batchSize: ${B} } });
`);
      const g = compileTraining(m, { batch: B, data: { xShape: [3], yShape: [2], yDtype: 'f32', resident: B } }).graph;
      const r = steps(g, feedsFor(m, g, 7, 3, 2), 20);
      return { kernel: r.feeds['dense.kernel']!, metric: r.feeds['metric/loss']![0]! / (20 * B), regMetric: (r.feeds['metric/regularization']?.[0] ?? NaN) / (20 * B), losses: r.losses, penalties: r.penalties };
    };
    const plain = run('');
    const strong = run(', { kernelRegularizer: l2(2) }');
    expect(norm(strong.kernel)).toBeLessThan(0.5 * norm(plain.kernel));
    // As Keras reports it: metric/loss averages the optimised loss (data + penalty), metric/regularization the penalty.
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(Math.abs(strong.metric - mean(strong.losses))).toBeLessThan(1e-4);
    expect(Math.abs(strong.regMetric - mean(strong.penalties))).toBeLessThan(1e-4);
    expect(strong.regMetric).toBeGreaterThan(0);
    expect(plain.penalties.every((p) => p === 0)).toBe(true);
  });
});

/** Keras 3's constraint formulas on a [rows, cols] kernel (float64), norms along `axis`. */
function kerasConstraint(kind: string, w: Float64Array, shape: readonly number[], o: { min?: number; max?: number; rate?: number; axis?: number }): Float64Array {
  if (kind === 'nonNeg') return w.map((v) => Math.max(v, 0));
  const [rows, cols] = shape.length === 1 ? [shape[0]!, 1] : [shape[0]!, shape[1]!];
  const axis = o.axis ?? 0;
  const out = new Float64Array(w.length);
  const groups = axis === 0 ? cols : rows;
  const len = axis === 0 ? rows : cols;
  for (let gi = 0; gi < groups; gi++) {
    const at = (k: number): number => (axis === 0 ? k * cols + gi : gi * cols + k);
    let s = 0;
    for (let k = 0; k < len; k++) s += w[at(k)]! ** 2;
    const n = Math.sqrt(s);
    const rate = o.rate ?? 1;
    const desired = kind === 'unitNorm' ? 1 : rate * Math.min(Math.max(n, o.min ?? 0), o.max ?? 2) + (1 - rate) * n;
    for (let k = 0; k < len; k++) out[at(k)] = kind === 'unitNorm' ? w[at(k)]! / (1e-7 + n) : (w[at(k)]! * desired) / (1e-7 + n);
  }
  return out;
}

describe('constraints: the Keras projection after every update', () => {
  const CONSTRAINTS: Record<string, [string, string, { min?: number; max?: number; rate?: number; axis?: number }]> = {
    'maxNorm(0.5)': ['maxNorm', 'maxNorm(0.5)', { max: 0.5 }],
    'maxNorm along axis 1': ['maxNorm', 'maxNorm(0.4, { axis: 1 })', { max: 0.4, axis: 1 }],
    'unitNorm()': ['unitNorm', 'unitNorm()', {}],
    'minMaxNorm({ minValue: 0.6, maxValue: 0.8, rate: 0.5 })': ['minMaxNorm', 'minMaxNorm({ minValue: 0.6, maxValue: 0.8, rate: 0.5 })', { min: 0.6, max: 0.8, rate: 0.5 }],
    'nonNeg()': ['nonNeg', 'nonNeg()', {}],
  };
  for (const [name, [kind, src, o]] of Object.entries(CONSTRAINTS)) {
    it(name, () => {
      const make = (opts: string) => modelFromSource(`con_${kind}_${opts ? 'on' : 'off'}`, `import { sequential, dense, sgd, maxNorm, nonNeg, unitNorm, minMaxNorm } from 'dlc';
export default sequential({ name: 'con', input: [3], layers: [dense(4${opts})], train: { loss: 'mse', optimizer: sgd({ learningRate: 0.5 }), batchSize: ${B} } });
`);
      const on = make(`, { kernelConstraint: ${src}, biasConstraint: nonNeg() }`);
      const off = make('');
      const data = { xShape: [3], yShape: [4], yDtype: 'f32' as const, resident: B };
      const gOn = compileTraining(on, { batch: B, data }).graph;
      const gOff = compileTraining(off, { batch: B, data }).graph;
      const start = feedsFor(on, gOn, 17, 3, 4);
      const got = steps(gOn, start, 3).feeds;
      // Oracle: the unconstrained update, then Keras's projection, three times.
      let feeds = { ...start };
      for (let t = 1; t <= 3; t++) {
        const out = interpret(gOff, { ...feeds, 'opt/t': Float32Array.of(t) });
        feeds = { ...feeds,
          'dense.kernel': Float32Array.from(kerasConstraint(kind, Float64Array.from(out['update/dense.kernel']!.data), [3, 4], o)),
          'dense.bias': Float32Array.from(kerasConstraint('nonNeg', Float64Array.from(out['update/dense.bias']!.data), [4], {})),
        };
      }
      expect(maxRelErr(got['dense.kernel']!, feeds['dense.kernel']!), 'kernel').toBeLessThan(1e-5);
      expect(maxRelErr(got['dense.bias']!, feeds['dense.bias']!), 'bias').toBeLessThan(1e-5);
      // The constraint did something: the unconstrained run ends elsewhere.
      expect(maxRelErr(steps(gOff, start, 3).feeds['dense.kernel']!, got['dense.kernel']!)).toBeGreaterThan(1e-3);
    });
  }
});
