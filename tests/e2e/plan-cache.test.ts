/**
 * @file `dlc train`'s compiled-plan cache (src/cli/plan-cache.ts). Through bin/dlc.js as a user runs
 * it: a second run of an unchanged model takes its model and plans from the cache without loading
 * ts-morph, and trains bit-identically to the first (compiled) run; a clean `dlc check` is cached
 * the same way; a model broken after it was cached still fails with its file:line:col (train and check). In-process: an edited imported file, a damaged, cut-short
 * or foreign entry are misses (rebuilt, never trusted), and only exact JSON is stored.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exactJson, PlanCache, planCacheStats } from '../../src/cli/plan-cache.ts';
import { compileModelFileSources } from '../../src/frontend/index.ts';

const REPO = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'dlc-plan-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Ran { status: number | null; stderr: string; stats: Record<string, number | boolean> | undefined }

function dlc(args: readonly string[], cache: string): Ran {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'dlc.js'), ...args], {
    cwd: REPO, encoding: 'utf8', timeout: 300_000,
    env: { ...process.env, DLC_PLAN_CACHE_DIR: cache, DLC_TRACE_STARTUP: '1', DLC_FROM_DIST: '', DLC_CACHE: '' },
  });
  const line = /^dlc-plan-cache (.*)$/m.exec(r.stderr)?.[1];
  return { status: r.status, stderr: r.stderr, stats: line ? (JSON.parse(line) as Record<string, number | boolean>) : undefined };
}

describe('dlc train: the plan cache', () => {
  it('a second run reuses model and plans without loading ts-morph, and trains bit-identically', () => {
    const cache = join(work, 'cache-iris');
    const [a, b] = [join(work, 'run-a'), join(work, 'run-b')];
    const first = dlc(['train', 'models/iris_mlp.ts', '--epochs', '1', '--out', a], cache);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stats).toMatchObject({ modelHits: 0, modelMisses: 1, planHits: 0, planMisses: 1, tsMorphLoaded: true });
    const second = dlc(['train', 'models/iris_mlp.ts', '--epochs', '1', '--out', b], cache);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stats).toMatchObject({ modelHits: 1, modelMisses: 0, planHits: 1, planMisses: 0, rejected: 0, tsMorphLoaded: false });
    expect(readFileSync(join(b, 'checkpoint.safetensors')).equals(readFileSync(join(a, 'checkpoint.safetensors')))).toBe(true);
    // --no-cache compiles afresh and leaves the cache alone (the run stops at its missing data, before the GPU).
    const before = readdirSync(cache).sort();
    const fresh = dlc(['train', 'models/iris_mlp.ts', '--no-cache', '--data', `csv:${join(work, 'missing.csv')}`, '--out', join(work, 'run-c')], cache);
    expect(fresh.status).toBe(1);
    expect(fresh.stats).toMatchObject({ modelHits: 0, modelMisses: 0, tsMorphLoaded: true });
    expect(readdirSync(cache).sort()).toEqual(before);
  });

  it('a model broken after it was cached still fails with its file:line:col', () => {
    const cache = join(work, 'cache-broken');
    const dir = join(work, 'broken');
    mkdirSync(dir);
    const model = join(dir, 'model.ts');
    copyFileSync(join(REPO, 'models', 'iris_mlp.ts'), model);
    // Fails after the model is compiled and cached, before any GPU work: no such CSV file.
    const bad = ['train', model, '--data', `csv:${join(dir, 'missing.csv')}`, '--out', join(work, 'run-broken')];
    expect(dlc(bad, cache).stats).toMatchObject({ modelMisses: 1 });
    expect(dlc(bad, cache).stats).toMatchObject({ modelHits: 1, tsMorphLoaded: false });
    // dlc check: a clean result is cached too (the second check loads no TypeScript).
    expect(dlc(['check', model], cache)).toMatchObject({ status: 0, stats: { modelMisses: 1, tsMorphLoaded: true } });
    expect(dlc(['check', model], cache)).toMatchObject({ status: 0, stats: { modelHits: 1, tsMorphLoaded: false } });
    writeFileSync(model, readFileSync(model, 'utf8').replace("dense(16, { activation: 'relu' })", "dense(16, { activation: 'relux' })"));
    for (const args of [bad, ['check', model]]) {
      const r = dlc(args, cache);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/model\.ts:9:\d+/);
      expect(r.stderr).toContain('relux');
    }
  });
});

describe('PlanCache in-process', () => {
  const env = (dir: string): NodeJS.ProcessEnv => ({ DLC_BUILD_ID: 'test-build', DLC_PLAN_CACHE_DIR: dir });

  /** model.ts imports block.ts: dense(units) from there. */
  function twoFiles(units: number): string {
    const dir = mkdtempSync(join(work, 'two-'));
    writeFileSync(join(dir, 'block.ts'), `export const UNITS = ${units};\n`);
    writeFileSync(join(dir, 'model.ts'), `import { sequential, dense, sgd } from 'dlc';\nimport { UNITS } from './block.ts';\nexport default sequential({ name: 'two', input: [3], layers: [dense(UNITS)], train: { loss: 'meanSquaredError', optimizer: sgd({ learningRate: 0.1 }), batchSize: 4 } });\n`);
    return dir;
  }

  function compileAndStore(c: PlanCache, file: string): void {
    const { program, files } = compileModelFileSources(file);
    expect(files.length).toBe(2);
    expect(c.store(program.main, files)).toBe(true);
  }

  it('an edited imported file is a miss; plans are keyed by the files\' content', () => {
    const dir = twoFiles(5);
    const cacheDir = join(dir, 'cache');
    const file = join(dir, 'model.ts');
    const c1 = PlanCache.open(file, undefined, env(cacheDir))!;
    expect(c1.model(() => { throw new Error('unused'); })).toBeUndefined();
    compileAndStore(c1, file);
    const c2 = PlanCache.open(file, undefined, env(cacheDir))!;
    const m = c2.model(() => { throw new Error('unused'); })!;
    expect(m.params.map((p) => p.shape)).toEqual([[3, 5], [5]]);
    const plans = c2.plans()!;
    const fake = { step: { version: -1 }, evaluation: {} } as never;
    plans.put({ batch: 4 }, fake);
    // A plan that fails the loader's checks (here: its version) is not served.
    expect(plans.get({ batch: 4 })).toBeUndefined();
    writeFileSync(join(dir, 'block.ts'), 'export const UNITS = 6;\n');
    expect(PlanCache.open(file, undefined, env(cacheDir))!.model(() => { throw new Error('unused'); })).toBeUndefined();
    const c3 = PlanCache.open(file, undefined, env(cacheDir))!;
    compileAndStore(c3, file);
    expect(c3.model(() => { throw new Error('unused'); })!.params[0]!.shape).toEqual([3, 6]);
    expect(PlanCache.open(file, 'other', env(cacheDir))!.model(() => { throw new Error('unused'); })).toBeUndefined();
    expect(PlanCache.open(file, undefined, { ...env(cacheDir), DLC_BUILD_ID: 'another-build' })!.model(() => { throw new Error('unused'); })).toBeUndefined();
    expect(PlanCache.open(file, undefined, { ...env(cacheDir), DLC_CACHE: '0' })).toBeUndefined();
    expect(PlanCache.open(file, undefined, { DLC_PLAN_CACHE_DIR: cacheDir })).toBeUndefined();
  });

  it('a damaged, cut-short or foreign entry is rejected, and the next store replaces it', () => {
    const dir = twoFiles(4);
    const cacheDir = join(dir, 'cache');
    const file = join(dir, 'model.ts');
    compileAndStore(PlanCache.open(file, undefined, env(cacheDir))!, file);
    const [entry] = readdirSync(cacheDir);
    const path = join(cacheDir, entry!);
    const whole = readFileSync(path, 'utf8');
    const miss = (): boolean => PlanCache.open(file, undefined, env(cacheDir))!.model(() => { throw new Error('unused'); }) === undefined;
    expect(miss()).toBe(false);
    const rejected = planCacheStats.rejected;
    for (const damaged of [whole.slice(0, -10), whole.replace('"shape":[3,4]', '"shape":[3,9]'), `${whole.split('\n')[0]!.replace('model-', 'plans-')}\n${whole.split('\n').slice(1).join('\n')}`, 'not json']) {
      writeFileSync(path, damaged);
      expect(miss()).toBe(true);
    }
    expect(planCacheStats.rejected - rejected).toBe(4);
    compileAndStore(PlanCache.open(file, undefined, env(cacheDir))!, file);
    expect(readFileSync(path, 'utf8')).toBe(whole);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps at most 200 entries, the newest', () => {
    const dir = twoFiles(3);
    const cacheDir = join(dir, 'cache');
    mkdirSync(cacheDir);
    for (let i = 0; i < 205; i++) {
      writeFileSync(join(cacheDir, `old-${i}.json`), '{}');
      utimesSync(join(cacheDir, `old-${i}.json`), new Date(2001, 0, 1, 0, i), new Date(2001, 0, 1, 0, i));
    }
    const file = join(dir, 'model.ts');
    compileAndStore(PlanCache.open(file, undefined, env(cacheDir))!, file);
    const left = readdirSync(cacheDir);
    expect(left.length).toBe(200);
    expect(left.some((f) => f.startsWith('model-'))).toBe(true);
    expect(left).not.toContain('old-5.json');
    expect(left).toContain('old-6.json');
  });

  it('only what JSON gives back exactly is stored', () => {
    expect(exactJson({ a: [1, 'x', null, true], b: undefined, c: { d: 0.5 } })).toBe('{"a":[1,"x",null,true],"c":{"d":0.5}}');
    for (const v of [{ f: () => 0 }, { t: new Float32Array(2) }, { m: new Map() }, { n: Number.NaN }, { i: Infinity }, { z: -0 }, [undefined], { d: new Date(0) }]) expect(exactJson(v)).toBeUndefined();
  });
});
