/** @file `dlc train --tune` / `--tuned`: the training plan's kernels timed (a fake timer: counts and choices, never times), the winners used, recorded and reproducible. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gemmSites } from '../../src/bundle/tune.ts';
import { main } from '../../src/cli/main.ts';
import { deviceTarget } from '../../src/codegen/target.ts';
import { compileEvaluation, compileTraining } from '../../src/compile.ts';
import { loadDataset } from '../../src/data/load.ts';
import { train } from '../../src/train/loop.ts';
import { KernelTuning, readRunTuning, type RunTuningFile } from '../../src/train/tune.ts';
import { useGpu } from '../gpu-fixture.ts';
import { modelFromSource } from './train-helpers.ts';

// One dense layer: its forward GEMM, its weight gradient and the evaluation's forward, each compiled
// in every variant. SwiftShader takes seconds per pipeline, so the model is as small as shows the mechanism.
const SOFTMAX = `import { sequential, dense, sgd, synthetic } from 'dlc';
export default sequential({
  name: 'softmax_tune',
  input: [4],
  layers: [dense(3, { activation: 'softmax' })],
  train: { data: synthetic({ kind: 'gaussianMixture', features: 4, classes: 3, sparse: true, samples: 32 }), loss: 'sparseCategoricalCrossentropy', optimizer: sgd({ learningRate: 0.1, momentum: 0.9 }), batchSize: 8 },
});
`;

const gpu = useGpu();

describe('dlc train --tune', () => {
  it('times every GEMM of the step and the evaluation, trains with the winners, and --tuned reproduces the run', async () => {
    const m = modelFromSource('softmax_tune', SOFTMAX);
    const t = m.train!;
    const dataset = loadDataset(t.data!, {});
    const base = { device: gpu.device, model: m, dataset, epochs: 1, batch: 8, seed: 7, loss: t.loss, optimizer: t.optimizer, validationSplit: 0 };
    // The plans the session compiles (the same options; the synthetic split is resident): the keys to time.
    const data = { xShape: dataset.xShape, yShape: dataset.yShape, yDtype: dataset.yDtype, resident: dataset.train.n };
    const common = { batch: 8, data, seed: 7, loss: t.loss, optimizer: t.optimizer, deviceLimits: gpu.device.limits, target: deviceTarget(gpu.device) };
    const rule = gemmSites([compileTraining(m, common).plan!, compileEvaluation(m, common).plan]);
    expect(rule.size).toBeGreaterThanOrEqual(2);
    // The fake timer: tile32 (GEMMs; scalar for convs) is the fastest, every other variant twice as slow.
    const favoured = (key: string): string => (key.startsWith('conv') ? 'scalar' : 'tile32');
    const calls = new Map<string, number[]>();
    const timer = async (key: string, variant: string, dispatches: number, run: () => Promise<void>): Promise<number> => {
      await run();
      calls.set(`${key} ${variant}`, [...(calls.get(`${key} ${variant}`) ?? []), dispatches]);
      return variant === favoured(key) ? 1 : 2;
    };
    const files: RunTuningFile[] = [];
    const tuning = new KernelTuning({ tune: { samples: 2, reps: 3, timer } }, (f) => files.push(f));
    const tuned = await train({ ...base, kernels: tuning });
    const record = tuning.result.record!;
    // Every key of the training plans was timed: each candidate once to warm up (1 dispatch), then 2 samples of 3.
    expect(Object.keys(record.table).sort()).toEqual([...rule.keys()].sort());
    for (const key of rule.keys()) {
      const timed = [...calls].filter(([k]) => k.startsWith(`${key} `));
      expect(timed.length, key).toBeGreaterThanOrEqual(2);
      for (const [, d] of timed) expect(d).toEqual([1, 3, 3]);
      expect(record.table[key]).toBe(favoured(key));
    }
    // The winners differ from the rule-based choice, and the loaded plans ran them.
    expect([...rule].some(([k, s]) => s.variant !== record.table[k])).toBe(true);
    expect(tuning.choices).toEqual(record.table);
    expect(files).toHaveLength(1);
    expect(files[0]!.measured).toBe(true);
    expect(files[0]!.rows!.map((r) => r.winner)).toEqual(files[0]!.rows!.map((r) => favoured(r.key)));
    // One tuning per run: a second session (a K-fold's next fold) reuses the table without timing.
    const n = [...calls.values()].reduce((s, d) => s + d.length, 0);
    const again = await train({ ...base, kernels: tuning });
    expect([...calls.values()].reduce((s, d) => s + d.length, 0)).toBe(n);
    // --tuned: the recorded table, nothing timed, the same kernels, bit-identical weights.
    const reused = new KernelTuning({ tuned: JSON.parse(JSON.stringify(record)) }, (f) => files.push(f));
    const replay = await train({ ...base, kernels: reused });
    expect(reused.choices).toEqual(record.table);
    expect(files.at(-1)!.measured).toBe(false);
    for (const [k, w] of Object.entries(tuned.weights)) {
      expect(Buffer.from(replay.weights[k]!.buffer).equals(Buffer.from(w.buffer)), k).toBe(true);
      expect(Buffer.from(again.weights[k]!.buffer).equals(Buffer.from(w.buffer)), k).toBe(true);
    }
  });

  it('the CLI records DIR/tuning.json, --tuned reads it back (folder or file), and bad uses are refused before any GPU work', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlc-train-tune-'));
    const dlc = async (...argv: string[]): Promise<{ code: number; err: string }> => {
      let err = '';
      const code = await main(argv, { out: () => {}, err: (x) => (err += `${x}\n`), isTTY: false });
      return { code, err };
    };
    const common = ['train', 'models/linear_regression.ts', '--epochs', '1', '--seed', '2'];
    const a = await dlc(...common, '--out', join(dir, 'a'), '--tune', '--tune-samples', '1');
    expect(a.code, a.err).toBe(0);
    expect(a.err).toMatch(/kernels timed, \d+ differ from the rule-based choice/);
    const fa = JSON.parse(readFileSync(join(dir, 'a', 'tuning.json'), 'utf8')) as RunTuningFile;
    expect(fa).toMatchObject({ model: 'linear_regression', batch: 32, measured: true });
    expect(fa.tuning.samples).toBe(1);
    // dense(1): its forward, its weight gradient, the evaluation's forward.
    expect(Object.keys(fa.tuning.table).length).toBeGreaterThanOrEqual(2);
    expect(fa.rows!.map((r) => r.key).sort()).toEqual(Object.keys(fa.tuning.table).sort());
    for (const r of fa.rows!) expect(Object.keys(r.ms)).toContain(r.winner);
    // --tuned takes the folder or the file (what a rerun trains with; the API test above checks it is used).
    expect(readRunTuning(join(dir, 'a'))).toEqual(fa.tuning);
    expect(readRunTuning(join(dir, 'a', 'tuning.json'))).toEqual(fa.tuning);
    const both = await dlc(...common, '--out', join(dir, 'd'), '--tune', '--tuned', join(dir, 'a'));
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/exclude each other/);
    expect((await dlc(...common, '--out', join(dir, 'd'), '--tune-samples', '2')).err).toMatch(/--tune-samples needs --tune/);
    writeFileSync(join(dir, 'plain.json'), '{"model": "linear_regression"}');
    const bad = await dlc(...common, '--out', join(dir, 'e'), '--tuned', join(dir, 'plain.json'));
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/no tuning record[\s\S]*dlc train --tune/);
    expect(bad.err).not.toContain('    at ');
    expect(existsSync(join(dir, 'e'))).toBe(false);
  });
});
