/** @file `dlc build --precision f16 | --quantize int8 | --report` from the command line: flag checks, the files written, the report's rows. */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { PrecisionReport } from '../../src/cli/commands/build-report.ts';
import { ROOT, tempDir } from './bundle-helpers.ts';

const work = tempDir('quantize-cli');
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function dlc(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), isTTY: false });
  return { code, out, err };
}

const iris = join(ROOT, 'models/iris_mlp.ts');

describe('dlc build --precision / --quantize / --report', () => {
  it('refuses both storages at once, and packed weights in a train bundle', async () => {
    const both = await dlc('build', iris, '-o', join(work, 'x'), '--precision', 'f16', '--quantize', 'int8');
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/exclude each other/);
    const train = await dlc('build', iris, '-o', join(work, 'y'), '--mode', 'train', '--quantize', 'int8');
    expect(train.code).toBe(1);
    expect(train.err).toMatch(/E_BUILD_PRECISION|inference bundles/);
  });

  it('writes an int8 bundle whose manifest lists the packed kernels, and reports f32/f16/int8 side by side', async () => {
    const out = join(work, 'int8');
    const r = await dlc('build', iris, '-o', out, '--quantize', 'int8', '--batch', '6', '--report', '--json', '--test-limit', '12');
    expect(r.code, r.err).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.precision.packed.map((p: { name: string; scales: number }) => `${p.name}:${p.scales}`)).toEqual(['dense.kernel:32', 'dense_1.kernel:16', 'dense_2.kernel:3']);
    const report = JSON.parse(r.out.trim().split('\n').at(-1)!) as PrecisionReport;
    expect(report.rows.map((x) => x.storage)).toEqual(['f32', 'f16', 'int8']);
    const [f32, f16, int8] = report.rows as [PrecisionReport['rows'][0], PrecisionReport['rows'][0], PrecisionReport['rows'][0]];
    expect(int8.weightBytes).toBeLessThan(f16.weightBytes);
    expect(f16.weightBytes).toBeLessThan(f32.weightBytes);
    expect(report.samples).toBe(12);
    expect(f32.agreement).toBe(1);
    expect(f32.maxRelError).toBe(0);
    for (const x of [f16, int8]) expect(x.maxRelError).toBeGreaterThan(0);
    // Bytes by part add up to the bundle; the runtime part is the same code for the same features (f16 and int8: packed),
    // its index.js also listing the bundle's own files (file-urls.ts), which differ by their kernels.
    for (const x of [f32, f16, int8]) {
      const p = x.parts!;
      expect(p.total.raw).toBe(x.bundleBytes);
      expect(p.model.raw + p.runtime.raw + p.other.raw).toBe(p.total.raw);
      expect(p.manifest.raw + p.kernels.raw + p.weights.raw).toBe(p.model.raw);
      expect(p.weights.raw).toBe(x.weightBytes);
      expect(p.runtime.gzip).toBeLessThan(p.runtime.raw);
    }
    expect(Math.abs(int8.parts!.runtime.raw - f16.parts!.runtime.raw)).toBeLessThan(f16.parts!.runtime.raw * 0.02);
    expect(report.kernelsFor).toMatch(/software|swiftshader/i);
    expect(report.kernels).toHaveLength(3);
    for (const k of report.kernels) {
      expect(k.flops).toBeGreaterThan(0);
      for (const s of ['f32', 'f16', 'int8'] as const) expect(k.ms[s]).toBeGreaterThan(0);
    }
    expect(r.out).toMatch(/storage\s+bundle\s+weights\s+vs f32/);
  });
});
