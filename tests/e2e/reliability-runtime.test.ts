/**
 * @file Bad runtime inputs (wrong shape, dtype, length, NaN/Inf, missing or extra names) are refused
 * with an error naming the input and its expected type, and leave the executable usable; a lost GPU
 * device is a RuntimeError (E_DEVICE_LOST) within a bounded time, never a hang.
 * (Bundle files — truncated, wrong version, paths outside the folder, mismatched weights — are covered
 * in bundle-node.test.ts; damaged checkpoints in reliability-train.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/codegen/plan.ts';
import type { Graph } from '../../src/ir/index.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { acquireDevice, loadPlan, RuntimeError, type DeviceHandle, type Executable } from '../../src/runtime/index.ts';
import { toFeeds } from '../../src/runtime/bundle-inputs.ts';
import type { InputSpec } from '../../src/runtime/bundle-types.ts';

let gpu: DeviceHandle;
let exe: Executable;

/** x: f32[2,3], k: i32[3], w: param f32[3] → y = relu(x + w), k2 = k + k. */
function graph(): Graph {
  const b = newGraph('feeds');
  const x = b.input('x', { dtype: 'f32', shape: [2, 3] });
  const k = b.input('k', { dtype: 'i32', shape: [3] });
  const w = b.param('w', { dtype: 'f32', shape: [3] });
  b.output('y', b.op('relu', [b.op('add', [x, w])]));
  b.output('k2', b.op('add', [k, k]));
  return b.build();
}

const X = Float32Array.from([1, -2, 3, -4, 5, -6]);
const K = Int32Array.from([1, 2, 3]);

beforeAll(async () => {
  gpu = await acquireDevice();
  exe = await loadPlan(gpu.device, compilePlan(graph()));
  await exe.setParams({ w: [0, 0, 0] });
});

afterAll(async () => {
  exe?.destroy();
  gpu?.destroy();
  await gpu?.lost;
});

/** The RuntimeError a call rejects with (fails the test if it resolves or throws something else). */
async function refusal(p: () => Promise<unknown>): Promise<RuntimeError> {
  try {
    await p();
  } catch (e) {
    expect(e).toBeInstanceOf(RuntimeError);
    expect((e as Error).message).not.toContain('    at ');
    return e as RuntimeError;
  }
  throw new Error('expected a RuntimeError');
}

describe('executor: bad feeds name the input and its expected type', () => {
  it('wrong length', async () => {
    const e = await refusal(() => exe.run({ x: new Float32Array(5), k: K }));
    expect(e.code).toBe('E_FEED_SHAPE');
    expect(e.message).toContain("input 'x' expects f32[2,3] (6 values), got 5 values");
  });

  it('wrong dtype: floats for an i32 input, a non-integer, a string', async () => {
    expect((await refusal(() => exe.run({ x: X, k: Float32Array.from([1, 2, 3]) }))).message).toMatch(/input 'k' is i32\[3\], got a Float32Array/);
    expect((await refusal(() => exe.run({ x: X, k: [1, 2.5, 3] }))).message).toMatch(/input 'k' is i32\[3\]: element 1 is 2.5/);
    expect((await refusal(() => exe.run({ x: ['a', 'b', 'c', 'd', 'e', 'f'] as unknown as number[], k: K }))).code).toBe('E_FEED_DTYPE');
    expect((await refusal(() => exe.run({ x: 42 as unknown as number[], k: K }))).code).toBe('E_FEED_TYPE');
  });

  it('missing and extra inputs', async () => {
    const missing = await refusal(() => exe.run({ x: X }));
    expect(missing.code).toBe('E_FEED_MISSING');
    expect(missing.message).toContain("'k' (i32[3])");
    const extra = await refusal(() => exe.run({ x: X, k: K, image: X }));
    expect(extra.code).toBe('E_FEED_UNKNOWN');
    expect(extra.hint).toContain('x: f32[2,3], k: i32[3]');
    expect((await refusal(() => exe.run({ x: X, k: K, w: [1, 2, 3] }))).hint).toContain('setParams');
  });

  it('10 concurrent runs, each input array changed right after its call: every run sees the values of its call', async () => {
    const xs = Array.from({ length: 10 }, (_, i) => Float32Array.from({ length: 6 }, (_, j) => (j % 2 ? -1 : 1) * (i + j)));
    const runs = xs.map((x) => {
      const given = Float32Array.from(x);
      const numbers = Array.from(K);
      const p = exe.run({ x: given, k: numbers });
      given.fill(-1000);
      numbers.fill(7);
      return p;
    });
    const outs = await Promise.all(runs);
    outs.forEach((o, i) => {
      expect(Array.from(o.y!)).toEqual(Array.from(xs[i]!, (v) => Math.max(v, 0)));
      expect(Array.from(o.k2!)).toEqual([2, 4, 6]);
    });
  });

  it('still runs correctly after every refusal', async () => {
    const out = await exe.run({ x: X, k: K });
    expect([...out.y!]).toEqual([1, 0, 3, 0, 5, 0]);
    expect([...out.k2!]).toEqual([2, 4, 6]);
  });
});

