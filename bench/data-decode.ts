/**
 * @file imageFolder() throughput: images decoded per second (cold cache: sharp decode + resize +
 * colour conversion) and cached images loaded per second (warm pack file), for MNIST-sized files and
 * photo-sized JPEGs resized to 150×150 RGB.
 * Usage: npx tsx bench/data-decode.ts [--images N] [--out results.json]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadImageFolder } from '../src/data/image-folder.ts';
import { makeMnistFolder } from '../scripts/make-image-folder.ts';

const argOf = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const images = Number(argOf('images') ?? 1000);
const tmp = mkdtempSync(join(tmpdir(), 'dlc-bench-decode-'));

/** Smooth seeded 320×240 RGB photos as JPEGs, two classes. */
async function writePhotos(root: string, n: number): Promise<void> {
  for (const c of ['a', 'b']) mkdirSync(join(root, c), { recursive: true });
  const raw = Buffer.alloc(320 * 240 * 3);
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < 320 * 240; p++) {
      const x = p % 320;
      const y = Math.floor(p / 320);
      raw[3 * p] = (x + i * 7) & 255;
      raw[3 * p + 1] = (y * 2 + i) & 255;
      raw[3 * p + 2] = ((x ^ y) + i * 3) & 255;
    }
    await sharp(raw, { raw: { width: 320, height: 240, channels: 3 } }).jpeg({ quality: 90 }).toFile(join(root, i % 2 ? 'b' : 'a', `${i}.jpg`));
  }
}

async function measure(name: string, root: string, size: [number, number], colorMode: 'grayscale' | 'rgb'): Promise<Record<string, number | string>> {
  const cacheDir = join(tmp, `cache-${name}`);
  let t = performance.now();
  const cold = await loadImageFolder({ path: root, size, colorMode }, { cacheDir });
  const coldS = (performance.now() - t) / 1000;
  t = performance.now();
  const warm = await loadImageFolder({ path: root, size, colorMode }, { cacheDir });
  const warmS = (performance.now() - t) / 1000;
  if (warm.train.n !== cold.train.n) throw new Error('cache lost images');
  return { name, images: cold.train.n, size: `${size[0]}x${size[1]} ${colorMode}`, decodedPerSecond: Math.round(cold.train.n / coldS), cachedPerSecond: Math.round(warm.train.n / warmS) };
}

const mnistRoot = join(tmp, 'mnist');
await makeMnistFolder({ out: mnistRoot, perClass: Math.ceil(images / 10) });
const photoRoot = join(tmp, 'photos');
await writePhotos(photoRoot, Math.max(20, Math.round(images / 5)));
const rows = [await measure('mnist-png-jpeg', mnistRoot, [28, 28], 'grayscale'), await measure('photo-jpeg-320x240', photoRoot, [150, 150], 'rgb')];
for (const r of rows) console.log(`${r.name}: ${r.images} images → ${r.size}: ${r.decodedPerSecond} decoded/s, ${r.cachedPerSecond} cached/s`);
const out = argOf('out');
if (out) writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), cpus: (await import('node:os')).cpus().length, rows }, null, 2)}\n`);
rmSync(tmp, { recursive: true, force: true });
