/** @file Calls in a model file: user helpers (inlined), dlc markers, layers applied to tensors, models as layers. */
import type { Node } from 'ts-morph';
import { errorAt, locate, locOf } from './diag.ts';
import type { Located } from './args.ts';
import { callBuiltin } from './builtins.ts';
import type { Interp } from './interp.ts';
import type { ApplySite } from './layers/layer-def.ts';
import { checkInitShapes } from './initializers.ts';
import { callFunction } from './statements.ts';
import { BuiltinVal, describe, FnVal, LayerVal, ModelVal, ObjVal, TensorVal, type Val } from './values.ts';

export function callValue(ip: Interp, callee: Val, args: readonly Located[], node: Node, calleeNode: Node): Val {
  if (callee instanceof FnVal) return callFunction(ip, callee, args, node);
  // `Math` is a namespace of functions, not one: it is the only BuiltinVal that cannot be called.
  if (callee instanceof BuiltinVal && callee.name === 'Math') throw errorAt(calleeNode, 'E_NOT_CALLABLE', 'Math is not a function', 'call one of its members, e.g. Math.max(a, b)');
  if (callee instanceof BuiltinVal) return callBuiltin(ip, callee.name, args, node);
  if (callee instanceof LayerVal) return callLayer(ip, callee, args, node);
  if (callee instanceof ModelVal) return callModel(ip, callee, args, node);
  throw errorAt(calleeNode, 'E_NOT_CALLABLE', `${describe(callee)} is not a function or layer`);
}

function callLayer(ip: Interp, layer: LayerVal, args: readonly Located[], node: Node): Val {
  if (args.length !== 1) throw errorAt(node, 'E_ARGUMENT_COUNT', `a layer is applied to one tensor${layer.def.arity === 'many' ? ' list' : ''}, got ${args.length} arguments`);
  const a = args[0]!;
  const inputs = layer.def.arity === 'many' ? tensorList(a, `${layer.name}`) : [expectTensor(a, layer.name)];
  const out = applyLayer(ip, layer, inputs, node);
  // A layer with further outputs (returnState) gives them all: const [seq, h, c] = lstm(8, { returnState: true })(x).
  const extra = ip.applications().at(-1)?.extra;
  return extra ? [out, ...extra] : out;
}

export function expectTensor(a: Located, what: string): TensorVal {
  if (a.value instanceof TensorVal) return a.value;
  throw errorAt(a.node, 'E_NOT_TENSOR', `${what} is applied to ${describe(a.value)}, but it takes a tensor`, 'layers are applied to tensors: to an input() or what a layer returned, as in Keras; in sequential() list them under layers');
}

export function tensorList(a: Located, what: string): TensorVal[] {
  if (!Array.isArray(a.value)) throw errorAt(a.node, 'E_NOT_TENSOR', `${what} takes a list of tensors, got ${describe(a.value)}`);
  return (a.value as Val[]).map((v) => expectTensor({ value: v, node: a.node }, what));
}

/** Applies a layer inside the model being traced; the first application builds its weights. */
export function applyLayer(ip: Interp, layer: LayerVal, inputs: readonly TensorVal[], node: Node): TensorVal {
  const layerName = `${layer.name} (${layer.def.kerasType})`;
  const at: ApplySite = { layerName, error: (code, message, hint) => errorAt(node, code, message, hint) };
  const shapes = inputs.map((t) => ({ shape: t.shape, dtype: t.dtype }));
  if (layer.def.dslName !== 'embedding' && inputs.some((t) => t.dtype !== 'f32')) {
    throw at.error('E_DTYPE', `${layerName} takes float32 tensors, but its input holds int32 token ids`, 'feed token ids to embedding() first');
  }
  if (!layer.built) {
    try {
      const b = layer.def.build(layer.config, shapes, at);
      checkInitShapes(b.params, at, layer.def.kerasType);
      layer.built = { inputs: shapes, output: b.output, params: b.params.map((p) => (layer.trainable ? p : { ...p, trainable: false })), ...(b.extra ? { extra: b.extra } : {}) };
    } catch (e) {
      throw locate(e, node);
    }
  } else {
    const same = layer.built.inputs.length === shapes.length && layer.built.inputs.every((s, i) => s.shape.join() === shapes[i]!.shape.join());
    if (!same) {
      throw at.error('E_SHAPE_SHARED', `${layerName} was built for inputs ${layer.built.inputs.map((s) => `(None, ${s.shape.join(', ')})`).join(', ')} and is now applied to ${shapes.map((s) => `(None, ${s.shape.join(', ')})`).join(', ')}`, 'a layer object shares its weights across applications; create a new layer for differently shaped inputs');
    }
  }
  const out = ip.tensor(layer.built.output, layer.def.dslName === 'flatten' || layer.def.dslName === 'reshape' ? inputs[0]!.dtype : 'f32');
  const extra = layer.built.extra?.map((s) => ip.tensor(s, 'f32'));
  ip.applications().push({ layer, inputs, output: out, ...(extra ? { extra } : {}), loc: locOf(node), node });
  return out;
}

/** A model applied to tensors replays its layer applications, sharing their weights (GANs, encoders). */
export function callModel(ip: Interp, m: ModelVal, args: readonly Located[], node: Node): Val {
  const a = args[0];
  if (!a || args.length > 1) throw errorAt(node, 'E_ARGUMENT_COUNT', `model ${m.name} is applied to one tensor (or an object of tensors by input name)`);
  const feeds = new Map<number, TensorVal>();
  if (m.inputs.length === 1 && a.value instanceof TensorVal) {
    feeds.set(m.inputs[0]!.tensor.id, a.value);
  } else if (a.value instanceof ObjVal) {
    for (const i of m.inputs) feeds.set(i.tensor.id, expectTensor({ value: a.value.props.get(i.name), node: a.node }, `model ${m.name} input '${i.name}'`));
  } else {
    throw errorAt(a.node, 'E_NOT_TENSOR', `model ${m.name} is applied to ${describe(a.value)}, but it takes ${m.inputs.length === 1 ? 'a tensor' : `an object { ${m.inputs.map((i) => i.name).join(', ')} }`}`);
  }
  for (const i of m.inputs) {
    const t = feeds.get(i.tensor.id)!;
    if (t.shape.join() !== i.tensor.shape.join()) {
      throw errorAt(a.node, 'E_SHAPE_MISMATCH', `model ${m.name} expects input '${i.name}' of shape (None, ${i.tensor.shape.join(', ')}), got (None, ${t.shape.join(', ')})`);
    }
  }
  for (const step of m.trace) {
    feeds.set(step.output.id, applyLayer(ip, step.layer, step.inputs.map((t) => feeds.get(t.id)!), node));
    // The replayed application keeps the nested model's view of the layer (frozen, pretrained) and where it came from.
    const trace = ip.applications();
    const last = trace.length - 1;
    trace[last] = { ...trace[last]!, via: [m.name, ...(step.via ?? [])], ...(step.params ? { params: step.params } : {}) };
    const replayed = trace[last]!.extra;
    step.extra?.forEach((t, i) => feeds.set(t.id, replayed![i]!));
  }
  if (m.outputs.length === 1) return feeds.get(m.outputs[0]!.tensor.id);
  return new ObjVal(new Map(m.outputs.map((o) => [o.name, feeds.get(o.tensor.id)])));
}
