/**
 * @file Every model in models/ passes `dlc build` (buildBundle + writeBundle, the command's core) in
 * inference mode and in train mode at batch 2: the manifest parses and lists its entry points, every
 * kernel file it names exists with its byte length, and weights.safetensors decodes with exactly the
 * manifest's names, dtypes and shapes. No GPU: loading and running bundles is bundle-node.test.ts's job.
 *
 * Exceptions are listed, each with its reason and the error asserted (nothing is skipped silently):
 * - gan.ts, train: a train bundle holds one model's single training step; a multi-step program (the
 *   GAN's discriminator and generator steps) trains with `dlc train`, so the build refuses it.
 * - transfer.ts: its frozen base loads checkpoints/mnist_cnn.safetensors, which the repository does
 *   not ship; without it both modes fail naming the file, and with a (seeded) checkpoint written next
 *   to a copy of the model both modes build. Likewise fine_tune.ts, whose default export loads its base
 *   from pretraining's checkpoint (checkpoints/pretrain/checkpoint.safetensors, written by `dlc train`).
 * - cats_dogs_cnn.ts, train: a train build loads one sample to learn the data shapes, and the
 *   synthetic 150×150×3 dataset generates all 2000 samples for that (~18 s); the copy built here has
 *   `samples: 40` (the bundle does not depend on the sample count).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle, writeBundle } from '../../src/bundle/build.ts';
import type { Manifest } from '../../src/runtime/bundle-types.ts';
import { initialWeights } from '../../src/train/init.ts';
import { decodeSafetensors, encodeSafetensors } from '../../src/train/safetensors.ts';
import { ROOT, tempDir } from './bundle-helpers.ts';
import { variantProgram, type Edit } from './model-variants.ts';

const work = tempDir('build-every-model');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TRAIN_BATCH = 2;
const MODELS = readdirSync(join(ROOT, 'models')).filter((f) => f.endsWith('.ts')).sort();

/** Models (file → reason) whose train bundle cannot be built, with the error the build must give. */
const NO_TRAIN_BUNDLE: Readonly<Record<string, { reason: string; error: RegExp }>> = {
  'gan.ts': { reason: 'a multi-step program (discriminator and generator steps) trains with dlc train, not as a one-step train bundle', error: /multi-step training program \(discriminator, generator\)/ },
};
/** Models built from an edited copy instead of models/ (file → edits and why). */
const BUILT_FROM_COPY: Readonly<Record<string, { edits: readonly Edit[]; reason: string }>> = {
  'cats_dogs_cnn.ts': { edits: [['samples: 2000', 'samples: 40']], reason: 'the train build generates the whole synthetic dataset to learn its shapes' },
};
/** Models that need a pretrained checkpoint the repository does not ship. */
const NEEDS_CHECKPOINT: Readonly<Record<string, { checkpoint: string; base: string }>> = {
  'transfer.ts': { checkpoint: 'checkpoints/mnist_cnn.safetensors', base: 'mnist_features' },
  'fine_tune.ts': { checkpoint: 'checkpoints/pretrain/checkpoint.safetensors', base: 'features' },
};

