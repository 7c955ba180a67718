/**
 * @file scatter_add (an embedding's gradient) on software adapters: the barrier-free kernel each thread
 * of which owns a few output rows, against the interpreter on the real device, and the rule that picks it.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/codegen/plan.ts';
import { deviceTarget } from '../../src/codegen/target.ts';
import { OPS } from '../../src/ops/registry.ts';
import { rowsPerThread } from '../../src/ops/scatter-add.ts';
import type { AnyOpDef, OpCase } from '../../src/ops/op-def.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { maxRelError, randomInputs, singleOpGraph } from '../property/harness.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();
const def = (OPS as Record<string, AnyOpDef>).scatter_add!;

/** [pre…, indices…, post…] updates into an axis of `size`, indices in [−1, size] (both ends out of range). */
const cases = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 70 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3000 })).map(([p, n, q, size]) => ({
  inputs: [
    { dtype: 'i32' as const, shape: [n] },
    { dtype: 'f32' as const, shape: [p, n, q] },
  ],
  attrs: { axis: 1, size },
  domains: [{ min: -1, max: size, integer: true }, undefined],
}));

describe('scatter_add on software adapters', () => {
  it('the barrier-free kernel agrees with the interpreter (one and several rows per thread)', async () => {
    const target = deviceTarget(gpu.device);
    expect(target.software).toBe(true);
    await fc.assert(
      fc.asyncProperty(cases, fc.integer(), async (c, seed) => {
        const g = singleOpGraph(def, c as OpCase<unknown>);
        const xs = randomInputs(c as OpCase<unknown>, seed, 'f32');
        const feeds = Object.fromEntries(xs.map((x, i) => [`x${i}`, x.data]));
        const plan = compilePlan(g, { target });
        expect(plan.kernels.map((k) => k.code).join('\n')).not.toMatch(/workgroupBarrier/);
        const exe = await loadPlan(gpu.device, plan);
        try {
          const got = (await exe.run(feeds)).y!;
          expect(maxRelError(got, interpret(g, feeds).y!.data, 1)).toBeLessThanOrEqual(1e-5);
        } finally {
          exe.destroy();
        }
      }),
      { numRuns: 8 },
    );
  }, 600_000);

  it('rows per thread: more where the output has many rows, never fewer than 256 threads when there are that many rows', () => {
    expect(rowsPerThread(1, 100)).toBe(1);
    expect(rowsPerThread(1, 1000)).toBe(2);
    expect(rowsPerThread(1, 20000)).toBe(16);
    expect(rowsPerThread(4, 1000)).toBe(8);
    for (const [p, s] of [[1, 300], [1, 5000], [3, 777]] as const) expect(p * Math.ceil(s / rowsPerThread(p, s))).toBeGreaterThanOrEqual(256);
  });
});
