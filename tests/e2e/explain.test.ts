/**
 * @file Input attributions (src/explain): the compiled explain program on WebGPU against oracles.
 * - A linear model's saliency for class k is its kernel's column k (exactly, by definition).
 * - Input gradients of small models from models/ match float64 central finite differences of the
 *   interpreter's score (coordinates on a relu kink are skipped as model-gradcheck does).
 * - Integrated gradients are complete (Σ attributions ≈ score(x) − score(baseline)) and equal a
 *   reference written here: (x − b) ⊙ the mean of float64 finite-difference gradients at the midpoints.
 * - SmoothGrad on the GPU equals the interpreter on the same seeded noise, and with zero noise the plain gradient.
 * - Every model in models/ with a real-valued input plans an explain program (token inputs are refused).
 * - `dlc saliency` on a PNG: the heat map has the expected size, is not blank, and is bright exactly
 *   where the class's weights are (a linear model that looks only at the top-left quadrant).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { seededRandom } from '../../src/data/dataset.ts';
import { EXPLAIN, type ExplainOptions } from '../../src/explain/graph.ts';
import { compileExplain, explainFeeds, loadExplainer } from '../../src/explain/program.ts';
import { compileModelFile, type CompiledModel } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { acquireDevice, type DeviceHandle } from '../../src/runtime/index.ts';
import { encodeSafetensors } from '../../src/train/safetensors.ts';
import { variant } from './model-variants.ts';
import { cachedGradientGraph, fdAt, inputOf, maxAbs, maxAbsDiff, scoreAt, weightsOf } from './explain-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'dlc-explain-'));
let gpu: DeviceHandle | undefined;

beforeAll(async () => {
  gpu = await acquireDevice();
});
afterAll(async () => {
  gpu?.destroy();
  await gpu?.lost;
});

function modelFile(name: string, src: string): CompiledModel {
  const path = join(dir, `${name}.ts`);
  writeFileSync(path, src);
  return compileModelFile(path).main;
}

async function onGpu(m: CompiledModel, w: Record<string, Float32Array>, opts: ExplainOptions, x: Float32Array, classIndex: number, extra = {}) {
  const p = compileExplain(m, opts);
  const ex = await loadExplainer(gpu!.device, p, w);
  try {
    return { p, r: await ex.explain({ x, classIndex, ...extra }) };
  } finally {
    ex.destroy();
  }
}

describe('saliency of a linear model', () => {
  it('equals the kernel column of the class (GPU), for every class', async () => {
    const m = modelFile('lin', `import { sequential, dense, flatten } from 'dlc';\nexport default sequential({ name: 'lin', input: [2, 3, 2], layers: [flatten(), dense(5)] });\n`);
    const w = weightsOf(m, 3);
    const kernel = w['dense.kernel']!;
    const x = inputOf(m, 4);
    const p = compileExplain(m, { method: 'gradient' });
    const ex = await loadExplainer(gpu!.device, p, w);
    try {
      for (let k = 0; k < 5; k++) {
        const r = await ex.explain({ x, classIndex: k });
        const column = Array.from({ length: 12 }, (_, i) => kernel[i * 5 + k]!);
        expect(maxAbsDiff(r.saliency, column), `class ${k}`).toBeLessThan(1e-6);
        expect(r.classIndex).toBe(k);
      }
      // Without a class the top score is explained.
      const top = await ex.explain({ x });
      expect(top.scores[top.classIndex]).toBe(Math.max(...top.scores));
    } finally {
      ex.destroy();
    }
  });
});

/** Small variants of models in models/ (model-gradcheck's edits). */
const SMALL: Record<string, () => CompiledModel> = {
  iris_mlp: () => variant('iris_mlp.ts', [['dense(32,', 'dense(5,'], ['dense(16,', 'dense(4,']]),
  binary_classifier: () => variant('binary_classifier.ts', [['input: [100]', 'input: [6]'], ['dense(32,', 'dense(4,']]),
  mnist_cnn: () => variant('mnist_cnn.ts', [['input: [28, 28, 1]', 'input: [10, 10, 1]'], ['conv2d(32,', 'conv2d(3,'], ['conv2d(64,', 'conv2d(3,'], ['dense(64,', 'dense(5,']]),
  mnist_batchnorm: () => variant('mnist_batchnorm.ts', [['input: [28, 28, 1]', 'input: [4, 4, 1]'], ['dense(64,', 'dense(6,']]),
};

