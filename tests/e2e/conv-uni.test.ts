/**
 * @file The conv family as subgroup implicit GEMMs (conv-gemm.ts's specs through gemm-uni.ts's
 * `unisg` forms, the lavapipe rule convUniFor) against the reference interpreter: conv2d with a
 * fused epilogue, conv2d_backprop_filter and conv2d_transpose over random windows (strides,
 * dilations, both paddings, short and long K, ragged rows and columns), each forced through a
 * tuning table in the test device's own subgroup width (SwiftShader 4 lanes, lavapipe 8); the rule
 * (lavapipe with subgroups of 8 only); a two-conv training step in those forms; and the rule's own
 * step on lavapipe when installed.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convUniFor } from '../../src/codegen/conv-gemm.ts';
import { compilePlan as compileUnfused } from '../../src/codegen/plan.ts';
import { deviceTarget, type KernelTarget } from '../../src/codegen/target.ts';
import { compileTraining } from '../../src/compile.ts';
import type { Graph } from '../../src/ir/index.ts';
import { f32, windowCaseArb, window2d } from '../../src/ops/conv-geometry.ts';
import type { OpCase, OpDef } from '../../src/ops/op-def.ts';
import { newGraph, OPS } from '../../src/ops/registry.ts';
import { fuseGraph } from '../../src/passes/fuse.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { acquireDevice, loadPlan, PipelineCache } from '../../src/runtime/index.ts';
import type { Plan } from '../../src/runtime/plan-types.ts';
import { useGpu } from '../gpu-fixture.ts';
import { randomInputs, singleOpGraph } from '../property/harness.ts';
import { maxRelErr, modelFromSource, stepFeeds } from './train-helpers.ts';

const gpu = useGpu();
const defs = OPS as unknown as Record<string, OpDef<unknown>>;
/** What deviceTarget gives for lavapipe under Dawn. */
const LAVAPIPE: KernelTarget = { software: true, vendor: 'mesa', architecture: 'software', label: 'mesa software (software)', subgroupSize: 8 };
const SWIFTSHADER: KernelTarget = { software: true, vendor: 'google', architecture: 'swiftshader', label: 'google swiftshader (software)', subgroupSize: 4 };
/** The graph compiled as real plans are (fused: conv2d through fused-conv.ts), for `target`. */
const compilePlan = (g: Graph, target: KernelTarget): Plan => compileUnfused(g, { fusion: fuseGraph(g), target });
const CHOICE = /^\/\/ (?:convgrad|conv) ([a-z0-9]+), (?:chosen for|tuned on) .* \[((?:convgrad|conv) [^\]]+)\]$/gm;
/** Every conv key of a plan and the variant its kernel was emitted in. */
const choices = (p: Plan): [string, string][] => p.kernels.flatMap((k) => [...k.code.matchAll(CHOICE)].map((m): [string, string] => [m[2]!, m[1]!]));
let pipelineCache: PipelineCache | undefined;
const cache = (): PipelineCache => (pipelineCache ??= new PipelineCache(gpu.device));
/** The test device's subgroup forms: `unisg{rows}x{cols}{l<lanes>}a` (the 8-lane names carry no `l`). */
const lanes = (): number => deviceTarget(gpu.device).subgroupSize!;
const form = (rows: number, cols: number, arr = true): string => `unisg${rows}x${cols}${lanes() === 8 ? '' : `l${lanes()}`}${arr ? 'a' : ''}`;

/** Random conv2d / conv2d_backprop_filter / conv2d_transpose cases with 1–9 input and 1–12 output channels. */
function cases(op: 'conv2d' | 'conv2d_backprop_filter' | 'conv2d_transpose'): fc.Arbitrary<OpCase<unknown>> {
  return fc.tuple(windowCaseArb(fc, { dilate: true }), fc.constantFrom(1, 3, 8, 12), fc.integer({ min: 1, max: 9 })).map(([k, o, c]) => {
    const geo = { strides: k.strides, padding: k.padding, dilations: k.dilations };
    if (op === 'conv2d') return { inputs: [f32([k.n, k.h, k.w, c]), f32([k.kh, k.kw, c, o])], attrs: geo };
    const win = window2d(op, [k.n, k.h, k.w, c], k.kh, k.kw, geo);
    const dy = f32([k.n, win.h.outSize, win.w.outSize, o]);
    if (op === 'conv2d_backprop_filter') return { inputs: [f32([k.n, k.h, k.w, c]), dy], attrs: { ...geo, filterShape: [k.kh, k.kw, c, o] } };
    return { inputs: [dy, f32([k.kh, k.kw, c, o])], attrs: { ...geo, outputShape: [k.h, k.w] } };
  });
}

/** conv2d + bias + relu (inputs x0, x1, bias x2): the forward conv with the epilogue a layer fuses into it. */
function convReluGraph(c: OpCase<unknown>): Graph {
  const b = newGraph('conv_relu');
  const x = b.input('x0', c.inputs[0]!);
  const w = b.input('x1', c.inputs[1]!);
  const bias = b.input('x2', f32([c.inputs[1]!.shape[3]!]));
  b.output('y', b.op('relu', [b.op('add', [b.op('conv2d', [x, w], c.attrs as Parameters<typeof b.op>[2]), bias], {})], {}));
  return b.build();
}

