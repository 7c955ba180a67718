/**
 * @file Time to the first training step, counted rather than timed (#20): a device wrapper records
 * every createComputePipelineAsync of `dlc train models/iris_mlp.ts`'s session. All of the step's
 * pipelines are requested before any of them is ready (compiled concurrently), none is requested
 * twice, and the evaluation's kernels that equal the step's (same WGSL, entry and bindings) reuse
 * the step's pipelines.
 */
import { describe, expect, it } from 'vitest';
import { loadIris } from '../../src/data/iris.ts';
import { compileModelFile } from '../../src/frontend/index.ts';
import { pipelineKey } from '../../src/runtime/pipelines.ts';
import { TrainSession } from '../../src/train/session.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();

interface Counted {
  readonly device: GPUDevice;
  /** One entry per createComputePipelineAsync: its shader code, entry point and layout. */
  readonly calls: { code: string; entry: string; layout: unknown }[];
  /** How many calls had been made when the first pipeline became ready (-1: none ready yet). */
  callsWhenFirstReady: number;
}

/** The device with createShaderModule / createComputePipelineAsync watched; everything else passes through. */
function counted(device: GPUDevice): Counted {
  const code = new WeakMap<object, string>();
  const c: Counted = { device: undefined as unknown as GPUDevice, calls: [], callsWhenFirstReady: -1 };
  const proxy = new Proxy(device, {
    get(target, prop) {
      if (prop === 'createShaderModule') {
        return (d: GPUShaderModuleDescriptor) => {
          const m = target.createShaderModule(d);
          code.set(m, d.code);
          return m;
        };
      }
      if (prop === 'createComputePipelineAsync') {
        return async (d: GPUComputePipelineDescriptor) => {
          c.calls.push({ code: code.get(d.compute.module) ?? '?', entry: d.compute.entryPoint ?? '', layout: d.layout });
          const p = await target.createComputePipelineAsync(d);
          if (c.callsWhenFirstReady < 0) c.callsWhenFirstReady = c.calls.length;
          return p;
        };
      }
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return Object.assign(c, { device: proxy });
}

/** WGSL without its `// dlc kernel: …` header line (which names the nodes a kernel serves). */
const body = (code: string): string => (code.startsWith('// dlc kernel:') ? code.slice(code.indexOf('\n') + 1) : code);

describe('pipelines of the first training step', () => {
  it('iris_mlp: the step\'s pipelines all in flight at once, nothing compiled twice, the evaluation reusing the step\'s', async () => {
    const w = counted(gpu.device);
    const m = compileModelFile('models/iris_mlp.ts').main;
    const data = loadIris();
    const t = m.train!;
    const s = await TrainSession.create(w.device, m, data, data.train, { batch: t.batchSize, seed: 0, loss: t.loss, optimizer: t.optimizer });
    try {
      const step = new Set(s.kernels.step.map(pipelineKey));
      const evaluation = new Set(s.kernels.evaluation.map(pipelineKey));
      const both = new Set([...step, ...evaluation]);
      // The premise: the two plans do share kernels, and each has some of its own.
      expect(both.size).toBeLessThan(step.size + evaluation.size);
      expect(evaluation.size).toBeGreaterThan(both.size - step.size);
      expect(w.callsWhenFirstReady).toBe(step.size);
      const metrics = await s.evaluate(data.test!);
      expect(metrics.loss).toBeGreaterThan(0);
      // One pipeline per distinct kernel of the two plans, none requested twice.
      const keys = w.calls.map((x) => `${x.entry}\n${body(x.code)}`);
      expect(new Set(keys).size).toBe(w.calls.length);
      expect(w.calls.length).toBe(both.size);
      // The first calls are the step's own kernels.
      const stepCodes = new Set(s.kernels.step.map((k) => `${k.entry}\n${body(k.code)}`));
      expect(keys.slice(0, step.size).every((k) => stepCodes.has(k))).toBe(true);
    } finally {
      s.destroy();
    }
  });
});