const ON_GPU = new Set(['mnist_cnn']);

describe('input gradients vs float64 finite differences (interpreter), and the GPU vs the interpreter', () => {
  for (const [name, make] of Object.entries(SMALL)) {
    it(name, async () => {
      const m = make();
      const w = weightsOf(m, 5);
      const x = inputOf(m, 6);
      const e = cachedGradientGraph(m, 'logit');
      expect(e.logits, `${name} ends in softmax or sigmoid: its logit is explained`).toBe(true);
      const k = e.classes - 1;
      const want = interpret(e.graph, { ...w, ...explainFeeds(e, { x }, k) }, { precision: 'f64' })[EXPLAIN.saliency]!.data;
      const r = seededRandom(9);
      let checked = 0;
      for (let t = 0; t < 12 && checked < 5; t++) {
        const i = Math.floor(r() * x.length);
        const { fd, right, left } = fdAt(m, w, x, k, i);
        const err = Math.abs(want[i]! - fd) / (Math.abs(fd) + 1e-6);
        if (err >= 1e-4 && Math.abs(right - left) > Math.abs(want[i]! - fd)) continue; // a relu / max-pool kink
        expect(err, `${name} d score[${k}] / d x[${i}]: autodiff ${want[i]}, finite difference ${fd}`).toBeLessThan(1e-4);
        checked++;
      }
      expect(checked, `${name}: smooth coordinates checked`).toBeGreaterThanOrEqual(3);
      // The other three run on the GPU in the integrated-gradient and SmoothGrad tests.
      if (!ON_GPU.has(name)) return;
      const { r: got } = await onGpu(m, w, { method: 'gradient' }, x, k);
      expect(maxAbsDiff(got.saliency, want), `${name} GPU vs interpreter`).toBeLessThan(1e-4 * Math.max(1, maxAbs(want)));
    });
  }
});

describe('integrated gradients', () => {
  it('are complete and equal (x − b) ⊙ the mean finite-difference gradient at the midpoints (binary_classifier)', async () => {
    const m = SMALL.binary_classifier!();
    const w = weightsOf(m, 7);
    const x = inputOf(m, 8);
    const steps = 32;
    const { r } = await onGpu(m, w, { method: 'integrated', samples: steps }, x, 0);
    // Completeness of the explained score (the sigmoid's input, the logit): Σ a ≈ f(x) − f(0).
    const sum = r.saliency.reduce((s, v) => s + v, 0);
    const delta = scoreAt(m, w, x, 0) - scoreAt(m, w, new Float64Array(x.length), 0);
    expect(Math.abs(sum - delta), `Σ attributions ${sum} vs score(x) − score(0) = ${delta}`).toBeLessThan(1e-2 * Math.max(1, Math.abs(delta)));
    // The reference: midpoint Riemann sum of float64 central differences along the path from 0.
    const ref = new Float64Array(x.length);
    for (let s = 0; s < steps; s++) {
      const alpha = (s + 0.5) / steps;
      const point = Float64Array.from(x, (v) => alpha * v);
      for (let i = 0; i < x.length; i++) ref[i]! += (x[i]! * fdAt(m, w, point, 0, i, 1e-4).fd) / steps;
    }
    expect(maxAbsDiff(r.saliency, ref), 'GPU IG vs float64 reference').toBeLessThan(1e-3 * Math.max(1, maxAbs(ref)));
  });

  it('with a non-zero baseline are complete for a smooth model (iris_mlp on the softmax output)', async () => {
    const m = SMALL.iris_mlp!();
    const w = weightsOf(m, 9);
    const x = inputOf(m, 10);
    const baseline = inputOf(m, 11);
    const { r } = await onGpu(m, w, { method: 'integrated', samples: 64, score: 'output' }, x, 1, { baseline });
    const sum = r.saliency.reduce((s, v) => s + v, 0);
    const delta = scoreAt(m, w, x, 1, 'output') - scoreAt(m, w, baseline, 1, 'output');
    expect(Math.abs(delta), 'the test needs a visible difference').toBeGreaterThan(1e-3);
    expect(Math.abs(sum - delta), `Σ attributions ${sum} vs ${delta}`).toBeLessThan(2e-2 * Math.abs(delta) + 1e-4);
  });
});

