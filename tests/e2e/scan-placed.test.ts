/**
 * @file Placed stores (passes/fuse-placed.ts): a concat of elementwise values has no kernel, its
 * operands' kernels store into its blocks. Counted per step for the LSTM and GRU backward cells
 * (no concat kernel, at most 3 and 4 dispatches since the body regroups, scan-regroup.test.ts; independent of T), and checked on WebGPU against
 * the interpreter: a small graph (blocks along each axis, a value two concats read, a value also
 * read elsewhere) and the GRU's backward scan (the LSTM's training step is in scan-gpu and scan-saves).
 */
import { describe, expect, it } from 'vitest';
import { compileProgramPlan } from '../../src/codegen/plan.ts';
import { targetOf } from '../../src/codegen/target.ts';
import { compileTraining } from '../../src/compile.ts';
import type { CompiledModel } from '../../src/frontend/index.ts';
import { printNames, type Graph } from '../../src/ir/index.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { scanLayout, type ScanAttrs } from '../../src/ops/scan-body.ts';
import { fuseGraph } from '../../src/passes/fuse.ts';
import { simplifyGraph } from '../../src/passes/simplify.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan, PipelineCache, type Plan } from '../../src/runtime/index.ts';
import { useGpu } from '../gpu-fixture.ts';
import { RNN_CASES, rnnModels, type RnnCase } from './scan-helpers.ts';
import { maxRelErr } from './train-helpers.ts';

const BATCH = 2;
const gpu = useGpu();
let cache: PipelineCache | undefined;
const pipelines = (): PipelineCache => (cache ??= new PipelineCache(gpu.device));

const caseNamed = (name: string): RnnCase => RNN_CASES.find((c) => c.name === name)!;
const training = (m: CompiledModel, c: RnnCase, T: number) =>
  compileTraining(m, { batch: BATCH, data: { xShape: [T, c.input[1]], yShape: [...c.target], yDtype: 'f32', resident: BATCH } });

/** The backward loop's dispatch labels, ops only (it runs after the forward's; a goBackwards forward is the reverse one). */
function backwardStep(plan: Plan): string[] {
  const l = plan.loops![plan.loops!.length - 1]!;
  return plan.dispatches.slice(l.first, l.first + l.count).map((d) => d.label.replace(/^.*? \/ /, '').replace(/ \(.*?\)/g, ''));
}

describe.each([
  ['lstm sequences', 3],
  ['gru sequences backwards', 4],
] as const)('%s: backward step', (name, most) => {
  const c = caseNamed(name);
  const stepOf = (T: number): string[] => backwardStep(training(rnnModels({ ...c, input: [T, c.input[1]] }, T).scan, c, T).plan!);

  it(`has no concat kernel and at most ${most} dispatches, the same for T = 3 and 6`, () => {
    const s = stepOf(3);
    expect(s.filter((l) => /concat|pad/.test(l))).toEqual([]);
    expect(s.length).toBeLessThanOrEqual(most);
    expect(s.filter((l) => l.startsWith('matmul')).length).toBe(2);
    expect(stepOf(6)).toEqual(s);
  });

  it('the backward cell still has its concats in the IR: without placement each is a kernel (what the count above saves)', () => {
    const { scan } = rnnModels(c);
    const p = training(scan, c, c.input[0]);
    const bscan = p.graph.nodes.filter((n) => n.op === 'scan').pop()!;
    const body = simplifyGraph(scanLayout(bscan.attrs as unknown as ScanAttrs).body).graph;
    const concats = body.nodes.filter((n) => n.op === 'concat').length;
    expect(concats).toBe(name.startsWith('gru') ? 2 : 1);
    const [on, off] = [fuseGraph(body), fuseGraph(body, { placeConcats: false })];
    expect(on.groups.length).toBeLessThanOrEqual(off.groups.length - concats);
  });
});

