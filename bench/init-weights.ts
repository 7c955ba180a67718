/**
 * @file Seeded initial weights from dlc's param list (Keras's initialiser formulas), so dlc and every
 * TF.js peer start a benchmark from the very same numbers. Timing does not depend on the values.
 */
import type { CompiledModel, ParamInfo } from '../src/frontend/index.ts';
import { seededRandom } from '../src/data/dataset.ts';
import { initialValue } from '../src/train/init.ts';

export type Weights = ReadonlyMap<string, Float32Array>;

/** Keras's fans: a dense kernel [in, out]; a conv kernel [kh, kw, in, out] scales both by kh·kw. */
function fans(shape: readonly number[]): [number, number] {
  if (shape.length < 2) return [shape[0] ?? 1, shape[0] ?? 1];
  const receptive = shape.slice(0, -2).reduce((a, b) => a * b, 1);
  return [shape.at(-2)! * receptive, shape.at(-1)! * receptive];
}

/** Box–Muller normal, redrawn beyond 2σ (Keras's truncated normal). */
function truncatedNormal(rand: () => number): number {
  for (;;) {
    const z = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    if (Math.abs(z) <= 2) return z;
  }
}

/** Rows of a [rows, cols] matrix made orthonormal by Gram–Schmidt (the smaller side is orthonormal). */
function orthogonal(rows: number, cols: number, rand: () => number): Float32Array {
  const [n, m] = rows >= cols ? [cols, rows] : [rows, cols];
  const vecs = Array.from({ length: n }, () => Float64Array.from({ length: m }, () => truncatedNormal(rand)));
  vecs.forEach((v, i) => {
    for (let j = 0; j < i; j++) {
      const u = vecs[j]!;
      const dot = v.reduce((s, x, k) => s + x * u[k]!, 0);
      for (let k = 0; k < m; k++) v[k]! -= dot * u[k]!;
    }
    const norm = Math.hypot(...v) || 1;
    for (let k = 0; k < m; k++) v[k]! /= norm;
  });
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[r * cols + c] = rows >= cols ? vecs[c]![r]! : vecs[r]![c]!;
  return out;
}

function initialValues(p: ParamInfo, rand: () => number): Float32Array {
  const n = p.shape.reduce((a, b) => a * b, 1);
  const [fanIn, fanOut] = fans(p.shape);
  const uniform = (limit: number): Float32Array => Float32Array.from({ length: n }, () => (2 * rand() - 1) * limit);
  const normal = (std: number): Float32Array => Float32Array.from({ length: n }, () => truncatedNormal(rand) * std);
  switch (p.init) {
    case 'zeros': return new Float32Array(n);
    case 'ones': return new Float32Array(n).fill(1);
    case 'glorotUniform': return uniform(Math.sqrt(6 / (fanIn + fanOut)));
    case 'glorotNormal': return normal(Math.sqrt(2 / (fanIn + fanOut)));
    case 'heUniform': return uniform(Math.sqrt(6 / fanIn));
    case 'heNormal': return normal(Math.sqrt(2 / fanIn));
    case 'orthogonal': return orthogonal(n / p.shape.at(-1)!, p.shape.at(-1)!, rand);
    // Initializers with options and literal weights: the compiler's own definition, on a stream drawn from this one.
    default: return initialValue(p, Math.floor(rand() * 2 ** 32), 0);
  }
}

/** Every param and state of the model, by dlc name, from one seed. */
export function initialWeights(model: CompiledModel, seed = 1): Weights {
  const rand = seededRandom(seed);
  return new Map(model.params.map((p) => [p.name, initialValues(p, rand)] as const));
}

/** Uniform [0, 1) data of `n` elements (images, features, regression targets). */
export function randomData(n: number, seed: number): Float32Array {
  const rand = seededRandom(seed);
  return Float32Array.from({ length: n }, rand);
}

/** `batch` one-hot rows of `classes` columns with seeded random labels. */
export function randomOneHot(batch: number, classes: number, seed: number): Float32Array {
  const rand = seededRandom(seed);
  const out = new Float32Array(batch * classes);
  for (let i = 0; i < batch; i++) out[i * classes + Math.floor(rand() * classes)] = 1;
  return out;
}
