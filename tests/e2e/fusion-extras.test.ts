/**
 * @file Fewer extras per training step (#20): updates written in place instead of copied back, with
 * the per-step dispatch and copy counts of the MNIST MLP, CNN and Iris pinned (counts, never times),
 * and training on WebGPU bit-identical to the copying plan over several steps.
 */
import { describe, expect, it } from 'vitest';
import { deviceTarget } from '../../src/codegen/target.ts';
import { compileTraining, type TrainingOptions } from '../../src/compile.ts';
import { compileModelFile, type CompiledModel } from '../../src/frontend/index.ts';
import { parse } from '../../src/ir/index.ts';
import { inPlaceUpdates } from '../../src/codegen/plan-in-place.ts';
import { fuseGraph } from '../../src/passes/fuse.ts';
import type { DataSpec } from '../../src/train/step.ts';
import { loadPlan, PipelineCache } from '../../src/runtime/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { maxRelErr, modelFromSource, SMALL_CONVNET, stepFeeds } from './train-helpers.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();

/** conv2d with ReLU straight into a max pool: backprop meets max_pool2d_grad then the ReLU mask. */
const SMALL_RELU_POOL = `import { sequential, conv2d, maxPool2d, flatten, dense, adam, synthetic } from 'dlc';
export default sequential({
  name: 'small_relu_pool',
  input: [6, 6, 2],
  layers: [conv2d(3, 3, { activation: 'relu', padding: 'same' }), maxPool2d({ poolSize: 2 }), flatten(), dense(3, { activation: 'softmax' })],
  train: { data: synthetic({ kind: 'images', shape: [6, 6, 2], classes: 3, sparse: true, samples: 12 }), loss: 'sparseCategoricalCrossentropy', optimizer: adam({ learningRate: 0.01 }), batchSize: 4 },
});
`;

/** Host-fed batches with one-hot targets, as `npm run bench` compiles the training step. */
function benchSpec(m: CompiledModel): DataSpec {
  const pred = m.graph(1).nodes.find((n) => n.id === m.graph(1).outputs[0]!.value)!;
  return { xShape: m.inputs[0]!.shape, yShape: pred.type.shape.slice(1), yDtype: 'f32' };
}

function counts(file: string, opts: Partial<TrainingOptions> = {}): { dispatches: number; copies: number; updates: number } {
  const m = compileModelFile(file).main;
  const t = compileTraining(m, { batch: 4, seed: 0, data: benchSpec(m), ...opts });
  return { dispatches: t.plan!.dispatches.length, copies: t.plan!.updates.length, updates: t.graph.outputs.filter((o) => o.name.startsWith('update/')).length };
}

