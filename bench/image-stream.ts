/**
 * @file A folder held in memory versus streamed from the image cache: peak resident memory (each
 * mode in its own process) and samples per second for one shuffled epoch of batches read the way the
 * training loop reads them (MNIST digits resized to `--size`² RGB, so the folder is large as float32).
 * Usage: npx tsx bench/image-stream.ts [--images N] [--size S] [--batch B] [--out results.json]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBytes, permutation, readSamples, seededRandom, StreamedSplit } from '../src/data/dataset.ts';
import { loadImageFolder, type ImageFolderOptions } from '../src/data/image-folder.ts';
import { makeMnistFolder } from '../scripts/make-image-folder.ts';

const argOf = (name: string, d: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : d;
};
const images = Number(argOf('images', '1500'));
const size = Number(argOf('size', '224'));
const batch = Number(argOf('batch', '32'));

interface ModeResult {
  readonly mode: 'memory' | 'stream';
  readonly loadSeconds: number;
  readonly samplesPerSecond: number;
  readonly peakRssBytes: number;
}

/** One mode in this process: load (warm cache), then one shuffled epoch of batches; peak RSS from the kernel. */
async function child(root: string, cacheDir: string, mode: 'memory' | 'stream'): Promise<ModeResult> {
  const o: ImageFolderOptions = { path: root, size: [size, size], colorMode: 'rgb', stream: mode === 'stream' };
  const t0 = performance.now();
  const d = await loadImageFolder(o, { cacheDir });
  const t1 = performance.now();
  if ((d.train instanceof StreamedSplit) !== (mode === 'stream')) throw new Error(`expected ${mode}`);
  const xs = size * size * 3;
  const order = permutation(d.train.n, seededRandom(1));
  const out = new Float32Array(batch * xs);
  let sum = 0;
  const t2 = performance.now();
  for (let s = 0; s + batch <= d.train.n; s += batch) sum += readSamples(d.train, order.subarray(s, s + batch), xs, out)[7]!;
  const t3 = performance.now();
  if (!Number.isFinite(sum)) throw new Error('bad samples');
  const n = Math.floor(d.train.n / batch) * batch;
  return { mode, loadSeconds: (t1 - t0) / 1000, samplesPerSecond: n / ((t3 - t2) / 1000), peakRssBytes: process.resourceUsage().maxRSS * 1024 };
}

async function parent(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'dlc-bench-stream-'));
  try {
    const root = join(tmp, 'digits');
    await makeMnistFolder({ out: root, perClass: Math.ceil(images / 10) });
    const cacheDir = join(tmp, 'cache');
    const t0 = performance.now();
    const first = await loadImageFolder({ path: root, size: [size, size], colorMode: 'rgb', stream: true }, { cacheDir });
    const decodeSeconds = (performance.now() - t0) / 1000;
    const self = fileURLToPath(import.meta.url);
    const run = (mode: string): ModeResult => JSON.parse(execFileSync(process.execPath, [...process.execArgv, self, '--child', mode, '--root', root, '--cache', cacheDir, '--size', String(size), '--batch', String(batch)], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').at(-1)!) as ModeResult;
    const modes = [run('memory'), run('stream')];
    const result = {
      date: new Date().toISOString(), images: first.train.n, size: [size, size, 3], batch, float32Bytes: first.train.n * size * size * 3 * 4,
      hostMemoryBytes: totalmem(), loadAverage: loadavg(), decodeSeconds, modes,
    };
    const out = argOf('out', '');
    if (out) writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`${result.images} images ${size}×${size}×3 = ${formatBytes(result.float32Bytes)} as float32; cold decode ${decodeSeconds.toFixed(1)} s; load average ${loadavg()[0]!.toFixed(1)}`);
    for (const m of modes) console.log(`${m.mode.padEnd(7)} load ${m.loadSeconds.toFixed(2)} s · ${m.samplesPerSecond.toFixed(0)} samples/s · peak RSS ${formatBytes(m.peakRssBytes)}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv.includes('--child')) {
  const r = await child(argOf('root', ''), argOf('cache', ''), argOf('child', 'memory') as 'memory' | 'stream');
  console.log(JSON.stringify(r));
} else {
  await parent();
}
