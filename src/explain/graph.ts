/**
 * @file The explain graph: d(score[class]) / d(input) of a model as one IR graph, for plain
 * gradients, SmoothGrad (mean over noisy copies) and integrated gradients (a midpoint Riemann sum
 * along the straight path from a baseline). Autodiff runs on the inputs instead of the weights.
 *
 * Rows of the batch the model sees: row 0 is the input itself (its scores are the prediction; its
 * loss weight is 1 for `gradient`, 0 otherwise); rows 1..N are the noisy copies (`smoothgrad`) or
 * the path points baseline + α_i·(x − baseline), α_i = (i − ½)/N (`integrated`), each weighted 1/N.
 * The scalar the autodiff differentiates is Σ_rows w_row · Σ_c onehot_c · score[row, c], so one
 * backward pass gives every row's input gradient at once, already scaled; the graph sums the rows
 * (and multiplies by x − baseline for integrated gradients) into one attribution map.
 *
 * Names: inputs `explain/x` (f32[1, ...sample]), `explain/class` (f32[classes], one-hot; all zeros
 * gives the scores alone), `explain/noise` (f32[N, ...sample], smoothgrad), `explain/baseline`
 * (f32[1, ...sample], integrated); outputs `saliency` (f32[1, ...sample]) and `scores` (f32[1, classes]).
 */
import type { CompiledModel } from '../frontend/index.ts';
import { CompileError, formatType, GraphBuilder, numel, type Graph, type Node, type Value } from '../ir/index.ts';
import { autodiff, gradName } from '../passes/autodiff.ts';
import { inferType } from '../ops/registry.ts';
import { inlineGraph } from '../train/inline.ts';
import { EXPLAIN_IO } from '../runtime/explain-host.ts';

export type ExplainMethod = 'gradient' | 'smoothgrad' | 'integrated';
export const EXPLAIN_METHODS: readonly ExplainMethod[] = ['gradient', 'smoothgrad', 'integrated'];

export interface ExplainOptions {
  readonly method?: ExplainMethod;
  /** Noisy copies (smoothgrad) or path points (integrated); default 16. Ignored for `gradient`. */
  readonly samples?: number;
  /**
   * What is differentiated: `logit` (default) is the pre-activation score when the model ends in a
   * softmax over its last axis or a sigmoid (saturated, they have vanishing gradients), else the
   * output; `output` is always the model's output.
   */
  readonly score?: 'logit' | 'output';
}

export const EXPLAIN = { x: EXPLAIN_IO.x, cls: EXPLAIN_IO.cls, noise: EXPLAIN_IO.noise, baseline: EXPLAIN_IO.baseline, saliency: EXPLAIN_IO.saliency, scores: EXPLAIN_IO.scores } as const;

/** What the host needs to know to feed the graph and read its outputs. */
export interface ExplainShape {
  readonly method: ExplainMethod;
  /** Noisy copies / path points (0 for gradient). */
  readonly samples: number;
  /** One sample's shape (the model input without its batch axis). */
  readonly sample: readonly number[];
  readonly classes: number;
  /** Whether the differentiated score is the final softmax's or sigmoid's input. */
  readonly logits: boolean;
}

export interface ExplainGraph extends ExplainShape {
  readonly graph: Graph;
}

export const LOSS = 'explain/objective';

