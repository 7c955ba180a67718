/**
 * @file max_pool2d_grad's window-major form (ops/max-pool2d-grad.ts: windows that share no input
 * element, one invocation per pooled element storing its whole cell) against the reference
 * interpreter: 2×2/2 and 3×3/3 pools, strides wider than the window (gaps), both paddings, ragged
 * edges (rows and columns no window covers), ties (the first maximum takes the gradient), with the
 * ReLU mask fused after it as in a training step; overlapping windows keep the gather form.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/codegen/plan.ts';
import type { Graph } from '../../src/ir/index.ts';
import { f32 } from '../../src/ops/conv-geometry.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { fuseGraph } from '../../src/passes/fuse.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { useGpu } from '../gpu-fixture.ts';
import { maxRelErr } from './train-helpers.ts';

const gpu = useGpu();

interface Case { x: number[]; pool: number[]; strides: number[]; padding: 'valid' | 'same' }
const CASES: Case[] = [
  { x: [2, 6, 6, 3], pool: [2, 2], strides: [2, 2], padding: 'valid' },
  { x: [1, 7, 5, 4], pool: [2, 2], strides: [2, 2], padding: 'valid' }, // ragged: the last row and column are in no window
  { x: [2, 7, 5, 2], pool: [2, 2], strides: [2, 2], padding: 'same' },
  { x: [1, 9, 8, 3], pool: [3, 3], strides: [3, 3], padding: 'same' },
  { x: [1, 8, 9, 2], pool: [2, 1], strides: [3, 2], padding: 'valid' }, // stride > size: gaps between windows
  { x: [2, 5, 7, 1], pool: [1, 2], strides: [2, 3], padding: 'same' },
  { x: [1, 3, 3, 2], pool: [3, 3], strides: [3, 3], padding: 'valid' }, // one window
];

/** dx = max_pool2d_grad(x, dy) · mask: the pool gradient with the ReLU mask a step multiplies it by. */
function graph(c: Case, dyShape: number[]): Graph {
  const b = newGraph('pool_grad');
  const attrs = { poolSize: c.pool, strides: c.strides, padding: c.padding };
  const g = b.op('max_pool2d_grad', [b.input('x', f32(c.x)), b.input('dy', f32(dyShape))], attrs);
  b.output('y', b.op('mul', [g, b.input('mask', f32(c.x))], {}));
  return b.build();
}

const outSize = (n: number, k: number, s: number, p: 'valid' | 'same'): number => (p === 'same' ? Math.ceil(n / s) : Math.floor((n - k) / s) + 1);

async function check(c: Case, ties: boolean): Promise<string> {
  const dyShape = [c.x[0]!, outSize(c.x[1]!, c.pool[0]!, c.strides[0]!, c.padding), outSize(c.x[2]!, c.pool[1]!, c.strides[1]!, c.padding), c.x[3]!];
  const g = graph(c, dyShape);
  const len = (s: number[]): number => s.reduce((a, b) => a * b, 1);
  const feeds = {
    x: Float32Array.from({ length: len(c.x) }, (_, i) => (ties ? (i * 7) % 3 : Math.sin(i * 1.7) * 2)),
    dy: Float32Array.from({ length: len(dyShape) }, (_, i) => 1 + Math.cos(i * 0.3)),
    mask: Float32Array.from({ length: len(c.x) }, (_, i) => (i % 5 === 0 ? 0 : 1)),
  };
  const plan = compilePlan(g, { fusion: fuseGraph(g) });
  expect(plan.dispatches).toHaveLength(1);
  const exe = await loadPlan(gpu.device, plan);
  try {
    const y = (await exe.run(feeds)).y as Float32Array;
    expect(maxRelErr(y, interpret(g, feeds).y!.data, 1), JSON.stringify(c)).toBeLessThan(1e-6);
  } finally {
    exe.destroy();
  }
  return plan.kernels[0]!.code;
}

describe('max_pool2d_grad, windows that share no input element', () => {
  it('one invocation per pooled element stores its cell (dy at the first maximum, 0 elsewhere) through the fused mask', async () => {
    for (const c of CASES) {
      for (const ties of [false, true]) {
        const code = await check(c, ties);
        // The window-major form: the argmax once per invocation, its cell stored in a loop.
        expect(code).toContain('let at = dlc_pool_argmax(n, ph, pw, c);');
      }
    }
  });

  it('overlapping windows (3×3 of stride 2) keep the gather form', async () => {
    const code = await check({ x: [1, 7, 7, 2], pool: [3, 3], strides: [2, 2], padding: 'valid' }, true);
    expect(code).not.toContain('let at = dlc_pool_argmax');
    expect(code).toContain('dlc_pool_argmax(n, oh, ow, c) == i');
  });
});
