/**
 * @file `dlc run DIR --input x.json|x.npy|cat.jpg|folder/`: reads a bundle as data with dlc's own
 * runtime (its index.js is never run: a bundle from elsewhere cannot run code on this machine) and
 * prints predict()'s outputs; images are decoded and preprocessed exactly as in training, and a
 * classifier's answers are printed by class name with probabilities.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DataInfo } from '../../runtime/preprocess.ts';
import { labelRows, type Labelled } from '../../runtime/preprocess.ts';
import { vectorize } from '../../runtime/text.ts';
import { encodeRows, isRow, RowError } from '../../runtime/rows.ts';
import { imageInputFiles, readImageBatch } from './run-images.ts';
import { pathToFileURL } from 'node:url';
import { parseNpy } from '../../bundle/npy.ts';
import { acquireDevice, type DeviceHandle } from '../../runtime/index.ts';
import { flagString, UsageError, type Command, type FlagSpec, type Io, type ParsedArgs } from '../command.ts';
import { optionsHelp } from '../flags.ts';

const FLAGS: readonly FlagSpec[] = [
  { name: 'input', kind: 'string', value: 'spec', help: `a .json file holding the input's values (nested or flat), or an object
{ "name": values, ... } for several inputs; a .npy array; or name=file pairs
separated by commas; or images (.png .jpg .jpeg .webp .gif), a folder of
them (searched recursively) or several separated by commas or given after
it: each is decoded, resized and scaled exactly as the training data was;
for a bundle trained on a csv(): rows by column name, { "col": value, ... }
or an array of them, run in batches of the bundle's size; for one trained on a
csv() text column: a .txt file, a JSON string or list of strings` },
  { name: 'text', kind: 'string', value: 'TEXT', help: 'for a bundle trained on a csv() text column: the text to classify, tokenized with the training vocabulary' },
  { name: 'top-k', kind: 'int', value: 'K', min: 1, max: 1_000_000, help: 'how many classes to print per sample (default 3)' },
  { name: 'json', kind: 'boolean', help: 'print { outputs: { name: { dtype, shape, data } }, predictions: [...] }' },
  { name: 'allow-non-finite', kind: 'boolean', help: 'pass NaN/Inf inputs through instead of refusing them' },
];

const INTRO = `usage: dlc run <bundle-dir> --input <file.json|file.npy|file.txt|name=file,...|image|folder> [more images] [--top-k K] [--json] [--allow-non-finite]
       dlc run <bundle-dir> --text "a review to classify"

Loads the bundle as an application would, with dlc's own runtime (the manifest, weights and
kernels, each checked; the bundle's index.js is never run, so a bundle from elsewhere runs no code),
on this machine's GPU or a software one, and prints the outputs of predict(). A bundle built from a checkpoint of a classifier
also prints the top classes by name (from the training data) with their probabilities.`;

const HELP = `${INTRO}\n\n${optionsHelp(FLAGS)}`;

interface BundleModule {
  load(device?: unknown, opts?: { nonFinite?: 'reject' | 'allow' }): Promise<LoadedBundle>;
}

interface LoadedBundle {
  readonly manifest: { readonly batch: number; readonly name: string; readonly data?: DataInfo };
  readonly inputs: readonly { name: string; dtype: string; shape: readonly number[] }[];
  readonly outputs: readonly { name: string; dtype: string; shape: readonly number[] }[];
  predict(inputs: Record<string, unknown>): Promise<Record<string, ArrayLike<number>>>;
  destroy(): void;
}

export const runCommand: Command = {
  name: 'run',
  summary: 'run a bundle built by dlc build on an input file (.json or .npy)',
  help: HELP,
  flags: FLAGS,
  async run(rawArgs, io) {
    const args = ownBooleans(rawArgs);
    for (const f of Object.keys(args.flags)) if (!['input', 'text', 'json', 'allow-non-finite', 'top-k'].includes(f)) throw new UsageError(`unknown option --${f}`);
    const topK = Number(flagString(args, 'top-k') ?? 3);
    if (!(Number.isInteger(topK) && topK > 0)) throw new UsageError(`--top-k expects a positive integer, got ${flagString(args, 'top-k')}`);
    const dir = args.positional[0];
    if (!dir) throw new UsageError('expected a bundle folder');
    const spec = flagString(args, 'input');
    const text = flagString(args, 'text');
    if (!spec && text === undefined) throw new UsageError('expected --input <file.json|file.npy|file.txt|image|folder> (or --text "…" for a bundle trained on text)');
    if (spec && text !== undefined) throw new UsageError('give --input or --text, not both');
    const images = spec ? imageInputFiles([spec, ...args.positional.slice(1)]) : undefined;
    const mod = await importBundle(dir);
    let gpu: DeviceHandle | undefined;
    try {
      // The bundle would find Dawn itself only where its folder can resolve the 'webgpu' package; dlc's own always resolves.
      gpu = await acquireDevice();
      const bundle = await mod.load(gpu.device, args.flags['allow-non-finite'] === true ? { nonFinite: 'allow' } : {});
      try {
        const json = args.flags.json === true;
        if (images) {
          const failed = await runImages(io, bundle, images, topK, json);
          if (failed) return 1;
        } else {
          const inputs = text === undefined ? await readInputs(spec!, bundle.inputs.map((i) => i.name)) : { [bundle.inputs[0]!.name]: text };
          const rows = textRows(inputs, bundle) ?? namedRows(inputs, bundle) ?? moreRows(inputs, bundle);
          if (rows) await runBatched(io, bundle, rows.map((_, i) => i + 1), 'row', async (at, n) => packRows(rows.slice(at, at + n), bundle.inputs[0]!), topK, json);
          else print(io, bundle, await bundle.predict(inputs), args, topK);
        }
      } finally {
        bundle.destroy();
      }
    } catch (e) {
      if (!(e instanceof Error && e.name === 'RuntimeError')) throw e;
      io.err(`dlc run: error ${(e as Error & { code: string }).code}: ${e.message}`);
      return 1;
    } finally {
      gpu?.destroy();
      await gpu?.lost;
    }
    return 0;
  },
};

/** `main` does not know --allow-non-finite takes no value, so `--allow-non-finite DIR` swallowed DIR. */
function ownBooleans(args: ParsedArgs): ParsedArgs {
  const v = args.flags['allow-non-finite'];
  if (typeof v !== 'string') return args;
  return { positional: [v, ...args.positional], flags: { ...args.flags, 'allow-non-finite': true } };
}

