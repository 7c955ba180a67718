/** @file npy(), npz() and timeseries(): dtype conversion, shape checks against the model input, windows against their definition. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { splitFraction } from '../../src/data/dataset.ts';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'dlc-npy-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Descr = '<f4' | '<f8' | '<i4' | '<i8' | '|u1' | '|b1';
/** A .npy file as numpy.save writes it (version 1.0, header padded to 64 bytes). */
function npyBytes(descr: Descr, shape: number[], values: number[]): Uint8Array {
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shapeText}, }`;
  header += ' '.repeat(64 - ((10 + header.length + 1) % 64)) + '\n';
  const size = { '<f4': 4, '<f8': 8, '<i4': 4, '<i8': 8, '|u1': 1, '|b1': 1 }[descr];
  const out = new Uint8Array(10 + header.length + values.length * size);
  out.set([0x93, ...Buffer.from('NUMPY'), 1, 0, header.length & 0xff, header.length >> 8]);
  out.set(Buffer.from(header, 'latin1'), 10);
  const v = new DataView(out.buffer, 10 + header.length);
  values.forEach((x, i) => {
    if (descr === '<f4') v.setFloat32(i * 4, x, true);
    else if (descr === '<f8') v.setFloat64(i * 8, x, true);
    else if (descr === '<i4') v.setInt32(i * 4, x, true);
    else if (descr === '<i8') v.setBigInt64(i * 8, BigInt(x), true);
    else v.setUint8(i, x);
  });
  return out;
}
const save = (name: string, bytes: Uint8Array): string => {
  const p = join(tmp, name);
  writeFileSync(p, bytes);
  return p;
};

describe('npy() and npz()', () => {
  it('converts every dtype; 1-D integer targets are class indices, others f32 values', async () => {
    const xs: [Descr, number[]][] = [['<f4', [0.5, 1, 2, 3]], ['<f8', [0.25, 1, 2, 3]], ['<i4', [1, -2, 3, 4]], ['<i8', [1, 2, 3, 4]], ['|u1', [0, 255, 7, 8]], ['|b1', [1, 0, 1, 1]]];
    for (const [descr, values] of xs) {
      const x = save(`x${descr.slice(1)}.npy`, npyBytes(descr, [2, 2], values));
      const y = save('y.npy', npyBytes('<i8', [2], [1, 0]));
      const d = await loadData({ kind: 'npy', options: { x, y } }, { inputShape: [2] });
      expect(Array.from(d.train.x)).toEqual(values);
      expect([d.yDtype, d.numClasses, Array.from(d.train.y)]).toEqual(['i32', 2, [1, 0]]);
    }
    const yf = save('yf.npy', npyBytes('<f8', [2, 3], [0.5, 0, 1, 2, 3, 4]));
    const d = await loadData({ kind: 'npy', options: { x: save('x2.npy', npyBytes('<f4', [2, 1], [1, 2])), y: yf } });
    expect([d.yDtype, d.yShape, Array.from(d.train.y)]).toEqual(['f32', [3], [0.5, 0, 1, 2, 3, 4]]);
  });

  it('npz archives (stored and deflated) with named arrays and a test split', async () => {
    const img = npyBytes('|u1', [3, 2, 2, 1], Array.from({ length: 12 }, (_, i) => i));
    const lab = npyBytes('<i8', [3], [0, 1, 2]);
    const p = save('data.npz', zipSync({ 'images.npy': img, 'labels.npy': [lab, { level: 6 }], 'tx.npy': img, 'ty.npy': lab }, { level: 0 }));
    const d = await loadData({ kind: 'npz', options: { path: p, x: 'images', y: 'labels', testX: 'tx', testY: 'ty' } }, { inputShape: [2, 2, 1] });
    expect([d.train.n, d.test?.n, d.numClasses, d.xShape]).toEqual([3, 3, 3, [2, 2, 1]]);
    await expect(loadData({ kind: 'npz', options: { path: p } })).rejects.toThrow(/has no array 'x'; it holds images, labels, tx, ty/);
  });

  it('wrong shapes, mismatched counts and foreign files are clear errors naming the file', async () => {
    const x = save('wrong.npy', npyBytes('<f4', [2, 3], [1, 2, 3, 4, 5, 6]));
    const y = save('y2.npy', npyBytes('<i4', [2], [0, 1]));
    await expect(loadData({ kind: 'npy', options: { x, y } }, { inputShape: [4] })).rejects.toThrow(/wrong\.npy holds samples of shape \(3\) but the model's input is \[4\]/);
    await expect(loadData({ kind: 'npy', options: { x, y: save('y3.npy', npyBytes('<i4', [3], [0, 1, 1])) } })).rejects.toThrow(/wrong\.npy has 2 samples but .*y3\.npy has 3/);
    await expect(loadData({ kind: 'npy', options: { x: save('flat.npy', npyBytes('<f4', [3], [1, 2, 3])), y } })).rejects.toThrow(/flat\.npy has shape \(3\); features need a samples axis/);
    await expect(loadData({ kind: 'npy', options: { x: save('junk.npy', new Uint8Array([1, 2, 3])), y } })).rejects.toThrow(/junk\.npy: not a \.npy file/);
    await expect(loadData({ kind: 'npz', options: { path: save('junk.npz', new Uint8Array([1, 2, 3])) } })).rejects.toThrow(/junk\.npz is not an \.npz archive/);
  });
});

describe('timeseries()', () => {
  it('windows and targets match the definition x = s[i·stride …+window), y = s[i·stride + window − 1 + horizon]', async () => {
    const values = Array.from({ length: 20 }, (_, i) => i * i);
    for (const [window, horizon, stride] of [[3, 1, 1], [4, 2, 3], [5, 5, 2]] as const) {
      const d = await loadData({ kind: 'timeseries', options: { values, window, horizon, stride } });
      const n = Math.floor((20 - window - horizon) / stride) + 1;
      expect(d.train.n).toBe(n);
      expect(d.xShape).toEqual([window, 1]);
      for (let i = 0; i < n; i++) {
        expect(Array.from(d.train.x.subarray(i * window, (i + 1) * window))).toEqual(values.slice(i * stride, i * stride + window));
        expect(d.train.y[i]).toBe(values[i * stride + window - 1 + horizon]);
      }
    }
  });

  it('a CSV of several columns: features by name, chosen targets, a time-ordered test tail', async () => {
    const rows = Array.from({ length: 12 }, (_, t) => `${t},${10 * t},${100 * t}`);
    const p = save('weather.csv', new TextEncoder().encode(`day,temp,rain\n${rows.join('\n')}\n`));
    const d = await loadData({ kind: 'timeseries', options: { csv: p, columns: ['temp', 'rain'], targets: ['rain'], window: 3, testSplit: 0.25 } });
    expect(d.xShape).toEqual([3, 2]);
    expect(d.train.n + d.test!.n).toBe(9);
    expect(d.test!.n).toBe(2);
    expect(Array.from(d.train.x.subarray(0, 6))).toEqual([0, 0, 10, 100, 20, 200]);
    expect(d.train.y[0]).toBe(300);
    expect(d.test!.y[1]).toBe(1100);
    await expect(loadData({ kind: 'timeseries', options: { csv: p, targets: ['snow'], window: 3 } })).rejects.toThrow(/target 'snow' is not one of its columns/);
    await expect(loadData({ kind: 'timeseries', options: { values: [1, 2], window: 3 } })).rejects.toThrow(/too few for one window/);
  });

  it('validationSplit holds out the last windows in time order (a shuffle would leak overlapping windows); other data is shuffled', async () => {
    const values = Array.from({ length: 30 }, (_, i) => i);
    const d = await loadData({ kind: 'timeseries', options: { values, window: 4 } });
    const [train, val] = splitFraction(d, d.train, 0.2, 7);
    expect(val.n).toBe(Math.round(d.train.n * 0.2));
    expect(Array.from(train.y)).toEqual(Array.from(d.train.y.subarray(0, train.n)));
    expect(Array.from(val.y)).toEqual(Array.from(d.train.y.subarray(train.n)));
    const [, shuffled] = splitFraction({ ...d, timeOrdered: false }, d.train, 0.2, 7);
    expect(Array.from(shuffled.y)).not.toEqual(Array.from(val.y));
  });

  it('a missing step is refused at file:line:col with what to do', async () => {
    const p = save('gap.csv', new TextEncoder().encode('temp,rain\n1,2\n,3\n4,5\n6,7\n'));
    await expect(loadData({ kind: 'timeseries', options: { csv: p, window: 2 } })).rejects.toThrow(/gap\.csv:3:1: column 'temp' has a missing value; .*fill the cell/);
    // A date column left in the series: the numeric columns are named for the fix.
    const dated = save('dated.csv', new TextEncoder().encode('date,temp,rain\n2024-01-01,1,2\n2024-01-02,3,4\n2024-01-03,5,6\n'));
    await expect(loadData({ kind: 'timeseries', options: { csv: dated, window: 1 } })).rejects.toThrow(/dated\.csv:2:1: column 'date' is '2024-01-01', not a number; the series' columns must be numeric: name them, e.g. columns: \["temp","rain"\]/);
  });
});
