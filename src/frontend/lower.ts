/** @file Lowers a traced model to an IR graph: inputs, `<layer>.<weight>` params and state, one op group per layer. */
import { CompileError, GraphBuilder, formatType, numel, sameType, type Graph, type InferFn, type TensorType, type Value } from '../ir/index.ts';
import { getOp, inferType } from '../ops/registry.ts';
import { MAX_ELEMENTS } from './args.ts';
import { errorAt, locate } from './diag.ts';
import type { Lowerer } from './layers/layer-def.ts';
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

/** The inference graph of `m` at a fixed batch size (shapes are static). */
export function lowerModel(m: ModelVal, batch: number): Graph {
  const expected: { type: TensorType | undefined } = { type: undefined };
  const b = new GraphBuilder(m.name, checkedInfer(expected));
  const values = new Map<number, Value>();
  for (const i of m.inputs) {
    values.set(i.tensor.id, b.input(i.name, { dtype: i.tensor.dtype, shape: [batch, ...i.tensor.shape] }));
  }
  const params = new Map<LayerVal, Record<string, Value>>();
  for (const step of m.trace) {
    b.loc = step.loc;
    try {
      const l = lowerer(b, batch, expected, step);
      const ins = step.inputs.map((t) => values.get(t.id)!);
      const out = step.layer.def.lower(l, step.layer.config, ins, paramsOf(b, params, step.layer), step.output.shape);
      values.set(step.output.id, out);
    } catch (e) {
      throw locate(e, step.node);
    }
  }
  for (const o of m.outputs) {
    const v = values.get(o.tensor.id);
    if (!v) throw errorAt(m.node, 'E_TENSOR_SCOPE', `output '${o.name}' is not computed from this model's inputs`, 'a tensor from another model cannot be returned; call that model as a layer instead');
    b.output(o.name, v);
  }
  return b.build();
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

function lowerer(b: GraphBuilder, batch: number, expected: { type: TensorType | undefined }, step: TraceNode): Lowerer {
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
  return { batch, op, fill: (value, shape) => op('constant', [], { value, dtype: 'f32', shape: [...shape] }, shape) };
}
