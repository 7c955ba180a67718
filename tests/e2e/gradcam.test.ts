/**
 * @file Grad-CAM and feature maps (src/explain/gradcam*.ts, grid.ts) against references written here.
 * - conv → flatten → dense: d logit[k] / d A is the dense kernel's column k, so Grad-CAM is known in
 *   closed form from the interpreter's activation; the interpreter's Grad-CAM graph and the GPU match it.
 * - A small mnist_cnn at its default layer (the last convolution): the channel weights from float64
 *   finite differences of the probed forward on the interpreter give the same map (interpreter and GPU).
 * - Every model in models/ with a spatial layer plans Grad-CAM at its last convolution and a tap at its last spatial layer.
 * - Bilinear upsampling uses half-pixel centres (tf.image.resize values).
 * - `dlc saliency --method gradcam` writes a heat map and overlay of the input's size, not blank, whose
 *   attribution is the upsampled reference; bad layers are refused with the layers to choose from.
 * - `dlc features` writes the activation grid and filter grid with the expected sizes, not blank, and
 *   the activation equals the interpreter's.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { seededRandom } from '../../src/data/dataset.ts';
import { EXPLAIN } from '../../src/explain/graph.ts';
import { camLayer, GRADCAM, gradCamGraph, resizeBilinear, spatialLayers } from '../../src/explain/gradcam.ts';
import { compileGradCam, compileTap, loadGradCam } from '../../src/explain/gradcam-program.ts';
import { compileModelFile, type CompiledModel } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { acquireDevice, type DeviceHandle } from '../../src/runtime/index.ts';
import { initialWeights } from '../../src/train/init.ts';
import { encodeSafetensors } from '../../src/train/safetensors.ts';
import { variant } from './model-variants.ts';

const dir = mkdtempSync(join(tmpdir(), 'dlc-gradcam-'));
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

function weightsOf(m: CompiledModel, seed: number): Record<string, Float32Array> {
  const w = initialWeights(m.params, seed);
  const r = seededRandom(seed + 1);
  return Object.fromEntries(m.params.map((p) => [p.name, Float32Array.from(w[p.name]!, (v) => v + 0.1 * (2 * r() - 1))]));
}

function inputOf(n: number, seed: number): Float32Array {
  const r = seededRandom(seed);
  return Float32Array.from({ length: n }, () => r());
}

function saveWeights(m: CompiledModel, w: Record<string, Float32Array>, file: string): void {
  writeFileSync(file, encodeSafetensors(new Map(m.params.map((p) => [p.name, { dtype: 'f32' as const, shape: [...p.shape], data: w[p.name]! }]))));
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
};
const maxAbs = (a: ArrayLike<number>): number => Array.from(a).reduce((m, v) => Math.max(m, Math.abs(v)), 0);

/** The layer's activation and the probed output at x with `delta` added to the activation (float64 interpreter). */
function probedForward(m: CompiledModel, layer: string, w: Record<string, ArrayLike<number>>, x: ArrayLike<number>, delta: Float64Array) {
  const g = m.graph(1, { probe: layer });
  const out = g.outputs.find((o) => !o.name.startsWith('tap/'))!.name;
  const input = g.args.find((a) => a.kind === 'input' && !a.name.startsWith('probe/'))!.name;
  const r = interpret(g, { ...w, [input]: Float64Array.from(x), [`probe/${layer}`]: delta }, { precision: 'f64' });
  return { a: r[`tap/${layer}`]!.data, y: r[out]!.data };
}

/** relu(Σ_c mean_hw(G[.,.,c]) · A[.,.,c]) for flat [H, W, C] A and G. */
function camOf(a: ArrayLike<number>, g: ArrayLike<number>, [h, w, c]: readonly number[]): Float64Array {
  const alpha = new Float64Array(c!);
  for (let i = 0; i < h! * w!; i++) for (let k = 0; k < c!; k++) alpha[k]! += g[i * c! + k]! / (h! * w!);
  return Float64Array.from({ length: h! * w! }, (_, i) => Math.max(0, alpha.reduce((s, al, k) => s + al * a[i * c! + k]!, 0)));
}

