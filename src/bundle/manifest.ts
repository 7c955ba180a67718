/**
 * @file Plans → manifest.json and kernel files: kernels shared across plans are written once, and
 * each kernel is mapped back to the model lines it computes (the bundle's source map).
 */
import { createHash } from 'node:crypto';
import type { EntryPoint, InputSpec, Manifest, ManifestExplain, ManifestKernel, ManifestTuning, ManifestPlan, ManifestTraining, NonFinitePolicy, TensorSpec } from '../runtime/bundle-types.ts';
import { MANIFEST_FORMAT, MANIFEST_VERSION, MANIFEST_VERSION_PACKED, type ManifestPrecision } from '../runtime/bundle-types.ts';
import type { DataInfo } from '../runtime/preprocess.ts';
import type { Plan, PlanBuffer } from '../runtime/plan-types.ts';

export interface EntrySource {
  /** predict, trainStep, or an explain entry point (saliency, smoothgrad, integrated, gradCam). */
  readonly name: string;
  readonly plan: Plan;
  /** Inputs the runtime fills itself (optimizer step and rate) are left out of the entry point. */
  readonly hiddenInputs?: readonly string[];
  /** A variant of entry point `name` stored under this plan name (precision.variants say when it runs); no entry point of its own. */
  readonly planName?: string;
}

export interface ManifestHeader {
  readonly name: string;
  readonly mode: Manifest['mode'];
  readonly batch: number;
  readonly source: string;
  readonly nonFinite: NonFinitePolicy;
  readonly weights: Manifest['weights'];
  readonly training?: ManifestTraining | undefined;
  /** Class names and preprocessing of the training data, when the weights came from a checkpoint that has them. */
  readonly data?: DataInfo | undefined;
  /** `dlc build --explain`: what saliency() and gradCam() read. */
  readonly explain?: ManifestExplain | undefined;
  /** `dlc build --tune`/`--tuned`: the table the kernels were chosen by. */
  readonly tuning?: ManifestTuning | undefined;
  /** Rewrites a source path as the compiler printed it (cwd-relative or absolute) into a bundle-safe one. */
  readonly relink: (text: string) => string;
  /** Packed (f16 / int8) weights and their plan variants; the manifest is then schema version 3. */
  readonly precision?: ManifestPrecision | undefined;
}

export interface ManifestResult {
  readonly manifest: Manifest;
  /** Bundle-relative path → file text (the kernels). */
  readonly files: ReadonlyMap<string, string>;
}

const utf8 = new TextEncoder();

export function buildManifest(h: ManifestHeader, entries: readonly EntrySource[]): ManifestResult {
  const kernels: ManifestKernel[] = [];
  const files = new Map<string, string>();
  const byCode = new Map<string, number>();
  const plans: Record<string, ManifestPlan> = {};
  const entryPoints: Record<string, EntryPoint> = {};
  for (const e of entries) {
    const sources = kernelSources(e.plan, h.relink);
    const indices = e.plan.kernels.map((k, i) => {
      const code = h.relink(k.code);
      let at = byCode.get(code);
      if (at === undefined) {
        at = kernels.length;
        const path = `kernels/${String(at).padStart(3, '0')}-${opOf(code)}.wgsl`;
        byCode.set(code, at);
        files.set(path, code);
        const bytes = utf8.encode(code);
        kernels.push({ path, bytes: bytes.length, sha256: sha256Hex(bytes), entry: k.entry, bindings: [...k.bindings], ...(k.step ? { step: true } : {}), bindingBytes: k.bindings.map(() => Infinity), sources: [] });
      }
      const merged = new Set([...kernels[at]!.sources, ...(sources[i] ?? [])]);
      kernels[at] = { ...kernels[at]!, sources: [...merged] };
      return at;
    });
    // Each binding needs at least the bytes of the value it reads or writes; every buffer bound there
    // holds at least that, so the smallest one bound (over every dispatch of every plan) is a bound
    // the runtime checks a plan against (`bindingBytes`), whatever the memory planner shared.
    for (const d of e.plan.dispatches) {
      const k = kernels[indices[d.kernel]!]!;
      const need = k.bindingBytes.map((n, i) => Math.min(n, e.plan.buffers[d.bindings[i]!]!.size));
      kernels[indices[d.kernel]!] = { ...k, bindingBytes: need };
    }
    const dispatches = e.plan.dispatches.map((d) => ({ ...d, label: h.relink(d.label) }));
    plans[e.planName ?? e.name] = { ...e.plan, kernels: indices, dispatches };
    if (e.planName === undefined) entryPoints[e.name] = entryPoint(e, h.nonFinite);
  }
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    version: h.precision ? MANIFEST_VERSION_PACKED : MANIFEST_VERSION,
    name: h.name,
    mode: h.mode,
    batch: h.batch,
    source: h.source,
    entryPoints,
    weights: h.weights,
    kernels: kernels.map((k) => ({ ...k, bindingBytes: k.bindingBytes.map((n) => (Number.isFinite(n) ? n : 0)) })),
    plans,
    ...(h.training ? { training: h.training } : {}),
    ...(h.data ? { data: h.data } : {}),
    ...(h.precision ? { precision: h.precision } : {}),
    ...(h.explain ? { explain: h.explain } : {}),
    ...(h.tuning ? { tuning: h.tuning } : {}),
  };
  return { manifest, files };
}

/** Lower-case hex SHA-256, what the runtime's WebCrypto check compares against. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function entryPoint(e: EntrySource, nonFinite: NonFinitePolicy): EntryPoint {
  const spec = (name: string, b: PlanBuffer): TensorSpec => ({ name, dtype: b.dtype, shape: [...b.shape] });
  const hidden = new Set(e.hiddenInputs ?? []);
  const inputs: InputSpec[] = Object.entries(e.plan.inputs)
    .filter(([n]) => !hidden.has(n))
    .map(([n, i]) => ({ ...spec(n, e.plan.buffers[i]!), nonFinite }));
  const outputs = Object.entries(e.plan.outputs)
    .filter(([n]) => !n.startsWith('update/'))
    .map(([n, i]) => spec(n, e.plan.buffers[i]!));
  return { plan: e.name, inputs, outputs };
}

/** `file:line:col` of every dispatch of each kernel, read from the labels (`op %name (file:line:col)`). */
function kernelSources(plan: Plan, relink: (s: string) => string): string[][] {
  const out: string[][] = plan.kernels.map(() => []);
  for (const d of plan.dispatches) {
    const m = /\(([^()]*:\d+:\d+)\)\s*$/.exec(d.label);
    if (m) out[d.kernel]?.push(relink(m[1]!));
  }
  return out.map((s) => [...new Set(s)]);
}

/** The op named in the kernel's header comment (`// dlc kernel: matmul %0 (…)`), for readable file names. */
function opOf(code: string): string {
  const m = /^\/\/\s*dlc kernel:\s*([a-z0-9_]+)/.exec(code);
  return m ? m[1]! : 'kernel';
}