/** x [4, 6]: concats along axis 1 and axis 0 of elementwise values; one value read by both concats, one also by an add. */
function concatGraph(): Graph {
  const b = newGraph('placed');
  const x = b.input('x', { dtype: 'f32', shape: [4, 6] });
  const y = b.input('y', { dtype: 'f32', shape: [4, 6] });
  const w = b.input('w', { dtype: 'f32', shape: [18, 3] });
  const a = b.op('tanh', [x]);
  const s = b.op('sigmoid', [b.op('mul', [x, y])]);
  const e = b.op('exp', [b.op('neg', [y])]);
  const c1 = b.op('concat', [a, s, e], { axis: 1 });
  const c0 = b.op('concat', [s, b.op('abs', [y])], { axis: 0 });
  b.output('m', b.op('matmul', [c1, w], { transposeA: false, transposeB: false }));
  b.output('c0', c0);
  b.output('r', b.op('add', [e, x]));
  // A concat with an argument operand stays a kernel.
  b.output('k', b.op('concat', [x, b.op('relu', [y])], { axis: 1 }));
  return b.build();
}

it('a concat of elementwise values has no kernel; WebGPU gives the interpreter\'s outputs (1e-5)', async () => {
  const g = concatGraph();
  const fused = fuseGraph(g);
  const ops = (grp: (typeof fused.groups)[number]) => [grp.anchor, ...grp.mid].flatMap((id) => g.nodes.filter((n) => n.id === id).map((n) => n.op));
  expect(fused.groups.filter((grp) => ops(grp).includes('concat')).length).toBe(1);
  expect(fused.placed?.size).toBe(4);
  expect(fused.placed?.get(g.nodes.find((n) => n.op === 'sigmoid')!.id)?.length).toBe(2);
  const plan = compileProgramPlan(g, { fusion: fused }).plan;
  const feeds = Object.fromEntries(g.args.map((a, k) => [a.name, { type: a.type, data: Float32Array.from({ length: a.type.shape.reduce((p, d) => p * d, 1) }, (_, i) => Math.sin(i * 0.37 + k)) }]));
  const want = interpret(g, feeds);
  const exe = await loadPlan(gpu.device, plan, { pipelineCache: pipelines() });
  try {
    const got = await exe.run(Object.fromEntries(Object.entries(feeds).map(([k, v]) => [k, v.data])));
    for (const o of g.outputs) expect(maxRelErr(got[o.name]!, want[o.name]!.data), o.name).toBeLessThan(1e-5);
  } finally {
    exe.destroy();
  }
});

it('GRU backward scan (gate gradients stored into both concats) on WebGPU gives the interpreter\'s result (1e-4)', async () => {
  // The training step's backward scan alone, its operands as inputs: the cell's kernels without the rest of the step's pipelines.
  const c = caseNamed('gru sequences backwards');
  const p = training(rnnModels(c).scan, c, c.input[0]);
  const bscan = p.graph.nodes.filter((n) => n.op === 'scan').pop()!;
  const types = new Map([...p.graph.args.map((a) => [a.id, a.type] as const), ...p.graph.nodes.map((n) => [n.id, n.type] as const)]);
  const b = newGraph('gru_backward');
  const operands = bscan.inputs.map((v, k) => b.input(`in${k}`, types.get(v)!));
  b.output('out', b.op('scan', operands, bscan.attrs));
  const g = b.build();
  const feeds = Object.fromEntries(g.args.map((a, k) => [a.name, { type: a.type, data: Float32Array.from({ length: a.type.shape.reduce((q, d) => q * d, 1) }, (_, i) => Math.sin(i * 0.61 + k) * 0.8) }]));
  const want = interpret(g, feeds).out!.data;
  const plan = compileProgramPlan(g, { fusion: fuseGraph(g) }).plan;
  expect(backwardStep(plan).filter((l) => /concat/.test(l))).toEqual([]);
  const exe = await loadPlan(gpu.device, plan, { pipelineCache: pipelines() });
  try {
    const got = (await exe.run(Object.fromEntries(Object.entries(feeds).map(([k, v]) => [k, v.data])))).out!;
    expect(maxRelErr(got, want)).toBeLessThan(1e-4);
  } finally {
    exe.destroy();
  }
});

