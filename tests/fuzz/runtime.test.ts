/**
 * @file Runtime fuzzing in CI (tests/fuzz/runtime-cases.ts; bench/fuzz-runtime.ts runs ≥ 10,000 cases):
 * manifest mutations, path encodings, plan entries, safetensors headers, input forms — all without a
 * GPU, since validation happens before GPU work — and a few rounds of concurrent predict() calls on
 * the GPU. Every case is a success the oracle agrees with or a RuntimeError with a code: no crash,
 * no escape from the bundle folder, no wrong result.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useGpu } from '../gpu-fixture.ts';
import { fuzzConcurrent, fuzzInputs, fuzzManifest, fuzzPaths, fuzzPlan, fuzzSafetensors, makeFixture, newTally, type Fixture, type Tally } from './runtime-cases.ts';

const gpu = useGpu();
let fx: Fixture;

beforeAll(async () => {
  fx = await makeFixture();
});
afterAll(() => fx?.cleanup());

function clean(t: Tally, minCases: number): void {
  expect(t.crashes).toEqual([]);
  expect(t.escapes).toEqual([]);
  expect(t.wrong).toEqual([]);
  expect(t.cases).toBeGreaterThanOrEqual(minCases);
}

describe('runtime fuzzing: 0 crashes, escapes or wrong results', () => {
  it('manifest mutations (validation alone, and the whole pre-GPU load for a quarter of them)', async () => {
    const t = newTally();
    await fuzzManifest(fx, t, 120, 1201);
    clean(t, 120);
    expect(t.refused).toBeGreaterThan(10); // the mutations do reach the checks
  });

  it('paths with every encoding trick never read a file outside the bundle', async () => {
    const t = newTally();
    await fuzzPaths(fx, t, 120, 1202);
    clean(t, 120);
  });

  it('plan entries: workgroups, bindings, kernels, buffer sizes, updates', async () => {
    const t = newTally();
    await fuzzPlan(fx, t, 150, 1203);
    clean(t, 150);
  });

  it('safetensors headers and offsets: the bundle and checkpoint readers agree and never crash', async () => {
    const t = newTally();
    await fuzzSafetensors(fx, t, 200, 1204);
    clean(t, 400);
    expect(t.ok).toBeGreaterThan(20); // accepted files do reach the tiling oracle
  });

  it('input forms: accepted exactly when the oracle accepts, with the oracle\'s values', async () => {
    const t = newTally();
    await fuzzInputs(fx, t, 300, 1205);
    clean(t, 300);
    expect(t.ok).toBeGreaterThan(20);
  });

  it('concurrent predict() calls on the GPU each get their own answer', async () => {
    const t = newTally();
    await fuzzConcurrent(fx, t, gpu.device, 4, 1206);
    clean(t, 8);
  });
});
