/** @file The data check before the first step: cross-entropy targets that are not probabilities are refused, naming the first bad sample, unless `checkTargets: false`. */
import { describe, expect, it } from 'vitest';
import { CompileError } from '../../src/ir/index.ts';
import type { Dataset, Split } from '../../src/data/dataset.ts';
import { train } from '../../src/train/loop.ts';
import { checkTargets } from '../../src/train/target-check.ts';
import { modelFromSource } from './train-helpers.ts';

const split = (y: number[], n: number, int = false): Split => ({ n, x: new Float32Array(n), y: int ? Int32Array.from(y) : Float32Array.from(y) });

function codeAndMessage(f: () => void): [string, string] {
  try {
    f();
  } catch (e) {
    if (e instanceof CompileError) return [e.code, e.message];
    throw e;
  }
  return ['', ''];
}

describe('cross-entropy targets are checked before the first step', () => {
  it('binary cross-entropy: a target outside [0, 1] names its sample', () => {
    const [code, msg] = codeAndMessage(() => checkTargets('binaryCrossentropy', split([0, 1, 1, 2, 0], 5), 1));
    expect(code).toBe('E_TRAIN_TARGETS');
    expect(msg).toContain('sample 3');
    expect(msg).toContain('target 2');
    expect(codeAndMessage(() => checkTargets('binaryFocalCrossentropy', split([0, 0.3, -1], 3), 1))[1]).toContain('sample 2');
    expect(() => checkTargets('binaryCrossentropy', split([0, 0.25, 1], 3), 1)).not.toThrow();
  });

  it('categorical cross-entropy: a row that does not sum to 1 names its sample and shows the row', () => {
    const y = [1, 0, 0, 0, 1, 0, 0.5, 0.5, 0.5, 0, 0, 1];
    const [code, msg] = codeAndMessage(() => checkTargets('categoricalCrossentropy', split(y, 4), 3));
    expect(code).toBe('E_TRAIN_TARGETS');
    expect(msg).toContain('sample 2');
    expect(msg).toContain('[0.5, 0.5, 0.5]');
    expect(msg).toContain('sums to 1.5');
    expect(() => checkTargets('categoricalCrossentropy', split([0.2, 0.3, 0.5, 0, 1, 0], 2), 3)).not.toThrow();
  });

  it('class indices must be below the number of outputs', () => {
    const [code, msg] = codeAndMessage(() => checkTargets('sparseCategoricalCrossentropy', split([0, 2, 3, 1], 4, true), 3));
    expect(code).toBe('E_TRAIN_TARGETS');
    expect(msg).toContain('sample 2');
    expect(msg).toContain('class index 3');
    expect(() => checkTargets('categoricalCrossentropy', split([0, 2, 1], 3, true), 3)).not.toThrow();
  });

  it('regression losses take any targets', () => {
    expect(() => checkTargets('mse', split([-5, 7], 2), 1)).not.toThrow();
    expect(() => checkTargets('huber', split([-5, 7], 2), 1)).not.toThrow();
  });

  const model = (check: string) => modelFromSource('bce_targets', `import { sequential, dense, sgd } from 'dlc';
export default sequential({ name: 'bce_targets', input: [2], layers: [dense(1, { activation: 'sigmoid' })],
  train: { loss: 'binaryCrossentropy', optimizer: sgd(), batchSize: 2${check} } });
`);
  const data: Dataset = { name: 'bad', xShape: [2], yShape: [1], yDtype: 'f32', train: { n: 3, x: new Float32Array(6), y: Float32Array.of(0, 1, 3) } };

  it('train() refuses them before touching the device; checkTargets: false in the model file turns the check off', async () => {
    const noDevice = {} as GPUDevice;
    const opts = { device: noDevice, dataset: data, epochs: 1, batch: 2, seed: 0, loss: 'binaryCrossentropy' as const, optimizer: { kind: 'sgd' as const, learningRate: 0.01, momentum: 0, nesterov: false, weightDecay: 0 } };
    await expect(train({ ...opts, model: model('') })).rejects.toThrow(/sample 2 of the training data has target 3/);
    const off = model(', checkTargets: false');
    expect(off.train!.checkTargets).toBe(false);
    // Past the check, the (absent) device is the next thing to fail.
    await expect(train({ ...opts, model: off })).rejects.not.toThrow(/E_TRAIN_TARGETS|sample 2/);
  });
});
