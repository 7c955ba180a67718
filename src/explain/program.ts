/**
 * @file Input attributions as a compiled program: the explain graph (graph.ts) simplified, fused and
 * planned like a training step, loaded on a GPUDevice, and run with the host-side feeds (seeded
 * SmoothGrad noise, the integrated-gradients baseline, the class one-hot). One submit per call;
 * without a class the first call reads the scores and picks the top one.
 */
import type { CompileOptions } from '../compile.ts';
import { fuseFor } from '../compile.ts';
import { compileProgramPlan } from '../codegen/plan.ts';
import type { CompiledModel } from '../frontend/index.ts';
import { CompileError, type Graph } from '../ir/index.ts';
import { checkDeviceLimits, resolveLimits } from '../passes/check-limits.ts';
import { simplifyGraph } from '../passes/simplify.ts';
import { splitWideOps } from '../passes/split-wide.ts';
import { loadPlan, type Executable } from '../runtime/index.ts';
import type { Plan } from '../runtime/plan-types.ts';
import { gaussianNoise, topIndex, valueRange } from '../runtime/explain-host.ts';

export { gaussianNoise } from '../runtime/explain-host.ts';
import { EXPLAIN, explainGraph, type ExplainOptions, type ExplainShape } from './graph.ts';

export interface ExplainProgram extends ExplainShape {
  /** The explain graph before simplification (what the interpreter runs as the oracle). */
  readonly graph: Graph;
  readonly plan: Plan;
}

/** The explain graph compiled the way compileTraining compiles a step (autodiff first, then simplify, split, fuse). */
export function compileExplain(model: CompiledModel, opts: ExplainOptions & CompileOptions = {}): ExplainProgram {
  const e = explainGraph(model, opts);
  return { ...e, plan: planGraph(e.graph, opts) };
}

/** An explain-style graph (autodiff already applied) simplified, split, fused, planned and checked against the device limits. */
export function planGraph(graph: Graph, opts: CompileOptions = {}): Plan {
  const g = splitWideOps(simplifyGraph(graph).graph, opts.maxStorageBuffers ?? 8).graph;
  const compiled = compileProgramPlan(g, { fusion: fuseFor(g, opts), ...(opts.target ? { target: opts.target } : {}) });
  const limits = resolveLimits(opts.deviceLimits);
  checkDeviceLimits(g, compiled, opts.maxStorageBuffers ? { ...limits, maxStorageBuffersPerShaderStage: opts.maxStorageBuffers } : limits);
  return compiled.plan;
}

export interface ExplainRequest {
  /** One sample, flat, in the model's input layout. */
  readonly x: ArrayLike<number>;
  /** The class (index into the flattened per-sample output) to explain; default: the top score. */
  readonly classIndex?: number;
  /** Integrated gradients' starting point, flat like x; default all zeros. */
  readonly baseline?: ArrayLike<number>;
  /** SmoothGrad's noise σ as a fraction of x's value range (max − min); default 0.15. */
  readonly noiseLevel?: number;
  /** Seed of SmoothGrad's noise; default 0. */
  readonly seed?: number;
}

export interface Attribution {
  /** d(score[class]) / d(x) (averaged for smoothgrad; × (x − baseline) for integrated), flat like x. */
  readonly saliency: Float32Array;
  /** The model's scores at x (logits when the explained score is the softmax's input). */
  readonly scores: Float32Array;
  readonly classIndex: number;
}

/**
 * Every feed of the explain graph for one request, with `cls` one-hot (or all zeros). A Float64Array
 * x or baseline is passed through (the interpreter's float64 checks); anything else becomes f32.
 */
export function explainFeeds(p: ExplainShape, req: ExplainRequest, cls: number | undefined): Record<string, Float32Array | Float64Array> {
  const n = p.sample.reduce((a, d) => a * d, 1);
  if (req.x.length !== n) throw new CompileError('E_EXPLAIN_INPUT', `the input has ${req.x.length} values but the model takes [${p.sample.join(', ')}] (${n})`);
  const onehot = new Float32Array(p.classes);
  if (cls !== undefined) onehot[cls] = 1;
  const feeds: Record<string, Float32Array | Float64Array> = { [EXPLAIN.x]: keep(req.x), [EXPLAIN.cls]: onehot };
  if (p.method === 'smoothgrad') feeds[EXPLAIN.noise] = gaussianNoise(p.samples * n, (req.noiseLevel ?? 0.15) * valueRange(req.x), req.seed ?? 0);
  if (p.method === 'integrated') {
    const base = req.baseline ?? new Float32Array(n);
    if (base.length !== n) throw new CompileError('E_EXPLAIN_INPUT', `the baseline has ${base.length} values but the input has ${n}`);
    feeds[EXPLAIN.baseline] = keep(base);
  }
  return feeds;
}

/** The class to explain: the one asked for (checked), else the top score. */
export function pickClass(classes: number, scores: ArrayLike<number>, asked: number | undefined): number {
  if (asked !== undefined) {
    if (!Number.isInteger(asked) || asked < 0 || asked >= classes) throw new CompileError('E_EXPLAIN_CLASS', `class ${asked} is out of range: the model has ${classes} outputs (0..${classes - 1})`);
    return asked;
  }
  return topIndex(scores);
}

/** A loaded explain program: `explain(req)` runs it (twice when the class must be found first). */
export interface Explainer {
  explain(req: ExplainRequest): Promise<Attribution>;
  destroy(): void;
}

export async function loadExplainer(device: GPUDevice, p: ExplainProgram, weights: Readonly<Record<string, ArrayLike<number>>>): Promise<Explainer> {
  const exe: Executable = await loadPlan(device, p.plan);
  await exe.setParams(Object.fromEntries(exe.params.map((a) => [a.name, weights[a.name]!])));
  const run = async (feeds: Record<string, Float32Array | Float64Array>) => {
    const out = await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])));
    return { saliency: out[EXPLAIN.saliency] as Float32Array, scores: out[EXPLAIN.scores] as Float32Array };
  };
  return {
    async explain(req) {
      if (req.classIndex !== undefined) pickClass(p.classes, [], req.classIndex);
      const first = req.classIndex ?? pickClass(p.classes, (await run(explainFeeds(p, req, undefined))).scores, undefined);
      const r = await run(explainFeeds(p, req, first));
      return { saliency: Float32Array.from(r.saliency), scores: Float32Array.from(r.scores), classIndex: first };
    },
    destroy: () => exe.destroy(),
  };
}

const keep = (v: ArrayLike<number>): Float32Array | Float64Array => (v instanceof Float64Array ? v : Float32Array.from(v));
