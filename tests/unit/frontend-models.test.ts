/** @file The seed models: Keras shapes and param counts, and their lowered graphs run on the reference interpreter. */
import { describe, expect, it } from 'vitest';
import { compileModelFile, type CompiledModel } from '../../src/frontend/index.ts';
import { numel, type Graph } from '../../src/ir/index.ts';
import { getOp } from '../../src/ops/registry.ts';
import { interpret } from '../../src/reference/interpret.ts';

/** Expected Keras numbers, worked out by hand from the layer formulas. */
const conv = (k: number, cin: number, f: number, bias = true): number => k * k * cin * f + (bias ? f : 0);
const dense = (i: number, o: number): number => i * o + o;
const lstm = (d: number, u: number): number => 4 * u * (d + u + 1);
const bn = (c: number): number => 4 * c;

const EXPECTED: Record<string, { total: number; nonTrainable: number; output: number[]; shapes?: (number | null)[][] }> = {
  iris_mlp: { total: dense(4, 32) + dense(32, 16) + dense(16, 3), nonTrainable: 0, output: [3] },
  mnist_mlp: { total: 109_386, nonTrainable: 0, output: [10] },
  mnist_cnn: {
    total: conv(3, 1, 32) + conv(3, 32, 64) + dense(5 * 5 * 64, 64) + dense(64, 10), nonTrainable: 0, output: [10],
    shapes: [[null, 26, 26, 32], [null, 13, 13, 32], [null, 11, 11, 64], [null, 5, 5, 64], [null, 1600], [null, 64], [null, 10]],
  },
  cats_dogs_cnn: {
    total: conv(3, 3, 32) + conv(3, 32, 64) + conv(3, 64, 128) + dense(17 * 17 * 128, 128) + dense(128, 1),
    nonTrainable: 0, output: [1],
  },
  resnet: {
    // stem conv+bn; stage 16 (identity skip); stages 32 and 64 with 1×1 projections; dense 10.
    total: conv(3, 3, 16, false) + bn(16)
      + 2 * (conv(3, 16, 16, false) + bn(16))
      + conv(3, 16, 32, false) + conv(3, 32, 32, false) + conv(1, 16, 32, false) + 3 * bn(32)
      + conv(3, 32, 64, false) + conv(3, 64, 64, false) + conv(1, 32, 64, false) + 3 * bn(64)
      + dense(64, 10),
    nonTrainable: 2 * (16 + 2 * 16 + 3 * 32 + 3 * 64),
    output: [10],
  },
  lstm: { total: lstm(1, 50) + lstm(50, 50) + dense(50, 1), nonTrainable: 0, output: [1], shapes: [[null, 100, 50], [null, 50], [null, 1]] },
};

function isRunnable(g: Graph): string | undefined {
  return g.nodes.map((n) => n.op).find((op) => getOp(op).summary === 'not implemented');
}

/** Deterministic pseudo-random feeds in [-0.5, 0.5) (variances positive). */
function feeds(g: Graph): Record<string, Float32Array> {
  let s = 12345;
  const rnd = (): number => ((s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32) - 0.5;
  const out: Record<string, Float32Array> = {};
  for (const a of g.args) {
    const data = new Float32Array(numel(a.type.shape));
    for (let i = 0; i < data.length; i++) data[i] = a.name.endsWith('variance') ? 1 + rnd() : rnd() * 0.5;
    out[a.name] = data;
  }
  return out;
}

describe.each(Object.keys(EXPECTED))('models/%s.ts', (name) => {
  const want = EXPECTED[name]!;
  const load = (): CompiledModel => compileModelFile(`models/${name}.ts`).main;

  it('has the Keras param counts and output shape', () => {
    const m = load();
    expect(m.totalParams).toBe(want.total);
    expect(m.nonTrainableParams).toBe(want.nonTrainable);
    expect(m.trainableParams).toBe(want.total - want.nonTrainable);
    expect(m.outputs[0]!.shape).toEqual(want.output);
    if (want.shapes) expect(m.layers.filter((l) => l.type !== 'Dropout').map((l) => l.outputShape)).toEqual(want.shapes);
    expect(m.train).toBeDefined();
  });

  it('lowers to a graph whose args are Keras-named weights and whose nodes carry source locations', () => {
    const m = load();
    const g = m.graph(2);
    expect(g.args.filter((a) => a.kind === 'input').map((a) => a.type.shape[0])).toEqual(m.inputs.map(() => 2));
    for (const p of m.params) expect(g.args.find((a) => a.name === p.name)?.type.shape).toEqual(p.shape);
    expect(g.nodes.every((n) => n.loc && n.loc.file.endsWith(`${name}.ts`) && n.loc.line > 0)).toBe(true);
  });

  it('runs on the reference interpreter with finite outputs of the right shape', (ctx) => {
    const g = load().graph(2);
    const missing = isRunnable(g);
    if (missing) ctx.skip(`op ${missing} has no reference implementation yet`);
    const out = interpret(g, feeds(g)).output!;
    expect(out.type.shape).toEqual([2, ...want.output]);
    expect([...out.data].every(Number.isFinite)).toBe(true);
  });
});

describe('lowering details', () => {
  it('dense is matmul + add + activation; softmax is over the last axis', () => {
    const ops = compileModelFile('models/iris_mlp.ts').main.graph(1).nodes.map((n) => n.op);
    expect(ops).toEqual(['matmul', 'add', 'relu', 'matmul', 'add', 'relu', 'matmul', 'add', 'softmax']);
  });

  it('dropout is the identity in inference graphs; flatten is a reshape', () => {
    const ops = compileModelFile('models/mnist_mlp.ts').main.graph(1).nodes.map((n) => n.op);
    expect(ops).not.toContain('dropout');
    expect(compileModelFile('models/mnist_cnn.ts').main.graph(1).nodes.map((n) => n.op)).toContain('reshape');
  });

  it('batch norm moving statistics are state args and non-trainable params', () => {
    const m = compileModelFile('models/resnet.ts').main;
    const g = m.graph(1);
    expect(g.args.find((a) => a.name === 'batch_normalization.moving_mean')?.kind).toBe('state');
    expect(g.args.find((a) => a.name === 'batch_normalization.gamma')?.kind).toBe('param');
    expect(m.params.filter((p) => !p.trainable).every((p) => p.weight.startsWith('moving_'))).toBe(true);
  });

  it('mnist_mlp reads its training config with Keras defaults filled in', () => {
    const t = compileModelFile('models/mnist_mlp.ts').main.train!;
    expect(t).toMatchObject({ loss: 'categoricalCrossentropy', batchSize: 128, epochs: 10, metrics: ['accuracy'] });
    expect(t.optimizer).toEqual({ kind: 'sgd', learningRate: 0.1, momentum: 0.9, nesterov: true, weightDecay: 0 });
    expect(t.data?.kind).toBe('mnist');
  });
});
