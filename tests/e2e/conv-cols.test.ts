/** @file The column-tiled register conv (codegen/conv-reg-cols.ts) against the reference interpreter: conv2d alone over random windows (strides, dilations, both paddings, ragged columns and channel blocks, short and long K) in every variant, the software rule, GEMM variants under the conv key. (Training steps with unpooled convs as column tiles: conv-grad-reg.test.ts's two-conv step, conv-variants.test.ts.) */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gemmSites } from '../../src/bundle/tune.ts';
import { CONV_COLS_VARIANTS } from '../../src/codegen/conv-reg-cols.ts';
import { compilePlan as compileUnfused } from '../../src/codegen/plan.ts';
import type { KernelTarget } from '../../src/codegen/target.ts';
import type { Graph } from '../../src/ir/index.ts';
import { f32, windowCaseArb } from '../../src/ops/conv-geometry.ts';
import type { OpCase, OpDef } from '../../src/ops/op-def.ts';
import { OPS } from '../../src/ops/registry.ts';
import { fuseGraph } from '../../src/passes/fuse.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan, PipelineCache } from '../../src/runtime/index.ts';
import type { Plan } from '../../src/runtime/plan-types.ts';
import { useGpu } from '../gpu-fixture.ts';
import { randomInputs, singleOpGraph } from '../property/harness.ts';
import { maxRelErr } from './train-helpers.ts';

const gpu = useGpu();
/** The graph compiled as real plans are (fused: conv2d through fused-conv.ts), for `target`. */
const compilePlan = (g: Graph, opts: { target?: KernelTarget } = {}): Plan => compileUnfused(g, { fusion: fuseGraph(g), ...opts });
const SOFTWARE: KernelTarget = { software: true, vendor: 'test', architecture: 'cpu', label: 'test cpu (software)' };
const conv2d = (OPS as unknown as Record<string, OpDef<unknown>>).conv2d!;
let pipelineCache: PipelineCache | undefined;
const cache = (): PipelineCache => (pipelineCache ??= new PipelineCache(gpu.device));

/** conv2d cases with 1–9 input channels (K from 1 to 81) and 4–16 output channels, ragged against 4 and 8. */
const cases = (f: typeof fc): fc.Arbitrary<OpCase<unknown>> =>
  fc.tuple(windowCaseArb(f, { dilate: true }), f.constantFrom(4, 5, 8, 12, 16), f.integer({ min: 1, max: 9 })).map(([k, o, c]) => ({
    inputs: [f32([k.n, k.h, k.w, c]), f32([k.kh, k.kw, c, o])],
    attrs: { strides: k.strides, padding: k.padding, dilations: k.dilations },
  }));

async function runPlan(plan: Plan, feeds: Record<string, Float32Array>): Promise<Float32Array> {
  const exe = await loadPlan(gpu.device, plan, { pipelineCache: cache() });
  try {
    return (await exe.run(feeds)).y as Float32Array;
  } finally {
    exe.destroy();
  }
}

const keyOf = (code: string): string => /\[(conv direct [^\]]+)\]/.exec(code)![1]!;

async function check(c: OpCase<unknown>, seed: number, variant: string): Promise<void> {
  const g: Graph = singleOpGraph(conv2d, c);
  const feeds = Object.fromEntries(randomInputs(c, seed, 'f32').map((x, i) => [`x${i}`, x.data as Float32Array]));
  const want = interpret(g, feeds).y!.data;
  const key = keyOf(compilePlan(g, { target: SOFTWARE }).kernels[0]!.code);
  const plan = compilePlan(g, { target: { ...SOFTWARE, tuned: { [key]: variant } } });
  const o = c.inputs[1]!.shape[3]!;
  if (variant.endsWith('x8') && o % 8 !== 0) {
    expect(plan.kernels[0]!.code).not.toContain(`// conv ${variant},`);
    return;
  }
  expect(plan.kernels[0]!.code).toContain(`// conv ${variant}, tuned on ${SOFTWARE.label}`);
  const err = maxRelErr(await runPlan(plan, feeds), want, 1);
  if (!(err <= 3e-4)) throw new Error(`conv2d ${variant}: error ${err} for ${JSON.stringify({ shapes: c.inputs.map((t) => t.shape), attrs: c.attrs })}`);
}

