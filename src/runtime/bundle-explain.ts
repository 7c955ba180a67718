/**
 * @file A bundle's saliency() and gradCam(): the explain entry points `dlc build --explain` adds,
 * fed and read exactly as `dlc saliency` does (explain-host.ts). The input is validated and copied
 * at call time; without a class the first run reads the scores and the top one is explained.
 */
import { toFeeds, type InputValue } from './bundle-inputs.ts';
import type { EntryPoint, Manifest, ManifestExplain, NonFinitePolicy, SaliencyMethod } from './bundle-types.ts';
import { clip, RuntimeError } from './errors.ts';
import { EXPLAIN_IO, gaussianNoise, resizeBilinear, topIndex, valueRange } from './explain-host.ts';
import type { FeedData, TensorData } from './feeds.ts';
import { imageFeeds } from './preprocess.ts';

export interface SaliencyOptions {
  /** gradient (default), smoothgrad or integrated: whichever the bundle was built with. */
  readonly method?: SaliencyMethod;
  /** SmoothGrad's σ as a fraction of the input's value range (default 0.15). */
  readonly noiseLevel?: number;
  /** SmoothGrad's noise seed (default 0). */
  readonly seed?: number;
  /** Integrated gradients' starting point, shaped like the input (default all zeros). */
  readonly baseline?: InputValue;
}

export interface SaliencyResult {
  /** d score[class] / d input (averaged for smoothgrad; × (x − baseline) for integrated), flat like one sample. */
  readonly saliency: Float32Array;
  /** The model's scores for the sample (logits when the explained score is the softmax's input). */
  readonly scores: Float32Array;
  readonly classIndex: number;
  readonly method: SaliencyMethod;
}

export interface GradCamResult {
  /** relu(Σ_c α_c A_c) at the layer's resolution, flat [h, w]. */
  readonly cam: Float32Array;
  /** The map bilinearly upsampled to the input's height × width, flat. */
  readonly map: Float32Array;
  readonly scores: Float32Array;
  readonly classIndex: number;
  readonly layer: string;
}

/** What the bundle lends: its manifest, its NaN policy and a run of one entry point (queued by the caller). */
export interface ExplainHost {
  readonly manifest: Manifest;
  readonly nonFinite: NonFinitePolicy | undefined;
  run(entry: string, feeds: Record<string, FeedData>): Promise<Record<string, TensorData>>;
}

const REBUILD = 'rebuild the bundle with `dlc build --explain`';

function section(m: Manifest): ManifestExplain {
  if (!m.explain) throw new RuntimeError('E_BUNDLE_ENTRY', `${m.name} was built without explanations: it has no saliency() or gradCam()`, { hint: REBUILD });
  return m.explain;
}

/** The manifest's explain section, checked against its entry points (called by validation when present). */
export function checkExplain(m: Manifest): void {
  const e = m.explain as unknown as Record<string, unknown>;
  const bad = (what: string): never => {
    throw new RuntimeError('E_BUNDLE_INVALID', `manifest.json: the explain section ${what}`, { hint: 'rebuild the bundle with `dlc build`; do not edit its files by hand' });
  };
  if (typeof e !== 'object' || e === null || !Number.isSafeInteger(e.classes) || !Array.isArray(e.sample) || typeof e.methods !== 'object' || e.methods === null) bad('is malformed');
  const entries = [...Object.values(e.methods as object), ...(e.gradCam ? [e.gradCam] : [])] as { entry?: unknown }[];
  for (const x of entries) if (typeof x?.entry !== 'string' || !Object.hasOwn(m.entryPoints, x.entry)) bad(`names an entry point that does not exist (${clip(String(x?.entry), 40)})`);
}

/** The sample as the explain program's `explain/x` feed: an image, a bare value, or `{ <input name>: value }`. */
function sampleFeed(host: ExplainHost, ep: EntryPoint, raw: unknown): Float32Array {
  const spec = ep.inputs.find((i) => i.name === EXPLAIN_IO.x)!;
  const name = host.manifest.entryPoints.predict!.inputs[0]!.name;
  const fromImage = imageFeeds([spec], raw, host.manifest.data).named;
  const named = typeof fromImage === 'object' && fromImage !== null && !Array.isArray(fromImage) && !ArrayBuffer.isView(fromImage) && (name in fromImage || EXPLAIN_IO.x in fromImage) && !('data' in fromImage && 'shape' in fromImage)
    ? { [EXPLAIN_IO.x]: (fromImage as Record<string, InputValue>)[EXPLAIN_IO.x] ?? (fromImage as Record<string, InputValue>)[name]! }
    : { [EXPLAIN_IO.x]: fromImage as InputValue };
  return toFeeds([spec], named, host.nonFinite)[EXPLAIN_IO.x] as Float32Array;
}

