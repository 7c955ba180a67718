/**
 * @file Callbacks and fit options in a real (tiny) run on the GPU: linear regression, 256 samples. The
 * last partial batch is kept, ReduceLROnPlateau changes the rate the steps use, initialEpoch and
 * stepsPerEpoch set the loop's position, modelCheckpoint(saveBestOnly) writes best.safetensors.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModelFile } from '../../src/frontend/index.ts';
import { loadDataset } from '../../src/data/load.ts';
import { train, type TrainOptions } from '../../src/train/loop.ts';
import { CALLBACK_DEFAULTS } from '../../src/train/callbacks.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();
const model = compileModelFile('models/linear_regression.ts').main;

function options(over: Partial<TrainOptions>): TrainOptions {
  const t = model.train!;
  return { device: gpu.device, model, dataset: loadDataset(t.data!), epochs: 3, batch: 48, seed: 1, loss: t.loss, optimizer: t.optimizer, ...over };
}

describe('callbacks and fit options in a run', () => {
  it('keeps the last partial batch (256 = 5·48 + 16: 6 steps an epoch), or drops it on request', async () => {
    const kept = await train(options({ epochs: 2 }));
    expect(kept.steps).toBe(12);
    expect(kept.history.map((h) => h.step)).toEqual([6, 12]);
    const dropped = await train(options({ epochs: 2, dropRemainder: true }));
    expect(dropped.steps).toBe(10);
  });

  it('reduceLROnPlateau lowers the rate the steps use; initialEpoch and stepsPerEpoch place the loop', async () => {
    const base = model.train!.optimizer.learningRate;
    // minDelta 1e9: no epoch after the first counts as better, so with patience 1 every epoch halves the rate.
    const cb = { ...CALLBACK_DEFAULTS.reduceLROnPlateau, kind: 'reduceLROnPlateau' as const, patience: 1, factor: 0.5, minDelta: 1e9 };
    const r = await train(options({ epochs: 4, initialEpoch: 1, stepsPerEpoch: 2, callbacks: [cb] }));
    expect(r.history.map((h) => h.epoch)).toEqual([2, 3, 4]);
    expect(r.steps).toBe(8);
    expect(r.history.map((h) => h.lr)).toEqual([base, base, base / 2]);
  });

  it('earlyStopping from callbacks stops and modelCheckpoint(saveBestOnly) writes best.safetensors', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dlc-cb-')), 'run');
    const stop = { ...CALLBACK_DEFAULTS.earlyStopping, kind: 'earlyStopping' as const, patience: 0, minDelta: 1e9 };
    const save = { ...CALLBACK_DEFAULTS.modelCheckpoint, kind: 'modelCheckpoint' as const, saveBestOnly: true };
    const r = await train(options({ epochs: 5, outDir: out, callbacks: [stop, save] }));
    expect(r.stoppedEarly).toBe(true);
    expect(r.epochs).toBe(2);
    expect(existsSync(join(out, 'best.safetensors'))).toBe(true);
  });
});
