/**
 * @file Bundles built with --explain (src/bundle/explain.ts, src/runtime/bundle-explain.ts) in Node:
 * saliency() for every method and gradCam() equal the interpreter's explain graphs on the raw
 * (unfolded batch norm) weights within 1e-4 (the plans are the ones `dlc saliency` compiles); the top class is explained by default; the typed index.d.ts declares both; a bundle built
 * without --explain refuses them with a code; the runtime's noise generator is the dataset RNG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { seededRandom } from '../../src/data/dataset.ts';
import { GRADCAM, gradCamGraph, resizeBilinear } from '../../src/explain/gradcam.ts';
import { EXPLAIN, explainGraph, type ExplainMethod } from '../../src/explain/graph.ts';
import { compileExplain, explainFeeds } from '../../src/explain/program.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { acquireDevice, type DeviceHandle } from '../../src/runtime/index.ts';
import { mulberry32 } from '../../src/runtime/explain-host.ts';
import { importBundle, makeBundle, randomInput, ROOT, tempDir, type TestBundle } from './bundle-helpers.ts';
import { maxAbs, maxAbsDiff } from './explain-helpers.ts';

interface Attribution { saliency: Float32Array; scores: Float32Array; classIndex: number; method: string }
interface Cam { cam: Float32Array; map: Float32Array; scores: Float32Array; classIndex: number; layer: string }
interface ExplainBundle {
  saliency(x: unknown, k?: number, o?: object): Promise<Attribution>;
  gradCam(x: unknown, k?: number, o?: object): Promise<Cam>;
  predict(x: unknown): Promise<Record<string, Float32Array>>;
  destroy(): void;
}

const SRC = `import { sequential, conv2d, batchNorm, relu, flatten, dense } from 'dlc';
export default sequential({ name: 'xb', input: [6, 6, 1], layers: [conv2d(2, 3, { name: 'conv' }), batchNorm(), relu(), flatten(), dense(3, { activation: 'softmax' })] });
`;

let gpu: DeviceHandle | undefined;
let b: TestBundle;
let bundle: ExplainBundle;
const x = randomInput(36, 3);
let file = '';

beforeAll(async () => {
  gpu = await acquireDevice();
  const dir = tempDir('explain-bundle');
  file = join(dir, 'xb.ts');
  writeFileSync(file, SRC);
  b = await makeBundle(relative(ROOT, file), 1, { perturb: true, explain: { samples: 4 } });
  bundle = (await (await importBundle(b.dir)).load(gpu.device)) as unknown as ExplainBundle;
});
afterAll(async () => {
  bundle?.destroy();
  gpu?.destroy();
  await gpu?.lost;
});

const refSaliency = (method: ExplainMethod, k: number, extra: { seed?: number; noiseLevel?: number; baseline?: Float32Array } = {}) => {
  const e = explainGraph(b.model, { method, samples: 4 });
  return interpret(e.graph, { ...b.weights, ...explainFeeds(e, { x, ...extra }, k) })[EXPLAIN.saliency]!.data;
};

describe('bundle saliency() and gradCam()', () => {
  it('gradient saliency equals the interpreter (raw batch-norm weights); the top class by default; scores are the logits', async () => {
    const want = refSaliency('gradient', 1);
    const got = await bundle.saliency(x, 1);
    expect([got.classIndex, got.method, got.saliency.length]).toEqual([1, 'gradient', 36]);
    expect(maxAbs(want), 'a non-trivial map').toBeGreaterThan(1e-3);
    expect(maxAbsDiff(got.saliency, want)).toBeLessThan(1e-4 * Math.max(1, maxAbs(want)));
    // The bundle's plan is the one `dlc saliency` compiles and runs (compileExplain), dispatch for dispatch.
    const manifest = JSON.parse(readFileSync(join(b.dir, 'manifest.json'), 'utf8')) as { plans: Record<string, { dispatches: { label: string }[] }> };
    expect(manifest.plans.saliency!.dispatches.length).toBe(compileExplain(b.model, { method: 'gradient' }).plan.dispatches.length);
    const top = await bundle.saliency({ [b.model.inputs[0]!.name]: x });
    expect(top.scores[top.classIndex]).toBe(Math.max(...top.scores));
    // The scores are the softmax's input: the bundle's predict() is their softmax.
    const probs = (await bundle.predict(x)).output!;
    const z = Array.from(top.scores, Math.exp);
    const sum = z.reduce((s, v) => s + v, 0);
    expect(maxAbsDiff(probs, z.map((v) => v / sum))).toBeLessThan(1e-5);
  });

  it('smoothgrad (same seeded noise) and integrated gradients (a baseline) equal the interpreter', async () => {
    const sg = await bundle.saliency(x, 2, { method: 'smoothgrad', seed: 5, noiseLevel: 0.3 });
    const wantSg = refSaliency('smoothgrad', 2, { seed: 5, noiseLevel: 0.3 });
    expect(maxAbsDiff(sg.saliency, wantSg)).toBeLessThan(1e-4 * Math.max(1, maxAbs(wantSg)));
    expect(maxAbsDiff(sg.saliency, refSaliency('gradient', 2)), 'noise changes the map').toBeGreaterThan(1e-6);
    const baseline = randomInput(36, 9);
    const ig = await bundle.saliency(x, 0, { method: 'integrated', baseline });
    const wantIg = refSaliency('integrated', 0, { baseline });
    expect(maxAbsDiff(ig.saliency, wantIg)).toBeLessThan(1e-4 * Math.max(1, maxAbs(wantIg)));
  });

  it('gradCam equals the interpreter, upsampled to the input; another layer is refused', async () => {
    const got = await bundle.gradCam(x, 1, { layer: 'conv' });
    const g = gradCamGraph(b.model, { layer: 'conv' });
    const onehot = new Float32Array(3);
    onehot[1] = 1;
    const want = interpret(g.graph, { ...b.weights, [EXPLAIN.x]: x, [EXPLAIN.cls]: onehot })[GRADCAM.map]!.data;
    expect([got.layer, got.classIndex, got.cam.length, got.map.length]).toEqual(['conv', 1, 16, 36]);
    expect(maxAbsDiff(got.cam, want)).toBeLessThan(1e-4 * Math.max(1, maxAbs(want)));
    expect(maxAbsDiff(got.map, resizeBilinear(got.cam, 4, 4, 6, 6))).toBe(0);
    await expect(bundle.gradCam(x, 1, { layer: 'dense' })).rejects.toMatchObject({ code: 'E_EXPLAIN_LAYER' });
  });

  it('refuses a bad class, a bad method and a wrong-sized input with codes; index.d.ts declares both methods', async () => {
    await expect(bundle.saliency(x, 3)).rejects.toMatchObject({ code: 'E_EXPLAIN_CLASS' });
    await expect(bundle.saliency(x, 0, { method: 'occlusion' })).rejects.toMatchObject({ code: 'E_BUNDLE_ENTRY' });
    await expect(bundle.saliency(new Float32Array(5), 0)).rejects.toMatchObject({ code: expect.stringMatching(/^E_(INPUT|FEED)/) });
    const dts = readFileSync(join(b.dir, 'index.d.ts'), 'utf8');
    expect(dts).toMatch(/saliency\(input: Inputs \| InputValue<readonly \[1, 6, 6, 1\]>, classIndex\?: number, options\?: \{ readonly method\?: 'gradient' \| 'smoothgrad' \| 'integrated'/);
    expect(dts).toMatch(/gradCam\(input: .*options\?: \{ readonly layer\?: 'conv' \}\): Promise<GradCam>/);
  });

  it('dlc build --explain-methods builds only those; bad lists and stray explain flags are usage errors', async () => {
    let err = '';
    const io = { out: () => {}, err: (t: string) => (err += t), isTTY: false };
    const out = join(tempDir('explain-cli'), 'b');
    expect(await main(['build', file, '-o', out, '--explain', '--explain-methods', 'gradcam,smoothgrad', '--explain-samples', '2', '--gradcam-layer', 'conv'], io), err).toBe(0);
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { entryPoints: Record<string, unknown>; explain: { methods: Record<string, { samples: number }>; gradCam: { layer: string } } };
    expect(Object.keys(m.entryPoints).sort()).toEqual(['gradCam', 'predict', 'smoothgrad']);
    expect([Object.keys(m.explain.methods), m.explain.methods.smoothgrad!.samples, m.explain.gradCam.layer]).toEqual([['smoothgrad'], 2, 'conv']);
    expect(await main(['build', file, '-o', out, '--explain', '--explain-methods', 'gradient,occlusion'], io)).toBe(2);
    expect(err).toMatch(/--explain-methods takes gradient, smoothgrad, integrated, gradcam, got 'occlusion'/);
    expect(await main(['build', file, '-o', out, '--explain-samples', '4'], io)).toBe(2);
    expect(err).toMatch(/go with --explain/);
  });

  it('a train bundle with --explain: saliency() follows the trained weights (shared with trainStep)', async () => {
    // The perceptron's saliency (of its logit) is its kernel: after training, the trained kernel.
    const t = await makeBundle('models/perceptron.ts', 4, { mode: 'train', explain: { methods: ['gradient'] } });
    const tb = (await (await importBundle(t.dir)).load(gpu!.device)) as unknown as ExplainBundle & { trainStep(b: unknown): Promise<unknown>; getWeights(): Promise<Record<string, Float32Array>> };
    try {
      const sample = [0.5, -0.25];
      const before = await tb.saliency(sample, 0);
      const batch = { 'batch/x': Float32Array.from([1, 2, -1, 0.5, 2, -1, -2, -1]), 'batch/y': Float32Array.from([1, 0, 1, 0]) };
      for (let i = 0; i < 3; i++) await tb.trainStep(batch);
      const after = await tb.saliency(sample, 0);
      const e = explainGraph(t.model, { method: 'gradient' });
      const want = interpret(e.graph, { ...(await tb.getWeights()), ...explainFeeds(e, { x: sample }, 0) })[EXPLAIN.saliency]!.data;
      expect(maxAbsDiff(after.saliency, want)).toBeLessThan(1e-4 * Math.max(1, maxAbs(want)));
      expect(maxAbsDiff(after.saliency, (await tb.getWeights())['dense.kernel']!)).toBeLessThan(1e-6);
      expect(maxAbsDiff(after.saliency, before.saliency), 'training changed the map').toBeGreaterThan(1e-4);
    } finally {
      tb.destroy();
    }
  });

  it('a bundle built without --explain has neither (E_BUNDLE_ENTRY); the runtime noise RNG is the dataset RNG', async () => {
    const plain = await makeBundle('models/iris_mlp.ts', 1);
    expect(JSON.parse(readFileSync(join(plain.dir, 'manifest.json'), 'utf8')).explain).toBeUndefined();
    const p = (await (await importBundle(plain.dir)).load(gpu!.device)) as unknown as ExplainBundle;
    try {
      await expect(p.saliency([1, 2, 3, 4], 0)).rejects.toMatchObject({ code: 'E_BUNDLE_ENTRY' });
      await expect(p.gradCam([1, 2, 3, 4], 0)).rejects.toMatchObject({ code: 'E_BUNDLE_ENTRY' });
    } finally {
      p.destroy();
    }
    for (const seed of [0, 1, 12345, 2 ** 32 - 1]) {
      const [a, c] = [mulberry32(seed), seededRandom(seed)];
      expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, c));
    }
  });
});
