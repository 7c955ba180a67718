/** @file Model-level `weights: 'x.safetensors'`, `trainable: false` and `unfreeze`: pretrained, frozen (or partly unfrozen) feature extractors. */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Node } from 'ts-morph';
import { didYouMean, errorAt, keyNode } from './diag.ts';
import { readAs } from './args.ts';
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

/** Freezes the first `count` layers the model applied (default all). */
export function freezeFirst(trace: readonly TraceNode[], count: number): void {
  const frozen = new Set<LayerVal>();
  for (const { layer } of trace) if (frozen.size < count || frozen.has(layer)) frozen.add(layer);
  freezeLayers(trace.filter((s) => frozen.has(s.layer)));
}

/** Freezes every layer the model applied (Keras `model.trainable = False` before compile). */
export function freezeLayers(trace: readonly TraceNode[]): void {
  for (const { layer } of trace) {
    if (layer.built) layer.built = { ...layer.built, params: layer.built.params.map((p) => ({ ...p, trainable: false })) };
  }
}

/**
 * Points every weight of the model's layers at `<layer>.<weight>` in the checkpoint. When the file
 * exists its header is read now, so a renamed layer or a changed shape is a compile error, not a
 * failure in the middle of training; a missing file is the training loop's to report.
 */
export function loadWeightsFrom(trace: readonly TraceNode[], file: string, at: Node): void {
  const header = existsSync(file) ? readHeader(file, at) : undefined;
  for (const { layer } of trace) {
    if (!layer.built) continue;
    const params = layer.built.params.map((p) => {
      const key = `${layer.name}.${p.name}`;
      if (header) checkTensor(header, key, p.shape, file, at);
      return { ...p, from: { file, key } };
    });
    layer.built = { ...layer.built, params };
  }
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

function checkTensor(header: Header, key: string, shape: readonly number[], file: string, at: Node): void {
  const t = header[key];
  if (!t) throw errorAt(at, 'E_WEIGHTS_MISSING', `checkpoint ${file} has no tensor '${key}'`, 'layer names must match the model the checkpoint was saved from; name the layers explicitly if they differ');
  if ((t.shape ?? []).join() !== shape.join()) {
    throw errorAt(at, 'E_WEIGHTS_SHAPE', `checkpoint tensor '${key}' has shape [${(t.shape ?? []).join(', ')}], the model's weight is [${shape.join(', ')}]`);
  }
}
