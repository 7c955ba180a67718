/**
 * @file Multi-output models (Keras `loss={…}`, `loss_weights`, per-output metrics): dlc's compiled
 * training step for a two-output model (a regression head and a softmax classifier on one trunk), run
 * in the reference interpreter for three SGD steps, against TF.js from the same weights and batch —
 * TF.js's own multi-output compile/trainOnBatch without weights, and the Keras formula
 * (w₁·mse + w₂·sparse CE) minimised by TF.js's SGD with weights — loss values and weights within 1e-4;
 * the step on WebGPU; the evaluation sums as Keras's history keys; config errors at file:line:col.
 */
import * as tf from '@tensorflow/tfjs';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compileEvaluation, compileTraining } from '../../src/compile.ts';
import type { CompiledModel } from '../../src/frontend/index.ts';
import type { CompileError } from '../../src/ir/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { seededRandom } from '../../src/data/dataset.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { multiOutputMetrics } from '../../src/train/multi-output.ts';
import { train } from '../../src/train/loop.ts';
import { loadDataset } from '../../src/data/load.ts';
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
const HID = 4;
const VAL = 2;
const CLS = 3;
const LR = 0.1;

/** Two heads on a tanh trunk; `train` is the model's train section (loss, lossWeights, metrics). */
const source = (train: string): string => `import { model, input, dense, sgd } from 'dlc';
export default model({
  name: 'two_heads',
  inputs: { x: input([${IN}]) },
  forward({ x }) {
    const h = dense(${HID}, { activation: 'tanh', name: 'trunk' })(x);
    return { value: dense(${VAL}, { name: 'value' })(h), kind: dense(${CLS}, { activation: 'softmax', name: 'kind' })(h) };
  },
  train: { ${train}, optimizer: sgd({ learningRate: ${LR} }), batchSize: ${B} },
});
`;

type Feeds = Record<string, Float32Array | Int32Array | Uint32Array>;
const SHAPES: Record<string, number[]> = { 'trunk.kernel': [IN, HID], 'trunk.bias': [HID], 'value.kernel': [HID, VAL], 'value.bias': [VAL], 'kind.kernel': [HID, CLS], 'kind.bias': [CLS] };
const PARAMS = Object.keys(SHAPES);

interface Setup {
  readonly feeds: Feeds;
  readonly x: number[];
  /** Regression targets [B, VAL] and class indices [B]. */
  readonly yv: number[];
  readonly yk: number[];
}

function setup(seed: number): Setup {
  const r = seededRandom(seed);
  const x = Array.from({ length: B * IN }, () => 2 * r() - 1);
  const yv = Array.from({ length: B * VAL }, () => 2 * r() - 1);
  const yk = Array.from({ length: B }, () => Math.floor(r() * CLS));
  // The packed target row: value's 2 values, then kind's class index.
  const y = Array.from({ length: B }, (_, i) => [yv[2 * i]!, yv[2 * i + 1]!, yk[i]!]).flat();
  const feeds: Feeds = {
    ...Object.fromEntries(PARAMS.map((p) => [p, Float32Array.from({ length: SHAPES[p]!.reduce((a, b) => a * b, 1) }, () => (p.endsWith('bias') ? 0.2 * r() - 0.1 : r() - 0.5))])),
    'data/x': Float32Array.from(x), 'data/y': Float32Array.from(y), idx: Int32Array.from({ length: B }, (_, i) => i), 'opt/lr': Float32Array.of(LR),
  };
  return { feeds, x, yv, yk };
}

const DATA = { xShape: [IN], yShape: [VAL + 1], yDtype: 'f32' as const, resident: B };

function complete(g: { args: readonly { name: string; type: { dtype: string; shape: readonly number[] } }[] }, feeds: Feeds): Feeds {
  const out = { ...feeds };
  for (const a of g.args) {
    if (out[a.name]) continue;
    const n = a.type.shape.reduce((p, q) => p * q, 1);
    out[a.name] = a.type.dtype === 'f32' ? new Float32Array(n) : a.type.dtype === 'i32' ? new Int32Array(n) : new Uint32Array(n);
  }
  return out;
}

