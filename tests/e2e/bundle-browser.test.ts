/** @file Bundles in headless Chromium (WebGPU on SwiftShader): interpreter-equal outputs, the mnist-web page (with its saliency heat map), and a train bundle whose loss falls. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildBundle, writeBundle } from '../../src/bundle/build.ts';
import { loadDataset } from '../../src/data/load.ts';
import { compileModelFile } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { encodeSafetensors } from '../../src/train/safetensors.ts';
import { dataMetadata, MODEL_FILE, trainOnInterpreter } from '../../examples/mnist-web/train.ts';
import { main } from '../../src/cli/main.ts';
import { EXPLAIN, explainGraph } from '../../src/explain/graph.ts';
import { explainFeeds } from '../../src/explain/program.ts';
import { makeMnistFolder } from '../../scripts/make-image-folder.ts';
import { hasChromium, launchChromium, serveStatic, type BrowserHandle, type StaticServer } from './browser-helpers.ts';
import { expected, makeBundle, maxRelError, randomInput, ROOT, tempDir, type TestBundle } from './bundle-helpers.ts';

// Browser tests need Debian's chromium (scripts/setup.sh installs it); without it they are skipped, loudly.
if (!hasChromium) console.warn('bundle-browser: /usr/bin/chromium not found, skipping (run scripts/setup.sh)');
const suite = hasChromium ? describe : describe.skip;

let chrome: BrowserHandle;
let server: StaticServer;
const work = tempDir('browser');
const bundles: Record<string, TestBundle> = {};
const mounts: Record<string, string> = {};

beforeAll(async () => {
  if (!hasChromium) return;
  bundles.iris = await makeBundle('models/iris_mlp.ts', 2);
  bundles.mnist = await makeBundle('models/mnist_cnn.ts', 1, { seed: 3 });
  bundles.resnet = await makeBundle('models/resnet.ts', 1, { perturb: true });
  for (const [name, b] of Object.entries(bundles)) mounts[`/b/${name}/`] = b.dir;
  mkdirSync(join(work, 'blank'), { recursive: true });
  writeFileSync(join(work, 'blank', 'index.html'), '<!doctype html><title>dlc bundle test</title>');
  mounts['/'] = join(work, 'blank');
  chrome = await launchChromium();
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
  for (const b of Object.values(bundles)) rmSync(join(b.dir, '..'), { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

/** Registered mounts are read at request time, so tests may add folders after the server starts. */
async function url(path: string): Promise<string> {
  server ??= await serveStatic(mounts);
  return `${server.url}${path}`;
}

/**
 * Runs an async function body in the page with `args` (JSON). A string, not a closure: vitest
 * rewrites `import()` inside test code, which would break it in the browser.
 */
async function inPage<T>(page: Page, body: string, args: unknown): Promise<T> {
  return page.evaluate(`(async (args) => {${body}\n})(${JSON.stringify(args)})`) as Promise<T>;
}

async function newPage(): Promise<Page> {
  const page = await chrome.browser.newPage();
  // Playwright's 30 s default fails on a loaded machine; this is a hang guard only.
  page.setDefaultTimeout(300_000);
  page.on('pageerror', (e) => console.error('page error:', e.message));
  return page;
}

