/**
 * @file The `uni` GEMMs' `a` form (codegen/gemm-uni.ts) in an f16-storage plan (`dlc build
 * --precision f16`, activations halved too): their row loop's count reads `arrayLength` of a binding
 * (so Mesa's NIR keeps it a loop), and half-storage.ts must still halve that binding when it is a
 * temporary, with the length it reads rewritten (packed words × 2; the `array<f16>`'s own length).
 * Two dense layers, ragged against the blocks: every temporary halved, the weights packed at half
 * their f32 bytes, the output within the f16 bound of the f32 interpreter — on the packed-u32 path
 * and, where the device has shader-f16 (lavapipe), the `array<f16>` one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { f16Bits, f16Value } from '../../src/bundle/quantize.ts';
import { packWeights } from '../../src/bundle/precision.ts';
import { compileProgramPlan } from '../../src/codegen/plan.ts';
import { deviceTarget, type KernelTarget } from '../../src/codegen/target.ts';
import type { WeightEncoding } from '../../src/codegen/weight-format.ts';
import type { Graph } from '../../src/ir/index.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { fuseGraph } from '../../src/passes/fuse.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { acquireDevice, loadPlan, type DeviceHandle } from '../../src/runtime/index.ts';

const toHalf = (x: number): number => f16Value(f16Bits(x));

let gpu: DeviceHandle;
let paths: boolean[];

beforeAll(async () => {
  gpu = await acquireDevice({ optionalFeatures: ['shader-f16'] });
  paths = gpu.device.features.has('shader-f16') ? [false, true] : [false];
});

afterAll(async () => {
  gpu?.destroy();
  await gpu?.lost;
});

/** x[13×8] → relu(x·w1 + b1) [13×19] → ·w2 [13×6]: the hidden layer a temporary between two GEMMs. */
function mlp(): Graph {
  const b = newGraph('mlp');
  const x = b.input('x', { dtype: 'f32', shape: [13, 8] });
  const h = b.op('relu', [b.op('add', [b.op('matmul', [x, b.param('w1', { dtype: 'f32', shape: [8, 19] })], {}), b.param('b1', { dtype: 'f32', shape: [19] })], {})], {});
  b.output('y', b.op('matmul', [h, b.param('w2', { dtype: 'f32', shape: [19, 6] })], {}));
  return b.build();
}

/** f16 values, so rounding them to f16 storage is exact and only the stored activations round. */
const data = (n: number, seed: number): Float32Array => Float32Array.from({ length: n }, (_, i) => toHalf(Math.sin(i * 0.37 + seed) * 1.5));

/** The plan with every GEMM forced to `variant` (a tuning table, as `dlc build --tune` records it). */
function compile(g: Graph, target: KernelTarget, variant: string, weights?: WeightEncoding) {
  const once = (t: KernelTarget) => compileProgramPlan(g, { fusion: fuseGraph(g), target: t, ...(weights ? { weights } : {}) });
  const keys = [...once(target).plan.kernels.map((k) => k.code).join('\n').matchAll(/\[(gemm [^\]]+)\]/g)].map((m) => m[1]!);
  expect(keys.length).toBe(2);
  return once({ ...target, tuned: Object.fromEntries(keys.map((k) => [k, variant])) });
}

describe('uni GEMMs with f16 storage', () => {
  it('the a-form row loop reads arrayLength of a halved temporary; weights at half their bytes; output within the f16 bound', async () => {
    const target = deviceTarget(gpu.device);
    // The run-time count is the 8-lane forms' (llvmpipe's): the plain 8-lane ones run anywhere, the subgroup ones where subgroups are 8 wide (lavapipe).
    const sg = target.subgroupSize === 8 ? ['unisg16x2a', 'unisg32x2a'] : [];
    if (sg.length === 0) console.warn(`the test device's subgroups are not 8 wide (${target.label}): only the plain 8-lane forms were run (DLC_VULKAN_DRIVER=lavapipe runs the subgroup ones)`);
    const g = mlp();
    const feeds = { x: data(13 * 8, 1) };
    const params = { w1: data(8 * 19, 2), b1: data(19, 3), w2: data(19 * 6, 4) };
    const want = interpret(g, { ...feeds, ...params }).y!.data;
    for (const variant of ['uni16x2a', 'uni8x1a', ...sg]) {
      const f32 = compile(g, target, variant);
      for (const native of paths) {
        const what = `${variant} ${native ? 'array<f16>' : 'packed u32'}`;
        const f16 = compile(g, target, variant, { kind: 'f16', nativeF16: native, activations: true });
        const code = f16.plan.kernels.map((k) => k.code).join('\n');
        expect(code, what).toContain(`// gemm ${variant}, tuned on`);
        // The count's binding is the halved hidden layer in the second GEMM: its length read as halves.
        const length = native ? /arrayLength\(&(\w+)\)/g : /\(arrayLength\(&(\w+)\) \* 2u\)/g;
        const halvedNames = new Set([...code.matchAll(native ? /var<storage, read(?:_write)?> (\w+): array<f16>;/g : /var<storage, read(?:_write)?> (\w+): array<(?:atomic<)?u32>?>;/g)].map((m) => m[1]!));
        expect([...code.matchAll(length)].some((m) => halvedNames.has(m[1]!)), `${what}: a row count reads a halved binding's length`).toBe(true);
        // Every temporary halved: u32 words, half the f32 plan's bytes (rounded up to whole words).
        const temps = (p: typeof f32.plan) => p.buffers.filter((b) => b.role === 'temp');
        expect(temps(f16.plan).length, what).toBeGreaterThan(0);
        expect(temps(f16.plan).every((b) => b.dtype === 'u32'), `${what}: every temporary halved`).toBe(true);
        expect(f16.memory.unsharedTempBytes, what).toBe(temps(f32.plan).reduce((s, b) => s + Math.ceil(b.size / 8) * 4, 0));
        // The matmul weights packed two halves a word: half their f32 bytes.
        expect([...f16.packed.keys()].sort(), what).toEqual(['w1', 'w2']);
        for (const name of ['w1', 'w2']) expect(f16.plan.buffers[f16.plan.params[name]!]!.size * 2, `${what}: ${name} bytes`).toBe(f32.plan.buffers[f32.plan.params[name]!]!.size);
        const weights = packWeights(new Map(Object.entries(params).map(([name, d]) => [name, { dtype: 'f32' as const, shape: [d.length], data: d }])), f16.packed);
        const exe = await loadPlan(gpu.device, f16.plan);
        try {
          await exe.setParams(Object.fromEntries([...weights].map(([name, t]) => [name, t.data])) as never);
          const y = ((await exe.run(feeds)) as Record<string, Float32Array>).y!;
          expect(y.length).toBe(want.length);
          let worst = 0;
          for (let i = 0; i < y.length; i++) worst = Math.max(worst, Math.abs(y[i]! - Number(want[i]!)) / (1 + Math.abs(Number(want[i]!))));
          // The hidden layer stored as halves (≤ 2⁻¹¹ relative each), summed over 19 terms; the output itself is f32.
          expect(worst, what).toBeLessThanOrEqual(4e-3);
          expect(worst, `${what}: the hidden layer was stored as halves`).toBeGreaterThan(0);
        } finally {
          exe.destroy();
        }
      }
    }
  });
});
