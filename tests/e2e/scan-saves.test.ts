/**
 * @file What a scan training step dispatches per time step, counted (no timing): slices read as views
 * by their elementwise users (no slice kernel, one binding for the four LSTM gates), the LSTM's
 * pre-activation x_t + h·U stacked by the forward and read back by the backward cell instead of a
 * second matmul per step, the saved c row written by the gate kernel itself (no copy kernel). Also
 * slice views on WebGPU against the interpreter, and the scan's training step against the unrolled
 * one's on WebGPU.
 */
import { describe, expect, it } from 'vitest';
import { compileProgramPlan } from '../../src/codegen/plan.ts';
import { compileInference, compileTraining } from '../../src/compile.ts';
import type { CompiledModel } from '../../src/frontend/index.ts';
import { numel, type Graph } from '../../src/ir/index.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { scanLayout, type ScanAttrs } from '../../src/ops/scan-body.ts';
import { fuseGraph } from '../../src/passes/fuse.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan, PipelineCache, type Plan } from '../../src/runtime/index.ts';
import { useGpu } from '../gpu-fixture.ts';
import { RNN_CASES, rnnModels } from './scan-helpers.ts';
import { maxRelErr, stepFeeds } from './train-helpers.ts';

const BATCH = 2;
const gpu = useGpu();
let cache: PipelineCache | undefined;
const pipelines = (): PipelineCache => (cache ??= new PipelineCache(gpu.device));

const lstm = RNN_CASES.find((c) => c.name === 'lstm sequences')!;
const training = (m: CompiledModel, T: number, opts: { maxStorageBuffers?: number } = {}) =>
  compileTraining(m, { batch: BATCH, ...opts, data: { xShape: [T, lstm.input[1]], yShape: [...lstm.target], yDtype: 'f32', resident: BATCH } });

/** Each loop body's dispatch labels (the part after "scan %n (…) / "). */
function loopBodies(plan: Plan): { reverse: boolean; labels: string[] }[] {
  return plan.loops!.map((l) => ({ reverse: l.reverse, labels: plan.dispatches.slice(l.first, l.first + l.count).map((d) => d.label.replace(/^.*? \/ /, '').replace(/ \(.*?\)/g, '')) }));
}

describe.each([3, 6])('LSTM training, T = %i', (T) => {
  const { scan } = rnnModels({ ...lstm, input: [T, lstm.input[1]] }, T);
  const p = training(scan, T);
  const [fwd, back] = loopBodies(p.plan!);

  it('forward step: the matmul kernel and one gate kernel; no slice kernel, no row or carry copy', () => {
    expect(fwd!.reverse).toBe(false);
    expect(fwd!.labels.length).toBe(2);
    expect(fwd!.labels[0]).toMatch(/^matmul/);
    expect(fwd!.labels.filter((s) => /slice|into row t|row t of|carry/.test(s))).toEqual([]);
  });

  it('backward step: no matmul recomputes the forward (two matmuls: ∂h and ∂U), no slice kernel, at most 7 dispatches', () => {
    expect(back!.reverse).toBe(true);
    expect(back!.labels.filter((s) => s.startsWith('matmul')).length).toBe(2);
    expect(back!.labels.filter((s) => /slice|pad|into row t|row t of|carry/.test(s))).toEqual([]);
    expect(back!.labels.length).toBeLessThanOrEqual(7);
  });

  it('the forward stacks its pre-activation for the backward: T·n·4u more floats in its packed output', () => {
    const fscan = p.graph.nodes.find((n) => n.op === 'scan' && !(n.attrs as unknown as ScanAttrs).reverse)!;
    const l = scanLayout(fscan.attrs as unknown as ScanAttrs);
    const saved = l.body.outputs.filter((o) => /^dlc_saved\d+$/.test(o.name));
    expect(saved.length).toBe(1);
    const j = l.body.outputs.indexOf(saved[0]!) - l.nc;
    expect(numel(l.ys[j]!.type.shape)).toBe(T * BATCH * 4 * 3);
    // Values stacked for the backward only (the c sequence, the saved pre-activation) get no ∂y row in the backward scan.
    const bscan = p.graph.nodes.find((n) => n.op === 'scan' && (n.attrs as unknown as ScanAttrs).reverse)!;
    const bargs = scanLayout(bscan.attrs as unknown as ScanAttrs).body.args.map((a) => a.name);
    const backOnly = l.body.outputs.slice(l.nc).flatMap((o, k) => (o.name.startsWith('dlc_saved') ? [`gy${k}`] : []));
    expect(backOnly.length).toBe(2);
    expect(bargs.filter((a) => backOnly.includes(a))).toEqual([]);
    expect(bargs).toContain(`s${j}`);
  });
});

it('dispatches per time step and kernels do not depend on T', () => {
  const shape = (T: number) => {
    const { scan } = rnnModels({ ...lstm, input: [T, lstm.input[1]] }, T);
    const plan = training(scan, T).plan!;
    return { kernels: plan.kernels.length, dispatches: plan.dispatches.length, bodies: plan.loops!.map((l) => l.count) };
  };
  expect(shape(9)).toEqual(shape(4));
});

