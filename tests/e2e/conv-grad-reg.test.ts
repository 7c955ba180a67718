/** @file The register-tiled conv-gradient kernels (codegen/conv-grad-reg.ts) against the reference interpreter: each op alone over random shapes, strides, dilations and paddings in every variant, and a two-conv training step compiled for a software target. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gemmSites } from '../../src/bundle/tune.ts';
import { convGradKey } from '../../src/codegen/conv-grad-reg.ts';
import { compilePlan } from '../../src/codegen/plan.ts';
import type { KernelTarget } from '../../src/codegen/target.ts';
import { compileTraining } from '../../src/compile.ts';
import type { Graph } from '../../src/ir/index.ts';
import { window2d } from '../../src/ops/conv-geometry.ts';
import type { OpCase, OpDef } from '../../src/ops/op-def.ts';
import { OPS } from '../../src/ops/registry.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { acquireDevice, loadPlan, PipelineCache } from '../../src/runtime/index.ts';
import { deviceTarget } from '../../src/codegen/target.ts';
import type { Plan } from '../../src/runtime/plan-types.ts';
import { useGpu } from '../gpu-fixture.ts';
import { randomInputs, singleOpGraph } from '../property/harness.ts';
import { maxRelErr, modelFromSource, stepFeeds } from './train-helpers.ts';

const gpu = useGpu();
const SOFTWARE: KernelTarget = { software: true, vendor: 'test', architecture: 'cpu', label: 'test cpu (software)' };
/** What deviceTarget gives for lavapipe under Dawn. */
const LAVAPIPE: KernelTarget = { software: true, vendor: 'mesa', architecture: 'software', label: 'mesa software (software)' };
const VARIANTS = ['reg8', 'reg4'] as const;
const defs = OPS as unknown as Record<string, OpDef<unknown>>;

/** The op's output from a plan compiled for SOFTWARE with its conv-gradient kernel forced to `variant` (or the rule). */
async function runOp(g: Graph, feeds: Record<string, Float32Array>, variant?: string): Promise<{ y: Float32Array; code: string }> {
  const first = compilePlan(g, { target: SOFTWARE });
  const key = /\[(convgrad [^\]]+)\]/.exec(first.kernels[0]!.code)?.[1];
  if (!key) throw new Error(`no convgrad kernel in:\n${first.kernels[0]!.code}`);
  const plan = variant ? compilePlan(g, { target: { ...SOFTWARE, tuned: { [key]: variant } } }) : first;
  const exe = await loadPlan(gpu.device, plan, { pipelineCache: cache() });
  try {
    return { y: (await exe.run(feeds)).y as Float32Array, code: plan.kernels[0]!.code };
  } finally {
    exe.destroy();
  }
}

let pipelineCache: PipelineCache | undefined;
const cache = (): PipelineCache => (pipelineCache ??= new PipelineCache(gpu.device));

async function check(def: OpDef<unknown>, c: OpCase<unknown>, seed: number, variant: string): Promise<void> {
  const g = singleOpGraph(def, c);
  const feeds = Object.fromEntries(randomInputs(c, seed, 'f32').map((x, i) => [`x${i}`, x.data as Float32Array]));
  const want = interpret(g, feeds).y!.data;
  const { y, code } = await runOp(g, feeds, variant);
  expect(code).toContain(`// convgrad ${variant}, tuned on ${SOFTWARE.label}`);
  const err = maxRelErr(y, want, 1);
  if (!(err <= 3e-4)) throw new Error(`${def.name} ${variant}: error ${err} for ${JSON.stringify({ shapes: c.inputs.map((t) => t.shape), attrs: c.attrs })}`);
}

/** Cases wider than the registry's (channels 1–4): ragged blocks of 8 and of 4 pixels, several blocks. */
function wideCases(op: 'conv2d_backprop_filter' | 'conv2d_transpose'): OpCase<unknown>[] {
  const shapes = [
    { n: 2, h: 9, w: 7, c: 5, o: 10, k: 3, s: [1, 1], d: [1, 1], p: 'valid' },
    { n: 1, h: 8, w: 9, c: 9, o: 12, k: 3, s: [2, 2], d: [1, 1], p: 'same' },
    { n: 2, h: 7, w: 6, c: 3, o: 16, k: 2, s: [2, 1], d: [1, 2], p: 'same' },
    { n: 1, h: 6, w: 11, c: 8, o: 7, k: 3, s: [1, 2], d: [2, 1], p: 'valid' },
    { n: 2, h: 9, w: 7, c: 10, o: 6, k: 3, s: [1, 1], d: [1, 2], p: 'same' },
  ] as const;
  const f32 = (shape: number[]) => ({ dtype: 'f32' as const, shape });
  return shapes.map((k) => {
    const geo = { strides: [...k.s], padding: k.p, dilations: [...k.d] };
    const win = window2d(op, [k.n, k.h, k.w, k.c], k.k, k.k, geo);
    const dy = f32([k.n, win.h.outSize, win.w.outSize, k.o]);
    if (op === 'conv2d_backprop_filter') return { inputs: [f32([k.n, k.h, k.w, k.c]), dy], attrs: { ...geo, filterShape: [k.k, k.k, k.c, k.o] } };
    return { inputs: [dy, f32([k.k, k.k, k.c, k.o])], attrs: { ...geo, outputShape: [k.h, k.w] } };
  });
}

