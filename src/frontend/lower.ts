/** @file Lowers a traced model to an IR graph: inputs, `<layer>.<weight>` params and state, one op group per layer. */
import { CompileError, GraphBuilder, formatType, numel, sameType, type Graph, type InferFn, type TensorType, type Value } from '../ir/index.ts';
import { getOp, inferType } from '../ops/registry.ts';
import { MAX_ELEMENTS } from './args.ts';
import { errorAt, locate } from './diag.ts';
import type { Lowerer, TrainingLowering } from './layers/layer-def.ts';
import { rngHash } from '../ops/rng.ts';
import { ACTIVITY_OUTPUT, ACTIVITY_ROWS_OUTPUT, addActivity, addActivityRows } from './activity.ts';
import type { LayerVal, ModelVal, TraceNode } from './values.ts';

/** Placeholder ops (being written by colleagues) have no shape rule yet; the frontend's is used then. */
function isPlaceholder(op: string): boolean {
  return getOp(op).summary === 'not implemented';
}

/**
 * Every op the frontend emits carries the shape the layer rule computed. The registry's rule must
 * agree: a disagreement is a bug on one side, reported as E_INTERNAL rather than silently trusted.
 */
function checkedInfer(expected: { type: TensorType | undefined }): InferFn {
  return (op, inputs, attrs) => {
    const want = expected.type;
    if (want && isPlaceholder(op)) return want;
    const got = inferType(op, inputs, attrs);
    if (want && !sameType(got, want)) {
      throw new Error(`the registry infers ${formatType(got)} for ${op}, the frontend expected ${formatType(want)}`);
    }
    return got;
  };
}

export interface LowerOptions {
  /** Training-mode forward: dropout draws masks, batch norm uses and updates batch statistics. */
  readonly training?: boolean;
  /** The run seed mixed into every dropout layer's seed (training mode only). */
  readonly seed?: number;
  /**
   * A layer (by name) whose output is probed, for Grad-CAM and feature maps: the graph gets an input
   * `probe/<layer>` of the output's type added to it (feed zeros: the forward is unchanged, and the
   * gradient with respect to that input is the gradient with respect to the activation) and an output
   * `tap/<layer>` holding the activation. A layer applied more than once is probed at its first use.
   */
  readonly probe?: string;
  /**
   * The inference graph also outputs `penalty/activity_rows` f32[B]: each sample's activity penalty
   * (l1·Σ|y| + l2·Σy² over its rows of the regularized layers' outputs), for the evaluation loss.
   */
  readonly penalties?: boolean;
}

/** The inference graph of `m` at a fixed batch size (shapes are static), or its training-mode forward. */
export function lowerModel(m: ModelVal, batch: number, opts: LowerOptions = {}): Graph {
  const expected: { type: TensorType | undefined } = { type: undefined };
  const b = new GraphBuilder(m.name, checkedInfer(expected));
  let stepInput: Value | undefined;
  const stepFn = (): Value => (stepInput ??= b.input('step', { dtype: 'u32', shape: [] }));
  const values = new Map<number, Value>();
  for (const i of m.inputs) {
    values.set(i.tensor.id, b.input(i.name, { dtype: i.tensor.dtype, shape: [batch, ...i.tensor.shape] }));
  }
  const params = new Map<LayerVal, Record<string, Value>>();
  let probed = false;
  let activity: Value | undefined;
  m.trace.forEach((step, index) => {
    b.loc = step.loc;
    try {
      const train = opts.training ? trainingLowering(b, step, index, opts.seed ?? 0, stepFn) : undefined;
      const l = lowerer(b, batch, expected, step, train);
      const ins = step.inputs.map((t) => values.get(t.id)!);
      const out = step.layer.def.lower(l, step.layer.config, ins, paramsOf(b, params, step.layer), step.output.shape);
      const [main, ...extra] = Array.isArray(out) ? (out as readonly Value[]) : [out as Value];
      values.set(step.output.id, opts.probe === step.layer.name && !probed ? probeAt(b, opts.probe, main!, () => (probed = true)) : main!);
      step.extra?.forEach((t, i) => values.set(t.id, extra[i]!));
      // Training only: Keras adds activity penalties to the loss, never to predictions.
      if (opts.training && step.layer.activity) activity = addActivity(b, activity, step.layer.activity, [main!, ...extra], batch);
      else if (opts.penalties && step.layer.activity) activity = addActivityRows(b, activity, step.layer.activity, [main!, ...extra]);
    } catch (e) {
      throw locate(e, step.node);
    }
  });
  for (const o of m.outputs) {
    const v = values.get(o.tensor.id);
    if (!v) throw errorAt(m.node, 'E_TENSOR_SCOPE', `output '${o.name}' is not computed from this model's inputs`, 'a tensor from another model cannot be returned; call that model as a layer instead');
    b.output(o.name, v);
  }
  if (activity) b.output(opts.training ? ACTIVITY_OUTPUT : ACTIVITY_ROWS_OUTPUT, activity);
  return b.build();
}