it('a final carry nothing reads is not copied out: an lstm without sequences copies out h only (inference), the backward scan its weight gradients only', () => {
  const c = RNN_CASES.find((x) => x.name === 'lstm goBackwards')!;
  const { scan } = rnnModels(c);
  const inf = compileInference(scan, { batch: BATCH }).plan!;
  expect(inf.dispatches.filter((d) => / final carry \d+$/.test(d.label)).map((d) => d.label.replace(/^.* \/ /, ''))).toEqual(['final carry 0']);
  const tr = compileTraining(scan, { batch: BATCH, data: { xShape: [...c.input], yShape: [...c.target], yDtype: 'f32', resident: BATCH } }).plan!;
  // Backward carries: ∂h, ∂c (of the zero initial state: unread), then the ∂U accumulator.
  const back = tr.dispatches.filter((d) => /^scan .* \/ final carry \d+$/.test(d.label) && tr.dispatches.indexOf(d) > tr.loops![0]!.first + tr.loops![0]!.count);
  expect(back.map((d) => d.label.replace(/^.* \/ /, ''))).toEqual(['final carry 2']);
});

it('under a 4-buffer limit the LSTM step still has no row or carry copy kernel', () => {
  const { scan } = rnnModels({ ...lstm, input: [3, lstm.input[1]] }, 3);
  const plan = training(scan, 3, { maxStorageBuffers: 4 }).plan!;
  expect(plan.kernels.every((k) => k.bindings.length <= 4)).toBe(true);
  const labels = loopBodies(plan).flatMap((b) => b.labels);
  expect(labels.filter((s) => /into row t|row t of|carry \d+ back/.test(s))).toEqual([]);
});

/** x [4, 12] input, z = 2x + 1 computed: slices of both read by elementwise ops (strided, offset, one row), and one slice a matmul reads. */
function sliceGraph(): Graph {
  const b = newGraph('views');
  const x = b.input('x', { dtype: 'f32', shape: [4, 12] });
  const w = b.input('w', { dtype: 'f32', shape: [3, 2] });
  const z = b.op('add', [b.op('mul', [x, b.op('constant', [], { value: 2, dtype: 'f32', shape: [] })]), b.op('constant', [], { value: 1, dtype: 'f32', shape: [] })]);
  const gate = (v: typeof z, k: number) => b.op('slice', [v], { begin: [0, 3 * k], size: [4, 3] });
  const [i, f, g, o] = [0, 1, 2, 3].map((k) => gate(z, k));
  const c = b.op('add', [b.op('mul', [b.op('sigmoid', [f!]), b.op('tanh', [gate(x, 1)])]), b.op('mul', [b.op('sigmoid', [i!]), b.op('tanh', [g!])])]);
  b.output('h', b.op('mul', [b.op('sigmoid', [o!]), b.op('tanh', [c])]));
  const strided = b.op('slice', [z], { begin: [1, 1], size: [2, 4], strides: [2, 3] });
  b.output('s', b.op('exp', [b.op('neg', [strided])]));
  const row = b.op('slice', [b.op('reshape', [z], { shape: [2, 2, 12] })], { begin: [1, 0, 2], size: [1, 2, 6] });
  b.output('r', b.op('abs', [row]));
  b.output('m', b.op('matmul', [gate(x, 2), w], { transposeA: false, transposeB: false }));
  return b.build();
}

it('slices read only by elementwise ops are views: no slice kernel but the one a matmul reads; WebGPU gives the interpreter\'s outputs (1e-5)', async () => {
  const g = sliceGraph();
  const fused = fuseGraph(g);
  expect(fused.views?.size).toBe(7);
  const plan = compileProgramPlan(g, { fusion: fused }).plan;
  expect(plan.dispatches.filter((d) => /slice/.test(d.label.replace(/ \+ .*/, ''))).length).toBe(1);
  // The gate kernel binds z once for its four slices.
  const gateKernel = plan.kernels.find((k) => (k.code.match(/dlc_sigmoid\(/g) ?? []).length >= 4)!;
  expect(gateKernel.bindings.length).toBeLessThanOrEqual(3);
  const feeds = { x: { type: g.args[0]!.type, data: Float32Array.from({ length: 48 }, (_, k) => Math.sin(k * 0.7)) }, w: { type: g.args[1]!.type, data: Float32Array.from({ length: 6 }, (_, k) => k * 0.25 - 0.5) } };
  const want = interpret(g, feeds);
  const exe = await loadPlan(gpu.device, plan, { pipelineCache: pipelines() });
  try {
    const got = await exe.run({ x: feeds.x.data, w: feeds.w.data });
    for (const o of g.outputs) expect(maxRelErr(got[o.name]!, want[o.name]!.data), o.name).toBeLessThan(1e-5);
  } finally {
    exe.destroy();
  }
});

it('training step: the scan plan and the unrolled plan on WebGPU give the same loss and updated weights (T = 3, 1e-4)', async () => {
  const { scan, unrolled } = rnnModels(lstm);
  const y = Array.from({ length: BATCH * 2 }, (_, i) => Math.sin(i + 1));
  const results = [];
  for (const m of [scan, unrolled]) {
    const p = training(m, lstm.input[0]);
    const feeds = stepFeeds(m, p.graph, 7, { 'data/y': y, idx: [0, 1], 'opt/lr': [0.1], 'opt/t': [1] });
    const exe = await loadPlan(gpu.device, p.plan!, { pipelineCache: pipelines() });
    try {
      const pick = (names: readonly { name: string }[]) => Object.fromEntries(names.map((a) => [a.name, feeds[a.name]!]));
      await exe.setParams(pick(exe.params));
      results.push(await exe.run(pick(exe.inputs)));
    } finally {
      exe.destroy();
    }
  }
  const [s, u] = [results[0]!, results[1]!];
  expect(maxRelErr(s.loss!, u.loss!), 'loss').toBeLessThan(1e-4);
  for (const w of scan.params) expect(maxRelErr(s[`update/${w.name}`]!, u[`update/${w.name}`]!), w.name).toBeLessThan(1e-4);
});
