/**
 * @file activityRegularizer and the recurrent / conv1d / depthwise weight regularizers: the total
 * loss and three SGD steps of dlc's training graph (reference interpreter) against TF.js from the
 * same weights, within 1e-4. TF.js refuses activity regularizers, so there the oracle is TF.js's
 * layers and autodiff with Keras's formula written here: l1·Σ|y| + l2·Σy² over the layer's outputs,
 * divided by the batch size. Weight regularizers are TF.js's own: its trainOnBatch loss includes them,
 * except on recurrent layers, whose cells hold the penalties and TF.js leaves them out of the loss
 * (Keras does not), so there the oracle adds the cells' `calculateLosses()` to the autodiffed loss.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileEvaluation, compileTraining } from '../../src/compile.ts';
import type { CompiledModel } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { seededRandom } from '../../src/data/dataset.ts';
import { maxRelErr, modelFromSource, stepFeeds } from './train-helpers.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const B = 4;
const LR = 0.05;
type Feeds = Record<string, Float32Array | Int32Array | Uint32Array>;
type Reg = { l1?: number; l2?: number };
type L = typeof tf.layers;

interface Case {
  readonly input: number[];
  readonly out: number;
  readonly imports: string;
  readonly layers: string;
  readonly tfjs: (L: L) => tf.layers.Layer[];
  /** Token ids in [0, tokens) as the input (an int32 model input) instead of floats in [-1, 1). */
  readonly tokens?: number;
  /** Activity penalties by layer index (the oracle adds Keras's formula for these layers' outputs). */
  readonly activity?: readonly (readonly [number, Reg])[];
}