/** Builds `modelFile` into a fresh folder and checks everything the bundle's manifest promises. */
async function buildAndCheck(modelFile: string, mode: 'inference' | 'train', label: string): Promise<Manifest> {
  const b = await buildBundle({ modelFile, mode, batch: mode === 'train' ? TRAIN_BATCH : 1 });
  const dir = join(work, `${label}-${mode}`);
  writeBundle(dir, b.files);
  for (const f of ['manifest.json', 'index.js', 'index.d.ts', 'package.json', 'weights.safetensors']) expect(existsSync(join(dir, f)), `${label} ${mode}: ${f}`).toBe(true);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  expect(manifest.mode).toBe(mode);
  expect(manifest.batch).toBe(mode === 'train' ? TRAIN_BATCH : 1);
  expect(Object.keys(manifest.entryPoints).sort()).toEqual(mode === 'train' ? ['predict', 'trainStep'] : ['predict']);
  expect(manifest.kernels.length).toBeGreaterThan(0);
  for (const k of manifest.kernels) expect(statSync(join(dir, k.path)).size, `${label} ${mode}: ${k.path}`).toBe(k.bytes);
  const bytes = readFileSync(join(dir, manifest.weights.path));
  expect(bytes.length).toBe(manifest.weights.bytes);
  const { tensors } = decodeSafetensors(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  expect([...tensors.keys()].sort()).toEqual(manifest.weights.tensors.map((t) => t.name).sort());
  for (const spec of manifest.weights.tensors) {
    const t = tensors.get(spec.name)!;
    expect({ dtype: t.dtype, shape: [...t.shape] }, spec.name).toEqual({ dtype: spec.dtype, shape: [...spec.shape] });
    expect(t.data.length, spec.name).toBe(spec.shape.reduce((a, x) => a * x, 1));
  }
  if (mode === 'train') {
    expect(manifest.training, `${label}: training section`).toBeDefined();
    // A train bundle carries its optimizer slots next to the weights.
    expect(manifest.weights.tensors.length).toBeGreaterThan(0);
  }
  return manifest;
}

/** The model file to build: models/<file>, or an edited copy. */
function sourceOf(file: string): string {
  const copy = BUILT_FROM_COPY[file];
  if (!copy) return join(ROOT, 'models', file);
  return join(variantProgram(file, copy.edits, join(work, `src-${file.replace(/\.ts$/, '')}`)).dir, file);
}

describe('every model in models/ passes dlc build', () => {
  it('the exception lists name real model files', () => {
    for (const f of [...Object.keys(NO_TRAIN_BUNDLE), ...Object.keys(BUILT_FROM_COPY), ...Object.keys(NEEDS_CHECKPOINT)]) expect(MODELS, f).toContain(f);
    expect(MODELS.length).toBeGreaterThanOrEqual(20);
  });

  for (const file of MODELS) {
    const label = file.replace(/\.ts$/, '');
    const ckpt = NEEDS_CHECKPOINT[file];
    if (ckpt) {
      it(`${label}: without its checkpoint, both modes fail naming it`, async () => {
        for (const mode of ['inference', 'train'] as const) {
          await expect(buildBundle({ modelFile: join(ROOT, 'models', file), mode, batch: 2 })).rejects.toThrow(/E_WEIGHTS_READ|mnist_cnn\.safetensors|pretrain\/checkpoint\.safetensors/);
        }
      });
      it(`${label}: with a checkpoint, inference and train bundles build`, async () => {
        const dir = join(work, `src-${label}`);
        const { program } = variantProgram(file, [], dir);
        const base = program.models.find((m) => m.name === ckpt.base)!;
        const w = initialWeights(base.params, 42);
        mkdirSync(dirname(join(dir, ckpt.checkpoint)), { recursive: true });
        writeFileSync(join(dir, ckpt.checkpoint), encodeSafetensors(new Map(base.params.map((p) => [p.name, { dtype: 'f32' as const, shape: p.shape, data: w[p.name]! }]))));
        await buildAndCheck(join(dir, file), 'inference', label);
        const m = await buildAndCheck(join(dir, file), 'train', label);
        // The frozen base's weights are in the bundle as loaded from the checkpoint.
        expect(m.weights.tensors.map((t) => t.name)).toEqual(expect.arrayContaining(Object.keys(w)));
      });
      continue;
    }
    it(`${label}: inference bundle`, async () => {
      await buildAndCheck(join(ROOT, 'models', file), 'inference', label);
    });
    const refused = NO_TRAIN_BUNDLE[file];
    if (refused) {
      it(`${label}: train bundle refused (${refused.reason})`, async () => {
        await expect(buildBundle({ modelFile: join(ROOT, 'models', file), mode: 'train', batch: TRAIN_BATCH })).rejects.toThrow(refused.error);
      });
    } else {
      it(`${label}: train bundle (batch ${TRAIN_BATCH})`, async () => {
        await buildAndCheck(sourceOf(file), 'train', label);
      });
    }
  }
});
