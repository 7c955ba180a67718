/**
 * @file A folder larger than host memory: the image cache written a sample at a time and read back
 * per batch (`StreamedSplit`), the switch at the host budget, and training from the stream giving
 * exactly the weights training from memory gives (same batches, same kernels) — on real MNIST files.
 */
import { mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError, readSamples, StreamedSplit, type Dataset } from '../../src/data/dataset.ts';
import { PackReader, PackWriter } from '../../src/data/image-cache.ts';
import { hostBudget, loadImageFolder } from '../../src/data/image-folder.ts';
import { compileModelFile } from '../../src/frontend/index.ts';
import { train } from '../../src/train/loop.ts';
import { makeMnistFolder } from '../../scripts/make-image-folder.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();
let tmp: string;
let root: string;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'dlc-stream-'));
  root = join(tmp, 'digits');
  await makeMnistFolder({ out: join(root, 'train'), perClass: 6 });
  await makeMnistFolder({ out: join(root, 'test'), perClass: 2, split: 'test' });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const all = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const withBudget = async <T>(v: string | undefined, f: () => Promise<T>): Promise<T> => {
  const was = process.env.DLC_MAX_HOST_BYTES;
  if (v === undefined) delete process.env.DLC_MAX_HOST_BYTES;
  else process.env.DLC_MAX_HOST_BYTES = v;
  try {
    return await f();
  } finally {
    if (was === undefined) delete process.env.DLC_MAX_HOST_BYTES;
    else process.env.DLC_MAX_HOST_BYTES = was;
  }
};

describe('the image cache pack', () => {
  it('is written a sample at a time and read back by slot; a damaged or foreign pack reads as empty', () => {
    const path = join(tmp, 'packs', 'a.bin');
    const w = new PackWriter(path, 3);
    expect([w.add('k0', Uint8Array.of(1, 2, 3)), w.add('k1', Uint8Array.of(4, 5, 6))]).toEqual([0, 1]);
    expect(() => w.add('bad', Uint8Array.of(1))).toThrow(/3-byte samples/);
    w.finish();
    const r = PackReader.open(path, 3)!;
    expect([...r.slots]).toEqual([['k0', 0], ['k1', 1]]);
    expect(Array.from(r.read(1, new Uint8Array(3)))).toEqual([4, 5, 6]);
    r.close();
    expect(PackReader.open(path, 4)).toBeUndefined();
    writeFileSync(join(tmp, 'packs', 'old.bin'), 'DLCIMG1\n\0\0\0\0');
    expect(PackReader.open(join(tmp, 'packs', 'old.bin'), 3)).toBeUndefined();
    truncateSync(path, statSync(path).size - 1);
    expect(PackReader.open(path, 3)).toBeUndefined();
  });
});

describe('streaming an image folder from the cache', () => {
  it('gives exactly the in-memory features and labels, views for validationSplit, and a clear error where all samples are needed at once', async () => {
    const cacheDir = join(tmp, 'cache-a');
    const mem = await loadImageFolder({ path: root, validationSplit: 0.25, stream: false }, { cacheDir, inputShape: [28, 28, 1] });
    const str = await loadImageFolder({ path: root, validationSplit: 0.25, stream: true }, { cacheDir, inputShape: [28, 28, 1] });
    for (const k of ['train', 'validation', 'test'] as const) {
      const a = mem[k]!;
      const b = str[k]!;
      expect(b).toBeInstanceOf(StreamedSplit);
      expect(b.n).toBe(a.n);
      expect(Array.from(b.y)).toEqual(Array.from(a.y));
      expect(readSamples(b, all(b.n), 784)).toEqual(a.x);
    }
    expect([str.train.n, str.validation!.n, str.test!.n]).toEqual([45, 15, 20]);
    expect(() => str.train.x).toThrow(DataError);
    expect(() => str.train.x).toThrow(/streamed from the image cache.*DLC_MAX_HOST_BYTES/);
  });

  it('switches by itself past the host budget and says so; the budget reads sizes with units', async () => {
    const notes: string[] = [];
    const d = await withBudget('20K', () => loadImageFolder({ path: root }, { cacheDir: join(tmp, 'cache-b'), inputShape: [28, 28, 1], note: (t) => notes.push(t) }));
    expect(d.train).toBeInstanceOf(StreamedSplit);
    expect(notes.join('\n')).toMatch(/streaming 80 images from the image cache.*245\.0 KiB.*host budget of 20\.0 KiB \(DLC_MAX_HOST_BYTES\)/);
    const big = await withBudget('1M', () => loadImageFolder({ path: root }, { cacheDir: join(tmp, 'cache-b'), inputShape: [28, 28, 1] }));
    expect(big.train).not.toBeInstanceOf(StreamedSplit);
    expect(await withBudget('4G', async () => hostBudget())).toBe(4 * 2 ** 30);
    await expect(withBudget('lots', async () => hostBudget())).rejects.toThrow(/DLC_MAX_HOST_BYTES=lots is not a size/);
  });

  it('streams with cache: false through a temporary pack', async () => {
    const d = await loadImageFolder({ path: join(root, 'test'), stream: true, cache: false }, { inputShape: [28, 28, 1] });
    const m = await loadImageFolder({ path: join(root, 'test'), stream: false, cache: false }, { inputShape: [28, 28, 1] });
    expect(readSamples(d.train, all(d.train.n), 784)).toEqual(m.train.x);
  });
});

describe('training from a streamed folder', () => {
  it('gives bit-identical weights, metrics and report to training from memory (normalization adapt included)', async () => {
    const file = join(tmp, 'stream_cnn.ts');
    writeFileSync(file, `import { sequential, normalization, conv2d, maxPool2d, flatten, dense, adam, imageFolder } from 'dlc';
export default sequential({
  name: 'stream_cnn',
  input: [28, 28, 1],
  layers: [normalization(), conv2d(2, 3, { activation: 'relu' }), maxPool2d({ poolSize: 2 }), flatten(), dense(10, { activation: 'softmax' })],
  train: { data: imageFolder(${JSON.stringify(root)}), loss: 'sparseCategoricalCrossentropy', optimizer: adam({ learningRate: 0.01 }), batchSize: 16, epochs: 2 },
});
`);
    const m = compileModelFile(file).main;
    const t = m.train!;
    const run = async (stream: boolean, out: string) => {
      const dataset: Dataset = await loadImageFolder({ path: root, stream }, { cacheDir: join(tmp, 'cache-c'), inputShape: [28, 28, 1] });
      // Both host-fed: the same compiled step, so the comparison is of the data path alone.
      return train({ device: gpu.device, model: m, dataset, epochs: t.epochs, batch: t.batchSize, seed: 3, loss: t.loss, optimizer: t.optimizer, hostFed: true, outDir: join(tmp, out) });
    };
    const a = await run(false, 'mem');
    const b = await run(true, 'stream');
    expect(b.hostFed).toBe(true);
    expect(b.steps).toBe(a.steps);
    expect(b.testAccuracy).toBe(a.testAccuracy);
    expect(b.trainLoss).toBe(a.trainLoss);
    expect(Object.keys(b.weights).sort()).toEqual(Object.keys(a.weights).sort());
    for (const k of Object.keys(a.weights)) expect(b.weights[k], k).toEqual(a.weights[k]);
    // The adapted normalization statistics came from the stream too (not all zeros/ones).
    const mean = Object.entries(b.weights).find(([k]) => k.endsWith('.mean'))![1];
    expect(mean[0]!).toBeGreaterThan(0.05);
  });
});
