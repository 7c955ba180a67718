/**
 * @file CSV datasets, read with csv-parse (RFC 4180 quoting): columns by header name, a label column
 * of numbers (values or class indices) or of names (classes, sorted), missing cells rejected with
 * file:row:col or dropped/filled as asked, ragged rows and non-numeric cells named by row and column.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DataError, permutation, seededRandom, take, type Dataset } from './dataset.ts';
import type { DataInfo } from '../runtime/preprocess.ts';
import { learnVocabulary, tokens, vectorize } from '../runtime/text.ts';

export interface CsvOptions {
  readonly path: string;
  /** The target column: a header name, or (without a header) a 0-based index; default the last column. */
  readonly label?: string;
  readonly features?: readonly string[];
  readonly header?: boolean;
  readonly delimiter?: string;
  readonly missing?: 'error' | 'drop' | 'fill';
  readonly fill?: number;
  readonly labels?: 'int' | 'categorical';
  /** Feature columns of names (a city, a colour) one-hot encoded over their sorted distinct values, in the column's place. */
  readonly categorical?: readonly string[];
  /** A column of text, the only feature: token ids as Keras TextVectorization gives them (src/runtime/text.ts). */
  readonly text?: string;
  /** The vocabulary's size, padding and '[UNK]' included (default 20000). */
  readonly maxTokens?: number;
  /** Token ids per text (default: the model input's length, else the longest training text). */
  readonly sequenceLength?: number;
  /** The model input's per-sample shape (the text's default sequence length). */
  readonly inputShape?: readonly number[];
  /** Seeded shuffle, then this fraction forms the test split (default 0.2). */
  readonly testFraction?: number;
  readonly seed?: number;
  readonly note?: (text: string) => void;
}

/** Cells read as missing values. */
const MISSING = new Set(['', 'na', 'n/a', 'nan', 'null', 'none', '?']);

interface Row {
  readonly cells: readonly string[];
  readonly line: number;
}

export interface Table {
  readonly names: readonly string[];
  readonly hasHeader: boolean;
  readonly rows: readonly Row[];
}