/** dlc's runtime bound to the folder: its files are read and checked as data, its index.js is not imported. */
async function importBundle(dir: string): Promise<BundleModule> {
  const folder = resolve(dir);
  try {
    await readFile(join(folder, 'manifest.json'));
  } catch {
    throw new UsageError(`${dir} is not a bundle (no manifest.json): build one with dlc build`);
  }
  const { bundleLoader } = await import('../../runtime/bundle-entry.ts');
  return { load: bundleLoader({ base: pathToFileURL(join(folder, 'index.js')) }) as BundleModule['load'] };
}

/** One file for the only input, `{ name: values }` JSON for several, or `name=file` pairs. */
async function readInputs(spec: string, names: readonly string[]): Promise<Record<string, unknown>> {
  if (spec.includes('=')) {
    const pairs = spec.split(',').map((p) => p.split('=') as [string, string]);
    return Object.fromEntries(await Promise.all(pairs.map(async ([n, f]) => [n, await readValue(f)] as const)));
  }
  const v = await readValue(spec);
  const isNamed = typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v) && !('shape' in v && 'data' in v);
  if (isNamed) return v as Record<string, unknown>;
  if (names.length !== 1) throw new UsageError(`the bundle has inputs ${names.join(', ')}: pass { "name": values, ... } or name=file pairs`);
  return { [names[0]!]: v };
}

/**
 * A CSV-trained bundle (its manifest lists the feature columns) takes rows by column name, as the CSV
 * had them: `{ "weight": 160, "diameter": 7.1 }` or an array of such rows, each put in column order;
 * undefined when the input is not given that way.
 */
