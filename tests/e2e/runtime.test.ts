/** @file A small multi-node graph compiled to a Plan and run on the real WebGPU device: results, submits, feeds, reuse. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/codegen/plan.ts';
import type { Graph } from '../../src/ir/index.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { acquireDevice, loadPlan, RuntimeError, type DeviceHandle, type Executable, type Plan } from '../../src/runtime/index.ts';

const allowNoGpu = process.env.DLC_ALLOW_NO_GPU === '1';
let gpu: DeviceHandle | undefined;

// Without a device the GPU tests fail with the install hint, unless DLC_ALLOW_NO_GPU=1 skips them.
beforeAll(async () => {
  try {
    gpu = await acquireDevice();
  } catch (e) {
    if (!allowNoGpu) throw e;
  }
});

// Dawn finishes destroying a device on its own threads; exiting before `lost` settles can abort the worker.
afterAll(async () => {
  gpu?.destroy();
  await gpu?.lost;
});

/**
 * x:[4,3], w:param[3] → s = reduce_sum(exp(relu(x + w) · 0.5), axis 1); the positive count of x;
 * reshape + broadcast_to of s; an i32 side path; x itself and s twice as outputs.
 */
function chain(): Graph {
  const b = newGraph('chain');
  b.loc = { file: 'models/chain.ts', line: 3, col: 5 };
  const x = b.input('x', { dtype: 'f32', shape: [4, 3] });
  const k = b.input('k', { dtype: 'i32', shape: [3] });
  const w = b.param('w', { dtype: 'f32', shape: [3] });
  const half = b.op('constant', [], { value: 0.5, dtype: 'f32', shape: [] });
  const s = b.op('reduce_sum', [b.op('exp', [b.op('mul', [b.op('relu', [b.op('add', [x, w])]), half])])], { axes: [1], keepDims: false });
  const zero = b.op('constant', [], { value: 0, dtype: 'f32', shape: [] });
  const mask = b.op('greater', [x, zero]);
  b.output('s', s);
  b.output('count', b.op('reduce_sum', [b.op('cast', [mask], { to: 'f32' })], { axes: [0, 1], keepDims: false }));
  b.output('tiled', b.op('broadcast_to', [b.op('reshape', [s], { shape: [2, 2] })], { shape: [3, 2, 2] }));
  b.output('mask', mask);
  b.output('k2', b.op('add', [k, k]));
  b.output('x_again', x);
  b.output('s_again', s);
  return b.build();
}

const X = Float32Array.from({ length: 12 }, (_, i) => Math.sin(i * 1.7) * 2);
const W = [0.25, -0.5, 1];
const K = Int32Array.from([1, -2, 3]);

function device(ctx: { skip: () => void }): GPUDevice {
  if (!gpu) ctx.skip();
  return gpu!.device;
}

async function load(d: GPUDevice, g: Graph = chain()): Promise<Executable> {
  return loadPlan(d, compilePlan(g));
}

