/**
 * @file The MNIST CNN's whole bundle folder, f32 against int8, with the runtime bundled and external
 * (`dlc build --runtime external`): bytes raw and gzipped (-9 per file, summed), no device needed.
 * Usage: npx tsx scripts/external-bundle-size.ts [weights.safetensors]
 */
import { gzipSync } from 'node:zlib';
import { buildBundle } from '../src/bundle/build.ts';
const weightsFile = process.argv[2];
const rows: Record<string, { raw: number; gz: number; files: number }> = {};
for (const runtime of ['bundled', 'external'] as const) for (const storage of ['f32', 'int8'] as const) {
  const b = await buildBundle({ modelFile: 'models/mnist_cnn.ts', batch: 100, storage, runtime, ...(weightsFile ? { weightsFile } : {}) });
  let raw = 0, gz = 0;
  for (const f of b.files.values()) { raw += f.length; gz += gzipSync(f, { level: 9 }).length; }
  rows[`${runtime} ${storage}`] = { raw, gz, files: b.files.size };
}
for (const rt of ['bundled', 'external']) {
  const f = rows[`${rt} f32`]!, q = rows[`${rt} int8`]!;
  console.log(`${rt.padEnd(8)} f32 ${f.raw} / ${f.gz}  int8 ${q.raw} / ${q.gz}  int8/f32 raw ${(100 * q.raw / f.raw).toFixed(1)}% gzip ${(100 * q.gz / f.gz).toFixed(1)}%`);
}
