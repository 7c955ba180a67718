/**
 * @file Inference bundles with packed weights: `--precision f16` compiles the predict plan twice —
 * `predict` unpacks two halves per u32 word (any device), `predict_f16` binds the same bytes as
 * array<f16> (devices with `shader-f16`); the runtime picks at load (runtime/bundle-precision.ts).
 * Both f16 plans store their activations (temporaries) as halves too (codegen/plan-half.ts).
 * `--quantize int8` compiles one plan that dequantises per-channel int8 inside the matmul/conv kernels.
 * Both variants live in the bundle (the runtime ships no compiler). Accumulation is f32 everywhere.
 * With `--explain` the explain plans (which differentiate the model, so bind f32 weights) read the
 * same packed tensors, dequantised by the runtime at load; their other large weights (a conv kernel
 * before batch norm, which predict reads folded) are packed too, so no f32 matrix is shipped.
 */
import { compileInference, type InferenceProgram } from '../compile.ts';
import type { KernelTarget } from '../codegen/target.ts';
import type { WeightEncoding, WeightFormat } from '../codegen/weight-format.ts';
import type { CompiledModel } from '../frontend/index.ts';
import type { ManifestPrecision, PackedWeightSpec } from '../runtime/bundle-types.ts';
import type { EntrySource } from './manifest.ts';
import { packWeight } from './quantize.ts';
import { weightFormat } from '../codegen/weight-format.ts';
import type { TrainEntries } from './train.ts';
import { inferenceWeights, type WeightMap } from './weights.ts';

/** `dlc build`'s weight storage: f32 (default), f16, or int8. */
export type WeightStorage = 'f32' | 'f16' | 'int8';

/** The plan name of the shader-f16 variant of predict. */
export const F16_PLAN = 'predict_f16';

export interface PackedEntries extends TrainEntries {
  readonly precision: ManifestPrecision;
}

export function packedInferenceEntries(model: CompiledModel, raw: WeightMap, batch: number, storage: 'f16' | 'int8', target?: KernelTarget): PackedEntries {
  const compile = (weights: WeightEncoding): InferenceProgram => compileInference(model, { batch, weights, ...(target ? { target } : {}) });
  // f16 stores activations (temporaries) as halves too: plan-half.ts; int8 keeps f32 activations.
  const portable = compile(storage === 'f16' ? { kind: 'f16', activations: true } : { kind: storage });
  const packed = portable.compiled!.packed;
  const entries: EntrySource[] = [{ name: 'predict', plan: portable.plan! }];
  const variants: Record<string, Record<string, string>> = {};
  if (storage === 'f16') {
    const native = compile({ kind: 'f16', nativeF16: true, activations: true });
    entries.push({ name: 'predict', plan: native.plan!, planName: F16_PLAN });
    variants['shader-f16'] = { predict: F16_PLAN };
  }
  const weights = packWeights(inferenceWeights(portable.graph, portable.prepare, raw), packed);
  const specs: PackedWeightSpec[] = [...packed].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, f]) => ({ name, format: f.kind, shape: [...f.shape], scales: f.channels }));
  const precision: ManifestPrecision = { weights: storage, packed: specs, ...(storage === 'f16' ? { variants, activations: 'f16' as const } : {}) };
  return { entries, weights, batch, graphs: [portable.graph], training: undefined, precision };
}

/** The f32 weights with each packed one replaced by its u32 words (what its kernels read). */
export function packWeights(weights: WeightMap, packed: ReadonlyMap<string, WeightFormat>): WeightMap {
  const out: WeightMap = new Map(weights);
  for (const [name, f] of packed) {
    const t = weights.get(name)!;
    out.set(name, { dtype: 'u32', shape: [f.words], data: packWeight(f, t.data as Float32Array) });
  }
  return out;
}

/**
 * Adds the explain plans' weights to a packed bundle's: one predict already packs is shared (the
 * runtime dequantises it for the explain plans); another of rank >= 2 is packed in the bundle's
 * format; the rest (biases, batch-norm vectors) stay f32. Returns the precision section with the
 * newly packed ones listed.
 */
export function addExplainWeights(weights: WeightMap, precision: ManifestPrecision, explain: WeightMap): ManifestPrecision {
  const packed = [...precision.packed];
  for (const [name, t] of explain) {
    if (weights.has(name)) continue;
    if (t.dtype !== 'f32' || t.shape.length < 2) {
      weights.set(name, t);
      continue;
    }
    const f = weightFormat(precision.weights, t.shape);
    weights.set(name, { dtype: 'u32', shape: [f.words], data: packWeight(f, t.data as Float32Array) });
    packed.push({ name, format: f.kind, shape: [...f.shape], scales: f.channels });
  }
  packed.sort((a, b) => (a.name < b.name ? -1 : 1));
  return { ...precision, packed };
}

/** A plan's GPU memory in bytes: its temporaries (activations) and all its buffers (as allocated, ≥ 4 each). */
export function planBytes(plan: { readonly buffers: readonly { readonly size: number; readonly role: string }[] }): { activations: number; total: number } {
  const size = (b: { size: number }): number => Math.max(4, b.size);
  return { activations: plan.buffers.filter((b) => b.role === 'temp').reduce((s, b) => s + size(b), 0), total: plan.buffers.reduce((s, b) => s + size(b), 0) };
}