suite('bundles in headless Chromium', () => {
  for (const name of ['iris', 'mnist', 'resnet']) {
    it(`${name}: predict() equals the interpreter`, async () => {
      const b = bundles[name]!;
      const n = b.model.inputs[0]!.shape.reduce((a, d) => a * d, b.batch);
      const x = randomInput(n, 21);
      const page = await newPage();
      await page.goto(await url('/'));
      const got = await inPage<Record<string, number[]>>(page, `
        const bundle = await (await import(args.src)).load();
        const out = await bundle.predict(Float32Array.from(args.input));
        bundle.destroy();
        return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, Array.from(v)]));`, { src: await url(`/b/${name}/index.js`), input: Array.from(x) });
      for (const [k, v] of Object.entries(expected(b, x))) expect(maxRelError(got[k]!, v), k).toBeLessThan(1e-4);
      await page.close();
    });
  }

  it('a train bundle trains in the browser: its loss falls', async () => {
    const dir = join(work, 'iris-train');
    writeBundle(dir, (await buildBundle({ modelFile: join(ROOT, 'models/iris_mlp.ts'), mode: 'train', batch: 16 })).files);
    mounts['/b/iris-train/'] = dir;
    const d = loadDataset(compileModelFile(join(ROOT, 'models/iris_mlp.ts')).main.train!.data!);
    const x = Array.from(d.train.x.subarray(0, 16 * 4));
    const y = Array.from(d.train.y.subarray(0, 16));
    const page = await newPage();
    await page.goto(await url('/'));
    const losses = await inPage<number[]>(page, `
      const bundle = await (await import(args.src)).load();
      const out = [];
      const batch = { 'batch/x': Float32Array.from(args.x), 'batch/y': Int32Array.from(args.y) };
      for (let s = 0; s < 30; s++) out.push((await bundle.trainStep(batch)).loss[0]);
      bundle.destroy();
      return out;`, { src: await url('/b/iris-train/index.js'), x, y });
    console.log(`browser train bundle loss: ${losses[0]!.toFixed(4)} → ${losses.at(-1)!.toFixed(4)}`);
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(losses.at(-1)!).toBeLessThan(losses[0]! * 0.8);
    await page.close();
  });
});

/** Integrated gradients' path points in the mnist-web bundle. */
const SAMPLES = 8;

suite('examples/mnist-web', () => {
  it('classifies a digit drawn on the canvas with the mouse', async () => {
    const { weights } = trainOnInterpreter(250);
    const weightsFile = join(work, 'mnist-web.safetensors');
    writeFileSync(weightsFile, encodeSafetensors(weights, dataMetadata()));
    const bundleDir = join(work, 'mnist-web-bundle');
    // --explain (integrated gradients only): the page shows which strokes drove the answer.
    writeBundle(bundleDir, (await buildBundle({ modelFile: MODEL_FILE, weightsFile, explain: { methods: ['integrated'], samples: SAMPLES } })).files);
    mounts['/mnist/bundle/'] = bundleDir;
    mounts['/mnist/'] = join(ROOT, 'examples/mnist-web');
    const model = compileModelFile(MODEL_FILE).main;
    const raw = Object.fromEntries([...weights].map(([k, t]) => [k, t.data]));
    const classify = (px: ArrayLike<number>): Float32Array => Float32Array.from(interpret(model.graph(1), { ...raw, input: px }).output!.data);
    const digit = pickDigit(classify);

    const page = await newPage();
    await page.setViewportSize({ width: 1000, height: 480 });
    await page.goto(await url('/mnist/'));
    await page.waitForSelector('body[data-ready]');
    await drawDigit(page, digit.pixels);
    await page.waitForFunction('window.dlcDemo.strokes > 0 && window.dlcDemo.classified === window.dlcDemo.strokes && window.dlcDemo.explained === window.dlcDemo.strokes');
    const shown = await page.textContent('#prediction');
    const { lastInput, lastOutput, lastSaliency, explainedClass, heat } = await inPage<{ lastInput: number[]; lastOutput: number[]; lastSaliency: number[]; explainedClass: number; heat: number[] }>(page, `
      const c = document.getElementById('heat');
      const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      // Mean luminance of each MNIST cell of the 280×280 heat-map canvas.
      const heat = new Array(784).fill(0);
      for (let y = 0; y < 280; y++) for (let x = 0; x < 280; x++) { const o = (y * 280 + x) * 4; heat[Math.floor(y / 10) * 28 + Math.floor(x / 10)] += (px[o] + px[o + 1] + px[o + 2]) / 300; }
      const d = window.dlcDemo;
      return { lastInput: d.lastInput, lastOutput: d.lastOutput, lastSaliency: d.lastSaliency, explainedClass: d.explainedClass, heat };`, null);
    mkdirSync(join(ROOT, 'out'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'out', 'mnist-web.png') });
    expect(shown).toBe(String(digit.label));
    // The page's GPU answer is the interpreter's on exactly the pixels the page read off its canvas.
    expect(maxRelError(lastOutput, classify(lastInput))).toBeLessThan(1e-4);
    // The saliency shown is the bundle's integrated gradients of the shown class, equal to the
    // interpreter's on the same pixels, and the heat map is lit on the stroke and dark off it.
    expect(explainedClass).toBe(digit.label);
    const e = explainGraph(model, { method: 'integrated', samples: SAMPLES });
    const want = interpret(e.graph, { ...raw, ...explainFeeds(e, { x: lastInput }, digit.label) })[EXPLAIN.saliency]!.data;
    expect(maxRelError(lastSaliency, want)).toBeLessThan(1e-4);
    const on = heat.filter((_, i) => lastInput[i]! > 0.5);
    const off = heat.filter((_, i) => lastInput[i] === 0);
    const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
    expect(Math.max(...heat), 'the heat map is not blank').toBeGreaterThan(100);
    expect(on.length * off.length).toBeGreaterThan(0);
    expect(mean(on), `stroke ${mean(on)} vs background ${mean(off)}`).toBeGreaterThan(mean(off) + 40);
    await page.close();
  });

  it('an <img> of a digit file gets the same label and probability in the page as `dlc run --input` on the file', async () => {
    const files = await makeMnistFolder({ out: join(work, 'digit-files'), perClass: 1, split: 'test', format: 'png' });
    mounts['/digits/'] = join(work, 'digit-files');
    let stdout = '';
    expect(await main(['run', join(work, 'mnist-web-bundle'), '--input', join(work, 'digit-files'), '--json'], { out: (t) => (stdout += t), err: () => {}, isTTY: false })).toBe(0);
    const cli = (JSON.parse(stdout) as { predictions: { file: string; label: string; probability: number }[] }).predictions;
    expect(cli).toHaveLength(files.length);
    const page = await newPage();
    await page.goto(await url('/'));
    const got = await inPage<{ label: string; probability: number }[]>(page, `
      const bundle = await (await import(args.src)).load();
      const out = [];
      for (const f of args.files) {
        const img = new Image();
        img.src = f;
        await img.decode();
        const c = await bundle.classify(img);
        out.push({ label: c.label, probability: c.probability });
      }
      bundle.destroy();
      return out;`, { src: await url('/mnist/bundle/index.js'), files: await Promise.all(cli.map((p) => url(`/digits/${p.file.split('/').slice(-2).join('/')}`))) });
    got.forEach((g, i) => {
      expect(g.label).toBe(cli[i]!.label);
      expect(g.probability).toBeCloseTo(cli[i]!.probability, 4);
    });
    await page.close();
  });
});

