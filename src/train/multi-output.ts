/**
 * @file The training and evaluation heads of a model with several outputs (Keras `loss={…}`,
 * `loss_weights`, per-output metrics): total loss = Σ_i w_i · L_i, each L_i the output's own loss
 * (fused, from logits where the output is softmax/sigmoid) averaged over the batch, as Keras sums them.
 *
 * Targets are packed: a sample's target row is every output's target flattened, in output order — a
 * class index (one value) for sparse categorical cross-entropy, else as many values as the output has.
 * The running sums are `metric/loss` (the weighted total, so the loop's loss is Keras's `loss`) and
 * per output `metric/<output>/loss`, `metric/<output>/correct`, `metric/<output>/abs`, `metric/<output>/squared`.
 */
import { CompileError, GraphBuilder, numel, type Graph, type Value } from '../ir/index.ts';
import { emitter, type Emitter } from '../ops/emit.ts';
import { inferType } from '../ops/registry.ts';
import type { CompiledModel } from '../frontend/index.ts';
import type { OutputLoss } from '../frontend/output-losses.ts';
import { PENALTY_PREFIX } from '../frontend/activity.ts';
import { inlineGraph } from './inline.ts';
import { lossDef } from './losses.ts';
import type { Metrics } from './session.ts';
import {
  accumulate, batchSource, denseT, DROPOUT_STEP, LOSS_OUTPUT, logitsOf, lossOp, MASK_INPUT, maskedSum, METRICS, rowLoss, targetFor,
  type DataSpec, type Target,
} from './step.ts';

const UPDATE = 'update/';

/** The per-output objective a step trains on: the model's, when it has several outputs and the step's loss is the model's own. */
export function trainedOutputs(model: CompiledModel, loss: string): readonly OutputLoss[] | undefined {
  const outs = model.train?.outputs;
  return outs && model.outputs.length > 1 && loss === model.train?.loss ? outs : undefined;
}

/** The running sums of one output. */
export const outputSum = (output: string, what: 'loss' | 'correct' | 'abs' | 'squared'): string => `metric/${output}/${what}`;

/** How many target values an output takes per sample: a class index per row for sparse cross-entropy. */
export function targetWidth(o: OutputLoss, outShape: readonly number[]): number {
  return o.loss === 'sparseCategoricalCrossentropy' ? numel(outShape) / outShape[outShape.length - 1]! : numel(outShape);
}

/** The whole packed target row, e.g. `kind (1 class index) + price (1 value)`, for error messages. */
function layout(outs: readonly OutputLoss[], shapes: ReadonlyMap<string, readonly number[]>): string {
  return outs.map((o) => {
    const w = targetWidth(o, shapes.get(o.name)!);
    return `${o.name} (${w} ${o.loss === 'sparseCategoricalCrossentropy' ? `class ind${w === 1 ? 'ex' : 'ices'}` : `value${w === 1 ? '' : 's'}`})`;
  }).join(' + ');
}

interface Head {
  readonly b: GraphBuilder;
  readonly e: Emitter;
  readonly batch: number;
  /** Per output: prediction, logits when the loss works on them, and its target. */
  readonly parts: readonly { o: OutputLoss; pred: Value; logits: Value | undefined; target: Target }[];
}

/** Batch source, the inlined forward with every output, and each output's slice of the packed targets. */
function head(name: string, forward: Graph, data: DataSpec, outs: readonly OutputLoss[]): Head {
  const b = new GraphBuilder(name, inferType);
  const e = emitter(b);
  const inputs = forward.args.filter((a) => a.kind === 'input' && a.name !== DROPOUT_STEP);
  if (inputs.length !== 1) throw new CompileError('E_TRAIN_UNSUPPORTED', `dlc train handles models with one input; ${forward.name} has ${inputs.length}`, { hint: 'concatenate the inputs into one, or train from a program() with its own steps' });
  const input = inputs[0]!;
  const batch = input.type.shape[0]!;
  const { x, y } = batchSource(b, data, batch);
  if (numel(x.type.shape) !== numel(input.type.shape)) {
    throw new CompileError('E_TRAIN_DATA', `the dataset's samples have shape [${x.type.shape.slice(1).join(', ')}] but ${forward.name} takes [${input.type.shape.slice(1).join(', ')}]`);
  }
  const fed = input.type.dtype === 'i32' ? e.op('cast', [x], { to: 'i32' }) : x;
  const shaped = fed.type.shape.join() === input.type.shape.join() ? fed : e.op('reshape', [fed], { shape: [...input.type.shape] });
  const preds = new Map<string, Value>();
  for (const [n, v] of inlineGraph(b, forward, new Map([[input.name, shaped]]))) {
    // State updates and activity penalties pass through (the regularization step adds the penalties to the loss).
    if (n.startsWith(UPDATE) || n.startsWith(PENALTY_PREFIX)) b.output(n, v);
    else preds.set(n, v);
  }
  const shapes = new Map(outs.map((o) => [o.name, preds.get(o.name)!.type.shape.slice(1)]));
  const total = outs.reduce((s, o) => s + targetWidth(o, shapes.get(o.name)!), 0);
  if (numel(y.type.shape) !== batch * total) {
    throw new CompileError('E_TRAIN_DATA', `${forward.name} has ${outs.length} outputs, so each sample's target row packs ${layout(outs, shapes)} = ${total} values, but the dataset's targets have ${numel(y.type.shape) / batch}`, {
      hint: "give the dataset one target column per value, in the model's output order",
    });
  }
  const rows = e.op('reshape', [y.type.dtype === 'f32' ? y : e.op('cast', [y], { to: 'f32' })], { shape: [batch, total] });
  let at = 0;
  const parts = outs.map((o) => {
    const pred = preds.get(o.name)!;
    const w = targetWidth(o, shapes.get(o.name)!);
    const cols = e.op('slice', [rows], { begin: [0, at], size: [batch, w] });
    at += w;
    const yi = o.loss === 'sparseCategoricalCrossentropy' ? e.op('cast', [cols], { to: 'i32' }) : cols;
    return { o, pred, logits: logitsOf(b, pred, o.loss, o.lossOptions), target: targetFor(e, yi, pred, o.loss) };
  });
  return { b, e, batch, parts };
}

