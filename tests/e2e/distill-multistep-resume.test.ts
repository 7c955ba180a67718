/**
 * @file Multi-step programs (a GAN) and `--kfold` stopped by a signal: the run writes a checkpoint
 * (mid-epoch for a GAN: every step's weights, optimizer slots and loss sums), and continuing from it
 * ends bit-identical to a run that was never stopped. The signal is the loop's `InterruptFlag`, tripped
 * after a count of steps (no wall clock); the CLI wiring is src/cli/commands/train.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { GanSession, trainGan } from '../../src/train/multi-step.ts';
import { ProgramRecorder, restoreProgram } from '../../src/train/program-outputs.ts';
import { crossValidate } from '../../src/train/kfold.ts';
import type { InterruptFlag } from '../../src/train/interrupt.ts';
import { variantProgram, type Edit } from './model-variants.ts';
import { LOCK_FILE } from '../../src/train/out-dir.ts';
import { modelFromSource } from './train-helpers.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();

const GAN_2D: readonly Edit[] = [
  ['const latent = 64', 'const latent = 4'],
  ['dense(128)', 'dense(8)'],
  ["dense(784, { activation: 'tanh' })", 'dense(2)'],
  ['input: [784]', 'input: [2]'],
  ['program, adam, mnist }', 'program, adam, mnist, synthetic }'],
  ['data: mnist({ flatten: true })', "data: synthetic({ kind: 'gaussianMixture', features: 2, classes: 2, samples: 32, seed: 3 }), callbacks: [learningRateScheduler({ kind: 'step', every: 5, rate: 0.5 })]"],
  ['program, adam, mnist, synthetic }', 'program, adam, mnist, synthetic, learningRateScheduler, earlyStopping }'],
];

/** Asks to stop once `after` steps have been checked (the loop reads `requested` before each step). */
function stopAfter(after: number): InterruptFlag & { begun: boolean } {
  let reads = 0;
  return {
    begun: false,
    begin() {
      this.begun = true;
    },
    get requested() {
      return reads++ >= after;
    },
  };
}

const same = (a: Record<string, Float32Array>, b: Record<string, Float32Array>): string[] =>
  Object.keys(a).filter((k) => !b[k] || !Buffer.from(a[k]!.buffer, a[k]!.byteOffset, a[k]!.byteLength).equals(Buffer.from(b[k]!.buffer, b[k]!.byteOffset, b[k]!.byteLength)));

