/**
 * @file The `uni` GEMMs (codegen/gemm-uni.ts) against the reference interpreter: random matmul shapes
 * (ragged against the blocks, transposed operands, broadcast batch axes), each forced through a
 * tuning table as `dlc build --tune` would record it, the subgroup forms with the test device's own
 * subgroup size (SwiftShader: 4 lanes; lavapipe: 8), fused epilogues (bias + ReLU, one reading the A
 * binding), the `a` form (accumulators in an array, the epilogue in a row loop), the rule's own
 * choice on the test device (SwiftShader: the 4-lane unisg blocks of swiftShaderUni, no table), and
 * which targets the rule picks them for (lavapipe: 8 lanes; SwiftShader: 4; a table naming one is
 * followed only where the device's subgroups are that wide).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONV_GRAD_VARIANTS } from '../../src/codegen/conv-grad-reg.ts';
import { CONV_TUNE_VARIANTS } from '../../src/codegen/conv-reg-cols.ts';
import { chooseGemm, GEMM_TUNE_VARIANTS, gemmFor, parseVariant, swiftShaderUni, variantName, type GemmSpec } from '../../src/codegen/gemm.ts';
import { compileProgramPlan } from '../../src/codegen/plan.ts';
import { deviceTarget, isSwiftShader, type KernelTarget } from '../../src/codegen/target.ts';
import type { Graph } from '../../src/ir/index.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { fuseGraph } from '../../src/passes/fuse.ts';
import { matmulGraph, type Mm } from './matmul-cases.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { acquireDevice, loadPlan } from '../../src/runtime/index.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();

const data = (n: number, seed: number): Float32Array => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.37 + seed) * 1.5);

/**
 * Compiles g for `target` with every GEMM forced to `variant` (undefined: the rule's own choice, no
 * table) and checks it against the interpreter on `device`.
 */
async function expectMatches(device: GPUDevice, target: KernelTarget, g: Graph, variant: string | undefined): Promise<string> {
  const compile = (t: KernelTarget) => compileProgramPlan(g, { fusion: fuseGraph(g), target: t }).plan;
  const keys = [...compile(target).kernels.map((k) => k.code).join('\n').matchAll(/\[(gemm [^\]]+)\]/g)].map((m) => m[1]!);
  expect(keys.length).toBeGreaterThan(0);
  const plan = variant ? compile({ ...target, tuned: Object.fromEntries(keys.map((k) => [k, variant])) }) : compile(target);
  const code = plan.kernels.map((k) => k.code).join('\n');
  if (variant) expect(code).toContain(`// gemm ${variant}, tuned on`);
  const feeds = Object.fromEntries(Object.keys(plan.inputs).map((name, i) => [name, data(plan.buffers[plan.inputs[name]!]!.size / 4, i)]));
  const params = Object.fromEntries(Object.keys(plan.params).map((name, i) => [name, data(plan.buffers[plan.params[name]!]!.size / 4, 10 + i)]));
  const want = interpret(g, { ...feeds, ...params });
  const exe = await loadPlan(device, plan);
  try {
    await exe.setParams(params);
    const got = (await exe.run(feeds)) as Record<string, Float32Array>;
    for (const [name, t] of Object.entries(want)) {
      const y = got[name]!;
      expect(y.length).toBe(t.data.length);
      let worst = 0;
      for (let i = 0; i < y.length; i++) worst = Math.max(worst, Math.abs(y[i]! - t.data[i]!) / (1 + Math.abs(t.data[i]!)));
      expect(worst).toBeLessThan(1e-4);
    }
  } finally {
    exe.destroy();
  }
  return code;
}

function denseGraph(residual: boolean, rows = 13): Graph {
  const b = newGraph('dense');
  const x = b.input('x', { dtype: 'f32', shape: [rows, 8] });
  const w = b.param('w', { dtype: 'f32', shape: [8, residual ? 8 : 19] });
  const y = b.op('matmul', [x, w], {});
  if (residual) b.output('y', b.op('add', [y, x], {}));
  else b.output('y', b.op('relu', [b.op('add', [y, b.param('bias', { dtype: 'f32', shape: [19] })], {})], {}));
  return b.build();
}

