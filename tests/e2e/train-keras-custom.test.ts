/**
 * @file Tensor functions in custom layers and custom losses: a forward pass using every function
 * matches the same computation in TF.js ops from the same weights; its gradients match float64
 * finite differences; the fused WebGPU step matches the interpreter; custom losses train exactly
 * like their built-in twins; misuse gets located errors.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileTraining } from '../../src/compile.ts';
import { CompileError } from '../../src/ir/index.ts';
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
type Feeds = Record<string, Float32Array | Int32Array | Uint32Array>;

/** A custom layer written with every tensor function; input [6], output [5]. */
const CUSTOM_LAYER = `import { model, input, dense, sigmoid, add, sub, mul, div, pow, sqrt, exp, log, abs, neg, square, clip, greater, where,
  mean, sum, max, min, matmul, transpose, concat, slice, stack, expandDims, squeeze, reshape, type Tensor } from 'dlc';

/** Swish with a learned-free gate: x · σ(x). */
function swish(x: Tensor) {
  return mul(x, sigmoid(x));
}

export default model({
  name: 'custom_layer',
  inputs: { x: input([6]) },
  forward({ x }) {
    const h = swish(dense(6)(x));                                   // [B, 6]
    const centred = sub(h, mean(h, -1, true));                       // layer-norm-like centring
    const scaled = div(centred, sqrt(add(mean(square(centred), 1, true), 1e-3)));
    const pos = where(greater(scaled, 0), scaled, mul(0.1, scaled));  // leaky relu by hand
    const grid = reshape(pos, [2, 3]);                               // [B, 2, 3]
    const gram = matmul(grid, transpose(grid, [0, 2, 1]));           // [B, 2, 2]
    const flat = reshape(gram, [4]);
    const parts = concat([slice(pos, [0], [2]), flat], -1);          // [B, 6]
    const st = squeeze(expandDims(sum(stack([parts, neg(parts)], 1), 1), 2), 2); // [B, 6]
    const feat = add(st, clip(abs(parts), 0, 2));
    const extras = concat([exp(mul(-1, square(max(feat, -1, true)))), log(add(abs(min(feat, 1, true)), 1)), pow(abs(sub(feat, 0.5)), 1.5)], -1); // [B, 8]
    return dense(5)(extras);
  },
  train: { loss: 'mse', batchSize: ${B} },
});
`;

/** The same forward in TF.js ops. */
function tfForward(x: tf.Tensor, w: Record<string, tf.Tensor>): tf.Tensor {
  return tf.tidy(() => {
    const d = tf.add(tf.matMul(x as tf.Tensor2D, w['dense.kernel'] as tf.Tensor2D), w['dense.bias']!);
    const h = tf.mul(d, tf.sigmoid(d));
    const centred = tf.sub(h, tf.mean(h, -1, true));
    const scaled = tf.div(centred, tf.sqrt(tf.add(tf.mean(tf.square(centred), 1, true), 1e-3)));
    const pos = tf.where(tf.greater(scaled, 0), scaled, tf.mul(0.1, scaled));
    const grid = tf.reshape(pos, [B, 2, 3]);
    const gram = tf.matMul(grid as tf.Tensor3D, tf.transpose(grid, [0, 2, 1]) as tf.Tensor3D);
    const flat = tf.reshape(gram, [B, 4]);
    const parts = tf.concat([tf.slice(pos, [0, 0], [-1, 2]), flat], -1);
    const st = tf.squeeze(tf.expandDims(tf.sum(tf.stack([parts, tf.neg(parts)], 1), 1), 2), [2]);
    const feat = tf.add(st, tf.clipByValue(tf.abs(parts), 0, 2));
    const extras = tf.concat([tf.exp(tf.mul(-1, tf.square(tf.max(feat, -1, true)))), tf.log(tf.add(tf.abs(tf.min(feat, 1, true)), 1)), tf.pow(tf.abs(tf.sub(feat, 0.5)), 1.5)], -1);
    return tf.add(tf.matMul(extras as tf.Tensor2D, w['dense_1.kernel'] as tf.Tensor2D), w['dense_1.bias']!);
  });
}

