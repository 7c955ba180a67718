/**
 * @file The entry point esbuild bundles into a bundle's index.js: `load(device?)` reads and validates
 * manifest.json, the weights and the kernels next to index.js, then makes the plans runnable.
 */
import { bundleBase, readBundleFile, type BundleSource } from './bundle-files.ts';
import { prepareGradCam, prepareSaliency, type ExplainHost, type GradCamResult, type SaliencyOptions, type SaliencyResult } from './bundle-explain.ts';
import { verifyFile } from './bundle-integrity.ts';
import { toFeeds, type InputValue } from './bundle-inputs.ts';
import type { EntryPoint, InputSpec, Manifest, NonFinitePolicy, TensorSpec } from './bundle-types.ts';
import { checkWeights, validateManifest } from './bundle-validate.ts';
import { paramData, selectVariant, VARIANT_FEATURES } from './bundle-precision.ts';
import { decodeWeights, type WeightTensor } from './bundle-weights.ts';
import { acquireDevice, type AdapterSummary, type DeviceHandle } from './device.ts';
import { clip, RuntimeError } from './errors.ts';
import { loadPlan, type Executable, type Feeds } from './executor.ts';
import type { FeedData, StorageArray, TensorData } from './feeds.ts';
import { PipelineCache } from './pipelines.ts';
import { usesStaticSteps } from './scan-dispatch.ts';
import { imageFeeds, labelRows, type Labelled } from './preprocess.ts';
import { textFeeds } from './text.ts';
import { rowFeeds } from './rows.ts';
import type { Plan, PlanKernel } from './plan-types.ts';

export { RuntimeError } from './errors.ts';
/** Internal: how a bundle's node.js gives index.js Node's modules and Dawn (runtime/bundle-node-entry.ts). */
export { installNodeHost } from './node-host.ts';
export { MANIFEST_VERSION } from './bundle-types.ts';
export type { Manifest, InputSpec, TensorSpec, NonFinitePolicy } from './bundle-types.ts';
export type { TensorData } from './feeds.ts';
export type { GradCamResult, SaliencyOptions, SaliencyResult } from './bundle-explain.ts';
export type { DataInfo, ImagePreprocess, Labelled, Ranked } from './preprocess.ts';
export { labelRow, toFeatures, colorize, imageSourceToFeatures as imageToFeatures } from './preprocess.ts';

export interface BundleLoadOptions {
  /** Overrides each input's NaN/Inf policy from the manifest. */
  readonly nonFinite?: NonFinitePolicy;
  /**
   * The folder URL the bundle's files are served from (default: the folder of this index.js). Pass it
   * when an app bundler (Vite, esbuild) inlines index.js into its own chunk: e.g. '/model/', relative to the page.
   */
  readonly baseUrl?: string | URL;
  /** Run on this GPUDevice (a browser's, Deno's, or one you configured); destroy() leaves it alive. */
  readonly device?: GPUDevice;
  /** Request the device from this adapter (with the limits dlc's kernels want) instead of finding one. */
  readonly adapter?: GPUAdapter;
}

export type Inputs = Readonly<Record<string, InputValue>>;

/** An ImageBitmap, HTMLImageElement, HTMLCanvasElement, OffscreenCanvas or ImageData (typed loosely: the runtime builds without the DOM lib), or one per batch row. */
export type ImageInput = object;

/** A classifier's answer: the first sample's best class, its top k, every sample's, and the raw outputs. */
export interface Classified extends Labelled {
  readonly samples: readonly Labelled[];
  readonly outputs: Record<string, TensorData>;
}

export interface TrainStepOptions {
  /** This step's learning rate (default: the model's optimizer setting). */
  readonly learningRate?: number;
}