async function camOnGpu(m: CompiledModel, w: Record<string, Float32Array>, x: Float32Array, classIndex: number, opts: { layer?: string; score?: 'logit' | 'output' } = {}) {
  const p = compileGradCam(m, opts);
  const run = await loadGradCam(gpu!.device, p, w);
  try {
    return await run.explain({ x, classIndex });
  } finally {
    run.destroy();
  }
}

const LINEAR_SRC = `import { sequential, conv2d, dense, flatten } from 'dlc';\nexport default sequential({ name: 'convlin', input: [6, 6, 1], layers: [conv2d(2, 3, { activation: 'relu' }), flatten(), dense(3, { activation: 'softmax' })] });\n`;

describe('Grad-CAM', () => {
  it('conv → flatten → dense: equals the closed form from the dense kernel (interpreter graph and GPU)', async () => {
    const m = modelFile('convlin', LINEAR_SRC);
    expect(camLayer(m, undefined)).toBe('conv2d');
    const w = weightsOf(m, 1);
    const x = inputOf(36, 2);
    const { a } = probedForward(m, 'conv2d', w, x, new Float64Array(32));
    const kernel = w['dense.kernel']!; // [32, 3], rows in the flatten's H, W, C order
    let lit = 0;
    for (let k = 0; k < 3; k++) {
      const ref = camOf(a, Array.from({ length: 32 }, (_, i) => kernel[i * 3 + k]!), [4, 4, 2]);
      const e = gradCamGraph(m);
      const onehot = new Float32Array(3);
      onehot[k] = 1;
      const got = interpret(e.graph, { ...w, [EXPLAIN.x]: x, [EXPLAIN.cls]: onehot }, { precision: 'f64' })[GRADCAM.map]!.data;
      expect(maxAbsDiff(got, ref), `class ${k} interpreter`).toBeLessThan(1e-9);
      const r = await camOnGpu(m, w, x, k);
      expect(maxAbsDiff(r.cam, ref), `class ${k} GPU`).toBeLessThan(1e-5 * Math.max(1, maxAbs(ref)));
      expect(maxAbsDiff(r.map, resizeBilinear(ref, 4, 4, 6, 6))).toBeLessThan(1e-5 * Math.max(1, maxAbs(ref)));
      if (maxAbs(ref) > 1e-3) lit++;
    }
    expect(lit, 'some class has a non-zero map').toBeGreaterThan(0);
  });

  it('mnist_cnn (small) at the last convolution: equals float64 finite differences of the probed forward', async () => {
    const m = variant('mnist_cnn.ts', [['input: [28, 28, 1]', 'input: [10, 10, 1]'], ['conv2d(32,', 'conv2d(3,'], ['conv2d(64,', 'conv2d(3,'], ['dense(64,', 'dense(5,']]);
    const layer = camLayer(m, undefined);
    expect(layer).toBe('conv2d_1');
    const w = weightsOf(m, 3);
    const x = inputOf(100, 4);
    const e = gradCamGraph(m, { score: 'output' });
    const [h, wd, c] = e.activation as [number, number, number];
    const n = h * wd * c;
    const { a } = probedForward(m, layer, w, x, new Float64Array(n));
    let checked = 0;
    for (let k = 0; k < e.classes; k++) {
      const eps = 1e-5;
      const grad = Float64Array.from({ length: n }, (_, i) => {
        const d = new Float64Array(n);
        d[i] = eps;
        const up = probedForward(m, layer, w, x, d).y[k]!;
        d[i] = -eps;
        return (up - probedForward(m, layer, w, x, d).y[k]!) / (2 * eps);
      });
      const ref = camOf(a, grad, [h, wd, c]);
      if (maxAbs(ref) < 1e-6) continue;
      const onehot = new Float32Array(e.classes);
      onehot[k] = 1;
      const got = interpret(e.graph, { ...w, [EXPLAIN.x]: x, [EXPLAIN.cls]: onehot }, { precision: 'f64' })[GRADCAM.map]!.data;
      expect(maxAbsDiff(got, ref), `class ${k} interpreter vs finite differences`).toBeLessThan(1e-6 * Math.max(1, maxAbs(ref)) + 1e-8);
      const r = await camOnGpu(m, w, x, k, { score: 'output' });
      expect(maxAbsDiff(r.cam, ref), `class ${k} GPU`).toBeLessThan(1e-4 * Math.max(1, maxAbs(ref)));
      if (++checked === 2) break;
    }
    expect(checked, 'classes with a non-zero map').toBeGreaterThan(0);
  });

  it('plans for every model in models/ with a spatial layer (Grad-CAM at the last convolution, a tap at the last spatial layer)', () => {
    let planned = 0;
    for (const f of readdirSync('models').filter((f) => f.endsWith('.ts') && f !== 'lstm.ts')) {
      for (const m of compileModelFile(join('models', f)).models) {
        const spatial = spatialLayers(m);
        if (spatial.length === 0) continue;
        const p = compileGradCam(m);
        expect(p.plan.dispatches.length, m.name).toBeGreaterThan(0);
        expect(p.graph.outputs.map((o) => o.name), m.name).toEqual([GRADCAM.map, EXPLAIN.scores, GRADCAM.activation]);
        const last = spatial.at(-1)!;
        expect(compileTap(m, last.name).activation, m.name).toEqual(last.shape);
        planned++;
      }
    }
    expect(planned).toBeGreaterThanOrEqual(9);
  });

  it('upsamples with half-pixel centres', () => {
    expect(Array.from(resizeBilinear([0, 1], 1, 2, 1, 4))).toEqual([0, 0.25, 0.75, 1]);
    expect(Array.from(resizeBilinear([5], 1, 1, 3, 3))).toEqual(Array(9).fill(5));
  });
});

