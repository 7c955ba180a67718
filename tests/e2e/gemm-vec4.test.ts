/**
 * @file The `reg` GEMMs' vec4 operand reads and the 4×8 variant (codegen/gemm-reg.ts) against the
 * reference interpreter: random matmul shapes (multiples of 4 and not, transposed operands, broadcast
 * batch axes), each forced to `reg` and `reg4x8` through a tuning table as `dlc build --tune` would
 * record it, and fused epilogues, including one that reads an operand's binding (scalar fallback).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseGemm, emitGemm, type GemmSpec } from '../../src/codegen/gemm.ts';
import { vec4Views } from '../../src/codegen/gemm-reg.ts';
import { compileProgramPlan } from '../../src/codegen/plan.ts';
import type { KernelTarget } from '../../src/codegen/target.ts';
import type { Graph } from '../../src/ir/index.ts';
import { emitMatmulVariant } from '../../src/ops/matmul.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { fuseGraph } from '../../src/passes/fuse.ts';
import { matmulGraph, type Mm } from './matmul-cases.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();
const SOFTWARE: KernelTarget = { software: true, vendor: 'test', architecture: 'cpu', label: 'test cpu (software)' };

const data = (n: number, seed: number): Float32Array => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.37 + seed) * 1.5);

/** The graph's GEMM kernels compiled for a software target with every GEMM forced to `variant` (via its tuning key). */
function forced(g: Graph, variant: string): { code: string; run: () => Promise<Record<string, Float32Array>> } {
  const compile = (target: KernelTarget) => compileProgramPlan(g, { fusion: fuseGraph(g), target }).plan;
  const keys = [...compile(SOFTWARE).kernels.map((k) => k.code).join('\n').matchAll(/\[(gemm [^\]]+)\]/g)].map((m) => m[1]!);
  expect(keys.length).toBeGreaterThan(0);
  const plan = compile({ ...SOFTWARE, tuned: Object.fromEntries(keys.map((k) => [k, variant])) });
  const code = plan.kernels.map((k) => k.code).join('\n');
  return {
    code,
    run: async () => {
      const exe = await loadPlan(gpu.device, plan);
      try {
        const feeds = Object.fromEntries(Object.keys(plan.inputs).map((name, i) => [name, data(plan.buffers[plan.inputs[name]!]!.size / 4, i)]));
        await exe.setParams(Object.fromEntries(Object.keys(plan.params).map((name, i) => [name, data(plan.buffers[plan.params[name]!]!.size / 4, 10 + i)])));
        return (await exe.run(feeds)) as Record<string, Float32Array>;
      } finally {
        exe.destroy();
      }
    },
  };
}

async function expectMatches(g: Graph, variant: string): Promise<string> {
  const f = forced(g, variant);
  expect(f.code).toContain(`// gemm ${variant}, tuned on`);
  const plan = compileProgramPlan(g, { fusion: fuseGraph(g), target: SOFTWARE }).plan;
  const feeds = Object.fromEntries(Object.keys(plan.inputs).map((name, i) => [name, data(plan.buffers[plan.inputs[name]!]!.size / 4, i)]));
  const params = Object.fromEntries(Object.keys(plan.params).map((name, i) => [name, data(plan.buffers[plan.params[name]!]!.size / 4, 10 + i)]));
  const want = interpret(g, { ...feeds, ...params });
  const got = await f.run();
  for (const [name, t] of Object.entries(want)) {
    const y = got[name]!;
    expect(y.length).toBe(t.data.length);
    let worst = 0;
    for (let i = 0; i < y.length; i++) worst = Math.max(worst, Math.abs(y[i]! - t.data[i]!) / (1 + Math.abs(t.data[i]!)));
    expect(worst).toBeLessThan(1e-4);
  }
  return f.code;
}

/** Sizes around the vec4 width: multiples of 4 (vec4 reads) and not (scalar fallback), ragged against the 32-wide blocks. */
const size = fc.oneof(fc.integer({ min: 1, max: 11 }), fc.constantFrom(4, 8, 12, 36, 40));
const batches = fc.constantFrom<[number[], number[]]>([[], []], [[2], [2]], [[3], []], [[], [2]], [[2, 1], [1, 3]]);
const cases = fc.record({ m: size, k: size, n: size, ta: fc.boolean(), tb: fc.boolean(), batch: batches }).map((r): Mm => ({ m: r.m, k: r.k, n: r.n, ta: r.ta, tb: r.tb, batchA: r.batch[0], batchB: r.batch[1] }));

