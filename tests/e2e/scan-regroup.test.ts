/**
 * @file Scan bodies regroup their elementwise kernels (passes/fuse.ts FuseOptions.regroup, asked for by
 * codegen/scan.ts): once every node is placed, plain elementwise groups of one index space merge
 * into the largest union that fits the binding limit. Counted per backward step for every recurrent
 * case (the LSTM cell 3 dispatches, was 5: one elementwise kernel and two matmuls; the GRU 4, was 8:
 * and the bias gradient's reduction), independent of T; the regroup never joins two groups a third lies between
 * (a cycle); and, on WebGPU, a graph whose greedy fusion splits at the limit gives the interpreter's
 * outputs when regrouped. No pad kernel builds the packed output's gradient (passes/scan-grad.ts
 * gradParts). The LSTM and GRU training steps on WebGPU against the interpreter and the
 * unrolled plan are in scan-gpu, scan-saves and scan-placed; they run these regrouped bodies.
 */
import { describe, expect, it } from 'vitest';
import { compileProgramPlan } from '../../src/codegen/plan.ts';
import { compileTraining } from '../../src/compile.ts';
import type { CompiledModel } from '../../src/frontend/index.ts';
import type { Graph } from '../../src/ir/index.ts';
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

const training = (m: CompiledModel, c: RnnCase, T: number) =>
  compileTraining(m, { batch: BATCH, data: { xShape: [T, c.input[1]], yShape: [...c.target], yDtype: 'f32', resident: BATCH } });

/** Each loop's dispatch labels, ops only. */
function loopSteps(plan: Plan): string[][] {
  return (plan.loops ?? []).map((l) => plan.dispatches.slice(l.first, l.first + l.count).map((d) => d.label.replace(/^.*? \/ /, '').replace(/ \(.*?\)/g, '')));
}

/**
 * Per backward step: [dispatches, elementwise kernels], and the dispatches before regrouping. The
 * cell's gradient is one elementwise kernel, then its matmuls (and the GRU's bias reduction); the
 * dropout masks' bindings keep the LSTM's two; GRU resetAfter false has a matmul inside its cell.
 */
const BACKWARD: Record<string, readonly [number, number, number]> = {
  simpleRnn: [3, 1, 3],
  'lstm sequences': [3, 1, 5],
  'lstm goBackwards': [3, 1, 5],
  'gru sequences backwards': [4, 1, 8],
  'gru resetAfter false': [11, 4, 12],
  'bidirectional lstm': [3, 1, 5],
  'lstm dropout': [4, 2, 6],
};

describe.each(RNN_CASES.map((c) => [c.name, c] as const))('%s', (name, c) => {
  const stepsOf = (T: number): string[][] => loopSteps(training(rnnModels({ ...c, input: [T, c.input[1]] }, T).scan, c, T).plan!);
  const [dispatches, elementwise, before] = BACKWARD[name]!;

  it(`backward step: ${dispatches} dispatches (${before} before regrouping), ${elementwise} of them elementwise, the same for T = 3 and 6`, () => {
    const s = stepsOf(3);
    const backward = s.slice(s.length / 2);
    expect(backward.length).toBeGreaterThan(0);
    for (const step of backward) {
      expect(step.length).toBe(dispatches);
      expect(step.filter((l) => !/^(matmul|reduce_sum|slice|concat)/.test(l)).length).toBe(elementwise);
    }
    expect(stepsOf(6)).toEqual(s);
  });
});

describe.each(['lstm sequences', 'lstm goBackwards', 'gru sequences backwards', 'bidirectional lstm'])('%s training step: per-run copies', (name) => {
  it('no pad kernel writes the zero-padded gradient of the packed output: the backward reads ∂ys and ∂finals from the gradient ops', () => {
    const c = RNN_CASES.find((x) => x.name === name)!;
    const p = training(rnnModels(c).scan, c, c.input[0]);
    // A packed scan output is 1-D; the GRU's [2, 3u] bias gradient keeps its pads (not the scan's).
    const packed = new Set(p.graph.nodes.filter((n) => n.op === 'scan').map((n) => n.type.shape[0]));
    const pads = p.graph.nodes.filter((n) => n.op === 'pad' && n.type.shape.length === 1 && packed.has(n.type.shape[0]));
    expect(pads).toEqual([]);
    if (!name.startsWith('gru')) expect(p.plan!.dispatches.filter((d) => /^pad /.test(d.label))).toEqual([]);
  });
});

