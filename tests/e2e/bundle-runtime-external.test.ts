/**
 * @file `dlc build --runtime external`: index.js and node.js hold no runtime code and import only
 * 'dlc/runtime'; the model's files are those of the bundled build; package.json names dlc as a
 * peer; the manifest says `runtime: external`; the CLI's flag errors. Running such a bundle from an
 * installed dlc is in package-install.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle, writeBundle } from '../../src/bundle/build.ts';
import { main } from '../../src/cli/main.ts';
import { REPO } from './package-helpers.ts';

const MODEL = join(REPO, 'models', 'iris_mlp.ts');
const work = mkdtempSync(join(tmpdir(), 'dlc-ext-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const text = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);
/** Every module specifier a file names: static imports, re-exports, dynamic imports, require. */
const specifiers = (js: string): string[] => [...js.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\(\s*)(["'`])([^"'`]+)\1/g)].map((m) => m[2]!);

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), isTTY: false });
  return { code, out, err };
}

describe('dlc build --runtime external', () => {
  it('index.js and node.js import only dlc/runtime and hold no runtime code; the model files equal the bundled build', async () => {
    const [ext, own] = await Promise.all([buildBundle({ modelFile: MODEL, runtime: 'external' }), buildBundle({ modelFile: MODEL })]);
    expect([...ext.files.keys()]).toEqual([...own.files.keys()]);
    for (const f of ['index.js', 'node.js']) {
      const js = text(ext.files.get(f));
      expect(specifiers(js), f).toEqual(['dlc/runtime', 'dlc/runtime']);
      // A few lines: no executor, no WebGPU calls, no safetensors parsing (the bundled one has them all).
      expect(js.split('\n').length, f).toBeLessThan(15 + own.files.size);
      for (const code of ['createBuffer', 'createComputePipeline', 'readSafetensors', 'sha256', 'getBuiltinModule']) {
        expect(js, `${f}: ${code}`).not.toContain(code);
        expect(text(own.files.get('index.js')), code).toContain(code);
      }
      // Each file as a literal app bundlers copy and rewrite (file-urls.ts), the folder as index.js's own URL.
      expect(js).toContain('"manifest.json": new URL("./manifest.json", import.meta.url)');
      expect(js).toContain('"weights.safetensors": new URL("./weights.safetensors", import.meta.url)');
      expect(js).toContain("bundleLoader({ base: new URL(import.meta.url), files: __DLC_FILES__ })");
    }
    // The model part is the bundled build's, byte for byte; the manifest only adds runtime: external.
    for (const p of [...own.files.keys()].filter((k) => k.startsWith('kernels/') || k === 'weights.safetensors' || k === 'index.d.ts')) {
      expect(Buffer.from(ext.files.get(p)!).equals(Buffer.from(own.files.get(p)!)), p).toBe(true);
    }
    const m = JSON.parse(text(ext.files.get('manifest.json'))) as Record<string, unknown>;
    const n = JSON.parse(text(own.files.get('manifest.json'))) as Record<string, unknown>;
    expect(m.runtime).toBe('external');
    expect('runtime' in n).toBe(false);
    expect({ ...m, runtime: undefined }).toEqual({ ...n, runtime: undefined });
    const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
    const pkg = JSON.parse(text(ext.files.get('package.json'))) as { peerDependencies: Record<string, string>; peerDependenciesMeta?: unknown; exports: Record<string, unknown> };
    expect(pkg.peerDependencies).toEqual({ dlc: `^${version}` });
    expect(pkg.peerDependenciesMeta).toBeUndefined();
    expect(pkg.exports).toEqual((JSON.parse(text(own.files.get('package.json'))) as { exports: unknown }).exports);
    const bytes = (b: typeof ext): number => [...b.files.values()].reduce((s, f) => s + f.length, 0);
    expect(bytes(own) - bytes(ext)).toBeGreaterThan(50_000);
  });

  it("load() is the runtime's, bound to the bundle's folder: the caller's options and device still reach it; every other export passes through", async () => {
    // A stand-in dlc package whose bundleLoader(at) gives a load() that returns what it was called with.
    const app = join(work, 'bound');
    const fake = join(app, 'node_modules', 'dlc');
    mkdirSync(fake, { recursive: true });
    writeFileSync(join(fake, 'package.json'), JSON.stringify({ name: 'dlc', type: 'module', exports: { './runtime': { node: './node.js', default: './index.js' } } }));
    writeFileSync(join(fake, 'node.js'), 'export const entry = "node";\nexport function bundleLoader(at) { return (a, b) => ({ a, b, at }); }\nexport const RuntimeError = Error;\n');
    const built = await buildBundle({ modelFile: MODEL, runtime: 'external' });
    writeBundle(join(app, 'model'), built.files);
    const folder = pathToFileURL(join(app, 'model') + '/').href;
    const manifest = JSON.parse(text(built.files.get('manifest.json'))) as { kernels: { path: string }[] };
    type Bound = { a: unknown; b: unknown; at: { base: URL; files: Record<string, URL> } };
    for (const f of ['index.js', 'node.js']) {
      const m = (await import(pathToFileURL(join(app, 'model', f)).href)) as { entry: string; RuntimeError: unknown; load: (a?: unknown, b?: unknown) => Bound };
      expect(m.entry, f).toBe('node');
      expect(m.RuntimeError).toBe(Error);
      // Bound to the bundle: its own URL, and each file it reads by the URL written for it.
      const { at } = m.load();
      expect(at.base.href).toBe(new URL(f, folder).href);
      expect(Object.fromEntries(Object.entries(at.files).map(([k, u]) => [k, u.href]))).toEqual(Object.fromEntries(
        ['manifest.json', 'weights.safetensors', ...manifest.kernels.map((k) => k.path)].map((p) => [p, new URL(p, folder).href])));
      // The caller's arguments reach the runtime's load() untouched (it lets a baseUrl override the bundle's files).
      const device = { createBuffer() {} };
      const withDevice = m.load(device, { nonFinite: 'allow' });
      expect(withDevice.a).toBe(device);
      expect(withDevice.b).toEqual({ nonFinite: 'allow' });
      expect(m.load({ baseUrl: 'https://cdn.example/m/' }).a).toEqual({ baseUrl: 'https://cdn.example/m/' });
    }
  });

  it('the CLI says runtime external, and refuses an unknown runtime and --minify with external', async () => {
    const ok = await cli('build', MODEL, '-o', join(work, 'ext'), '--runtime', 'external');
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toContain("runtime external (imports 'dlc/runtime'");
    const bad = await cli('build', MODEL, '-o', join(work, 'bad'), '--runtime', 'cdn');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--runtime/);
    const min = await cli('build', MODEL, '-o', join(work, 'min'), '--runtime', 'external', '--minify');
    expect(min.code).toBe(2);
    expect(min.err).toContain('--minify and --runtime external exclude each other');
    const help = await cli('build', '--help');
    expect(help.out).toContain('--runtime bundled|external');
  });
});
