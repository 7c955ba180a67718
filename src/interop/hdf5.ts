/**
 * @file Keras HDF5 weights read with h5wasm: the Keras 2 / legacy layout (`.h5` weights-only files
 * and whole-model files with a `model_weights` group, every layer group listing its `weight_names`)
 * and the Keras 3 layout (`.weights.h5`, and the `model.weights.h5` inside a `.keras` archive:
 * `layers/<name>/vars/<i>` in each layer's creation order).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { FileWeight } from './source.ts';
import { half, ImportError, layerTypesOf } from './source.ts';

type H5 = typeof import('h5wasm');
type H5Group = InstanceType<H5['Group']>;
type H5Dataset = InstanceType<H5['Dataset']>;

let module: Promise<H5> | undefined;

/** h5wasm's Node build (reads real files); loaded on first use so other commands never pay for the wasm. */
async function h5(): Promise<H5> {
  module ??= import('h5wasm/node').then(async (m) => {
    const mod = (m as unknown as { default?: H5 }).default ?? (m as unknown as H5);
    await mod.ready;
    return mod;
  });
  return module;
}

const SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Checks the superblock before handing the file to the HDF5 library: not HDF5 at all, or shorter
 * than the end-of-file address it records (a partial download), is said plainly here.
 */
export function checkHdf5File(path: string): void {
  const size = statSync(path).size;
  const head = Buffer.alloc(Math.min(size, 96));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.length < 8 || SIGNATURE.some((b, i) => head[i] !== b)) throw new ImportError(`${path} is not an HDF5 file (no HDF5 signature at its start)`, 'pass a Keras .h5 / .weights.h5 file, a .keras archive or a TF.js model.json');
  const eof = recordedEof(head);
  if (eof !== undefined && eof > size) throw new ImportError(`${path} is truncated: it has ${size} bytes but its superblock says ${eof}`, 'download or copy the file again');
}

/** The end-of-file address in superblock versions 0–3 (8-byte offsets); undefined if the header is too short. */
function recordedEof(b: Buffer): number | undefined {
  const version = b[8];
  const offsets = version === 0 || version === 1 ? b[13] : b[9];
  if (offsets !== 8) return undefined;
  // v0: sig 8, versions 4, reserved 1, sizes 2, reserved 1, K 4, flags 4 = 24 (+4 in v1); then base, free-space, EOF.
  // v2/v3: sig 8, version 1, sizes 2, flags 1 = 12; then base, extension, EOF.
  const at = version === 0 ? 24 + 16 : version === 1 ? 28 + 16 : 12 + 16;
  if (b.length < at + 8) return undefined;
  return Number(b.readBigUInt64LE(at));
}

