/** @file Fused kernels on the real WebGPU device agree with the reference interpreter on the unfused graph: random graphs, CNN/dense blocks, and the seed models. */
import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileProgramPlan } from '../../src/codegen/plan.ts';
import { compileInference } from '../../src/compile.ts';
import { compileModelFile } from '../../src/frontend/index.ts';
import type { Graph } from '../../src/ir/index.ts';
import type { HostTensor } from '../../src/ops/op-def.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { fuseGraph } from '../../src/passes/fuse.ts';
import { simplify } from '../../src/passes/simplify.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { acquireDevice, loadPlan, PipelineCache, type DeviceHandle } from '../../src/runtime/index.ts';
import { mismatch, randomFeeds, randomGraphArb } from './random-graph.ts';

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

/** Compiles `g` fused (with a given buffer limit), runs it, and compares every output with the interpreter. */
async function checkFused(g: Graph, feeds: Record<string, HostTensor>, tol = 1e-4, maxStorageBuffers = 8): Promise<void> {
  const want = interpret(g, feeds);
  const compiled = compileProgramPlan(g, { fusion: fuseGraph(g, { maxStorageBuffers }) });
  const exe = await loadPlan(gpu!.device, compiled.plan, { pipelineCache: cache });
  try {
    const args = new Map(g.args.map((a) => [a.name, a.kind]));
    const pick = (input: boolean): Record<string, HostTensor['data']> =>
      Object.fromEntries(Object.entries(feeds).filter(([k]) => (args.get(k) === 'input') === input).map(([k, v]) => [k, v.data]));
    await exe.setParams(pick(false));
    const got = await exe.run(pick(true));
    for (const [name, w] of Object.entries(want)) {
      const err = mismatch(Array.from(got[name]!, Number), Array.from(w.data, Number));
      if (!(err <= tol)) throw new Error(`output ${name} differs by ${err}\nkernels:\n${compiled.plan.kernels.map((k) => k.code).join('\n')}`);
    }
  } finally {
    exe.destroy();
  }
}

describe('fused plans on WebGPU', () => {
  it('random graphs: fused GPU result = interpreter on the unfused graph', async (ctx) => {
    if (!gpu) return ctx.skip();
    await fc.assert(
      fc.asyncProperty(randomGraphArb(fc), fc.boolean(), fc.constantFrom(3, 4, 8), async ({ graph, seed }, simplifyFirst, limit) => {
        const g = simplifyFirst ? simplify.run(graph).graph : graph;
        await checkFused(g, randomFeeds(g, seed), 1e-4, limit);
      }),
      { numRuns: 25, interruptAfterTimeLimit: 40_000 },
    );
  });

  it('CNN blocks: conv+bias+relu+pool, residual epilogue, global pool + dense + softmax, reductions with prologues', async (ctx) => {
    if (!gpu) return ctx.skip();
    const g = cnnBlocks();
    await checkFused(g, randomFeeds(g, 11), 1e-4);
  });

  for (const model of ['models/mnist_cnn.ts', 'models/resnet.ts']) {
    it(`${model} inference: fused plan = interpreter`, async (ctx) => {
      if (!gpu) return ctx.skip();
      const g = compileInference(compileModelFile(model).main, { after: 'hoist-params' }).graph;
      await checkFused(g, randomFeeds(g, 5, () => ({ min: -0.5, max: 0.5 })), 1e-3);
    });
  }
});

/** Every fused kernel shape the models use, small: pools, residuals, row softmax, prologue reductions. */
function cnnBlocks(): Graph {
  const b = newGraph('blocks');
  const f32 = (...shape: number[]) => ({ dtype: 'f32' as const, shape });
  const x = b.input('x', f32(2, 7, 7, 3));
  const conv = (h: typeof x, name: string, cin: number, cout: number, k: number, stride: number, padding: string) =>
    b.op('conv2d', [h, b.param(`${name}.w`, f32(k, k, cin, cout))], { strides: [stride, stride], padding, dilations: [1, 1] });
  const bias = (h: typeof x, name: string, c: number) => b.op('add', [h, b.param(`${name}.b`, f32(c))]);
  const c1 = b.op('relu', [bias(conv(x, 'c1', 3, 4, 3, 1, 'same'), 'c1', 4)]);
  const p1 = b.op('max_pool2d', [c1], { poolSize: [2, 2], strides: [2, 2], padding: 'valid' });
  const c2 = bias(conv(p1, 'c2', 4, 4, 3, 1, 'same'), 'c2', 4);
  const r = b.op('relu', [b.op('add', [c2, p1])]);
  const c3 = b.op('tanh', [bias(conv(r, 'c3', 4, 5, 1, 1, 'valid'), 'c3', 5)]);
  const p3 = b.op('avg_pool2d', [c3], { poolSize: [2, 2], strides: [1, 1], padding: 'valid' });
  const gap = b.op('global_avg_pool2d', [p3]);
  const logits = bias(b.op('matmul', [gap, b.param('d.w', f32(5, 70))], { transposeA: false, transposeB: false }), 'd', 70);
  b.output('probs', b.op('softmax', [logits], { axis: -1 }));
  b.output('logp', b.op('log_softmax', [b.op('mul', [logits, logits])], { axis: 1 }));
  const big = b.op('exp', [b.op('neg', [b.op('square', [c1])])]);
  b.output('sum', b.op('reduce_sum', [big], { axes: [1, 2, 3], keepDims: false }));
  b.output('max', b.op('reduce_max', [b.op('abs', [c1])], { axes: [0, 3], keepDims: true }));
  return b.build();
}