async function runPlan(plan: Plan, feeds: Record<string, Float32Array>): Promise<Float32Array> {
  const exe = await loadPlan(gpu.device, plan, { pipelineCache: cache() });
  try {
    return (await exe.run(feeds)).y as Float32Array;
  } finally {
    exe.destroy();
  }
}

/** The graph with its one conv kernel forced to `variant` (through the table, on the device's own target), against the interpreter. */
async function check(g: Graph, feeds: Record<string, Float32Array>, variant: string, what: string): Promise<void> {
  const target = deviceTarget(gpu.device);
  const keys = choices(compilePlan(g, target)).map(([k]) => k);
  expect(keys.length).toBe(1);
  const plan = compilePlan(g, { ...target, tuned: { [keys[0]!]: variant } });
  expect(choices(plan)).toEqual([[keys[0]!, variant]]);
  expect(plan.kernels.map((k) => k.code).join('\n')).toContain('subgroupBroadcast');
  const err = maxRelErr(await runPlan(plan, feeds), interpret(g, feeds).y!.data, 1);
  if (!(err <= 3e-4)) throw new Error(`${what} ${variant}: error ${err}`);
}

const feedsOf = (c: OpCase<unknown>, seed: number, extra: Record<string, Float32Array> = {}): Record<string, Float32Array> => ({
  ...Object.fromEntries(randomInputs(c, seed, 'f32').map((x, i) => [`x${i}`, x.data as Float32Array])),
  ...extra,
});

describe('the conv family as subgroup implicit GEMMs matches the interpreter', () => {
  it('the test device has subgroups of a fixed size', () => {
    expect(lanes()).toBeGreaterThanOrEqual(4);
  });

  it('conv2d + bias + relu: random windows, short and long K, ragged rows and columns', async () => {
    await fc.assert(
      fc.asyncProperty(cases('conv2d'), fc.integer(), fc.constantFrom(form(2 * lanes(), 4), form(lanes(), 1), form(2 * lanes(), 2, false)), async (c, seed, v) => {
        const o = c.inputs[1]!.shape[3]!;
        const bias = Float32Array.from({ length: o }, (_, i) => Math.sin(i + seed) * 0.3);
        await check(convReluGraph(c), feedsOf(c, seed, { x2: bias }), v, `conv2d ${JSON.stringify({ shapes: c.inputs.map((t) => t.shape), attrs: c.attrs })}`);
      }),
      { numRuns: 8, seed: 7 },
    );
  });

  for (const op of ['conv2d_backprop_filter', 'conv2d_transpose'] as const) {
    it(`${op}: random windows (odd sizes, strides, dilations, both paddings)`, async () => {
      await fc.assert(
        fc.asyncProperty(cases(op), fc.integer(), fc.constantFrom(form(2 * lanes(), 4), form(lanes(), 2)), async (c, seed, v) => {
          await check(singleOpGraph(defs[op]!, c), feedsOf(c, seed), v, `${op} ${JSON.stringify({ shapes: c.inputs.map((t) => t.shape), attrs: c.attrs })}`);
        }),
        { numRuns: 8, seed: 11 },
      );
    });
  }
});

