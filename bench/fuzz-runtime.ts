/**
 * @file Runtime fuzzing at scale: the generators of tests/fuzz/runtime-cases.ts (manifest mutations,
 * path encodings, plan entries, safetensors headers, input forms; a few GPU rounds of concurrent
 * predict() calls), ≥ 10,000 cases, tallied and written to bench/results/fuzz-runtime-<date>.json.
 *
 *   npx tsx bench/fuzz-runtime.ts [--scale K] [--seed S]
 *
 * Exits 1 on any crash, escape or wrong result (listed in the result file).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireDevice } from '../src/runtime/index.ts';
import { fuzzConcurrent, fuzzInputs, fuzzManifest, fuzzPaths, fuzzPlan, fuzzSafetensors, makeFixture, newTally, type Tally } from '../tests/fuzz/runtime-cases.ts';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v)) throw new Error(`--${name} needs a number`);
  return v;
}

async function main(): Promise<void> {
  const scale = arg('scale', 1);
  const seed = arg('seed', 12);
  const fx = await makeFixture();
  const kinds: Record<string, Tally> = {};
  const t0 = performance.now();
  const run = async (name: string, f: (t: Tally) => Promise<void>): Promise<void> => {
    const t = (kinds[name] = newTally());
    const s = performance.now();
    await f(t);
    console.log(`${name}: ${t.cases} cases (${t.ok} ok, ${t.refused} refused), ${t.crashes.length} crashes, ${t.escapes.length} escapes, ${t.wrong.length} wrong, ${((performance.now() - s) / 1000).toFixed(1)} s`);
  };
  try {
    await run('manifest', (t) => fuzzManifest(fx, t, 2500 * scale, seed));
    await run('paths', (t) => fuzzPaths(fx, t, 2000 * scale, seed + 1));
    await run('plan', (t) => fuzzPlan(fx, t, 2500 * scale, seed + 2));
    await run('safetensors', (t) => fuzzSafetensors(fx, t, 1500 * scale, seed + 3));
    await run('inputs', (t) => fuzzInputs(fx, t, 2000 * scale, seed + 4));
    const gpu = await acquireDevice();
    try {
      await run('concurrent (GPU)', (t) => fuzzConcurrent(fx, t, gpu.device, 30 * scale, seed + 5));
    } finally {
      gpu.destroy();
      await gpu.lost;
    }
  } finally {
    fx.cleanup();
  }
  const all = Object.values(kinds);
  const total = (k: 'cases' | 'ok' | 'refused'): number => all.reduce((s, t) => s + t[k], 0);
  const result = {
    date: new Date().toISOString(),
    seed,
    scale,
    seconds: Math.round((performance.now() - t0) / 100) / 10,
    cases: total('cases'),
    ok: total('ok'),
    refused: total('refused'),
    crashes: all.flatMap((t) => t.crashes),
    escapes: all.flatMap((t) => t.escapes),
    wrong: all.flatMap((t) => t.wrong),
    kinds: Object.fromEntries(Object.entries(kinds).map(([k, t]) => [k, { cases: t.cases, ok: t.ok, refused: t.refused, crashes: t.crashes.length, escapes: t.escapes.length, wrong: t.wrong.length, codes: t.codes }])),
  };
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `fuzz-runtime-${result.date.slice(0, 10)}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`${result.cases} cases in ${result.seconds} s: ${result.crashes.length} crashes, ${result.escapes.length} escapes, ${result.wrong.length} wrong → ${file}`);
  if (result.crashes.length + result.escapes.length + result.wrong.length > 0) process.exitCode = 1;
}

await main();