/** Three steps of the compiled graph in the interpreter: the losses and the final params. */
function dlcSteps(m: CompiledModel, s: Setup): { losses: number[]; feeds: Feeds } {
  const g = compileTraining(m, { batch: B, data: DATA }).graph;
  let feeds = complete(g, s.feeds);
  const losses: number[] = [];
  for (let t = 1; t <= 3; t++) {
    const out = interpret(g, { ...feeds, 'opt/t': Float32Array.of(t) });
    losses.push(out.loss!.data[0]!);
    feeds = { ...feeds };
    for (const [k, v] of Object.entries(out)) if (k.startsWith('update/')) feeds[k.slice('update/'.length)] = v.data as Float32Array;
  }
  return { losses, feeds };
}

/** The same network in TF.js, named as dlc names it, with the setup's weights. */
function tfModel(s: Setup): tf.LayersModel {
  const x = tf.input({ shape: [IN] });
  const h = tf.layers.dense({ units: HID, activation: 'tanh', name: 'trunk' }).apply(x) as tf.SymbolicTensor;
  const value = tf.layers.dense({ units: VAL, name: 'value' }).apply(h) as tf.SymbolicTensor;
  const kind = tf.layers.dense({ units: CLS, activation: 'softmax', name: 'kind' }).apply(h) as tf.SymbolicTensor;
  const model = tf.model({ inputs: x, outputs: [value, kind] });
  model.setWeights(PARAMS.map((p) => tf.tensor(s.feeds[p] as Float32Array, SHAPES[p])));
  return model;
}

async function weightsOf(model: tf.LayersModel): Promise<Record<string, Float32Array>> {
  const ws = model.getWeights();
  return Object.fromEntries(await Promise.all(PARAMS.map(async (p, i) => [p, (await ws[i]!.data()) as Float32Array] as const)));
}

function expectSame(got: { losses: number[]; feeds: Feeds }, want: { losses: number[]; weights: Record<string, Float32Array> }, s: Setup): void {
  expect(maxRelErr(got.losses, want.losses), `losses ${got.losses} vs ${want.losses}`).toBeLessThan(1e-4);
  for (const p of PARAMS) expect(maxRelErr(got.feeds[p]!, want.weights[p]!), `${p} after 3 steps`).toBeLessThan(1e-4);
  // Both heads and the trunk moved: a loss term without a gradient would leave one still.
  for (const p of ['trunk.kernel', 'value.kernel', 'kind.kernel']) expect(maxRelErr(got.feeds[p]!, s.feeds[p]!), p).toBeGreaterThan(1e-4);
}