export function explainGraph(model: CompiledModel, opts: ExplainOptions = {}): ExplainGraph {
  const method = opts.method ?? 'gradient';
  if (!EXPLAIN_METHODS.includes(method)) throw new CompileError('E_EXPLAIN_METHOD', `unknown attribution method '${method}'`, { hint: `use one of ${EXPLAIN_METHODS.join(', ')}` });
  const samples = method === 'gradient' ? 0 : (opts.samples ?? 16);
  if (!Number.isInteger(samples) || samples < 0 || (method !== 'gradient' && samples < 1)) {
    throw new CompileError('E_EXPLAIN_SAMPLES', `samples must be a positive integer, got ${samples}`);
  }
  const rows = 1 + samples;
  const fwd = model.graph(rows);
  const inputs = fwd.args.filter((a) => a.kind === 'input');
  const outs = fwd.outputs.filter((o) => !o.name.startsWith('update/'));
  if (inputs.length !== 1 || outs.length !== 1) {
    throw new CompileError('E_EXPLAIN_UNSUPPORTED', `saliency handles models with one input and one output; ${model.name} has ${inputs.length} inputs and ${outs.length} outputs`);
  }
  const input = inputs[0]!;
  if (input.type.dtype !== 'f32') {
    throw new CompileError('E_EXPLAIN_INPUT', `${model.name} takes ${formatType(input.type)} (token ids): there is no gradient with respect to integer inputs`, {
      hint: 'explain a model whose input is real-valued (an image, features)',
    });
  }
  const sample = input.type.shape.slice(1);

  // The model on `rows` rows with the weighted class objective; autodiff w.r.t. its input.
  const h = GraphBuilder.from(fwd, inferType);
  const { value: score, logits } = scoreOf(h, h.value(outs[0]!.value), opts.score ?? 'logit');
  const classes = numel(score.type.shape) / rows;
  const flat = h.op('reshape', [score], { shape: [rows, classes] });
  const onehot = h.input(EXPLAIN.cls, { dtype: 'f32', shape: [classes] });
  const w = Array.from({ length: rows }, (_, i) => (method === 'gradient' ? 1 : i === 0 ? 0 : 1 / samples));
  const weights = h.op('constant', [], { value: w, dtype: 'f32', shape: [rows, 1] });
  const objective = h.op('reduce_sum', [h.op('mul', [h.op('mul', [flat, onehot]), weights])], { axes: [0, 1], keepDims: false });
  h.output(LOSS, objective);
  h.output(EXPLAIN.scores, h.op('slice', [flat], { begin: [0, 0], size: [1, classes] }));
  const grads = autodiff(h.build(), { loss: LOSS, wrt: [input.name] });

  // The rows built from the one input, the gradient graph inlined on them, the rows summed.
  const b = new GraphBuilder(`${model.name}_${method}`, inferType);
  const one = { dtype: 'f32' as const, shape: [1, ...sample] };
  const x = b.input(EXPLAIN.x, one);
  let batch = x;
  let baseline: Value | undefined;
  if (method === 'smoothgrad') {
    const noise = b.input(EXPLAIN.noise, { dtype: 'f32', shape: [samples, ...sample] });
    batch = b.op('concat', [x, b.op('add', [x, noise])], { axis: 0 });
  } else if (method === 'integrated') {
    baseline = b.input(EXPLAIN.baseline, one);
    const alpha = Array.from({ length: samples }, (_, i) => (i + 0.5) / samples);
    const a = b.op('constant', [], { value: alpha, dtype: 'f32', shape: [samples, ...sample.map(() => 1)] });
    const path = b.op('add', [baseline, b.op('mul', [a, b.op('sub', [x, baseline])])]);
    batch = b.op('concat', [x, path], { axis: 0 });
  }
  const got = inlineGraph(b, grads, new Map([[input.name, batch]]));
  const g = got.get(gradName(input.name))!;
  let sal = rows === 1 ? g : b.op('reduce_sum', [g], { axes: [0], keepDims: true });
  if (baseline) sal = b.op('mul', [sal, b.op('sub', [x, baseline])]);
  b.output(EXPLAIN.saliency, sal);
  b.output(EXPLAIN.scores, got.get(EXPLAIN.scores)!);
  return { graph: b.build(), method, samples, sample, classes, logits };
}

/** The activation's input when asked for logits and the model ends in a last-axis softmax or a sigmoid, else the output. */
export function scoreOf(b: GraphBuilder, out: Value, score: 'logit' | 'output'): { value: Value; logits: boolean } {
  if (score === 'output') return { value: out, logits: false };
  const n = b.value(out.id);
  if (!('op' in n)) return { value: out, logits: false };
  const node = n as Node;
  const rank = out.type.shape.length;
  const lastAxis = node.attrs.axis === -1 || node.attrs.axis === rank - 1;
  if ((node.op === 'softmax' && lastAxis) || node.op === 'sigmoid') return { value: b.value(node.inputs[0]!), logits: true };
  return { value: out, logits: false };
}