describe('regroup, on the backward cells', () => {
  it.each(['lstm sequences', 'gru sequences backwards'])('%s: one elementwise group where the greedy fusion leaves several', (name) => {
    const c = RNN_CASES.find((x) => x.name === name)!;
    const p = training(rnnModels(c).scan, c, c.input[0]);
    const bscan = p.graph.nodes.filter((n) => n.op === 'scan').pop()!;
    const body = simplifyGraph(scanLayout(bscan.attrs as unknown as ScanAttrs).body).graph;
    const elementwise = (regroup: boolean): number => fuseGraph(body, { regroup }).groups.filter((g) => g.kind === 'elementwise').length;
    expect(elementwise(true)).toBe(1);
    expect(elementwise(false)).toBeGreaterThan(1);
  });
});

/** a = exp(x) is read by a row sum r and by b = a·r + x: a and b share an index space, but one kernel of both would read r, which reads a. */
function cycleGraph(): Graph {
  const b = newGraph('cycle');
  const x = b.input('x', { dtype: 'f32', shape: [4, 6] });
  const a = b.op('exp', [x]);
  const r = b.op('reduce_sum', [a], { axes: [1], keepDims: true });
  const m = b.op('mul', [a, r]);
  b.output('y', b.op('add', [m, x]));
  return b.build();
}

/**
 * Found by a search over small random elementwise graphs: under a 4-binding limit the greedy pass
 * leaves two kernels (when %d joins, the sum of x1 is still read by the exp not yet placed, so the
 * merge counts 5 bindings), while one kernel of all of it binds 4 (x0, x1, y, z). %m and %s are read
 * by nothing, as the search made them.
 */
function splitGraph(): Graph {
  const b = newGraph('split');
  const x0 = b.input('x0', { dtype: 'f32', shape: [4, 6] });
  const x1 = b.input('x1', { dtype: 'f32', shape: [4, 6] });
  b.input('x2', { dtype: 'f32', shape: [4, 6] });
  const a = b.op('tanh', [x0]);
  const e = b.op('exp', [x0]);
  const c = b.op('add', [x1, x1]);
  b.op('mul', [a, c]);
  const d = b.op('add', [a, c]);
  b.op('sigmoid', [e]);
  const z = b.op('exp', [c]);
  b.output('y', b.op('mul', [x0, d]));
  b.output('z', z);
  return b.build();
}

describe('regroup on small graphs', () => {
  it('never joins two groups that a third lies between (a cycle): the row sum stays its own kernel, and the kernels are in order', () => {
    const f = fuseGraph(cycleGraph(), { regroup: true });
    expect(f.groups.length).toBeGreaterThanOrEqual(2);
    expect(f.groups.some((g) => g.kind === 'reduce')).toBe(true);
  });

  it('a graph the greedy pass splits at the limit becomes one kernel within it; WebGPU gives the interpreter outputs (1e-5)', async () => {
    const g = splitGraph();
    const max = 4;
    const on = fuseGraph(g, { regroup: true, maxStorageBuffers: max });
    expect(fuseGraph(g, { maxStorageBuffers: max }).groups.length).toBe(2);
    expect(on.groups.length).toBe(1);
    expect(on.groups[0]!.inputs.length + on.groups[0]!.outputs.length).toBeLessThanOrEqual(max);
    const feeds = Object.fromEntries(g.args.map((a, k) => [a.name, { type: a.type, data: Float32Array.from({ length: 24 }, (_, i) => Math.sin(i * 0.37 + k)) }]));
    const want = interpret(g, feeds);
    const plan = compileProgramPlan(g, { fusion: on }).plan;
    const exe = await loadPlan(gpu.device, plan, { pipelineCache: new PipelineCache(gpu.device) });
    try {
      const got = await exe.run(Object.fromEntries(Object.entries(feeds).map(([k, v]) => [k, v.data])));
      for (const o of g.outputs) expect(maxRelErr(got[o.name]!, want[o.name]!.data), o.name).toBeLessThan(1e-5);
    } finally {
      exe.destroy();
    }
  });
});
