/** @file Keras `adapt` for `normalization` layers: the training split's per-feature mean and variance, as the layer's state. */
import type { CompiledModel } from '../frontend/index.ts';
import { featureBytes, forEachChunk, type Split } from '../data/dataset.ts';

/**
 * `<layer>.mean` and `<layer>.variance` (population variance, as Keras) of every normalization
 * layer, over all training samples and positions of the input's last axis.
 */
export function adaptedWeights(model: CompiledModel, split: Split): Record<string, Float32Array> {
  const out: Record<string, Float32Array> = {};
  for (const row of model.layers.filter((l) => l.type === 'Normalization')) {
    const mean = model.params.find((p) => p.name === `${row.name}.mean`)!;
    const f = mean.shape[0]!;
    const values = featureBytes(split) / 4;
    if (split.n === 0 || values % f !== 0) throw new Error(`${row.name} normalizes ${f} features, but training samples have ${values / Math.max(split.n, 1)} values; put it first, on the model input`);
    const [m, v] = meanVariance(split, values / split.n, f);
    out[`${row.name}.mean`] = m;
    out[`${row.name}.variance`] = v;
  }
  return out;
}

/** Per-feature mean and variance of rows of `f` values, in float64: two passes, a chunk of samples at a time (a streamed split is read twice). */
function meanVariance(split: Split, xSize: number, f: number): [Float32Array, Float32Array] {
  const rows = (split.n * xSize) / f;
  const s = new Float64Array(f);
  const s2 = new Float64Array(f);
  const CHUNK = 1024;
  forEachChunk(split, xSize, CHUNK, (x) => {
    for (let i = 0; i < x.length; i++) s[i % f] = s[i % f]! + x[i]!;
  });
  for (let j = 0; j < f; j++) s[j] = s[j]! / rows;
  forEachChunk(split, xSize, CHUNK, (x) => {
    for (let i = 0; i < x.length; i++) s2[i % f] = s2[i % f]! + (x[i]! - s[i % f]!) ** 2;
  });
  return [Float32Array.from(s), Float32Array.from(s2, (v) => v / rows)];
}
