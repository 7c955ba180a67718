/**
 * @file `dlc build`'s build cache (src/cli/build-cache.ts). Through bin/dlc.js as a user runs it: a
 * second build of an unchanged model comes from the cache without loading ts-morph and writes the
 * very bytes of an uncached (`--no-cache`) build; --no-cache leaves the cache alone. In-process:
 * DLC_CACHE=0 is no cache; an edited model file or weights file is a miss; an entry damaged in place, or
 * re-signed with a changed kernel, weights or extra file (its payload hash right, its bundle wrong),
 * is rejected and rebuilt, never written out.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle, type BuildOptions } from '../../src/bundle/build.ts';
import { BuildCache, buildOptionsKey, isBundle } from '../../src/cli/build-cache.ts';
import { planCacheStats } from '../../src/cli/plan-cache.ts';
import { compileModelFileSources } from '../../src/frontend/index.ts';
import { encodeSafetensors } from '../../src/train/safetensors.ts';

const REPO = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'dlc-build-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function dlc(args: readonly string[], cache: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stderr: string; stats: Record<string, number | boolean> | undefined } {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'dlc.js'), ...args], {
    cwd: REPO, encoding: 'utf8', timeout: 300_000,
    env: { ...process.env, DLC_PLAN_CACHE_DIR: cache, DLC_TRACE_STARTUP: '1', DLC_FROM_DIST: '', DLC_CACHE: '', ...env },
  });
  const line = /^dlc-plan-cache (.*)$/m.exec(r.stderr)?.[1];
  return { status: r.status, stderr: r.stderr, stats: line ? (JSON.parse(line) as Record<string, number | boolean>) : undefined };
}

/** Every file of a bundle folder, by relative path. */
function folder(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) out.set(join(f.parentPath, f.name).slice(dir.length + 1), readFileSync(join(f.parentPath, f.name)));
  }
  return out;
}

function sameFiles(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [p, bytes] of a) expect(bytes.equals(b.get(p)!), p).toBe(true);
}

describe('dlc build: the build cache', () => {
  it('a second build comes from the cache without ts-morph, byte-identical to an uncached build', () => {
    const cache = join(work, 'cache-cli');
    const out = (n: string): string => join(work, `bundle-${n}`);
    const args = (n: string): string[] => ['build', 'models/iris_mlp.ts', '-o', out(n)];
    const first = dlc(args('a'), cache);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stats).toMatchObject({ modelHits: 0, modelMisses: 1, tsMorphLoaded: true });
    const second = dlc(args('b'), cache);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stats).toMatchObject({ modelHits: 1, modelMisses: 0, rejected: 0, tsMorphLoaded: false });
    const entries = readdirSync(cache).sort();
    const fresh = dlc([...args('c'), '--no-cache'], cache);
    expect(fresh.status, fresh.stderr).toBe(0);
    expect(fresh.stats).toMatchObject({ modelHits: 0, modelMisses: 0, tsMorphLoaded: true });
    expect(readdirSync(cache).sort()).toEqual(entries);
    sameFiles(folder(out('b')), folder(out('c')));
    sameFiles(folder(out('a')), folder(out('c')));
  });
});