describe('per-step extras', () => {
  // On main before #20's extras (a03a421): Iris 24 dispatches + 20 copies, MNIST MLP 23 + 14, MNIST CNN 30 + 18
  // (the accuracy metric took 5 dispatches, the loss sum 1, each max-pool gradient's ReLU mask 1).
  const CASES = {
    'models/iris_mlp.ts': { dispatches: 19, copies: 0, updates: 20, poolGrads: 0 },
    'models/mnist_mlp.ts': { dispatches: 18, copies: 0, updates: 14, poolGrads: 0 },
    'models/mnist_cnn.ts': { dispatches: 23, copies: 0, updates: 18, poolGrads: 2 },
  };
  for (const [file, c] of Object.entries(CASES)) {
    it(`${file}: dispatches and copies per step`, () => {
      const m = compileModelFile(file).main;
      const t = compileTraining(m, { batch: 4, seed: 0, data: benchSpec(m) });
      const labels = t.plan!.dispatches.map((d) => d.label);
      expect({ dispatches: labels.length, copies: t.plan!.updates.length }).toEqual({ dispatches: c.dispatches, copies: c.copies });
      expect(counts(file, { inPlaceUpdates: false }).copies).toBe(c.updates);
      // The metric sums ride on the loss kernel and one count kernel; no argmax/equal chain is left.
      expect(labels.filter((l) => /^categorical_cross_entropy %\d+ \+ mul %\d+ \+ add %\d+$/.test(l))).toHaveLength(1);
      expect(labels.filter((l) => /^count_correct %\d+ \+ add %\d+$/.test(l))).toHaveLength(1);
      expect(labels.some((l) => l.includes('argmax') || l.includes('equal'))).toBe(false);
      // Each max-pool gradient takes the ReLU mask of the layer before it.
      expect(labels.filter((l) => /^max_pool2d_grad %\d+ \+ mul %\d+ /.test(l))).toHaveLength(c.poolGrads);
      expect(labels.filter((l) => l.startsWith('max_pool2d_grad'))).toHaveLength(c.poolGrads);
    });
  }

  it('batch-norm moving statistics are updated in place: no copy per step (there were 2)', () => {
    // The training-mode batch_norm op no longer binds the moving statistics (it never read them), so
    // no kernel reads them after the one that updates them.
    const after = counts('models/mnist_batchnorm.ts');
    expect(after.copies).toBe(0);
    expect(counts('models/mnist_batchnorm.ts', { inPlaceUpdates: false }).copies).toBe(after.updates);
    const m = modelFromSource('small_convnet', SMALL_CONVNET);
    const step = (inPlaceUpdates: boolean) => compileTraining(m, { batch: 4, seed: 0, data: { xShape: m.inputs[0]!.shape, yShape: [], yDtype: 'i32', resident: 12 }, inPlaceUpdates });
    expect(step(true).plan!.updates).toEqual([]);
    expect(step(false).plan!.updates.length).toBe(step(true).graph.outputs.filter((o) => o.name.startsWith('update/')).length);
  });
});

describe('in-place liveness', () => {
  const decide = (text: string): string[] => {
    const g = parse(text);
    const fusion = fuseGraph(g);
    const byId = new Map(g.args.map((a) => [a.id, a.name]));
    // Outputs named new_<x> update <x> (the IR text has no '/' in output names).
    const updates = Object.fromEntries(g.outputs.filter((o) => o.name.startsWith('new_')).map((o) => [o.name, o.name.slice(4)]));
    return [...inPlaceUpdates(g, fusion, updates).values()].map((a) => byId.get(a)!).sort();
  };

  it('an epilogue update and an elementwise update are written in place', () => {
    expect(decide(`graph g(%x: f32[4,4], param %w: f32[4,4], state %m: f32[4,4]) {
  %0 = matmul %x, %x {transposeA=false, transposeB=false} : f32[4,4]
  %1 = mul %m, %x : f32[4,4]
  %2 = add %1, %0 : f32[4,4]
  %3 = sub %w, %2 : f32[4,4]
  return new_w=%3, new_m=%2
}`)).toEqual(['m', 'w']);
    expect(decide(`graph g(%x: f32[4], param %w: f32[4], state %m: f32[4]) {
  %0 = mul %m, %x : f32[4]
  %1 = sub %w, %0 : f32[4]
  return new_w=%1, new_m=%0
}`)).toEqual(['m', 'w']);
  });

  it('refuses when the anchor reads the argument it would overwrite', () => {
    // w_new = w + x·w: the matmul reads all of w while the epilogue stores w_new.
    expect(decide(`graph g(%x: f32[4,4], param %w: f32[4,4]) {
  %0 = matmul %x, %w {transposeA=false, transposeB=false} : f32[4,4]
  %1 = add %w, %0 : f32[4,4]
  return new_w=%1
}`)).toEqual([]);
  });

  it('refuses when a later kernel reads the old value, or the old value is an output', () => {
    expect(decide(`graph g(%x: f32[4,4], param %w: f32[4,4]) {
  %0 = add %w, %x : f32[4,4]
  %1 = matmul %0, %w {transposeA=false, transposeB=false} : f32[4,4]
  return new_w=%0, y=%1
}`)).toEqual([]);
    expect(decide(`graph g(%x: f32[4], param %w: f32[4]) {
  %0 = add %w, %x : f32[4]
  return new_w=%0, old=%w
}`)).toEqual([]);
  });

  it('refuses a broadcast read: the argument must have the epilogue shape', () => {
    expect(decide(`graph g(%x: f32[4,4], state %s: f32[4]) {
  %0 = reduce_sum %x {axes=[0], keepDims=false} : f32[4]
  %1 = add %0, %s : f32[4]
  return new_s=%1
}`)).toEqual(['s']);
  });
});

