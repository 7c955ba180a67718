/**
 * @file `dlc build --explain` with packed weights (--quantize int8, --precision f16): the explain
 * plans read the bundle's packed tensors, dequantised by the runtime at load, so the bundle ships
 * no f32 matrix. saliency() and gradCam() equal the interpreter's explain graphs on the dequantised
 * weights within 1e-4 (the same arithmetic), and the f32 maps (the interpreter on the f32 weights,
 * which the f32 bundle equals: explain-bundle.test.ts) within the precision's tolerance.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unpackWeight } from '../../src/bundle/quantize.ts';
import { targetOf } from '../../src/codegen/target.ts';
import { weightFormat } from '../../src/codegen/weight-format.ts';
import { GRADCAM, gradCamGraph } from '../../src/explain/gradcam.ts';
import { EXPLAIN, explainGraph } from '../../src/explain/graph.ts';
import { explainFeeds } from '../../src/explain/program.ts';
import { interpret } from '../../src/reference/interpret.ts';
import type { Manifest } from '../../src/runtime/bundle-types.ts';
import { decodeWeights } from '../../src/runtime/bundle-weights.ts';
import { useGpu } from '../gpu-fixture.ts';
import { importBundle, makeBundle, randomInput, ROOT, tempDir, type TestBundle } from './bundle-helpers.ts';
import { maxAbs, maxAbsDiff } from './explain-helpers.ts';

interface ExplainApi {
  saliency(x: unknown, k?: number): Promise<{ saliency: Float32Array }>;
  gradCam(x: unknown, k?: number): Promise<{ cam: Float32Array }>;
  predict(x: unknown): Promise<Record<string, Float32Array>>;
  destroy(): void;
}

const gpu = useGpu();
const SRC = `import { sequential, conv2d, batchNorm, relu, flatten, dense } from 'dlc';
export default sequential({ name: 'qx', input: [6, 6, 1], layers: [conv2d(4, 3, { name: 'conv' }), batchNorm(), relu(), conv2d(3, 3, { name: 'conv2', activation: 'relu' }), flatten(), dense(3, { activation: 'softmax' })] });
`;
const x = randomInput(36, 3);
const bundles: Partial<Record<'f32' | 'f16' | 'int8', TestBundle>> = {};
const work = tempDir('quantize-explain');

beforeAll(async () => {
  const file = join(work, 'qx.ts');
  writeFileSync(file, SRC);
  // Kernels for the test's device (SwiftShader: barrier-free variants), which compile and run faster there.
  const target = targetOf(gpu.adapter);
  for (const storage of ['f32', 'f16', 'int8'] as const) bundles[storage] = await makeBundle(relative(ROOT, file), 1, { perturb: true, storage, target, explain: { methods: ['gradient', 'gradcam'] } });
});
afterAll(() => {
  for (const d of [work, ...Object.values(bundles).map((b) => join(b.dir, '..'))]) rmSync(d, { recursive: true, force: true });
});

/** The raw weights as the explain plans of bundle `b` read them: packed ones dequantised. */
function readWeights(b: TestBundle): Record<string, Float32Array> {
  const m = JSON.parse(new TextDecoder().decode(b.built.files.get('manifest.json')!)) as Manifest;
  const stored = decodeWeights(b.built.files.get('weights.safetensors')!);
  const out: Record<string, Float32Array> = { ...b.weights };
  for (const p of m.precision?.packed ?? []) {
    if (p.name in out) out[p.name] = unpackWeight(weightFormat(p.format, p.shape), stored.get(p.name)!.data as Uint32Array);
  }
  return out;
}

function reference(b: TestBundle, weights: Record<string, Float32Array>, k: number): { saliency: ArrayLike<number>; cam: ArrayLike<number> } {
  const e = explainGraph(b.model, { method: 'gradient' });
  const saliency = interpret(e.graph, { ...weights, ...explainFeeds(e, { x }, k) })[EXPLAIN.saliency]!.data as ArrayLike<number>;
  const g = gradCamGraph(b.model, { layer: 'conv2' });
  const onehot = new Float32Array(3);
  onehot[k] = 1;
  const cam = interpret(g.graph, { ...weights, [EXPLAIN.x]: x, [EXPLAIN.cls]: onehot })[GRADCAM.map]!.data as ArrayLike<number>;
  return { saliency, cam };
}

describe('saliency() and gradCam() of packed bundles', () => {
  it('ship no f32 matrix: every rank-2+ weight the explain plans read is packed (the raw conv kernel under batch norm too)', () => {
    for (const s of ['f16', 'int8'] as const) {
      const b = bundles[s]!;
      const m = JSON.parse(new TextDecoder().decode(b.built.files.get('manifest.json')!)) as Manifest;
      const f32Matrices = m.weights.tensors.filter((t) => t.dtype === 'f32' && t.shape.length >= 2).map((t) => t.name);
      expect(f32Matrices, s).toEqual([]);
      expect(m.precision!.packed.map((p) => p.name), s).toContain('conv.kernel');
      expect(b.built.files.get('weights.safetensors')!.length).toBeLessThan(bundles.f32!.built.files.get('weights.safetensors')!.length);
    }
  });

  for (const s of ['int8', 'f16'] as const) {
    it(`${s}: equal the interpreter on the dequantised weights (1e-4), and the f32 maps within the precision`, async () => {
      const b = bundles[s]!;
      const api = (await (await importBundle(b.dir)).load(gpu.device)) as unknown as ExplainApi;
      try {
        // The class whose Grad-CAM is largest (relu leaves some classes' maps all zero).
        const k = [0, 1, 2].reduce((best, c) => (maxAbs(reference(b, b.weights, c).cam) > maxAbs(reference(b, b.weights, best).cam) ? c : best), 0);
        const got = { saliency: (await api.saliency(x, k)).saliency, cam: (await api.gradCam(x, k)).cam };
        const want = reference(b, readWeights(b), k);
        expect(maxAbs(want.saliency), 'a non-trivial map').toBeGreaterThan(1e-3);
        expect(maxAbs(want.cam), 'a non-trivial Grad-CAM').toBeGreaterThan(1e-3);
        expect(maxAbsDiff(got.saliency, want.saliency)).toBeLessThan(1e-4 * Math.max(1, maxAbs(want.saliency)));
        expect(maxAbsDiff(got.cam, want.cam)).toBeLessThan(1e-4 * Math.max(1, maxAbs(want.cam)));
        // Against f32: int8 steps are max|w|/127 per channel, f16 ones 2^-11 relative.
        const tol = s === 'int8' ? 0.1 : 1e-2;
        // The f32 maps: the interpreter on the raw weights (what the f32 bundle gives within 1e-4: explain-bundle.test.ts).
        const f32 = reference(b, b.weights, k);
        const rel = (a: ArrayLike<number>, w: ArrayLike<number>): number => maxAbsDiff(a, w) / maxAbs(w);
        console.log(`${s} vs f32: saliency ${rel(got.saliency, f32.saliency).toExponential(2)}, Grad-CAM ${rel(got.cam, f32.cam).toExponential(2)} (max abs diff / max abs)`);
        expect(rel(got.saliency, f32.saliency)).toBeLessThan(tol);
        expect(rel(got.cam, f32.cam)).toBeLessThan(tol);
        expect(rel(got.saliency, f32.saliency)).toBeGreaterThan(0);
      } finally {
        api.destroy();
      }
    });
  }
});