function feedsFor(m: CompiledModel, g: { args: readonly { name: string; type: { dtype: string; shape: readonly number[] } }[] }, seed: number, inDim: number, outDim: number): Feeds {
  const r = seededRandom(seed);
  const feeds: Feeds = { idx: Int32Array.from({ length: B }, (_, i) => i), 'opt/lr': Float32Array.of(m.train?.optimizer.learningRate ?? 0.01), 'opt/t': Float32Array.of(1) };
  for (const p of m.params) feeds[p.name] = Float32Array.from({ length: p.shape.reduce((a, b) => a * b, 1) }, () => r() - 0.5);
  feeds['data/x'] = Float32Array.from({ length: B * inDim }, () => 2 * r() - 1);
  feeds['data/y'] = Float32Array.from({ length: B * outDim }, () => 2 * r() - 1);
  for (const a of g.args) {
    if (feeds[a.name]) continue;
    const n = a.type.shape.reduce((p, q) => p * q, 1);
    feeds[a.name] = a.type.dtype === 'f32' ? new Float32Array(n) : a.type.dtype === 'i32' ? new Int32Array(n) : new Uint32Array(n);
  }
  return feeds;
}

describe('a custom layer written with tensor functions', () => {
  it('reads statically: summary lists the weights of its two dense layers only', () => {
    const m = modelFromSource('custom_layer', CUSTOM_LAYER);
    expect(m.params.map((p) => p.name)).toEqual(['dense.kernel', 'dense.bias', 'dense_1.kernel', 'dense_1.bias']);
    expect(m.outputs[0]!.shape).toEqual([5]);
    expect(m.params.find((p) => p.name === 'dense_1.kernel')!.shape).toEqual([8, 5]);
  });

  it('forward matches TF.js ops from the same weights', async () => {
    const m = modelFromSource('custom_layer', CUSTOM_LAYER);
    const g = m.graph(B);
    const feeds = feedsFor(m, g, 3, 6, 5);
    feeds.x = feeds['data/x']!;
    const got = interpret(g, feeds).output!.data;
    const w = Object.fromEntries(m.params.map((p) => [p.name, tf.tensor(feeds[p.name]!, [...p.shape])]));
    const want = await tfForward(tf.tensor(feeds.x, [B, 6]), w).data();
    expect(maxRelErr(got, want)).toBeLessThan(1e-4);
  });

  it('gradients match float64 finite differences', () => {
    const m = modelFromSource('custom_layer', CUSTOM_LAYER);
    const data = { xShape: [6], yShape: [5], yDtype: 'f32' as const, resident: B };
    const lossGraph = compileTraining(m, { batch: B, data, after: 'loss' }).graph;
    const gradGraph = compileTraining(m, { batch: B, data, after: 'autodiff' }).graph;
    const feeds = feedsFor(m, gradGraph, 5, 6, 5);
    const grads = interpret(gradGraph, feeds, { precision: 'f64' });
    const lossAt = (f: Feeds): number => interpret(lossGraph, f, { precision: 'f64' }).loss!.data[0]!;
    const h = 1e-5;
    let checked = 0;
    for (const p of ['dense.kernel', 'dense.bias']) {
      const base = Float64Array.from(feeds[p]!);
      for (let k = 0; k < base.length; k += 5) {
        const plus = Float64Array.from(base);
        const minus = Float64Array.from(base);
        plus[k]! += h;
        minus[k]! -= h;
        const fd = (lossAt({ ...feeds, [p]: plus as unknown as Float32Array }) - lossAt({ ...feeds, [p]: minus as unknown as Float32Array })) / (2 * h);
        const got = grads[`grad/${p}`]!.data[k]!;
        expect(Math.abs(got - fd) / (Math.abs(fd) + 1e-4), `${p}[${k}]: autodiff ${got}, finite difference ${fd}`).toBeLessThan(1e-4);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(8);
  });

  it('one fused training step on WebGPU matches the interpreter', async () => {
    const m = modelFromSource('custom_layer', CUSTOM_LAYER);
    const prog = compileTraining(m, { batch: B, data: { xShape: [6], yShape: [5], yDtype: 'f32', resident: B } });
    const feeds = feedsFor(m, prog.graph, 9, 6, 5);
    const exe = await loadPlan(gpu.device, prog.plan!);
    await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
    const got = await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])));
    const want = interpret(prog.graph, feeds);
    for (const k of ['loss', ...m.params.map((p) => `update/${p.name}`)]) expect(maxRelErr(got[k]!, want[k]!.data), k).toBeLessThan(1e-4);
    exe.destroy();
  });
});

