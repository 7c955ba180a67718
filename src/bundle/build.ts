/**
 * @file `dlc build`'s core: a model file (and optionally trained weights) in, the files of a
 * self-contained bundle out — manifest.json, kernels/*.wgsl, weights.safetensors, index.js, node.js, index.d.ts.
 */
import { readdirSync, renameSync, rmSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { compileInference } from '../compile.ts';
import type { KernelTarget } from '../codegen/target.ts';
import { compileModelFile, type CompiledModel, type Program } from '../frontend/index.ts';
import { CompileError, type Graph } from '../ir/index.ts';
import type { NonFinitePolicy, TensorSpec } from '../runtime/bundle-types.ts';
import { validateManifest } from '../runtime/bundle-validate.ts';
import { diskError, makeDir, pidAlive, writeFileAtomic, type AtomicWriteOptions } from '../train/atomic-write.ts';
import { encodeSafetensors } from '../train/safetensors.ts';
import { fileDataInfo } from '../train/checkpoint.ts';
import { renderDts } from './dts.ts';
import { explainEntries, type ExplainBuildOptions } from './explain.ts';
import { stableJson } from './json.ts';
import { buildManifest, sha256Hex, type EntrySource } from './manifest.ts';
import { bundlePackageJson } from './package-json.ts';
import { featuresOf, gzipSize, runtimeFiles } from './runtime-js.ts';
import { withFileUrls } from './file-urls.ts';
import { externalRuntimeFiles, type BundleRuntime } from './runtime-external.ts';
import { trainEntries, type TrainEntries } from './train.ts';
import { targetOfRecord, tuneGemms, tuningRecord, type TuneOptions, type TuneResult, type TuningRecord } from './tune.ts';
import { inferenceWeights, modelWeights, type WeightMap } from './weights.ts';
import { addExplainWeights, packedInferenceEntries, type PackedEntries, type WeightStorage } from './precision.ts';

export interface BuildOptions {
  readonly modelFile: string;
  /** `modelFile` already parsed (dlc build's cache parses it once, to learn the files it read); default: parsed here. */
  readonly program?: Program;
  readonly mode?: 'inference' | 'train';
  /** Static batch size (default 1 for inference, the model's training batch size for train). */
  readonly batch?: number;
  /** Trained weights (a `dlc train` checkpoint); default: the model's initialisers with `seed`. */
  readonly weightsFile?: string;
  readonly seed?: number;
  /** What predict() does with NaN/Inf inputs (default 'reject'). */
  readonly nonFinite?: NonFinitePolicy;
  /** How the matmul/conv weights are stored: f32 (default), f16 (`--precision f16`) or int8 (`--quantize int8`); inference only. */
  readonly storage?: WeightStorage;
  /** Choose kernel variants for this device (inference; default: the GPU choices every bundle ships with). */
  readonly target?: KernelTarget;
  /** `--tune`: time the kernel variants on this device (its target) and build with the winners. */
  readonly tune?: { readonly device: GPUDevice; readonly target: KernelTarget; readonly options?: TuneOptions };
  /** `--tuned`: build with an earlier tuning record (a tuned bundle's manifest), no device needed. */
  readonly tuned?: TuningRecord;
  /** Add saliency() / gradCam() entry points (`--explain`), with these options. */
  readonly explain?: ExplainBuildOptions;
  /** Minify index.js and node.js (`--minify`); default readable. */
  readonly minify?: boolean;
  /** `--runtime external`: index.js/node.js import the installed dlc package's runtime instead of holding a copy (default bundled). */
  readonly runtime?: BundleRuntime;
}

export interface BuiltBundle {
  /** Bundle-relative path → contents, in path order. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly model: CompiledModel;
  readonly batch: number;
  /** Gzipped size of index.js (the runtime; the WGSL is in separate files). */
  readonly runtimeBytes: number;
  /** `--tune`'s measurements. */
  readonly tuning?: TuneResult;
}

/** The files a bundle consists of; `writeBundle` removes stale ones of a previous build. */
export const BUNDLE_FILES = ['manifest.json', 'package.json', 'index.js', 'node.js', 'index.d.ts', 'weights.safetensors'] as const;

export async function buildBundle(opts: BuildOptions): Promise<BuiltBundle> {
  const program = opts.program ?? compileModelFile(opts.modelFile);
  const model = program.main;
  const mode = opts.mode ?? 'inference';
  if (mode === 'train' && program.steps.length > 0) {
    // A train bundle holds one compiled step; a program (a GAN's alternating steps) trains with dlc train.
    throw new CompileError('E_BUILD_PROGRAM', `${opts.modelFile} is a multi-step training program (${program.steps.map((st) => st.name).join(', ')}); a train bundle holds one training step`, {
      hint: 'train it with `dlc train`, then build an inference bundle of one of its models with --weights',
    });
  }
  const storage = opts.storage ?? 'f32';
  if (mode === 'train' && storage !== 'f32') {
    throw new CompileError('E_BUILD_PRECISION', `--${storage === 'f16' ? 'precision f16' : 'quantize int8'} makes inference bundles; a train bundle keeps f32 weights (the optimizer updates them)`, { hint: 'build with --mode inference, or leave out the precision flag' });
  }
  const raw = modelWeights(model, opts.weightsFile, opts.seed ?? 0);
  const entriesFor = (target?: KernelTarget): TrainEntries | PackedEntries =>
    mode === 'train' ? trainEntries(model, raw, opts.batch, target) : storage === 'f32' ? inferenceEntries(model, raw, opts.batch ?? 1, target) : packedInferenceEntries(model, raw, opts.batch ?? 1, storage, target);
  let record = opts.tuned;
  let tuning: TuneResult | undefined;
  if (opts.tune) {
    tuning = await tuneGemms(opts.tune.device, opts.tune.target, (t) => entriesFor(t).entries.map((e) => e.plan), opts.tune.options);
    record = tuningRecord(opts.tune.target, tuning.table, tuning.samples, tuning.reps);
  }
  const built = entriesFor(record ? targetOfRecord(record) : opts.target);
  const { entries, weights, batch, graphs, training } = built;
  const explain = opts.explain ? explainEntries(model, raw, opts.explain) : undefined;
  let precision = (built as Partial<PackedEntries>).precision;
  if (explain) {
    entries.push(...explain.entries);
    graphs.push(...explain.graphs);
    // Packed bundles: the explain plans read the packed tensors, dequantised at load (precision.ts).
    if (precision) precision = addExplainWeights(weights, precision, explain.weights);
    else for (const [name, t] of explain.weights) if (!weights.has(name)) weights.set(name, t);
  }
  const weightBytes = encodeSafetensors(weights, { format: 'dlc-bundle-weights', model: model.name });
  const { manifest: built0, files: kernels } = buildManifest(
    {
      name: model.name,
      mode,
      batch,
      source: basename(opts.modelFile),
      nonFinite: opts.nonFinite ?? 'reject',
      weights: { path: 'weights.safetensors', bytes: weightBytes.length, sha256: sha256Hex(weightBytes), tensors: tensorSpecs(weights) },
      training,
      data: fileDataInfo(opts.weightsFile),
      explain: explain?.explain,
      relink: relinker(graphs, dirname(resolve(opts.modelFile))),
      precision,
      tuning: record,
    },
    entries,
  );
  const external = opts.runtime === 'external';
  // An external bundle says so in its manifest (bundled ones stay byte-identical to before).
  const manifest = external ? { ...built0, runtime: 'external' as const } : built0;
  selfCheck(manifest);
  // index.js keeps only what this manifest uses (runtime/features.ts), or imports dlc's (runtime-external.ts).
  const runtime = external ? externalRuntimeFiles(manifest) : await runtimeFiles(featuresOf(manifest), { minify: opts.minify === true });
  const text = new TextEncoder();
  const files = new Map<string, Uint8Array>([
    ['index.d.ts', text.encode(renderDts(manifest))],
    ['index.js', text.encode(external ? runtime.index : withFileUrls(runtime.index, manifest))],
    ['manifest.json', text.encode(`${stableJson(manifest)}\n`)],
    ['node.js', text.encode(runtime.node)],
    ['package.json', text.encode(`${stableJson(bundlePackageJson(manifest.name, external ? 'external' : 'bundled'))}\n`)],
    ['weights.safetensors', weightBytes],
    ...[...kernels].map(([p, code]): [string, Uint8Array] => [p, text.encode(code)]),
  ]);
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), model, batch, runtimeBytes: gzipSize(runtime.index), ...(tuning ? { tuning } : {}) };
}

