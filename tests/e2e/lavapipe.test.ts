/**
 * @file Which CPU Vulkan driver dlc picks, and that it is the one asked for: the suite runs on
 * SwiftShader, and scripts/test.sh runs this file (with the other GPU files it lists) again under
 * DLC_VULKAN_DRIVER=lavapipe, so each tier proves it ran on its own driver and that a GEMM in every
 * variant and a fused reduction give the interpreter's numbers there.
 */
import { describe, expect, it } from 'vitest';
import { GEMM_VARIANTS } from '../../src/codegen/gemm.ts';
import { compileProgramPlan } from '../../src/codegen/plan.ts';
import { targetOf } from '../../src/codegen/target.ts';
import { emitMatmulVariant } from '../../src/ops/matmul.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { acquireDevice, loadPlan, RuntimeError, type Plan } from '../../src/runtime/index.ts';
import { useGpu } from '../gpu-fixture.ts';
import { mismatch, randomFeeds } from '../property/random-graph.ts';

const gpu = useGpu();
const wanted = process.env.DLC_VULKAN_DRIVER ?? 'swiftshader';
const f32 = (...shape: number[]) => ({ dtype: 'f32' as const, shape });

describe(`the CPU driver (${wanted})`, () => {
  it('is the one DLC_VULKAN_DRIVER asked for, and the adapter says why it was chosen', () => {
    expect(gpu.adapter.source).toBe(`dawn-${wanted}`);
    expect(gpu.adapter.isSoftware).toBe(true);
    expect(gpu.adapter.reason).toMatch(new RegExp(wanted === 'lavapipe' ? 'lavapipe' : 'SwiftShader'));
    expect(targetOf(gpu.adapter).software).toBe(true);
  });

  // A ragged shape (scalar reads only) and one the reg kernels read as vec4s (K % 4, M % 4, N % 8: codegen/gemm-reg.ts).
  for (const [m, k, n] of [[37, 70, 45], [36, 68, 48]] as const) it(`runs every GEMM variant on a ${m}×${k}·${k}×${n} matmul with the interpreter's numbers`, async () => {
    const b = newGraph('mm');
    b.output('y', b.op('matmul', [b.input('a', f32(m, k)), b.input('b', f32(k, n))], { transposeA: false, transposeB: false }));
    const g = b.build();
    const feeds = randomFeeds(g, 5);
    const want = Array.from(interpret(g, feeds).y!.data, Number);
    const base = compileProgramPlan(g).plan;
    for (const v of GEMM_VARIANTS) {
      const src = emitMatmulVariant(f32(m, k), f32(k, n), { transposeA: false, transposeB: false }, v);
      const plan: Plan = { ...base, kernels: [{ ...base.kernels[0]!, code: src.code }], dispatches: [{ ...base.dispatches[0]!, workgroups: [...src.workgroups] }] };
      const exe = await loadPlan(gpu.device, plan);
      const got = await exe.run({ a: feeds.a!.data, b: feeds.b!.data });
      exe.destroy();
      expect(mismatch(Array.from(got.y!, Number), want), JSON.stringify(v)).toBeLessThanOrEqual(1e-4);
    }
  });

  it('refuses a driver name it does not know, and names the set-up script when lavapipe is missing', async () => {
    const saved = { ...process.env };
    try {
      process.env.DLC_VULKAN_DRIVER = 'mesa';
      delete process.env.VK_ICD_FILENAMES;
      await expect(acquireDevice()).rejects.toThrow(/DLC_VULKAN_DRIVER='mesa'/);
      delete process.env.DLC_VULKAN_DRIVER;
      process.env.DLC_CACHE_DIR = '/nonexistent-dlc-cache';
      delete process.env.DLC_LAVAPIPE_ICD;
      const err = await acquireDevice({ softwareDriver: 'lavapipe' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RuntimeError);
      expect((err as RuntimeError).hint).toMatch(/setup-lavapipe\.sh/);
    } finally {
      process.env = saved;
    }
  });
});
