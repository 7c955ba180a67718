/** @file Over the whole registry: each op's kernel, compiled and run on the real WebGPU device, agrees with the interpreter. */
import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/codegen/plan.ts';
import type { AnyOpDef, Domain, OpCase, OpDef } from '../../src/ops/op-def.ts';
import { OPS } from '../../src/ops/registry.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { acquireDevice, loadPlan, PipelineCache, type DeviceHandle } from '../../src/runtime/index.ts';
import { maxRelError, randomInputs, singleOpGraph } from './harness.ts';

const only = process.env.DLC_OPS?.split(',');
const allowNoGpu = process.env.DLC_ALLOW_NO_GPU === '1';
const selected = Object.values(OPS as Record<string, AnyOpDef>).filter((d) => !only || only.includes(d.name));
const ready = selected;

// SwiftShader runs these on the CPU: few cases per op, and shrinking bounded in time.
const RUNS = { numRuns: 6, interruptAfterTimeLimit: 30_000 };
const EXTREME_RUNS = { numRuns: 3, interruptAfterTimeLimit: 30_000 };

let gpu: DeviceHandle | undefined;
let noGpu: unknown;
let cache: PipelineCache;

beforeAll(async () => {
  try {
    gpu = await acquireDevice();
    cache = new PipelineCache(gpu.device);
  } catch (e) {
    noGpu = e;
  }
});

// Dawn finishes destroying a device on its own threads; exiting before `lost` settles can abort the worker.
afterAll(async () => {
  gpu?.destroy();
  await gpu?.lost;
});

it('a WebGPU device is available (set DLC_ALLOW_NO_GPU=1 to skip the GPU tests)', (ctx) => {
  if (noGpu !== undefined && allowNoGpu) ctx.skip();
  if (noGpu !== undefined) throw new Error(`no WebGPU device, so the GPU tests cannot run:\n${noGpu instanceof Error ? noGpu.message : String(noGpu)}`);
  expect(gpu?.device).toBeDefined();
});

describe.each(ready.map((d) => [d.name, d] as const))('%s', (_name, def) => {
  it('GPU kernel agrees with the interpreter (f32)', async (ctx) => {
    if (!gpu) return ctx.skip();
    await fc.assert(
      fc.asyncProperty(def.testing.cases(fc), fc.integer(), (c, seed) => checkOnGpu(def, c, seed)),
      RUNS,
    );
  });

  // Declared only where the op names extremes.
  const extremes = def.testing.extremes;
  if (extremes) {
    it('GPU kernel gives no NaN on extreme inputs', async (ctx) => {
      if (!gpu) return ctx.skip();
      await fc.assert(
        fc.asyncProperty(def.testing.cases(fc), fc.integer(), (c, seed) => checkOnGpu(def, c, seed, extremes)),
        EXTREME_RUNS,
      );
    });
  }
});


/** Compiles the op alone, runs it on the device, and compares with the interpreter on the same inputs. */
async function checkOnGpu(def: OpDef<unknown>, c: OpCase<unknown>, seed: number, extremes?: Domain): Promise<void> {
  const g = singleOpGraph(def, c);
  const xs = randomInputs(c, seed, 'f32', extremes);
  const feeds = Object.fromEntries(xs.map((x, i) => [`x${i}`, x.data]));
  const want = interpret(g, feeds).y!.data;
  const exe = await loadPlan(gpu!.device, compilePlan(g), { pipelineCache: cache });
  try {
    const got = (await exe.run(feeds)).y!;
    expect(got.length).toBe(want.length);
    const tol = def.testing.gpuTolerance ?? 1e-4;
    const err = errorWhereDefined(got, want);
    if (!(err <= tol)) throw new Error(mismatch(def, c, got, want, err, tol, exe.plan.kernels[0]?.code ?? '(no kernel)'));
  } finally {
    exe.destroy();
  }
}

/**
 * maxRelError (abs floor 1) over the elements where the reference is a number: where it is NaN,
 * WGSL does not promise NaN back (max(NaN, 0) may be 0). A NaN from the GPU elsewhere is an error.
 */
function errorWhereDefined(got: ArrayLike<number>, want: ArrayLike<number>): number {
  const g: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < want.length; i++) {
    if (Number.isNaN(want[i]!)) continue;
    g.push(got[i]!);
    w.push(want[i]!);
  }
  return maxRelError(g, w, 1);
}

function mismatch(def: OpDef<unknown>, c: OpCase<unknown>, got: ArrayLike<number>, want: ArrayLike<number>, err: number, tol: number, code: string): string {
  const i = worstIndex(got, want);
  return [
    `${def.name}: GPU differs from the interpreter (max rel error ${err} > ${tol})`,
    `  case: ${JSON.stringify(c)}`,
    `  element ${i}: GPU ${got[i]}, reference ${want[i]}`,
    `  kernel:\n${code}`,
  ].join('\n');
}

function worstIndex(got: ArrayLike<number>, want: ArrayLike<number>): number {
  let worst = 0;
  let worstErr = -1;
  for (let i = 0; i < want.length; i++) {
    if (Number.isNaN(want[i]!) || got[i] === want[i]) continue;
    const e = Math.abs(got[i]! - want[i]!) / (Math.abs(want[i]!) + 1);
    const err = Number.isNaN(e) ? Infinity : e;
    if (err > worstErr) [worst, worstErr] = [i, err];
  }
  return worst;
}