function namedRows(inputs: Record<string, unknown>, bundle: LoadedBundle): number[][] | undefined {
  const features = bundle.manifest.data?.features;
  const names = bundle.inputs.map((i) => i.name);
  const keys = Object.keys(inputs);
  const only = names.length === 1 ? inputs[names[0]!] : undefined;
  // The JSON was one row (its keys are not input names) or, for the only input, a list of rows.
  const list = keys.some((k) => !names.includes(k)) ? [inputs] : Array.isArray(only) && only.length > 0 && only.every(isRow) ? (only as unknown[]) : undefined;
  if (!list) return undefined;
  if (!features || names.length !== 1) {
    const unknown = keys.filter((k) => !names.includes(k));
    throw new UsageError(`${bundle.manifest.name} has no input named ${unknown.map((k) => `'${k}'`).join(', ')}; its inputs are ${names.join(', ')}${features ? '' : ' (rows by column name work for bundles built with --weights from a csv() training run)'}`);
  }
  try {
    return encodeRows(list, bundle.manifest.data!, bundle.manifest.name);
  } catch (e) {
    throw e instanceof RowError ? new UsageError(e.message) : e;
  }
}

/**
 * A bundle trained on a text column (csv `text`) takes text: `--text "…"`, a .txt file, a JSON string or
 * list of strings, or rows by the column's name; each becomes token ids with the training vocabulary.
 */
function textRows(inputs: Record<string, unknown>, bundle: LoadedBundle): number[][] | undefined {
  const v = bundle.manifest.data?.text;
  if (!v || bundle.inputs.length !== 1) return undefined;
  // The only input's value as a string or a list of strings; rows by the column's name are namedRows', token ids run as they are.
  const given = inputs[bundle.inputs[0]!.name];
  const texts = typeof given === 'string' ? [given] : Array.isArray(given) && given.length > 0 && given.every((t) => typeof t === 'string') ? (given as string[]) : undefined;
  return texts?.map((t) => Array.from(vectorize(t, v)));
}

/** For the only input, nested arrays holding more samples than the bundle's batch: each sample flattened, to run in batches. */
function moreRows(inputs: Record<string, unknown>, bundle: LoadedBundle): number[][] | undefined {
  if (bundle.inputs.length !== 1) return undefined;
  const [batch, ...sample] = bundle.inputs[0]!.shape;
  const v = inputs[bundle.inputs[0]!.name];
  if (!Array.isArray(v) || v.length <= (batch ?? 1) || !v.every(Array.isArray)) return undefined;
  const width = sample.reduce((a, b) => a * b, 1);
  const flat = v.map((r) => (r as unknown[]).flat(Infinity));
  return flat.every((r) => r.length === width && r.every((x) => typeof x === 'number')) ? (flat as number[][]) : undefined;
}

/** Rows into one batch of the input's shape (the batch axis first; rows past the end stay zero and are ignored). */
function packRows(rows: readonly (readonly number[])[], input: { shape: readonly number[]; dtype: string }): Float32Array | Int32Array {
  const shape = input.shape;
  const width = shape.slice(1).reduce((a, b) => a * b, 1);
  const n = (shape[0] ?? 1) * width;
  const x = input.dtype === 'i32' ? new Int32Array(n) : new Float32Array(n);
  rows.forEach((r, i) => {
    if (r.length !== width) throw new UsageError(`a row has ${r.length} values but the model's input takes ${width}`);
    x.set(r, i * width);
  });
  return x;
}

