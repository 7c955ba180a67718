/** @file A checkpoint's training-loop state is validated (types, ranges, consistency) before any device work, in one line, file untouched. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModelFile } from '../../src/frontend/index.ts';
import { precheckCheckpoint } from '../../src/train/checkpoint.ts';
import { validateLoopState, type LoopState } from '../../src/train/loop-state.ts';
import { encodeSafetensors } from '../../src/train/safetensors.ts';
import { main } from '../../src/cli/main.ts';

const GOOD: LoopState = {
  epoch: 2, step: 18, seed: 5, bestValLoss: 0.5, badEpochs: 0, batch: 16,
  history: [{ epoch: 1, step: 9, lr: 0.01, loss: 1.1 }, { epoch: 2, step: 18, lr: 0.01, loss: 0.9 }],
};

const bad = (patch: Record<string, unknown>): unknown => ({ ...GOOD, ...patch });

describe('validateLoopState', () => {
  it('accepts a real state and returns it', () => {
    expect(validateLoopState('ck', GOOD)).toEqual(GOOD);
    expect(validateLoopState('ck', { ...GOOD, stepInEpoch: 3, step: 21, partial: { 'metric.loss': [12.5], 'metric.correct': [30] } }, { epochs: 3 }).stepInEpoch).toBe(3);
    expect(validateLoopState('ck', { ...GOOD, history: [{ ...GOOD.history[0], val_loss: null }, GOOD.history[1]] }).history[0]!.val_loss).toBeNull();
  });

  it.each([
    ['epoch -5', bad({ epoch: -5 }), 'epoch is -5, expected an integer in [0, 1000000]'],
    ['epoch 1e9', bad({ epoch: 1e9 }), 'epoch is 1000000000, expected an integer in [0, 1000000]'],
    ['epoch 1.5', bad({ epoch: 1.5 }), 'epoch is 1.5, expected an integer'],
    ['seed as a string', bad({ seed: 'abc' }), 'seed is "abc", expected an integer in [0, 4294967295]'],
    ['missing step', bad({ step: undefined }), 'step is missing, expected an integer ≥ 0'],
    ['bestValLoss a string', bad({ bestValLoss: 'x' }), 'bestValLoss is "x", expected a finite number'],
    ['badEpochs > epoch', bad({ badEpochs: 3 }), 'badEpochs is 3, expected an integer in [0, 2]'],
    ['batch 0', bad({ batch: 0 }), 'batch is 0, expected an integer in [1, 1048576]'],
    ['history not a list', bad({ history: {} }), 'history is an object, expected a list of epoch records'],
    ['history shorter than epoch', bad({ history: [GOOD.history[0]] }), 'history has 1 epoch records but epoch is 2'],
    ['history entry not an object', bad({ history: [1, 2] }), 'history[0] is 1, expected an object'],
    ['history entry out of order', bad({ history: [GOOD.history[1], GOOD.history[0]] }), 'history[0].epoch is 2, expected 1'],
    ['history string value', bad({ history: [{ ...GOOD.history[0], loss: '1' }, GOOD.history[1]] }), 'history[0].loss is "1", expected a number'],
    ['negative learning rate', bad({ history: [{ ...GOOD.history[0], lr: -1 }, GOOD.history[1]] }), 'history[0].lr is -1, expected a learning rate ≥ 0'],
    ['step fewer than epochs', bad({ step: 1, history: [{ epoch: 1 }, { epoch: 2 }] }), 'step 1 is fewer than the 2 epochs'],
    ['stepInEpoch without partial', bad({ stepInEpoch: 2, step: 20 }), 'stepInEpoch and partial come together'],
    ['null state', null, 'the training-loop state is null, expected an object'],
    ['a list', [], 'the training-loop state is a list, expected an object'],
  ])('%s', (_name, state, msg) => {
    expect(() => validateLoopState('run/checkpoint.safetensors', state)).toThrow(`run/checkpoint.safetensors: ${msg.startsWith('the ') ? '' : 'training-loop state: '}${msg}`);
  });

  it('checks the state against the resumed run: epochs, seed, batch', () => {
    expect(() => validateLoopState('ck', GOOD, { epochs: 1 })).toThrow('ck: the checkpoint is at epoch 2, past the 1 epochs asked for; pass --epochs 3 or more to continue it');
    expect(() => validateLoopState('ck', { ...GOOD, stepInEpoch: 3, step: 21, partial: { 'metric.loss': [1] } }, { epochs: 2 })).toThrow('past the 2 epochs');
    expect(() => validateLoopState('ck', GOOD, { seed: 6 })).toThrow('ck: was trained with --seed 5; resume with the same seed (got 6)');
    expect(() => validateLoopState('ck', GOOD, { batch: 8 })).toThrow('ck: was trained with --batch 16; resume with the same batch size (got 8)');
    expect(validateLoopState('ck', GOOD, { epochs: 2, seed: 5, batch: 16 })).toEqual(GOOD);
  });
});

describe('dlc train --resume with a crafted loop state', () => {
  const m = compileModelFile('models/iris_mlp.ts').models[0]!;
  const tensors = new Map(m.params.map((p) => [p.name, { dtype: 'f32' as const, shape: [...p.shape], data: new Float32Array(p.shape.reduce((a, b) => a * b, 1)) }]));

  it.each([
    ['epoch -5', { ...GOOD, epoch: -5 }, 'epoch is -5'],
    ["seed 'abc'", { ...GOOD, seed: 'abc' }, 'seed is "abc"'],
    ['epoch 1e9', { ...GOOD, epoch: 1e9 }, 'epoch is 1000000000'],
  ])('%s: exits 1 with one line before acquiring a device; the file is untouched', async (_name, loop, msg) => {
    const dir = mkdtempSync(join(tmpdir(), 'dlc-loopstate-'));
    const path = join(dir, 'checkpoint.safetensors');
    const bytes = encodeSafetensors(tensors, { format: 'dlc-checkpoint', version: '1', model: m.name, loop: JSON.stringify(loop) });
    writeFileSync(path, bytes);
    expect(() => precheckCheckpoint(path, m.name, m.params)).toThrow(msg);
    let err = '';
    const code = await main(['train', 'models/iris_mlp.ts', '--seed', '5', '--out', dir, '--resume'], { out: () => {}, err: (t) => (err += t + '\n'), isTTY: false });
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain(`dlc train: ${path}: training-loop state: ${msg}`);
    expect(err).not.toMatch(/ on |SwiftShader|    at /);
    expect(Buffer.compare(readFileSync(path), Buffer.from(bytes))).toBe(0);
  });
});