/** The activation plus a zero-fed input (so it can be differentiated), also returned as `tap/<layer>`. */
function probeAt(b: GraphBuilder, layer: string, v: Value, done: () => void): Value {
  done();
  b.output(`tap/${layer}`, v);
  return b.op('add', [v, b.input(`probe/${layer}`, v.type)]);
}

function paramsOf(b: GraphBuilder, cache: Map<LayerVal, Record<string, Value>>, layer: LayerVal): Record<string, Value> {
  const have = cache.get(layer);
  if (have) return have;
  const made: Record<string, Value> = {};
  for (const p of layer.built?.params ?? []) {
    const type: TensorType = { dtype: 'f32', shape: [...p.shape] };
    made[p.name] = p.kind === 'state' ? b.state(`${layer.name}.${p.name}`, type) : b.param(`${layer.name}.${p.name}`, type);
  }
  cache.set(layer, made);
  return made;
}

/**
 * Training hooks for one layer application. Seeds mix the layer's seed with its trace position and
 * the run seed (murmur3, as dropout's own hash), so two dropout layers never share a mask.
 */
function trainingLowering(b: GraphBuilder, step: TraceNode, index: number, runSeed: number, stepInput: () => Value): TrainingLowering {
  return {
    step: stepInput,
    seed: (layerSeed) => rngHash(runSeed, index, layerSeed),
    update(weight, v) {
      const name = `update/${step.layer.name}.${weight}`;
      // Keras would update the statistics once per application; dlc refuses rather than pick one.
      if (b.build().outputs.some((o) => o.name === name)) throw errorAt(step.node, 'E_TRAIN_SHARED_STATE', `${step.layer.name} is applied more than once, so training would update its moving statistics twice per step`, 'use a separate batchNorm() layer per application');
      b.output(name, v);
    },
  };
}

function lowerer(b: GraphBuilder, batch: number, expected: { type: TensorType | undefined }, step: TraceNode, training?: TrainingLowering): Lowerer {
  const op: Lowerer['op'] = (name, inputs, attrs, shape, dtype = 'f32') => {
    if (numel(shape) > MAX_ELEMENTS) {
      throw errorAt(step.node, 'E_SIZE_TOO_LARGE', `at batch size ${batch}, ${step.layer.name} produces a [${shape.join(', ')}] tensor (${numel(shape)} elements), more than a GPU buffer can hold (${MAX_ELEMENTS})`, 'use a smaller batch size');
    }
    for (const v of inputs) if (!v) throw new CompileError('E_INTERNAL', `${name} is missing an operand`);
    expected.type = { dtype, shape: [...shape] };
    try {
      return b.op(name, inputs, attrs);
    } finally {
      expected.type = undefined;
    }
  };
  return { batch, op, fill: (value, shape) => op('constant', [], { value, dtype: 'f32', shape: [...shape] }, shape), ...(training ? { training } : {}) };
}