const SIG = "recurrentActivation: 'sigmoid'";
const CASES: Record<string, Case> = {
  'dense: activity l2 and l1': {
    input: [3], out: 2, imports: 'dense, l1, l2',
    layers: "dense(4, { activation: 'tanh', activityRegularizer: l2(0.1) }), dense(2, { activityRegularizer: l1(0.05) })",
    tfjs: (L) => [L.dense({ units: 4, inputShape: [3], activation: 'tanh' }), L.dense({ units: 2 })],
    activity: [[0, { l2: 0.1 }], [1, { l1: 0.05 }]],
  },
  'conv2d: activity l1l2 with a kernel l2': {
    input: [4, 4, 1], out: 2, imports: 'conv2d, flatten, dense, l1l2, l2',
    layers: "conv2d(2, 3, { activation: 'relu', activityRegularizer: l1l2({ l1: 0.01, l2: 0.05 }), kernelRegularizer: l2(0.1) }), flatten(), dense(2)",
    tfjs: (L) => [L.conv2d({ filters: 2, kernelSize: 3, inputShape: [4, 4, 1], activation: 'relu', kernelRegularizer: tf.regularizers.l2({ l2: 0.1 }) }), L.flatten(), L.dense({ units: 2 })],
    activity: [[0, { l1: 0.01, l2: 0.05 }]],
  },
  'conv1d: kernel and bias regularizers, activity': {
    input: [5, 2], out: 2, imports: 'conv1d, flatten, dense, l1, l2',
    layers: "conv1d(3, 2, { kernelRegularizer: l2(0.1), biasRegularizer: l1(0.2), activityRegularizer: l2(0.03) }), flatten(), dense(2)",
    tfjs: (L) => [L.conv1d({ filters: 3, kernelSize: 2, inputShape: [5, 2], kernelRegularizer: tf.regularizers.l2({ l2: 0.1 }), biasRegularizer: tf.regularizers.l1({ l1: 0.2 }) }), L.flatten(), L.dense({ units: 2 })],
    activity: [[0, { l2: 0.03 }]],
  },
  'separableConv2d: depthwise, pointwise, bias regularizers': {
    input: [4, 4, 2], out: 2, imports: 'separableConv2d, flatten, dense, l1, l2, l1l2',
    layers: "separableConv2d(3, 2, { depthwiseRegularizer: l2(0.1), pointwiseRegularizer: l1(0.05), biasRegularizer: l1l2({ l1: 0.1, l2: 0.1 }) }), flatten(), dense(2)",
    tfjs: (L) => [L.separableConv2d({ filters: 3, kernelSize: 2, inputShape: [4, 4, 2], depthwiseRegularizer: tf.regularizers.l2({ l2: 0.1 }), pointwiseRegularizer: tf.regularizers.l1({ l1: 0.05 }), biasRegularizer: tf.regularizers.l1l2({ l1: 0.1, l2: 0.1 }) }), L.flatten(), L.dense({ units: 2 })],
  },
  'depthwiseConv2d: depthwise regularizer and activity': {
    input: [4, 4, 2], out: 2, imports: 'depthwiseConv2d, flatten, dense, l2',
    layers: "depthwiseConv2d(2, { depthwiseRegularizer: l2(0.2), activityRegularizer: l2(0.05) }), flatten(), dense(2)",
    tfjs: (L) => [L.depthwiseConv2d({ kernelSize: 2, inputShape: [4, 4, 2], depthwiseRegularizer: tf.regularizers.l2({ l2: 0.2 }) }), L.flatten(), L.dense({ units: 2 })],
    activity: [[0, { l2: 0.05 }]],
  },
  'simpleRnn: kernel, recurrent, bias regularizers': {
    input: [3, 2], out: 2, imports: 'simpleRnn, dense, l1, l2, l1l2',
    layers: "simpleRnn(3, { kernelRegularizer: l2(0.1), recurrentRegularizer: l1(0.05), biasRegularizer: l1l2({ l1: 0.02, l2: 0.3 }) }), dense(2)",
    tfjs: (L) => [L.simpleRNN({ units: 3, inputShape: [3, 2], kernelRegularizer: tf.regularizers.l2({ l2: 0.1 }), recurrentRegularizer: tf.regularizers.l1({ l1: 0.05 }), biasRegularizer: tf.regularizers.l1l2({ l1: 0.02, l2: 0.3 }) }), L.dense({ units: 2 })],
  },
  'lstm sequences: recurrent regularizer and activity on the sequence': {
    input: [3, 2], out: 2, imports: 'lstm, flatten, dense, l2',
    layers: `lstm(2, { returnSequences: true, ${SIG}, recurrentRegularizer: l2(0.2), activityRegularizer: l2(0.1) }), flatten(), dense(2)`,
    tfjs: (L) => [L.lstm({ units: 2, inputShape: [3, 2], returnSequences: true, recurrentActivation: 'sigmoid', recurrentRegularizer: tf.regularizers.l2({ l2: 0.2 }) }), L.flatten(), L.dense({ units: 2 })],
    activity: [[0, { l2: 0.1 }]],
  },
  'gru (resetAfter: false): kernel and bias regularizers, activity l1': {
    input: [3, 2], out: 2, imports: 'gru, dense, l1, l2',
    layers: `gru(3, { resetAfter: false, ${SIG}, kernelRegularizer: l2(0.1), biasRegularizer: l2(0.5), activityRegularizer: l1(0.1) }), dense(2)`,
    tfjs: (L) => [L.gru({ units: 3, inputShape: [3, 2], recurrentActivation: 'sigmoid', kernelRegularizer: tf.regularizers.l2({ l2: 0.1 }), biasRegularizer: tf.regularizers.l2({ l2: 0.5 }) }), L.dense({ units: 2 })],
    activity: [[0, { l1: 0.1 }]],
  },
  'embedding: embeddings regularizer and activity on the looked-up vectors': {
    input: [3], out: 2, tokens: 5, imports: 'embedding, flatten, dense, l1, l2',
    layers: 'embedding(5, 3, { embeddingsRegularizer: l2(0.1), activityRegularizer: l1(0.02) }), flatten(), dense(2)',
    tfjs: (L) => [L.embedding({ inputDim: 5, outputDim: 3, inputLength: 3, inputShape: [3], embeddingsRegularizer: tf.regularizers.l2({ l2: 0.1 }) }), L.flatten(), L.dense({ units: 2 })],
    activity: [[0, { l1: 0.02 }]],
  },
  'bidirectional lstm: activity on the merged output': {
    input: [3, 2], out: 2, imports: 'bidirectional, lstm, dense, l2',
    layers: `bidirectional(lstm(2, { ${SIG} }), { activityRegularizer: l2(0.2) }), dense(2)`,
    tfjs: (L) => [L.bidirectional({ layer: L.lstm({ units: 2, recurrentActivation: 'sigmoid' }) as tf.RNN, inputShape: [3, 2] }), L.dense({ units: 2 })],
    activity: [[0, { l2: 0.2 }]],
  },
};