describe('a two-output model vs TF.js: loss value and three SGD steps from the same weights', () => {
  it("loss: { value: 'mse', kind: 'sparseCategoricalCrossentropy' } equals TF.js's multi-output compile + trainOnBatch", async () => {
    const m = modelFromSource('two_heads', source("loss: { value: 'mse', kind: 'sparseCategoricalCrossentropy' }"));
    expect(m.outputs.map((o) => o.name)).toEqual(['value', 'kind']);
    const s = setup(17);
    const got = dlcSteps(m, s);
    const model = tfModel(s);
    model.compile({ optimizer: tf.train.sgd(LR), loss: { value: 'meanSquaredError', kind: 'sparseCategoricalCrossentropy' } });
    const losses: number[] = [];
    const x = tf.tensor(s.x, [B, IN]);
    const ys = { value: tf.tensor(s.yv, [B, VAL]), kind: tf.tensor(s.yk, [B, 1]) };
    for (let i = 0; i < 3; i++) losses.push(((await model.trainOnBatch(x, ys)) as number[])[0]!);
    expectSame(got, { losses, weights: await weightsOf(model) }, s);
  });

  it('lossWeights (an array in output order): w₁·mse + w₂·sparse CE, the Keras formula minimised by TF.js SGD', async () => {
    const m = modelFromSource('two_heads_weighted', source("loss: ['mse', 'sparseCategoricalCrossentropy'], lossWeights: [0.3, 2]"));
    expect(m.train!.outputs!.map((o) => [o.name, o.loss, o.weight])).toEqual([['value', 'mse', 0.3], ['kind', 'sparseCategoricalCrossentropy', 2]]);
    const s = setup(29);
    const got = dlcSteps(m, s);
    // TF.js has no loss_weights (compile ignores them): Keras's objective written out, minimised by its SGD.
    const model = tfModel(s);
    const opt = tf.train.sgd(LR);
    const x = tf.tensor(s.x, [B, IN]);
    const [yv, yk] = [tf.tensor(s.yv, [B, VAL]), tf.oneHot(tf.tensor1d(s.yk, 'int32'), CLS)];
    const objective = (): tf.Scalar => {
      const [pv, pk] = model.apply(x, { training: true }) as tf.Tensor[];
      const mse = tf.mean(tf.square(tf.sub(pv!, yv)));
      const ce = tf.mean(tf.neg(tf.sum(tf.mul(yk, tf.log(tf.clipByValue(pk!, 1e-7, 1 - 1e-7))), -1)));
      return tf.add(tf.mul(0.3, mse), tf.mul(2, ce)) as tf.Scalar;
    };
    const losses: number[] = [];
    for (let i = 0; i < 3; i++) losses.push((await opt.minimize(objective, true)!.data())[0]!);
    expectSame(got, { losses, weights: await weightsOf(model) }, s);
  });

  it('the step on WebGPU equals the interpreter', async () => {
    const m = modelFromSource('two_heads_gpu', source("loss: { value: 'mse', kind: 'sparseCategoricalCrossentropy' }, lossWeights: { kind: 0.5 }, metrics: { value: ['mae'], kind: ['accuracy'] }"));
    const s = setup(5);
    const prog = compileTraining(m, { batch: B, data: DATA });
    const feeds = complete(prog.graph, { ...s.feeds, 'opt/t': Float32Array.of(1) });
    const exe = await loadPlan(gpu.device, prog.plan!);
    await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
    const got = await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])));
    const want = interpret(prog.graph, feeds);
    for (const k of ['loss', ...PARAMS.map((p) => `update/${p}`), 'update/metric/loss', 'update/metric/value/abs', 'update/metric/kind/correct']) expect(maxRelErr(got[k]!, want[k]!.data), k).toBeLessThan(1e-4);
    exe.destroy();
  });
});

describe('the weighted objective\'s gradients vs float64 central differences', () => {
  it('every weight of the trunk and both heads', () => {
    const m = modelFromSource('two_heads_fd', source("loss: { value: 'mse', kind: 'sparseCategoricalCrossentropy' }, lossWeights: { value: 0.7, kind: 1.5 }"));
    const s = setup(41);
    const lossGraph = compileTraining(m, { batch: B, data: DATA, after: 'loss' }).graph;
    const gradGraph = compileTraining(m, { batch: B, data: DATA, after: 'autodiff' }).graph;
    const feeds = complete(gradGraph, s.feeds);
    const grads = interpret(gradGraph, feeds, { precision: 'f64' });
    const lossAt = (f: Feeds): number => interpret(lossGraph, complete(lossGraph, f), { precision: 'f64' }).loss!.data[0]!;
    const h = 1e-5;
    for (const p of PARAMS) {
      const base = Float64Array.from(feeds[p]!);
      for (let k = 0; k < base.length; k++) {
        const [plus, minus] = [Float64Array.from(base), Float64Array.from(base)];
        plus[k]! += h;
        minus[k]! -= h;
        const fd = (lossAt({ ...feeds, [p]: plus as unknown as Float32Array }) - lossAt({ ...feeds, [p]: minus as unknown as Float32Array })) / (2 * h);
        const got = grads[`grad/${p}`]!.data[k]!;
        expect(Math.abs(got - fd) / (Math.abs(fd) + 1e-4), `${p}[${k}]: autodiff ${got}, finite difference ${fd}`).toBeLessThan(1e-4);
      }
    }
  });
});

