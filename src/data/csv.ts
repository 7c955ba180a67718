/** @file CSV datasets: numeric columns, one of them the label (class indices when integral, values otherwise). */
import { readFileSync } from 'node:fs';
import { permutation, seededRandom, take, type Dataset } from './dataset.ts';

export interface CsvOptions {
  readonly path: string;
  /** The target column: a header name, or (without a header) a 0-based index; default the last column. */
  readonly label?: string;
  readonly header?: boolean;
  /** Seeded shuffle, then this fraction forms the test split (default 0.2). */
  readonly testFraction?: number;
  readonly seed?: number;
}

export function loadCsv(o: CsvOptions): Dataset {
  let text: string;
  try {
    text = readFileSync(o.path, 'utf8');
  } catch {
    throw new Error(`cannot read the CSV file ${o.path}`);
  }
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const hasHeader = o.header ?? (lines.length > 0 && lines[0]!.split(',').some((c) => c.trim() !== '' && !Number.isFinite(Number(c))));
  const names = hasHeader ? lines[0]!.split(',').map((c) => c.trim()) : [];
  const rows = (hasHeader ? lines.slice(1) : lines).map((l, i) => l.split(',').map((c, j) => parseCell(o.path, c, i + (hasHeader ? 2 : 1), j)));
  if (rows.length === 0) throw new Error(`${o.path} has no data rows`);
  const width = rows[0]!.length;
  if (rows.some((r) => r.length !== width)) throw new Error(`${o.path}: every row must have ${width} columns`);
  const labelCol = o.label === undefined ? width - 1 : hasHeader ? names.indexOf(o.label) : Number(o.label);
  if (!(labelCol >= 0 && labelCol < width)) throw new Error(`${o.path} has no column '${o.label}'${hasHeader ? `; its columns are ${names.join(', ')}` : ''}`);
  const labels = rows.map((r) => r[labelCol]!);
  const isClass = labels.every((v) => Number.isInteger(v) && v >= 0);
  const x = Float32Array.from(rows.flatMap((r) => r.filter((_, j) => j !== labelCol)));
  const y = isClass ? Int32Array.from(labels) : Float32Array.from(labels);
  const all = { n: rows.length, x, y };
  const perm = permutation(all.n, seededRandom(o.seed ?? 42));
  const nTest = Math.round(all.n * (o.testFraction ?? 0.2));
  const xs = width - 1;
  const base = { name: `csv:${o.path}`, xShape: [xs], yShape: isClass ? [] : [1], yDtype: isClass ? ('i32' as const) : ('f32' as const) };
  const classes = isClass ? Math.max(...labels) + 1 : undefined;
  return { ...base, ...(classes ? { numClasses: classes } : {}), train: take(all, perm.subarray(nTest), xs, 1), test: take(all, perm.subarray(0, nTest), xs, 1) };
}

function parseCell(path: string, c: string, line: number, col: number): number {
  const v = Number(c.trim());
  if (c.trim() === '' || !Number.isFinite(v)) throw new Error(`${path}:${line}: column ${col + 1} is '${c.trim()}', not a number (dlc reads numeric CSV only)`);
  return v;
}
