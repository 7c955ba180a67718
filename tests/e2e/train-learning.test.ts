/** @file Training actually learns: linear regression recovers its line, Iris and a small MNIST MLP reach their accuracy, runs are bit-reproducible. */
import { describe, expect, it } from 'vitest';
import { compileModelFile, type CompiledModel } from '../../src/frontend/index.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { DeviceHandle } from '../../src/runtime/index.ts';
import { train, type TrainOptions } from '../../src/train/loop.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();

function options(m: CompiledModel, over: Partial<TrainOptions> = {}, limits = {}): TrainOptions {
  const t = m.train!;
  return { device: gpu.device, model: m, dataset: loadDataset(t.data!, limits), epochs: t.epochs, batch: t.batchSize, seed: 1, loss: t.loss, optimizer: t.optimizer, ...over };
}

describe('training learns', () => {
  it('linear regression recovers y = 0.1·x + 0.3', async () => {
    const m = compileModelFile('models/linear_regression.ts').main;
    const r = await train(options(m));
    expect(r.weights['dense.kernel']![0]).toBeCloseTo(0.1, 2);
    expect(Math.abs(r.weights['dense.kernel']![0]! - 0.1)).toBeLessThan(0.01);
    expect(Math.abs(r.weights['dense.bias']![0]! - 0.3)).toBeLessThan(0.01);
    expect(r.testMae!).toBeLessThan(0.01);
  });

  it('the Iris MLP (4→32→16→3, Adam) reaches ≥ 96% test accuracy', async () => {
    const m = compileModelFile('models/iris_mlp.ts').main;
    const r = await train(options(m));
    expect(r.testAccuracy!).toBeGreaterThanOrEqual(0.96);
    expect(r.history[r.history.length - 1]!.loss).toBeLessThan(r.history[0]!.loss);
  });

  // SwiftShader runs this 784→128→64→10 step at about 0.1 s (far slower on a loaded machine): 1,000
  // images, one epoch of batch 32 (31 steps) is what fits; chance is 10%, and 80% shows the whole loop
  // learns. 256 test images rather than 500 halve the evaluation; smaller batches learn worse per second.
  it('a small MNIST MLP (1,000 images, 1 epoch) reaches ≥ 80% on 256 test images', async () => {
    const m = compileModelFile('models/mnist_mlp.ts').main;
    // 31 full batches, as before the last partial batch was kept: one epoch on 1,000 images is too short for 80% to survive any change of steps.
    const r = await train(options(m, { epochs: 1, batch: 32, dropRemainder: true }, { trainLimit: 1000, testLimit: 256 }));
    expect(r.testAccuracy!).toBeGreaterThanOrEqual(0.8);
  });

  it('the same seed gives bit-identical weights; another seed does not', async () => {
    const m = compileModelFile('models/mnist_dropout.ts').main;
    const run = (seed: number) => train(options(m, { epochs: 1, batch: 16, seed }, { trainLimit: 64, testLimit: 16 }));
    const [a, b, c] = [await run(5), await run(5), await run(6)];
    for (const k of Object.keys(a.weights)) expect(Buffer.from(b.weights[k]!.buffer).equals(Buffer.from(a.weights[k]!.buffer)), k).toBe(true);
    expect(Buffer.from(c.weights['dense.kernel']!.buffer).equals(Buffer.from(a.weights['dense.kernel']!.buffer))).toBe(false);
  });
});
