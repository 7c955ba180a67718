/**
 * @file Training features from Keras: a `normalization` layer adapted to the training data, and
 * `classWeight` for unbalanced classes (per-sample loss weights), checked against the interpreter.
 */
import { describe, expect, it } from 'vitest';
import { compileTraining } from '../../src/compile.ts';
import type { Dataset } from '../../src/data/dataset.ts';
import { seededRandom } from '../../src/data/dataset.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { train } from '../../src/train/loop.ts';
import { maxRelErr, modelFromSource, stepFeeds } from './train-helpers.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();

/** Two features on wildly different scales (≈1000 ± 50 and ≈0 ± 0.01); the class is the sign of their standardised sum. */
function scaledData(n: number, seed: number): Dataset {
  const r = seededRandom(seed);
  const g = (): number => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const split = (m: number) => {
    const x = new Float32Array(2 * m);
    const y = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      const [a, b] = [g(), g()];
      x.set([1000 + 50 * a, 0.01 * b], 2 * i);
      y[i] = a + b > 0 ? 1 : 0;
    }
    return { n: m, x, y };
  };
  return { name: 'scaled', xShape: [2], yShape: [], yDtype: 'i32', numClasses: 2, train: split(n), test: split(n / 4) };
}

const NORMALIZED = `import { sequential, normalization, dense, sgd } from 'dlc';
export default sequential({
  name: 'normalized',
  input: [2],
  layers: [normalization(), dense(2, { activation: 'softmax' })],
  train: { loss: 'sparseCategoricalCrossentropy', optimizer: sgd({ learningRate: 0.5 }), batchSize: 16 },
});
`;

describe('normalization layer', () => {
  it('is adapted to the training split (mean, variance as non-trainable state) and makes badly scaled features learnable', async () => {
    const m = modelFromSource('normalized', NORMALIZED);
    expect(m.params.filter((p) => p.layer === 'normalization').map((p) => [p.weight, p.trainable, p.kind])).toEqual([['mean', false, 'state'], ['variance', false, 'state']]);
    const data = scaledData(256, 4);
    const r = await train({ device: gpu.device, model: m, dataset: data, epochs: 3, batch: 16, seed: 1, loss: 'sparseCategoricalCrossentropy', optimizer: m.train!.optimizer });
    const xs = Array.from({ length: data.train.n }, (_, i) => data.train.x[2 * i]!);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    expect(r.weights['normalization.mean']![0]!).toBeCloseTo(mean, 1);
    expect(Math.abs(r.weights['normalization.variance']![0]! / variance - 1)).toBeLessThan(1e-4);
    expect(r.weights['normalization.variance']![1]!).toBeLessThan(2e-4);
    expect(r.testAccuracy!).toBeGreaterThan(0.9);
  });
});

const WEIGHTED = `import { sequential, dense, adam } from 'dlc';
export default sequential({
  name: 'weighted',
  input: [3],
  layers: [dense(4, { activation: 'relu' }), dense(3, { activation: 'softmax' })],
  train: { loss: 'sparseCategoricalCrossentropy', optimizer: adam(), batchSize: 4, classWeight: { 0: 1, 2: 5 } },
});
`;

describe('class weights', () => {
  it('scale each sample’s loss by its class weight (Keras class_weight), on the GPU as in the interpreter', async () => {
    const m = modelFromSource('weighted', WEIGHTED);
    expect(m.train!.classWeight).toEqual([1, 1, 5]);
    const data = { xShape: [3], yShape: [], yDtype: 'i32' as const, resident: 6 };
    const labels = [0, 1, 2, 2, 1, 0];
    const idx = [0, 2, 3, 4];
    const weighted = compileTraining(m, { batch: 4, data });
    const plain = compileTraining(m, { batch: 4, data, classWeight: [1, 1, 1] });
    const feeds = stepFeeds(m, weighted.graph, 2, { 'data/y': labels, idx, 'opt/lr': [1e-3], 'opt/t': [1] });
    const base = compileTraining(m, { batch: 1, data: { ...data } , classWeight: [1, 1, 1] });
    // Per-sample losses from batches of one: the weighted batch loss is their class-weighted mean.
    const perSample = idx.map((i) => interpret(base.graph, { ...stepFeeds(m, base.graph, 2, { 'data/y': labels, idx: [i], 'opt/lr': [1e-3], 'opt/t': [1] }) }).loss!.data[0]!);
    const want = perSample.reduce((s, l, k) => s + l * [1, 1, 5][labels[idx[k]!]!]!, 0) / 4;
    expect(interpret(weighted.graph, feeds).loss!.data[0]!).toBeCloseTo(want, 5);
    expect(interpret(plain.graph, feeds).loss!.data[0]!).toBeCloseTo(perSample.reduce((a, b) => a + b, 0) / 4, 5);
    const exe = await loadPlan(gpu.device, weighted.plan!);
    await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
    const got = await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])));
    for (const [k, v] of Object.entries(interpret(weighted.graph, feeds))) expect(maxRelErr(got[k]!, v.data), k).toBeLessThan(1e-4);
    exe.destroy();
  });
});

