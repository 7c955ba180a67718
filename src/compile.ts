/**
 * @file The whole compiler, top to bottom: a model from the frontend in, a dispatch plan out.
 * Each step says why it sits where it does; `dlc ir --after <step>` stops after any of them.
 */
import type { CompiledModel, LossKind, LossOptions, OptimizerConfig } from './frontend/index.ts';
import { addEvalRegularization, addRegularization } from './train/regularizers.ts';
import { CompileError, type Graph } from './ir/index.ts';
import { compilePlan, compileProgramPlan, type CompiledPlan } from './codegen/plan.ts';
import type { KernelTarget } from './codegen/target.ts';
import type { WeightEncoding } from './codegen/weight-format.ts';
import type { FusedGraph } from './passes/fuse-groups.ts';
import { fuseGraph } from './passes/fuse.ts';
import { autodiff } from './passes/autodiff.ts';
import { foldBn } from './passes/fold-bn.ts';
import { lowerOptimizer, type ClipConfig } from './passes/optimizer.ts';
import { hoistParams } from './passes/hoist-params.ts';
import { checkDeviceLimits, resolveLimits, type DeviceLimits } from './passes/check-limits.ts';
import { Stepper, type StepRecord } from './passes/pass.ts';
import { simplify, simplifyGraph } from './passes/simplify.ts';
import type { Plan } from './runtime/plan-types.ts';
import { passOptimizer } from './train/optimizer-config.ts';
import { attachEvalHead, attachTrainingHead, LOSS_OUTPUT, updatesOf, type DataSpec } from './train/step.ts';
import { splitWideOps } from './passes/split-wide.ts';
import { attachMultiOutputEvalHead, attachMultiOutputTrainingHead, trainedOutputs } from './train/multi-output.ts';

export interface CompileOptions {
  /** The static batch size baked into every shape (default 1). */
  readonly batch?: number;
  /** Verify the graph after every step (tests). */
  readonly verify?: boolean;
  /** Stop after this step; the result's `graph` is the graph at that point and `plan` is absent. */
  readonly after?: string;
  /** The device's maxStorageBuffersPerShaderStage: no fused kernel binds more (default 8). */
  readonly maxStorageBuffers?: number;
  /** Group ops into fused kernels (default true; false gives one kernel per node, for comparison). */
  readonly fuse?: boolean;
  /**
   * The target device's limits (buffer sizes, bindings, workgroups), checked at compile time so a
   * too-big model fails at build, not on the GPU. Default: WebGPU's spec defaults; pass the adapter's
   * `limits` when compiling for a known device.
   */
  readonly deviceLimits?: Partial<DeviceLimits> | GPUSupportedLimits;
  /** The device compiled for (`targetOf(adapter)`): kernel variants are chosen for it. Default: GPU choices. */
  readonly target?: KernelTarget;
  /** Inference: bind the matmul/conv weights packed as f16 or int8 (`dlc build --precision/--quantize`); default f32. */
  readonly weights?: WeightEncoding;
}

/** The limits a plan is checked against: the device's (or the spec defaults), with maxStorageBuffers on top. */
function limitsFor(opts: CompileOptions): DeviceLimits {
  const l = resolveLimits(opts.deviceLimits);
  return opts.maxStorageBuffers ? { ...l, maxStorageBuffersPerShaderStage: opts.maxStorageBuffers } : l;
}

/** The target travels to codegen only when given, so plans without one stay as they were. */
function targetOpt(opts: CompileOptions): { target?: KernelTarget } {
  return opts.target ? { target: opts.target } : {};
}

/** The fuse step both pipelines share: kernel groups within the storage-buffer limit, or one node per kernel. */
export function fuseFor(g: Graph, opts: CompileOptions): FusedGraph | undefined {
  return opts.fuse === false ? undefined : fuseGraph(g, { maxStorageBuffers: opts.maxStorageBuffers ?? 8 });
}

/** Operands past the device's binding limit (an unrolled LSTM's concat) are split into a tree first. */
function narrow(g: Graph, opts: CompileOptions): Graph {
  return splitWideOps(g, opts.maxStorageBuffers ?? 8).graph;
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
  /** The plan with its fusion groups and memory report (what `dlc explain` shows). */
  readonly compiled?: CompiledPlan;
  readonly steps: readonly StepRecord[];
}