async function pixels(file: string) {
  return sharp(file).raw().toBuffer({ resolveWithObject: true });
}
function spread(data: Uint8Array): number {
  let lo = 255;
  let hi = 0;
  for (const v of data) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  return hi - lo;
}

describe('dlc saliency --method gradcam and dlc features', () => {
  const io = () => {
    const s = { out: '', err: '' };
    return { s, io: { out: (t: string) => (s.out += t), err: (t: string) => (s.err += t), isTTY: false } };
  };

  it('gradcam: heat map and overlay of the input size, not blank, attribution = the upsampled map; bad layers refused', async () => {
    const m = modelFile('convlin', LINEAR_SRC);
    const w = weightsOf(m, 1);
    const ckpt = join(dir, 'convlin.safetensors');
    saveWeights(m, w, ckpt);
    const png = join(dir, 'in.png');
    const raw = Buffer.from(Array.from({ length: 36 }, (_, i) => (i * 37) % 256));
    await sharp(raw, { raw: { width: 6, height: 6, channels: 1 } }).png().toFile(png);
    const x = Float32Array.from(raw, (v) => v / 255);
    const { a } = probedForward(m, 'conv2d', w, x, new Float64Array(32));
    const kernel = w['dense.kernel']!;
    const k = [0, 1, 2].find((c) => maxAbs(camOf(a, Array.from({ length: 32 }, (_, i) => kernel[i * 3 + c]!), [4, 4, 2])) > 1e-3)!;
    expect(k).toBeDefined();
    const ref = resizeBilinear(camOf(a, Array.from({ length: 32 }, (_, i) => kernel[i * 3 + k]!), [4, 4, 2]), 4, 4, 6, 6);
    const out = join(dir, 'cam');
    const { s, io: cli } = io();
    const code = await main(['saliency', join(dir, 'convlin.ts'), '--weights', ckpt, '--input', png, '--method', 'gradcam', '--class', String(k), '-o', out, '--json'], cli);
    expect(code, s.err).toBe(0);
    expect(JSON.parse(s.out)).toMatchObject({ method: 'gradcam', layer: 'conv2d', class: k });
    const saved = JSON.parse(readFileSync(join(out, 'saliency.json'), 'utf8')) as { attribution: number[]; cam: number[]; camShape: number[] };
    expect(saved.camShape).toEqual([4, 4]);
    expect(maxAbsDiff(saved.attribution, ref)).toBeLessThan(1e-5 * Math.max(1, maxAbs(ref)));
    for (const f of ['saliency.png', 'overlay.png']) {
      const { data, info } = await pixels(join(out, f));
      expect([info.width, info.height], f).toEqual([192, 192]); // 6×6 enlarged ×32
      expect(spread(data), `${f} is not blank`).toBeGreaterThan(50);
    }
    const bad = io();
    expect(await main(['saliency', join(dir, 'convlin.ts'), '--input', png, '--method', 'gradcam', '--layer', 'dense', '-o', out], bad.io)).toBe(1);
    expect(bad.s.err).toMatch(/layer 'dense' outputs \[batch, 3\], not \[batch, H, W, C\]/);
    expect(bad.s.err).toMatch(/conv2d/);
    const bad2 = io();
    expect(await main(['saliency', join(dir, 'convlin.ts'), '--input', png, '--layer', 'conv2d', '-o', out], bad2.io)).toBe(2);
    expect(bad2.s.err).toMatch(/--layer is for --method gradcam/);
  });

  it('features: activation and filter grids of the expected sizes, not blank; the activation is the interpreter\'s', async () => {
    const m = modelFile('feat', `import { sequential, conv2d, flatten, dense } from 'dlc';\nexport default sequential({ name: 'feat', input: [6, 6, 1], layers: [conv2d(4, 3), conv2d(3, 3, { activation: 'relu' }), flatten(), dense(2)] });\n`);
    const w = weightsOf(m, 5);
    const ckpt = join(dir, 'feat.safetensors');
    saveWeights(m, w, ckpt);
    const x = inputOf(36, 6);
    writeFileSync(join(dir, 'feat-x.json'), JSON.stringify(Array.from(x)));
    const out = join(dir, 'feat');
    const { s, io: cli } = io();
    expect(await main(['features', join(dir, 'feat.ts'), '--weights', ckpt, '--input', join(dir, 'feat-x.json'), '--layer', 'conv2d', '-o', out, '--json'], cli), s.err).toBe(0);
    const summary = JSON.parse(s.out) as { layer: string; shape: number[]; grid: { rows: number; cols: number; scale: number }; filters: { rows: number; cols: number; scale: number } };
    expect(summary).toMatchObject({ layer: 'conv2d', shape: [4, 4, 4], grid: { rows: 2, cols: 2, scale: 16 }, filters: { rows: 2, cols: 2, scale: 16 } });
    const saved = JSON.parse(readFileSync(join(out, 'features.json'), 'utf8')) as { activation: number[] };
    const { a } = probedForward(m, 'conv2d', w, x, new Float64Array(64));
    expect(maxAbsDiff(saved.activation, a)).toBeLessThan(1e-5);
    const grid = await pixels(join(out, 'features.png'));
    expect([grid.info.width, grid.info.height]).toEqual([9 * 16, 9 * 16]); // 2×2 tiles of 4×4 with a 1-pixel gap
    expect(spread(grid.data)).toBeGreaterThan(200); // each tile spans black to white
    const filters = await pixels(join(out, 'filters.png'));
    expect([filters.info.width, filters.info.height]).toEqual([7 * 16, 7 * 16]); // 2×2 tiles of 3×3
    expect(spread(filters.data)).toBeGreaterThan(200);
    // The default layer is the last convolution.
    const d = io();
    expect(await main(['features', join(dir, 'feat.ts'), '--input', join(dir, 'feat-x.json'), '-o', join(dir, 'feat2'), '--json'], d.io), d.s.err).toBe(0);
    expect(JSON.parse(d.s.out)).toMatchObject({ layer: 'conv2d_1', shape: [2, 2, 3] });
    let help = '';
    expect(await main(['features', '--help'], { ...d.io, out: (t: string) => (help += t) })).toBe(0);
    expect(help).toMatch(/usage: dlc features <model.ts> --input/);
  });
});
