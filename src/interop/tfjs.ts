/** @file TF.js Layers models: `model.json` (topology + weights manifest) and its binary weight shards. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { half, ImportError, layerTypesOf, type NamedWeight, type WeightFile } from './source.ts';

interface WeightSpec {
  name: string;
  shape: number[];
  dtype?: string;
  quantization?: { dtype: 'uint8' | 'uint16' | 'float16'; scale?: number; min?: number };
}

interface ModelJson {
  format?: string;
  modelTopology?: unknown;
  weightsManifest?: { paths: string[]; weights: WeightSpec[] }[];
}

const BYTES: Readonly<Record<string, number>> = { float32: 4, int32: 4, uint8: 1, uint16: 2, float16: 2 };

/** Reads model.json and every shard it names (next to it), checking that the shards hold exactly the bytes the manifest says. */
export function readTfjsModel(path: string): WeightFile {
  const json = parseJson(path);
  if (json.format === 'graph-model') throw new ImportError(`${path} is a TF.js graph model (a converted SavedModel or frozen graph), whose weights are graph constants, not layers`, 'export the Keras model as a layers model: tensorflowjs_converter --output_format=tfjs_layers_model, or model.save() in TF.js');
  if (!Array.isArray(json.weightsManifest)) throw new ImportError(`${path} has no weightsManifest: it is not a TF.js model.json`, 'pass the model.json that tf.LayersModel.save() wrote, with its .bin shards beside it');
  const weights: NamedWeight[] = [];
  for (const group of json.weightsManifest) {
    const bytes = readShards(path, group.paths);
    let at = 0;
    for (const spec of group.weights) {
      const { data, size } = decode(spec, bytes, at, path);
      at += size;
      weights.push({ kind: 'named', group: undefined, name: spec.name, where: spec.name, shape: [...spec.shape], data });
    }
    if (at !== bytes.length) throw new ImportError(`${path}: the shards ${group.paths.join(', ')} hold ${bytes.length} bytes but the manifest describes ${at}`, 'the shards belong to another model.json; export the model again');
  }
  return { path, format: 'TF.js model.json', weights, ignored: [], ...(json.modelTopology ? { layerTypes: layerTypesOf(json.modelTopology) } : {}) };
}

function parseJson(path: string): ModelJson {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ImportError(`cannot read ${path}`);
  }
  try {
    return JSON.parse(text) as ModelJson;
  } catch {
    throw new ImportError(`${path} is not valid JSON (truncated?)`);
  }
}

function readShards(path: string, paths: readonly string[]): Uint8Array {
  const parts = paths.map((p) => {
    const file = join(dirname(path), p);
    if (!existsSync(file)) throw new ImportError(`${path} names weight shard ${p}, which is not next to it`, 'copy every .bin file that came with model.json into the same folder');
    return readFileSync(file);
  });
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function decode(spec: WeightSpec, bytes: Uint8Array, at: number, path: string): { data: Float32Array; size: number } {
  const n = spec.shape.reduce((a, b) => a * b, 1);
  const stored = spec.quantization?.dtype ?? spec.dtype ?? 'float32';
  const width = BYTES[stored];
  if (width === undefined) throw new ImportError(`${path}: weight '${spec.name}' is ${stored}, which dlc cannot import`);
  const size = n * width;
  if (at + size > bytes.length) throw new ImportError(`${path}: weight '${spec.name}' needs bytes ${at}–${at + size} but the shards hold ${bytes.length} (truncated shard?)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, size);
  const data = new Float32Array(n);
  const q = spec.quantization;
  for (let i = 0; i < n; i++) {
    if (stored === 'float32') data[i] = view.getFloat32(i * 4, true);
    else if (stored === 'int32') data[i] = view.getInt32(i * 4, true);
    else if (stored === 'float16') data[i] = half(view.getUint16(i * 2, true));
    else data[i] = (stored === 'uint8' ? view.getUint8(i) : view.getUint16(i * 2, true)) * (q?.scale ?? 1) + (q?.min ?? 0);
  }
  return { data, size };
}