function inferenceEntries(model: CompiledModel, raw: WeightMap, batch: number, target?: KernelTarget): TrainEntries {
  const program = compileInference(model, { batch, ...(target ? { target } : {}) });
  const entries: EntrySource[] = [{ name: 'predict', plan: program.plan! }];
  return { entries, weights: inferenceWeights(program.graph, program.prepare, raw), batch, graphs: [program.graph], training: undefined };
}

/** The runtime's own manifest validation, run at build time: dlc never writes a bundle its runtime would refuse. */
function selfCheck(manifest: unknown): void {
  try {
    validateManifest(JSON.parse(stableJson(manifest)));
  } catch (e) {
    throw new CompileError('E_INTERNAL', `the bundle manifest fails the runtime's own checks: ${e instanceof Error ? e.message : String(e)}`, { hint: 'this is a bug in dlc; please report it with the model file' });
  }
}


function tensorSpecs(weights: WeightMap): TensorSpec[] {
  return [...weights.keys()].sort().map((name) => {
    const t = weights.get(name)!;
    return { name, dtype: t.dtype, shape: [...t.shape] };
  });
}

/**
 * Source locations print model files relative to the working directory, or absolute outside it;
 * a bundle must not depend on either, so they become relative to the model file's folder.
 */
function relinker(graphs: readonly Graph[], modelDir: string): (text: string) => string {
  const files = new Set<string>();
  for (const g of graphs) for (const n of g.nodes) if (n.loc) files.add(n.loc.file);
  const pairs = [...files]
    .map((f) => [f, relative(modelDir, resolve(f)).replace(/\\/g, '/')] as const)
    .filter(([f, r]) => f !== r)
    .sort((a, b) => b[0].length - a[0].length);
  return (text) => pairs.reduce((t, [from, to]) => t.split(`${from}:`).join(`${to}:`), text);
}

