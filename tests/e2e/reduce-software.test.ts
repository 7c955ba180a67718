/**
 * @file Fused reductions on software targets (fused-reduce.ts, usesTree): with enough outputs they
 * loop per output, barrier-free, instead of the workgroup tree; both forms match the interpreter on
 * WebGPU, prologue and epilogue included.
 */
import { describe, expect, it } from 'vitest';
import { compileProgramPlan } from '../../src/codegen/plan.ts';
import { SOFTWARE_LOOP_MIN_OUTPUTS, TREE_MIN_COUNT, usesTree } from '../../src/codegen/fused-reduce.ts';
import { targetOf, type KernelTarget } from '../../src/codegen/target.ts';
import type { Graph } from '../../src/ir/index.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { fuseGraph } from '../../src/passes/fuse.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();
const SOFTWARE = targetOf({ vendor: 'google', architecture: 'swiftshader', isSoftware: true });
const GPU = targetOf({ vendor: 'nvidia', architecture: 'hopper', isSoftware: false });

interface Case {
  readonly name: string;
  readonly shape: number[];
  readonly op: 'reduce_sum' | 'reduce_mean' | 'reduce_max';
  readonly axes: number[];
  /** Does the software target keep the tree (too few outputs)? */
  readonly softwareTree: boolean;
}

const CASES: readonly Case[] = [
  // A bias gradient: a column sum over the batch axis, many outputs.
  { name: 'column sum [300, 130] → [130]', shape: [300, 130], op: 'reduce_sum', axes: [0], softwareTree: false },
  { name: 'batch-norm mean [2, 130, 130] → [130]', shape: [2, 130, 130], op: 'reduce_mean', axes: [0, 1], softwareTree: false },
  { name: 'row max [130, 300] → [130]', shape: [130, 300], op: 'reduce_max', axes: [1], softwareTree: false },
  { name: 'few outputs [600, 64] → [64]', shape: [600, 64], op: 'reduce_sum', axes: [0], softwareTree: true },
];

/** out = reduce(x · 2 − 0.5) + bias: an elementwise prologue and epilogue fused around the reduction. */
function graph(c: Case): Graph {
  const b = newGraph('reduce_case');
  const x = b.input('x', { dtype: 'f32', shape: c.shape });
  const pre = b.op('sub', [b.op('mul', [x, b.op('constant', [], { value: 2, dtype: 'f32', shape: [] })]), b.op('constant', [], { value: 0.5, dtype: 'f32', shape: [] })]);
  const r = b.op(c.op, [pre], { axes: c.axes, keepDims: false });
  const bias = b.input('bias', r.type);
  b.output('y', b.op('add', [r, bias]));
  return b.build();
}

function data(n: number, seed: number): Float32Array {
  let s = seed;
  return Float32Array.from({ length: n }, () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1);
}

async function runOn(g: Graph, target: KernelTarget, feeds: Record<string, Float32Array>): Promise<{ y: Float32Array; code: string }> {
  const plan = compileProgramPlan(g, { fusion: fuseGraph(g), target }).plan;
  expect(plan.dispatches).toHaveLength(1);
  const exe = await loadPlan(gpu.device, plan);
  try {
    const out = await exe.run(feeds);
    return { y: out.y as Float32Array, code: plan.kernels[0]!.code };
  } finally {
    exe.destroy();
  }
}

describe('fused reductions on software targets', () => {
  it('loop per output once there are enough outputs; long reductions with few outputs keep the tree', () => {
    expect(usesTree(TREE_MIN_COUNT, SOFTWARE_LOOP_MIN_OUTPUTS, SOFTWARE)).toBe(false);
    expect(usesTree(TREE_MIN_COUNT, SOFTWARE_LOOP_MIN_OUTPUTS - 1, SOFTWARE)).toBe(true);
    expect(usesTree(TREE_MIN_COUNT, 10_000, GPU)).toBe(true);
    expect(usesTree(TREE_MIN_COUNT - 1, 1, GPU)).toBe(false);
  });

  for (const c of CASES) {
    it(`${c.name}: software and GPU kernels equal the interpreter`, async () => {
      const g = graph(c);
      const n = c.shape.reduce((a, d) => a * d, 1);
      const outs = g.nodes.find((x) => x.op === c.op)!.type.shape.reduce((a, d) => a * d, 1);
      const feeds = { x: data(n, 3), bias: data(outs, 5) };
      const want = interpret(g, feeds).y!.data;
      for (const [target, tree] of [[SOFTWARE, c.softwareTree], [GPU, true]] as const) {
        const { y, code } = await runOn(g, target, feeds);
        expect(code.includes('workgroupBarrier'), target.label).toBe(tree);
        expect(y.length).toBe(want.length);
        for (let i = 0; i < y.length; i++) expect(Math.abs(y[i]! - want[i]!), `${target.label} [${i}]`).toBeLessThan(1e-4 * (1 + Math.abs(want[i]!)) * Math.sqrt(n));
      }
    });
  }
});
