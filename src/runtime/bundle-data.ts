/**
 * @file The manifest's `data` section (class names, table columns, categories, a text vocabulary,
 * image preprocessing: DataInfo) checked field by field, as the plans are: `dlc run`, classify()
 * and the image, row and text inputs read it, so a crafted or damaged one must be a clear
 * E_BUNDLE_INVALID at load, never a TypeError, `[object Object]` labels or megabytes of "class name".
 * Compact on purpose: it ships in every bundle's index.js.
 */
import { clip } from './errors.ts';
import { CHANNELS } from './preprocess.ts';

/** Far above any real dataset (ImageNet has 21k classes, a text vocabulary some 100k tokens). */
const MAX_NAMES = 1e6;
/** Class names, column names, category values and tokens: file names and CSV cells, not documents. */
const MAX_NAME = 4096;

type Fail = (message: string) => never;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, max: number): boolean => Number.isSafeInteger(v) && (v as number) >= 1 && (v as number) <= max;

/** Throws through `fail` (E_BUNDLE_INVALID) for the first malformed field of `data`; absent is fine. */
export function checkData(data: unknown, fail: Fail): void {
  if (data === undefined) return;
  const bad: (at: string, v: unknown, want: string) => never = (at, v, want) => fail(`data${at} is ${typeof v === 'string' && v.length > 60 ? `a string of ${v.length} characters` : clip(JSON.stringify(v) ?? String(v), 60)}; expected ${want}`);
  const names = (at: string, v: unknown): void => {
    if (!Array.isArray(v) || v.length > MAX_NAMES) bad(at, v, `a list of at most ${MAX_NAMES} strings`);
    v.forEach((s, i) => (typeof s === 'string' && s.length <= MAX_NAME) || bad(`${at}[${i}]`, s, `a string of at most ${MAX_NAME} characters`));
  };
  const number = (at: string, v: unknown): unknown => (typeof v === 'number' && Number.isFinite(v)) || bad(at, v, 'a finite number');
  if (!isObject(data)) return bad('', data, 'an object');
  const { classNames, features, categories, text, preprocess: p } = data;
  if (classNames !== undefined) names('.classNames', classNames);
  if (features !== undefined) names('.features', features);
  if (categories !== undefined) {
    if (!isObject(categories)) bad('.categories', categories, '{ column: [values] }');
    for (const [col, values] of Object.entries(categories)) names(`.categories[${clip(JSON.stringify(col), 60)}]`, values);
  }
  if (text !== undefined) {
    if (!isObject(text) || typeof text.column !== 'string' || text.column.length > MAX_NAME) return bad('.text', text, '{ column, vocabulary, sequenceLength }');
    names('.text.vocabulary', text.vocabulary);
    if (!isInt(text.sequenceLength, 1 << 20)) bad('.text.sequenceLength', text.sequenceLength, `an integer 1 to ${1 << 20}`);
  }
  if (p === undefined) return;
  if (!isObject(p) || p.kind !== 'image') return bad('.preprocess', p, '{ kind: "image", size, colorMode, crop, scale, offset }');
  if (!Array.isArray(p.size) || p.size.length !== 2 || !p.size.every((d) => isInt(d, 1 << 15))) bad('.preprocess.size', p.size, `[height, width], each 1 to ${1 << 15}`);
  if (typeof p.colorMode !== 'string' || !Object.hasOwn(CHANNELS, p.colorMode)) bad('.preprocess.colorMode', p.colorMode, '"grayscale", "rgb" or "rgba"');
  if (typeof p.crop !== 'boolean') bad('.preprocess.crop', p.crop, 'true or false');
  number('.preprocess.scale', p.scale);
  number('.preprocess.offset', p.offset);
  for (const key of ['mean', 'std']) {
    const v = p[key];
    if (v === undefined) continue;
    if (!Array.isArray(v) || v.length < 1 || v.length > 4) bad(`.preprocess.${key}`, v, 'one number per channel');
    v.forEach((x, i) => number(`.preprocess.${key}[${i}]`, x));
    if (key === 'std' && v.includes(0)) bad('.preprocess.std', v, 'no 0 (it divides)');
  }
}