function modelFor(name: string, c: Case): CompiledModel {
  return modelFromSource(name.replace(/\W+/g, '_'), `import { sequential, sgd, ${c.imports} } from 'dlc';
export default sequential({ name: 'reg', input: [${c.input.join(', ')}],${c.tokens ? " inputDtype: 'int32'," : ''} layers: [${c.layers}],
  train: { loss: 'mse', optimizer: sgd({ learningRate: ${LR} }), batchSize: ${B} } });
`);
}

export function feedsFor(m: CompiledModel, g: { args: readonly { name: string; type: { dtype: string; shape: readonly number[] } }[] }, seed: number, inN: number, outN: number): Feeds {
  const r = seededRandom(seed);
  const feeds: Feeds = { idx: Int32Array.from({ length: B }, (_, i) => i), 'opt/lr': Float32Array.of(LR), 'opt/t': Float32Array.of(1) };
  for (const p of m.params) feeds[p.name] = Float32Array.from({ length: p.shape.reduce((a, b) => a * b, 1) }, () => r() - 0.5);
  feeds['data/x'] = Float32Array.from({ length: B * inN }, () => 2 * r() - 1);
  feeds['data/y'] = Float32Array.from({ length: B * outN }, () => 2 * r() - 1);
  for (const a of g.args) feeds[a.name] ??= a.type.dtype === 'f32' ? new Float32Array(a.type.shape.reduce((p, q) => p * q, 1)) : new Int32Array(a.type.shape.reduce((p, q) => p * q, 1));
  return feeds;
}

type Step = ReturnType<typeof compileTraining>['graph'];

