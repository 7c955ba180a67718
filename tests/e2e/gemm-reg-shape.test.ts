/** @file The `reg` GEMM's workgroup fitted to narrow and long-K shapes (codegen/gemm.ts regWorkgroup): the kernels a software target gets, against the reference interpreter. */
import { describe, expect, it } from 'vitest';
import { chooseGemm, regWorkgroup } from '../../src/codegen/gemm.ts';
import { compilePlan } from '../../src/codegen/plan.ts';
import type { KernelTarget } from '../../src/codegen/target.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();
const SOFTWARE: KernelTarget = { software: true, vendor: 'test', architecture: 'cpu', label: 'test cpu (software)' };

describe('reg GEMM workgroups fitted to the shape', () => {
  it('narrows to the columns there are and keeps 8 workgroups on a long K', () => {
    expect(regWorkgroup(1, 256, 128, 64)).toEqual({ wx: 8, wy: 8 });
    expect(regWorkgroup(1, 1568, 1, 144)).toEqual({ wx: 1, wy: 64 });
    expect(regWorkgroup(1, 1568, 8, 144)).toEqual({ wx: 2, wy: 32 });
    expect(regWorkgroup(1, 2, 1600, 64)).toEqual({ wx: 8, wy: 1 });
    // 72×16 with K = 1568 (a filter gradient): 4 columns of invocations, rows halved until ≥ 8 groups.
    expect(regWorkgroup(1, 72, 16, 1568)).toEqual({ wx: 4, wy: 2 });
  });

  it('software targets take reg for batch-1 dense layers too (ksplit stays the GPU choice)', () => {
    expect(chooseGemm({ batch: 1, m: 1, n: 64, k: 1600 }, SOFTWARE)).toEqual({ kind: 'reg' });
    expect(chooseGemm({ batch: 1, m: 1, n: 64, k: 1600 })).toEqual({ kind: 'ksplit' });
  });

  // [M, K, N]: N = 1 (wx 1), ragged N = 6 with a long K (rows cut to keep 8 groups), ragged M and N.
  const shapes: [number, number, number][] = [[70, 20, 1], [9, 600, 6], [37, 5, 10]];
  for (const [m, k, n] of shapes) {
    it(`matmul ${m}×${k}·${k}×${n} on a software target matches the interpreter`, async () => {
      const b = newGraph(`reg_${m}_${k}_${n}`);
      b.output('y', b.op('matmul', [b.param('a', { dtype: 'f32', shape: [m, k] }), b.param('b', { dtype: 'f32', shape: [k, n] })], {}));
      const g = b.build();
      const plan = compilePlan(g, { target: SOFTWARE });
      const code = plan.kernels[0]!.code;
      const { wx, wy } = regWorkgroup(1, m, n, k);
      expect(code).toContain('// gemm reg');
      expect(code).toContain(`@workgroup_size(${wx}, ${wy})`);
      const feeds = { a: Float32Array.from({ length: m * k }, (_, i) => Math.sin(i * 0.7)), b: Float32Array.from({ length: k * n }, (_, i) => Math.cos(i * 0.3)) };
      const want = interpret(g, feeds).y!.data;
      const exe = await loadPlan(gpu.device, plan);
      await exe.setParams(feeds);
      const got = (await exe.run({})).y as Float32Array;
      exe.destroy();
      let worst = 0;
      for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got[i]! - want[i]!) / (1 + Math.abs(want[i]!)));
      expect(got.length).toBe(want.length);
      expect(worst).toBeLessThan(1e-4);
    });
  }
});
