/**
 * @file The loop's safety nets on the cheapest model (linear regression): a diverging run stops with
 * the steps named and its last good checkpoint kept; early stopping restores the best weights; a
 * dataset too large for a GPU buffer is fed from the host and trains the same.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModelFile } from '../../src/frontend/index.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { DeviceHandle } from '../../src/runtime/index.ts';
import { decodeSafetensors } from '../../src/train/safetensors.ts';
import { train, type TrainOptions } from '../../src/train/loop.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();

const model = compileModelFile('models/linear_regression.ts').main;

/** 256 samples, batch 32: 8 steps an epoch. */
function options(over: Partial<TrainOptions>): TrainOptions {
  const t = model.train!;
  return { device: gpu.device, model, dataset: loadDataset(t.data!), epochs: 3, batch: 32, seed: 1, loss: t.loss, optimizer: t.optimizer, ...over };
}

describe('training loop guards', () => {
  it('a diverging run (learning rate ×1e12 after epoch 1) stops, names the steps, keeps the last good checkpoint', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dlc-diverge-')), 'run');
    const r = await train(options({ schedule: { kind: 'step', every: 8, rate: 1e12 }, outDir: out, readEvery: 2 }));
    expect(r.diverged).toMatch(/the loss became (NaN|Infinity) between steps (9|1[0-6]) and (1[0-6])/);
    expect(r.epochs).toBe(1);
    const ck = decodeSafetensors(readFileSync(join(out, 'checkpoint.safetensors')));
    expect(JSON.parse(ck.metadata.loop!).epoch).toBe(1);
    for (const [k, t] of ck.tensors) for (const v of t.data) expect(Number.isFinite(v), k).toBe(true);
  });

  it('early stopping (patience 1) stops when validation loss worsens and restores the best epoch', async () => {
    // Epochs 1–2 at lr 0.5 converge; epoch 3 at lr 10 overshoots (|1 − 2·lr| ≫ 1 on the bias) but stays finite.
    const r = await train(options({ epochs: 6, schedule: { kind: 'step', every: 16, rate: 20 }, validationSplit: 0.25, patience: 1, restoreBest: true }));
    expect(r.diverged).toBeNull();
    expect(r.stoppedEarly).toBe(true);
    const vals = r.history.map((h) => h.val_loss!);
    expect(vals[vals.length - 1]!).toBeGreaterThan(Math.min(...vals));
    expect(r.epochs).toBeLessThan(6);
    // The restored weights are the good ones, not the overshot last epoch's.
    expect(Math.abs(r.weights['dense.kernel']![0]! - 0.1)).toBeLessThan(0.05);
    expect(Math.abs(r.weights['dense.bias']![0]! - 0.3)).toBeLessThan(0.05);
  });

  it('a dataset over the resident-buffer limit is fed from the host and trains to the same weights', async () => {
    const resident = await train(options({}));
    const fed = await train(options({ maxResidentBytes: 512 }));
    expect(resident.hostFed).toBe(false);
    expect(fed.hostFed).toBe(true);
    for (const k of ['dense.kernel', 'dense.bias']) {
      const [a, b] = [resident.weights[k]!, fed.weights[k]!];
      for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(1e-6);
    }
    expect(fed.testMae!).toBeLessThan(0.05);
  });
});