const TWIN = (name: string, act: string, loss: string, imports = ''): string => `import { sequential, dense, sgd, sub, mul, mean, square, abs, log, clip, neg, add, where, lessEqual${imports} } from 'dlc';
function halfSquare(d: ReturnType<typeof sub>) {
  return mul(0.5, square(d));
}
export default sequential({
  name: '${name}', input: [3],
  layers: [dense(4, { activation: '${act}' })],
  train: { loss: ${loss}, optimizer: sgd({ learningRate: 0.1 }), batchSize: ${B} },
});
`;

const TWINS: Record<string, [string, string, string]> = {
  mse: ['linear', "'mse'", '(yTrue, yPred) => mean(square(sub(yTrue, yPred)))'],
  'mse, per-sample means': ['linear', "'mse'", '(yTrue, yPred) => mean(square(sub(yTrue, yPred)), -1)'],
  mae: ['linear', "'mae'", '(yTrue, yPred) => mean(abs(sub(yPred, yTrue)))'],
  'huber, with a helper and where': ['linear', "'huber'", '(yTrue, yPred) => { const d = sub(yPred, yTrue); return mean(where(lessEqual(abs(d), 1), halfSquare(d), sub(abs(d), 0.5))); }'],
  binaryCrossentropy: ['sigmoid', "'binaryCrossentropy'", '(t, p) => { const q = clip(p, 1e-7, 1 - 1e-7); return neg(mean(add(mul(t, log(q)), mul(sub(1, t), log(sub(1, q)))))); }'],
};

describe('custom losses train exactly like their built-in twins', () => {
  for (const [name, [act, builtin, custom]] of Object.entries(TWINS)) {
    it(name, () => {
      const run = (loss: string): { losses: number[]; w: Feeds } => {
        const m = modelFromSource(`twin_${name.replace(/\W+/g, '_')}`, TWIN('twin', act, loss));
        const g = compileTraining(m, { batch: B, data: { xShape: [3], yShape: [4], yDtype: 'f32', resident: B } }).graph;
        let feeds = feedsFor(m, g, 13, 3, 4);
        if (act === 'sigmoid') feeds['data/y'] = feeds['data/y']!.map((v) => (v > 0 ? 1 : 0));
        const losses: number[] = [];
        for (let t = 1; t <= 3; t++) {
          const out = interpret(g, { ...feeds, 'opt/t': Float32Array.of(t) });
          losses.push(out.loss!.data[0]!);
          feeds = { ...feeds };
          for (const [k, v] of Object.entries(out)) if (k.startsWith('update/')) feeds[k.slice('update/'.length)] = v.data as Float32Array;
        }
        return { losses, w: feeds };
      };
      const a = run(builtin);
      const b = run(custom);
      expect(maxRelErr(b.losses, a.losses), `${b.losses} vs ${a.losses}`).toBeLessThan(1e-5);
      for (const p of ['dense.kernel', 'dense.bias']) expect(maxRelErr(b.w[p]!, a.w[p]!), p).toBeLessThan(1e-5);
      expect(maxRelErr(a.losses.slice(2), a.losses.slice(0, 1))).toBeGreaterThan(1e-4);
    });
  }

  it("a custom loss is listed as 'custom' and checked like a forward (errors at its source)", () => {
    const m = modelFromSource('twin_custom', TWIN('twin', 'linear', TWINS.mse![2]));
    expect(m.train!.loss).toBe('custom');
    expect(() => modelFromSource('twin_bad', TWIN('twin', 'linear', '(t, p) => 3'))).toThrow(/custom loss must return a tensor/);
  });
});