describe('reg GEMM vec4 operand reads', () => {
  it('picks vec4 reads exactly where the layout allows', () => {
    const spec = (m: number, k: number, n: number, ta: boolean, tb: boolean) => {
      const f32 = (...shape: number[]) => ({ dtype: 'f32' as const, shape });
      const code = emitMatmulVariant(f32(...(ta ? [k, m] : [m, k])), f32(...(tb ? [n, k] : [k, n])), { transposeA: ta, transposeB: tb }, { kind: 'reg' }).code;
      return [/ a: array<vec4<f32>>/.test(code), / b: array<vec4<f32>>/.test(code)];
    };
    expect(spec(8, 16, 12, false, false)).toEqual([true, true]); // A k-contiguous (K % 4), B n-contiguous (N % 4)
    expect(spec(8, 6, 12, false, false)).toEqual([false, true]); // K = 6: A rows not vec4-aligned
    expect(spec(8, 16, 6, false, false)).toEqual([true, false]); // N = 6
    expect(spec(8, 6, 6, true, true)).toEqual([true, false]); // Aᵀ: m-contiguous, M = 8; Bᵀ k-contiguous, K = 6
    expect(spec(6, 8, 6, true, true)).toEqual([false, true]);
  });

  it('keeps scalar reads of a binding something else in the kernel names', () => {
    const base = { batch: 1, m: 4, n: 4, k: 4, store: (f: string, v: string) => `out[${f}] = ${v};` };
    const decls = '@group(0) @binding(0) var<storage, read> a: array<f32>;\n@group(0) @binding(1) var<storage, read> b: array<f32>;\n';
    const op = (binding: string, body: string) => ({ body, kFast: true, view: { binding, base: '0u', align: 16, sr: 4, sk: 1 } });
    expect(vec4Views({ ...base, decls, a: op('a', 'return a[r * 4u + k];'), b: op('b', 'return b[r * 4u + k];') })).toMatchObject({ a: 'k4', b: 'k4' });
    // The epilogue reads a: a stays scalar, b still goes vec4.
    expect(vec4Views({ ...base, decls: `${decls}fn dlc_mid(i: u32, v: f32) { out[i] = v + a[i]; }`, a: op('a', 'return a[r * 4u + k];'), b: op('b', 'return b[r * 4u + k];') })).toMatchObject({ a: 'scalar', b: 'k4' });
  });

  it('every reg variant matches the interpreter over random shapes, transposes and batches', async () => {
    await fc.assert(
      fc.asyncProperty(cases, fc.constantFrom('reg', 'reg4x8', 'regk1', 'reg4x8k1'), async (c, variant) => {
        await expectMatches(matmulGraph(c), variant);
      }),
      { numRuns: 12, seed: 20 },
    );
  });

  it('chooses reg4x8k1 / regk1 for matmuls on CPU drivers, reg for gathered operands', () => {
    const view = (sr: number, sk: number) => ({ body: 'return 0.0;', kFast: sk === 1, view: { binding: 'x', base: '0u', align: 0, sr, sk } });
    const mm = { batch: 1, m: 64, n: 128, k: 784, a: view(784, 1), b: view(1, 128) };
    const swiftshader: KernelTarget = { software: true, vendor: 'google', architecture: 'swiftshader', label: 'google swiftshader (software)' };
    const lavapipe: KernelTarget = { software: true, vendor: 'mesa', architecture: 'software', label: 'mesa software (software)' };
    expect(chooseGemm(mm, swiftshader)).toEqual({ kind: 'reg4x8k1' });
    expect(chooseGemm(mm, lavapipe)).toEqual({ kind: 'reg4x8k1' });
    expect(chooseGemm({ ...mm, n: 10, b: view(1, 10) }, lavapipe)).toEqual({ kind: 'regk1' });
    const gathered = { ...mm, a: { body: 'return 0.0;', kFast: true }, b: { body: 'return 0.0;', kFast: false } };
    expect(chooseGemm(gathered, lavapipe)).toEqual({ kind: 'reg' });
    // Without vec4 reads the k1 forms emit the very kernel of their plain form (tuning drops such duplicates).
    const spec: GemmSpec = { ...gathered, decls: '@group(0) @binding(0) var<storage, read_write> out: array<f32>;', store: (f, v) => `out[${f}] = ${v};` };
    expect(emitGemm(spec, { kind: 'regk1' }).code).toBe(emitGemm(spec, { kind: 'reg' }).code);
    expect(emitGemm(spec, { kind: 'reg4x8k1' }).code).toBe(emitGemm(spec, { kind: 'reg4x8' }).code);
  });

  it('fused bias + relu epilogue with vec4 reads, and an epilogue that reads the A binding', async () => {
    for (const variant of ['reg', 'reg4x8k1']) {
      const b = newGraph('dense');
      const x = b.input('x', { dtype: 'f32', shape: [6, 12] });
      const w = b.param('w', { dtype: 'f32', shape: [12, 16] });
      const bias = b.param('bias', { dtype: 'f32', shape: [16] });
      b.output('y', b.op('relu', [b.op('add', [b.op('matmul', [x, w], {}), bias], {})], {}));
      // x·w: x is k-contiguous (vec4 in reg, scalar in the k1 forms), w row-contiguous (vec4 in both).
      expect((await expectMatches(b.build(), variant)).match(/array<vec4<f32>>/g)).toHaveLength(variant === 'reg' ? 2 : 1);
      // y = x·w + x (square w): the epilogue reads x, so x keeps scalar reads and only w is vec4.
      const s = newGraph('residual');
      const x2 = s.input('x', { dtype: 'f32', shape: [5, 8] });
      const w2 = s.param('w', { dtype: 'f32', shape: [8, 8] });
      s.output('y', s.op('add', [s.op('matmul', [x2, w2], {}), x2], {}));
      expect((await expectMatches(s.build(), variant)).match(/array<vec4<f32>>/g)).toHaveLength(1);
    }
  });
});
