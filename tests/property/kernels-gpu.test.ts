/**
 * @file The GEMM kernels (matmul, implicit-GEMM conv2d, conv2d_transpose, conv2d_backprop_filter)
 * on ragged shapes, every variant, batch broadcast and transposes, plain and with fused epilogues,
 * on the real WebGPU device against the reference interpreter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GemmVariant } from '../../src/codegen/gemm.ts';
import { compileProgramPlan } from '../../src/codegen/plan.ts';
import type { Graph, GraphBuilder, TensorType, Value } from '../../src/ir/index.ts';
import type { HostTensor } from '../../src/ops/op-def.ts';
import { emitMatmulVariant } from '../../src/ops/matmul.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { fuseGraph } from '../../src/passes/fuse.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { acquireDevice, loadPlan, PipelineCache, type DeviceHandle, type Plan } from '../../src/runtime/index.ts';
import { mismatch, randomFeeds } from './random-graph.ts';

const allowNoGpu = process.env.DLC_ALLOW_NO_GPU === '1';
let gpu: DeviceHandle | undefined;
let cache: PipelineCache;

beforeAll(async () => {
  try {
    gpu = await acquireDevice();
    cache = new PipelineCache(gpu.device);
  } catch (e) {
    if (!allowNoGpu) throw e;
  }
});

afterAll(async () => {
  gpu?.destroy();
  await gpu?.lost;
});

const f32 = (...shape: number[]): TensorType => ({ dtype: 'f32', shape });
const SIZES = [1, 3, 17, 64, 65];

/** Runs `plan` on feeds drawn for `g` and compares every output with the interpreter. */
async function check(g: Graph, plan: Plan, tol = 1e-4): Promise<void> {
  const feeds = randomFeeds(g, 3);
  const want = interpret(g, feeds);
  const exe = await loadPlan(gpu!.device, plan, { pipelineCache: cache });
  try {
    const data = (kind: 'input' | 'param'): Record<string, HostTensor['data']> =>
      Object.fromEntries(g.args.filter((a) => (a.kind === 'input') === (kind === 'input')).map((a) => [a.name, feeds[a.name]!.data]));
    await exe.setParams(data('param'));
    const got = await exe.run(data('input'));
    for (const [name, w] of Object.entries(want)) {
      const err = mismatch(Array.from(got[name]!, Number), Array.from(w.data, Number));
      expect(err, `${g.name} output ${name}`).toBeLessThanOrEqual(tol);
    }
  } finally {
    exe.destroy();
  }
}

const unfused = (g: Graph): Plan => compileProgramPlan(g).plan;
const fused = (g: Graph): Plan => compileProgramPlan(g, { fusion: fuseGraph(g) }).plan;

/** One matmul y = op(a)·op(b) with the given operand shapes. */
function matmulGraph(a: number[], b: number[], transposeA: boolean, transposeB: boolean): Graph {
  const g = newGraph(`mm_${a.join('x')}_${b.join('x')}_${+transposeA}${+transposeB}`);
  g.output('y', g.op('matmul', [g.input('a', f32(...a)), g.input('b', f32(...b))], { transposeA, transposeB }));
  return g.build();
}

/** [a, b] shapes of op(A) = M×K, op(B) = K×N with batch prefixes. */
function operands(m: number, n: number, k: number, ta: boolean, tb: boolean, ba: number[] = [], bb: number[] = []): [number[], number[]] {
  return [[...ba, ...(ta ? [k, m] : [m, k])], [...bb, ...(tb ? [n, k] : [k, n])]];
}

const VARIANTS: GemmVariant[] = [{ kind: 'tile', bm: 64, bn: 64 }, { kind: 'tile', bm: 32, bn: 32 }, { kind: 'ksplit' }, { kind: 'reg' }];

