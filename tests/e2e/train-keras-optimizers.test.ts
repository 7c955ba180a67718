/**
 * @file Every optimizer, one table entry each: three steps of dlc's compiled training graph (in the
 * reference interpreter, and one on WebGPU) against TF.js's optimizer from the same weights and
 * gradients, or against Keras 3's update rule written out here where TF.js lacks the optimizer
 * (Nadam, AMSGrad) or follows another formula (Adam's ε, Adadelta's accumulator). Keras defaults are used unless set.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileTraining } from '../../src/compile.ts';
import type { CompiledModel } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { seededRandom } from '../../src/data/dataset.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { useGpu } from '../gpu-fixture.ts';
import { maxRelErr, modelFromSource } from './train-helpers.ts';

const gpu = useGpu();
beforeAll(async () => {
  await tf.setBackend('cpu');
});

const B = 4;
const IN = 3;
const OUT = 2;
const STEPS = 3;

/** Keras 3's update of one flat param from its gradient, with its own slots (float64). */
type KerasRule = (p: Float64Array, g: Float64Array, t: number, slots: Record<string, Float64Array | number>) => void;

interface Case {
  readonly optimizer: string;
  /** TF.js's optimizer, or Keras's rule where TF.js has none. */
  readonly oracle: (() => tf.Optimizer) | KerasRule;
}

const slot = (s: Record<string, Float64Array | number>, k: string, n: number): Float64Array => (s[k] ??= new Float64Array(n)) as Float64Array;

function nadamRule(lr: number, b1 = 0.9, b2 = 0.999, eps = 1e-7): KerasRule {
  return (p, g, t, s) => {
    const mu = (k: number): number => b1 * (1 - 0.5 * 0.96 ** (0.004 * k));
    const prod = ((s.prod as number | undefined) ?? 1) * mu(t);
    s.prod = prod;
    const prodNext = prod * mu(t + 1);
    const m = slot(s, 'm', p.length);
    const v = slot(s, 'v', p.length);
    for (let i = 0; i < p.length; i++) {
      m[i]! += (g[i]! - m[i]!) * (1 - b1);
      v[i]! += (g[i]! * g[i]! - v[i]!) * (1 - b2);
      const mHat = (mu(t + 1) * m[i]!) / (1 - prodNext) + ((1 - mu(t)) * g[i]!) / (1 - prod);
      const vHat = v[i]! / (1 - b2 ** t);
      p[i]! -= (lr * mHat) / (Math.sqrt(vHat) + eps);
    }
  };
}

/**
 * Keras 3's Adadelta divides by the accumulator updated with this step's gradient; TF.js's
 * (tfjs-core adadelta_optimizer.js) by the one before it, so at step 1 it divides by √ε.
 */
function adadeltaRule(lr: number, rho = 0.95, eps = 1e-7): KerasRule {
  return (p, g, _t, s) => {
    const a = slot(s, 'a', p.length);
    const d2 = slot(s, 'd2', p.length);
    for (let i = 0; i < p.length; i++) {
      a[i] = rho * a[i]! + (1 - rho) * g[i]! * g[i]!;
      const d = (-Math.sqrt(d2[i]! + eps) / Math.sqrt(a[i]! + eps)) * g[i]!;
      d2[i] = rho * d2[i]! + (1 - rho) * d * d;
      p[i]! += lr * d;
    }
  };
}

function adamRule(lr: number, amsgrad: boolean, b1 = 0.9, b2 = 0.999, eps = 1e-7): KerasRule {
  return (p, g, t, s) => {
    const m = slot(s, 'm', p.length);
    const v = slot(s, 'v', p.length);
    const vhat = slot(s, 'vhat', p.length);
    const alpha = (lr * Math.sqrt(1 - b2 ** t)) / (1 - b1 ** t);
    for (let i = 0; i < p.length; i++) {
      m[i]! += (g[i]! - m[i]!) * (1 - b1);
      v[i]! += (g[i]! * g[i]! - v[i]!) * (1 - b2);
      vhat[i] = Math.max(vhat[i]!, v[i]!);
      p[i]! -= (alpha * m[i]!) / (Math.sqrt(amsgrad ? vhat[i]! : v[i]!) + eps);
    }
  };
}