describe.each(['lstm sequences', 'gru sequences backwards'])('%s training step: the backward scan reads in place', (name) => {
  it('the forward\'s saved values and the ∂ys it reads as rows are views of their buffers: no slice kernel copies them', () => {
    const c = caseNamed(name);
    const p = training(rnnModels(c).scan, c, c.input[0]);
    const g = p.graph;
    const names = printNames(g);
    const users = (v: number) => g.nodes.filter((n) => n.inputs.includes(v));
    const bscan = g.nodes.filter((n) => n.op === 'scan').pop()!;
    const nc = bscan.attrs.carries as number;
    const nx = bscan.attrs.xs as number;
    // Slices of a packed scan output or gradient that only the backward's xs read (through a reshape).
    const rowsOnly = g.nodes.filter((n) => n.op === 'slice' && users(n.id).length > 0 && users(n.id).every((r) => r.op === 'reshape' && users(r.id).length > 0 && users(r.id).every((u) => u === bscan && bscan.inputs.every((x, k) => x !== r.id || (k >= nc && k < nc + nx)))));
    // The saved pre-activation (or GRU h·U); the ∂ys are the gradient ops' own values, no slice at all (scan-grad.ts gradParts).
    expect(rowsOnly.length).toBeGreaterThanOrEqual(1);
    const labels = p.plan!.dispatches.map((d) => d.label.replace(/ \(.*?\)/g, ''));
    for (const s of rowsOnly) expect(labels, names.get(s.id)).not.toContain(`slice ${names.get(s.id)}`);
    // The backward's body kernels bind the forward's packed output, which the forward's loop writes.
    const [fwd, back] = p.plan!.loops!;
    const written = new Set(p.plan!.dispatches.slice(fwd!.first, fwd!.first + fwd!.count).flatMap((d) => d.bindings.slice(-1)));
    const read = new Set(p.plan!.dispatches.slice(back!.first, back!.first + back!.count).flatMap((d) => d.bindings));
    expect([...written].some((b) => read.has(b))).toBe(true);
  });
});

it('conv epilogues (bias + relu) store into their channel block of a concat, as in an inception block; WebGPU, compiled for this device, gives the interpreter\'s output (1e-4)', async () => {
  const b = newGraph('branches');
  const x = b.input('x', { dtype: 'f32', shape: [1, 6, 6, 3] });
  const branch = (k: number, cout: number, name: string) => {
    const w = b.input(`${name}_w`, { dtype: 'f32', shape: [k, k, 3, cout] });
    const bias = b.input(`${name}_b`, { dtype: 'f32', shape: [cout] });
    return b.op('relu', [b.op('add', [b.op('conv2d', [x, w], { strides: [1, 1], padding: 'same', dilations: [1, 1] }), bias])]);
  };
  b.output('y', b.op('concat', [branch(1, 4, 'a'), branch(3, 8, 'c'), branch(3, 5, 'd')], { axis: 3 }));
  const g = b.build();
  const fused = fuseGraph(g);
  expect(fused.placed?.size).toBe(3);
  const plan = compileProgramPlan(g, { fusion: fused, target: targetOf(gpu.adapter) }).plan;
  expect(plan.dispatches.filter((d) => /^concat/.test(d.label))).toEqual([]);
  const feeds = Object.fromEntries(g.args.map((a, k) => [a.name, { type: a.type, data: Float32Array.from({ length: a.type.shape.reduce((q, d) => q * d, 1) }, (_, i) => Math.sin(i * 0.43 + k) * 0.7) }]));
  const want = interpret(g, feeds).y!.data;
  const exe = await loadPlan(gpu.device, plan, { pipelineCache: pipelines() });
  try {
    const got = (await exe.run(Object.fromEntries(Object.entries(feeds).map(([k, v]) => [k, v.data])))).y!;
    expect(maxRelErr(got, want)).toBeLessThan(1e-4);
  } finally {
    exe.destroy();
  }
});
