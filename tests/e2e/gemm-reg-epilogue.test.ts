/**
 * @file The `reg` GEMMs' fused epilogue written once, in a loop with a run-time trip count
 * (codegen/gemm-reg.ts epilogueLoop): llvmpipe and SwiftShader compile one copy of an optimizer
 * update instead of 16 or 32 (#20). Counts the epilogue's call sites in the WGSL (not time) and
 * checks a fused Adam-like epilogue's outputs against the reference interpreter for every variant.
 */
import { describe, expect, it } from 'vitest';
import { emitGemm, type GemmSpec } from '../../src/codegen/gemm.ts';
import { compileProgramPlan } from '../../src/codegen/plan.ts';
import type { KernelTarget } from '../../src/codegen/target.ts';
import type { Graph } from '../../src/ir/index.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { fuseGraph } from '../../src/passes/fuse.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();
const SOFTWARE: KernelTarget = { software: true, vendor: 'test', architecture: 'cpu', label: 'test cpu (software)' };
const data = (n: number, seed: number): Float32Array => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.37 + seed) * 1.5);

/** y = relu(x·w + bias) and an Adam-like moment update from the product (m′ = β m + γ g, s = β m′²): a multi-output fused epilogue. */
function denseUpdate(m: number, k: number, n: number): Graph {
  const b = newGraph(`epi_${m}_${k}_${n}`);
  const x = b.input('x', { dtype: 'f32', shape: [m, k] });
  const w = b.param('w', { dtype: 'f32', shape: [k, n] });
  const mom = b.param('mom', { dtype: 'f32', shape: [m, n] });
  const bias = b.param('bias', { dtype: 'f32', shape: [n] });
  const g = b.op('matmul', [x, w], {});
  const beta = b.param('beta', { dtype: 'f32', shape: [n] });
  const gamma = b.param('gamma', { dtype: 'f32', shape: [n] });
  const mom2 = b.op('add', [b.op('mul', [mom, beta], {}), b.op('mul', [g, gamma], {})], {});
  b.output('y', b.op('relu', [b.op('add', [g, bias], {})], {}));
  b.output('m2', mom2);
  b.output('s', b.op('mul', [b.op('square', [mom2], {}), beta], {}));
  return b.build();
}

/** The plan for a software target with every GEMM forced to `variant` (as a `dlc build --tune` table records it). */
function forced(g: Graph, variant: string) {
  const compile = (target: KernelTarget) => compileProgramPlan(g, { fusion: fuseGraph(g), target }).plan;
  const keys = [...compile(SOFTWARE).kernels.map((k) => k.code).join('\n').matchAll(/\[(gemm [^\]]+)\]/g)].map((r) => r[1]!);
  expect(keys.length).toBeGreaterThan(0);
  return compile({ ...SOFTWARE, tuned: Object.fromEntries(keys.map((key) => [key, variant])) });
}

const VARIANTS = ['reg', 'reg4x8', 'regk1', 'reg4x8k1'];

describe('reg GEMM epilogue as a loop', () => {
  it('emits the fused epilogue once, in a loop whose trip count is read at run time', () => {
    for (const variant of VARIANTS) {
      const plan = forced(denseUpdate(6, 12, 16), variant);
      const gemm = plan.kernels.map((k) => k.code).find((c) => c.includes(`// gemm ${variant},`))!;
      expect(gemm).toBeDefined();
      // One definition of dlc_mid and one call site (unrolled: 16 or 32 call sites).
      expect(gemm.match(/dlc_mid\(/g)).toHaveLength(2);
      expect(gemm).toMatch(/let dlc_n = min\((16|32)u, wid\.x \+ \1u\);/);
      expect(gemm).toContain('for (var dlc_t = 0u; dlc_t < dlc_n; dlc_t++)');
    }
  });

  it('a plain store goes through the loop too, guarded only where C is ragged', () => {
    const spec = (m: number, n: number): GemmSpec => ({
      batch: 1, m, n, k: 4,
      decls: '@group(0) @binding(0) var<storage, read_write> out: array<f32>;',
      a: { body: 'return 1.0;', kFast: true },
      b: { body: 'return 1.0;', kFast: false },
      store: (f, v) => `out[${f}] = ${v};`,
    });
    const even = emitGemm(spec(64, 32), { kind: 'reg4x8' }).code;
    expect(even.match(/out\[/g)).toHaveLength(1);
    expect(even).not.toContain('if (r <');
    expect(emitGemm(spec(37, 10), { kind: 'reg' }).code).toContain('if (r < 37u && c < 10u)');
  });

  for (const variant of VARIANTS) {
    it(`${variant} with a multi-output fused epilogue matches the interpreter (ragged and even blocks)`, async () => {
      for (const [m, k, n] of [[6, 12, 16], [37, 5, 10], [64, 8, 32]] as const) {
        const g = denseUpdate(m, k, n);
        const plan = forced(g, variant);
        const feeds = Object.fromEntries(Object.keys(plan.inputs).map((name, i) => [name, data(plan.buffers[plan.inputs[name]!]!.size / 4, i)]));
        const params = Object.fromEntries(Object.keys(plan.params).map((name, i) => [name, data(plan.buffers[plan.params[name]!]!.size / 4, 10 + i)]));
        const want = interpret(g, { ...feeds, ...params });
        const exe = await loadPlan(gpu.device, plan);
        try {
          await exe.setParams(params);
          const got = (await exe.run(feeds)) as Record<string, Float32Array>;
          for (const [name, t] of Object.entries(want)) {
            const y = got[name]!;
            expect(y.length).toBe(t.data.length);
            let worst = 0;
            for (let i = 0; i < y.length; i++) worst = Math.max(worst, Math.abs(y[i]! - t.data[i]!) / (1 + Math.abs(t.data[i]!)));
            expect(worst, `${variant} ${m}x${k}x${n} ${name}`).toBeLessThan(1e-4);
          }
        } finally {
          exe.destroy();
        }
      }
    });
  }
});