describe('multi-output evaluation: Keras history keys from the masked sums', () => {
  it('loss is the weighted total; <output>_loss, value_mae and kind_accuracy match a direct computation', async () => {
    const m = modelFromSource('two_heads_eval', source("loss: { value: 'mse', kind: 'sparseCategoricalCrossentropy' }, lossWeights: { value: 0.5 }, metrics: ['accuracy', 'mae']"));
    // A flat list goes to every output where it means something: no accuracy for the regression head.
    expect(m.train!.outputs!.map((o) => [o.name, o.metrics])).toEqual([['value', ['mae']], ['kind', ['accuracy']]]);
    const s = setup(11);
    const g = compileEvaluation(m, { batch: B, data: DATA }).graph;
    // The last row is padding (mask 0): three samples count.
    const feeds = complete(g, { ...s.feeds, 'batch/x': s.feeds['data/x']!, 'batch/y': s.feeds['data/y']!, 'eval/mask': Float32Array.of(1, 1, 1, 0) });
    const out = interpret(g, feeds);
    const sums = Object.fromEntries(Object.entries(out).filter(([k]) => k.startsWith('update/')).map(([k, v]) => [k.slice('update/'.length), v.data]));
    const got = multiOutputMetrics(sums, 3, m, m.train!.outputs!);
    const [pv, pk] = tfModel(s).predict(tf.tensor(s.x, [B, IN])) as tf.Tensor[];
    const [v, k] = [(await pv!.data()) as Float32Array, (await pk!.data()) as Float32Array];
    const rows = [0, 1, 2];
    const mse = rows.map((i) => ((v[2 * i]! - s.yv[2 * i]!) ** 2 + (v[2 * i + 1]! - s.yv[2 * i + 1]!) ** 2) / 2);
    const mae = rows.reduce((a, i) => a + Math.abs(v[2 * i]! - s.yv[2 * i]!) + Math.abs(v[2 * i + 1]! - s.yv[2 * i + 1]!), 0) / 6;
    const ce = rows.map((i) => -Math.log(k[3 * i + s.yk[i]!]!));
    const hits = rows.filter((i) => [0, 1, 2].reduce((best, c) => (k[3 * i + c]! > k[3 * i + best]! ? c : best), 0) === s.yk[i]).length;
    const mean = (a: number[]): number => a.reduce((p, q) => p + q, 0) / a.length;
    expect(maxRelErr([got.loss], [0.5 * mean(mse) + mean(ce)])).toBeLessThan(1e-4);
    expect(maxRelErr([got.values!.value_loss!, got.values!.kind_loss!, got.values!.value_mae!], [mean(mse), mean(ce), mae])).toBeLessThan(1e-4);
    expect(got.values!.kind_accuracy).toBeCloseTo(hits / 3, 6);
    expect(Object.keys(got.values!).sort()).toEqual(['kind_accuracy', 'kind_loss', 'value_loss', 'value_mae']);
  });
});

