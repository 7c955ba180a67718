/**
 * @file End to end on a real image folder: MNIST digits written as PNG/JPEG files at test time, a
 * small CNN trained through imageFolder() (train/ + test/ layout), a held-out accuracy threshold,
 * then `dlc run --input <folder>` on the bundle built from the checkpoint giving the same classes
 * as the trained model on the features training evaluated.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, writeBundle } from '../../src/bundle/build.ts';
import { main } from '../../src/cli/main.ts';
import { loadData } from '../../src/data/load.ts';
import { compileModelFile } from '../../src/frontend/index.ts';
import { train } from '../../src/train/loop.ts';
import { makeMnistFolder } from '../../scripts/make-image-folder.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'dlc-imgtrain-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const model = (root: string): string => `import { sequential, conv2d, maxPool2d, flatten, dense, adam, imageFolder } from 'dlc';
export default sequential({
  name: 'digits_cnn',
  input: [28, 28, 1],
  layers: [conv2d(4, 3, { activation: 'relu' }), maxPool2d({ poolSize: 2 }), flatten(), dense(10, { activation: 'softmax' })],
  train: { data: imageFolder(${JSON.stringify(root)}), loss: 'sparseCategoricalCrossentropy', optimizer: adam({ learningRate: 0.01 }), batchSize: 15, epochs: 4, metrics: ['accuracy'] },
});
`;

describe('imageFolder() training on MNIST files', () => {
  it('a small CNN learns the digits from PNG/JPEG files and dlc run agrees with the in-training evaluation', async () => {
    const root = join(tmp, 'digits');
    await makeMnistFolder({ out: join(root, 'train'), perClass: 15 });
    await makeMnistFolder({ out: join(root, 'test'), perClass: 4, split: 'test' });
    const file = join(tmp, 'digits_cnn.ts');
    writeFileSync(file, model(root));
    const m = compileModelFile(file).main;
    const t = m.train!;
    // A cache of its own; DLC_CACHE_DIR stays as it is (device.ts finds Mesa's lavapipe under it).
    const dataset = await loadData(t.data!, { inputShape: m.inputs[0]!.shape, cacheDir: join(tmp, 'cache') });
    expect([dataset.train.n, dataset.test?.n]).toEqual([150, 40]);
    const out = join(tmp, 'run');
    const r = await train({ device: gpu.device, model: m, dataset, epochs: t.epochs, batch: t.batchSize, seed: 1, loss: t.loss, optimizer: t.optimizer, outDir: out });
    // Chance is 10 %; 150 images and 40 steps reach well above this threshold.
    expect(r.testAccuracy).toBeGreaterThanOrEqual(0.6);
    // The report names the data's own preprocessing and classes (from the dataset into the run).
    const report = readFileSync(join(out, 'report.html'), 'utf8');
    expect(report).toContain('28×28 grayscale');
    expect(report).toContain('0, 1, 2, 3, 4, 5, 6, 7, 8, 9');

    const built = await buildBundle({ modelFile: file, weightsFile: join(out, 'checkpoint.safetensors') });
    const dir = join(tmp, 'bundle');
    writeBundle(dir, built.files);
    const manifest = JSON.parse(new TextDecoder().decode(built.files.get('manifest.json')!)) as { data: { classNames: string[]; preprocess: { size: number[]; colorMode: string } } };
    expect(manifest.data.classNames).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect([manifest.data.preprocess.size, manifest.data.preprocess.colorMode]).toEqual([[28, 28], 'grayscale']);

    let stdout = '';
    const code = await main(['run', dir, '--input', join(root, 'test'), '--json'], { out: (s) => (stdout += s), err: () => {}, isTTY: false });
    expect(code).toBe(0);
    const preds = (JSON.parse(stdout) as { predictions: { file: string; label: string; probability: number }[] }).predictions;
    expect(preds).toHaveLength(40);
    // The folder's class is the truth; dlc run's accuracy is the training loop's test accuracy exactly.
    const correct = preds.filter((p) => p.file.split('/').at(-2) === p.label).length;
    expect(correct / 40).toBeCloseTo(r.testAccuracy!, 9);

    // The same bundle fed the features training evaluated gives the same class for every file.
    const bundle = await (await import(pathToFileURL(join(dir, 'index.js')).href)).load(gpu.device);
    try {
      for (let i = 0; i < 40; i++) {
        const c = await bundle.classify(dataset.test!.x.subarray(i * 784, (i + 1) * 784), { topK: 1 });
        expect(c.label).toBe(preds[i]!.label);
        expect(c.probability).toBeCloseTo(preds[i]!.probability, 6);
      }
    } finally {
      bundle.destroy();
    }

    // dlc evaluate reads the image folder as training did (decoded, sized from the model), takes the
    // test/ split, names the classes by folder and each confident mistake by its file.
    let evalOut = '';
    let evalErr = '';
    const ck = join(out, 'checkpoint.safetensors');
    const ev = await main(['evaluate', file, '--weights', ck, '--json', '--mistakes', '40'], { out: (t) => (evalOut += `${t}\n`), err: (t) => (evalErr += t), isTTY: false });
    expect(ev, evalErr).toBe(0);
    const j = JSON.parse(evalOut.trim().split('\n').pop()!) as { split: string; samples: number; metrics: { accuracy: number }; confusion: number[][]; mistakes: { truth: number; guess: number; file: string }[] };
    expect([j.split, j.samples]).toEqual(['test', 40]);
    expect(j.metrics.accuracy).toBeCloseTo(r.testAccuracy!, 9);
    expect(j.mistakes).toHaveLength(40 - Math.round(40 * r.testAccuracy!));
    for (const mk of j.mistakes) expect(mk.file.split('/')[0]).toBe(String(mk.truth));
    expect(evalOut).toMatch(/true\\pred +0 +1 +2/);
    // A split the data does not have names the ones it does.
    let err = '';
    expect(await main(['evaluate', file, '--weights', ck, '--split', 'validation'], { out: () => {}, err: (t) => (err += t), isTTY: false })).toBe(2);
    expect(err).toMatch(/has no validation split; it has test, train: use --split test/);
  }, 600_000);

  it('dlc evaluate and dlc build --report judge the model on the split validationSplit held out in training (the checkpoint\'s seed), one-hot labels too', async () => {
    const root = join(tmp, 'held');
    await makeMnistFolder({ out: root, perClass: 6 });
    const file = join(tmp, 'held_cnn.ts');
    const src = model(root)
      .replace(`imageFolder(${JSON.stringify(root)})`, `imageFolder(${JSON.stringify(root)}, { labels: 'categorical' })`)
      .replace("loss: 'sparseCategoricalCrossentropy'", "loss: 'categoricalCrossentropy'")
      .replace("metrics: ['accuracy'] }", "metrics: ['accuracy'], validationSplit: 0.25 }")
      .replace('epochs: 4', 'epochs: 2');
    expect(src).toContain("labels: 'categorical'");
    writeFileSync(file, src);
    const out = join(tmp, 'held-run');
    let trainErr = '';
    expect(await main(['train', file, '--out', out, '--seed', '3', '--json'], { out: () => {}, err: (t) => (trainErr += t), isTTY: false }), trainErr).toBe(0);
    // What it trains on, as Keras says "Train on …, validate on …".
    expect(trainErr).toContain('45 training samples (15 held out for validation), batch');
    const last = readFileSync(join(out, 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, number>).at(-1)!;
    let evalOut = '';
    expect(await main(['evaluate', file, '--weights', join(out, 'checkpoint.safetensors'), '--json'], { out: (t) => (evalOut += `${t}\n`), err: () => {}, isTTY: false })).toBe(0);
    const j = JSON.parse(evalOut.trim().split('\n').pop()!) as { split: string; samples: number; loss: number; metrics: { accuracy: number } };
    expect([j.split, j.samples]).toEqual(['validation', 15]);
    expect(j.metrics.accuracy).toBeCloseTo(last.val_accuracy!, 6);
    expect(j.loss).toBeCloseTo(last.val_loss!, 4);

    // The f32 row of the precision report scores the same 15 samples with the same weights.
    let buildOut = '';
    let buildErr = '';
    const b = await main(['build', file, '-o', join(tmp, 'held-bundle'), '--weights', join(out, 'checkpoint.safetensors'), '--quantize', 'int8', '--report', '--json'], { out: (t) => (buildOut += `${t}\n`), err: (t) => (buildErr += t), isTTY: false });
    expect(b, buildErr).toBe(0);
    const rep = JSON.parse(buildOut.trim().split('\n').pop()!) as { data: string; samples: number; rows: { storage: string; accuracy?: number }[] };
    expect(rep.data).toMatch(/validation \(15 samples\)/);
    expect(rep.samples).toBe(15);
    expect(rep.rows[0]!.accuracy).toBeCloseTo(j.metrics.accuracy, 9);
    for (const row of rep.rows) expect(row.accuracy).toBeGreaterThanOrEqual(0);
  }, 600_000);
});