describe('in-place training on WebGPU is bit-identical to copying back', () => {
  const CASES: Record<string, { model: () => CompiledModel; labels: (n: number) => number[]; samples: number }> = {
    // Adam (params, m and v in place), the metric sums, and the pool gradient with the ReLU mask. The Iris MLP and
    // the batch-norm convnet run in place against the interpreter in train-step.test.ts.
    'conv, ReLU, max pool (Adam): the pool gradient takes the ReLU mask': { model: () => modelFromSource('small_relu_pool', SMALL_RELU_POOL), labels: (n) => Array.from({ length: n }, (_, i) => (i * 5) % 3), samples: 12 },
    // Batch norm's moving statistics written in place by the kernels that compute the batch statistics.
    'conv, batch norm, dropout (SGD Nesterov): moving statistics in place': { model: () => modelFromSource('small_convnet', SMALL_CONVNET), labels: (n) => Array.from({ length: n }, (_, i) => (i * 3) % 4), samples: 12 },
  };
  for (const [name, c] of Object.entries(CASES)) {
    it(name, async () => {
      const m = c.model();
      // Compiled for this device, as dlc train does (the barrier-free GEMM on a CPU driver).
      const opts: TrainingOptions = { batch: 4, seed: 7, data: { xShape: m.inputs[0]!.shape, yShape: [], yDtype: 'i32', resident: c.samples }, target: deviceTarget(gpu.device) };
      const results = [];
      const pipelineCache = new PipelineCache(gpu.device);
      let init: Record<string, ArrayLike<number>> = {};
      for (const inPlaceUpdates of [false, true]) {
        const prog = compileTraining(m, { ...opts, inPlaceUpdates });
        const feeds = stepFeeds(m, prog.graph, 3, { 'data/y': c.labels(c.samples), 'opt/lr': [m.train!.optimizer.learningRate] });
        init = feeds;
        const exe = await loadPlan(gpu.device, prog.plan!, { pipelineCache });
        await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
        const losses: number[] = [];
        for (let s = 0; s < 3; s++) {
          const step = { ...feeds, idx: Int32Array.from([(5 + s) % c.samples, s, 11 - s, 2 * s]), 'opt/t': [s + 1], step: [s] };
          const out = await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, step[i.name as keyof typeof step]!])), s === 0 ? {} : { read: ['loss'] });
          losses.push(out.loss![0]!);
          if (s === 0 && inPlaceUpdates) {
            // The fused kernels (loss + its sum, count_correct + its sum, pool gradient + mask) against the interpreter.
            const want = interpret(prog.graph, step);
            for (const [k, v] of Object.entries(want)) expect(maxRelErr(out[k]!, v.data), k).toBeLessThan(1e-4);
            if (name.startsWith('conv, ReLU')) expect(prog.plan!.dispatches.some((d) => /^max_pool2d_grad %\d+ \+ mul /.test(d.label))).toBe(true);
          }
        }
        results.push({ losses, params: await exe.readParams(), copies: prog.plan!.updates.length });
        exe.destroy();
      }
      const [copying, inPlace] = results as [(typeof results)[0], (typeof results)[0]];
      expect(inPlace.copies).toBeLessThan(copying.copies);
      expect(inPlace.losses).toEqual(copying.losses);
      expect(Object.keys(inPlace.params).sort()).toEqual(Object.keys(copying.params).sort());
      for (const [k, v] of Object.entries(copying.params)) expect(Array.from(inPlace.params[k]!), k).toEqual(Array.from(v));
      // The steps did change the weights (the comparison is not between two untouched copies).
      const trained = Object.keys(copying.params).find((k) => !k.startsWith('opt/') && !k.startsWith('metric/') && !k.startsWith('data/') && k.includes('kernel'))!;
      expect(Array.from(copying.params[trained]!)).not.toEqual(Array.from(init[trained]!));
    });
  }
});
