/**
 * @file Initializers with options and literal weights: the drawn statistics of each Keras initializer
 * (mean, spread, bounds against its definition), exact values of constant/identity/literal weights,
 * the model file's syntax read into param specs, a fixed edge-detection filter that the reference
 * interpreter applies exactly and training leaves alone, and located errors for misuse.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModelFile } from '../../src/frontend/index.ts';
import type { InitName } from '../../src/frontend/layers/layer-def.ts';
import { CompileError } from '../../src/ir/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { compileTraining } from '../../src/compile.ts';
import { initialValue, initialWeights } from '../../src/train/init.ts';
import { maxRelErr, stepFeeds } from '../e2e/train-helpers.ts';

function stats(x: Float32Array): { mean: number; std: number; min: number; max: number } {
  let s = 0;
  for (const v of x) s += v;
  const mean = s / x.length;
  let q = 0;
  for (const v of x) q += (v - mean) ** 2;
  return { mean, std: Math.sqrt(q / x.length), min: Math.min(...x), max: Math.max(...x) };
}

const draw = (init: InitName, shape: readonly number[], seed = 7): Float32Array => initialValue({ init, shape }, seed, 3);

describe('drawn statistics', () => {
  // 40 000 draws: the sample mean is within 4 standard errors (σ/200) and the spread within 2 %.
  const N = [200, 200];

  it('randomNormal({ mean, stddev }) has that mean and spread', () => {
    const s = stats(draw({ kind: 'randomNormal', mean: 0.5, stddev: 0.2 }, N));
    expect(Math.abs(s.mean - 0.5)).toBeLessThan(0.2 / 50);
    expect(s.std / 0.2).toBeGreaterThan(0.98);
    expect(s.std / 0.2).toBeLessThan(1.02);
    expect(s.min).toBeLessThan(0.5 - 2 * 0.2); // untruncated: tails beyond 2σ occur (~4.6 % of draws)
  });

  it('truncatedNormal redraws beyond 2σ: bounded, spread ≈ 0.87962566 σ (Keras, no rescaling)', () => {
    const s = stats(draw({ kind: 'truncatedNormal', mean: -1, stddev: 0.1 }, N));
    expect(s.min).toBeGreaterThanOrEqual(-1 - 0.2 - 1e-6);
    expect(s.max).toBeLessThanOrEqual(-1 + 0.2 + 1e-6);
    expect(Math.abs(s.mean + 1)).toBeLessThan(0.1 / 50);
    expect(Math.abs(s.std / (0.1 * 0.87962566) - 1)).toBeLessThan(0.02);
  });

  it('randomUniform({ minval, maxval }) fills [minval, maxval) evenly', () => {
    const s = stats(draw({ kind: 'randomUniform', minval: 2, maxval: 5 }, N));
    expect(s.min).toBeGreaterThanOrEqual(2);
    expect(s.max).toBeLessThan(5);
    expect(Math.abs(s.mean - 3.5)).toBeLessThan(0.02);
    expect(Math.abs(s.std / (3 / Math.sqrt(12)) - 1)).toBeLessThan(0.02);
  });

  it('varianceScaling: σ² = scale / fan for each mode and distribution; lecun = scale 1, fanIn', () => {
    // A conv kernel [3, 3, 20, 40]: fanIn = 180, fanOut = 360, fanAvg = 270.
    const shape = [3, 3, 20, 40];
    const cases: [InitName, number][] = [
      [{ kind: 'varianceScaling', scale: 2, mode: 'fanIn', distribution: 'truncatedNormal' }, Math.sqrt(2 / 180)],
      [{ kind: 'varianceScaling', scale: 1, mode: 'fanOut', distribution: 'untruncatedNormal' }, Math.sqrt(1 / 360)],
      [{ kind: 'varianceScaling', scale: 3, mode: 'fanAvg', distribution: 'uniform' }, Math.sqrt(3 / 270)],
      ['varianceScaling', Math.sqrt(1 / 180)],
      ['lecunNormal', Math.sqrt(1 / 180)],
      ['lecunUniform', Math.sqrt(1 / 180)],
    ];
    for (const [init, sigma] of cases) {
      const s = stats(draw(init, shape));
      expect(Math.abs(s.mean)).toBeLessThan(sigma / 40);
      expect(Math.abs(s.std / sigma - 1), JSON.stringify(init)).toBeLessThan(0.025);
    }
    const u = stats(draw('lecunUniform', shape));
    expect(u.max).toBeLessThanOrEqual(Math.sqrt(3 / 180));
    const t = stats(draw('lecunNormal', shape));
    expect(t.max).toBeLessThanOrEqual((2 * Math.sqrt(1 / 180)) / 0.87962566 + 1e-6);
  });

  it('names take Keras defaults: randomNormal σ 0.05, randomUniform ±0.05, constant 0, identity gain 1', () => {
    const n = stats(draw('randomNormal', N));
    expect(Math.abs(n.std / 0.05 - 1)).toBeLessThan(0.02);
    const u = stats(draw('randomUniform', N));
    expect([u.min >= -0.05, u.max < 0.05]).toEqual([true, true]);
    expect(draw('constant', [5]).every((v) => v === 0)).toBe(true);
    expect([...draw('identity', [2, 3])]).toEqual([1, 0, 0, 0, 1, 0]);
  });

  it('exact values: constant(v), identity({ gain }) (rectangular too), literal weights', () => {
    expect([...draw({ kind: 'constant', value: 0.25 }, [2, 2])]).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect([...draw({ kind: 'identity', gain: 3 }, [3, 2])]).toEqual([3, 0, 0, 3, 0, 0]);
    expect([...draw({ kind: 'literal', shape: [3, 3], values: [1, 2, 3, 4, 5, 6, 7, 8, 9] }, [3, 3, 1, 1])]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('the draws depend on the seed; a name draws exactly as its spec with Keras defaults', () => {
    expect([...draw('randomNormal', [8], 1)]).not.toEqual([...draw('randomNormal', [8], 2)]);
    expect([...draw('randomNormal', [8], 1)]).toEqual([...draw({ kind: 'randomNormal', mean: 0, stddev: 0.05 }, [8], 1)]);
  });
});

function write(src: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-init-'));
  writeFileSync(join(dir, 'model.ts'), src);
  return join(dir, 'model.ts');
}

const err = (src: string): CompileError => {
  try {
    compileModelFile(write(src));
  } catch (e) {
    if (e instanceof CompileError) return e;
    throw e;
  }
  throw new Error('compiled');
};

const EDGE = [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]];

describe('in a model file', () => {
  it('initializers with options become param specs; names and weight() take them too', () => {
    const m = compileModelFile(write(`import { sequential, dense, randomNormal, constant, varianceScaling, identity } from 'dlc';
export default sequential({ input: [4], layers: [
  dense(4, { kernelInitializer: identity({ gain: 2 }), biasInitializer: constant(0.5) }),
  dense(3, { kernelInitializer: randomNormal({ stddev: 0.5 }), biasInitializer: 'lecunUniform' }),
  dense(2, { kernelInitializer: varianceScaling({ scale: 2, mode: 'fanAvg' }), bias: [1, -1] }),
] });
`)).main;
    expect(m.params.map((p) => [p.name, p.init])).toEqual([
      ['dense.kernel', { kind: 'identity', gain: 2 }],
      ['dense.bias', { kind: 'constant', value: 0.5 }],
      ['dense_1.kernel', { kind: 'randomNormal', mean: 0, stddev: 0.5 }],
      ['dense_1.bias', 'lecunUniform'],
      ['dense_2.kernel', { kind: 'varianceScaling', scale: 2, mode: 'fanAvg', distribution: 'truncatedNormal' }],
      ['dense_2.bias', { kind: 'literal', shape: [2], values: [1, -1] }],
    ]);
    const w = initialWeights(m.params, 0);
    expect([...w['dense.kernel']!].filter((v) => v !== 0)).toEqual([2, 2, 2, 2]);
    expect([...w['dense_2.bias']!]).toEqual([1, -1]);
  });

  it('a fixed edge-detection filter: conv2d(1, 3, { kernel: [[…]], useBias: false, trainable: false })', () => {
    const m = compileModelFile(write(`import { sequential, conv2d, flatten, dense } from 'dlc';
export default sequential({ input: [4, 4, 1], layers: [
  conv2d(1, 3, { kernel: ${JSON.stringify(EDGE)}, useBias: false, trainable: false, name: 'edges' }),
  flatten(),
  dense(1),
], train: { loss: 'mse' } });
`)).main;
    expect(m.params.filter((p) => p.layer === 'edges').map((p) => [p.name, p.shape, p.trainable])).toEqual([['edges.kernel', [3, 3, 1, 1], false]]);
    const img = Float32Array.from({ length: 16 }, (_, i) => (i * 7) % 5);
    const w = initialWeights(m.params, 0);
    expect([...w['edges.kernel']!]).toEqual(EDGE.flat());
    // The interpreter's conv output equals the filter applied by hand (a 2×2 valid window map).
    const want: number[] = [];
    for (let r = 0; r < 2; r++) for (let c = 0; c < 2; c++) {
      let s = 0;
      for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) s += EDGE[i]![j]! * img[(r + i) * 4 + (c + j)]!;
      want.push(s);
    }
    const out = interpret(m.graph(1), { ...w, input: img }).output!.data;
    const k = w['dense.kernel']!;
    expect(out[0]).toBeCloseTo(want.reduce((a, v, i) => a + v * k[i]!, 0), 4);
    // Frozen: the training step has no gradient or update for it.
    const t = compileTraining(m, { batch: 2, data: { xShape: [4, 4, 1], yShape: [1], yDtype: 'f32', resident: 2 } });
    expect(t.trainable).toEqual(['dense.kernel', 'dense.bias']);
    // One step on the interpreter: the head moves, the fixed filter has no update output at all.
    const feeds = stepFeeds(m, t.graph, 0, { 'data/x': [...img, ...img.map((v) => -v)], 'data/y': [1, -1], idx: [0, 1], 'opt/lr': [0.1], 'opt/t': [1] });
    const r = interpret(t.graph, feeds);
    const updates = Object.keys(r).filter((k) => k.startsWith('update/') && !k.startsWith('update/metric/') && !k.startsWith('update/opt/'));
    expect(updates).toEqual(['update/dense.kernel', 'update/dense.bias']);
    expect(Object.keys(r).some((k) => k.includes('edges'))).toBe(false);
    expect(maxRelErr(r['update/dense.kernel']!.data, w['dense.kernel']!)).toBeGreaterThan(1e-3);
  });

  it('literal weights of another shape: E_INIT_SHAPE at the literal, naming both shapes and the layout', () => {
    const e = err(`import { sequential, conv2d } from 'dlc';
export default sequential({ input: [8, 8, 3], layers: [
  conv2d(1, 3,
    { kernel: [[1, 0], [0, 1]], useBias: false }),
] });
`);
    expect(e.code).toBe('E_INIT_SHAPE');
    expect(e.loc?.line).toBe(4);
    expect(e.message).toContain('[2, 2]');
    expect(e.message).toContain('[3, 3, 3, 1] (height, width, inChannels, filters)');
  });

  it('misuse: ragged literals, identity on a conv kernel, both kernel and kernelInitializer, bad options', () => {
    const conv = (opts: string): string => `import { sequential, conv2d, dense, randomNormal, randomUniform, identity } from 'dlc';\nexport default sequential({ input: [4, 4, 1], layers: [conv2d(1, 3, ${opts})] });\n`;
    expect(err(conv('{ kernel: [[1, 2, 3], [4, 5], [6, 7, 8]] }'))).toMatchObject({ code: 'E_OPTION_VALUE', message: expect.stringContaining('[1]') });
    expect(err(conv("{ kernel: [[1, 2, 'x'], [4, 5, 6], [6, 7, 8]] }"))).toMatchObject({ code: 'E_OPTION_TYPE' });
    expect(err(conv('{ kernelInitializer: identity() }'))).toMatchObject({ code: 'E_INIT_SHAPE', message: expect.stringContaining('[3, 3, 1, 1]') });
    expect(err(conv(`{ kernel: ${JSON.stringify(EDGE)}, kernelInitializer: 'zeros' }`))).toMatchObject({ code: 'E_OPTION_VALUE', message: expect.stringContaining('both') });
    expect(err(conv('{ bias: [1], useBias: false }'))).toMatchObject({ code: 'E_OPTION_VALUE' });
    expect(err(conv('{ kernelInitializer: randomUniform({ minval: 1, maxval: 0 }) }'))).toMatchObject({ code: 'E_OPTION_RANGE' });
    expect(err(conv('{ kernelInitializer: randomNormal({ std: 1 }) }'))).toMatchObject({ code: 'E_UNKNOWN_OPTION', hint: expect.stringContaining('stddev') });
    expect(err(conv("{ kernelInitializer: 'lecunNormall' }"))).toMatchObject({ code: 'E_OPTION_VALUE', hint: expect.stringContaining('lecunNormal') });
  });
});

describe('fine-tuning a base: trainable: false on a nested model, unfreeze: { from } | { last }', () => {
  const file = (base: string): string => `import { sequential, model, input, conv2d, maxPool2d, flatten, dense } from 'dlc';
const base = sequential({ name: 'base', input: [8, 8, 1], layers: [
  conv2d(2, 3, { name: 'c1' }), conv2d(2, 3, { name: 'c2' }), maxPool2d({ poolSize: 2 }), flatten({ name: 'flat' }), dense(4, { name: 'd1' }),
], ${base} });
export default model({ inputs: { x: input([8, 8, 1]) }, forward({ x }) { return dense(2, { name: 'head' })(base(x)); }, train: { loss: 'mse' } });
`;
  const trained = (base: string): readonly string[] => {
    const m = compileModelFile(write(file(base))).main;
    const t = compileTraining(m, { batch: 2, data: { xShape: [8, 8, 1], yShape: [2], yDtype: 'f32', resident: 2 } });
    expect(m.params.filter((p) => p.trainable).map((p) => p.name)).toEqual(t.trainable);
    return t.trainable;
  };

  it('frozen, then unfrozen from a layer or by count; frozen layers get no update (compile-time pruning)', () => {
    expect(trained('trainable: false')).toEqual(['head.kernel', 'head.bias']);
    expect(trained("trainable: false, unfreeze: { from: 'c2' }")).toEqual(['c2.kernel', 'c2.bias', 'd1.kernel', 'd1.bias', 'head.kernel', 'head.bias']);
    // The last 3 layers are maxPool2d, flat, d1 (weightless layers count, as in Keras's base.layers[-3:]).
    expect(trained('unfreeze: { last: 3 }')).toEqual(['d1.kernel', 'd1.bias', 'head.kernel', 'head.bias']);
    expect(trained('unfreeze: { last: 5 }')).toEqual(['c1.kernel', 'c1.bias', 'c2.kernel', 'c2.bias', 'd1.kernel', 'd1.bias', 'head.kernel', 'head.bias']);
  });

  it('an application base: vgg16({ trainable: false, unfreeze: { from: \'block5_conv1\' } }) trains block 5 only', () => {
    const m = compileModelFile(write(`import { vgg16 } from 'dlc';\nexport default vgg16({ includeTop: false, inputShape: [32, 32, 3], trainable: false, unfreeze: { from: 'block5_conv1' } });\n`)).main;
    expect(m.params.filter((p) => p.trainable).map((p) => p.layer)).toEqual(['block5_conv1', 'block5_conv1', 'block5_conv2', 'block5_conv2', 'block5_conv3', 'block5_conv3']);
  });

  it('a layer the base does not have, too many layers, or another shape: located errors', () => {
    expect(err(file("unfreeze: { from: 'c3' }"))).toMatchObject({ code: 'E_UNKNOWN_LAYER', hint: expect.stringContaining('c1'), loc: expect.objectContaining({ line: 4 }) });
    expect(err(file('unfreeze: { last: 6 }'))).toMatchObject({ code: 'E_OPTION_RANGE', message: expect.stringContaining('5 layers') });
    expect(err(file("unfreeze: { from: 'c2', last: 2 }"))).toMatchObject({ code: 'E_OPTION_VALUE' });
    expect(err(file("unfreze: { from: 'c2' }"))).toMatchObject({ code: 'E_UNKNOWN_OPTION', hint: expect.stringContaining('unfreeze') });
  });
});
