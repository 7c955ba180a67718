/** @file Writers of Keras-layout files for the interop tests (as Keras 2 / Keras 3 save them), and the CLI in-process. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import h5wasm from 'h5wasm/node';

type H5File = InstanceType<typeof h5wasm.File>;
type H5Group = InstanceType<typeof h5wasm.Group>;
import type { CompiledModel, ParamInfo } from '../../src/frontend/index.ts';
import { main } from '../../src/cli/main.ts';
import { initialWeights } from '../../src/train/init.ts';

export type Weights = Record<string, Float32Array>;

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dlc-interop-'));
}

/** Distinct, non-trivial values for every weight (variances positive). */
export function randomWeights(m: CompiledModel, seed: number): Weights {
  const w = initialWeights(m.params, seed);
  for (const p of m.params) {
    const d = w[p.name]!;
    for (let i = 0; i < d.length; i++) d[i] = p.weight === 'moving_variance' ? 0.5 + ((i * 7 + seed) % 11) / 10 : (d[i] || 0) + Math.sin(i * 1.7 + seed + p.name.length) * 0.1;
  }
  return w;
}

/** What Keras 2 names a weight inside its layer: `dense/kernel:0`, `lstm/lstm_cell/kernel:0`, `mha/query/kernel:0`. */
export function keras2Name(m: CompiledModel, p: ParamInfo): string {
  const type = m.layers.find((l) => l.name === p.layer)?.type;
  const cell = type === 'LSTM' ? 'lstm_cell/' : type === 'SimpleRNN' ? 'simple_rnn_cell/' : '';
  return `${p.layer}/${cell}${p.weight}:0`;
}

function ensureGroup(f: H5File, path: string): void {
  let at = '';
  for (const part of path.split('/')) {
    at = at ? `${at}/${part}` : part;
    if (!f.get(at)) f.create_group(at);
  }
}

function dataset(f: H5File, path: string, shape: readonly number[], data: Float32Array): void {
  ensureGroup(f, dirname(path) === '.' ? '' : dirname(path));
  f.create_dataset({ name: path, data, shape: [...shape], dtype: '<f' });
}

/**
 * A Keras 2 HDF5 file: `layer_names` (every layer, weightless ones too), one group per layer with its
 * `weight_names` (trainable first, then the batch-norm moving statistics), datasets at `<layer>/<name>`.
 * `whole` writes a model.save() file: model_config, the weights under model_weights, optimizer_weights.
 * `order` reverses how the datasets are laid out in the file (names, not positions, must decide).
 */
/** The Keras config of a Sequential model: each layer's class and name (what the type check reads). */
export function kerasConfig(m: CompiledModel, typeOf: (l: CompiledModel['layers'][number]) => string = (l) => l.type): string {
  return JSON.stringify({ class_name: 'Sequential', config: { name: m.name, layers: m.layers.map((l) => ({ class_name: typeOf(l), config: { name: l.name } })) } });
}

export async function writeKeras2(path: string, m: CompiledModel, w: Weights, opts: { whole?: boolean; reversed?: boolean; nameOf?: (p: ParamInfo) => string; typeOf?: (l: CompiledModel['layers'][number]) => string } = {}): Promise<void> {
  await h5wasm.ready;
  // h5py's default: the earliest file format (superblock version 0), as Keras's files have.
  const f = new h5wasm.File(path, 'w', { libver: ['earliest', 'latest'] });
  const base = opts.whole ? 'model_weights' : '';
  const g = (p: string): string => (base ? `${base}/${p}` : p);
  if (opts.whole) {
    f.create_attribute('model_config', kerasConfig(m, opts.typeOf));
    f.create_group('model_weights');
    dataset(f, 'optimizer_weights/Adam/iterations:0', [], Float32Array.of(3));
  }
  const top = (base ? f.get(base) : f) as H5Group;
  const layers = m.layers.filter((l) => l.type !== 'InputLayer').map((l) => l.name);
  top.create_attribute('layer_names', layers);
  top.create_attribute('backend', 'tensorflow');
  top.create_attribute('keras_version', '2.15.0');
  const params = opts.reversed ? [...m.params].reverse() : m.params;
  for (const l of layers) {
    ensureGroup(f, g(l));
    (f.get(g(l)) as H5Group).create_attribute('weight_names', m.params.filter((p) => p.layer === l).map((p) => (opts.nameOf ?? ((q) => keras2Name(m, q)))(p)), null, null);
  }
  for (const p of params) dataset(f, g(`${p.layer}/${(opts.nameOf ?? ((q) => keras2Name(m, q)))(p)}`), p.shape, w[p.name]!);
  f.close();
}

/** Keras 3's sub-object of a weight (its attribute name): an RNN's `cell`, attention's `_query_dense` … `_output_dense`, else the layer itself. */
function keras3Sub(m: CompiledModel, p: ParamInfo): string {
  const type = m.layers.find((l) => l.name === p.layer)?.type;
  if (type === 'LSTM' || type === 'SimpleRNN') return '/cell';
  const prefix = p.weight.includes('/') ? p.weight.slice(0, p.weight.lastIndexOf('/')) : '';
  return prefix === '' ? '' : `/_${prefix === 'attention_output' ? 'output' : prefix}_dense`;
}

/** Keras 3's layout: `layers/<name>/vars/<i>` in creation order per (sub-)object, an optimizer group, empty model vars. */
export async function writeKeras3(path: string, m: CompiledModel, w: Weights): Promise<void> {
  await h5wasm.ready;
  const f = new h5wasm.File(path, 'w');
  ensureGroup(f, 'vars');
  dataset(f, 'optimizer/vars/0', [], Float32Array.of(3));
  const next = new Map<string, number>();
  for (const l of m.layers) ensureGroup(f, `layers/${l.name}/vars`);
  for (const p of m.params) {
    const obj = `layers/${p.layer}${keras3Sub(m, p)}`;
    const i = next.get(obj) ?? 0;
    next.set(obj, i + 1);
    dataset(f, `${obj}/vars/${i}`, p.shape, w[p.name]!);
  }
  f.close();
}

/** A `.keras` archive: config.json, metadata.json, model.weights.h5 (Keras 3 layout). */
export async function writeKerasArchive(path: string, m: CompiledModel, w: Weights): Promise<void> {
  const h5 = join(dirname(path), 'inner.weights.h5');
  await writeKeras3(h5, m, w);
  const text = new TextEncoder();
  writeFileSync(path, zipSync({ 'metadata.json': text.encode('{"keras_version":"3.6.0"}'), 'config.json': text.encode(kerasConfig(m)), 'model.weights.h5': readFileSync(h5) }));
}

export function writeJson(path: string, v: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(v));
}

/** Runs `dlc <argv>` in-process, capturing both streams. */
export async function dlc(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), isTTY: false });
  return { code, out, err };
}
