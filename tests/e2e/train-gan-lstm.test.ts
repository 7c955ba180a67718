/**
 * @file The two hardest training steps against the reference interpreter — a GAN's discriminator and
 * generator step pair over shared weights, and an LSTM step (backprop through time) — and a GAN loop
 * whose generated distribution moves to a 2-D Gaussian mixture.
 */
import { describe, expect, it } from 'vitest';
import { compileTraining } from '../../src/compile.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { Graph } from '../../src/ir/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan, type Executable } from '../../src/runtime/index.ts';
import { GanSession, trainGan } from '../../src/train/multi-step.ts';
import { maxRelErr, stepFeeds } from './train-helpers.ts';
import { variant, variantProgram, type Edit } from './model-variants.ts';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProgramRecorder } from '../../src/train/program-outputs.ts';
import { decodeSafetensors } from '../../src/train/safetensors.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();

/** models/gan.ts on 2-D points: latent 4, 16 hidden units, a linear 2-D output, a Gaussian mixture as data. */
const GAN_2D: readonly Edit[] = [
  ['const latent = 64', 'const latent = 4'],
  ['dense(128)', 'dense(16)'],
  ["dense(784, { activation: 'tanh' })", 'dense(2)'],
  ['input: [784]', 'input: [2]'],
  ['program, adam, mnist }', 'program, adam, mnist, synthetic }'],
  ['data: mnist({ flatten: true })', "data: synthetic({ kind: 'gaussianMixture', features: 2, classes: 2, samples: 512, seed: 3 })"],
  ['learningRate: 2e-4', 'learningRate: 5e-3'],
];

type Feeds = Record<string, Float32Array | Int32Array | Uint32Array>;

/** Runs `exe` on the GPU and `g` in the interpreter from the same feeds; checks every output; returns the interpreter's updated feeds. */
async function compareStep(exe: Executable, g: Graph, feeds: Feeds, label: string): Promise<Feeds> {
  await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
  const got = await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])));
  const want = interpret(g, feeds);
  expect(Object.keys(want).filter((k) => k.startsWith('update/')).length, label).toBeGreaterThan(2);
  for (const [k, v] of Object.entries(want)) expect(maxRelErr(got[k]!, v.data), `${label} ${k}`).toBeLessThan(1e-4);
  const next: Feeds = { ...feeds };
  for (const [k, v] of Object.entries(want)) if (k.startsWith('update/')) next[k.slice('update/'.length)] = v.data as Float32Array;
  return next;
}

describe('GAN and LSTM steps vs the reference interpreter', () => {
  it('one discriminator step then one generator step: losses and every updated weight within 1e-4', async () => {
    const { program } = variantProgram('gan.ts', GAN_2D);
    const s = await GanSession.create(gpu.device, program, 8, 5);
    try {
      const d = s.plans.critic;
      const gStep = s.plans.generatorStep;
      // The discriminator step updates only the discriminator; the generator step only the generator.
      expect(new Set(d.program.trainable)).toEqual(new Set(program.models.find((m) => m.name === 'discriminator')!.params.map((p) => p.name)));
      expect(new Set(gStep.program.trainable)).toEqual(new Set(program.models.find((m) => m.name === 'generator')!.params.map((p) => p.name)));
      const y = [1, 1, 1, 1, 0, 0, 0, 0];
      let feeds: Feeds = stepFeeds(d.model, d.program.graph, 4, { 'batch/y': y, 'opt/lr': [5e-3], 'opt/t': [1], 'batch/x': Array.from({ length: 16 }, (_, i) => Math.sin(i)) });
      const afterD = await compareStep(s.exe('discriminator'), d.program.graph, feeds, 'discriminator');
      // The generator step reads the discriminator's new weights from the shared buffers.
      const gFeeds = stepFeeds(gStep.model, gStep.program.graph, 4, { 'batch/y': new Array(8).fill(1), 'opt/lr': [5e-3], 'opt/t': [1], 'batch/x': Array.from({ length: 32 }, (_, i) => Math.cos(i)) });
      for (const p of gStep.model.params) if (afterD[p.name]) gFeeds[p.name] = afterD[p.name]!;
      const shared = await s.exe('generator').readParams(['dense_2.kernel']);
      expect(maxRelErr(shared['dense_2.kernel']!, afterD['dense_2.kernel']!)).toBeLessThan(1e-4);
      feeds = await compareStep(s.exe('generator'), gStep.program.graph, gFeeds, 'generator');
      // The generator step left the discriminator's weights alone (it only reads them).
      expect(feeds['dense_2.kernel']).toEqual(afterD['dense_2.kernel']);
      expect(maxRelErr((await s.exe('discriminator').readParams(['dense_2.kernel']))['dense_2.kernel']!, afterD['dense_2.kernel']!)).toBeLessThan(1e-6);
    } finally {
      s.destroy();
    }
  });

  it('one LSTM step (BPTT over 4 steps, Adam): loss, weights and slots within 1e-4', async () => {
    const m = variant('lstm.ts', [['input: [100, 1]', 'input: [4, 1]'], ['lstm(50', 'lstm(3']]);
    const prog = compileTraining(m, { batch: 4, seed: 2, data: { xShape: [4, 1], yShape: [1], yDtype: 'f32', resident: 8 }, verify: true });
    const feeds = stepFeeds(m, prog.graph, 3, { 'data/y': Array.from({ length: 8 }, (_, i) => Math.sin(i)), idx: [5, 0, 7, 2], 'opt/lr': [1e-2], 'opt/t': [1] });
    const exe = await loadPlan(gpu.device, prog.plan!);
    await compareStep(exe, prog.graph, feeds, 'lstm');
    exe.destroy();
  });
});