describe('weight(): a custom layer with parameters', () => {
  const DENSE = (body: string, imports: string): string => `import { model, input, sgd, ${imports} } from 'dlc';
function myDense(x: Tensor, units: number) {
  return add(matmul(x, weight([3, units], 'glorotUniform', { name: 'proj' })), weight([units], 'zeros', { name: 'shift' }));
}
export default model({ name: 'wd', inputs: { x: input([3]) }, forward({ x }) { ${body} },
  train: { loss: 'mse', optimizer: sgd({ learningRate: 0.1 }), batchSize: ${B} } });
`;
  it('trains exactly like dense() from the same weights', () => {
    const mine = modelFromSource('wd_mine', DENSE('return myDense(x, 4);', 'add, matmul, weight, type Tensor'));
    const ref = modelFromSource('wd_ref', DENSE('return dense(4)(x);', 'add, matmul, weight, dense, type Tensor'));
    expect(mine.params.map((p) => [p.name, p.shape, p.init, p.trainable])).toEqual([['proj.w', [3, 4], 'glorotUniform', true], ['shift.w', [4], 'zeros', true]]);
    expect(mine.totalParams).toBe(ref.totalParams);
    const data = { xShape: [3], yShape: [4], yDtype: 'f32' as const, resident: B };
    const gm = compileTraining(mine, { batch: B, data }).graph;
    const gr = compileTraining(ref, { batch: B, data }).graph;
    const fr = feedsFor(ref, gr, 21, 3, 4);
    const fm = { ...fr, 'proj.w': fr['dense.kernel']!, 'shift.w': fr['dense.bias']! };
    const om = interpret(gm, fm);
    const or = interpret(gr, fr);
    expect(maxRelErr(om.loss!.data, or.loss!.data)).toBeLessThan(1e-6);
    expect(maxRelErr(om['update/proj.w']!.data, or['update/dense.kernel']!.data)).toBeLessThan(1e-6);
    expect(maxRelErr(om['update/shift.w']!.data, or['update/dense.bias']!.data)).toBeLessThan(1e-6);
  });
  it('trainable: false keeps it out of the optimizer', () => {
    const src = DENSE('return add(matmul(x, weight([3, 4], \'ones\', { trainable: false })), weight([4]));', 'add, matmul, weight, type Tensor');
    const m = modelFromSource('wd_frozen', src);
    expect(m.params.map((p) => [p.name, p.trainable])).toEqual([['weight.w', false], ['weight_1.w', true]]);
    expect(compileTraining(m, { batch: B, data: { xShape: [3], yShape: [4], yDtype: 'f32', resident: B } }).trainable).toEqual(['weight_1.w']);
  });
});

describe('misuse of tensor functions gets located errors', () => {
  const err = (src: string): CompileError => {
    try {
      modelFromSource('bad_fn', src);
    } catch (e) {
      if (e instanceof CompileError) return e;
      throw e;
    }
    throw new Error('compiled');
  };
  const fwd = (body: string, imports: string): string => `import { model, input, dense, ${imports} } from 'dlc';
export default model({ name: 'bad_fn', inputs: { x: input([4]) }, forward({ x }) { ${body} } });
`;
  it('moving the batch axis', () => {
    expect(err(fwd('return transpose(x, [1, 0]);', 'transpose')).code).toBe('E_SHAPE_AXIS');
    expect(err(fwd('return concat([x, x], 0);', 'concat')).code).toBe('E_SHAPE_AXIS');
  });
  it('returning a batch-reduced tensor from forward', () => {
    expect(err(fwd('return mean(x);', 'mean')).code).toBe('E_FORWARD_RESULT');
  });
  it('shapes that do not broadcast or multiply', () => {
    expect(err(fwd('return mul(x, reshape(x, [2, 2]));', 'mul, reshape')).code).toBe('E_SHAPE_MISMATCH');
    expect(err(fwd('return matmul(reshape(x, [2, 2]), reshape(x, [4, 1]));', 'matmul, reshape')).code).toBe('E_SHAPE_MISMATCH');
  });
  it('outside a model', () => {
    const e = err(`import { sequential, dense, mul } from 'dlc';
const y = mul(2, 3);
export default sequential({ name: 'bad_fn', input: [2], layers: [dense(1)] });
`);
    expect(e.code).toMatch(/E_NOT_TENSOR|E_NOT_IN_MODEL/);
  });
});
