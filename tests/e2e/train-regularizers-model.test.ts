/**
 * @file models/regularized_mlp.ts trains on WebGPU beside the same model without its regularizers
 * (same seed, data and steps): the large L2 leaves clearly smaller kernels, and the run reports the
 * penalty as Keras does — `loss` includes it, `regularization` is it alone, in the epoch records
 * and metrics.jsonl.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModelFile, type CompiledModel } from '../../src/frontend/index.ts';
import { loadDataset } from '../../src/data/load.ts';
import { epochLine, train, type TrainOptions } from '../../src/train/loop.ts';
import { modelFromSource } from './train-helpers.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();
const EPOCHS = 2;

function options(m: CompiledModel, over: Partial<TrainOptions> = {}): TrainOptions {
  const t = m.train!;
  return { device: gpu.device, model: m, dataset: loadDataset(t.data!, {}), epochs: EPOCHS, batch: t.batchSize, seed: 3, loss: t.loss, optimizer: t.optimizer, ...over };
}

const norm = (ws: Record<string, Float32Array>, names: readonly string[]): number => Math.sqrt(names.reduce((s, n) => s + ws[n]!.reduce((a, v) => a + v * v, 0), 0));

describe('models/regularized_mlp.ts', () => {
  it('a large L2 clearly shrinks the kernels against the same run without regularizers; the penalty is reported', async () => {
    const reg = compileModelFile('models/regularized_mlp.ts').main;
    // The same file with every regularizer option removed.
    const plainSrc = readFileSync('models/regularized_mlp.ts', 'utf8').replace(/, (kernel|activity)Regularizer: l[12]\([^)]*\)/g, '');
    expect(plainSrc).not.toMatch(/Regularizer:/);
    const plain = modelFromSource('regularized_mlp', plainSrc);
    expect(plain.params.map((p) => p.name)).toEqual(reg.params.map((p) => p.name));
    const out = mkdtempSync(join(tmpdir(), 'dlc-reg-'));
    // Two epochs (20 steps) each: compiling the two steps for SwiftShader is most of this test's time.
    const r = await train(options(reg, { outDir: out }));
    const p = await train(options(plain));
    const kernels = reg.params.filter((x) => x.weight === 'kernel').map((x) => x.name);
    const [nr, np] = [norm(r.weights, kernels), norm(p.weights, kernels)];
    expect(nr, `kernel norm ${nr} regularized vs ${np} plain`).toBeLessThan(0.8 * np);
    // Keras's report: loss (data + penalty) and regularization (the penalty) on every epoch line and in metrics.jsonl.
    const last = r.history[r.history.length - 1]!;
    expect(last.regularization).toBeGreaterThan(0);
    expect(last.loss).toBeGreaterThan(last.regularization!);
    expect(epochLine(last)).toMatch(/regularization \d/);
    expect(p.history.every((h) => h.regularization === undefined)).toBe(true);
    const lines = readFileSync(join(out, 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, number>);
    expect(lines).toHaveLength(EPOCHS);
    expect(lines.every((l) => l.regularization! > 0 && l.loss! > l.regularization!)).toBe(true);
    // report.html charts every numeric history key: regularization gets its own curve.
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('"regularization":');
    // The epoch's mean penalty is about the L2 part on the final kernels (0.05·‖W‖²) plus a small activity part.
    const l2Part = 0.05 * nr * nr;
    expect(last.regularization!).toBeGreaterThan(0.5 * l2Part);
    expect(last.regularization!).toBeLessThan(2 * l2Part + 0.1);
  });
});
