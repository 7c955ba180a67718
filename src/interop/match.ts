/**
 * @file Matching a file's weights to a model's, by name and never by position in the file:
 * Keras 2 / TF.js weights by layer and weight name (`dense_1/kernel:0` → `dense_1.kernel`),
 * Keras 3 ones by layer name and the layer's own variable order (the order Keras creates them in,
 * which dlc's weight lists follow). Keras, TF.js and dlc share every layout (dense [in, out],
 * conv [kh, kw, in, out], conv-transpose [kh, kw, out, in], LSTM gates i, f, c, o in [*, 4·units]),
 * so a match is copied unchanged; anything else is reported, with a hint, and nothing is written.
 */
import type { CompiledModel, ParamInfo } from '../frontend/index.ts';
import type { NamedTensor } from '../train/safetensors.ts';
import type { FileWeight, IndexedWeight, NamedWeight, WeightFile } from './source.ts';

export interface ParamRow {
  readonly param: ParamInfo;
  readonly status: 'matched' | 'missing' | 'shape' | 'type' | 'collision';
  /** The file weight(s) it came from or that competed for it. */
  readonly from: readonly FileWeight[];
  readonly hint?: string;
}

export interface MatchReport {
  readonly model: string;
  readonly file: WeightFile;
  readonly rows: readonly ParamRow[];
  /** File weights no model weight took. */
  readonly extra: readonly FileWeight[];
  readonly extraHint: string | undefined;
  /** Matched tensors by dlc name (`dense.kernel`), ready to write. */
  readonly tensors: ReadonlyMap<string, NamedTensor>;
}

/** Keras 1 spelled weights `<layer>_W`, `<layer>_b` (the VGG16 files still do). */
const KERAS1: Readonly<Record<string, string>> = { W: 'kernel', b: 'bias', U: 'recurrent_kernel', gamma: 'gamma', beta: 'beta', running_mean: 'moving_mean', running_std: 'moving_variance' };
/** Keras 3 sub-objects whose variables dlc lists under the layer itself or under another prefix. */
const SUB_PREFIX: Readonly<Record<string, string>> = { cell: '', query_dense: 'query', key_dense: 'key', value_dense: 'value', output_dense: 'attention_output' };
const isCell = (part: string): boolean => /(^|_)cell(_\d+)?$/.test(part);

/** Candidate dlc names for a named weight, rank 0 first: `[name, rank]`. */
function namedKeys(w: NamedWeight, rename: (s: string) => string): [string, number][] {
  let parts = w.name.replace(/:\d+$/, '').split('/').filter((p) => p !== '');
  const k1 = parts.length === 1 ? /^(.+?)_(W|b|U|gamma|beta|running_mean|running_std)(?:_\d+)?$/.exec(parts[0]!) : null;
  if (k1) parts = [k1[1]!, KERAS1[k1[2]!]!];
  const keys: [string, number][] = [];
  for (const k of [1, 2]) {
    if (parts.length < k) continue;
    const weight = parts.slice(-k).join('/');
    const layer = parts.slice(0, -k).filter((p) => !isCell(p)).at(-1);
    // The group is the layer unless the name says otherwise (a nested model's group holds its layers' weights).
    if (layer !== undefined) keys.push([`${rename(layer)}.${weight}`, 0]);
    if (w.group !== undefined && w.group !== layer) keys.push([`${rename(w.group)}.${weight}`, layer === undefined ? 0 : 1]);
  }
  return keys;
}

/** Keras 3: the i-th variable of a layer (sub-object) is the layer's i-th dlc weight under that prefix. */
function indexedKey(w: IndexedWeight, byLayer: ReadonlyMap<string, readonly ParamInfo[]>, rename: (s: string) => string): string | undefined {
  // Keras 3 saves a sub-layer under its attribute name (`_query_dense`, `cell`); the underscore is dropped here.
  const sub = w.sub.replace(/(^|\/)_/g, '$1');
  const prefix = SUB_PREFIX[sub] ?? sub;
  const ps = (byLayer.get(rename(w.layer)) ?? []).filter((p) => (p.weight.includes('/') ? p.weight.slice(0, p.weight.lastIndexOf('/')) : '') === prefix);
  return ps[w.index]?.name;
}

export function matchWeights(model: CompiledModel, file: WeightFile, renames: ReadonlyMap<string, string> = new Map()): MatchReport {
  const rename = (s: string): string => renames.get(s) ?? s;
  const byLayer = new Map<string, ParamInfo[]>();
  for (const p of model.params) byLayer.set(p.layer, [...(byLayer.get(p.layer) ?? []), p]);
  // Every dlc name a file weight could be, with its rank; the best-ranked candidates win.
  const candidates = new Map<string, { w: FileWeight; rank: number }[]>();
  const offer = (key: string, w: FileWeight, rank: number): void => {
    candidates.set(key, [...(candidates.get(key) ?? []), { w, rank }]);
  };
  for (const w of file.weights) {
    if (w.kind === 'named') for (const [k, r] of namedKeys(w, rename)) offer(k, w, r);
    else {
      const k = indexedKey(w, byLayer, rename);
      if (k) offer(k, w, 0);
    }
  }
  const layerTypes = new Map(model.layers.map((l) => [l.name, l.type]));
  const claims = new Map<FileWeight, ParamInfo[]>();
  const picked = model.params.map((p) => {
    const cs = candidates.get(p.name) ?? [];
    const best = Math.min(...cs.map((c) => c.rank));
    const top = [...new Set(cs.filter((c) => c.rank === best).map((c) => c.w))];
    for (const w of top) claims.set(w, [...(claims.get(w) ?? []), p]);
    return { p, top };
  });
  const rows: ParamRow[] = picked.map(({ p, top }) => checkType(rowFor(p, top, claims, layerTypes.get(p.layer) ?? ''), file, layerTypes.get(p.layer), rename));
  const used = new Set(rows.flatMap((r) => r.from));
  const extra = file.weights.filter((w) => !used.has(w));
  const tensors = new Map<string, NamedTensor>();
  for (const r of rows) if (r.status === 'matched') tensors.set(r.param.name, { dtype: 'f32', shape: [...r.param.shape], data: r.from[0]!.data });
  return { model: model.name, file, rows, extra, extraHint: extraHint(extra, rows, rename), tensors };
}