export interface Bundle {
  /** The manifest as this device runs it: an f16 bundle's predict names `predict_f16` where the device has shader-f16. */
  readonly manifest: Manifest;
  readonly inputs: readonly InputSpec[];
  readonly outputs: readonly TensorSpec[];
  readonly device: GPUDevice;
  readonly adapter: AdapterSummary;
  /** Milliseconds from load() to ready, and the part spent creating pipelines. */
  readonly stats: { readonly loadMs: number; readonly pipelineMs: number; readonly kernels: number };
  /**
   * Validates the inputs, then one encoder, one submit, one readback. A single-input model also takes the value alone.
   * Bundles trained on images also take an ImageBitmap, HTMLImageElement, HTMLCanvasElement or ImageData (or a list, one per batch row),
   * preprocessed on a canvas as in training.
   */
  predict(inputs: Inputs | InputValue | ImageInput): Promise<Record<string, TensorData>>;
  /** predict(), then the first output's top classes by name: `{ label, probability, topK }` of the first sample, every sample's, and the raw outputs. */
  classify(inputs: Inputs | InputValue | ImageInput, opts?: { readonly topK?: number; readonly rows?: number }): Promise<Classified>;
  /** Train bundles: one optimizer step on a batch (its data and labels); returns the step's outputs (the loss). */
  trainStep(batch: Inputs, opts?: TrainStepOptions): Promise<Record<string, TensorData>>;
  getWeights(): Promise<Record<string, TensorData>>;
  setWeights(weights: Readonly<Record<string, FeedData>>): Promise<void>;
  /** Bundles built with --explain: d score[class] / d input for one sample (default class: the top score). */
  saliency(input: Inputs | InputValue | ImageInput, classIndex?: number, opts?: SaliencyOptions): Promise<SaliencyResult>;
  /** Bundles built with --explain, of models with a spatial layer: the Grad-CAM map of one sample. */
  gradCam(input: Inputs | InputValue | ImageInput, classIndex?: number, opts?: { readonly layer?: string }): Promise<GradCamResult>;
  /** Frees GPU buffers, and the device too when load() acquired it. */
  destroy(): void;
}

/**
 * Reads and validates everything before any GPU work: the manifest, then each file's length and
 * SHA-256, then the weights against the plans. Only then is a device acquired and the plans loaded.
 * Takes `load(options)` or the older `load(device, options)`.
 */
export function load(deviceOrOptions?: GPUDevice | BundleLoadOptions, rest: BundleLoadOptions = {}): Promise<Bundle> {
  // Not `new URL('./', import.meta.url)`: app bundlers would take that for a file to copy (file-urls.ts).
  return loadFrom({ base: bundleBase(undefined, import.meta.url), files: builtFiles() }, deviceOrOptions, rest);
}

/**
 * Internal: load() for a bundle whose files are `at` (its folder or index.js's URL, and each file's URL as `dlc build`
 * wrote them into its index.js): how an external bundle's index.js binds the installed runtime to
 * itself (bundle/runtime-external.ts). A `baseUrl` option overrides both.
 */
export function bundleLoader(at: BundleSource): typeof load {
  return (deviceOrOptions, rest = {}) => loadFrom(at, deviceOrOptions, rest);
}

async function loadFrom(at: BundleSource, deviceOrOptions: GPUDevice | BundleLoadOptions | undefined, rest: BundleLoadOptions): Promise<Bundle> {
  const t0 = performance.now();
  const options: BundleLoadOptions = isOptions(deviceOrOptions) ? { ...rest, ...deviceOrOptions } : { ...rest, device: deviceOrOptions as GPUDevice | undefined };
  checkLoadOptions(options);
  const device = options.device;
  const base: BundleSource = options.baseUrl === undefined ? at : { base: bundleBase(options.baseUrl, at.base.href) };
  const manifest = await readManifest(base);
  const [weightBytes, kernelBytes] = await Promise.all([
    readChecked(base, manifest.weights, 'weights'),
    Promise.all(manifest.kernels.map((k, i) => readChecked(base, k, `kernel ${i}`))),
  ]);
  const weights = decodeWeights(weightBytes);
  checkWeights(manifest, weights);
  const kernels = manifest.kernels.map((k, i): PlanKernel => ({ code: new TextDecoder().decode(kernelBytes[i]), entry: k.entry, bindings: k.bindings, ...(k.step ? { step: true } : {}) }));
  // A bundle with variants (f16 weights as array<f16>) asks for their features; the device decides which plans run.
  const handle = await acquireDevice(device ? { device } : { ...(options.adapter ? { adapter: options.adapter } : {}), optionalFeatures: VARIANT_FEATURES });
  const exes: Record<string, Executable> = {};
  let run = manifest;
  if (typeof __DLC_PACKED__ === 'undefined' || __DLC_PACKED__) run = selectVariant(manifest, handle.device.features);
  try {
    await loadPlans(handle.device, run, kernels, weights, exes);
  } catch (e) {
    for (const x of Object.values(exes)) x.destroy();
    if (!device) handle.destroy();
    throw e;
  }
  const pipelineMs = Math.max(...Object.values(exes).map((x) => x.stats.pipelineMs));
  return new LoadedBundle(run, handle, !device, exes, options.nonFinite, { loadMs: performance.now() - t0, pipelineMs, kernels: kernels.length });
}