/** The training step's objective: the weighted sum of the outputs' batch-mean losses, and the per-output sums. */
export function attachMultiOutputTrainingHead(forward: Graph, data: DataSpec, outs: readonly OutputLoss[]): Graph {
  const h = head(forward.name, forward, data, outs);
  const { b, e, batch } = h;
  let total: Value | undefined;
  for (const { o, pred, logits, target } of h.parts) {
    const l = lossOp(e, pred, logits, target, o.loss, o.lossOptions);
    accumulate(b, outputSum(o.name, 'loss'), e.mul(l, e.scalar(batch)));
    const term = o.weight === 1 ? l : e.mul(l, e.scalar(o.weight));
    total = total ? e.add(total, term) : term;
    addOutputSums(h, o, pred, logits, target, undefined);
  }
  b.output(LOSS_OUTPUT, total!);
  accumulate(b, METRICS.loss, e.mul(total!, e.scalar(batch)));
  return b.build();
}

/** The evaluation graph: host-fed batches with a 0/1 `eval/mask` per row; the same sums, masked. */
export function attachMultiOutputEvalHead(forward: Graph, data: DataSpec, outs: readonly OutputLoss[]): Graph {
  const h = head(`${forward.name}_eval`, forward, { ...data, resident: undefined }, outs);
  const { b, e, batch } = h;
  const mask = b.input(MASK_INPUT, { dtype: 'f32', shape: [batch] });
  let total: Value | undefined;
  for (const { o, pred, logits, target } of h.parts) {
    const l = maskedSum(e, rowLoss(e, pred, logits, target, o.loss, o.lossOptions), mask);
    accumulate(b, outputSum(o.name, 'loss'), l);
    const term = o.weight === 1 ? l : e.mul(l, e.scalar(o.weight));
    total = total ? e.add(total, term) : term;
    addOutputSums(h, o, pred, logits, target, mask);
  }
  accumulate(b, METRICS.loss, total!);
  return b.build();
}

/** Correct predictions (classification outputs) or absolute and squared errors (regression outputs). */
function addOutputSums(h: Head, o: OutputLoss, pred: Value, logits: Value | undefined, target: Target, mask: Value | undefined): void {
  const { b, e } = h;
  const kind = lossDef(o.loss).metric;
  if (kind === 'mae') {
    const d = e.sub(pred, denseT(target));
    if (o.metrics.some((m) => m === 'mae' || m === 'meanAbsoluteError')) accumulate(b, outputSum(o.name, 'abs'), maskedSum(e, e.op('abs', [d]), mask, false));
    if (o.metrics.some((m) => m === 'mse' || m === 'meanSquaredError')) accumulate(b, outputSum(o.name, 'squared'), maskedSum(e, e.op('square', [d]), mask, false));
    if (o.metrics.includes('accuracy')) throw new CompileError('E_TRAIN_CONFIG', `output '${o.name}' is trained with ${o.loss}, a regression loss: it has no accuracy`, { hint: 'ask for mae or mse on it' });
    return;
  }
  if (o.metrics.some((m) => m !== 'accuracy')) throw new CompileError('E_TRAIN_CONFIG', `output '${o.name}' is a classification output: its metric is accuracy (mae and mse are for regression outputs)`);
  if (!o.metrics.includes('accuracy')) return;
  let hits: Value;
  if (kind === 'binary') {
    hits = e.op('equal', [e.op('greater', [pred, e.scalar(0.5)]), e.op('greater', [denseT(target), e.scalar(0.5)])]);
  } else {
    const guess = e.op('argmax', [logits ?? pred], { axis: -1 });
    hits = e.op('equal', [guess, target.sparse ? target.labels : e.op('argmax', [target.t], { axis: -1 })]);
  }
  accumulate(b, outputSum(o.name, 'correct'), maskedSum(e, e.op('cast', [hits], { to: 'f32' }), mask, false));
}

/** Keras's history keys for a multi-output model: `loss` (the weighted total), `<output>_loss`, `<output>_<metric>`. */
export function multiOutputMetrics(sums: Record<string, ArrayLike<number>>, samples: number, model: CompiledModel, outs: readonly OutputLoss[]): Metrics {
  const values: Record<string, number> = {};
  const one = (k: string): number => sums[k]?.[0] ?? Number.NaN;
  for (const o of outs) {
    const shape = model.outputs.find((x) => x.name === o.name)!.shape;
    const kind = lossDef(o.loss).metric;
    const units = samples * (kind === 'categorical' ? numel(shape) / shape[shape.length - 1]! : numel(shape));
    values[`${o.name}_loss`] = one(outputSum(o.name, 'loss')) / samples;
    for (const m of o.metrics) {
      if (m === 'accuracy') values[`${o.name}_accuracy`] = one(outputSum(o.name, 'correct')) / units;
      else if (m === 'mae' || m === 'meanAbsoluteError') values[`${o.name}_${m}`] = one(outputSum(o.name, 'abs')) / units;
      else values[`${o.name}_${m}`] = one(outputSum(o.name, 'squared')) / units;
    }
  }
  return { loss: one(METRICS.loss) / samples, values };
}