function rowFor(p: ParamInfo, top: readonly FileWeight[], claims: ReadonlyMap<FileWeight, readonly ParamInfo[]>, type: string): ParamRow {
  if (top.length === 0) return { param: p, status: 'missing', from: [] };
  const shared = top.length === 1 ? (claims.get(top[0]!) ?? []).filter((q) => q !== p) : [];
  if (top.length > 1 || shared.length > 0) {
    const hint = top.length > 1
      ? `${top.length} tensors in the file could be ${p.name}: the file has two layers of this name (a nested model?); --rename one of them`
      : `the same tensor also matches ${shared.map((q) => q.name).join(', ')}; name the layers apart`;
    return { param: p, status: 'collision', from: top, hint };
  }
  const w = top[0]!;
  if (w.shape.join() !== p.shape.join()) return { param: p, status: 'shape', from: [w], hint: shapeHint(p, w.shape, type) };
  return { param: p, status: 'matched', from: [w] };
}

/** A matched weight whose layer the file's own config declares as another class (a GRU where the model has an LSTM). */
function checkType(r: ParamRow, file: WeightFile, ours: string | undefined, rename: (s: string) => string): ParamRow {
  if (r.status !== 'matched' || !file.layerTypes || !ours) return r;
  const w = r.from[0]!;
  const layer = w.kind === 'indexed' ? w.layer : [...file.layerTypes.keys()].find((l) => rename(l) === r.param.layer);
  const theirs = layer === undefined ? undefined : file.layerTypes.get(layer);
  if (theirs === undefined || theirs === ours) return r;
  return { ...r, status: 'type', hint: `the file's layer ${layer} is a ${theirs}, the model's ${r.param.layer} a ${ours}: the file is of another architecture` };
}

/** Why two shapes of the same weight might differ, in the terms a user can act on. */
function shapeHint(p: ParamInfo, got: readonly number[], type: string): string {
  const want = p.shape;
  const same = (a: readonly number[], b: readonly number[]): boolean => a.join() === b.join();
  if (want.length === 4 && same(got, [want[3]!, want[2]!, want[0]!, want[1]!])) return 'the file\'s kernel is channels-first [out, in, kh, kw] (PyTorch / Theano ordering); Keras and dlc use [kh, kw, in, out]';
  if (want.length === 2 && same(got, [want[1]!, want[0]!])) return 'the file\'s matrix is transposed ([out, in], PyTorch\'s layout); Keras and dlc use [in, out]';
  if (type === 'Dense' && want.length === 2 && got.length === 2 && got[1] === want[1]) return `the layer's input size differs (${got[0]} in the file, ${want[0]} in the model): check the input shape or what is flattened before it`;
  if (want.length === got.length && want.at(-1) !== got.at(-1)) return `the file's layer has ${got.at(-1)} units/filters, the model's ${want.at(-1)}: the file is of another architecture`;
  return 'the file is of another architecture or another version of this model';
}

function extraHint(extra: readonly FileWeight[], rows: readonly ParamRow[], rename: (s: string) => string): string | undefined {
  if (extra.length === 0) return undefined;
  const layerOf = (w: FileWeight): string => (w.kind === 'named' ? (namedKeys(w, rename)[0]?.[0].split('.')[0] ?? w.name) : rename(w.layer));
  const shapesOf = (ws: readonly { shape: readonly number[] }[]): string => ws.map((x) => x.shape.join('x')).sort().join(' ');
  const fileLayers = new Map<string, FileWeight[]>();
  for (const w of extra) fileLayers.set(layerOf(w), [...(fileLayers.get(layerOf(w)) ?? []), w]);
  const open = new Map<string, ParamInfo[]>();
  for (const r of rows) if (r.status === 'missing') open.set(r.param.layer, [...(open.get(r.param.layer) ?? []), r.param]);
  if (open.size === 0) return 'the model has no weights left for these; pass --allow-extra to import the rest anyway (e.g. a classifier head you replace)';
  // A file layer whose weights have exactly the shapes of a model layer's missing ones is probably that layer under another name.
  const pairs = [...fileLayers].flatMap(([f, ws]) => [...open].filter(([, ps]) => shapesOf(ps) === shapesOf(ws)).slice(0, 1).map(([m]) => `${f}=${m}`));
  if (pairs.length > 0) return `the file names some layers differently: name the model's layers as the file does, or map them with --rename ${pairs.slice(0, 6).join(',')}`;
  return `the file's layers ${list([...fileLayers.keys()])} fit none of the model's unmatched layers ${list([...open.keys()])}: the file is of another architecture`;
}

const list = (xs: readonly string[]): string => (xs.length > 4 ? `${xs.slice(0, 4).join(', ')}, … (${xs.length})` : xs.join(', '));
