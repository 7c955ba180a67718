/**
 * @file The manifest's `data` section (class names, table columns, categories, a text vocabulary,
 * image preprocessing: DataInfo) checked field by field, as the plans are: `dlc run`, classify()
 * and the image, row and text inputs read it, so a crafted or damaged one must be a clear
 * E_BUNDLE_INVALID at load, never a TypeError, `[object Object]` labels or megabytes of "class name".
 */
import { clip } from './errors.ts';
import { CHANNELS } from './preprocess.ts';

/** Far above any real dataset (ImageNet has 21k classes, a text vocabulary some 100k tokens). */
const MAX_NAMES = 1_000_000;
/** Class names, column names, category values and tokens: file names and CSV cells, not documents. */
const MAX_NAME = 4096;
const MAX_IMAGE_SIDE = 1 << 15;
const MAX_SEQUENCE = 1 << 20;

type Fail = (message: string) => never;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function shown(v: unknown): string {
  return clip(JSON.stringify(v) ?? String(v), 60);
}

function names(v: unknown, what: string, fail: Fail): void {
  if (!Array.isArray(v) || v.length > MAX_NAMES) fail(`${what} is ${Array.isArray(v) ? `a list of ${v.length}` : shown(v)}; expected a list of at most ${MAX_NAMES} strings`);
  const bad = v.findIndex((s) => typeof s !== 'string' || s.length > MAX_NAME);
  if (bad >= 0) fail(`${what}[${bad}] is ${typeof v[bad] === 'string' ? `a string of ${(v[bad] as string).length} characters` : shown(v[bad])}; expected a string of at most ${MAX_NAME}`);
}

function finite(v: unknown, what: string, fail: Fail): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${what} is ${shown(v)}; expected a finite number`);
}

function preprocess(p: unknown, fail: Fail): void {
  const at = 'data.preprocess';
  if (!isObject(p) || p.kind !== 'image') return fail(`${at} is ${shown(p)}; expected { kind: "image", size, colorMode, crop, scale, offset }`);
  const size = p.size;
  if (!Array.isArray(size) || size.length !== 2 || !size.every((d) => Number.isSafeInteger(d) && d >= 1 && d <= MAX_IMAGE_SIDE)) fail(`${at}.size is ${shown(size)}; expected [height, width], each 1 to ${MAX_IMAGE_SIDE}`);
  if (typeof p.colorMode !== 'string' || !Object.hasOwn(CHANNELS, p.colorMode)) fail(`${at}.colorMode is ${shown(p.colorMode)}; expected "grayscale", "rgb" or "rgba"`);
  if (typeof p.crop !== 'boolean') fail(`${at}.crop is ${shown(p.crop)}; expected true or false`);
  finite(p.scale, `${at}.scale`, fail);
  finite(p.offset, `${at}.offset`, fail);
  for (const key of ['mean', 'std'] as const) {
    const v = p[key];
    if (v === undefined) continue;
    if (!Array.isArray(v) || v.length < 1 || v.length > 4) fail(`${at}.${key} is ${shown(v)}; expected one number per channel`);
    v.forEach((x, i) => finite(x, `${at}.${key}[${i}]`, fail));
    if (key === 'std' && v.some((x) => x === 0)) fail(`${at}.std has a 0 (it divides)`);
  }
}

/** Throws through `fail` (E_BUNDLE_INVALID) for the first malformed field of `data`; absent is fine. */
export function checkData(data: unknown, fail: Fail): void {
  if (data === undefined) return;
  if (!isObject(data)) return fail(`data is ${shown(data)}; expected an object (class names, columns, preprocessing)`);
  if (data.classNames !== undefined) names(data.classNames, 'data.classNames', fail);
  if (data.features !== undefined) names(data.features, 'data.features', fail);
  if (data.categories !== undefined) {
    if (!isObject(data.categories)) fail(`data.categories is ${shown(data.categories)}; expected { column: [values] }`);
    for (const [col, values] of Object.entries(data.categories)) names(values, `data.categories[${shown(col)}]`, fail);
  }
  if (data.text !== undefined) {
    const t = data.text;
    if (!isObject(t) || typeof t.column !== 'string' || t.column.length > MAX_NAME) return fail(`data.text is ${shown(t)}; expected { column, vocabulary, sequenceLength }`);
    names(t.vocabulary, 'data.text.vocabulary', fail);
    if (!Number.isSafeInteger(t.sequenceLength) || (t.sequenceLength as number) < 1 || (t.sequenceLength as number) > MAX_SEQUENCE) fail(`data.text.sequenceLength is ${shown(t.sequenceLength)}; expected an integer 1 to ${MAX_SEQUENCE}`);
  }
  if (data.preprocess !== undefined) preprocess(data.preprocess, fail);
}
