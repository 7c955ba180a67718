/**
 * @file Compiled scans on WebGPU: recurrent layers as a plan loop give the unrolled layers' results
 * (inference outputs and a training step's gradients), and the kernel and pipeline counts do not
 * depend on the sequence length.
 */
import { describe, expect, it } from 'vitest';
import { compileInference, compileTraining, type TrainingProgram } from '../../src/compile.ts';
import type { CompiledModel } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan, PipelineCache } from '../../src/runtime/index.ts';
import { useGpu } from '../gpu-fixture.ts';
import { RNN_CASES, rnnModels } from './scan-helpers.ts';
import { maxRelErr, stepFeeds } from './train-helpers.ts';

const BATCH = 2;
const gpu = useGpu();
let cache: PipelineCache | undefined;
const pipelines = (): PipelineCache => (cache ??= new PipelineCache(gpu.device));

async function runPlan(plan: import('../../src/runtime/index.ts').Plan, feeds: Record<string, ArrayLike<number>>): Promise<Record<string, ArrayLike<number>>> {
  const exe = await loadPlan(gpu.device, plan, { pipelineCache: pipelines() });
  try {
    const pick = (names: readonly { name: string }[]) => Object.fromEntries(names.map((a) => [a.name, feeds[a.name]!]));
    await exe.setParams(pick(exe.params));
    return await exe.run(pick(exe.inputs));
  } finally {
    exe.destroy();
  }
}

function trainingOf(m: CompiledModel, c: (typeof RNN_CASES)[number]): TrainingProgram {
  return compileTraining(m, { batch: BATCH, data: { xShape: [...c.input], yShape: [...c.target], yDtype: 'f32', resident: BATCH } });
}

/** SwiftShader compiles pipelines slowly: the GPU runs the scan plans only, against the interpreter (which checks scan ≡ unrolled). */
const INFERENCE_ON_GPU = ['gru sequences backwards'];
const TRAINING_ON_GPU = ['lstm sequences'];
const caseNamed = (name: string) => RNN_CASES.find((c) => c.name === name)!;
const dataOf = (r: Record<string, { data: ArrayLike<number> }>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.data]));

describe.each(INFERENCE_ON_GPU.map((n) => [n, caseNamed(n)] as const))('%s', (_n, c) => {
  it('inference: the scan plan on WebGPU gives the interpreter\'s outputs (1e-5)', async () => {
    const { scan } = rnnModels(c);
    const x = Float32Array.from({ length: BATCH * c.input[0] * c.input[1] }, (_, i) => Math.cos(i * 0.9) * 1.2);
    const p = compileInference(scan, { batch: BATCH });
    expect(p.plan!.loops?.length).toBe(c.name.startsWith('bidirectional') ? 2 : 1);
    const feeds = { ...stepFeeds(scan, p.graph, 5, {}), [p.graph.args.find((a) => a.kind === 'input')!.name]: x };
    const name = p.graph.outputs[0]!.name;
    const got = (await runPlan(p.plan!, feeds))[name]!;
    expect(maxRelErr(got, interpret(p.graph, feeds)[name]!.data)).toBeLessThan(1e-5);
  });
});

describe.each(TRAINING_ON_GPU.map((n) => [n, caseNamed(n)] as const))('%s', (_n, c) => {
  it('training step: forward scan and the reverse scan of BPTT on WebGPU give the interpreter\'s updated weights (1e-4)', async () => {
    const { scan } = rnnModels(c);
    const y = Array.from({ length: BATCH * c.target.reduce((a, b) => a * b, 1) }, (_, i) => Math.sin(i + 1));
    const p = trainingOf(scan, c);
    expect(p.plan!.loops?.length).toBe(2);
    const feeds = stepFeeds(scan, p.graph, 7, { 'data/y': y, idx: [0, 1], 'opt/lr': [0.1], 'opt/t': [1] });
    const [got, want] = [await runPlan(p.plan!, feeds), dataOf(interpret(p.graph, feeds))];
    expect(maxRelErr(got.loss!, want.loss!), 'loss').toBeLessThan(1e-4);
    for (const w of scan.params) expect(maxRelErr(got[`update/${w.name}`]!, want[`update/${w.name}`]!), w.name).toBeLessThan(1e-4);
  });
});

it('an even number of steps, backwards, under a 4-buffer binding limit: the training step on WebGPU gives the interpreter\'s loss and updated weights (1e-4)', async () => {
  // T = 4: the carries end in the buffer they started in (ping-pong parity), and the final h feeds the dense layer.
  const c = caseNamed('lstm goBackwards');
  const { scan } = rnnModels(c);
  const y = Array.from({ length: BATCH * c.target.reduce((a, b) => a * b, 1) }, (_, i) => Math.cos(i + 2));
  const p = compileTraining(scan, { batch: BATCH, maxStorageBuffers: 4, data: { xShape: [...c.input], yShape: [...c.target], yDtype: 'f32', resident: BATCH } });
  expect(p.plan!.loops!.map((l) => l.steps)).toEqual([4, 4]);
  expect(p.plan!.kernels.every((k) => k.bindings.length <= 4)).toBe(true);
  const feeds = stepFeeds(scan, p.graph, 11, { 'data/y': y, idx: [1, 0], 'opt/lr': [0.1], 'opt/t': [1] });
  const [got, want] = [await runPlan(p.plan!, feeds), dataOf(interpret(p.graph, feeds))];
  expect(maxRelErr(got.loss!, want.loss!), 'loss').toBeLessThan(1e-4);
  for (const w of scan.params) expect(maxRelErr(got[`update/${w.name}`]!, want[`update/${w.name}`]!), w.name).toBeLessThan(1e-4);
});

it('kernels and pipelines of the scan plan are the same for T = 10, 100 and 1000 (inference and training)', () => {
  const c = RNN_CASES.find((x) => x.name === 'lstm sequences')!;
  const counts = [10, 100, 1000].map((t) => {
    const { scan } = rnnModels({ ...c, layers: 'lstm(3, { $U }), dense(2)' }, t);
    const inf = compileInference(scan, { batch: 1 }).plan!;
    const tr = trainingOf(scan, { ...c, input: [t, c.input[1]] }).plan!;
    return { kernels: [inf.kernels.length, tr.kernels.length], dispatches: [inf.dispatches.length, tr.dispatches.length], buffers: [inf.buffers.length, tr.buffers.length], steps: inf.loops!.map((l) => l.steps) };
  });
  expect(counts.map((k) => k.steps)).toEqual([[10], [100], [1000]]);
  expect(counts[1]!.kernels).toEqual(counts[0]!.kernels);
  expect(counts[2]!.kernels).toEqual(counts[0]!.kernels);
  expect(counts[2]!.dispatches).toEqual(counts[0]!.dispatches);
  expect(counts[2]!.buffers).toEqual(counts[0]!.buffers);
});