describe('SmoothGrad', () => {
  it('on the GPU equals the interpreter on the same seeded noise, and with zero noise the gradient (mnist_batchnorm)', async () => {
    const m = SMALL.mnist_batchnorm!();
    const w = weightsOf(m, 12);
    const x = inputOf(m, 13);
    const p = compileExplain(m, { method: 'smoothgrad', samples: 4 });
    const ex = await loadExplainer(gpu!.device, p, w);
    try {
      const r = await ex.explain({ x, classIndex: 2, seed: 5, noiseLevel: 0.2 });
      const want = interpret(p.graph, { ...w, ...explainFeeds(p, { x, seed: 5, noiseLevel: 0.2 }, 2) })[EXPLAIN.saliency]!.data;
      expect(maxAbsDiff(r.saliency, want)).toBeLessThan(1e-4 * Math.max(1, maxAbs(want)));
      const e = cachedGradientGraph(m, 'logit');
      const grad = interpret(e.graph, { ...w, ...explainFeeds(e, { x }, 2) })[EXPLAIN.saliency]!.data;
      expect(maxAbsDiff(r.saliency, grad), 'noise changes the map').toBeGreaterThan(1e-6);
      const still = await ex.explain({ x, classIndex: 2, noiseLevel: 0 });
      expect(maxAbsDiff(still.saliency, grad)).toBeLessThan(1e-4 * Math.max(1, maxAbs(grad)));
    } finally {
      ex.destroy();
    }
  });
});

describe('every model in models/ with a real-valued input compiles an explain program', () => {
  it('plans every method; token inputs are refused with E_EXPLAIN_INPUT', () => {
    const files = readdirSync('models').filter((f) => f.endsWith('.ts'));
    let planned = 0;
    for (const f of files) {
      // The full LSTM unrolls 100 steps (seconds to plan): its small variant stands in.
      const models = f === 'lstm.ts' ? [variant('lstm.ts', [['input: [100, 1]', 'input: [3, 1]'], ['lstm(50', 'lstm(3']])] : compileModelFile(join('models', f)).models;
      for (const m of models) {
        if (m.inputs[0]!.dtype === 'i32') {
          expect(() => compileExplain(m), m.name).toThrow(/no gradient with respect to integer inputs/);
          continue;
        }
        // A model with several outputs (multi_task.ts) has no single score to explain yet.
        if (m.outputs.length > 1) {
          expect(() => compileExplain(m), m.name).toThrow(/one input and one output/);
          continue;
        }
        const p = compileExplain(m, { method: 'integrated', samples: 2 });
        expect(p.plan.dispatches.length, m.name).toBeGreaterThan(0);
        expect(p.graph.outputs.map((o) => o.name), m.name).toEqual([EXPLAIN.saliency, EXPLAIN.scores]);
        planned++;
      }
    }
    expect(planned).toBeGreaterThanOrEqual(20);
  });
});