async function readValue(file: string): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UsageError(`cannot read input file '${file}'`);
  }
  if (file.endsWith('.txt')) return new TextDecoder().decode(bytes);
  if (file.endsWith('.npy')) {
    try {
      return parseNpy(bytes, file);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
}

function print(io: Io, bundle: LoadedBundle, outputs: Record<string, ArrayLike<number>>, args: ParsedArgs, topK: number): void {
  const predictions = labelled(bundle, outputs, bundle.manifest.batch, topK);
  if (args.flags.json === true) {
    const json = Object.fromEntries(bundle.outputs.map((o) => [o.name, { dtype: o.dtype, shape: o.shape, data: Array.from(outputs[o.name]!) }]));
    io.out(JSON.stringify({ outputs: json, ...(predictions ? { predictions } : {}) }));
    return;
  }
  for (const o of bundle.outputs) io.out(`${o.name}: ${o.dtype}[${o.shape.join(',')}] = [${Array.from(outputs[o.name]!, short).join(', ')}]`);
  predictions?.forEach((p, i) => io.out(`${predictions.length > 1 ? `sample ${i}: ` : ''}${answer(p)}`));
}

/** A value as the command prints it: six significant digits. */
function short(x: number): number {
  return Number(x.toPrecision(6));
}

/** Top classes of the first output's rows, when the training data named its classes. */
function labelled(bundle: LoadedBundle, outputs: Record<string, ArrayLike<number>>, rows: number, k: number): Labelled[] | undefined {
  const names = bundle.manifest.data?.classNames;
  const first = bundle.outputs[0];
  if (!names || !first) return undefined;
  const width = first.shape.slice(1).reduce((a, b) => a * b, 1);
  if (width !== names.length && !(width === 1 && names.length === 2)) return undefined;
  return labelRows(outputs[first.name]!, rows, names, k);
}

function answer(p: Labelled): string {
  const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;
  return `${p.label} (${pct(p.probability)})${p.topK.length > 1 ? `  · ${p.topK.slice(1).map((r) => `${r.label} ${pct(r.probability)}`).join(' · ')}` : ''}`;
}

/**
 * Each image decoded as in training, run in batches of the bundle's size, one answer line per file;
 * files that cannot be decoded are said on stderr (and as `{ file, error }` in --json), the rest
 * answered. Returns how many failed (the command then exits 1).
 */
async function runImages(io: Io, bundle: LoadedBundle, files: readonly string[], topK: number, json: boolean): Promise<number> {
  const p = bundle.manifest.data?.preprocess;
  if (!p) throw new UsageError(`${bundle.manifest.name} was not trained on images (its manifest has no image preprocessing): pass .json or .npy input, or build the bundle with --weights <checkpoint> from an imageFolder() training run`);
  if (bundle.inputs.length !== 1) throw new UsageError(`image input needs a single-input model; ${bundle.manifest.name} has inputs ${bundle.inputs.map((i) => i.name).join(', ')}`);
  const failed = new Map<string, string>();
  await runBatched(io, bundle, files, 'file', (at, n) => readImageBatch(files.slice(at, at + n), p, bundle.inputs[0]!.shape, failed), topK, json, failed);
  for (const why of failed.values()) io.err(`dlc run: ${why}`);
  if (failed.size && files.length > 1) io.err(`dlc run: ${failed.size} of ${files.length} images could not be read; the others are answered above`);
  return failed.size;
}

/** Samples (files, rows) run in batches of the bundle's size through its only input, one answer line each. */
async function runBatched(io: Io, bundle: LoadedBundle, ids: readonly (string | number)[], key: 'file' | 'row', read: (at: number, n: number) => Promise<Float32Array | Int32Array>, topK: number, json: boolean, failed?: ReadonlyMap<string | number, string>): Promise<void> {
  const batch = bundle.manifest.batch;
  const results: { id: string | number; prediction?: Labelled; outputs: Record<string, number[]>; error?: string }[] = [];
  for (let at = 0; at < ids.length; at += batch) {
    const chunk = ids.slice(at, at + batch);
    const out = await bundle.predict({ [bundle.inputs[0]!.name]: await read(at, chunk.length) });
    const preds = labelled(bundle, out, chunk.length, topK);
    chunk.forEach((id, i) => {
      const error = failed?.get(id);
      if (error !== undefined) {
        results.push({ id, outputs: {}, error });
        return;
      }
      const rowOf = (o: { name: string; shape: readonly number[] }): number[] => {
        const w = o.shape.slice(1).reduce((a, b) => a * b, 1);
        return Array.from(out[o.name]!).slice(i * w, (i + 1) * w);
      };
      results.push({ id, ...(preds ? { prediction: preds[i]! } : {}), outputs: Object.fromEntries(bundle.outputs.map((o) => [o.name, rowOf(o)])) });
    });
  }
  if (json) {
    io.out(JSON.stringify({ predictions: results.map((r) => (r.error !== undefined ? { [key]: r.id, error: r.error } : { [key]: r.id, ...(r.prediction ?? {}), outputs: r.outputs })) }));
    return;
  }
  const values = (outputs: Record<string, number[]>): string => Object.entries(outputs).map(([name, v]) => `${name} ${v.length === 1 ? short(v[0]!) : `[${v.map(short).join(', ')}]`}`).join(' · ');
  for (const r of results) if (r.error === undefined) io.out(`${key === 'row' ? `row ${r.id}` : r.id}: ${r.prediction ? answer(r.prediction) : values(r.outputs)}`);
}