describe('a two-output model through the training loop (synthetic multiTask: class index and value packed)', () => {
  it('the weighted total and every output improve; the history has Keras\'s keys', async () => {
    const m = modelFromSource('multi_task', `import { model, input, dense, adam, synthetic } from 'dlc';
export default model({
  name: 'multi_task',
  inputs: { x: input([4]) },
  forward({ x }) {
    const h = dense(16, { activation: 'relu' })(x);
    return { kind: dense(3, { activation: 'softmax', name: 'kind' })(h), value: dense(1, { name: 'value' })(h) };
  },
  train: {
    data: synthetic({ kind: 'multiTask', features: 4, classes: 3, samples: 256 }),
    loss: { kind: 'sparseCategoricalCrossentropy', value: 'mse' }, lossWeights: { value: 2 },
    metrics: ['accuracy', 'mae'], optimizer: adam({ learningRate: 0.02 }), batchSize: 32, epochs: 6,
  },
});
`);
    const t = m.train!;
    const outDir = mkdtempSync(join(tmpdir(), 'dlc-multi-'));
    const r = await train({ device: gpu.device, model: m, dataset: loadDataset(t.data!, {}), epochs: t.epochs, batch: t.batchSize, seed: 3, loss: t.loss, optimizer: t.optimizer, evaluateInitial: true, outDir });
    const [before, after] = [r.initial!, r.test!];
    expect(Object.keys(after.values!).sort()).toEqual(['kind_accuracy', 'kind_loss', 'value_loss', 'value_mae']);
    // Keras's loss is the weighted sum of the outputs' losses.
    expect(after.loss).toBeCloseTo(after.values!.kind_loss! + 2 * after.values!.value_loss!, 4);
    expect(after.loss).toBeLessThan(0.5 * before.loss);
    expect(after.values!.kind_loss!).toBeLessThan(0.5 * before.values!.kind_loss!);
    expect(after.values!.value_loss!).toBeLessThan(0.5 * before.values!.value_loss!);
    expect(after.values!.kind_accuracy!).toBeGreaterThan(0.8);
    const last = r.history.at(-1)!;
    for (const k of ['loss', 'kind_loss', 'value_loss', 'kind_accuracy', 'value_mae']) expect(last[k], k).toBeTypeOf('number');
    // The run's files: metrics.jsonl with the same keys, the report and a checkpoint (no one-output sample views).
    const lines = readFileSync(join(outDir, 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, number>);
    expect(lines).toHaveLength(t.epochs);
    expect(lines.at(-1)!.kind_accuracy).toBe(last.kind_accuracy);
    for (const f of ['report.html', 'checkpoint.safetensors']) expect(existsSync(join(outDir, f)), f).toBe(true);
  });
});

describe('multi-output train config errors name the option', () => {
  const errorOf = (train: string): CompileError => {
    try {
      modelFromSource('bad', source(train));
    } catch (e) {
      return e as CompileError;
    }
    throw new Error('expected a compile error');
  };
  it.each([
    ["loss: { value: 'mse', knd: 'sparseCategoricalCrossentropy' }", 'E_UNKNOWN_OUTPUT', "loss names output 'knd'"],
    ["loss: { value: 'mse' }", 'E_MISSING_OPTION', "loss has no entry for output 'kind'"],
    ["loss: ['mse']", 'E_OPTION_VALUE', 'loss lists 1 entries, but the model has 2 outputs (value, kind)'],
    ["loss: 'mse', lossWeights: { value: -1 }", 'E_OPTION_VALUE', 'a loss weight must be a non-negative number'],
    ["loss: 'mse', metrics: { value: ['auc'] }", 'E_OPTION_VALUE', 'auc'],
  ])('%s', (train, code, message) => {
    const e = errorOf(train);
    expect(e.code).toBe(code);
    expect(e.message).toContain(message);
    expect(e.loc?.line).toBe(9);
  });

  it('a single-output model refuses per-output losses and lossWeights', () => {
    const one = (train: string): string => `import { sequential, dense, sgd } from 'dlc';\nexport default sequential({ input: [3], layers: [dense(2)],\n  train: { ${train}, optimizer: sgd() } });\n`;
    expect(() => modelFromSource('one', one("loss: { output: 'mse' }"))).toThrow(/needs a model with several outputs/);
    expect(() => modelFromSource('one', one("loss: 'mse', lossWeights: [1]"))).toThrow(/lossWeights weighs the losses of a model with several outputs/);
  });

  it('accuracy on a regression output is refused when asked for by name', () => {
    const m = modelFromSource('acc', source("loss: { value: 'mse', kind: 'sparseCategoricalCrossentropy' }, metrics: { value: ['accuracy'] }"));
    expect(() => compileTraining(m, { batch: B, data: DATA })).toThrow(/regression loss: it has no accuracy/);
  });

  it('targets that do not pack into the outputs say how they are laid out', () => {
    const m = modelFromSource('pack', source("loss: { value: 'mse', kind: 'sparseCategoricalCrossentropy' }"));
    expect(() => compileTraining(m, { batch: B, data: { ...DATA, yShape: [2] } })).toThrow(/packs value \(2 values\) \+ kind \(1 class index\) = 3 values, but the dataset's targets have 2/);
  });
});