export function steps(g: Step, start: Feeds, n: number): { feeds: Feeds; losses: number[]; penalties: number[] } {
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

/** Keras's activity penalty of one output: (l1·Σ|y| + l2·Σy²) / batch. */
function activityPenalty(y: tf.Tensor, r: Reg): tf.Scalar {
  let p = tf.scalar(0);
  if (r.l1) p = p.add(y.abs().sum().mul(r.l1));
  if (r.l2) p = p.add(y.square().sum().mul(r.l2));
  return p.div(y.shape[0]!);
}

/** A TF.js layer and the cells (of a recurrent layer, or both directions of a bidirectional one) that hold its weight penalties. */
function penaltyHolders(l: tf.layers.Layer): tf.layers.Layer[] {
  const o = l as unknown as { cell?: tf.layers.Layer; forwardLayer?: { cell: tf.layers.Layer }; backwardLayer?: { cell: tf.layers.Layer } };
  if (o.cell) return [l, o.cell];
  if (o.forwardLayer && o.backwardLayer) return [l, o.forwardLayer.cell, o.backwardLayer.cell];
  return [l];
}

/** TF.js: trainOnBatch, or (with activity penalties) its layers' forward + autodiff of mse + penalties, then SGD by hand. */
async function tfjsSteps(c: Case, weights: tf.Tensor[], x: tf.Tensor, y: tf.Tensor, n: number): Promise<{ losses: number[]; weights: Float32Array[] }> {
  const layers = c.tfjs(tf.layers);
  const model = tf.sequential({ layers });
  model.setWeights(weights);
  const losses: number[] = [];
  if (!c.activity && !layers.some((l) => penaltyHolders(l).length > 1)) {
    model.compile({ optimizer: tf.train.sgd(LR), loss: 'meanSquaredError' });
    for (let i = 0; i < n; i++) losses.push((await model.trainOnBatch(x, y)) as number);
  } else {
    const activity = c.activity ?? [];
    // An activity on the last layer reads the prediction itself (a model may not list an output twice).
    const last = layers.length - 1;
    const probe = tf.model({ inputs: model.inputs, outputs: [model.outputs[0]!, ...activity.filter(([i]) => i !== last).map(([i]) => layers[i]!.output as tf.SymbolicTensor)] });
    for (let i = 0; i < n; i++) {
      const { value, grads } = tf.variableGrads(() => {
        const applied = probe.apply(x) as tf.Tensor | tf.Tensor[];
        const outs = Array.isArray(applied) ? applied : [applied];
        const pred = outs[0]!;
        let loss = tf.losses.meanSquaredError(y, pred) as tf.Scalar;
        let k = 1;
        for (const [i, r] of activity) loss = loss.add(activityPenalty(i === last ? pred : outs[k++]!, r));
        for (const l of layers) for (const h of penaltyHolders(l)) for (const w of h.calculateLosses()) loss = loss.add(w);
        return loss;
      });
      losses.push((await value.data())[0]!);
      for (const w of model.trainableWeights) w.write(w.read().sub(grads[(w.read() as tf.Variable).name]!.mul(LR)));
    }
  }
  return { losses, weights: await Promise.all(model.getWeights().map(async (w) => (await w.data()) as Float32Array)) };
}

describe('activity and recurrent/conv regularizers vs TF.js: total loss and three SGD steps', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, async () => {
      const m = modelFor(name, c);
      const inN = c.input.reduce((a, b) => a * b, 1);
      const g = compileTraining(m, { batch: B, data: { xShape: c.input, yShape: [c.out], yDtype: 'f32', resident: B } }).graph;
      const start = feedsFor(m, g, 41, inN, c.out);
      if (c.tokens) start['data/x'] = Float32Array.from(start['data/x']!, (v) => Math.floor(((v + 1) / 2) * c.tokens!));
      const dlc = steps(g, start, 3);
      expect(dlc.penalties[0]).toBeGreaterThan(0);
      const x = tf.tensor(start['data/x']!, [B, ...c.input]);
      const y = tf.tensor(start['data/y']!, [B, c.out]);
      const want = await tfjsSteps(c, m.params.map((p) => tf.tensor(start[p.name]!, [...p.shape])), x, y, 3);
      expect(maxRelErr(dlc.losses, want.losses), `${dlc.losses} vs ${want.losses}`).toBeLessThan(1e-4);
      for (const [i, p] of m.params.entries()) expect(maxRelErr(dlc.feeds[p.name]!, want.weights[i]!), p.name).toBeLessThan(1e-4);
      // The running sums: the loss metric holds the total, regularization the penalty alone.
      const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
      expect(dlc.feeds['metric/loss']![0]! / (3 * B)).toBeCloseTo(mean(dlc.losses), 4);
      expect(dlc.feeds['metric/regularization']![0]! / (3 * B)).toBeCloseTo(mean(dlc.penalties), 4);
    });
  }
});

