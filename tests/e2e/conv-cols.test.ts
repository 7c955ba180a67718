/** @file The column-tiled register conv (codegen/conv-reg-cols.ts) against the reference interpreter: conv2d alone over random windows (strides, dilations, both paddings, ragged columns and channel blocks, short and long K) in every variant, the software rule, GEMM variants under the conv key, and a training step. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gemmSites } from '../../src/bundle/tune.ts';
import { CONV_COLS_VARIANTS } from '../../src/codegen/conv-reg-cols.ts';
import { compilePlan as compileUnfused } from '../../src/codegen/plan.ts';
import type { KernelTarget } from '../../src/codegen/target.ts';
import { compileTraining } from '../../src/compile.ts';
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
import { maxRelErr, modelFromSource, stepFeeds } from './train-helpers.ts';

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
      await fc.assert(fc.asyncProperty(cases(fc), fc.integer(), (c, seed) => check(c, seed, v)), { numRuns: 8, interruptAfterTimeLimit: 40_000 });
    });
  }

  it('fixed shapes: ragged columns (OW = 5, 3), strided same padding, 16 channels, a K of 144', async () => {
    const shapes: [number[], number[], Record<string, unknown>][] = [
      [[2, 7, 7, 3], [3, 3, 3, 8], { strides: [1, 1], padding: 'valid', dilations: [1, 1] }],
      [[1, 8, 9, 4], [3, 3, 4, 16], { strides: [2, 2], padding: 'same', dilations: [1, 1] }],
      [[1, 6, 6, 16], [3, 3, 16, 8], { strides: [1, 1], padding: 'same', dilations: [1, 1] }],
      [[2, 9, 8, 2], [2, 3, 2, 12], { strides: [1, 2], padding: 'valid', dilations: [2, 1] }],
    ];
    for (const [i, [x, w, attrs]] of shapes.entries()) for (const v of CONV_COLS_VARIANTS) await check({ inputs: [f32(x), f32(w)], attrs }, 11 + i, v);
  });

  it('the rule: reg4x8 for 8k channels, reg4x4 otherwise, the GEMM without a software target; GEMM variants tunable under the conv key', () => {
    const long = singleOpGraph(conv2d, { inputs: [f32([1, 8, 8, 16]), f32([3, 3, 16, 16])], attrs: { strides: [1, 1], padding: 'valid', dilations: [1, 1] } });
    const ragged = singleOpGraph(conv2d, { inputs: [f32([1, 8, 8, 1]), f32([3, 3, 1, 5])], attrs: { strides: [1, 1], padding: 'same', dilations: [1, 1] } });
    expect(compilePlan(long, { target: SOFTWARE }).kernels[0]!.code).toContain(`// conv reg4x8, chosen for ${SOFTWARE.label} [conv direct 1x8x8x16 3x3x16x16`);
    expect(compilePlan(ragged, { target: SOFTWARE }).kernels[0]!.code).toContain('// conv reg4x4, chosen for');
    const gpuTarget: KernelTarget = { software: false, vendor: 'nvidia', architecture: 'x', label: 'a gpu' };
    expect(compilePlan(long, { target: gpuTarget }).kernels[0]!.code).toMatch(/^\/\/ gemm /m);
    expect(compilePlan(long).kernels[0]!.code).not.toMatch(/^\/\/ (conv|gemm) /m);
    const key = keyOf(compilePlan(long, { target: SOFTWARE }).kernels[0]!.code);
    const tiled = compilePlan(long, { target: { ...SOFTWARE, tuned: { [key]: 'tile32' } } });
    expect(tiled.kernels[0]!.code).toContain(`// conv tile32, tuned on ${SOFTWARE.label} [${key}]`);
    expect(gemmSites([tiled]).get(key)?.variant).toBe('tile32');
    // A short conv (K < 16) takes no GEMM variant: the rule stays.
    const rkey = keyOf(compilePlan(ragged, { target: SOFTWARE }).kernels[0]!.code);
    expect(compilePlan(ragged, { target: { ...SOFTWARE, tuned: { [rkey]: 'tile32' } } }).kernels[0]!.code).toContain('// conv reg4x4, chosen for');
  });

  it('a GEMM variant under the conv key computes the conv', async () => {
    const c = { inputs: [f32([1, 6, 5, 7]), f32([3, 3, 7, 8])], attrs: { strides: [1, 1], padding: 'same', dilations: [1, 1] } };
    for (const v of ['reg', 'tile32']) await check(c, 3, v);
  });
});

const TWO_CONV = `import { sequential, conv2d, maxPool2d, flatten, dense, rmsprop, synthetic } from 'dlc';
export default sequential({
  name: 'two_conv_cols',
  input: [10, 10, 1],
  layers: [conv2d(8, 3, { activation: 'relu' }), maxPool2d({ poolSize: 2 }), conv2d(12, 3, { activation: 'relu', padding: 'same' }), maxPool2d({ poolSize: 2 }), flatten(), dense(3, { activation: 'softmax' })],
  train: { data: synthetic({ kind: 'images', shape: [10, 10, 1], classes: 3, sparse: true, samples: 8 }), loss: 'sparseCategoricalCrossentropy', optimizer: rmsprop({ learningRate: 0.01 }), batchSize: 3 },
});
`;

describe('a training step with unpooled convs (the pre-pool activations kept for the backward pass)', () => {
  it('runs both forward convs as column tiles and matches the interpreter', async () => {
    const m = modelFromSource('two_conv_cols', TWO_CONV);
    const prog = compileTraining(m, { batch: 3, seed: 1, data: { xShape: m.inputs[0]!.shape, yShape: [], yDtype: 'i32', resident: 8 }, target: SOFTWARE });
    const convs = prog.plan!.kernels.map((k) => k.code).filter((c) => /^\/\/ conv /m.test(c));
    expect(convs.map((c) => /^\/\/ conv (\w+),/m.exec(c)![1]).sort()).toEqual(['reg4x4', 'reg4x8']);
    const feeds = stepFeeds(m, prog.graph, 5, { 'data/y': [0, 1, 2, 0, 1, 2, 0, 1], idx: [3, 6, 1], 'opt/lr': [0.01], 'opt/t': [1], step: [1] });
    const want = interpret(prog.graph, feeds);
    const exe = await loadPlan(gpu.device, prog.plan!, { pipelineCache: cache() });
    await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
    const got = (await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])))) as Record<string, Float32Array>;
    exe.destroy();
    for (const [k, v] of Object.entries(want)) expect(maxRelErr(got[k]!, v.data), k).toBeLessThan(1e-4);
  });
});