/** Step names of the inference pipeline, in order (what `--after` accepts). */
export const INFERENCE_STEPS = ['frontend', 'simplify', 'fold-bn', 'resimplify', 'hoist-params', 'split-wide'] as const;

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
  if (s.isDone && opts.after !== 'split-wide') return { graph: g, prepare, plan: undefined, steps: s.records };
  // No kernel may bind more buffers than the device allows: wide concats become trees.
  g = s.step('split-wide', g, (x) => splitWideOps(x, opts.maxStorageBuffers ?? 8));
  // Last, on the final graph: ops group into kernels (epilogues, chains, prologues) within the buffer limit.
  const fusion = fuseFor(g, opts);
  // One kernel per group, identical WGSL once; temporaries share buffers by liveness (plan-memory).
  const compiled = compileProgramPlan(g, { fusion, ...targetOpt(opts), ...(opts.weights ? { weights: opts.weights } : {}) });
  // Before any GPU work: a buffer, binding count or dispatch the target device cannot take is a build error.
  checkDeviceLimits(g, compiled, limitsFor(opts));
  return { graph: g, prepare, plan: compiled.plan, compiled, steps: s.records };
}

export interface TrainingOptions extends CompileOptions {
  /** Where samples come from (resident on the GPU or fed per step) and their shapes. */
  readonly data: DataSpec;
  /** Mixed into dropout seeds; the loop uses the run seed. */
  readonly seed?: number;
  /** Override the model's `train` section. */
  readonly loss?: LossKind;
  /** The loss's options; default: the model's own when `loss` is its loss, else Keras defaults. */
  readonly lossOptions?: LossOptions;
  readonly optimizer?: OptimizerConfig;
  readonly clip?: ClipConfig;
  /** The params this step updates (a multi-step program's `trains`); default: every trainable param. */
  readonly trainable?: readonly string[];
  /** Keras `class_weight`, indexed by class: per-sample loss weights (default: the model's `classWeight`). */
  readonly classWeight?: readonly number[];
  /** Metric names whose sums the step accumulates (default: the model's `metrics`). */
  readonly metrics?: readonly string[];
  /** The evaluation graph also outputs its predictions (`dlc evaluate`). */
  readonly predictions?: boolean;
  /**
   * Updates written into their param/state buffers by the kernels that compute them where liveness
   * allows (codegen/plan-in-place.ts); default true. false copies every update at the end (comparisons).
   */
  readonly inPlaceUpdates?: boolean;
}

export interface TrainingProgram {
  readonly graph: Graph;
  readonly plan: Plan | undefined;
  /** Params the optimizer updates (frozen layers and `state` weights excluded). */
  readonly trainable: readonly string[];
  /** The plan with its fusion groups and memory report (what `dlc explain --train` shows). */
  readonly compiled?: CompiledPlan;
  readonly steps: readonly StepRecord[];
}

/** Step names of the training pipeline, in order (what `dlc ir --train --after` accepts). */
export const TRAINING_STEPS = ['frontend', 'loss', 'autodiff', 'optimizer', 'simplify', 'split-wide'] as const;

