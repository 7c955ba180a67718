/**
 * @file The whole compiler, top to bottom: a model from the frontend in, a dispatch plan out.
 * Each step says why it sits where it does; `dlc ir --after <step>` stops after any of them.
 */
import type { CompiledModel } from './frontend/index.ts';
import type { Graph } from './ir/index.ts';
import { compilePlan } from './codegen/plan.ts';
import { foldBn } from './passes/fold-bn.ts';
import { hoistParams } from './passes/hoist-params.ts';
import { Stepper, type StepRecord } from './passes/pass.ts';
import { simplify, simplifyGraph } from './passes/simplify.ts';
import type { Plan } from './runtime/plan-types.ts';

export interface CompileOptions {
  /** The static batch size baked into every shape (default 1). */
  readonly batch?: number;
  /** Verify the graph after every step (tests). */
  readonly verify?: boolean;
  /** Stop after this step; the result's `graph` is the graph at that point and `plan` is absent. */
  readonly after?: string;
}

export interface InferenceProgram {
  /** The main graph after the last step that ran. */
  readonly graph: Graph;
  /**
   * Param-only arithmetic hoisted out of the main graph (e.g. folded batch norm): run once on the
   * trained weights at build or load time; its outputs are the main graph's params of those names.
   */
  readonly prepare: Graph | undefined;
  readonly plan: Plan | undefined;
  readonly steps: readonly StepRecord[];
}

/** Step names of the inference pipeline, in order (what `--after` accepts). */
export const INFERENCE_STEPS = ['frontend', 'simplify', 'fold-bn', 'resimplify', 'hoist-params'] as const;

export function compileInference(model: CompiledModel, opts: CompileOptions = {}): InferenceProgram {
  const s = new Stepper({ verify: opts.verify, after: opts.after, known: INFERENCE_STEPS });
  // The frontend read the model statically; fixing the batch makes every shape static.
  let g = s.step('frontend', model.graph(opts.batch ?? 1), (x) => x);
  // Lowering leaves identities and repeated subexpressions; removing them first lets patterns match.
  g = s.run(simplify, g);
  // Inference batch norm becomes arithmetic on the conv/dense weights (no BN kernel at run time).
  g = s.run(foldBn, g);
  // Folding leaves per-BN constants (ε, unit γ) that simplify merges and folds.
  g = s.step('resimplify', g, (x) => simplifyGraph(x));
  // Weight-only arithmetic (the folded weights) moves to a prepare graph run once, not per call.
  g = s.run(hoistParams, g);
  const prepare = s.side.prepare;
  if (s.isDone && opts.after !== 'hoist-params') return { graph: g, prepare, plan: undefined, steps: s.records };
  // One kernel per node for now; fusion groups nodes into kernels here once it lands.
  const plan = compilePlan(g);
  return { graph: g, prepare, plan, steps: s.records };
}
