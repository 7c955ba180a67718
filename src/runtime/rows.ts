/**
 * @file Rows by column name for a bundle trained on a csv(): `{ "weight": 160, "city": "York" }` (or a
 * list of such rows) as the model input, encoded as training did — numbers as they are, categorical
 * columns one-hot over the training values, a text column as token ids. Shared by the shipped runtime
 * (`predict` / `classify`) and `dlc run`; imports nothing beyond the tokenizer and RuntimeError.
 */
import { RuntimeError } from './errors.ts';
import type { DataInfo } from './preprocess.ts';
import { vectorize } from './text.ts';

/** A row the caller got wrong (a missing or unknown column, a value of the wrong kind): a RuntimeError with code E_FEED_ROW. */
export class RowError extends RuntimeError {
  constructor(message: string) {
    super('E_FEED_ROW', message);
  }
}

export function isRow(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);
}

/** Each row's model input values, in the training columns' order. */
export function encodeRows(list: readonly unknown[], info: DataInfo, model: string): number[][] {
  const features = info.features ?? [];
  const quote = (xs: readonly string[]): string => xs.map((f) => `'${f}'`).join(', ');
  return list.map((row, i) => {
    const at = list.length > 1 ? `row ${i + 1}: ` : '';
    if (!isRow(row)) throw new RowError(`${at}expected an object { ${quote(features)} }, got ${JSON.stringify(row)}`);
    const missing = features.filter((f) => !Object.hasOwn(row, f));
    const extra = Object.keys(row).filter((k) => !features.includes(k));
    const problems = [...(missing.length ? [`missing ${quote(missing)}`] : []), ...(extra.length ? [`no column named ${quote(extra)}`] : [])];
    if (problems.length) throw new RowError(`${at}${problems.join('; ')}: ${model} was trained on the columns ${features.join(', ')}`);
    return features.flatMap((f) => {
      const v = row[f];
      if (info.text?.column === f) {
        if (typeof v !== 'string') throw new RowError(`${at}column '${f}' is ${JSON.stringify(v)}; ${model} was trained on text: pass a string`);
        return Array.from(vectorize(v, info.text));
      }
      const vocabulary = info.categories?.[f];
      if (vocabulary) return oneHot(v, vocabulary, `${at}column '${f}'`);
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new RowError(`${at}column '${f}' is ${JSON.stringify(v)}, not a number`);
      return [v];
    });
  });
}

/** A categorical column's value as training encoded it: one-hot over the sorted values (csv `categorical`). */
function oneHot(v: unknown, vocabulary: readonly string[], what: string): number[] {
  const k = typeof v === 'string' || typeof v === 'number' ? vocabulary.indexOf(String(v)) : -1;
  if (k < 0) throw new RowError(`${what} is ${JSON.stringify(v)}; training saw the values ${vocabulary.map((c) => JSON.stringify(c)).join(', ')}`);
  return vocabulary.map((_, i) => (i === k ? 1 : 0));
}

/**
 * For `predict` / `classify` of a csv()-trained bundle with one input: a row object (its keys are
 * column names, not the input's) or a list of them becomes the input's batch (the rest padding).
 */
export function rowFeeds(specs: readonly { name: string; shape: readonly number[]; dtype: string }[], inputs: unknown, info: DataInfo | undefined, model: string): { named: unknown; rows: number | undefined } {
  const spec = specs[0];
  const list = isRow(inputs) && spec && !Object.hasOwn(inputs, spec.name) ? [inputs] : Array.isArray(inputs) && inputs.length > 0 && inputs.every(isRow) ? inputs : undefined;
  if (!info?.features || specs.length !== 1 || !list) return { named: inputs, rows: undefined };
  const batch = spec!.shape[0] ?? 1;
  if (list.length > batch) throw new RowError(`input '${spec!.name}' takes at most ${batch} row${batch === 1 ? '' : 's'} per call (the bundle's batch size), got ${list.length}`);
  const width = spec!.shape.slice(1).reduce((a, b) => a * b, 1);
  const data = spec!.dtype === 'i32' ? new Int32Array(batch * width) : new Float32Array(batch * width);
  encodeRows(list, info, model).forEach((r, i) => data.set(r, i * width));
  return { named: { [spec!.name]: data }, rows: list.length };
}