/** saliency() / gradCam() of a bundle built without --explain (its runtime trimmed of them: features.ts); bundle-explain.ts says the same. */
function noExplain(m: Manifest): never {
  throw new RuntimeError('E_BUNDLE_ENTRY', `${m.name} was built without explanations: it has no saliency() or gradCam()`, { hint: 'rebuild the bundle with `dlc build --explain`' });
}

/** The file URLs `dlc build` writes at the top of index.js (bundle/file-urls.ts); unbundled (CLI, tests, dist/) there are none. */
function builtFiles(): BundleSource['files'] {
  return typeof __DLC_FILES__ === 'undefined' ? undefined : __DLC_FILES__;
}

const OPTION_KEYS = new Set(['nonFinite', 'baseUrl', 'device', 'adapter']);

/** Options are `{}` or name a known option; anything else is a device. Only `in` and own keys are read: a device is not touched. */
function isOptions(x: unknown): x is BundleLoadOptions {
  if (typeof x !== 'object' || x === null || 'createBuffer' in x) return false;
  const keys = Object.keys(x);
  return keys.length === 0 || keys.some((k) => OPTION_KEYS.has(k));
}

function checkLoadOptions(o: BundleLoadOptions): void {
  if (typeof o !== 'object' || o === null) throw new RuntimeError('E_LOAD_OPTIONS', `load()'s options must be an object, got ${o === null ? 'null' : typeof o}`);
  if (o.nonFinite !== undefined && o.nonFinite !== 'reject' && o.nonFinite !== 'allow') {
    throw new RuntimeError('E_LOAD_OPTIONS', `nonFinite must be 'reject' or 'allow', got ${clip(JSON.stringify(o.nonFinite) ?? String(o.nonFinite), 40)}`);
  }
  if (o.baseUrl !== undefined && typeof o.baseUrl !== 'string' && !(o.baseUrl instanceof URL)) throw new RuntimeError('E_LOAD_OPTIONS', 'baseUrl must be a string or a URL');
}

async function readManifest(base: BundleSource): Promise<Manifest> {
  const bytes = await readBundleFile(base, 'manifest.json', 'manifest');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new RuntimeError('E_BUNDLE_INVALID', `manifest.json is not valid JSON: ${clip(e instanceof Error ? e.message : String(e), 120)}`, { hint: 'rebuild the bundle with `dlc build`' });
  }
  return validateManifest(json);
}

/** A file the manifest names, with its exact length and SHA-256 checked before anything parses it. */
async function readChecked(base: BundleSource, f: { readonly path: string; readonly bytes: number; readonly sha256: string }, what: string): Promise<Uint8Array> {
  const bytes = await readBundleFile(base, f.path, what);
  if (bytes.length !== f.bytes) {
    const code = what === 'weights' ? 'E_BUNDLE_WEIGHTS' : 'E_BUNDLE_INVALID';
    throw new RuntimeError(code, `${f.path} is ${bytes.length} bytes but the manifest says ${f.bytes}${bytes.length < f.bytes ? ' (truncated?)' : ''}`, {
      hint: 'copy the bundle again, or rebuild it with `dlc build`',
    });
  }
  await verifyFile(f.path, bytes, f.sha256);
  return bytes;
}

/**
 * Train bundles load the training plan first and let predict bind its weight buffers (shareParams),
 * so predictions always see the latest trained weights without a copy. Pipelines compile in parallel.
 */
async function loadPlans(device: GPUDevice, m: Manifest, kernels: readonly PlanKernel[], weights: ReadonlyMap<string, WeightTensor>, exes: Record<string, Executable>): Promise<void> {
  const cache = new PipelineCache(device);
  const planOf = (name: string): Plan => ({ ...m.plans[name]!, kernels: m.plans[name]!.kernels.map((k) => kernels[k]!) });
  const trainName = m.entryPoints.trainStep?.plan;
  // Every plan's pipelines start compiling at once, the training plan's included (#20).
  cache.prefetch(kernels, Object.keys(m.plans).some((n) => usesStaticSteps(planOf(n))));
  if (trainName) {
    exes[trainName] = await loadPlan(device, planOf(trainName), { pipelineCache: cache });
    await exes[trainName]!.setParams(weightFeeds(exes[trainName]!, weights, m));
  }
  await Promise.all(Object.keys(m.plans).filter((n) => n !== trainName).map(async (name) => {
    const from = trainName ? exes[trainName] : undefined;
    const shared = from ? from.params.map((p) => p.name).filter((n) => n in m.plans[name]!.params || n in m.plans[name]!.states) : [];
    const exe = await loadPlan(device, planOf(name), { pipelineCache: cache, ...(from ? { shareParams: { from, names: shared } } : {}) });
    exes[name] = exe;
    await exe.setParams(weightFeeds(exe, weights, m));
  }));
}