const AUGMENTED = `import { sequential, randomFlip, randomTranslation, randomRotation, randomZoom, randomContrast, gaussianNoise, flatten, dense, adam } from 'dlc';
export default sequential({
  name: 'augmented',
  input: [6, 5, 2],
  layers: [
    randomFlip('horizontal_and_vertical', { seed: 1 }), randomTranslation(0.2, 0.2), randomRotation(0.1), randomZoom(0.2), randomContrast(0.3), gaussianNoise(0.1),
    flatten(), dense(3, { activation: 'softmax' }),
  ],
  train: { loss: 'sparseCategoricalCrossentropy', optimizer: adam(), batchSize: 4 },
});
`;

const FLIP = `import { sequential, randomFlip, flatten } from 'dlc';
export default sequential({ name: 'flip', input: [3, 4, 1], layers: [randomFlip('horizontal', { seed: 9 }), flatten()] });
`;

describe('augmentation layers', () => {
  it('are the identity in inference graphs and random ops in the training graph', () => {
    const m = modelFromSource('augmented', AUGMENTED);
    expect(m.graph(4).nodes.map((n) => n.op)).not.toContain('image_transform');
    const g = m.graph(4, { training: true, seed: 3 });
    expect(g.nodes.filter((n) => n.op === 'image_transform')).toHaveLength(4);
    expect(g.nodes.filter((n) => n.op === 'random_uniform').length).toBeGreaterThanOrEqual(6);
  });

  it('a horizontal flip gives each sample either itself or its mirror, drawn afresh each step', () => {
    const m = modelFromSource('flip', FLIP);
    const g = m.graph(8, { training: true, seed: 1 });
    const x = Float32Array.from({ length: 8 * 12 }, (_, i) => i);
    const flips = (step: number): boolean[] => {
      const y = Object.values(interpret(g, { input: x, step: Uint32Array.of(step) }))[0]!.data;
      return Array.from({ length: 8 }, (_, b) => {
        const row = (r: number, src: ArrayLike<number>) => Array.from({ length: 4 }, (_, c) => src[b * 12 + r * 4 + c]!);
        const same = [0, 1, 2].every((r) => row(r, y).join() === row(r, x).join());
        const mirrored = [0, 1, 2].every((r) => row(r, y).join() === row(r, x).reverse().join());
        expect(same || mirrored).toBe(true);
        return mirrored;
      });
    };
    const [a, b] = [flips(0), flips(1)];
    expect(a.some(Boolean) && a.some((f) => !f)).toBe(true);
    expect(a.join()).not.toBe(b.join());
    expect(flips(0).join()).toBe(a.join());
  });

  // WGSL only promises sin/cos/log to an absolute 2^-11 in f32 (the interpreter uses f64), which
  // reaches the rotated coordinates and the normal noise; hence 1e-2 here, not the usual 1e-4.
  it('one augmented training step on the GPU matches the interpreter within WGSL’s sin/cos accuracy (reproducible by seed)', async () => {
    const m = modelFromSource('augmented', AUGMENTED);
    const prog = compileTraining(m, { batch: 4, seed: 5, data: { xShape: [6, 5, 2], yShape: [], yDtype: 'i32', resident: 8 } });
    const feeds = stepFeeds(m, prog.graph, 3, { 'data/y': [0, 1, 2, 0, 1, 2, 0, 1], idx: [1, 3, 5, 7], 'opt/lr': [1e-3], 'opt/t': [1], step: [4] });
    const exe = await loadPlan(gpu.device, prog.plan!);
    await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
    const got = await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])));
    for (const [k, v] of Object.entries(interpret(prog.graph, feeds))) expect(maxRelErr(got[k]!, v.data), k).toBeLessThan(1e-2);
    // The same seed and step replay the same augmentation: a second run from the same state agrees bit for bit.
    await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
    const again = await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])));
    for (const k of Object.keys(got)) expect(Buffer.from(again[k]!.buffer).equals(Buffer.from(got[k]!.buffer)), k).toBe(true);
    exe.destroy();
  });
});
