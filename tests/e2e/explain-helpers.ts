/** @file Shared oracles of the explain tests: seeded weights and inputs, the explained score on the float64 interpreter, and its central finite differences. */
import { seededRandom } from '../../src/data/dataset.ts';
import { EXPLAIN, explainGraph, type ExplainOptions } from '../../src/explain/graph.ts';
import { explainFeeds } from '../../src/explain/program.ts';
import type { CompiledModel } from '../../src/frontend/index.ts';
import type { Graph } from '../../src/ir/index.ts';
import { simplifyGraph } from '../../src/passes/simplify.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { initialWeights } from '../../src/train/init.ts';

/** Seeded weights with every param jittered (no zero biases sitting on relu kinks). */
export function weightsOf(m: CompiledModel, seed: number): Record<string, Float32Array> {
  const w = initialWeights(m.params, seed);
  const r = seededRandom(seed + 1);
  return Object.fromEntries(m.params.map((p) => [p.name, Float32Array.from(w[p.name]!, (v) => v + 0.1 * (2 * r() - 1))]));
}

/** One seeded sample in [-1, 1], flat. */
export function inputOf(m: CompiledModel, seed: number): Float32Array {
  const r = seededRandom(seed);
  const n = m.inputs[0]!.shape.reduce((a, d) => a * d, 1);
  return Float32Array.from({ length: n }, () => 2 * r() - 1);
}

const forward = new Map<string, Graph>();
const graphs = new Map<string, ReturnType<typeof explainGraph>>();

/** The plain-gradient explain graph of `m` (cached per model name and score). */
export function cachedGradientGraph(m: CompiledModel, score: ExplainOptions['score']): ReturnType<typeof explainGraph> {
  const key = `${m.name}/${score}`;
  if (!graphs.has(key)) graphs.set(key, explainGraph(m, { method: 'gradient', score }));
  return graphs.get(key)!;
}

/** The explained score (row 0 of `scores`) at x, in float64 on the interpreter (forward only: the backward is dead code). */
export function scoreAt(m: CompiledModel, w: Record<string, ArrayLike<number>>, x: ArrayLike<number>, k: number, score: ExplainOptions['score'] = 'logit'): number {
  const key = `${m.name}/${score}/forward`;
  const e = cachedGradientGraph(m, score);
  if (!forward.has(key)) forward.set(key, simplifyGraph({ ...e.graph, outputs: e.graph.outputs.filter((o) => o.name === EXPLAIN.scores) }).graph);
  const feeds = explainFeeds(e, { x }, k);
  return interpret(forward.get(key)!, { ...w, ...feeds }, { precision: 'f64' })[EXPLAIN.scores]!.data[k]!;
}

/** Central difference of the score along coordinate i, with its two one-sided slopes (kink detection). */
export function fdAt(m: CompiledModel, w: Record<string, ArrayLike<number>>, x: ArrayLike<number>, k: number, i: number, h = 1e-5) {
  const at = (d: number): number => {
    const y = Float64Array.from(x);
    y[i]! += d;
    return scoreAt(m, w, y, k);
  };
  const [fp, f0, fm] = [at(h), at(0), at(-h)];
  return { fd: (fp - fm) / (2 * h), right: (fp - f0) / h, left: (f0 - fm) / h };
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
}

export const maxAbs = (a: ArrayLike<number>): number => Array.from(a).reduce((m, v) => Math.max(m, Math.abs(v)), 0);