export function compileTraining(model: CompiledModel, opts: TrainingOptions): TrainingProgram {
  const s = new Stepper({ verify: opts.verify, after: opts.after, known: TRAINING_STEPS });
  const loss = opts.loss ?? model.train?.loss;
  const optimizer = opts.optimizer ?? model.train?.optimizer;
  if (!loss || !optimizer) throw new CompileError('E_TRAIN_CONFIG', `${model.name} has no train section with a loss and an optimizer`, { hint: "add train: { loss: 'mse', optimizer: adam(), … } to the model" });
  // Frozen layers' weights and batch-norm statistics are never differentiated or given optimizer slots.
  const trainable = model.params.filter((p) => p.trainable && p.kind === 'param' && (opts.trainable?.includes(p.name) ?? true)).map((p) => p.name);
  // Training-mode forward: dropout draws counter-based masks, batch norm uses and updates batch statistics.
  const batch = opts.batch ?? model.train?.batchSize ?? 32;
  let g = s.step('frontend', model.graph(batch, { training: true, seed: opts.seed ?? 0 }), (x) => x);
  // A distiller's step also runs its frozen teacher in inference mode on the same batch.
  const distill = model.distill ? { teacher: model.distill.teacher.graph(batch), alpha: model.distill.alpha, temperature: model.distill.temperature } : undefined;
  // Batches are gathered from the resident dataset by per-step indices; the loss works on logits where it can.
  // Kernel/bias regularizers of the trained params join the loss here, so autodiff sees one objective.
  // A model with several outputs trains on the weighted sum of its outputs' losses (src/train/multi-output.ts).
  const outs = trainedOutputs(model, loss);
  const head = (x: Graph): Graph => (outs ? attachMultiOutputTrainingHead(x, opts.data, outs) : attachTrainingHead(x, opts.data, loss, opts.classWeight ?? model.train?.classWeight, opts.metrics ?? model.train?.metrics, lossOptionsFor(model, loss, opts), distill));
  g = s.step('loss', g, (x) => addRegularization(head(x), model.params, trainable, LOSS_OUTPUT));
  // Reverse mode before any simplification, so the forward it differentiates is the one lowered.
  g = s.step('autodiff', g, (x) => autodiff(x, { loss: LOSS_OUTPUT, wrt: trainable }));
  // The optimizer update is IR too, so it is simplified (and later fused) with the rest of the step.
  // Weight constraints (maxNorm, nonNeg, …) project the updated params inside the same update.
  const constraints = new Map(model.params.flatMap((p) => (p.constraint ? [[p.name, p.constraint] as const] : [])));
  g = s.step('optimizer', g, (x) => lowerOptimizer(x, trainable, passOptimizer(optimizer, undefined, opts.clip), constraints));
  // Lowering, autodiff and the optimizer leave identities, repeats and the unused softmax behind.
  g = s.run(simplify, g);
  // No kernel may bind more buffers than the device allows: wide concats (and their gradients) become trees.
  g = s.step('split-wide', g, (x) => splitWideOps(x, opts.maxStorageBuffers ?? 8));
  if (s.isDone && opts.after !== 'split-wide') return { graph: g, plan: undefined, trainable, steps: s.records };
  // Each update/<x> output overwrites <x> at the end of the same submit: one step, one submit.
  // Forward, backward and optimizer ops fuse like inference ones (one kernel per update chain).
  const compiled = compileProgramPlan(g, { updates: updatesOf(g), fusion: fuseFor(g, opts), ...targetOpt(opts), ...(opts.inPlaceUpdates === false ? { inPlace: false } : {}) });
  checkDeviceLimits(g, compiled, limitsFor(opts));
  return { graph: g, plan: compiled.plan, compiled, trainable, steps: s.records };
}

/** The evaluation graph: the inference forward with masked loss and metric sums, no updates but its own. */
export function compileEvaluation(model: CompiledModel, opts: TrainingOptions): { graph: Graph; plan: Plan } {
  const loss = opts.loss ?? model.train?.loss;
  if (!loss) throw new CompileError('E_TRAIN_CONFIG', `${model.name} has no train section with a loss`);
  // Inference semantics (moving statistics, no dropout) on host-fed, padded batches.
  const forward = model.graph(opts.batch ?? model.train?.batchSize ?? 32, { penalties: true });
  const outs = trainedOutputs(model, loss);
  let g = outs ? attachMultiOutputEvalHead(forward, opts.data, outs) : attachEvalHead(forward, opts.data, loss, { metrics: opts.metrics ?? model.train?.metrics ?? [], ...(opts.predictions ? { predictions: true } : {}), lossOptions: lossOptionsFor(model, loss, opts) });
  // As Keras's evaluate: the loss includes the weight and activity penalties (trainable weights' regularizers).
  g = addEvalRegularization(g, model.params.filter((p) => p.trainable && p.kind === 'param'));
  g = narrow(simplify.run(g).graph, opts);
  // Only the metric sums are written back; params are shared with the training executable at load.
  // Fused like the step: fewer kernels to compile before the first step (Iris: 25 → a handful).
  return { graph: g, plan: compileProgramPlan(g, { updates: updatesOf(g), fusion: fuseFor(g, opts), ...targetOpt(opts) }).plan };
}

/** Options given with the loss, else the model's when the loss is the model's own. */
function lossOptionsFor(model: CompiledModel, loss: LossKind, opts: TrainingOptions): LossOptions {
  return opts.lossOptions ?? (loss === model.train?.loss ? model.train.lossOptions : {});
}