describe('dlc saliency', () => {
  it('writes a heat map bright where the class looks (top-left quadrant) and an overlay; prints the top class', async () => {
    const m = modelFile('quad', `import { sequential, dense, flatten } from 'dlc';\nexport default sequential({ name: 'quad', input: [8, 8, 1], layers: [flatten(), dense(2)] });\n`);
    // Class 1 weighs only the top-left 4×4 pixels (with varied magnitudes), class 0 the rest weakly.
    const kernel = new Float32Array(64 * 2);
    for (let i = 0; i < 64; i++) {
      const [row, col] = [Math.floor(i / 8), i % 8];
      kernel[i * 2 + 1] = row < 4 && col < 4 ? 0.5 + 0.5 * ((row + col) % 2) : 0;
      kernel[i * 2] = 0.01;
    }
    const ckpt = join(dir, 'quad.safetensors');
    // What dlc train records for an imageFolder() dataset: class names and the preprocessing.
    const dataInfo = { classNames: ['rest', 'quad'], preprocess: { kind: 'image', size: [8, 8], colorMode: 'grayscale', crop: false, scale: 2 / 255, offset: -1 } };
    const tensors = new Map([['dense.kernel', { dtype: 'f32' as const, shape: [64, 2], data: kernel }], ['dense.bias', { dtype: 'f32' as const, shape: [2], data: new Float32Array(2) }]]);
    writeFileSync(ckpt, encodeSafetensors(tensors, { data: JSON.stringify(dataInfo) }));
    expect(m.params.map((p) => p.name).sort()).toEqual(['dense.bias', 'dense.kernel']);
    // A 16×16 grey PNG (resized to 8×8 by the decoder): bright everywhere, so class 1 wins.
    const png = join(dir, 'in.png');
    await sharp(Buffer.alloc(16 * 16, 200), { raw: { width: 16, height: 16, channels: 1 } }).png().toFile(png);
    let out = '';
    let err = '';
    const outDir = join(dir, 'sal');
    const code = await main(['saliency', join(dir, 'quad.ts'), '--weights', ckpt, '--input', png, '-o', outDir, '--json'], { out: (t) => (out += t), err: (t) => (err += t), isTTY: false });
    expect(code, err).toBe(0);
    const summary = JSON.parse(out) as { class: number; className: string; top: { class: number; className: string }; scores: number[] };
    expect([summary.top.class, summary.top.className, summary.class, summary.className]).toEqual([1, 'quad', 1, 'quad']);
    // The checkpoint's preprocessing (x·2/255 − 1) was applied: every pixel 200 → 200·2/255 − 1.
    const v = (200 * 2) / 255 - 1;
    expect(Math.abs(summary.scores[1]! - v * kernel.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0))).toBeLessThan(1e-4);
    const saved = JSON.parse(readFileSync(join(outDir, 'saliency.json'), 'utf8')) as { attribution: number[] };
    expect(maxAbsDiff(saved.attribution, Array.from({ length: 64 }, (_, i) => kernel[i * 2 + 1]!))).toBeLessThan(1e-6);

    for (const file of ['saliency.png', 'overlay.png']) {
      const { data, info } = await sharp(join(outDir, file)).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height, info.channels], file).toEqual([256, 256, 3]); // 8×8 enlarged ×32
      const lum = (x: number, y: number): number => data[(y * 256 + x) * 3]! + data[(y * 256 + x) * 3 + 1]! + data[(y * 256 + x) * 3 + 2]!;
      let [inside, outside] = [0, 0];
      for (let y = 0; y < 256; y++) for (let x = 0; x < 256; x++) (x < 128 && y < 128 ? (inside += lum(x, y)) : (outside += lum(x, y)));
      [inside, outside] = [inside / (128 * 128), outside / (3 * 128 * 128)];
      expect(inside, `${file}: the top-left quadrant is lit`).toBeGreaterThan(100);
      expect(inside, `${file}: brighter inside than outside`).toBeGreaterThan(outside + 100);
    }
    // The heat map itself is black where the class has no weight, and white at its largest weights.
    const { data } = await sharp(join(outDir, 'saliency.png')).raw().toBuffer({ resolveWithObject: true });
    expect(Array.from(data.subarray((200 * 256 + 200) * 3, (200 * 256 + 200) * 3 + 3))).toEqual([0, 0, 0]);
    expect(Array.from(data.subarray((16 * 256 + 48) * 3, (16 * 256 + 48) * 3 + 3))).toEqual([255, 255, 255]);
  });

  it('--method integrated --baseline: a linear model attributes (x − baseline) ⊙ its weights', async () => {
    writeFileSync(join(dir, 'half.json'), JSON.stringify(Array(64).fill(0.5)));
    writeFileSync(join(dir, 'quarter.json'), JSON.stringify(Array(64).fill(0.25)));
    const outDir = join(dir, 'ig');
    let err = '';
    const io = { out: () => {}, err: (t: string) => (err += t), isTTY: false };
    const args = ['saliency', join(dir, 'quad.ts'), '--weights', join(dir, 'quad.safetensors'), '--input', join(dir, 'half.json'), '--class', '1', '-o', outDir];
    expect(await main([...args, '--method', 'integrated', '--samples', '3', '--baseline', join(dir, 'quarter.json')], io), err).toBe(0);
    const saved = JSON.parse(readFileSync(join(outDir, 'saliency.json'), 'utf8')) as { attribution: number[]; method: string; samples: number };
    expect([saved.method, saved.samples]).toEqual(['integrated', 3]);
    const want = Array.from({ length: 64 }, (_, i) => (Math.floor(i / 8) < 4 && i % 8 < 4 ? 0.25 * (0.5 + 0.5 * ((Math.floor(i / 8) + (i % 8)) % 2)) : 0));
    expect(maxAbsDiff(saved.attribution, want)).toBeLessThan(1e-6);
    expect(await main([...args, '--baseline', join(dir, 'quarter.json')], io)).toBe(2);
    expect(err).toMatch(/--baseline is for --method integrated/);
  });

  it('decodes an RGB PNG to the input in [0, 1] (the scores are x · W of the pixels / 255)', async () => {
    modelFile('rgb', `import { sequential, dense, flatten } from 'dlc';\nexport default sequential({ name: 'rgb', input: [2, 2, 3], layers: [flatten(), dense(1)] });\n`);
    const kernel = Float32Array.from({ length: 12 }, (_, i) => (i % 3) + 1 + i / 10);
    const ckpt = join(dir, 'rgb.safetensors');
    writeFileSync(ckpt, encodeSafetensors(new Map([['dense.kernel', { dtype: 'f32', shape: [12, 1], data: kernel }], ['dense.bias', { dtype: 'f32', shape: [1], data: new Float32Array(1) }]])));
    const pixels = Buffer.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 100, 200]);
    const png = join(dir, 'rgb.png');
    await sharp(pixels, { raw: { width: 2, height: 2, channels: 3 } }).png().toFile(png);
    let out = '';
    let err = '';
    const code = await main(['saliency', join(dir, 'rgb.ts'), '--weights', ckpt, '--input', png, '-o', join(dir, 'rgb-out'), '--json'], { out: (t) => (out += t), err: (t) => (err += t), isTTY: false });
    expect(code, err).toBe(0);
    const summary = JSON.parse(out) as { scores: number[]; score: string };
    expect(summary.score).toBe('output');
    const want = Array.from(pixels).reduce((sum, v, i) => sum + (v / 255) * kernel[i]!, 0);
    expect(Math.abs(summary.scores[0]! - want)).toBeLessThan(1e-5);
  });

  it('refuses a class out of range, a wrong-sized input and an unknown method with a message; has help', async () => {
    writeFileSync(join(dir, 'x3.json'), '[1, 2, 3]');
    let err = '';
    const io = { out: () => {}, err: (t: string) => (err += t), isTTY: false };
    expect(await main(['saliency', join(dir, 'quad.ts'), '--input', join(dir, 'x3.json')], io)).toBe(2);
    expect(err).toMatch(/holds 3 values but the model input \[8, 8, 1\] takes 64/);
    err = '';
    writeFileSync(join(dir, 'x64.json'), JSON.stringify(Array(64).fill(0.5)));
    expect(await main(['saliency', join(dir, 'quad.ts'), '--input', join(dir, 'x64.json'), '--class', '7', '-o', join(dir, 'bad')], io)).toBe(1);
    expect(err).toMatch(/class 7 is out of range: the model has 2 outputs/);
    err = '';
    expect(await main(['saliency', join(dir, 'quad.ts'), '--input', join(dir, 'x64.json'), '--method', 'occlusion'], io)).toBe(2);
    expect(err).toMatch(/--method expects one of gradient, smoothgrad, integrated, gradcam, got 'occlusion'/);
    let help = '';
    expect(await main(['saliency', '--help'], { ...io, out: (t: string) => (help += t) })).toBe(0);
    expect(help).toMatch(/usage: dlc saliency <model.ts> --input/);
    expect(help).toMatch(/integrated gradients/);
  });
});
