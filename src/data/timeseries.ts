/**
 * @file `timeseries({ values | csv, window, horizon, stride, targets })`: sliding windows over a
 * series, as Keras timeseries_dataset_from_array with targets = data shifted by the window and horizon.
 * Sample i is x = series[s .. s+window) and y = targets at s + window − 1 + horizon, s = i·stride.
 */
import { DataError, type Dataset, type Split } from './dataset.ts';
import { columnIndex, isMissing, numberAt, readTable } from './csv.ts';

export interface TimeseriesOptions {
  readonly values?: readonly number[];
  readonly csv?: string;
  readonly columns?: readonly string[];
  readonly header?: boolean;
  readonly targets?: readonly string[];
  readonly window: number;
  readonly horizon?: number;
  readonly stride?: number;
  readonly testSplit?: number;
}

interface Series {
  readonly names: readonly string[];
  /** steps × features, row-major. */
  readonly data: Float32Array;
  readonly steps: number;
}

export function loadTimeseries(o: TimeseriesOptions): Dataset {
  const s = o.values ? { names: ['value'], data: Float32Array.from(o.values), steps: o.values.length } : seriesFromCsv(o);
  const f = s.names.length;
  const targetCols = (o.targets ?? s.names).map((t) => {
    const i = s.names.indexOf(t);
    if (i < 0) throw new DataError(`timeseries() target '${t}' is not one of its columns (${s.names.join(', ')})`);
    return i;
  });
  const horizon = o.horizon ?? 1;
  const stride = o.stride ?? 1;
  const n = Math.max(0, Math.floor((s.steps - o.window - horizon) / stride) + 1);
  if (n === 0) throw new DataError(`timeseries() has ${s.steps} steps, too few for one window of ${o.window} plus a horizon of ${horizon}`);
  const x = new Float32Array(n * o.window * f);
  const y = new Float32Array(n * targetCols.length);
  for (let i = 0; i < n; i++) {
    const start = i * stride;
    x.set(s.data.subarray(start * f, (start + o.window) * f), i * o.window * f);
    const at = start + o.window - 1 + horizon;
    targetCols.forEach((c, j) => (y[i * targetCols.length + j] = s.data[at * f + c]!));
  }
  // Time order is kept: the test split is the last windows, so it never overlaps training in the future.
  const nTest = Math.round(n * (o.testSplit ?? 0));
  const cut = (from: number, to: number): Split => ({ n: to - from, x: x.slice(from * o.window * f, to * o.window * f), y: y.slice(from * targetCols.length, to * targetCols.length) });
  return {
    name: `timeseries:${o.csv ?? 'values'}`, xShape: [o.window, f], yShape: [targetCols.length], yDtype: 'f32',
    train: cut(0, n - nTest), ...(nTest > 0 ? { test: cut(n - nTest, n) } : {}),
    info: { features: s.names },
    // validationSplit holds out the last training windows, as testSplit the last of all (splitFraction).
    timeOrdered: true,
  };
}

function seriesFromCsv(o: TimeseriesOptions): Series {
  const path = o.csv!;
  const t = readTable(path, o);
  const cols = o.columns ? o.columns.map((c) => columnIndex(path, t, c, 'series')) : t.names.map((_, i) => i);
  const data = new Float32Array(t.rows.length * cols.length);
  // A date or label column is not part of the series: name the numeric ones.
  const numeric = t.names.filter((_, c) => t.rows.every((r) => isMissing(r.cells[c]!) || Number.isFinite(Number(r.cells[c]))));
  const hint = `the series' columns must be numeric: name them, e.g. columns: ${JSON.stringify(numeric)}`;
  t.rows.forEach((r, i) => cols.forEach((c, j) => {
    if (isMissing(r.cells[c]!)) throw new DataError(`${path}:${r.line}:${c + 1}: column '${t.names[c]}' has a missing value; a time series needs every step (fill the cell, e.g. with the step before's value, or leave the column out of columns: [...])`);
    data[i * cols.length + j] = numberAt(path, t, r, c, hint);
  }));
  return { names: cols.map((c) => t.names[c]!), data, steps: t.rows.length };
}
