/**
 * @file Bundles with packed (f16 / int8) weights: the manifest's `precision` section checked against
 * the weights list and the plans (a wrong scale count is a clear error, not a misread kernel), and
 * the plan variant chosen at load from the device's features.
 */
import { clip, RuntimeError } from './errors.ts';
import { MANIFEST_VERSION, MANIFEST_VERSION_PACKED, type Manifest, type PackedWeightSpec } from './bundle-types.ts';
import type { TensorData } from './feeds.ts';
import { unpackWords } from './packed-weights.ts';

/** Device features a variant may be keyed by (a bundle asks for these when it acquires a device). */
export const VARIANT_FEATURES = ['shader-f16'] as const;

function invalid(message: string): never {
  throw new RuntimeError('E_BUNDLE_INVALID', `manifest.json: ${message}`, { hint: 'rebuild the bundle with `dlc build`' });
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
  if ((pr?.weights !== 'f16' && pr?.weights !== 'int8') || !Array.isArray(pr.packed)) invalid('malformed precision');
  const tensors = new Map(m.weights.tensors.map((t) => [t.name, t]));
  for (const p of pr.packed) {
    // A shape that is not a list of positive integers gives no word count the tensor can match.
    if (typeof p?.name !== 'string' || p.format !== pr.weights || !Array.isArray(p.shape) || !p.shape.length) invalid('malformed packed weight');
    const want = p.format === 'int8' ? p.shape[p.shape.length - 1]! : 0;
    if (p.scales !== want) invalid(`${p.format} weight '${p.name}' [${p.shape}] needs ${want} scales (one per output channel), not ${clip(String(p.scales), 20)}`);
    const t = tensors.get(p.name);
    const words = packedWords(p);
    if (t?.dtype !== 'u32' || t.shape.length !== 1 || t.shape[0] !== words) invalid(`packed weight '${p.name}' needs a u32[${words}] tensor, not ${t ? `${t.dtype}[${t.shape}]` : 'none'}`);
  }
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
    // A variant naming a plan or entry point the bundle lacks is ignored: the portable plan runs.
    for (const [entry, plan] of Object.entries(map)) if (Object.hasOwn(m.plans, plan) && entryPoints[entry]) entryPoints[entry] = { ...entryPoints[entry], plan };
  }
  const used = new Set(Object.values(entryPoints).map((e) => e.plan));
  const plans = Object.fromEntries(Object.entries(m.plans).filter(([n]) => used.has(n)));
  return { ...m, entryPoints, plans };
}

/**
 * The packed weight a plan reads as f32 (an explain plan of a packed bundle: it differentiates the
 * model, so it binds plain f32 weights), when `name` is packed and the plan's buffer has its shape.
 */
export function packedReadAsF32(m: Manifest, name: string, buffer: { readonly dtype: string; readonly shape: readonly number[] }): PackedWeightSpec | undefined {
  if (buffer.dtype !== 'f32') return undefined;
  const p = m.precision?.packed.find((x) => x.name === name);
  return p && p.shape.length === buffer.shape.length && p.shape.every((d, i) => d === buffer.shape[i]) ? p : undefined;
}

/** A plan param's data: the tensor as stored, or a packed one dequantised to the f32 the plan binds. */
export function paramData(m: Manifest, param: { readonly name: string; readonly dtype: string; readonly shape: readonly number[] }, stored: TensorData): TensorData {
  const p = packedReadAsF32(m, param.name, param);
  if (!p || !(stored instanceof Uint32Array)) return stored;
  return unpackWords(p.format, p.shape.reduce((a, d) => a * d, 1), p.scales, stored);
}