describe('the lavapipe rule', () => {
  const conv = singleOpGraph(defs.conv2d!, { inputs: [f32([2, 9, 9, 3]), f32([3, 3, 3, 16])], attrs: { strides: [1, 1], padding: 'same', dilations: [1, 1] } });
  const filter = singleOpGraph(defs.conv2d_backprop_filter!, { inputs: [f32([2, 9, 7, 1]), f32([2, 7, 5, 32])], attrs: { strides: [1, 1], padding: 'valid', dilations: [1, 1], filterShape: [3, 3, 1, 32] } });
  const filter8 = singleOpGraph(defs.conv2d_backprop_filter!, { inputs: [f32([2, 9, 7, 8]), f32([2, 7, 5, 32])], attrs: { strides: [1, 1], padding: 'valid', dilations: [1, 1], filterShape: [3, 3, 8, 32] } });
  const input = singleOpGraph(defs.conv2d_transpose!, { inputs: [f32([2, 7, 5, 32]), f32([3, 3, 6, 32])], attrs: { strides: [2, 2], padding: 'same', dilations: [1, 1], outputShape: [13, 9] } });

  it('every unpooled conv and both gradients take unisg{8,16}x{1,2,4}a on lavapipe with subgroups of 8 (at least 4 workgroups where the shape allows), and nowhere else', () => {
    expect(choices(compilePlan(conv, LAVAPIPE))).toEqual([[expect.stringMatching(/^conv direct /), 'unisg16x2a']]);
    // 3·3·1 × 32 in 16 × 32 blocks would be one workgroup (one llvmpipe thread): 8 × 16 blocks make 4.
    expect(choices(compilePlan(filter, LAVAPIPE))).toEqual([[expect.stringMatching(/^convgrad filter /), 'unisg8x2a']]);
    expect(choices(compilePlan(filter8, LAVAPIPE))).toEqual([[expect.stringMatching(/^convgrad filter /), 'unisg16x4a']]);
    expect(choices(compilePlan(input, LAVAPIPE))).toEqual([[expect.stringMatching(/^convgrad input /), 'unisg16x1a']]);
    for (const t of [SWIFTSHADER, { ...LAVAPIPE, subgroupSize: undefined }, { ...LAVAPIPE, subgroupSize: 4 }]) {
      for (const g of [conv, filter, filter8, input]) expect(choices(compilePlan(g, t))[0]![1]).not.toMatch(/^uni/);
    }
    expect(convUniFor({ m: 5, n: 40 }, LAVAPIPE)).toBe('unisg8x1a');
    expect(convUniFor({ m: 500, n: 64 }, LAVAPIPE)).toBe('unisg16x4a');
    expect(convUniFor({ m: 500, n: 40 }, undefined)).toBeUndefined();
    // A table naming an 8-lane form is followed only where the device's subgroups are that wide.
    const key = choices(compilePlan(conv, SWIFTSHADER))[0]![0];
    expect(choices(compilePlan(conv, { ...SWIFTSHADER, tuned: { [key]: 'unisg16x4a' } }))[0]![1]).toBe('col4x8');
    expect(choices(compilePlan(conv, { ...SWIFTSHADER, tuned: { [key]: 'unisg16x4l4a' } }))[0]![1]).toBe('unisg16x4l4a');
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

/** The two-conv step compiled for `target` (with `table`), run on `device`, against the interpreter; returns its conv choices. */
async function stepMatches(device: GPUDevice, target: KernelTarget, table?: (keys: string[]) => Record<string, string>): Promise<[string, string][]> {
  const m = modelFromSource('two_conv', TWO_CONV);
  const opts = { batch: 3, seed: 1, data: { xShape: m.inputs[0]!.shape, yShape: [], yDtype: 'i32' as const, resident: 8 } };
  const first = compileTraining(m, { ...opts, target });
  const prog = table ? compileTraining(m, { ...opts, target: { ...target, tuned: table(choices(first.plan!).map(([k]) => k)) } }) : first;
  const feeds = stepFeeds(m, prog.graph, 5, { 'data/y': [0, 1, 2, 0, 1, 2, 0, 1], idx: [3, 6, 1], 'opt/lr': [0.01], 'opt/t': [1], step: [1] });
  const want = interpret(prog.graph, feeds);
  const exe = await loadPlan(device, prog.plan!);
  try {
    await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
    const got = (await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])))) as Record<string, Float32Array>;
    for (const [k, v] of Object.entries(want)) expect(maxRelErr(got[k]!, v.data), k).toBeLessThan(1e-4);
  } finally {
    exe.destroy();
  }
  return choices(prog.plan!);
}

describe('a two-conv training step (RMSprop) with its convs as subgroup GEMMs', () => {
  it('every conv and conv gradient (fused with the update) in the device\'s subgroup form matches the interpreter', async () => {
    const v = form(2 * lanes(), 4);
    const got = await stepMatches(gpu.device, deviceTarget(gpu.device), (keys) => Object.fromEntries(keys.map((k) => [k, v])));
    // Two forward convs, two filter gradients, one input gradient (the first conv's input needs none).
    expect(got.map(([k]) => k.split(' ', 2).join(' ')).sort()).toEqual(['conv direct', 'conv direct', 'convgrad filter', 'convgrad filter', 'convgrad input']);
    expect(got.every(([, x]) => x === v)).toBe(true);
  });

  it('on lavapipe (when installed), compiled for its target: the rule\'s subgroup GEMMs match the interpreter', async () => {
    const own = gpu.adapter.source === 'dawn-lavapipe';
    const icd = process.env.VK_ICD_FILENAMES;
    if (!own) delete process.env.VK_ICD_FILENAMES;
    const h = own ? undefined : await acquireDevice({ softwareDriver: 'lavapipe' }).catch(() => undefined);
    if (!own) {
      if (icd === undefined) delete process.env.VK_ICD_FILENAMES;
      else process.env.VK_ICD_FILENAMES = icd;
    }
    const device = own ? gpu.device : h?.adapter.source === 'dawn-lavapipe' ? h.device : undefined;
    try {
      if (!device) {
        console.warn('lavapipe is not available here: the rule\'s subgroup conv GEMMs were not run (DLC_VULKAN_DRIVER=lavapipe runs them)');
        return;
      }
      const got = await stepMatches(device, deviceTarget(device));
      expect(got.length).toBe(5);
      expect(got.every(([, x]) => /^unisg(8|16)x[124]a$/.test(x))).toBe(true);
    } finally {
      h?.destroy();
    }
  });
});
