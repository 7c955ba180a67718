/**
 * @file Fine-tuning in one file (models/fine_tune.ts) through the real loop on WebGPU: the base trains
 * alone, its checkpoint loads into the combined model by the base's names with the base frozen (its
 * weights come out bit-identical, the head learns), then `unfreeze: { last: 4 }` trains the base's last
 * convolution too, starting from stage 1's checkpoint.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadDataset } from '../../src/data/load.ts';
import type { CompiledModel, Program } from '../../src/frontend/index.ts';
import { initialWeights } from '../../src/train/init.ts';
import { train, type TrainResult } from '../../src/train/loop.ts';
import { variantProgram } from './model-variants.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();
const SEED = 1;

function named(p: Program, name: string): CompiledModel {
  const m = p.models.find((x) => x.name === name);
  if (!m) throw new Error(`no model ${name}`);
  return m;
}

async function run(m: CompiledModel, outDir: string, epochs: number): Promise<TrainResult> {
  const t = m.train!;
  return train({ device: gpu.device, model: m, dataset: loadDataset(t.data!, { trainLimit: 128, testLimit: 64 }), epochs, batch: 32, seed: SEED, loss: t.loss, optimizer: t.optimizer, evaluateInitial: true, outDir });
}

const same = (a: Float32Array, b: Float32Array): boolean => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
const BASE = ['conv2d.kernel', 'conv2d.bias', 'conv2d_1.kernel', 'conv2d_1.bias'];
const HEAD = ['head.kernel', 'head.bias', 'classes.kernel', 'classes.bias'];

describe('models/fine_tune.ts: pretrain, fine-tune frozen, unfreeze and fine-tune again', () => {
  it('frozen weights stay bit-identical, trained ones change, each stage starts where the last ended', async () => {
    const { program: first, dir } = variantProgram('fine_tune.ts', []);
    const ckpt = (stage: string): string => join(dir, 'checkpoints', stage);
    // Before pretraining, fine_tune names its missing checkpoint; pretrain itself trains every layer.
    expect(named(first, 'pretrain').trainableParams).toBe(named(first, 'pretrain').totalParams);
    const pre = await run(named(first, 'pretrain'), ckpt('pretrain'), 2);
    expect(pre.testLoss!).toBeLessThan(pre.initial!.loss);

    // Stage 1: the base loads from pretrain's checkpoint by the base's names and stays frozen.
    const stage1 = named(variantProgram('fine_tune.ts', [], dir).program, 'fine_tune');
    expect(stage1.params.filter((p) => p.pretrained).map((p) => [p.name, p.pretrained!.key, p.trainable])).toEqual(BASE.map((n) => [n, n, false]));
    const r1 = await run(stage1, ckpt('fine_tune'), 3);
    for (const k of BASE) expect(same(r1.weights[k]!, pre.weights[k]!), k).toBe(true);
    const init1 = initialWeights(stage1.params, SEED);
    for (const k of HEAD) expect(same(r1.weights[k]!, init1[k]!), k).toBe(false);
    expect(r1.testLoss!).toBeLessThan(r1.initial!.loss);

    // Stage 2: every weight from stage 1; the first convolution stays frozen, the second one trains now.
    const stage2 = named(variantProgram('fine_tune.ts', [], dir).program, 'fine_tune_unfrozen');
    expect(stage2.params.filter((p) => !p.trainable).map((p) => p.name)).toEqual(['conv2d.kernel', 'conv2d.bias']);
    const r2 = await run(stage2, ckpt('fine_tune_unfrozen'), 2);
    // Same weights, same test data: stage 2's loss before its first step is stage 1's final test loss.
    expect(r2.initial!.loss).toBeCloseTo(r1.testLoss!, 5);
    expect(same(r2.weights['conv2d.kernel']!, pre.weights['conv2d.kernel']!)).toBe(true);
    expect(same(r2.weights['conv2d.bias']!, pre.weights['conv2d.bias']!)).toBe(true);
    for (const k of ['conv2d_1.kernel', ...HEAD]) expect(same(r2.weights[k]!, r1.weights[k]!), k).toBe(false);
  });
});