describe('compiled chain on WebGPU', () => {
  it('matches the interpreter on every output, including an argument and a value returned twice', async (ctx) => {
    const exe = await load(device(ctx));
    await exe.setParams({ w: W });
    const got = await exe.run({ x: X, k: K });
    const want = interpret(chain(), { x: X, k: K, w: W });
    expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
    for (const [name, t] of Object.entries(want)) {
      const g = got[name]!;
      expect(g.length, name).toBe(t.data.length);
      t.data.forEach((v, i) => expect(g[i], `${name}[${i}]`).toBeCloseTo(v, 4));
    }
    expect(got.mask).toBeInstanceOf(Uint8Array);
    expect(got.k2).toBeInstanceOf(Int32Array);
    exe.destroy();
  });

  it('submits once per run and creates no GPU objects after the first run', async (ctx) => {
    const d = device(ctx);
    const exe = await load(d);
    await exe.setParams({ w: W });
    const counts = instrument(d);
    try {
      const first = await exe.run({ x: X, k: K });
      const afterFirst = { ...counts };
      const x2 = X.map((v) => -v);
      const second = await exe.run({ x: x2, k: K });
      expect(counts.submit - afterFirst.submit).toBe(1);
      expect(afterFirst.submit).toBe(1);
      expect(counts.createBuffer - afterFirst.createBuffer).toBe(0);
      expect(counts.createBindGroup).toBe(0);
      expect(counts.createPipeline).toBe(0);
      const want = interpret(chain(), { x: x2, k: K, w: W }).s!.data;
      second.s!.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 4));
      expect(second.s).not.toEqual(first.s);
    } finally {
      counts.restore();
      exe.destroy();
    }
  });

  it('reads back only what is asked for', async (ctx) => {
    const exe = await load(device(ctx));
    expect(Object.keys(await exe.run({ x: X, k: K }, { read: ['count'] }))).toEqual(['count']);
    expect(await exe.run({ x: X, k: K }, { read: [] })).toEqual({});
    await expect(exe.run({ x: X, k: K }, { read: ['nope'] })).rejects.toThrow(/no output named 'nope'/);
    exe.destroy();
  });

  it('rejects bad feeds with the input name and its expected type', async (ctx) => {
    const exe = await load(device(ctx));
    await expect(exe.run({ x: X.subarray(0, 5), k: K })).rejects.toThrow(/input 'x' expects f32\[4,3\] \(12 values\), got 5 values/);
    await expect(exe.run({ k: K })).rejects.toThrow(/no value given for input 'x' \(f32\[4,3\]\)/);
    await expect(exe.run({ x: X, k: K, y: [1] })).rejects.toThrow(/no input named 'y'[\s\S]*x: f32\[4,3\], k: i32\[3\]/);
    await expect(exe.run({ x: X, k: K, w: W })).rejects.toThrow(/'w' is a param or state: set it with setParams/);
    await expect(exe.run({ x: X, k: Float32Array.from([1, 2, 3]) })).rejects.toThrow(/input 'k' is i32\[3\], got a Float32Array/);
    await expect(exe.run({ x: X, k: [1, 2.5, 3] })).rejects.toThrow(/input 'k' is i32\[3\]: element 1 is 2.5/);
    await expect(exe.setParams({ w: [1, 2] })).rejects.toThrow(/param 'w' expects f32\[3\] \(3 values\), got 2 values/);
    await expect(exe.run({ x: X, k: K })).resolves.toBeDefined(); // a rejected call leaves the executable usable
    expect((await exe.run({ x: Array.from(X), k: [1, -2, 3] })).k2).toEqual(Int32Array.from([2, -4, 6]));
    exe.destroy();
  });

  it('keeps params across runs and reads them back', async (ctx) => {
    const exe = await load(device(ctx));
    expect(await exe.readParams()).toEqual({ w: new Float32Array(3) }); // params start at zero
    await exe.setParams({ w: W });
    await exe.run({ x: X, k: K });
    expect(await exe.readParams(['w'])).toEqual({ w: Float32Array.from(W) });
    await expect(exe.readParams(['x'])).rejects.toThrow(/no param or state named 'x'/);
    exe.destroy();
  });

  it('survives a JSON round trip of the plan', async (ctx) => {
    const plan = compilePlan(chain());
    const copy = JSON.parse(JSON.stringify(plan)) as Plan;
    expect(copy).toEqual(plan);
    const exe = await loadPlan(device(ctx), copy);
    expect((await exe.run({ x: X, k: K }, { read: ['k2'] })).k2).toEqual(Int32Array.from([2, -4, 6]));
    exe.destroy();
  });

  it('runs zero-size tensors without dispatching', async (ctx) => {
    const b = newGraph('empty');
    const z = b.input('z', { dtype: 'f32', shape: [0, 3] });
    const v = b.input('v', { dtype: 'f32', shape: [3] });
    b.output('r', b.op('relu', [b.op('add', [z, v])]));
    b.output('e', b.op('exp', [v]));
    const plan = compilePlan(b.build());
    expect(plan.dispatches.map((d) => d.label)).toEqual(['exp %2']);
    const exe = await loadPlan(device(ctx), plan);
    const out = await exe.run({ z: [], v: [0, 1, 2] });
    expect(out.r).toEqual(new Float32Array(0));
    expect(out.e![2]).toBeCloseTo(Math.exp(2), 5);
    exe.destroy();
  });

  it('rejects pending and later runs with a clear error when the device is lost', async (ctx) => {
    const { device: d, lose } = hangingDevice(device(ctx));
    const exe = await load(d);
    const pending = exe.run({ x: X, k: K }, { read: [] });
    lose();
    await expect(pending).rejects.toThrow(/GPU device was lost \(unknown\): simulated loss/);
    await expect(exe.run({ x: X, k: K })).rejects.toThrow(/GPU device was lost/);
    exe.destroy();
  });
});

describe('compilePlan', () => {
  it('shares one kernel between identical nodes and names each op and location in its header', () => {
    const b = newGraph('twice');
    const x = b.input('x', { dtype: 'f32', shape: [2, 3] });
    b.loc = { file: 'models/a.ts', line: 4, col: 7 };
    const h = b.op('relu', [x]);
    b.loc = { file: 'models/a.ts', line: 5, col: 7 };
    b.output('y', b.op('relu', [h]));
    const plan = compilePlan(b.build());
    expect(plan.kernels).toHaveLength(1);
    expect(plan.dispatches.map((d) => [d.kernel, d.label])).toEqual([
      [0, 'relu %0 (models/a.ts:4:7)'],
      [0, 'relu %1 (models/a.ts:5:7)'],
    ]);
    expect(plan.kernels[0]!.code.split('\n')[0]).toBe('// dlc kernel: relu %0 (models/a.ts:4:7), relu %1 (models/a.ts:5:7)');
  });

  it('maps arguments returned directly, and one value returned twice, to the same buffer', () => {
    const plan = compilePlan(chain());
    expect(plan.outputs.x_again).toBe(plan.inputs.x);
    expect(plan.outputs.s_again).toBe(plan.outputs.s);
    expect(plan.buffers[plan.params.w!]).toMatchObject({ role: 'param', name: 'w', dtype: 'f32', shape: [3], size: 12 });
    expect(plan.buffers[plan.outputs.mask!]).toMatchObject({ role: 'output', dtype: 'bool', size: 48 });
  });
});

