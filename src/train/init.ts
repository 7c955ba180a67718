/**
 * @file Keras's weight initialisers (glorot/he/lecun uniform and normal, zeros, ones, orthogonal, random normal/uniform,
 * truncated normal, constant, variance scaling, identity, literal weights), drawn from the seeded RNG.
 */
import type { ParamInfo } from '../frontend/index.ts';
import { seededRandom } from '../data/dataset.ts';
import { rngHash } from '../ops/rng.ts';
import { initSpec } from '../frontend/initializers.ts';
import type { InitSpec } from '../frontend/layers/layer-def.ts';

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
  // An initializer's own seed (Keras `glorotUniform({ seed: 42 })`) replaces the run's stream: same seed, same weights.
  const own = typeof p.init === 'object' && 'seed' in p.init ? p.init.seed : undefined;
  const rand = seededRandom(own === undefined ? rngHash(seed, index, 0x1417) : rngHash(own, 0x5eed, 0x1417));
  const [fanIn, fanOut] = fans(p.shape);
  const spec = initSpec(p.init);
  const init = typeof spec === 'object' && spec.kind === 'seeded' ? spec.name : spec;
  switch (init) {
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
    default:
      return fromSpec(init, p.shape, n, fanIn, fanOut, rand);
  }
}

/** A parameterised initializer (Keras semantics: truncatedNormal redraws beyond 2σ without rescaling; varianceScaling rescales). */
function fromSpec(s: InitSpec, shape: readonly number[], n: number, fanIn: number, fanOut: number, rand: () => number): Float32Array {
  switch (s.kind) {
    case 'randomNormal':
      return Float32Array.from({ length: n }, () => s.mean + s.stddev * normal(rand));
    case 'truncatedNormal':
      return Float32Array.from({ length: n }, () => s.mean + s.stddev * truncatedNormal(rand));
    case 'randomUniform':
      return Float32Array.from({ length: n }, () => s.minval + (s.maxval - s.minval) * rand());
    case 'constant':
      return new Float32Array(n).fill(s.value);
    case 'varianceScaling': {
      const fan = s.mode === 'fanIn' ? fanIn : s.mode === 'fanOut' ? fanOut : (fanIn + fanOut) / 2;
      const v = s.scale / Math.max(1, fan);
      if (s.distribution === 'uniform') return uniform(n, Math.sqrt(3 * v), rand);
      if (s.distribution === 'untruncatedNormal') return Float32Array.from({ length: n }, () => Math.sqrt(v) * normal(rand));
      return Float32Array.from({ length: n }, () => (Math.sqrt(v) / TRUNCATED_STD) * truncatedNormal(rand));
    }
    case 'identity': {
      // The frontend rejects other ranks at the layer (E_INIT_SHAPE); this guards direct callers.
      if (shape.length !== 2) throw new Error(`identity initializer needs a 2-D weight, got [${shape.join(', ')}]`);
      const [r, c] = shape as [number, number];
      const out = new Float32Array(n);
      for (let i = 0; i < Math.min(r, c); i++) out[i * c + i] = s.gain;
      return out;
    }
    case 'seeded':
      throw new Error('internal error: a seeded name reaches fromSpec');
    case 'literal':
      if (s.values.length !== n) throw new Error(`literal weights hold ${s.values.length} values, the weight [${shape.join(', ')}] needs ${n}`);
      return Float32Array.from(s.values);
  }
}

function uniform(n: number, limit: number, rand: () => number): Float32Array {
  return Float32Array.from({ length: n }, () => (2 * rand() - 1) * limit);
}

/** Every weight of a model (params and state) by name. */
export function initialWeights(params: readonly ParamInfo[], seed: number): Record<string, Float32Array> {
  return Object.fromEntries(params.map((p, i) => [p.name, initialValue(p, seed, i)]));
}
