/** @file Model-level `weights: 'x.safetensors'`, `trainable: false` and `unfreeze`: pretrained, frozen (or partly unfrozen) feature extractors. */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Node } from 'ts-morph';
import { didYouMean, errorAt, keyNode } from './diag.ts';
import { readAs } from './args.ts';
import type { ParamSpec } from './layers/layer-def.ts';
import { ObjVal, describe, type LayerVal, type TraceNode, type Val } from './values.ts';

/** Where a weight's initial value comes from: a tensor of a safetensors checkpoint. */
export interface WeightSource {
  /** Absolute path of the checkpoint. */
  readonly file: string;
  /** The tensor's name in it (`conv2d.kernel`). */
  readonly key: string;
}

/** The checkpoint path as written in the model, resolved against the model file's folder. */
export function checkpointPath(written: string, at: Node): string {
  return resolve(dirname(at.getSourceFile().getFilePath()), written);
}

/**
 * `unfreeze: { from: 'conv2d_3' }` or `{ last: N }`: how many of the model's layers (in the order it first
 * applied them, weightless ones included, as Keras's `base.layers`) stay frozen; the rest keep their own
 * `trainable` (Keras's `base.trainable = True; for l in base.layers[:k]: l.trainable = False`).
 */
export function frozenPrefix(trace: readonly TraceNode[], v: Val, node: Node): number {
  const layers: LayerVal[] = [];
  for (const { layer } of trace) if (!layers.includes(layer)) layers.push(layer);
  const names = layers.map((l) => l.name);
  const keys = v instanceof ObjVal ? [...v.props.keys()] : [];
  if (!(v instanceof ObjVal) || keys.length !== 1 || !['from', 'last'].includes(keys[0]!)) {
    throw errorAt(node, 'E_OPTION_VALUE', `unfreeze must be { from: 'layerName' } or { last: N }, got ${describe(v)}`, `e.g. unfreeze: { from: '${names[Math.floor(names.length / 2)] ?? 'conv2d_1'}' }`);
  }
  const at = keyNode(v.nodes.get(keys[0]!) ?? node);
  if (keys[0] === 'last') {
    const n = readAs('size', v.props.get('last'), at, 'unfreeze.last') as number;
    if (n > layers.length) throw errorAt(at, 'E_OPTION_RANGE', `unfreeze.last is ${n}, but the model has ${layers.length} layers`, `use at most ${layers.length}, or drop trainable: false to train them all`);
    return layers.length - n;
  }
  const name = readAs('string', v.props.get('from'), at, 'unfreeze.from') as string;
  const i = names.indexOf(name);
  if (i < 0) throw errorAt(at, 'E_UNKNOWN_LAYER', `unfreeze.from names '${name}', but the model has no such layer`, didYouMean(name, names) ?? `its layers are ${names.join(', ')}`);
  return i;
}

/** A layer application's weights as this model sees them: frozen or loaded here, else as the layer built them. */
export function paramsOf(step: TraceNode): readonly ParamSpec[] {
  return step.params ?? step.layer.built?.params ?? [];
}

/** The trace with `f` applied to the weights of the steps `pick` selects (a per-model view: the layer objects stay untouched). */
function mapParams(trace: readonly TraceNode[], pick: (s: TraceNode) => boolean, f: (p: ParamSpec, s: TraceNode) => ParamSpec): TraceNode[] {
  return trace.map((s) => (pick(s) && s.layer.built ? { ...s, params: paramsOf(s).map((p) => f(p, s)) } : s));
}

/** Freezes the first `count` layers the model applied (default all). */
export function freezeFirst(trace: readonly TraceNode[], count: number): TraceNode[] {
  const frozen = new Set<LayerVal>();
  for (const { layer } of trace) if (frozen.size < count || frozen.has(layer)) frozen.add(layer);
  return mapParams(trace, (s) => frozen.has(s.layer), (p) => ({ ...p, trainable: false }));
}

/**
 * Freezes every layer the model applied (Keras `model.trainable = False` before compile). Only in this
 * model (and the models that apply it): a layer it shares with another model trains there.
 */
export function freezeLayers(trace: readonly TraceNode[]): TraceNode[] {
  return freezeFirst(trace, Infinity);
}

/**
 * `weights: 'x.safetensors'` (every layer of the model) or `weights: { base: 'x.safetensors' }` (the layers
 * of the models it applies, by name): their initial values come from the checkpoint.
 */
export function loadWeights(trace: readonly TraceNode[], v: Val, node: Node, model: string): TraceNode[] {
  if (typeof v === 'string') return loadWeightsFrom(trace, () => true, checkpointPath(v, node), node, `model ${model}`);
  if (!(v instanceof ObjVal)) throw errorAt(node, 'E_OPTION_TYPE', `weights must be a checkpoint path or { <model>: path } for the models ${model} applies, got ${describe(v)}`, "e.g. weights: 'checkpoints/base.safetensors' or weights: { base: 'checkpoints/base.safetensors' }");
  const nested = [...new Set(trace.flatMap((s) => s.via ?? []))];
  let out = [...trace];
  for (const [name, file] of v.props) {
    const at = v.nodes.get(name) ?? node;
    if (!nested.includes(name)) {
      throw errorAt(keyNode(at), 'E_UNKNOWN_MODEL', `weights names model '${name}', but ${model} applies no model of that name`, didYouMean(name, nested) ?? (nested.length ? `the models it applies are ${nested.join(', ')}` : `${model} applies no other model; use weights: 'file.safetensors' for its own layers`));
    }
    const path = readAs('string', file, at, `weights.${name}`) as string;
    out = loadWeightsFrom(out, (s) => s.via?.includes(name) ?? false, checkpointPath(path, at), at, `model ${name}`);
  }
  return out;
}

