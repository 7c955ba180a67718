/**
 * @file report.html, confusion-matrix.svg and `dlc evaluate` end to end: one tiny image classifier
 * trained for two epochs with precision/AUC metrics; its report opened in headless Chromium (curves
 * with the best epoch marked, confusion matrix, sample grid, no console errors, a screenshot in
 * out/); the live page shows a new epoch after metrics.jsonl grows (file:// and http); evaluate's
 * numbers equal the run's test results; bad input gets a clear error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { loadDataset } from '../../src/data/load.ts';
import { train, type TrainResult } from '../../src/train/loop.ts';
import { writeCurves, type EpochRecord } from '../../src/train/outputs.ts';
import { reportHtml } from '../../src/train/report.ts';
import { main } from '../../src/cli/main.ts';
import type { CompiledModel } from '../../src/frontend/index.ts';
import { hasChromium, launchChromium, serveStatic, type BrowserHandle } from './browser-helpers.ts';
import { modelFromSource } from './train-helpers.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();
const ART = resolve('out/report-test');

const SRC = `import { sequential, flatten, dense, adam, synthetic } from 'dlc';
export default sequential({
  name: 'tiny_images',
  input: [8, 8, 1],
  layers: [flatten(), dense(3, { activation: 'softmax' })],
  train: { data: synthetic({ kind: 'images', shape: [8, 8, 1], classes: 3, sparse: true, samples: 60, noise: 0.8 }), loss: 'sparseCategoricalCrossentropy',
    optimizer: adam({ learningRate: 0.05 }), batchSize: 10, epochs: 2, metrics: ['accuracy', 'precision', 'auc'], validationSplit: 0.2 },
});
`;

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), isTTY: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Opens a page, collecting console errors and page errors. */
async function open(b: BrowserHandle, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await b.browser.newPage({ viewport: { width: 1300, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors };
}

describe('report and evaluate', () => {
  let dir = '';
  let m: CompiledModel;
  let r: TrainResult;
  let file = '';
  let browser: BrowserHandle | undefined;
  beforeAll(async () => {
    mkdirSync(ART, { recursive: true });
    const tmp = mkdtempSync(join(tmpdir(), 'dlc-report-'));
    file = join(tmp, 'tiny_images.ts');
    writeFileSync(file, SRC);
    m = modelFromSource('tiny_images', SRC);
    dir = join(tmp, 'run');
    const t = m.train!;
    r = await train({ device: gpu.device, model: m, dataset: loadDataset(t.data!), epochs: 2, batch: 10, seed: 1, loss: t.loss, optimizer: t.optimizer, validationSplit: 0.2, outDir: dir });
    if (hasChromium) browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('logs the requested metrics per epoch, for training and validation', () => {
    const lines = readFileSync(join(dir, 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, number>);
    expect(lines).toHaveLength(2);
    for (const k of ['loss', 'accuracy', 'precision', 'auc', 'val_loss', 'val_accuracy', 'val_precision', 'val_auc']) expect(typeof lines[1]![k], k).toBe('number');
    expect(r.test?.confusion?.flat().reduce((a, b) => a + b, 0)).toBe(12); // the test split: 60 / 5
    expect(r.bestEpoch).not.toBeNull();
  });

  it.runIf(hasChromium)('report.html: curves with the best epoch, confusion matrix, sample grid, no console errors', async () => {
    const { page, errors } = await open(browser!, pathToFileURL(join(dir, 'report.html')).href);
    await page.waitForSelector('svg.panel');
    const panels = await page.$$eval('svg.panel', (els) => els.map((e) => e.getAttribute('data-metric')));
    for (const k of ['loss', 'accuracy', 'precision', 'auc', 'learning rate']) expect(panels, k).toContain(k);
    expect(await page.locator('svg.panel[data-metric="loss"] .mark-best').count()).toBe(1);
    expect(await page.locator('#confusion rect.cell').count()).toBe(9);
    expect(await page.locator('#class-report').textContent()).toMatch(/macro avg/);
    expect(await page.locator('#samples .card canvas').count()).toBeGreaterThanOrEqual(12);
    expect(await page.locator('#hyper').textContent()).toMatch(/adam/);
    expect(await page.locator('#dataset').textContent()).toMatch(/training samples/);
    await page.screenshot({ path: join(ART, 'report.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it.runIf(hasChromium)('the live report shows a new epoch after metrics.jsonl grows (file:// and http)', async () => {
    const live = join(dir, 'live');
    mkdirSync(live, { recursive: true });
    const rec = (epoch: number): EpochRecord => ({ epoch, step: epoch * 5, lr: 0.01, loss: 1 / epoch, val_loss: 1.2 / epoch, accuracy: 0.3 + 0.1 * epoch });
    const history = [rec(1), rec(2)];
    writeCurves(live, 'live_model', history, undefined, { done: false, bestEpoch: 2 });
    writeFileSync(join(live, 'metrics.jsonl'), history.map((h) => JSON.stringify(h)).join('\n') + '\n');
    const server = await serveStatic({ '/': live });
    try {
      const pages = [await open(browser!, pathToFileURL(join(live, 'report.html')).href), await open(browser!, `${server.url}/report.html`)];
      for (const { page } of pages) await page.waitForFunction("document.getElementById('summary')?.textContent?.startsWith('epoch 2')");
      // Epoch 3 arrives: the loop appends to metrics.jsonl and rewrites metrics.js.
      const grown = [...history, rec(3)];
      appendFileSync(join(live, 'metrics.jsonl'), `${JSON.stringify(rec(3))}\n`);
      writeCurves(live, 'live_model', grown, undefined, { done: false, bestEpoch: 3 });
      for (const { page, errors } of pages) {
        await page.waitForFunction("document.getElementById('summary')?.textContent?.startsWith('epoch 3')", undefined, { timeout: 30_000 });
        expect(await page.locator('svg.panel[data-metric="loss"] circle').count()).toBe(6); // train and validation, 3 epochs each
        expect(errors).toEqual([]);
      }
      await pages[0]!.page.screenshot({ path: join(ART, 'report-live.png') });
      for (const { page } of pages) await page.close();
    } finally {
      await server.close();
    }
  });

  it('dlc evaluate reproduces the run\'s test numbers, prints the report and draws the confusion matrix', async () => {
    const res = await cli(['evaluate', file, '--weights', join(dir, 'checkpoint.safetensors'), '--json', '--metrics', 'accuracy,precision,recall,f1Score,auc,prAuc']);
    expect(res.code, res.err).toBe(0);
    expect(res.out).toMatch(/per-class report[\s\S]*weighted avg/);
    expect(res.out).toMatch(/most confident mistakes/);
    const j = JSON.parse(res.out.split('\n').pop()!) as { loss: number; metrics: Record<string, number>; confusion: number[][]; mistakes: { pGuess: number }[]; confusionSvg: string };
    expect(j.loss).toBeCloseTo(r.test!.loss, 5);
    expect(j.metrics.accuracy).toBeCloseTo(r.test!.accuracy!, 6);
    expect(j.metrics.precision).toBeCloseTo(r.test!.values!.precision!, 6);
    expect(j.metrics.auc).toBeCloseTo(r.test!.values!.auc!, 6);
    expect(j.confusion).toEqual(r.test!.confusion);
    for (let i = 1; i < j.mistakes.length; i++) expect(j.mistakes[i - 1]!.pGuess).toBeGreaterThanOrEqual(j.mistakes[i]!.pGuess);
    if (hasChromium) {
      const { page, errors } = await open(browser!, pathToFileURL(j.confusionSvg).href);
      expect(await page.locator('rect.cell').count()).toBe(9);
      await page.screenshot({ path: join(ART, 'confusion-matrix.png') });
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('dlc evaluate refuses another model\'s checkpoint, data of the wrong shape and an unknown metric, with hints', async () => {
    const ck = join(dir, 'checkpoint.safetensors');
    const foreign = await cli(['evaluate', 'models/iris_mlp.ts', '--weights', ck]);
    expect(foreign.code).toBe(1);
    expect(foreign.err).toMatch(/checkpoint of model 'tiny_images', not 'iris_mlp'/);
    expect(foreign.err).toMatch(/hint/);
    const shape = await cli(['evaluate', file, '--weights', ck, '--data', 'iris']);
    expect(shape.code).toBe(1);
    expect(shape.err).toMatch(/shape \[4\].*input is \[8, 8, 1\]/);
    const metric = await cli(['evaluate', file, '--weights', ck, '--metrics', 'accuracy,recal']);
    expect(metric.code).toBe(2);
    expect(metric.err).toMatch(/unknown metric 'recal'; did you mean 'recall'\?/);
  });

  it.runIf(hasChromium)('a GAN report draws generated samples per epoch (images and 2-D points); dlc compare overlays runs', async () => {
    const gan = join(dir, 'gan');
    mkdirSync(gan, { recursive: true });
    const history = [1, 2, 3].map((e) => ({ epoch: e, step: e * 10, discriminator_loss: 0.7 - 0.01 * e, generator_loss: 0.8 + 0.02 * e }) as unknown as EpochRecord);
    const px = (k: number): number[] => Array.from({ length: 64 }, (_, i) => (i * 4 + k * 30) % 256);
    const images = reportHtml({ title: 'gan images', history, done: true, samples: { kind: 'generated', image: { h: 8, w: 8, c: 1 }, generated: [1, 2, 3].map((e) => ({ epoch: e, samples: [px(e), px(e + 1)] })) } });
    const points = reportHtml({ title: 'gan points', history, done: true, samples: { kind: 'generated', real: [[0, 0], [1, 1]], generated: [1, 2].map((e) => ({ epoch: e, samples: [[e / 3, 0.5], [0.2, e / 4]] })) } });
    writeFileSync(join(gan, 'images.html'), images);
    writeFileSync(join(gan, 'points.html'), points);
    const a = await open(browser!, pathToFileURL(join(gan, 'images.html')).href);
    expect(await a.page.locator('#samples h3').allTextContents()).toEqual(['Generated after epoch 1', 'Generated after epoch 2', 'Generated after epoch 3']);
    expect(await a.page.locator('#samples .gen canvas').count()).toBe(6);
    expect(await a.page.$$eval('svg.panel', (els) => els.map((e) => e.getAttribute('data-metric')))).toEqual(['discriminator_loss', 'generator_loss']);
    await a.page.screenshot({ path: join(ART, 'report-gan.png'), fullPage: true });
    const b = await open(browser!, pathToFileURL(join(gan, 'points.html')).href);
    expect(await b.page.locator('svg.scatter.gen').count()).toBe(2);
    expect(await b.page.locator('svg.scatter.gen circle').count()).toBe(8);
    expect([...a.errors, ...b.errors]).toEqual([]);
    await a.page.close();
    await b.page.close();
    // dlc compare: the trained run and the live one in one page, a curve per run per panel.
    const out = join(dir, 'compare.html');
    const res = await cli(['compare', dir, join(dir, 'live'), '--out', out]);
    expect(res.code, res.err).toBe(0);
    expect(res.out).toMatch(/best epoch/);
    const c = await open(browser!, pathToFileURL(out).href);
    expect(await c.page.locator('svg.panel[data-metric="loss"] path.curve').count()).toBe(4); // train + validation for each run
    await c.page.screenshot({ path: join(ART, 'compare.png'), fullPage: true });
    expect(c.errors).toEqual([]);
    await c.page.close();
  });

  it('dlc weights lists shapes, statistics and values; an unknown name gets a did-you-mean', async () => {
    const ck = join(dir, 'checkpoint.safetensors');
    const res = await cli(['weights', ck, '--json', '--values', '--name', 'dense']);
    expect(res.code, res.err).toBe(0);
    const j = JSON.parse(res.out) as { metadata: Record<string, string>; tensors: { name: string; shape: number[]; size: number; mean: number; min: number; max: number; values: number[] }[] };
    expect(j.metadata.model).toBe('tiny_images');
    const kernel = j.tensors.find((t) => t.name.endsWith('kernel'))!;
    expect(kernel.shape).toEqual([64, 3]);
    const w = r.weights[kernel.name]!;
    expect(kernel.values).toEqual(Array.from(w.subarray(0, 200)));
    expect(kernel.mean).toBeCloseTo(w.reduce((a, b) => a + b, 0) / w.length, 6);
    expect(kernel.max).toBe(Math.max(...w));
    const text = await cli(['weights', ck, '--name', kernel.name, '--values']);
    expect(text.out).toMatch(/\[64, 3\]/);
    expect(text.out.split('\n').filter((l) => l.startsWith('  [')).length).toBe(64);
    const bad = await cli(['weights', ck, '--name', kernel.name.replace('kernel', 'kernal')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/did you mean/);
  });

  it('dlc summary: MACs per layer by definition (LeNet-5), and --graph draws the branches of an inception block', async () => {
    const res = await cli(['summary', 'models/lenet5.ts', '--json']);
    const j = JSON.parse(res.out) as { cost: { macs: number; flops: number; layers: { label: string; kind: string; macs: number }[] } };
    // Weightless layers are named as Keras names them, found by where they were applied.
    expect(j.cost.layers.map((l) => `${l.label} ${l.kind}`)).toEqual(expect.arrayContaining(['average_pooling2d AveragePooling2D', 'average_pooling2d_1 AveragePooling2D', 'flatten Flatten']));
    // conv 5×5: output elements × 25 × input channels; dense: inputs × units.
    const want: Record<string, number> = { conv2d: 28 * 28 * 6 * 25, conv2d_1: 10 * 10 * 16 * 25 * 6, conv2d_2: 1 * 1 * 120 * 25 * 16, dense: 120 * 84, dense_1: 84 * 10 };
    for (const [k, v] of Object.entries(want)) expect(j.cost.layers.find((l) => l.label === k)?.macs, k).toBe(v);
    expect(j.cost.macs).toBe(Object.values(want).reduce((a, b) => a + b, 0));
    expect(j.cost.flops).toBeGreaterThan(2 * j.cost.macs);
    const svg = join(ART, 'inception-graph.svg');
    const text = await cli(['summary', 'models/inception_block.ts', '--graph', svg]);
    expect(text.out).toMatch(/Total MACs: .* · FLOPs: /);
    if (!hasChromium) return;
    const { page, errors } = await open(browser!, pathToFileURL(svg).href);
    const boxes = await page.locator('g.layer').allTextContents();
    expect(boxes.filter((b) => b.includes('(Conv2D)')).length).toBe(13);
    expect(boxes.filter((b) => b.startsWith('concat')).length).toBe(2);
    // Branches: one conv fans out to four paths, which merge in a concat.
    expect(await page.locator('path.edge').count()).toBeGreaterThanOrEqual(20);
    await page.setViewportSize({ width: 1200, height: 1000 });
    await page.screenshot({ path: join(ART, 'inception-graph.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