function checkClass(e: ManifestExplain, k: number | undefined): void {
  if (k === undefined) return;
  if (!Number.isInteger(k) || k < 0 || k >= e.classes) throw new RuntimeError('E_EXPLAIN_CLASS', `class ${clip(String(k), 20)} is out of range: the model has ${e.classes} outputs (0..${e.classes - 1})`);
}

const onehot = (n: number, k: number | undefined): Float32Array => {
  const v = new Float32Array(n);
  if (k !== undefined) v[k] = 1;
  return v;
};

/** Runs `entry` with the class one-hot; without a class, once more after picking the top score. */
async function withClass(host: ExplainHost, e: ManifestExplain, entry: string, feeds: Record<string, FeedData>, k: number | undefined) {
  const cls = k ?? topIndex((await host.run(entry, { ...feeds, [EXPLAIN_IO.cls]: onehot(e.classes, undefined) }))[EXPLAIN_IO.scores]!);
  const out = await host.run(entry, { ...feeds, [EXPLAIN_IO.cls]: onehot(e.classes, cls) });
  return { out, cls };
}

/** Validates now; returns the GPU work (run after earlier calls settle). */
export function prepareSaliency(host: ExplainHost, raw: unknown, classIndex: number | undefined, opts: SaliencyOptions = {}): () => Promise<SaliencyResult> {
  const e = section(host.manifest);
  const method = opts.method ?? 'gradient';
  const m = e.methods[method];
  if (!m) throw new RuntimeError('E_BUNDLE_ENTRY', `this bundle has no '${clip(String(method), 30)}' saliency; it was built with ${Object.keys(e.methods).join(', ')}`, { hint: REBUILD });
  checkClass(e, classIndex);
  const ep = host.manifest.entryPoints[m.entry]!;
  const x = sampleFeed(host, ep, raw);
  const feeds: Record<string, FeedData> = { [EXPLAIN_IO.x]: x };
  if (method === 'smoothgrad') {
    const level = opts.noiseLevel ?? 0.15;
    if (typeof level !== 'number' || !(level >= 0)) throw new RuntimeError('E_FEED_TYPE', `noiseLevel must be a number ≥ 0, got ${clip(String(level), 30)}`);
    feeds[EXPLAIN_IO.noise] = gaussianNoise(m.samples * x.length, level * valueRange(x), opts.seed ?? 0);
  }
  if (method === 'integrated') {
    const spec = ep.inputs.find((i) => i.name === EXPLAIN_IO.baseline)!;
    feeds[EXPLAIN_IO.baseline] = opts.baseline === undefined ? new Float32Array(x.length) : toFeeds([spec], { [spec.name]: opts.baseline }, host.nonFinite)[spec.name]!;
  }
  return async () => {
    const { out, cls } = await withClass(host, e, m.entry, feeds, classIndex);
    return { saliency: Float32Array.from(out[EXPLAIN_IO.saliency]!), scores: Float32Array.from(out[EXPLAIN_IO.scores]!), classIndex: cls, method };
  };
}

export function prepareGradCam(host: ExplainHost, raw: unknown, classIndex: number | undefined, opts: { readonly layer?: string } = {}): () => Promise<GradCamResult> {
  const e = section(host.manifest);
  const g = e.gradCam;
  if (!g) throw new RuntimeError('E_BUNDLE_ENTRY', `${host.manifest.name} has no Grad-CAM: it has no layer with an [H, W, C] output`);
  if (opts.layer !== undefined && opts.layer !== g.layer) throw new RuntimeError('E_EXPLAIN_LAYER', `this bundle's Grad-CAM is at layer '${g.layer}', not '${clip(String(opts.layer), 60)}'`, { hint: 'rebuild it with `dlc build --explain --gradcam-layer <name>`' });
  checkClass(e, classIndex);
  const x = sampleFeed(host, host.manifest.entryPoints[g.entry]!, raw);
  return async () => {
    const { out, cls } = await withClass(host, e, g.entry, { [EXPLAIN_IO.x]: x }, classIndex);
    const cam = Float32Array.from(out[EXPLAIN_IO.gradcam]!);
    const map = resizeBilinear(cam, g.activation[0]!, g.activation[1]!, e.sample[0]!, e.sample.length > 1 ? e.sample[1]! : 1);
    return { cam, map, scores: Float32Array.from(out[EXPLAIN_IO.scores]!), classIndex: cls, layer: g.layer };
  };
}
