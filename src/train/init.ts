/** @file Keras's weight initialisers (glorot/he uniform and normal, zeros, ones, orthogonal), drawn from the seeded RNG. */
import type { ParamInfo } from '../frontend/index.ts';
import { seededRandom } from '../data/dataset.ts';
import { rngHash } from '../ops/rng.ts';

/** Keras's truncated normal keeps draws within 2σ; this constant restores the intended variance. */
const TRUNCATED_STD = 0.87962566103423978;

/** fan_in, fan_out as Keras computes them: the receptive field (all axes but the last two) multiplies both. */
export function fans(shape: readonly number[]): [number, number] {
  if (shape.length === 0) return [1, 1];
  if (shape.length === 1) return [shape[0]!, shape[0]!];
  const rf = shape.slice(0, -2).reduce((a, b) => a * b, 1);
  return [shape[shape.length - 2]! * rf, shape[shape.length - 1]! * rf];
}

function normal(rand: () => number): number {
  // Box–Muller; 1 − u keeps the log's argument in (0, 1].
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

function truncatedNormal(rand: () => number): number {
  for (;;) {
    const z = normal(rand);
    if (Math.abs(z) <= 2) return z;
  }
}

/** Orthogonal rows/columns by Gram–Schmidt on a normal matrix [prod(shape[:-1]), shape[-1]] (Keras's QR method). */
function orthogonal(shape: readonly number[], rand: () => number): Float32Array {
  const cols = shape[shape.length - 1] ?? 1;
  const rows = shape.slice(0, -1).reduce((a, b) => a * b, 1);
  const [n, m] = rows < cols ? [cols, rows] : [rows, cols]; // orthonormalise the m vectors of length n
  const v = Array.from({ length: m }, () => Float64Array.from({ length: n }, () => normal(rand)));
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < i; j++) {
      let dot = 0;
      for (let k = 0; k < n; k++) dot += v[i]![k]! * v[j]![k]!;
      for (let k = 0; k < n; k++) v[i]![k]! -= dot * v[j]![k]!;
    }
    const norm = Math.hypot(...v[i]!);
    for (let k = 0; k < n; k++) v[i]![k]! /= norm || 1;
  }
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[r * cols + c] = rows < cols ? v[r]![c]! : v[c]![r]!;
  return out;
}

/** One param's initial value; each param has its own stream (seed, index), so adding a layer leaves the others' draws alone. */
export function initialValue(p: Pick<ParamInfo, 'shape' | 'init'>, seed: number, index: number): Float32Array {
  const n = p.shape.reduce((a, b) => a * b, 1);
  const rand = seededRandom(rngHash(seed, index, 0x1417));
  const [fanIn, fanOut] = fans(p.shape);
  switch (p.init) {
    case 'zeros':
      return new Float32Array(n);
    case 'ones':
      return new Float32Array(n).fill(1);
    case 'glorotUniform':
      return uniform(n, Math.sqrt(6 / (fanIn + fanOut)), rand);
    case 'heUniform':
      return uniform(n, Math.sqrt(6 / fanIn), rand);
    case 'glorotNormal':
      return Float32Array.from({ length: n }, () => (truncatedNormal(rand) * Math.sqrt(2 / (fanIn + fanOut))) / TRUNCATED_STD);
    case 'heNormal':
      return Float32Array.from({ length: n }, () => (truncatedNormal(rand) * Math.sqrt(2 / fanIn)) / TRUNCATED_STD);
    case 'orthogonal':
      return orthogonal(p.shape, rand);
  }
}

function uniform(n: number, limit: number, rand: () => number): Float32Array {
  return Float32Array.from({ length: n }, () => (2 * rand() - 1) * limit);
}

/** Every weight of a model (params and state) by name. */
export function initialWeights(params: readonly ParamInfo[], seed: number): Record<string, Float32Array> {
  return Object.fromEntries(params.map((p, i) => [p.name, initialValue(p, seed, i)]));
}
