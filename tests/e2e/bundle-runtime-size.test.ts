/**
 * @file The bundle runtime's size (src/bundle/runtime-js.ts, src/runtime/features.ts): node.js is
 * index.js plus Node's host, not a second copy; index.js holds only the features its manifest uses
 * (byte-identical for the same features), refuses a manifest asking for one it lacks, and `--minify`
 * gives a smaller runtime that answers exactly as the readable one.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_FEATURES, featuresOf, gzipSize, runtimeFiles } from '../../src/bundle/runtime-js.ts';
import { withFileUrls } from '../../src/bundle/file-urls.ts';
import type { Manifest } from '../../src/runtime/bundle-types.ts';
import { useGpu } from '../gpu-fixture.ts';
import { copyBundle, expected, importBundle, makeBundle, maxRelError, randomInput, ROOT, tempDir, type BundleApi, type TestBundle } from './bundle-helpers.ts';

const gpu = useGpu();
let plain: TestBundle;
let minified: TestBundle;
const NONE = { explain: false, packed: false, training: false, loops: false };

beforeAll(async () => {
  plain = await makeBundle('models/iris_mlp.ts', 2, { seed: 1 });
  minified = await makeBundle('models/iris_mlp.ts', 2, { seed: 1, minify: true });
});
afterAll(() => {
  for (const b of [plain, minified]) if (b) rmSync(join(b.dir, '..'), { recursive: true, force: true });
});

const text = (b: TestBundle, path: string): string => new TextDecoder().decode(b.built.files.get(path)!);
const manifestOf = (b: TestBundle): Manifest => JSON.parse(text(b, 'manifest.json')) as Manifest;

describe('runtime files', () => {
  it('node.js imports index.js and adds only the Node host', async () => {
    const node = text(plain, 'node.js');
    expect(node).toMatch(/^import \{ installNodeHost \} from "\.\/index\.js";$/m);
    expect(node).toMatch(/^export \* from "\.\/index\.js";$/m);
    expect(node).toContain('import("webgpu")');
    expect(node.length).toBeLessThan(2000);
    expect(node).not.toContain('function load(');
    // Loaded through node.js: the installed host reads the files and finds Dawn's device.
    const api = (await import(pathToFileURL(join(plain.dir, 'node.js')).href)) as BundleApi;
    const viaNode = await api.load(gpu.device);
    const viaIndex = await (await importBundle(plain.dir)).load(gpu.device);
    const x = randomInput(8, 4);
    expect(await viaNode.predict(x)).toEqual(await viaIndex.predict(x));
    viaNode.destroy();
    viaIndex.destroy();
  });

  it('index.js keeps only the features the manifest uses; the same features give the same bytes', async () => {
    expect(featuresOf(manifestOf(plain))).toEqual(NONE);
    const none = await runtimeFiles(NONE);
    const all = await runtimeFiles(ALL_FEATURES);
    // The runtime, with this bundle's file URLs after its header (file-urls.ts).
    expect(text(plain, 'index.js')).toBe(withFileUrls(none.index, manifestOf(plain)));
    // The explain, packed-weight and loop code is absent from the trimmed runtime, present in the full one.
    for (const fn of ['function gaussianNoise(', 'function selectVariant(', 'function checkPrecision(', 'function encodeWithLoops(', 'function checkExplain(']) {
      expect(none.index, fn).not.toContain(fn);
      expect(all.index, fn).toContain(fn);
    }
    expect(none.index).toContain('explain no, packed no, training no, loops no');
    expect(gzipSize(none.index)).toBeLessThan(gzipSize(all.index));
    const again = await makeBundle('models/iris_mlp.ts', 2, { seed: 1 });
    expect(text(again, 'index.js')).toBe(text(plain, 'index.js'));
    rmSync(join(again.dir, '..'), { recursive: true, force: true });
  });

  it('a recurrent model (a compiled scan) keeps the loop code and answers as the interpreter', async () => {
    const dir = tempDir('rnn-src');
    const file = join(dir, 'rnn.ts');
    writeFileSync(file, `import { sequential, simpleRnn, dense } from 'dlc';\nexport default sequential({ name: 'rnn', input: [6, 2], layers: [simpleRnn(4), dense(2)] });\n`);
    const b = await makeBundle(relative(ROOT, file), 1, { seed: 2 });
    try {
      expect(featuresOf(manifestOf(b)).loops).toBe(true);
      expect(text(b, 'index.js')).toContain('function encodeWithLoops(');
      const x = randomInput(12, 5);
      const api = await (await importBundle(b.dir)).load(gpu.device);
      const got = Object.values(await api.predict(x))[0]!;
      api.destroy();
      expect(maxRelError(got, Object.values(expected(b, x))[0]!)).toBeLessThan(1e-4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(join(b.dir, '..'), { recursive: true, force: true });
    }
  });

  it('a trimmed runtime refuses a manifest that asks for a feature it was built without', async () => {
    const dir = copyBundle(plain.dir, `asks-packed-${process.pid}`);
    try {
      const path = join(dir, 'manifest.json');
      const m = JSON.parse(readFileSync(path, 'utf8'));
      m.version = 3;
      m.precision = { weights: 'int8', packed: [] };
      writeFileSync(path, JSON.stringify(m));
      const err = await (await importBundle(dir)).load(gpu.device).then(() => undefined, (e: Error & { code?: string }) => e);
      expect(err?.code).toBe('E_BUNDLE_INVALID');
      expect(err?.message).toMatch(/packed weights .* built without/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--minify: a smaller index.js and node.js that give the readable runtime\'s answers', async () => {
    const [a, b] = [text(plain, 'index.js'), text(minified, 'index.js')];
    expect(gzipSize(b)).toBeLessThan(gzipSize(a) * 0.85);
    expect(text(minified, 'manifest.json')).toBe(text(plain, 'manifest.json'));
    const x = randomInput(8, 9);
    const p = await (await importBundle(plain.dir)).load(gpu.device);
    const q = await (await importBundle(minified.dir)).load(gpu.device);
    expect(await q.predict(x)).toEqual(await p.predict(x));
    p.destroy();
    q.destroy();
  });
});