describe('GEMM kernels on WebGPU', () => {
  it('matmul, every variant forced, ragged M, N, K ∈ {1, 3, 17, 64, 65}, transposes', async (ctx) => {
    if (!gpu) return ctx.skip();
    // Each size appears twice as M, N and K; variants and transpose pairs cycle (SwiftShader is slow).
    for (let i = 0; i < 2 * SIZES.length; i++) {
      const [m, n, k] = [SIZES[i % 5]!, SIZES[(i * 2 + 1) % 5]!, SIZES[(i * 3 + 2) % 5]!];
      const [ta, tb] = [i % 2 === 1, (i >> 1) % 2 === 1];
      const variant = VARIANTS[i % VARIANTS.length]!;
      const [as, bs] = operands(m, n, k, ta, tb);
      const g = matmulGraph(as, bs, ta, tb);
      const plan = unfused(g);
      const src = emitMatmulVariant(f32(...as), f32(...bs), { transposeA: ta, transposeB: tb }, variant);
      const forced: Plan = { ...plan, kernels: [{ ...plan.kernels[0]!, code: src.code }], dispatches: [{ ...plan.dispatches[0]!, workgroups: [...src.workgroups] }] };
      await check(g, forced);
    }
  });

  it('matmul, chosen variant, batch broadcast and transposes', async (ctx) => {
    if (!gpu) return ctx.skip();
    const cases: [number, number, number, boolean, boolean, number[], number[]][] = [
      [17, 65, 3, false, false, [2, 1], [3]],
      [3, 17, 65, true, false, [1], [2]],
      [65, 64, 17, false, true, [2], []],
      [1, 64, 65, true, true, [], [3]],
      [64, 3, 64, false, false, [2, 3], [2, 1]],
    ];
    for (const [m, n, k, ta, tb, ba, bb] of cases) {
      const [as, bs] = operands(m, n, k, ta, tb, ba, bb);
      await check(matmulGraph(as, bs, ta, tb), unfused(matmulGraph(as, bs, ta, tb)));
    }
  });

  it('matmul + bias + relu epilogue (fused store path) on each variant’s shapes', async (ctx) => {
    if (!gpu) return ctx.skip();
    for (const [m, k, n] of [[1, 65, 17], [65, 17, 3], [130, 64, 65]] as const) {
      const g = newGraph(`dense_${m}_${k}_${n}`);
      const y = g.op('matmul', [g.input('x', f32(m, k)), g.param('w', f32(k, n))], { transposeA: false, transposeB: false });
      g.output('y', g.op('relu', [g.op('add', [y, g.param('b', f32(n))])]));
      const built = g.build();
      await check(built, fused(built));
    }
  });

  it('conv2d (implicit GEMM) and its gradients: stride 2, dilation 2, asymmetric same padding, C = 1 and 3, fused epilogues', async (ctx) => {
    if (!gpu) return ctx.skip();
    const g = convGraph();
    // Fused: conv2d runs the epilogue GEMM kernel, the gradients their own (ops-gpu covers the plain conv2d kernel).
    await check(g, fused(g), 2e-4);
  });
});

interface ConvCase {
  readonly x: number[];
  readonly k: number;
  readonly o: number;
  readonly strides: number[];
  readonly dilations: number[];
  readonly padding: 'same' | 'valid';
}

const CONVS: ConvCase[] = [
  { x: [1, 9, 9, 1], k: 3, o: 5, strides: [2, 2], dilations: [1, 1], padding: 'same' },
  { x: [2, 8, 7, 3], k: 3, o: 17, strides: [1, 1], dilations: [2, 2], padding: 'same' },
  { x: [2, 8, 8, 3], k: 4, o: 3, strides: [1, 2], dilations: [1, 1], padding: 'same' }, // rows: pad 1 before, 2 after
  { x: [1, 11, 10, 1], k: 3, o: 65, strides: [2, 1], dilations: [1, 2], padding: 'valid' },
];

/** Every conv case with a bias + relu + residual epilogue, plus its input and filter gradients. */
function convGraph(): Graph {
  const b = newGraph('convs');
  CONVS.forEach((c, i) => addConv(b, c, i));
  return b.build();
}

function addConv(b: GraphBuilder, c: ConvCase, i: number): void {
  const geo = { strides: c.strides, padding: c.padding, dilations: c.dilations };
  const cin = c.x[3]!;
  const x = b.input(`x${i}`, f32(...c.x));
  const w = b.param(`w${i}`, f32(c.k, c.k, cin, c.o));
  const y = b.op('conv2d', [x, w], geo);
  const shape = [...y.type.shape];
  const res = b.input(`r${i}`, f32(...shape));
  const act = (v: Value): Value => b.op('relu', [b.op('add', [b.op('add', [v, b.param(`b${i}`, f32(c.o))]), res])]);
  b.output(`y${i}`, act(y));
  const dy = b.input(`dy${i}`, f32(...shape));
  b.output(`dx${i}`, b.op('conv2d_transpose', [dy, w], { ...geo, outputShape: [c.x[1]!, c.x[2]!] }));
  b.output(`dw${i}`, b.op('conv2d_backprop_filter', [x, dy], { ...geo, filterShape: [c.k, c.k, cin, c.o] }));
}