/** Each param's stored tensor; packed bundles dequantise the weights an explain plan binds as f32 (bundle-precision.ts). */
function weightFeeds(exe: Executable, weights: ReadonlyMap<string, WeightTensor>, m: Manifest): Feeds {
  const data = (p: Executable['params'][number]): TensorData => {
    const t = weights.get(p.name)!.data;
    return (typeof __DLC_PACKED__ === 'undefined' || __DLC_PACKED__) && m.precision ? paramData(m, p, t) : t;
  };
  return Object.fromEntries(exe.params.map((p) => [p.name, data(p)]));
}

class LoadedBundle implements Bundle {
  readonly inputs: readonly InputSpec[];
  readonly outputs: readonly TensorSpec[];
  /** Training steps taken since load (the optimizer's `t` is this plus one). */
  private steps = 0;
  /**
   * Every GPU call of the bundle runs after the previous one settles: predict and trainStep share
   * weight buffers, and the step counter must follow call order. Inputs are captured before queueing.
   */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly manifest: Manifest,
    private readonly handle: DeviceHandle,
    private readonly ownsDevice: boolean,
    private readonly exes: Readonly<Record<string, Executable>>,
    private readonly nonFinite: NonFinitePolicy | undefined,
    readonly stats: Bundle['stats'],
  ) {
    this.inputs = manifest.entryPoints.predict!.inputs;
    this.outputs = manifest.entryPoints.predict!.outputs;
  }

  get device(): GPUDevice {
    return this.handle.device;
  }

  get adapter(): AdapterSummary {
    return this.handle.adapter;
  }

  /** Images (browsers) or texts (a text-column bundle) as the inputs' values, preprocessed as in training. */
  private features(ep: { inputs: readonly { name: string; shape: readonly number[]; dtype: string }[] }, raw: unknown): { named: unknown; rows: number | undefined } {
    const text = textFeeds(ep.inputs, raw, this.manifest.data?.text);
    if (text.rows !== undefined) return text;
    const rows = rowFeeds(ep.inputs, raw, this.manifest.data, this.manifest.name);
    return rows.rows === undefined ? imageFeeds(ep.inputs, raw, this.manifest.data) : rows;
  }

  predict(raw: Inputs | InputValue | ImageInput): Promise<Record<string, TensorData>> {
    return this.call(() => {
      const ep = this.entry('predict');
      // Image sources (browsers) become the input's pixels with the training preprocessing, at call time.
      const inputs = this.features(ep, raw).named as Inputs | InputValue;
      const named = this.isBareValue(ep, inputs) ? { [ep.inputs[0]!.name]: inputs as InputValue } : (inputs as Inputs);
      const feeds = toFeeds(ep.inputs, named, this.nonFinite);
      return () => this.exe(ep).run(feeds);
    });
  }

  async classify(raw: Inputs | InputValue | ImageInput, opts: { readonly topK?: number; readonly rows?: number } = {}): Promise<Classified> {
    const ep = this.entry('predict');
    const { named, rows } = this.features(ep, raw);
    const outputs = await this.predict(named as Inputs);
    const first = outputs[ep.outputs[0]!.name]!;
    const samples = labelRows(first as ArrayLike<number>, opts.rows ?? rows ?? this.manifest.batch, this.manifest.data?.classNames, opts.topK ?? 5);
    return { ...samples[0]!, samples, outputs };
  }

  trainStep(batch: Inputs, opts: TrainStepOptions = {}): Promise<Record<string, TensorData>> {
    // Trimmed runtimes (features.ts) have no training code; entry() gives an inference bundle's error.
    if (!(typeof __DLC_TRAINING__ === 'undefined' || __DLC_TRAINING__)) return this.call(() => { this.entry('trainStep'); throw new Error('unreachable'); });
    return this.call(() => {
      const ep = this.entry('trainStep');
      const t = this.manifest.training!;
      const exe = this.exe(ep);
      const rate = opts?.learningRate ?? t.learningRate;
      if (typeof rate !== 'number' || !Number.isFinite(rate)) throw new RuntimeError('E_FEED_TYPE', `trainStep's learningRate must be a finite number, got ${clip(String(rate), 40)}`);
      const feeds: Record<string, FeedData> = toFeeds(ep.inputs, batch, this.nonFinite);
      return async () => {
        feeds[t.rateInput] = [rate];
        feeds[t.stepInput] = [this.steps + 1];
        if (exe.inputs.some((i) => i.name === t.dropoutInput)) feeds[t.dropoutInput] = [this.steps >>> 0];
        const out = await exe.run(feeds, { read: ep.outputs.map((o) => o.name) });
        this.steps++;
        return out;
      };
    });
  }

  getWeights(): Promise<Record<string, TensorData>> {
    return this.call(() => () => this.primary().readParams());
  }

  setWeights(weights: Readonly<Record<string, FeedData>>): Promise<void> {
    return this.call(() => {
      if (typeof weights !== 'object' || weights === null) throw new RuntimeError('E_FEED_TYPE', 'setWeights takes an object of named arrays');
      const known = new Set(Object.values(this.exes).flatMap((x) => x.params.map((p) => p.name)));
      const unknown = Object.keys(weights).filter((n) => !known.has(n));
      if (unknown.length > 0) throw new RuntimeError('E_FEED_UNKNOWN', `${this.manifest.name} has no weight named ${unknown.map((n) => `'${clip(n, 60)}'`).join(', ')}`, { hint: `its weights are ${[...known].join(', ')}` });
      // Captured now: later changes to the caller's arrays do not reach the bundle.
      const copy = Object.fromEntries(Object.entries(weights).map(([n, v]) => [n, ArrayBuffer.isView(v) ? (v as unknown as StorageArray).slice() : Array.isArray(v) ? ([...v] as FeedData) : v]));
      return async () => {
        await Promise.all(Object.values(this.exes).map((x) => {
          const names = new Set(x.params.map((p) => p.name));
          return x.setParams(Object.fromEntries(Object.entries(copy).filter(([n]) => names.has(n))));
        }));
      };
    });
  }

  saliency(input: Inputs | InputValue | ImageInput, classIndex?: number, opts?: SaliencyOptions): Promise<SaliencyResult> {
    if (typeof __DLC_EXPLAIN__ === 'undefined' || __DLC_EXPLAIN__) return this.call(() => prepareSaliency(this.explainHost(), input, classIndex, opts));
    return this.call(() => noExplain(this.manifest));
  }

  gradCam(input: Inputs | InputValue | ImageInput, classIndex?: number, opts?: { readonly layer?: string }): Promise<GradCamResult> {
    if (typeof __DLC_EXPLAIN__ === 'undefined' || __DLC_EXPLAIN__) return this.call(() => prepareGradCam(this.explainHost(), input, classIndex, opts));
    return this.call(() => noExplain(this.manifest));
  }

  /** The explain entry points run through the same executables (train bundles: sharing the live weights). */
  private explainHost(): ExplainHost {
    return { manifest: this.manifest, nonFinite: this.nonFinite, run: (name, feeds) => this.exes[this.manifest.entryPoints[name]!.plan]!.run(feeds) };
  }

  /**
   * `prepare` runs at once (validation errors reject this call only, inputs are captured); the GPU work
   * it returns runs after every earlier call of this bundle has settled.
   */
  private call<T>(prepare: () => () => Promise<T>): Promise<T> {
    let work: () => Promise<T>;
    try {
      work = prepare();
    } catch (e) {
      return Promise.reject(e);
    }
    const p = this.tail.then(work);
    this.tail = p.catch(() => undefined);
    return p;
  }

  destroy(): void {
    for (const x of Object.values(this.exes)) x.destroy();
    if (this.ownsDevice) this.handle.destroy();
  }

  private entry(name: string): EntryPoint {
    const ep = this.manifest.entryPoints[name];
    if (!ep) throw new RuntimeError('E_BUNDLE_ENTRY', `this is an ${this.manifest.mode} bundle: it has no ${name}()`, { hint: 'build it with `dlc build --mode train` to train in the browser' });
    return ep;
  }

  private exe(ep: EntryPoint): Executable {
    return this.exes[ep.plan]!;
  }

  /** Train bundles read weights from the training plan: it holds the latest ones. */
  private primary(): Executable {
    return this.exes[this.manifest.entryPoints.trainStep?.plan ?? this.manifest.entryPoints.predict!.plan]!;
  }

  private isBareValue(ep: EntryPoint, v: unknown): boolean {
    if (ep.inputs.length !== 1 || typeof v !== 'object' || v === null) return false;
    if (Array.isArray(v) || ArrayBuffer.isView(v)) return true;
    return 'shape' in v && 'data' in v && !(ep.inputs[0]!.name in v);
  }
}