describe('activity penalties: every output of an application, and refusals', () => {
  it('lstm with returnState: the sequence and both final states are penalised (Keras flattens the outputs), vs TF.js autodiff', async () => {
    const m = modelFromSource('reg_state', `import { model, input, lstm, dense, flatten, concatenate, sgd, l2 } from 'dlc';
export default model({ name: 'reg_state', inputs: { x: input([3, 2]) },
  forward({ x }) {
    const [seq, h, c] = lstm(2, { returnSequences: true, returnState: true, ${SIG}, activityRegularizer: l2(0.1) })(x);
    return dense(2)(concatenate([flatten()(seq), h, c]));
  },
  train: { loss: 'mse', optimizer: sgd({ learningRate: ${LR} }), batchSize: ${B} } });
`);
    const g = compileTraining(m, { batch: B, data: { xShape: [3, 2], yShape: [2], yDtype: 'f32', resident: B } }).graph;
    const start = feedsFor(m, g, 5, 6, 2);
    const dlc = steps(g, start, 3);
    const x = tf.input({ shape: [3, 2] });
    const [seq, h, c] = tf.layers.lstm({ units: 2, returnSequences: true, returnState: true, recurrentActivation: 'sigmoid' }).apply(x) as tf.SymbolicTensor[];
    const out = tf.layers.dense({ units: 2 }).apply(tf.layers.concatenate().apply([tf.layers.flatten().apply(seq!) as tf.SymbolicTensor, h!, c!])) as tf.SymbolicTensor;
    const ref = tf.model({ inputs: x, outputs: [out, seq!, h!, c!] });
    ref.setWeights(m.params.map((p) => tf.tensor(start[p.name]!, [...p.shape])));
    const xs = tf.tensor(start['data/x']!, [B, 3, 2]);
    const ys = tf.tensor(start['data/y']!, [B, 2]);
    const losses: number[] = [];
    const penalties: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { value, grads } = tf.variableGrads(() => {
        const [pred, ...states] = ref.apply(xs) as tf.Tensor[];
        const pen = states.reduce((s, v) => s.add(activityPenalty(v, { l2: 0.1 })), tf.scalar(0));
        penalties.push(pen.dataSync()[0]!);
        return (tf.losses.meanSquaredError(ys, pred!) as tf.Scalar).add(pen);
      });
      losses.push(value.dataSync()[0]!);
      for (const w of ref.trainableWeights) w.write(w.read().sub(grads[(w.read() as tf.Variable).name]!.mul(LR)));
    }
    expect(maxRelErr(dlc.penalties, penalties), `${dlc.penalties} vs ${penalties}`).toBeLessThan(1e-4);
    expect(maxRelErr(dlc.losses, losses)).toBeLessThan(1e-4);
    const ws = ref.getWeights();
    for (const [i, p] of m.params.entries()) expect(maxRelErr(dlc.feeds[p.name]!, ws[i]!.dataSync()), p.name).toBeLessThan(1e-4);
  });

  it('the evaluation loss includes the weight and activity penalties per real sample, as Keras\'s evaluate (padded rows masked)', async () => {
    const m = modelFromSource('reg_eval', `import { sequential, dense, sgd, l1, l2 } from 'dlc';
export default sequential({ name: 'reg_eval', input: [3], layers: [
    dense(4, { activation: 'tanh', kernelRegularizer: l2(0.1), activityRegularizer: l2(0.2) }), dense(2, { activityRegularizer: l1(0.05) })],
  train: { loss: 'mse', optimizer: sgd(), batchSize: ${B} } });
`);
    const g = compileEvaluation(m, { batch: B, data: { xShape: [3], yShape: [2], yDtype: 'f32' } }).graph;
    expect(g.outputs.some((o) => o.name.startsWith('penalty/'))).toBe(false);
    const r = seededRandom(9);
    const feeds: Feeds = {};
    for (const p of m.params) feeds[p.name] = Float32Array.from({ length: p.shape.reduce((a, b) => a * b, 1) }, () => r() - 0.5);
    feeds['batch/x'] = Float32Array.from({ length: B * 3 }, () => 2 * r() - 1);
    feeds['batch/y'] = Float32Array.from({ length: B * 2 }, () => 2 * r() - 1);
    feeds['eval/mask'] = Float32Array.of(1, 1, 1, 0);
    for (const a of g.args) feeds[a.name] ??= new Float32Array(a.type.shape.reduce((p, q) => p * q, 1));
    const out = interpret(g, feeds);
    // Oracle: TF.js's forward, Keras's formulas, the three real samples.
    const x = tf.tensor(feeds['batch/x']!, [B, 3]);
    const k0 = tf.tensor(feeds['dense.kernel']!, [3, 4]);
    const h = x.matMul(k0).add(tf.tensor(feeds['dense.bias']!)).tanh();
    const pred = h.matMul(tf.tensor(feeds['dense_1.kernel']!, [4, 2])).add(tf.tensor(feeds['dense_1.bias']!));
    const [hs, ps, ys] = [await h.data(), await pred.data(), feeds['batch/y']!];
    const weight = 0.1 * Array.from(feeds['dense.kernel']!).reduce((s, v) => s + v * v, 0);
    let data = 0;
    let penalty = 0;
    for (let i = 0; i < 3; i++) {
      data += ((ps[2 * i]! - ys[2 * i]!) ** 2 + (ps[2 * i + 1]! - ys[2 * i + 1]!) ** 2) / 2;
      penalty += weight + 0.2 * [0, 1, 2, 3].reduce((s, j) => s + hs[4 * i + j]! ** 2, 0) + 0.05 * (Math.abs(ps[2 * i]!) + Math.abs(ps[2 * i + 1]!));
    }
    expect(out['update/metric/regularization']!.data[0]!).toBeCloseTo(penalty, 4);
    expect(out['update/metric/loss']!.data[0]!).toBeCloseTo(data + penalty, 4);
  });

  it('inference graphs carry no penalty; a wrapped layer\'s activityRegularizer is refused with a hint', () => {
    const m = modelFor('dense activity', CASES['dense: activity l2 and l1']!);
    expect(m.graph(2).outputs.map((o) => o.name)).toEqual(['output']);
    expect(m.graph(2, { training: true }).outputs.map((o) => o.name)).toContain('penalty/activity');
    for (const [wrap, hint] of [['bidirectional(lstm(2, { activityRegularizer: l2(0.1) }))', 'bidirectional(…, { activityRegularizer })'], ['timeDistributed(dense(2, { activityRegularizer: l2(0.1) }))', 'remove it']] as const) {
      let err: unknown;
      try {
        modelFromSource('wrapped', `import { sequential, bidirectional, timeDistributed, lstm, dense, l2 } from 'dlc';
export default sequential({ name: 'wrapped', input: [3, 2], layers: [${wrap}] });
`);
      } catch (e) {
        err = e;
      }
      expect((err as { code?: string }).code, String(err)).toBe('E_OPTION_VALUE');
      expect(String((err as { hint?: string }).hint ?? err)).toContain(hint);
    }
  });
});