/** Counts queue submits and GPU object creation on a device, by wrapping its methods. */
function instrument(d: GPUDevice): { submit: number; createBuffer: number; createBindGroup: number; createPipeline: number; restore(): void } {
  const q = d.queue;
  const orig = { submit: q.submit, createBuffer: d.createBuffer, createBindGroup: d.createBindGroup, async: d.createComputePipelineAsync, sync: d.createComputePipeline };
  const counts = {
    submit: 0,
    createBuffer: 0,
    createBindGroup: 0,
    createPipeline: 0,
    restore() {
      Object.assign(q, { submit: orig.submit });
      Object.assign(d, { createBuffer: orig.createBuffer, createBindGroup: orig.createBindGroup, createComputePipelineAsync: orig.async, createComputePipeline: orig.sync });
    },
  };
  const wrap = <F extends (...a: never[]) => unknown>(self: object, f: F, key: 'submit' | 'createBuffer' | 'createBindGroup' | 'createPipeline'): F =>
    function (this: unknown, ...args: Parameters<F>) {
      counts[key]++;
      return f.apply(self, args);
    } as F;
  q.submit = wrap(q, orig.submit, 'submit');
  d.createBuffer = wrap(d, orig.createBuffer, 'createBuffer');
  d.createBindGroup = wrap(d, orig.createBindGroup, 'createBindGroup');
  d.createComputePipelineAsync = wrap(d, orig.async, 'createPipeline');
  d.createComputePipeline = wrap(d, orig.sync, 'createPipeline');
  return counts;
}

/**
 * The real device behind a proxy whose queue never reports work done and whose loss the test
 * triggers: a hung GPU, without destroying a device under pending work (which can abort Dawn).
 */
function hangingDevice(real: GPUDevice): { device: GPUDevice; lose(): void } {
  let resolveLost: (info: GPUDeviceLostInfo) => void = () => undefined;
  const lost = new Promise<GPUDeviceLostInfo>((r) => (resolveLost = r));
  const forward = (target: object, key: string | symbol): unknown => {
    const v = Reflect.get(target, key, target) as unknown;
    return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
  };
  const queue = new Proxy(real.queue, { get: (t, k) => (k === 'onSubmittedWorkDone' ? () => new Promise(() => undefined) : forward(t, k)) });
  const device = new Proxy(real, { get: (t, k) => (k === 'lost' ? lost : k === 'queue' ? queue : forward(t, k)) });
  return { device, lose: () => resolveLost({ reason: 'unknown', message: 'simulated loss' } as GPUDeviceLostInfo) };
}

describe('in-place updates (the training-step mechanism)', () => {
  it('copies update outputs into their params and states at the end of each run, in the same submit', async () => {
    if (!gpu) return;
    const b = newGraph('counter');
    const x = b.input('x', { dtype: 'f32', shape: [2] });
    const p = b.param('p', { dtype: 'f32', shape: [2] });
    const s = b.state('s', { dtype: 'f32', shape: [] });
    b.output('y', b.op('mul', [x, p]));
    b.output('update/p', b.op('add', [p, x]));
    b.output('update/s', b.op('add', [s, b.op('constant', [], { value: 1, dtype: 'f32', shape: [] })]));
    const plan = compilePlan(b.build(), { updates: { 'update/p': 'p', 'update/s': 's' } });
    expect(plan.updates).toHaveLength(2);
    const exe = await loadPlan(gpu.device, plan);
    await exe.setParams({ p: [1, 2], s: [0] });
    const first = await exe.run({ x: [10, 20] });
    expect([...first.y!]).toEqual([10, 40]); // read before the update lands
    await exe.run({ x: [10, 20] }, { read: [] });
    const after = await exe.readParams(['p', 's']);
    expect([...after.p!]).toEqual([21, 42]);
    expect([...after.s!]).toEqual([2]);
    exe.destroy();
  });

  it('refuses an update that names no output or no persistent argument', () => {
    const b = newGraph('bad');
    const p = b.param('p', { dtype: 'f32', shape: [1] });
    b.output('y', b.op('neg', [p]));
    expect(() => compilePlan(b.build(), { updates: { missing: 'p' } })).toThrowError(/no output 'missing'/);
    expect(() => compilePlan(b.build(), { updates: { y: 'q' } })).toThrowError(/no param or state %q/);
  });
});