const CASES: Record<string, Case> = {
  'adagrad (Keras defaults)': { optimizer: 'adagrad()', oracle: () => tf.train.adagrad(0.001, 0.1) },
  'adagrad with options': { optimizer: 'adagrad({ learningRate: 0.05, initialAccumulatorValue: 0.5 })', oracle: () => tf.train.adagrad(0.05, 0.5) },
  'adadelta (Keras defaults)': { optimizer: 'adadelta()', oracle: adadeltaRule(0.001) },
  'adadelta with options': { optimizer: 'adadelta({ learningRate: 1, rho: 0.9 })', oracle: adadeltaRule(1, 0.9) },
  'adamax (Keras defaults)': { optimizer: 'adamax()', oracle: () => tf.train.adamax(0.001, 0.9, 0.999, 1e-7) },
  'adamax with options': { optimizer: 'adamax({ learningRate: 0.02, beta1: 0.8, beta2: 0.99 })', oracle: () => tf.train.adamax(0.02, 0.8, 0.99, 1e-7) },
  'nadam (Keras defaults)': { optimizer: 'nadam()', oracle: nadamRule(0.001) },
  'nadam with options': { optimizer: 'nadam({ learningRate: 0.01, beta1: 0.85 })', oracle: nadamRule(0.01, 0.85) },
  'adam (Keras rule)': { optimizer: 'adam({ learningRate: 0.01 })', oracle: adamRule(0.01, false) },
  'adam amsgrad': { optimizer: 'adam({ learningRate: 0.01, amsgrad: true })', oracle: adamRule(0.01, true) },
};