describe('multi-step programs stopped by a signal', () => {
  it("a program's callbacks: learningRateScheduler applies, the loss-watching ones are refused with the reason", () => {
    const bad = GAN_2D.map(([a, b]): Edit => [a, b.replace("learningRateScheduler({ kind: 'step', every: 5, rate: 0.5 })", 'earlyStopping({ patience: 2 })')]);
    let err: unknown;
    try {
      variantProgram('gan.ts', bad);
    } catch (e) {
      err = e;
    }
    expect(String((err as Error).message)).toMatch(/earlyStopping does not apply to a multi-step program: its steps' losses pull against each other/);
    expect((err as { code?: string }).code).toBe('E_TRAIN_UNSUPPORTED');
  });

  it('a GAN interrupted mid-epoch checkpoints, and resuming ends bit-identical to an uninterrupted run', async () => {
    const { program } = variantProgram('gan.ts', GAN_2D);
    const data = loadDataset(program.schedule!.data!).train;
    const batch = 8;
    const epochs = 2; // 8 iterations per epoch (32 real samples, half a batch each)
    const s = await GanSession.create(gpu.device, program, batch, 4);
    try {
      // The program's learningRateScheduler (every step's rate by iteration) is part of the run being resumed.
      const schedule = program.schedule!.lrSchedule!;
      expect(schedule).toEqual({ kind: 'step', every: 5, rate: 0.5 });
      const whole = await trainGan({ device: gpu.device, program, data, batch, epochs, seed: 4, schedule }, s);
      expect(whole.interrupted).toBeUndefined();
      const want = await s.readState();
      expect(Object.keys(want).some((k) => k.startsWith('opt/'))).toBe(true);

      await s.reset();
      const dir = mkdtempSync(join(tmpdir(), 'dlc-gan-int-'));
      const meta = { seed: 4, batch, epochs, data, hyper: {} };
      const rec = new ProgramRecorder(dir, 'mnist_gan', meta);
      const stop = stopAfter(11); // epoch 2, 3 iterations in
      const cut = await trainGan({ device: gpu.device, program, data, batch, epochs, seed: 4, schedule, interrupt: stop, onEpoch: (h, g) => rec.epoch(h, g) }, s);
      expect(stop.begun).toBe(true);
      expect(cut.interrupted).toEqual({ epoch: 1, iteration: 11, inEpoch: 3 });
      const ck = await rec.interrupted(s, cut.interrupted!);
      expect(ck).toBe(join(dir, 'checkpoint.safetensors'));

      // A fresh start (weights re-initialised) restored from the checkpoint continues the same run.
      await s.reset();
      const start = await restoreProgram(dir, s, 'gan', { epochs, seed: 4, batch, perEpoch: 8 });
      expect({ epoch: start.epoch, iteration: start.iteration, inEpoch: start.inEpoch }).toEqual({ epoch: 1, iteration: 11, inEpoch: 3 });
      expect(start.history.map((h) => h.losses)).toEqual(cut.history.map((h) => h.losses));
      const rec2 = new ProgramRecorder(dir, 'mnist_gan', meta, start.history);
      const rest = await trainGan({ device: gpu.device, program, data, batch, epochs, seed: 4, schedule, start, onEpoch: (h, g) => rec2.epoch(h, g) }, s);
      expect(same(want, await s.readState())).toEqual([]);
      expect(rest.history.map((h) => h.losses)).toEqual(whole.history.map((h) => h.losses));
      expect(readFileSync(join(dir, 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { epoch: number }).epoch)).toEqual([1, 2]);
      // A checkpoint of another run is refused, naming the field.
      await expect(restoreProgram(dir, s, 'gan', { epochs, seed: 5, batch, perEpoch: 8 })).rejects.toThrow(/--seed/);
    } finally {
      s.destroy();
    }
  });

  it('--kfold interrupted in a fold keeps the finished folds, and resuming gives the same folds as an uninterrupted run', async () => {
    const m = modelFromSource('kfold_tiny', `import { sequential, dense, sgd, synthetic } from 'dlc';
export default sequential({ name: 'kfold_tiny', input: [2], layers: [dense(4, { activation: 'tanh' }), dense(2, { activation: 'softmax' })],
  train: { data: synthetic({ kind: 'gaussianMixture', features: 2, classes: 2, sparse: true, samples: 30, seed: 1 }), loss: 'sparseCategoricalCrossentropy', optimizer: sgd({ learningRate: 0.1 }), batchSize: 5, epochs: 2 } });
`);
    const t = m.train!;
    const dataset = loadDataset(t.data!);
    const base = { device: gpu.device, model: m, dataset, epochs: 2, batch: 5, seed: 2, loss: t.loss, optimizer: t.optimizer };
    const whole = await crossValidate({ ...base, outDir: mkdtempSync(join(tmpdir(), 'dlc-kfold-a-')) }, 3);
    const out = mkdtempSync(join(tmpdir(), 'dlc-kfold-b-'));
    // 4 steps per epoch per fold (20 samples): fold 1 takes 8 steps, so the stop lands in fold 2, epoch 2.
    const cut = await crossValidate({ ...base, outDir: out, interrupt: stopAfter(8 + 5) }, 3);
    expect(cut.interrupted).toEqual({ fold: 2, epoch: 1, stepInEpoch: 1 });
    expect(cut.folds).toHaveLength(1);
    expect(existsSync(join(out, 'fold-1', 'fold.json'))).toBe(true);
    expect(cut.checkpoint).toBe(join(out, 'fold-2', 'checkpoint.safetensors'));
    const resumed = await crossValidate({ ...base, outDir: out, resume: true }, 3);
    expect(resumed.interrupted).toBeUndefined();
    expect(resumed.folds).toEqual(whole.folds);
    expect(resumed.summary).toEqual(whole.summary);
  });

  it('dlc train on a program: refuses an --out another trainer holds and flags that do not apply; a distiller without its teacher says how to get one', () => {
    const { dir } = variantProgram('gan.ts', GAN_2D);
    const gan = join(dir, 'gan.ts');
    const dlc = (args: string[]): { code: number | null; stderr: string } => {
      const r = spawnSync(process.execPath, ['bin/dlc.js', 'train', ...args], { encoding: 'utf8', timeout: 240_000 });
      return { code: r.status, stderr: r.stderr };
    };
    const out = join(dir, 'held');
    mkdirSync(out);
    writeFileSync(join(out, LOCK_FILE), `${process.pid}\n`);
    const held = dlc([gan, '--out', out]);
    expect(held.code, held.stderr).toBe(1);
    expect(held.stderr).toContain(`--out ${out} is in use by another dlc train (pid ${process.pid})`);
    const patience = dlc([gan, '--patience', '3']);
    expect(patience.code).toBe(2);
    expect(patience.stderr).toContain('--patience does not apply to the multi-step program');
    const noTeacher = dlc(['models/distill_mnist.ts', '--teacher', join(dir, 'missing.safetensors')]);
    expect(noTeacher.code).toBe(2);
    expect(noTeacher.stderr).toContain(`the teacher checkpoint ${join(dir, 'missing.safetensors')} does not exist; train the teacher first (dlc train models/distill_mnist.ts --model teacher --out DIR)`);
    for (const r of [held, patience, noTeacher]) expect(r.stderr).not.toContain('    at ');
  });
});