describe('conv-gradient kernels for software targets match the interpreter', () => {
  for (const op of ['conv2d_backprop_filter', 'conv2d_transpose'] as const) {
    // in4x8 (4 pixels × 8 channels) is an input-gradient tile only.
    for (const v of op === 'conv2d_transpose' ? [...VARIANTS, 'in4x8'] : VARIANTS) {
      it(`${op} ${v}: random windows (odd sizes, strides, dilations, both paddings)`, async () => {
        const def = defs[op]!;
        await fc.assert(fc.asyncProperty(def.testing.cases(fc), fc.integer(), (c, seed) => check(def, c, seed, v)), { numRuns: 5, interruptAfterTimeLimit: 30_000 });
      });
      it(`${op} ${v}: wider channel counts (ragged blocks)`, async () => {
        for (const [i, c] of wideCases(op).entries()) await check(defs[op]!, c, 7 + i, v);
      });
    }
  }

  it('the rule: reg8 for filter gradients of ≥ 8 channels, reg4 otherwise, on lavapipe the GEMM\'s reg for one input channel and in4x8 for input gradients; the GEMM and no comment without a target', async () => {
    const [filter, input] = [wideCases('conv2d_backprop_filter')[0]!, wideCases('conv2d_transpose')[0]!];
    const g1 = singleOpGraph(defs.conv2d_backprop_filter!, filter);
    const g2 = singleOpGraph(defs.conv2d_transpose!, input);
    expect(compilePlan(g1, { target: SOFTWARE }).kernels[0]!.code).toContain(`// convgrad reg8, chosen for ${SOFTWARE.label} [${convGradKey('filter', [2, 9, 7, 5], [2, 7, 5, 10], [3, 3, 5, 10], window2d('t', [2, 9, 7, 5], 3, 3, { strides: [1, 1], padding: 'valid' }))}]`);
    expect(compilePlan(g2, { target: SOFTWARE }).kernels[0]!.code).toContain('// convgrad reg4, chosen for');
    for (const g of [g1, g2]) expect(compilePlan(g).kernels[0]!.code).not.toContain('convgrad');
    const f32 = (shape: number[]) => ({ dtype: 'f32' as const, shape });
    const geo = { strides: [1, 1], padding: 'valid', dilations: [1, 1] };
    const oneChannel = singleOpGraph(defs.conv2d_backprop_filter!, { inputs: [f32([2, 9, 7, 1]), f32([2, 7, 5, 16])], attrs: { ...geo, filterShape: [3, 3, 1, 16] } });
    // One input channel: the GEMM's reg on lavapipe, reg8 elsewhere (SwiftShader's readings were split).
    expect(compilePlan(oneChannel, { target: SOFTWARE }).kernels[0]!.code).toContain('// convgrad reg8, chosen for');
    expect(compilePlan(oneChannel, { target: LAVAPIPE }).kernels[0]!.code).toContain(`// convgrad reg, chosen for ${LAVAPIPE.label}`);
    expect(compilePlan(g1, { target: LAVAPIPE }).kernels[0]!.code).toContain('// convgrad reg8, chosen for');
    // Stride-1 input gradients of ≥ 8 channels: in4x8 on lavapipe (reg4 elsewhere, and below 8 channels).
    const wide = singleOpGraph(defs.conv2d_transpose!, wideCases('conv2d_transpose')[4]!);
    expect(compilePlan(wide, { target: LAVAPIPE }).kernels[0]!.code).toContain('// convgrad in4x8, chosen for');
    expect(compilePlan(wide, { target: SOFTWARE }).kernels[0]!.code).toContain('// convgrad reg4, chosen for');
    // Strided windows were not measured: reg4 there.
    const strided = singleOpGraph(defs.conv2d_transpose!, wideCases('conv2d_transpose')[1]!);
    expect(compilePlan(strided, { target: LAVAPIPE }).kernels[0]!.code).toContain('// convgrad reg4, chosen for');
    expect(compilePlan(g2, { target: LAVAPIPE }).kernels[0]!.code).toContain('// convgrad reg4, chosen for');
    // A GEMM variant named by a table is emitted as that GEMM (tunable like the register-tiled ones).
    const key = /\[(convgrad [^\]]+)\]/.exec(compilePlan(g1, { target: SOFTWARE }).kernels[0]!.code)![1]!;
    const tiled = compilePlan(g1, { target: { ...SOFTWARE, tuned: { [key]: 'tile32' } } });
    expect(tiled.kernels[0]!.code).toContain(`// convgrad tile32, tuned on ${SOFTWARE.label} [${key}]`);
    expect(tiled.kernels[0]!.code).toContain('workgroupBarrier');
    expect(gemmSites([tiled]).get(key)?.variant).toBe('tile32');
  });
});

