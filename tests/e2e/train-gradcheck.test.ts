/** @file Compiled gradients on WebGPU match float64 central differences of the interpreter's training loss (dropout and batch statistics included). */
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/codegen/plan.ts';
import { compileTraining } from '../../src/compile.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { modelFromSource, SMALL_CONVNET, stepFeeds } from './train-helpers.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();

const MLP_BN = `import { sequential, dense, batchNorm, dropout, adam, iris } from 'dlc';
export default sequential({
  name: 'mlp_bn', input: [4],
  layers: [dense(6, { activation: 'tanh' }), batchNorm(), dropout(0.25), dense(3, { activation: 'softmax' })],
  train: { data: iris(), loss: 'categoricalCrossentropy', optimizer: adam() },
});
`;

describe('gradient check: compiled gradients vs float64 finite differences', () => {
  for (const [name, src] of [['mlp_bn', MLP_BN], ['small_convnet', SMALL_CONVNET]] as const) {
    it(name, async () => {
      const m = modelFromSource(name, src);
      const batch = 4;
      const data = { xShape: m.inputs[0]!.shape, yShape: [], yDtype: 'i32' as const, resident: batch };
      const lossGraph = compileTraining(m, { batch, data, seed: 2, after: 'loss' }).graph;
      const gradProg = compileTraining(m, { batch, data, seed: 2, after: 'autodiff' });
      const feeds = stepFeeds(m, gradProg.graph, 5, { 'data/y': [0, 2, 1, 1], idx: [0, 1, 2, 3], step: [9] });
      const exe = await loadPlan(gpu.device, compilePlan(gradProg.graph));
      await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
      const grads = await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])));
      const lossAt = (f: typeof feeds): number => interpret(lossGraph, f, { precision: 'f64' }).loss!.data[0]!;
      const h = 1e-4;
      let checked = 0;
      for (const p of gradProg.trainable) {
        const base = Float64Array.from(feeds[p]!);
        for (const k of [0, Math.floor(base.length / 2), base.length - 1]) {
          const plus = Float64Array.from(base);
          const minus = Float64Array.from(base);
          plus[k]! += h;
          minus[k]! -= h;
          const fd = (lossAt({ ...feeds, [p]: plus as unknown as Float32Array }) - lossAt({ ...feeds, [p]: minus as unknown as Float32Array })) / (2 * h);
          const got = grads[`grad/${p}`]![k]!;
          expect(Math.abs(got - fd) / (Math.abs(fd) + 1e-3), `${p}[${k}]: compiled ${got}, finite difference ${fd}`).toBeLessThan(1e-2);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(10);
      exe.destroy();
    });
  }
});
