/** @file The kernel table's hand-written yardsticks (bench/hand-kernels.ts) compute what dlc's matmul and conv2d do: every variant against the reference interpreter, on ragged shapes. */
import { describe, expect, it } from 'vitest';
import { handConvs, handMatmuls, type ConvDims, type HandKernel } from '../../bench/hand-kernels.ts';
import { deviceTarget } from '../../src/codegen/target.ts';
import type { Graph } from '../../src/ir/index.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();

const data = (n: number, seed: number): Float32Array => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.37 + seed) * 0.5);

function oneOp(op: 'matmul' | 'conv2d', aShape: number[], bShape: number[]): Graph {
  const b = newGraph(`hand_${op}`);
  const a = b.param('a', { dtype: 'f32', shape: aShape });
  const w = b.param('b', { dtype: 'f32', shape: bShape });
  b.output('y', op === 'matmul' ? b.op('matmul', [a, w], {}) : b.op('conv2d', [a, w], { strides: [1, 1], padding: 'valid', dilations: [1, 1] }));
  return b.build();
}

async function check(kernels: readonly HandKernel[], g: Graph): Promise<void> {
  const [aShape, bShape] = [g.args[0]!.type.shape, g.args[1]!.type.shape];
  const feeds = { a: data(aShape.reduce((x, v) => x * v, 1), 1), b: data(bShape.reduce((x, v) => x * v, 1), 2) };
  const want = interpret(g, feeds).y!.data as Float32Array;
  for (const k of kernels) {
    const exe = await loadPlan(gpu.device, k.plan);
    await exe.setParams(feeds);
    const got = (await exe.run({})).y as Float32Array;
    exe.destroy();
    expect(got.length, k.name).toBe(want.length);
    let worst = 0;
    for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got[i]! - want[i]!) / (1 + Math.abs(want[i]!)));
    expect(worst, `${k.name}: largest relative error`).toBeLessThan(1e-5);
  }
}

describe('hand-written bench kernels against the reference interpreter', () => {
  // One shape each that every variant takes, ragged against every tile (SwiftShader compiles each pipeline slowly).
  const matmuls: [number, number, number][] = [[33, 20, 40]];
  for (const [m, k, n] of matmuls) {
    it(`matmul ${m}×${k}·${k}×${n}: every variant`, async () => {
      // The subgroup forms too, at the device's own subgroup size (software devices are created with subgroups).
      const sg = deviceTarget(gpu.device).subgroupSize;
      const ks = handMatmuls(m, k, n, sg);
      expect(ks.length).toBeGreaterThan(1);
      if (sg) expect(ks.map((h) => h.name)).toContain(`sg${2 * sg}x4`);
      await check(ks, oneOp('matmul', [m, k], [k, n]));
    });
  }
  const convs: ConvDims[] = [
    { batch: 2, h: 7, w: 9, cin: 3, cout: 8, k: 3 },
  ];
  for (const d of convs) {
    it(`conv2d N${d.batch} ${d.h}×${d.w}×${d.cin} → ${d.cout}, ${d.k}×${d.k}: every variant`, async () => {
      await check(handConvs(d), oneOp('conv2d', [d.batch, d.h, d.w, d.cin], [d.k, d.k, d.cin, d.cout]));
    });
  }
});