/**
 * Points the weights of the picked steps at the checkpoint's `<layer>.<weight>` tensors. The layer names
 * are the ones of this file or, when the checkpoint has not all of those, the ones the layers would have
 * in a file of their own (auto names counted within the loaded model: `conv2d`, `conv2d_1`, …), so a base
 * trained alone loads wherever it sits in the file. When the file exists its header is read now, so a
 * renamed layer or a changed shape is a compile error, not a failure in the middle of training; a
 * missing file is the training loop's to report.
 */
export function loadWeightsFrom(trace: readonly TraceNode[], pick: (s: TraceNode) => boolean, file: string, at: Node, what: string): TraceNode[] {
  const picked = trace.filter((s) => pick(s) && s.layer.built);
  const inFile = new Map(picked.map((s) => [s.layer, s.layer.name]));
  const local = localNames(picked.map((s) => s.layer));
  let names = inFile;
  const header = existsSync(file) ? readHeader(file, at) : undefined;
  if (header) {
    const missing = (m: Map<LayerVal, string>): string[] => picked.flatMap((s) => paramsOf(s).map((p) => `${m.get(s.layer)}.${p.name}`)).filter((k) => !header[k] && k !== '__metadata__');
    const [a, b] = [missing(inFile), missing(local)];
    if (a.length > 0 && b.length === 0) names = local;
    // Weights are checked in order: the first one missing lists them all, a wrong shape before it is reported first.
    const onMissing = a.length > 0 && b.length > 0 ? (): never => missingError(header, a, b, file, at, what) : undefined;
    for (const s of picked) for (const p of paramsOf(s)) checkTensor(header, `${names.get(s.layer)}.${p.name}`, p.shape, file, at, onMissing);
  }
  return mapParams(trace, (s) => picked.includes(s), (p, s) => ({ ...p, from: { file, key: `${names.get(s.layer)}.${p.name}` } }));
}

/** Keras auto names counted within one model, in the order its layers were created (explicit names kept). */
function localNames(layers: readonly LayerVal[]): Map<LayerVal, string> {
  const unique = [...new Set(layers)].sort((x, y) => (x.seq ?? 0) - (y.seq ?? 0));
  const counts = new Map<string, number>();
  const out = new Map<LayerVal, string>();
  for (const l of unique) {
    if (!l.isAutoNamed) {
      out.set(l, l.name);
      continue;
    }
    const k = counts.get(l.def.baseName) ?? 0;
    counts.set(l.def.baseName, k + 1);
    out.set(l, k === 0 ? l.def.baseName : `${l.def.baseName}_${k}`);
  }
  return out;
}

function missingError(header: Header, inFile: readonly string[], local: readonly string[], file: string, at: Node, what: string): never {
  const list = (ks: readonly string[]): string => {
    const q = ks.map((k) => `'${k}'`);
    return q.length > 8 ? `${q.slice(0, 8).join(', ')} and ${q.length - 8} more` : q.join(', ');
  };
  const has = Object.keys(header).filter((k) => k !== '__metadata__');
  const alt = local.join() !== inFile.join() ? ` (named as in a file of its own: ${list(local)})` : '';
  throw errorAt(at, 'E_WEIGHTS_MISSING', `checkpoint ${file} lacks ${inFile.length} weight${inFile.length === 1 ? '' : 's'} of ${what}: ${list(inFile)}${alt}; it has ${has.length ? list(has) : 'no tensors'}`, 'layer names must match the model the checkpoint was saved from; name the layers explicitly if they differ');
}

type Header = Readonly<Record<string, { shape?: number[] } | undefined>>;

/** A safetensors file opens with a little-endian u64 header length and that many bytes of JSON. */
function readHeader(file: string, at: Node): Header {
  const fd = openSync(file, 'r');
  try {
    const len = Buffer.alloc(8);
    readSync(fd, len, 0, 8, 0);
    const n = Number(len.readBigUInt64LE(0));
    if (n <= 0 || n > 100_000_000) throw new Error(`header length ${n}`);
    const json = Buffer.alloc(n);
    readSync(fd, json, 0, n, 8);
    return JSON.parse(json.toString('utf8')) as Header;
  } catch (e) {
    throw errorAt(at, 'E_WEIGHTS_FILE', `${file} is not a safetensors checkpoint (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    closeSync(fd);
  }
}

function checkTensor(header: Header, key: string, shape: readonly number[], file: string, at: Node, onMissing?: () => never): void {
  const t = header[key];
  if (!t && onMissing) onMissing();
  if (!t) throw errorAt(at, 'E_WEIGHTS_MISSING', `checkpoint ${file} has no tensor '${key}'`, 'layer names must match the model the checkpoint was saved from; name the layers explicitly if they differ');
  if ((t.shape ?? []).join() !== shape.join()) {
    throw errorAt(at, 'E_WEIGHTS_SHAPE', `checkpoint tensor '${key}' has shape [${(t.shape ?? []).join(', ')}], the model's weight is [${shape.join(', ')}]`);
  }
}