describe('gradient check with activity and weight regularizers', () => {
  it('simpleRnn sequences + dense: autodiff gradients (float32) vs float64 finite differences of the loss', () => {
    const m = modelFromSource('reg_fd', `import { sequential, simpleRnn, flatten, dense, sgd, l1, l2, l1l2 } from 'dlc';
export default sequential({ name: 'reg_fd', input: [3, 2], layers: [
    simpleRnn(3, { returnSequences: true, activityRegularizer: l2(0.3), recurrentRegularizer: l1l2({ l1: 0.02, l2: 0.2 }), kernelRegularizer: l2(0.1) }),
    flatten(),
    dense(2, { activityRegularizer: l1(0.05), biasRegularizer: l2(0.4) }),
  ], train: { loss: 'mse', optimizer: sgd(), batchSize: ${B} } });
`);
    const data = { xShape: [3, 2], yShape: [2], yDtype: 'f32' as const, resident: B };
    const lossGraph = compileTraining(m, { batch: B, data, after: 'loss' }).graph;
    const gradProg = compileTraining(m, { batch: B, data, after: 'autodiff' });
    const feeds = stepFeeds(m, gradProg.graph, 3, { 'data/y': [0.5, -0.2, 0.1, 0.9, -0.7, 0.3, 0.2, -0.4], idx: [0, 1, 2, 3] });
    // Nonzero biases, so the bias penalty has a gradient to check.
    feeds['dense.bias'] = Float32Array.of(0.3, -0.2);
    const grads = Object.fromEntries(Object.entries(interpret(gradProg.graph, feeds)).map(([k, v]) => [k, v.data]));
    const lossAt = (f: typeof feeds): number => interpret(lossGraph, f, { precision: 'f64' }).loss!.data[0]!;
    expect(interpret(lossGraph, feeds).regularization!.data[0]!).toBeGreaterThan(0);
    const h = 1e-4;
    let checked = 0;
    for (const p of gradProg.trainable) {
      const base = Float64Array.from(feeds[p]!);
      for (const k of new Set([0, Math.floor(base.length / 2), base.length - 1])) {
        const plus = Float64Array.from(base);
        const minus = Float64Array.from(base);
        plus[k]! += h;
        minus[k]! -= h;
        const fd = (lossAt({ ...feeds, [p]: plus as unknown as Float32Array }) - lossAt({ ...feeds, [p]: minus as unknown as Float32Array })) / (2 * h);
        const got = grads[`grad/${p}`]![k]!;
        expect(Math.abs(got - fd) / (Math.abs(fd) + 1e-3), `${p}[${k}]: autodiff ${got}, finite difference ${fd}`).toBeLessThan(1e-2);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
