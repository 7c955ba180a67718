/**
 * @file Bundles with packed (f16 / int8) weights: the manifest's `precision` section checked against
 * the weights list and the plans (a wrong scale count is a clear error, not a misread kernel), and
 * the plan variant chosen at load from the device's features.
 */
import { clip, RuntimeError } from './errors.ts';
import { MANIFEST_VERSION, MANIFEST_VERSION_PACKED, type Manifest, type PackedWeightSpec } from './bundle-types.ts';

/** Device features a variant may be keyed by (a bundle asks for these when it acquires a device). */
export const VARIANT_FEATURES = ['shader-f16'] as const;

const REBUILD = 'rebuild the bundle with `dlc build`; do not edit its files by hand';

function invalid(message: string): never {
  throw new RuntimeError('E_BUNDLE_INVALID', `manifest.json: ${message}`, { hint: REBUILD });
}

/** The schema version a manifest with (or without) packed weights must carry. */
export function versionFor(json: { precision?: unknown }): number {
  return json.precision === undefined ? MANIFEST_VERSION : MANIFEST_VERSION_PACKED;
}

/** u32 words a packed weight occupies: f16 two per word; int8 four per word plus one per scale. */
export function packedWords(p: Pick<PackedWeightSpec, 'format' | 'shape' | 'scales'>): number {
  const n = p.shape.reduce((a, d) => a * d, 1);
  return p.format === 'f16' ? Math.ceil(n / 2) : Math.ceil(n / 4) + p.scales;
}

export function checkPrecision(m: Manifest): void {
  const pr = m.precision;
  if (pr === undefined) return;
  if (typeof pr !== 'object' || pr === null || (pr.weights !== 'f16' && pr.weights !== 'int8') || !Array.isArray(pr.packed)) invalid('precision must name its weight format ("f16" or "int8") and list the packed weights');
  const tensors = new Map(m.weights.tensors.map((t) => [t.name, t]));
  const seen = new Set<string>();
  for (const p of pr.packed) {
    checkPacked(p, pr.weights);
    if (seen.has(p.name)) invalid(`packed weight '${clip(p.name, 60)}' is listed twice`);
    seen.add(p.name);
    const t = tensors.get(p.name);
    const words = packedWords(p);
    if (!t || t.dtype !== 'u32' || t.shape.length !== 1 || t.shape[0] !== words) {
      const has = t ? `${t.dtype}[${t.shape.join(',')}]` : 'missing';
      invalid(`packed weight '${clip(p.name, 60)}' (${p.format} [${p.shape.join(',')}]${p.format === 'int8' ? ` with ${p.scales} scales` : ''}) needs a u32[${words}] tensor, but the weights list has ${has}`);
    }
  }
  for (const [name, plan] of Object.entries(m.plans)) {
    for (const [w, i] of Object.entries(plan.params)) {
      const b = plan.buffers[i];
      if (b && b.dtype === 'u32' && tensors.get(w)?.dtype === 'u32' && !seen.has(w)) invalid(`plan '${clip(name, 60)}' binds u32 weight '${clip(w, 60)}', which precision.packed does not describe`);
    }
  }
  checkVariants(m);
}

function checkPacked(p: PackedWeightSpec, format: 'f16' | 'int8'): void {
  const ok = typeof p === 'object' && p !== null && typeof p.name === 'string' && p.format === format && Array.isArray(p.shape) && p.shape.length >= 1 && p.shape.length <= 16 && p.shape.every((d) => Number.isSafeInteger(d) && d > 0);
  if (!ok) invalid(`a packed weight entry is malformed (name, format "${format}", shape): ${clip(JSON.stringify(p) ?? String(p), 100)}`);
  const channels = p.shape[p.shape.length - 1]!;
  const want = format === 'int8' ? channels : 0;
  if (p.scales !== want) {
    invalid(format === 'int8'
      ? `int8 weight '${clip(p.name, 60)}' [${p.shape.join(',')}] needs ${want} scales (one per output channel, its last axis) but lists ${clip(JSON.stringify(p.scales) ?? 'none', 20)}`
      : `f16 weight '${clip(p.name, 60)}' has scales ${clip(JSON.stringify(p.scales) ?? 'none', 20)}; f16 weights have none (0)`);
  }
}

function checkVariants(m: Manifest): void {
  const v = m.precision!.variants;
  if (v === undefined) return;
  if (typeof v !== 'object' || v === null) invalid('precision.variants must be an object');
  for (const [feature, map] of Object.entries(v)) {
    if (!(VARIANT_FEATURES as readonly string[]).includes(feature)) invalid(`precision.variants names feature '${clip(feature, 40)}'; this runtime knows ${VARIANT_FEATURES.join(', ')}`);
    if (typeof map !== 'object' || map === null) invalid(`precision.variants['${feature}'] must map entry points to plans`);
    for (const [entry, plan] of Object.entries(map)) {
      const ep = Object.hasOwn(m.entryPoints, entry) ? m.entryPoints[entry] : undefined;
      const target = typeof plan === 'string' && Object.hasOwn(m.plans, plan) ? m.plans[plan] : undefined;
      if (!ep || !target) invalid(`precision.variants['${feature}'] maps '${clip(entry, 40)}' to '${clip(String(plan), 40)}': entry point or plan missing`);
      const same = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean =>
        Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([n, i]) => Object.hasOwn(b, n) && sameBuffer(m, ep.plan, i, plan, b[n]!));
      const base = m.plans[ep.plan]!;
      if (!same(base.inputs, target.inputs) || !same(base.outputs, target.outputs) || !same(base.params, target.params)) {
        invalid(`precision.variants['${feature}'] plan '${clip(plan, 40)}' does not have the inputs, outputs and weights of '${clip(ep.plan, 40)}'`);
      }
    }
  }
}

function sameBuffer(m: Manifest, pa: string, ia: number, pb: string, ib: number): boolean {
  const a = m.plans[pa]!.buffers[ia];
  const b = m.plans[pb]!.buffers[ib];
  return !!a && !!b && a.dtype === b.dtype && a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i]);
}

/**
 * The manifest as this device runs it: each entry point whose variant's feature the device has
 * points at the variant plan, and only the plans some entry point runs are kept (so a plan the
 * device cannot compile is never loaded).
 */
export function selectVariant(m: Manifest, features: { has(f: string): boolean }): Manifest {
  if (!m.precision) return m;
  const entryPoints = { ...m.entryPoints };
  for (const [feature, map] of Object.entries(m.precision.variants ?? {})) {
    if (!features.has(feature)) continue;
    for (const [entry, plan] of Object.entries(map)) entryPoints[entry] = { ...entryPoints[entry]!, plan };
  }
  const used = new Set(Object.values(entryPoints).map((e) => e.plan));
  const plans = Object.fromEntries(Object.entries(m.plans).filter(([n]) => used.has(n)));
  return { ...m, entryPoints, plans };
}