const size = fc.oneof(fc.integer({ min: 1, max: 11 }), fc.constantFrom(8, 16, 33));
const batches = fc.constantFrom<[number[], number[]]>([[], []], [[2], [2]], [[3], []], [[], [2]]);
const cases = fc.record({ m: size, k: size, n: size, ta: fc.boolean(), tb: fc.boolean(), batch: batches }).map((r): Mm => ({ m: r.m, k: r.k, n: r.n, ta: r.ta, tb: r.tb, batchA: r.batch[0], batchB: r.batch[1] }));

describe('uni GEMMs', () => {
  const target = (): KernelTarget => deviceTarget(gpu.device);

  it('the test device has subgroups of a fixed size (the software device asks for them)', () => {
    expect(target().software).toBe(true);
    expect(target().subgroupSize).toBeGreaterThanOrEqual(4);
  });

  it('every uni form matches the interpreter over random shapes, transposes and batches', async () => {
    const lanes = target().subgroupSize!;
    const l = lanes === 8 ? '' : `l${lanes}`;
    const variants = [`unisg${2 * lanes}x2${l}`, `unisg${lanes}x3${l}u2`, `unisg${lanes}x1${l}a`, 'uni4x2u4a', 'uni3x1l16'];
    await fc.assert(
      fc.asyncProperty(cases, fc.constantFrom(...variants), async (c, variant) => {
        await expectMatches(gpu.device, target(), matmulGraph(c), variant);
      }),
      { numRuns: 9, seed: 21 },
    );
  });

  it('fused bias + relu epilogue, and an epilogue that reads the A binding', async () => {
    const lanes = target().subgroupSize!;
    const variant = `unisg${2 * lanes}x2${lanes === 8 ? '' : `l${lanes}`}`;
    await expectMatches(gpu.device, target(), denseGraph(false), variant);
    await expectMatches(gpu.device, target(), denseGraph(true), variant);
  });

  it("SwiftShader: the rule's 4-lane blocks match the interpreter over random shapes, transposes, batches and epilogues", async () => {
    const t = target();
    if (!isSwiftShader(t)) {
      console.warn(`the test device is not SwiftShader (${t.label}): the rule's 4-lane subgroup GEMMs were not run by the rule (DLC_VULKAN_DRIVER=swiftshader runs them)`);
      return;
    }
    expect(t.subgroupSize).toBe(4);
    // Shapes on both sides of the rule's bounds (M < 8 and N < 8 keep reg; M ≤ 8: 8 rows; M, K ≥ 128: 32 rows).
    const dim = fc.oneof(fc.integer({ min: 5, max: 40 }), fc.constantFrom(8, 16, 33, 130));
    const shapes = fc.record({ m: dim, k: dim, n: dim, ta: fc.boolean(), tb: fc.boolean(), batch: batches }).map((r): Mm => ({ m: r.m, k: r.k, n: r.n, ta: r.ta, tb: r.tb, batchA: r.batch[0], batchB: r.batch[1] }));
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(shapes, async (c) => {
        const code = await expectMatches(gpu.device, t, matmulGraph(c), undefined);
        const u = swiftShaderUni(c);
        const want = u ? variantName({ kind: 'uni', ...u }) : 'reg';
        expect(code).toMatch(new RegExp(`// gemm ${want}[a-z0-9]*, chosen for google swiftshader`));
        seen.add(want);
      }),
      { numRuns: 10, seed: 22 },
    );
    expect(seen.has('unisg16x4l4a')).toBe(true);
    // Every block of the rule, forced (the random shapes above need not reach each), and on a 130-row, 130-deep matmul by the rule.
    for (const v of ['unisg8x4l4a', 'unisg16x4l4a', 'unisg32x4l4a']) await expectMatches(gpu.device, t, matmulGraph({ m: 37, k: 21, n: 19, ta: true, tb: true, batchA: [2], batchB: [] }), v);
    expect(await expectMatches(gpu.device, t, matmulGraph({ m: 130, k: 130, n: 12, ta: false, tb: true, batchA: [], batchB: [] }), undefined)).toContain('// gemm unisg32x4l4a, chosen for');
    // Fused epilogues by the rule: bias + relu (13 rows: the 16-row block, ragged) and one reading the A binding.
    expect(await expectMatches(gpu.device, t, denseGraph(false), undefined)).toContain('// gemm unisg16x4l4a, chosen for');
    expect(await expectMatches(gpu.device, t, denseGraph(true, 8), undefined)).toContain('// gemm unisg8x4l4a, chosen for');
  });

  it('runs the 8-lane subgroup forms on lavapipe (when installed)', async () => {
    // The suite's device when it is lavapipe (DLC_VULKAN_DRIVER=lavapipe), else a lavapipe device if this process can still get one.
    const own = gpu.adapter.source === 'dawn-lavapipe';
    const h = own ? undefined : await acquireDevice({ softwareDriver: 'lavapipe' }).catch(() => undefined);
    const device = own ? gpu.device : h?.adapter.source === 'dawn-lavapipe' ? h.device : undefined;
    try {
      if (!device) {
        console.warn('lavapipe is not available here: the 8-lane subgroup GEMMs were not run (DLC_VULKAN_DRIVER=lavapipe runs them)');
        return;
      }
      const t = deviceTarget(device);
      expect(t.subgroupSize).toBe(8);
      const g0 = matmulGraph({ m: 37, k: 21, n: 19, ta: false, tb: true, batchA: [2], batchB: [] });
      // The rule picks unisg here: no table, so the plan's own choice is what runs.
      expect(compileProgramPlan(g0, { fusion: fuseGraph(g0), target: t }).plan.kernels.map((k) => k.code).join('\n')).toMatch(/\/\/ gemm unisg32x2a, chosen for mesa/);
      const g = matmulGraph({ m: 37, k: 21, n: 19, ta: false, tb: true, batchA: [2], batchB: [] });
      for (const v of ['unisg32x2', 'unisg16x4a', 'unisg8x1']) await expectMatches(device, t, g, v);
      await expectMatches(device, t, denseGraph(true), 'unisg16x2a');
    } finally {
      h?.destroy();
    }
  });

  it('chooses unisg only for matmuls on lavapipe (subgroups of 8) and SwiftShader (of 4); a table naming it is followed only where the subgroups are that wide', () => {
    const view = (sr: number, sk: number) => ({ body: 'return 0.0;', kFast: sk === 1, view: { binding: 'x', base: '0u', align: 0, sr, sk } });
    const mm = { batch: 1, m: 256, n: 128, k: 784, a: view(784, 1), b: view(1, 128) };
    const gathered = () => ({ ...mm, a: { body: 'return 0.0;', kFast: true }, b: { body: 'return 0.0;', kFast: false } });
    const lavapipe: KernelTarget = { software: true, vendor: 'mesa', architecture: 'software', label: 'mesa software (software)', subgroupSize: 8 };
    const swiftshader: KernelTarget = { software: true, vendor: 'google', architecture: 'swiftshader', label: 'google swiftshader (software)', subgroupSize: 4 };
    expect(chooseGemm(mm, lavapipe)).toEqual({ kind: 'uni', rows: 32, cols: 2, lanes: 8, unroll: 1, sg: true, arr: true });
    expect(chooseGemm({ ...mm, m: 4, n: 8 }, lavapipe)).toMatchObject({ kind: 'uni', rows: 8, cols: 1 });
    // A batch-1 dense layer (one row) keeps the reg rule.
    expect(chooseGemm({ ...mm, m: 1, n: 64 }, lavapipe)).toEqual(chooseGemm({ ...mm, m: 1, n: 64 }, swiftshader));
    expect(chooseGemm(mm, { ...lavapipe, subgroupSize: undefined })).toEqual({ kind: 'reg4x8k1' });
    // SwiftShader (subgroups of 4): 32 rows × 4 where M and K are long, 16 rows, 8 rows for M ≤ 8; reg for M < 8 or N < 8.
    const l4 = { kind: 'uni', cols: 4, lanes: 4, unroll: 1, sg: true, arr: true };
    expect(chooseGemm(mm, swiftshader)).toEqual({ ...l4, rows: 32 });
    expect(chooseGemm({ ...mm, k: 64 }, swiftshader)).toEqual({ ...l4, rows: 16 });
    expect(chooseGemm({ ...mm, m: 64 }, swiftshader)).toEqual({ ...l4, rows: 16 });
    expect(chooseGemm({ ...mm, m: 8 }, swiftshader)).toEqual({ ...l4, rows: 8 });
    expect(chooseGemm({ ...mm, m: 7 }, swiftshader)).toEqual({ kind: 'reg4x8k1' });
    expect(chooseGemm({ ...mm, n: 4, b: view(1, 4) }, swiftshader)).toEqual({ kind: 'regk1' });
    // No subgroups granted, or another 4-lane device: the reg rule.
    expect(chooseGemm(mm, { ...swiftshader, subgroupSize: undefined })).toEqual({ kind: 'reg4x8k1' });
    expect(chooseGemm(mm, { ...swiftshader, vendor: 'test', architecture: 'cpu', label: 'test cpu (software)' })).toEqual({ kind: 'reg4x8k1' });
    expect(chooseGemm(mm, { ...lavapipe, subgroupSize: 4 })).toEqual({ kind: 'reg4x8k1' });
    // A real GPU reporting subgroups of 4 keeps the GPU rule.
    expect(chooseGemm(mm, { ...swiftshader, software: false, label: 'google swiftshader' })).toMatchObject({ kind: 'tile' });
    expect(chooseGemm(gathered(), swiftshader)).toEqual({ kind: 'reg' });
    expect(chooseGemm(mm)).toMatchObject({ kind: 'tile' });
    expect(chooseGemm(gathered(), lavapipe)).toEqual({ kind: 'reg' });
    // A table naming a subgroup form is ignored where the device has no subgroups of that size (a bundle tuned elsewhere).
    const spec: GemmSpec = { ...mm, decls: '@group(0) @binding(0) var<storage, read_write> out: array<f32>;', store: (f, v) => `out[${f}] = ${v};` };
    const key = /\[(gemm [^\]]+)\]/.exec(gemmFor(spec, swiftshader).code)![1]!;
    expect(gemmFor(spec, { ...swiftshader, tuned: { [key]: 'unisg32x2' } }).code).toContain('// gemm unisg32x4l4a, chosen for');
    expect(gemmFor(spec, { ...swiftshader, tuned: { [key]: 'unisg8x2l4' } }).code).toContain('// gemm unisg8x2l4, tuned on');
    expect(parseVariant('unisg12x2')).toBeUndefined(); // rows must be a multiple of the lanes
    // --tune tries them for GEMM keys only: the conv families' emitters do not check the device's subgroups.
    expect(GEMM_TUNE_VARIANTS.map(variantName)).toEqual(expect.arrayContaining(['unisg32x2a', 'unisg32x4l4a', 'unisg16x4l4a', 'unisg8x4l4a']));
    expect([...CONV_GRAD_VARIANTS, ...CONV_TUNE_VARIANTS].some((n) => n.startsWith('uni'))).toBe(false);
    expect(parseVariant('unisg16x2l4u2')).toEqual({ kind: 'uni', rows: 16, cols: 2, lanes: 4, unroll: 2, sg: true });
    expect(parseVariant('unisg32x2a')).toEqual({ kind: 'uni', rows: 32, cols: 2, lanes: 8, unroll: 1, sg: true, arr: true });
    expect(gemmFor(spec, { ...lavapipe, tuned: { [key]: 'unisg32x2' } }).code).toContain('// gemm unisg32x2, tuned on');
  });
});