/** Parses the file into rows of trimmed cells with their line numbers; every row as wide as the first. */
export function readTable(path: string, o: { header?: boolean; delimiter?: string }): Table {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new DataError(`cannot read the CSV file ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { relax_column_count: true, info: true, skip_empty_lines: true, trim: true, bom: true, delimiter: o.delimiter ?? ',' }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new DataError(`${path}${err.lines ? `:${err.lines}` : ''}: ${err.message.replace(/^[A-Za-z ]+: /, '')}`);
  }
  if (records.length === 0) throw new DataError(`${path} is empty`);
  const first = records[0]!.record;
  const hasHeader = o.header ?? first.some((c) => c !== '' && !Number.isFinite(Number(c)));
  const names = hasHeader ? first : first.map((_, i) => String(i));
  const rows = (hasHeader ? records.slice(1) : records).map((r) => ({ cells: r.record, line: r.info.lines }));
  if (rows.length === 0) throw new DataError(`${path} has a header but no data rows`);
  for (const r of rows) {
    if (r.cells.length !== names.length) throw new DataError(`${path}:${r.line}: this row has ${r.cells.length} fields but ${hasHeader ? 'the header has' : 'the first row has'} ${names.length}; every row needs one value per column`);
  }
  return { names, hasHeader, rows };
}

/** A column by header name, or by 0-based index. */
export function columnIndex(path: string, t: Table, name: string, what: string): number {
  const i = t.hasHeader ? t.names.indexOf(name) : /^\d+$/.test(name) ? Number(name) : -1;
  if (i < 0 || i >= t.names.length) throw new DataError(`${path} has no ${what} column '${name}'; its columns are ${t.names.join(', ')}`);
  return i;
}

export function isMissing(cell: string): boolean {
  return MISSING.has(cell.toLowerCase());
}

/** A numeric cell, or an error at file:row:col naming the column. */
export function numberAt(path: string, t: Table, r: Row, col: number, hint?: string): number {
  const c = r.cells[col]!;
  const v = Number(c);
  if (!Number.isFinite(v)) throw new DataError(`${path}:${r.line}:${col + 1}: column '${t.names[col]}' is '${c}', not a number; ${hint ?? `features must be numeric: pass categorical: ['${t.names[col]}'] to one-hot encode a column of names (or make it the label)`}`);
  return v;
}

/** One feature column as it is encoded: a number, or (categorical) one-hot over its sorted values. */
interface Encoded {
  readonly col: number;
  readonly vocabulary?: readonly string[];
}

/** The `categorical` columns, each one of the features. */
function categoricalColumns(o: CsvOptions, t: Table, featureCols: readonly number[]): number[] {
  const cat = (o.categorical ?? []).map((name) => columnIndex(o.path, t, name, 'categorical'));
  for (const c of cat) {
    if (!featureCols.includes(c)) throw new DataError(`${o.path}: categorical column '${t.names[c]}' is not a feature column; its feature columns are ${featureCols.map((f) => t.names[f]).join(', ')}`);
  }
  return cat;
}

/** The feature columns' encodings; a categorical column's vocabulary is its distinct present values, sorted (Keras StringLookup with a sorted vocabulary). */
function encodings(featureCols: readonly number[], cat: readonly number[], rows: readonly Row[]): Encoded[] {
  return featureCols.map((col) => {
    if (!cat.includes(col)) return { col };
    const vocabulary = [...new Set(rows.map((r) => r.cells[col]!).filter((c) => !isMissing(c)))].sort();
    return { col, vocabulary };
  });
}

/** A row's features: numbers as they are, categorical cells as one-hot blocks (a missing one, filled, is all zeros). */
function writeRow(o: CsvOptions, t: Table, r: Row, enc: readonly Encoded[], out: Float32Array, at: number): void {
  for (const e of enc) {
    const cell = r.cells[e.col]!;
    if (e.vocabulary) {
      const k = e.vocabulary.indexOf(cell);
      if (k >= 0) out[at + k] = 1;
      at += e.vocabulary.length;
    } else out[at++] = isMissing(cell) ? o.fill ?? 0 : numberAt(o.path, t, r, e.col);
  }
}

export function loadCsv(o: CsvOptions): Dataset {
  const t = readTable(o.path, o);
  const labelCol = o.label === undefined ? t.names.length - 1 : columnIndex(o.path, t, o.label, 'label');
  const featureCols = featureColumns(o, t, labelCol);
  const cat = categoricalColumns(o, t, featureCols);
  const rows = completeRows(o, t, [...featureCols, labelCol]);
  const target = labelsOf(o, t, rows, labelCol);
  const perm = permutation(rows.length, seededRandom(o.seed ?? 42));
  const nTest = Math.round(rows.length * (o.testFraction ?? 0.2));
  const features = o.text === undefined ? numericFeatures(o, t, rows, featureCols, cat) : textFeatures(o, t, rows, featureCols[0]!, perm.subarray(nTest));
  // Each row named by where it is (and, for text, how it starts): evaluate's mistakes and the report point at it.
  const file = basename(o.path);
  const excerpt = (r: Row): string => (o.text === undefined ? '' : ` "${clipText(r.cells[featureCols[0]!]!, 48)}"`);
  const all = { n: rows.length, x: features.x, y: target.y, names: rows.map((r) => `${file}:${r.line}${excerpt(r)}`) };
  const xs = features.width;
  const ys = target.yShape.reduce((a, b) => a * b, 1);
  const info = { features: featureCols.map((c) => t.names[c]!), ...features.info, ...(target.classNames ? { classNames: target.classNames } : {}) };
  const base = { name: `csv:${o.path}`, xShape: [xs], yShape: target.yShape, yDtype: target.y instanceof Int32Array ? ('i32' as const) : ('f32' as const), info };
  return { ...base, ...(target.numClasses ? { numClasses: target.numClasses } : {}), train: take(all, perm.subarray(nTest), xs, ys), ...(nTest > 0 ? { test: take(all, perm.subarray(0, nTest), xs, ys) } : {}) };
}

function clipText(text: string, n: number): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/** The feature columns: `features`, the `text` column alone, or every column but the label. */
function featureColumns(o: CsvOptions, t: Table, labelCol: number): number[] {
  if (o.text !== undefined) {
    const col = columnIndex(o.path, t, o.text, 'text');
    if (o.features && (o.features.length !== 1 || o.features[0] !== o.text)) throw new DataError(`${o.path}: a text column is the only feature (its tokens are the model's int32 input); drop features: [${o.features.map((f) => `'${f}'`).join(', ')}] or the text option`);
    if (o.categorical?.length) throw new DataError(`${o.path}: categorical columns cannot be used with a text column (the text's tokens are the only feature)`);
    if (col === labelCol) throw new DataError(`${o.path}: column '${t.names[col]}' cannot be both the text and the label`);
    return [col];
  }
  const cols = o.features ? o.features.map((f) => columnIndex(o.path, t, f, 'feature')) : t.names.map((_, i) => i).filter((i) => i !== labelCol);
  if (cols.includes(labelCol)) throw new DataError(`${o.path}: column '${t.names[labelCol]}' cannot be both a feature and the label`);
  return cols;
}

interface Features {
  readonly x: Float32Array;
  /** Values per row. */
  readonly width: number;
  readonly info: Pick<DataInfo, 'categories' | 'text'>;
}

/** Numbers as they are, categorical columns one-hot. */
function numericFeatures(o: CsvOptions, t: Table, rows: readonly Row[], featureCols: readonly number[], cat: readonly number[]): Features {
  const enc = encodings(featureCols, cat, rows);
  const width = enc.reduce((n, e) => n + (e.vocabulary?.length ?? 1), 0);
  const x = new Float32Array(rows.length * width);
  rows.forEach((r, i) => writeRow(o, t, r, enc, x, i * width));
  const categories = Object.fromEntries(enc.filter((e) => e.vocabulary).map((e) => [t.names[e.col]!, e.vocabulary!]));
  return { x, width, info: Object.keys(categories).length ? { categories } : {} };
}

/**
 * A text column as token ids (Keras TextVectorization's defaults): the vocabulary is learnt from the
 * training rows only (the test split's words count as unknown, as they would for new text), and each
 * text becomes `sequenceLength` ids — by default the model input's length, else the longest training text.
 */
function textFeatures(o: CsvOptions, t: Table, rows: readonly Row[], col: number, trainRows: Int32Array): Features {
  const trainTexts = Array.from(trainRows, (i) => rows[i]!.cells[col]!);
  const vocabulary = learnVocabulary(trainTexts, o.maxTokens ?? 20000);
  const sequenceLength = o.sequenceLength ?? o.inputShape?.[0] ?? Math.max(1, ...trainTexts.map((s) => tokens(s).length));
  const v = { column: t.names[col]!, vocabulary, sequenceLength };
  const x = new Float32Array(rows.length * sequenceLength);
  let truncated = 0;
  rows.forEach((r, i) => {
    x.set(vectorize(r.cells[col]!, v), i * sequenceLength);
    if (tokens(r.cells[col]!).length > sequenceLength) truncated++;
  });
  o.note?.(`${o.path}: column '${v.column}' as ${sequenceLength} token ids per text, a vocabulary of ${vocabulary.length} (the most frequent words of the training rows, with '' and '[UNK]')${truncated ? `; ${truncated} of ${rows.length} texts are longer and were cut` : ''}`);
  return { x, width: sequenceLength, info: { text: v } };
}

/** Rows with a missing cell in a used column: an error at row:col, dropped (and counted), or kept for filling. */
function completeRows(o: CsvOptions, t: Table, cols: readonly number[]): Row[] {
  const mode = o.missing ?? 'error';
  const labelCol = cols[cols.length - 1]!;
  let dropped = 0;
  const kept = t.rows.filter((r) => {
    const at = cols.find((c) => isMissing(r.cells[c]!));
    if (at === undefined) return true;
    if (mode === 'error') throw new DataError(`${o.path}:${r.line}:${at + 1}: column '${t.names[at]}' has a missing value ('${r.cells[at]}'); fill it in, or pass missing: 'drop' or missing: 'fill'`);
    if (mode === 'fill' && !isMissing(r.cells[labelCol]!)) return true;
    dropped++;
    return false;
  });
  if (dropped) o.note?.(`${o.path}: dropped ${dropped} row${dropped === 1 ? '' : 's'} with missing values`);
  if (kept.length === 0) throw new DataError(`${o.path}: no row is complete`);
  return kept;
}

interface Targets {
  readonly y: Int32Array | Float32Array;
  readonly yShape: number[];
  readonly numClasses?: number;
  readonly classNames?: string[];
}

/** Names become classes (sorted, as Keras' StringLookup with a sorted vocabulary); integral numbers ≥ 0 are class indices; other numbers are values. */
function labelsOf(o: CsvOptions, t: Table, rows: readonly Row[], col: number): Targets {
  const cells = rows.map((r) => r.cells[col]!);
  const isNumeric = cells.every((c) => Number.isFinite(Number(c)));
  if (isNumeric) {
    const v = cells.map(Number);
    if (!v.every((x) => Number.isInteger(x) && x >= 0)) return { y: Float32Array.from(v), yShape: [1] };
    return classTargets(Int32Array.from(v), Math.max(...v) + 1, undefined, o.labels);
  }
  const names = [...new Set(cells)].sort();
  if (names.length < 2) throw new DataError(`${o.path}: the label column '${t.names[col]}' has only one class ('${names[0]}')`);
  const index = new Map(names.map((n, i) => [n, i]));
  return classTargets(Int32Array.from(cells, (c) => index.get(c)!), names.length, names, o.labels);
}

function classTargets(idx: Int32Array, k: number, classNames: string[] | undefined, mode: CsvOptions['labels']): Targets {
  const named = classNames ? { classNames } : {};
  if (mode !== 'categorical') return { y: idx, yShape: [], numClasses: k, ...named };
  const y = new Float32Array(idx.length * k);
  idx.forEach((c, i) => (y[i * k + c] = 1));
  return { y, yShape: [k], numClasses: k, ...named };
}