/**
 * A real MNIST test digit whose pen-drawn version (pixels above 0.5, as the test draws them) the
 * trained model still gets right with confidence, so the test checks the page, not the model's luck.
 */
function pickDigit(classify: (px: ArrayLike<number>) => Float32Array): { label: number; pixels: Float32Array } {
  const test = loadDataset({ kind: 'mnist', options: {} }, { trainLimit: 1, testLimit: 100 }).test!;
  for (let i = 0; i < test.n; i++) {
    const pixels = test.x.subarray(i * 784, (i + 1) * 784);
    const label = test.y[i]!;
    const p = classify(pixels.map((v) => (v > 0.5 ? 1 : 0)));
    if (p[label]! > 0.95 && label !== 1) return { label, pixels };
  }
  throw new Error('no confidently classified digit among the first 100 test images');
}

/** Each row's runs of bright pixels become mouse strokes across the canvas (10 canvas px per MNIST px). */
async function drawDigit(page: Page, pixels: Float32Array): Promise<void> {
  const box = (await page.locator('#pad').boundingBox())!;
  const cell = box.width / 28;
  for (let r = 0; r < 28; r++) {
    for (let c = 0; c < 28; c++) {
      if (!(pixels[r * 28 + c]! > 0.5)) continue;
      let end = c;
      while (end + 1 < 28 && pixels[r * 28 + end + 1]! > 0.5) end++;
      const y = box.y + (r + 0.5) * cell;
      await page.mouse.move(box.x + (c + 0.5) * cell, y);
      await page.mouse.down();
      await page.mouse.move(box.x + (end + 0.5) * cell, y, { steps: 2 });
      await page.mouse.up();
      c = end;
    }
  }
}