function modelFor(name: string, c: Case): CompiledModel {
  const factory = c.optimizer.match(/^(\w+)\(/)![1]!;
  const src = `import { sequential, dense, ${factory} } from 'dlc';
export default sequential({
  name: 'opt_case', input: [${IN}],
  layers: [dense(${OUT}, { activation: 'tanh' })],
  train: { loss: 'mse', optimizer: ${c.optimizer}, batchSize: ${B} },
});
`;
  return modelFromSource(name.replace(/\W+/g, '_'), src);
}

type Feeds = Record<string, Float32Array | Int32Array | Uint32Array>;

function setup(m: CompiledModel, g: { args: readonly { name: string; type: { dtype: string; shape: readonly number[] } }[] }, seed: number): { feeds: Feeds; x: number[]; y: number[] } {
  const r = seededRandom(seed);
  const x = Array.from({ length: B * IN }, () => 2 * r() - 1);
  const y = Array.from({ length: B * OUT }, () => 2 * r() - 1);
  const feeds: Feeds = {
    'dense.kernel': Float32Array.from({ length: IN * OUT }, () => r() - 0.5),
    'dense.bias': Float32Array.from({ length: OUT }, () => 0.2 * r() - 0.1),
    'data/x': Float32Array.from(x),
    'data/y': Float32Array.from(y),
    idx: Int32Array.from({ length: B }, (_, i) => i),
    'opt/lr': Float32Array.of(m.train!.optimizer.learningRate),
  };
  for (const a of g.args) {
    if (feeds[a.name]) continue;
    const n = a.type.shape.reduce((p, q) => p * q, 1);
    feeds[a.name] = a.type.dtype === 'f32' ? new Float32Array(n) : a.type.dtype === 'i32' ? new Int32Array(n) : new Uint32Array(n);
  }
  return { feeds, x, y };
}

/** The oracle's weights after STEPS steps, gradients from TF.js autodiff of the same mse. */
async function oracleSteps(c: Case, feeds: Feeds, x: number[], y: number[]): Promise<Record<string, Float64Array>> {
  const w = {
    'dense.kernel': tf.variable(tf.tensor(feeds['dense.kernel']!, [IN, OUT])),
    'dense.bias': tf.variable(tf.tensor(feeds['dense.bias']!, [OUT])),
  };
  const xt = tf.tensor(x, [B, IN]);
  const yt = tf.tensor(y, [B, OUT]);
  const lossFn = (): tf.Scalar => tf.losses.meanSquaredError(yt, tf.tanh(tf.add(tf.matMul(xt, w['dense.kernel']), w['dense.bias']))) as tf.Scalar;
  if (typeof c.oracle === 'function' && c.oracle.length === 0) {
    const opt = (c.oracle as () => tf.Optimizer)();
    for (let t = 0; t < STEPS; t++) opt.minimize(lossFn, false, Object.values(w));
    return { 'dense.kernel': Float64Array.from(await w['dense.kernel'].data()), 'dense.bias': Float64Array.from(await w['dense.bias'].data()) };
  }
  const rule = c.oracle as KerasRule;
  const ps = { 'dense.kernel': Float64Array.from(feeds['dense.kernel']!), 'dense.bias': Float64Array.from(feeds['dense.bias']!) };
  const slots: Record<string, Record<string, Float64Array | number>> = { 'dense.kernel': {}, 'dense.bias': {} };
  for (let t = 1; t <= STEPS; t++) {
    w['dense.kernel'].assign(tf.tensor(Float32Array.from(ps['dense.kernel']), [IN, OUT]));
    w['dense.bias'].assign(tf.tensor(Float32Array.from(ps['dense.bias']), [OUT]));
    const { grads } = tf.variableGrads(lossFn, Object.values(w));
    for (const [k, v] of Object.entries(w)) rule(ps[k as keyof typeof ps], Float64Array.from(await grads[v.name]!.data()), t, slots[k]!);
  }
  return ps;
}

describe('every optimizer vs TF.js or the Keras rule: three steps from the same weights', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, async () => {
      const m = modelFor(name, c);
      const g = compileTraining(m, { batch: B, data: { xShape: [IN], yShape: [OUT], yDtype: 'f32', resident: B } }).graph;
      const s = setup(m, g, 31);
      let feeds = s.feeds;
      for (let t = 1; t <= STEPS; t++) {
        const out = interpret(g, { ...feeds, 'opt/t': Float32Array.of(t) });
        feeds = { ...feeds };
        for (const [k, v] of Object.entries(out)) if (k.startsWith('update/')) feeds[k.slice('update/'.length)] = v.data as Float32Array;
      }
      const want = await oracleSteps(c, s.feeds, s.x, s.y);
      for (const p of ['dense.kernel', 'dense.bias']) {
        expect(maxRelErr(feeds[p]!, want[p]!), `${p} after ${STEPS} steps`).toBeLessThan(1e-4);
        expect(maxRelErr(feeds[p]!, s.feeds[p]!), `${p} moved`).toBeGreaterThan(1e-5);
      }
    });
  }

  it('Nadam and AMSGrad steps on WebGPU match the interpreter (slots included)', async () => {
    for (const name of ['nadam with options', 'adam amsgrad']) {
      const m = modelFor(name, CASES[name]!);
      const prog = compileTraining(m, { batch: B, data: { xShape: [IN], yShape: [OUT], yDtype: 'f32', resident: B } });
      const feeds: Feeds = { ...setup(m, prog.graph, 3).feeds, 'opt/t': Float32Array.of(2) };
      const exe = await loadPlan(gpu.device, prog.plan!);
      await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
      const got = await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])));
      const want = interpret(prog.graph, feeds);
      const updates = Object.keys(want).filter((k) => k.startsWith('update/opt/'));
      expect(updates.length).toBeGreaterThanOrEqual(6);
      for (const k of [...updates, 'update/dense.kernel', 'update/dense.bias']) expect(maxRelErr(got[k]!, want[k]!.data), `${name}: ${k}`).toBeLessThan(1e-4);
      exe.destroy();
    }
  });
});