/** Per-axis mean and standard deviation of row-major 2-D points. */
function moments(x: Float32Array): number[] {
  const n = x.length / 2;
  return [0, 1].flatMap((j) => {
    let [s, s2] = [0, 0];
    for (let i = 0; i < n; i++) [s, s2] = [s + x[2 * i + j]!, s2 + x[2 * i + j]! ** 2];
    return [s / n, Math.sqrt(Math.max(0, s2 / n - (s / n) ** 2))];
  });
}

describe('GAN training loop', () => {
  it('moves the generated distribution to a 2-D Gaussian mixture', async () => {
    const { program } = variantProgram('gan.ts', GAN_2D);
    const data = loadDataset(program.schedule!.data!).train;
    const s = await GanSession.create(gpu.device, program, 32, 1);
    try {
      const z = s.latent(16 * 8, 0, 99);
      const sample = async (): Promise<Float32Array> => {
        const out = new Float32Array(16 * 8 * 2);
        for (let k = 0; k < 8; k++) out.set(await s.generate(z.subarray(k * 16 * 4, (k + 1) * 16 * 4)), k * 32);
        return out;
      };
      const target = moments(data.x);
      const gap = (x: Float32Array): number => moments(x).reduce((acc, v, i) => acc + Math.abs(v - target[i]!), 0);
      const before = gap(await sample());
      // Like every run, the program leaves checkpoints, metrics and a report with generated samples per epoch.
      const dir = mkdtempSync(join(tmpdir(), 'dlc-gan-run-'));
      const rec = new ProgramRecorder(dir, 'mnist_gan', { seed: 1, batch: 32, epochs: 10, data, hyper: { batch: 32 } });
      const { history } = await trainGan({ device: gpu.device, program, data, batch: 32, epochs: 10, seed: 1, maxIterations: 240, onEpoch: (h, g) => rec.epoch(h, g) }, s);
      rec.finish();
      expect(readFileSync(join(dir, 'metrics.jsonl'), 'utf8').trim().split('\n')).toHaveLength(history.length);
      const gen = decodeSafetensors(readFileSync(join(dir, 'generator.safetensors')));
      expect(gen.metadata.model).toBe('generator');
      expect([...gen.tensors.keys()].sort()).toEqual(program.models.find((m) => m.name === 'generator')!.params.map((p) => p.name).sort());
      expect(decodeSafetensors(readFileSync(join(dir, 'checkpoint.safetensors'))).tensors.size).toBeGreaterThan(gen.tensors.size);
      const page = readFileSync(join(dir, 'report.html'), 'utf8');
      expect(page.match(/"epoch":\d+,"samples"/g)).toHaveLength(history.length);
      const after = gap(await sample());
      expect(history.length).toBeGreaterThan(1);
      for (const h of history) for (const v of Object.values(h.losses)) expect(Number.isFinite(v)).toBe(true);
      expect(after).toBeLessThan(0.5 * before);
    } finally {
      s.destroy();
    }
  });
});