/** Opens the file quietly (the HDF5 library prints its own error stack to stderr on failure). */
async function openFile(path: string): Promise<InstanceType<H5['File']>> {
  checkHdf5File(path);
  const lib = await h5();
  const [error, warn] = [console.error, console.warn];
  console.error = console.warn = () => {};
  try {
    return new lib.File(path, 'r');
  } catch (e) {
    throw new ImportError(`${path} cannot be read as HDF5 (${e instanceof Error ? e.message : String(e)})`, 'the file may be damaged; download or copy it again');
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

/** h5py stores names as fixed-length byte strings, NUL-padded to the longest. */
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []).map((s) => s.replace(/\0+$/, ''));

function attr(g: H5Group, name: string): unknown {
  return g.attrs[name]?.value ?? undefined;
}

function isGroup(e: unknown, lib: H5): e is H5Group {
  return e instanceof lib.Group;
}

function isDataset(e: unknown, lib: H5): e is H5Dataset {
  return e instanceof lib.Dataset;
}

function readData(d: H5Dataset, where: string): Float32Array {
  let v: unknown;
  try {
    v = d.value;
  } catch (e) {
    throw new ImportError(`${where}: its ${d.dtype} data cannot be read (${e instanceof Error ? e.message : String(e)})`, 'save the weights as float32');
  }
  // Half-precision weights (mixed-precision training) come back as their raw 16-bit patterns.
  if (/^[<>]?e$/.test(String(d.dtype)) && v instanceof Uint16Array) return Float32Array.from(v, half);
  if (v instanceof Float32Array) return new Float32Array(v);
  if (v instanceof Float64Array || v instanceof Int32Array || v instanceof Uint8Array || v instanceof Int16Array || v instanceof Uint16Array) return Float32Array.from(v);
  if (typeof v === 'number') return Float32Array.of(v);
  throw new ImportError(`${where} holds ${d.dtype} data, which dlc cannot read as float32`);
}

/** Every weight of a Keras HDF5 file, as named weights (Keras 2 layout) or indexed ones (Keras 3). */
export async function readKerasH5(path: string): Promise<{ format: string; weights: FileWeight[]; ignored: string[]; layerTypes?: Map<string, string> }> {
  const lib = await h5();
  const f = await openFile(path);
  try {
    const root = f as unknown as H5Group;
    const keys = root.keys();
    const config = attr(root, 'model_config');
    const base = keys.includes('model_weights') ? root.get('model_weights') : root;
    if (isGroup(base, lib) && attr(base, 'layer_names') !== undefined) {
      const ignored = keys.filter((k) => k === 'optimizer_weights');
      return { format: keys.includes('model_weights') ? 'Keras HDF5 model' : 'Keras HDF5 weights', weights: keras2(base, lib, path), ignored, ...(typeof config === 'string' ? { layerTypes: layerTypesOf(config) } : {}) };
    }
    if (keys.includes('layers') || keys.includes('vars')) return { format: 'Keras 3 weights', ...keras3(root, lib, path) };
    throw new ImportError(`${path} is HDF5 but not a Keras weights file (no layer_names attribute, no layers/ group; top-level keys: ${keys.slice(0, 6).join(', ') || 'none'})`);
  } finally {
    f.close();
  }
}

/** Keras 2: `<layer>` groups in `layer_names`, each listing `weight_names` that are dataset paths inside it. */
function keras2(base: H5Group, lib: H5, path: string): FileWeight[] {
  const out: FileWeight[] = [];
  for (const layer of strings(attr(base, 'layer_names'))) {
    const g = base.get(layer);
    if (!isGroup(g, lib)) throw new ImportError(`${path}: layer_names lists '${layer}' but the file has no such group (damaged file?)`);
    for (const name of strings(attr(g, 'weight_names'))) {
      const d = g.get(name);
      if (!isDataset(d, lib)) throw new ImportError(`${path}: layer '${layer}' lists weight '${name}' but the file has no such dataset (damaged file?)`);
      const where = `${layer}/${name}`;
      out.push({ kind: 'named', group: layer, name, where, shape: [...(d.shape ?? [])], data: readData(d, `${path}: ${where}`) });
    }
  }
  return out;
}

/**
 * Keras 3: every object with variables has a `vars` group of datasets 0, 1, … in creation order;
 * layers sit under `layers/<name>`, sub-objects (an LSTM's `cell`, attention's `query_dense`) under the layer.
 */
function keras3(root: H5Group, lib: H5, path: string): { weights: FileWeight[]; ignored: string[] } {
  const weights: FileWeight[] = [];
  const ignored: string[] = [];
  const walk = (g: H5Group, parts: string[]): void => {
    for (const k of g.keys()) {
      const child = g.get(k);
      if (!isGroup(child, lib)) continue;
      if (parts.length === 0 && k === 'optimizer') {
        ignored.push('optimizer');
        continue;
      }
      if (k === 'vars') {
        const at = parts.lastIndexOf('layers');
        const layer = at >= 0 ? parts[at + 1] : undefined;
        const sub = at >= 0 ? parts.slice(at + 2).join('/') : parts.join('/');
        const vars = child.keys().filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(a) - Number(b));
        for (const v of vars) {
          const d = child.get(v);
          const where = [...parts, 'vars', v].join('/');
          if (!isDataset(d, lib)) throw new ImportError(`${path}: ${where} is not a dataset (damaged file?)`);
          if (layer === undefined) {
            ignored.push(where);
            continue;
          }
          weights.push({ kind: 'indexed', layer, sub, index: Number(v), where, shape: [...(d.shape ?? [])], data: readData(d, `${path}: ${where}`) });
        }
      } else walk(child, [...parts, k]);
    }
  };
  walk(root, []);
  return { weights, ignored };
}
