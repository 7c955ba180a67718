/**
 * @file scripts/cli-bundle.mjs: the one-module dlc command. A toy source tree stands in for src/:
 * its files' `import.meta.url` must read as each file's own URL (its source file in-repo, its dist/
 * twin in dist), the same words inside a string stay as written, the sources hash follows content
 * (not modification times), and a cut-short or foreign cache file is rebuilt, never run.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without declarations
import { buildDistBundle, cliBundle, sourceHash } from '../../scripts/cli-bundle.mjs';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** src/cli/main.ts importing src/data/where.ts, which reports its import.meta.url and a string naming it. */
function toyRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'dlc-cli-bundle-'));
  roots.push(root);
  mkdirSync(join(root, 'src', 'cli'), { recursive: true });
  mkdirSync(join(root, 'src', 'data'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{"name":"toy","type":"module"}\n');
  writeFileSync(join(root, 'src', 'data', 'where.ts'), "export const where: string = import.meta.url;\nexport const text = `new URL('./', import.meta.url)`;\n");
  writeFileSync(join(root, 'src', 'cli', 'main.ts'), "import { where, text } from '../data/where.ts';\nexport const main = (): string[] => [where, text, import.meta.url];\n");
  return root;
}

type Main = { main: () => string[] };

describe('the dlc command bundle', () => {
  it('in-repo: each file keeps its own source URL; strings are left alone; the bundle is reused', async () => {
    const root = toyRoot();
    const file = (await cliBundle(root)) as string;
    const [where, text, mainUrl] = ((await import(pathToFileURL(file).href)) as Main).main();
    expect(where).toBe(pathToFileURL(join(root, 'src', 'data', 'where.ts')).href);
    expect(mainUrl).toBe(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href);
    expect(text).toBe("new URL('./', import.meta.url)");
    expect(await cliBundle(root)).toBe(file);
  });

  it('dist: each file reads as its dist/ twin, resolved against the bundle at run time', async () => {
    const root = toyRoot();
    const dist = join(root, 'dist');
    const file = (await buildDistBundle(root, dist)) as string;
    expect(file).toBe(join(dist, 'cli', 'main.js'));
    const [where, text, mainUrl] = ((await import(pathToFileURL(file).href)) as Main).main();
    expect(where).toBe(pathToFileURL(join(dist, 'data', 'where.js')).href);
    expect(mainUrl).toBe(pathToFileURL(join(dist, 'cli', 'main.js')).href);
    expect(text).toBe("new URL('./', import.meta.url)");
  });

  it('the sources hash follows content, not modification times', () => {
    const root = toyRoot();
    const h0 = sourceHash(root) as string;
    const f = join(root, 'src', 'data', 'where.ts');
    utimesSync(f, new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(sourceHash(root)).toBe(h0);
    writeFileSync(f, `${readFileSync(f, 'utf8')}// edited\n`);
    expect(sourceHash(root)).not.toBe(h0);
  });

  it('a cut-short cache file, or one from other sources, is rebuilt rather than run', async () => {
    const root = toyRoot();
    const file = (await cliBundle(root)) as string;
    const whole = readFileSync(file, 'utf8');
    writeFileSync(file, whole.slice(0, whole.length - 20));
    expect(await cliBundle(root)).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe(whole);
    writeFileSync(file, 'export const main = () => ["foreign"];\n// dlc-cli-bundle-end 0000\n');
    await cliBundle(root);
    expect(readFileSync(file, 'utf8')).toBe(whole);
  });

  it('processes building at once each end with one whole bundle and no temporary files', async () => {
    const root = toyRoot();
    const files = await Promise.all([cliBundle(root), cliBundle(root), cliBundle(root)]);
    expect(new Set(files).size).toBe(1);
    expect(readdirSync(join(root, '.dlc-cache'))).toEqual([(files[0] as string).split('/').pop()]);
  });
});