/**
 * Writes the bundle into `dir`, removing files an earlier build left there (stale kernels), so the
 * folder is exactly the bundle. Every file is first written into a staging folder inside `dir` and
 * only then renamed into place (renames need no space; manifest.json last), so a full disk or a
 * read-only folder leaves an earlier bundle there whole, never half old, half new. `opts.write`
 * stands in for the disk in tests.
 */
export function writeBundle(dir: string, files: ReadonlyMap<string, Uint8Array>, opts: AtomicWriteOptions = {}): void {
  const kept = `the bundle already in ${dir}, if any, is unchanged`;
  const stage = join(dir, `.dlc-build.${process.pid}.tmp`);
  try {
    makeDir(dir);
    removeStaleStages(dir);
    makeDir(join(stage, 'kernels'));
    for (const [path, bytes] of files) writeFileAtomic(join(stage, path), bytes, opts);
  } catch (e) {
    removeStage(stage);
    throw outputError(e, kept, [`${stage}/`, `${dir}/`]);
  }
  const order = [...files.keys()].sort((a, b) => Number(a === 'manifest.json') - Number(b === 'manifest.json'));
  try {
    makeDir(join(dir, 'kernels'));
    for (const path of order) renameSync(join(stage, path), join(dir, path));
    for (const f of readdirSync(join(dir, 'kernels'))) if (f.endsWith('.wgsl') && !files.has(`kernels/${f}`)) rmSync(join(dir, 'kernels', f));
  } catch (e) {
    throw outputError(diskError(e, dir, 'write the bundle into', ''), '', [`${stage}/`, `${dir}/`]);
  } finally {
    removeStage(stage);
  }
}

function removeStage(stage: string): void {
  try {
    rmSync(stage, { recursive: true, force: true });
  } catch {
    /* never made (its folder could not be) */
  }
}

/** Staging folders of builds killed with -9 (`.dlc-build.<pid>.tmp` of a process that is gone). */
function removeStaleStages(dir: string): void {
  for (const f of readdirSync(dir)) {
    const m = /^\.dlc-build\.(\d+)\.tmp$/.exec(f);
    if (m && Number(m[1]) !== process.pid && !pidAlive(Number(m[1]))) removeStage(join(dir, f));
  }
}

/** A disk error as E_BUILD_OUTPUT naming the bundle's file (not the staging folder's); anything else unchanged. */
function outputError(e: unknown, kept: string, [from, to]: [string, string]): unknown {
  if (typeof (e as { code?: unknown } | undefined)?.code !== 'string') return e;
  const message = (e instanceof Error ? e.message : String(e)).replace('the previous version of the file, if any, is unchanged', kept).split(from).join(to);
  return new CompileError('E_BUILD_OUTPUT', message, { hint: 'pass -o a folder on a writable disk with room for the bundle' });
}

/** Refuses to write into a folder that holds something other than a previous bundle (say, the project root). */
export function checkOutputDir(dir: string): void {
  if (!existsSync(dir)) return;
  const known = new Set<string>([...BUNDLE_FILES, 'kernels']);
  const foreign = readdirSync(dir).filter((f) => !known.has(f) && !f.startsWith('.'));
  if (foreign.length > 0) {
    throw new CompileError('E_BUILD_OUTPUT', `${dir} is not empty and not a dlc bundle (it holds ${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''})`, {
      hint: 'choose a new or empty folder for -o',
    });
  }
}
