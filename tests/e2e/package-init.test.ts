/** @file `dlc init`: the scaffolded project's files, its model passing `dlc check`, and refusal of a non-empty folder. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { checkModelFile, compileModelFile } from '../../src/frontend/index.ts';

const work = mkdtempSync(join(tmpdir(), 'dlc-init-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function dlc(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), isTTY: false });
  return { code, out, err };
}

describe('dlc init', () => {
  it('scaffolds package.json, tsconfig.json, a model that checks, and a README with the next commands', async () => {
    const dir = join(work, 'My Project');
    const r = await dlc('init', dir);
    expect(r.code, r.err).toBe(0);
    for (const f of ['package.json', 'tsconfig.json', 'model.ts', 'README.md', '.gitignore']) expect(existsSync(join(dir, f)), f).toBe(true);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; type: string; dependencies: Record<string, string>; scripts: Record<string, string> };
    const own = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(pkg.name).toBe('my-project');
    expect(pkg.type).toBe('module');
    expect(pkg.dependencies.dlc).toBe(`^${own.version}`);
    expect(Object.keys(pkg.scripts)).toEqual(['check', 'train', 'build']);
    const tsconfig = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
    expect(tsconfig.compilerOptions.strict).toBe(true);
    expect(checkModelFile(join(dir, 'model.ts'))).toEqual([]);
    expect(compileModelFile(join(dir, 'model.ts')).main.params.length).toBeGreaterThan(0);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const commands = readme.match(/^npm install|^npx dlc \w+/gm);
    expect(commands).toEqual(['npm install', 'npx dlc train', 'npx dlc build']);
  });

  it('takes --name and --dlc for the dependency spec', async () => {
    const dir = join(work, 'named');
    expect((await dlc('init', dir, '--name', 'iris-app', '--dlc', 'file:../dlc.tgz')).code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string> };
    expect(pkg).toMatchObject({ name: 'iris-app', dependencies: { dlc: 'file:../dlc.tgz' } });
  });

  it('refuses a non-empty folder and leaves its files alone', async () => {
    const dir = join(work, 'busy');
    mkdirSync(dir);
    writeFileSync(join(dir, 'model.ts'), 'mine');
    const r = await dlc('init', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('E_INIT_NOT_EMPTY');
    expect(r.err).toContain('not empty');
    expect(readFileSync(join(dir, 'model.ts'), 'utf8')).toBe('mine');
    expect(existsSync(join(dir, 'package.json'))).toBe(false);
  });

  it('without a folder is a usage error (exit 2)', async () => {
    const r = await dlc('init');
    expect(r.code).toBe(2);
    expect(r.err).toContain('usage: dlc init');
  });
});
