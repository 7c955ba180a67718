/**
 * @file A bundle as a package: index.js imports nothing (esbuild --platform=browser takes it with no
 * warning), node.js imports Node's modules and Dawn, `baseUrl` resolution, and index.d.ts typing
 * load()'s options, predict() and trainStep(batch, { learningRate }) — checked by tsc on a user file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle, writeBundle } from '../../src/bundle/build.ts';
import { runtimeFiles } from '../../src/bundle/runtime-js.ts';
import { bundleBase } from '../../src/runtime/bundle-files.ts';
import { REPO, sh } from './package-helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'dlc-pkg-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ANY_IMPORT = /^\s*import[\s{*]|\bimport\(\s*["'`]|\brequire\(/m;

describe('bundle runtime files', () => {
  it('index.js imports nothing and bundles for the browser without a warning; node.js imports Node and Dawn', async () => {
    const { index, node } = await runtimeFiles();
    expect(index).not.toMatch(ANY_IMPORT);
    expect(node).toMatch(/^import .* from "node:fs\/promises";$/m);
    expect(node).toContain('import("webgpu")');
    // Readable: an uncaught error's stack points at a real line, not column 40000 of line 2.
    expect(Math.max(...index.split('\n').map((l) => l.length))).toBeLessThan(400);
    writeFileSync(join(work, 'index.js'), index);
    writeFileSync(join(work, 'app.js'), `import { load } from './index.js';\nconsole.log(await load({ baseUrl: '/model/' }));\n`);
    const r = await build({ entryPoints: [join(work, 'app.js')], bundle: true, platform: 'browser', format: 'esm', minify: true, write: false, logLevel: 'silent' });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.outputFiles[0]!.text).not.toMatch(ANY_IMPORT);
  });

  it('baseUrl: absolute, relative to the page or runtime, a trailing slash implied, a .js URL meaning its folder', () => {
    const rt = 'file:///srv/app/bundle/index.js';
    expect(bundleBase(undefined, rt).href).toBe('file:///srv/app/bundle/');
    expect(bundleBase('https://cdn.example/m/iris', rt).href).toBe('https://cdn.example/m/iris/');
    expect(bundleBase('https://cdn.example/m/iris/index.js', rt).href).toBe('https://cdn.example/m/iris/');
    expect(bundleBase(new URL('https://cdn.example/m/'), rt).href).toBe('https://cdn.example/m/');
    expect(bundleBase({ href: 'https://cdn.example/n' }, rt).href).toBe('https://cdn.example/n/');
    expect(bundleBase('../model', rt).href).toBe('file:///srv/app/model/');
    const g = globalThis as { location?: unknown };
    g.location = { href: 'https://app.example/shop/page.html' };
    try {
      expect(bundleBase('model/', rt).href).toBe('https://app.example/shop/model/');
      expect(bundleBase('/model', rt).href).toBe('https://app.example/model/');
    } finally {
      delete g.location;
    }
  });
});

describe('index.d.ts', () => {
  it("types load()'s options, predict()'s inputs and outputs, and trainStep(batch, { learningRate }), strictly", async () => {
    const dir = join(work, 'typed');
    const built = await buildBundle({ modelFile: join(REPO, 'models', 'iris_mlp.ts'), mode: 'train' });
    writeBundle(join(dir, 'model'), built.files);
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(dir, 'use.ts'), `import { load, type Model, type LoadOptions } from './model/index.js';
declare const device: { readonly queue: object; createBuffer(d: { size: number }): object; destroy(): void };
const options: LoadOptions = { baseUrl: '/model/', nonFinite: 'allow' };
const m: Model = await load({ ...options, device });
const older: Model = await load(device, { baseUrl: new URL('https://cdn.example/model/') });
const out: Float32Array = (await m.predict({ input: new Float32Array(4 * 16) })).output;
const shape: readonly [16, 4] = m.inputs[0]!.shape as readonly [16, 4];
const loss = await m.trainStep({ 'batch/x': new Float32Array(64), 'batch/y': new Int32Array(16) }, { learningRate: 1e-3 });
console.log(out, shape, loss, older.adapter.source, m.stats.kernels);
// @ts-expect-error: no such option
await load({ baseUrl: '/model/', baseURL: '/model/' });
// @ts-expect-error: a misspelt input name
await m.predict({ inptu: [1, 2, 3, 4] });
// @ts-expect-error: trainStep takes a learning rate, not a schedule
await m.trainStep({ 'batch/x': [], 'batch/y': [] }, { schedule: 'cosine' });
// @ts-expect-error: outputs are typed arrays, not numbers
const wrong: number = out;
`);
    const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
    const compilerOptions = { noEmit: true, strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, target: 'es2022', module: 'nodenext', types: [], lib: ['es2022', 'dom'] };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['use.ts'] }));
    const r = sh(process.execPath, [tsc, '-p', dir], dir);
    expect(r.out, r.out).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'model', 'index.d.ts'), 'utf8')).toContain('readonly learningRate?: number;');
  });
});