describe('column-tiled register conv for software targets matches the interpreter', () => {
  for (const v of CONV_COLS_VARIANTS) {
    it(`conv2d ${v}: random windows, channel counts and paddings`, async () => {
      await fc.assert(fc.asyncProperty(cases(fc), fc.integer(), (c, seed) => check(c, seed, v)), { numRuns: 6 });
    });
  }

  it('fixed shapes: ragged columns (OW = 5, 3), strided same padding, 16 channels, a K of 144', async () => {
    const shapes: [number[], number[], Record<string, unknown>][] = [
      [[2, 7, 7, 3], [3, 3, 3, 8], { strides: [1, 1], padding: 'valid', dilations: [1, 1] }],
      [[1, 8, 9, 4], [3, 3, 4, 16], { strides: [2, 2], padding: 'same', dilations: [1, 1] }],
      [[1, 6, 6, 16], [3, 3, 16, 8], { strides: [1, 1], padding: 'same', dilations: [1, 1] }],
      [[2, 9, 8, 2], [2, 3, 2, 12], { strides: [1, 2], padding: 'valid', dilations: [2, 1] }],
    ];
    // Each shape in one variant (the random cases above cover every variant on every kind of window).
    for (const [i, [x, w, attrs]] of shapes.entries()) await check({ inputs: [f32(x), f32(w)], attrs }, 11 + i, CONV_COLS_VARIANTS[i % 3]!);
  });

  it('the rule: col4x8 for 8k channels, col4x4 otherwise, the GEMM without a software target; GEMM variants tunable under the conv key', () => {
    const long = singleOpGraph(conv2d, { inputs: [f32([1, 8, 8, 16]), f32([3, 3, 16, 16])], attrs: { strides: [1, 1], padding: 'valid', dilations: [1, 1] } });
    const ragged = singleOpGraph(conv2d, { inputs: [f32([1, 8, 8, 1]), f32([3, 3, 1, 5])], attrs: { strides: [1, 1], padding: 'same', dilations: [1, 1] } });
    expect(compilePlan(long, { target: SOFTWARE }).kernels[0]!.code).toContain(`// conv col4x8, chosen for ${SOFTWARE.label} [conv direct 1x8x8x16 3x3x16x16`);
    expect(compilePlan(ragged, { target: SOFTWARE }).kernels[0]!.code).toContain('// conv col4x4, chosen for');
    const gpuTarget: KernelTarget = { software: false, vendor: 'nvidia', architecture: 'x', label: 'a gpu' };
    expect(compilePlan(long, { target: gpuTarget }).kernels[0]!.code).toMatch(/^\/\/ gemm /m);
    expect(compilePlan(long).kernels[0]!.code).not.toMatch(/^\/\/ (conv|gemm) /m);
    const key = keyOf(compilePlan(long, { target: SOFTWARE }).kernels[0]!.code);
    const tiled = compilePlan(long, { target: { ...SOFTWARE, tuned: { [key]: 'tile32' } } });
    expect(tiled.kernels[0]!.code).toContain(`// conv tile32, tuned on ${SOFTWARE.label} [${key}]`);
    expect(gemmSites([tiled]).get(key)?.variant).toBe('tile32');
    // A short conv (K < 16) takes no GEMM variant: the rule stays.
    const rkey = keyOf(compilePlan(ragged, { target: SOFTWARE }).kernels[0]!.code);
    expect(compilePlan(ragged, { target: { ...SOFTWARE, tuned: { [rkey]: 'tile32' } } }).kernels[0]!.code).toContain('// conv col4x4, chosen for');
  });

  it('a GEMM variant under the conv key computes the conv', async () => {
    const c = { inputs: [f32([1, 6, 5, 7]), f32([3, 3, 7, 8])], attrs: { strides: [1, 1], padding: 'same', dilations: [1, 1] } };
    await check(c, 3, 'tile32');
  });
});