describe('bundle inputs: shape and NaN/Inf policy (host side, before the executor)', () => {
  const spec: InputSpec = { name: 'x', dtype: 'f32', shape: [2, 3], nonFinite: 'reject' };
  const feeds = (v: unknown, policy?: 'reject' | 'allow') => toFeeds([spec], { x: v as number[] }, policy);

  it('NaN and ±Inf are refused under reject, naming the input, the index and its type; allow passes them', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      const e = (() => {
        try {
          feeds([1, 2, 3, bad, 5, 6]);
        } catch (err) {
          return err as RuntimeError;
        }
        throw new Error('expected a refusal');
      })();
      expect(e.code).toBe('E_INPUT_NONFINITE');
      expect(e.message).toContain(`input 'x' holds ${bad} at flat index 3 (f32[2,3])`);
    }
    expect(feeds([1, 2, 3, NaN, 5, 6], 'allow').x).toHaveLength(6);
  });

  it('nested arrays get the checks flat inputs get: null, strings, holes, booleans → E_FEED_DTYPE; ragged or too deep → E_INPUT_SHAPE', () => {
    const code = (v: unknown): string => {
      try {
        feeds(v);
      } catch (e) {
        expect(e).toBeInstanceOf(RuntimeError);
        return (e as RuntimeError).code;
      }
      return 'ok';
    };
    // Each bad element, given nested and given flat, is refused with the same code and element index.
    for (const bad of [null, '1', 'abc', undefined, true, {}, 1n]) {
      const rows = [[1, 2, bad], [4, 5, 6]];
      expect(code(rows), String(bad)).toBe('E_FEED_DTYPE');
      expect(code(rows.flat()), String(bad)).toBe('E_FEED_DTYPE');
      expect(() => feeds(rows)).toThrow(/input 'x' is f32\[2,3\]: element 2 is/);
    }
    // eslint-disable-next-line no-sparse-arrays
    expect(code([[1, 2, 3], [4, , 6]])).toBe('E_FEED_DTYPE');
    expect(code([[1, 2, 3], [4, 5]])).toBe('E_INPUT_SHAPE');
    expect(code([[1, 2, 3], 4])).toBe('E_INPUT_SHAPE');
    expect(code([[1, 2, [3]], [4, 5, 6]])).toBe('E_INPUT_SHAPE');
    expect(code([1, 2, 3, 4, 5, [6]])).toBe('E_INPUT_SHAPE');
    expect(code({ shape: [2, 3], data: [[1, 2, 3], [4, 5, 6]] })).toBe('E_INPUT_SHAPE');
    expect(code({ shape: [2, 3], data: [1, 2, 3, 4, 5, null] })).toBe('E_FEED_DTYPE');
    expect(code({ shape: null, data: [] })).toBe('E_INPUT_SHAPE');
    expect(code(null)).toBe('E_FEED_TYPE');
    expect(code('123456')).toBe('E_FEED_TYPE');
    expect(code([[1, 2, 3], [4, 5, 6]])).toBe('ok');
    expect(Array.from(feeds([[1, 2, 3], [4, 5, 6]]).x as Float32Array)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(() => toFeeds([spec], null as never, undefined)).toThrow(RuntimeError);
  });

  it('a wrong nested or declared shape names the expected shape', () => {
    expect(() => feeds([[1, 2], [3, 4]])).toThrow(/input 'x' expects f32\[2,3\], got 2 entries at \[0\] where axis 1 has 3/);
    expect(() => feeds({ shape: [3, 2], data: new Float32Array(6) })).toThrow(/input 'x' expects f32\[2,3\], got shape \[3,2\]/);
  });
});

describe('a lost device', () => {
  it('rejects a pending run and later calls with E_DEVICE_LOST within seconds, not a hang', async () => {
    const own = await acquireDevice();
    try {
      const e2 = await loadPlan(own.device, compilePlan(graph()));
      const pending = e2.run({ x: X, k: K });
      own.device.destroy();
      const bounded = <T>(p: Promise<T>): Promise<T> => Promise.race([p, new Promise<never>((_, rej) => setTimeout(() => rej(new Error('hung for 10 s')), 10_000))]);
      // A run already submitted may finish first; whichever way, the next call must be refused promptly.
      await bounded(pending.catch(() => undefined));
      await bounded(own.lost);
      const later = await bounded(refusal(() => e2.run({ x: X, k: K })));
      expect(later.code).toBe('E_DEVICE_LOST');
      expect(later.message).toMatch(/GPU device was lost \(destroyed\)/);
      expect((await bounded(refusal(() => e2.readParams()))).code).toBe('E_DEVICE_LOST');
    } finally {
      own.destroy();
      await own.lost;
    }
  }, 60_000);
});