const TWO_CONV = `import { sequential, conv2d, maxPool2d, flatten, dense, rmsprop, synthetic } from 'dlc';
export default sequential({
  name: 'two_conv',
  input: [10, 10, 1],
  layers: [conv2d(8, 3, { activation: 'relu' }), maxPool2d({ poolSize: 2 }), conv2d(12, 3, { activation: 'relu', padding: 'same', strides: 2 }), flatten(), dense(3, { activation: 'softmax' })],
  train: { data: synthetic({ kind: 'images', shape: [10, 10, 1], classes: 3, sparse: true, samples: 8 }), loss: 'sparseCategoricalCrossentropy', optimizer: rmsprop({ learningRate: 0.01 }), batchSize: 3 },
});
`;

async function runStep(plan: Plan, feeds: Record<string, Float32Array | Int32Array | Uint32Array>): Promise<Record<string, Float32Array>> {
  const exe = await loadPlan(gpu.device, plan, { pipelineCache: cache() });
  await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
  const out = await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])));
  exe.destroy();
  return out as Record<string, Float32Array>;
}

describe('a two-conv training step (RMSprop) for a software target', () => {
  it('uses the register-tiled filter and input gradients (fused with the update) and matches the interpreter', async () => {
    const m = modelFromSource('two_conv', TWO_CONV);
    const prog = compileTraining(m, { batch: 3, seed: 1, data: { xShape: m.inputs[0]!.shape, yShape: [], yDtype: 'i32', resident: 8 }, target: SOFTWARE });
    const grads = prog.plan!.kernels.map((k) => k.code).filter((c) => c.includes('// convgrad '));
    expect(grads.filter((c) => c.includes('// convgrad reg8,') && c.includes('convgrad filter')).length).toBe(2);
    expect(grads.filter((c) => c.includes('// convgrad reg4,') && c.includes('convgrad input')).length).toBe(1);
    const feeds = stepFeeds(m, prog.graph, 5, { 'data/y': [0, 1, 2, 0, 1, 2, 0, 1], idx: [3, 6, 1], 'opt/lr': [0.01], 'opt/t': [1], step: [1] });
    const want = interpret(prog.graph, feeds);
    const got = await runStep(prog.plan!, feeds);
    for (const [k, v] of Object.entries(want)) expect(maxRelErr(got[k]!, v.data), k).toBeLessThan(1e-4);
  });

  it('on lavapipe (when installed), compiled for its target without subgroups: the one-channel filter gradient (GEMM reg) and a wide input gradient (in4x8) match the interpreter', async () => {
    // The suite's device set VK_ICD_FILENAMES for SwiftShader; a second driver needs it unset while acquiring.
    const icd = process.env.VK_ICD_FILENAMES;
    delete process.env.VK_ICD_FILENAMES;
    const h = await acquireDevice({ softwareDriver: 'lavapipe' }).catch(() => undefined);
    if (icd === undefined) delete process.env.VK_ICD_FILENAMES;
    else process.env.VK_ICD_FILENAMES = icd;
    if (!h || h.adapter.source !== 'dawn-lavapipe') {
      h?.destroy();
      console.warn('lavapipe is not available here: the lavapipe choices were checked on SwiftShader only');
      return;
    }
    try {
      const f32 = (shape: number[]) => ({ dtype: 'f32' as const, shape });
      const geo = { strides: [1, 1], padding: 'same', dilations: [1, 1] };
      const cases: [keyof typeof defs, OpCase<unknown>, string][] = [
        ['conv2d_backprop_filter', { inputs: [f32([3, 9, 7, 1]), f32([3, 9, 7, 12])], attrs: { ...geo, filterShape: [3, 3, 1, 12] } }, 'reg'],
        ['conv2d_transpose', wideCases('conv2d_transpose')[4]!, 'in4x8'],
      ];
      for (const [op, c, variant] of cases) {
        const g = singleOpGraph(defs[op]!, c);
        const feeds = Object.fromEntries(randomInputs(c, 3, 'f32').map((x, i) => [`x${i}`, x.data as Float32Array]));
        // Without its subgroup size: with it every conv gradient there is a subgroup GEMM (conv-uni.test.ts).
        const plan = compilePlan(g, { target: { ...deviceTarget(h.device), subgroupSize: undefined } });
        expect(plan.kernels[0]!.code).toContain(`// convgrad ${variant}, chosen for`);
        const exe = await loadPlan(h.device, plan);
        const y = (await exe.run(feeds)).y as Float32Array;
        exe.destroy();
        expect(maxRelErr(y, interpret(g, feeds).y!.data, 1), `${op} ${variant}`).toBeLessThan(3e-4);
      }
    } finally {
      h.destroy();
    }
  });
});