describe('BuildCache in-process', () => {
  const env = (dir: string): NodeJS.ProcessEnv => ({ DLC_BUILD_ID: 'test-build', DLC_PLAN_CACHE_DIR: dir });

  async function buildAndStore(opts: BuildOptions, dir: string): Promise<ReadonlyMap<string, Uint8Array>> {
    const { program, files } = compileModelFileSources(opts.modelFile);
    const built = await buildBundle({ ...opts, program });
    expect(BuildCache.open(opts, env(dir))!.put(built, files)).toBe(true);
    return built.files;
  }

  function entryFile(dir: string): string {
    const names = readdirSync(dir).filter((f) => f.startsWith('bundle-'));
    expect(names).toHaveLength(1);
    return join(dir, names[0]!);
  }

  /** Rewrites the entry's payload with `edit` and signs it again (a header whose hash matches the new payload). */
  function resign(file: string, edit: (payload: { bundle: Record<string, string> }) => void): void {
    const text = readFileSync(file, 'utf8');
    const nl = text.indexOf('\n');
    const head = JSON.parse(text.slice(0, nl)) as { sha256: string };
    const payload = JSON.parse(text.slice(nl + 1)) as { bundle: Record<string, string> };
    edit(payload);
    const body = JSON.stringify(payload);
    writeFileSync(file, `${JSON.stringify({ ...head, sha256: createHash('sha256').update(body).digest('hex') })}\n${body}`);
  }

  it('a hit gives the stored files; edited sources and weights are misses; damaged or re-signed entries are rejected', async () => {
    const dir = join(work, 'cache-in');
    const src = join(work, 'model');
    mkdirSync(src);
    const model = join(src, 'model.ts');
    copyFileSync(join(REPO, 'models', 'iris_mlp.ts'), model);
    const opts: BuildOptions = { modelFile: model, mode: 'inference', seed: 0, nonFinite: 'reject', storage: 'f32' };
    const files = await buildAndStore(opts, dir);
    expect(isBundle(files)).toBe(true);
    const hit = BuildCache.open(opts, env(dir))!.get();
    expect(hit?.name).toBe('iris_mlp');
    expect([...hit!.files.keys()]).toEqual([...files.keys()]);
    for (const [p, b] of files) expect(Buffer.from(hit!.files.get(p)!).equals(Buffer.from(b)), p).toBe(true);
    // Other options are other entries; --tune is never cached.
    expect(BuildCache.open({ ...opts, seed: 1 }, env(dir))!.get()).toBeUndefined();
    expect(buildOptionsKey({ ...opts, tune: { device: {} as GPUDevice, target: { software: true, vendor: '', architecture: '', label: '' } } })).toBeUndefined();
    expect(BuildCache.open(opts, { ...env(dir), DLC_CACHE: '0' })).toBeUndefined();

    // Damaged in place (the payload hash no longer matches): rejected.
    const file = entryFile(dir);
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace(/"index\.js":"(.)/, (_m, c: string) => `"index.js":"${c === 'A' ? 'B' : 'A'}`));
    const rejected0 = planCacheStats.rejected;
    expect(BuildCache.open(opts, env(dir))!.get()).toBeUndefined();
    expect(planCacheStats.rejected).toBe(rejected0 + 1);
    // Re-signed, so the payload hash holds, but the bundle is not one the runtime would accept.
    const kernel = [...files.keys()].find((p) => p.endsWith('.wgsl'))!;
    const tampers: [string, (p: { bundle: Record<string, string> }) => void][] = [
      ['a kernel edited', (p) => { p.bundle[kernel] = Buffer.from(`${Buffer.from(p.bundle[kernel]!, 'base64').toString()}\n// x`).toString('base64'); }],
      ['the weights edited', (p) => { const w = Buffer.from(p.bundle['weights.safetensors']!, 'base64'); w[w.length - 1]! ^= 1; p.bundle['weights.safetensors'] = w.toString('base64'); }],
      ['a kernel missing', (p) => { delete p.bundle[kernel]; }],
      ['an extra file', (p) => { p.bundle['kernels/zz.wgsl'] = Buffer.from('x').toString('base64'); }],
      ['a broken manifest', (p) => { p.bundle['manifest.json'] = Buffer.from('{"format":"dlc-bundle"}').toString('base64'); }],
    ];
    for (const [what, edit] of tampers) {
      writeFileSync(file, good);
      expect(BuildCache.open(opts, env(dir))!.get(), 'untouched').toBeDefined();
      resign(file, edit);
      expect(BuildCache.open(opts, env(dir))!.get(), what).toBeUndefined();
    }
    // A rebuild after a rejection stores a good entry again.
    writeFileSync(file, good);
    rmSync(file);
    await buildAndStore(opts, dir);
    expect(BuildCache.open(opts, env(dir))!.get()).toBeDefined();

    // The model file edited: a miss (its content is checked on every hit, not its modification time).
    writeFileSync(model, readFileSync(model, 'utf8').replace("dense(16, { activation: 'relu' })", "dense(12, { activation: 'relu' })"));
    expect(BuildCache.open(opts, env(dir))!.get()).toBeUndefined();
  });

  it('a weights file changed after the build is a miss', async () => {
    const dir = join(work, 'cache-weights');
    const { program } = compileModelFileSources(join(REPO, 'models', 'iris_mlp.ts'));
    const weights = join(work, 'w.safetensors');
    const write = (v: number): void => {
      const tensors = new Map(program.main.params.map((p) => [p.name, { dtype: 'f32' as const, shape: [...p.shape], data: new Float32Array(p.shape.reduce((a, b) => a * b, 1)).fill(v) }]));
      writeFileSync(weights, encodeSafetensors(tensors));
    };
    write(0.5);
    const opts: BuildOptions = { modelFile: join(REPO, 'models', 'iris_mlp.ts'), weightsFile: weights, seed: 0, nonFinite: 'reject', storage: 'f32', mode: 'inference' };
    await buildAndStore(opts, dir);
    expect(BuildCache.open(opts, env(dir))!.get()).toBeDefined();
    write(0.25);
    expect(BuildCache.open(opts, env(dir))!.get()).toBeUndefined();
  });
});
