/** @file Builds models while evaluating: sequential layer lists, functional forward functions, programs. */
import { Node } from './ts-morph-lazy.ts';
import { numel } from '../ir/index.ts';
import { ArgReader, MAX_ELEMENTS, readAs, readSize, type Located } from './args.ts';
import { didYouMean, errorAt, keyNode } from './diag.ts';
import { applyLayer, callModel } from './call.ts';
import type { Interp } from './interp.ts';
import { ACTIVATION_LAYERS, LAYER_FACTORIES } from './layers/index.ts';
import { makeLayer } from './builtins.ts';
import { freezeFirst, freezeLayers, frozenPrefix, loadWeights } from './pretrained.ts';
import { callFunction } from './statements.ts';
import {
  BuiltinVal, describe, FnVal, InputVal, LayerVal, ModelVal, ObjVal, ProgramVal, TensorVal,
  type ElemType, type ModelOutput, type TraceNode, type Val,
} from './values.ts';

export type Config = Located & { value: ObjVal };

/** Rejects options the builder does not know, with a did-you-mean. */
export function checkKeys(fn: string, cfg: Config, known: readonly string[]): void {
  for (const key of cfg.value.props.keys()) {
    if (!known.includes(key)) {
      throw errorAt(keyNode(cfg.value.nodes.get(key) ?? cfg.node), 'E_UNKNOWN_OPTION', `${fn}() has no option '${key}'`, didYouMean(key, known) ?? `its options are ${known.join(', ')}`);
    }
  }
}

function prop(cfg: Config, key: string): Located {
  return { value: cfg.value.props.get(key), node: cfg.value.nodes.get(key) ?? cfg.node };
}

function required(fn: string, cfg: Config, key: string): Located {
  const p = prop(cfg, key);
  if (p.value === undefined) throw errorAt(cfg.node, 'E_MISSING_OPTION', `${fn}() needs '${key}'`);
  return p;
}

/** An input shape (batch excluded): positive integer sizes whose product fits in a GPU buffer. */
export function readShape(v: Val, node: Node, what: string): number[] {
  if (!Array.isArray(v) || v.length === 0) throw errorAt(node, 'E_OPTION_TYPE', `${what} must be a non-empty array of sizes such as [28, 28, 1], got ${describe(v)}`);
  const elems = Node.isArrayLiteralExpression(node) ? node.getElements() : [];
  const shape = (v as Val[]).map((d, i) => readSize(d, elems[i] ?? node, `${what}[${i}]`));
  if (numel(shape) > MAX_ELEMENTS) throw errorAt(node, 'E_SIZE_TOO_LARGE', `${what} [${shape.join(', ')}] has ${numel(shape)} elements per sample, more than a GPU buffer can hold (${MAX_ELEMENTS})`);
  return shape;
}

function dtypeOf(v: unknown): ElemType {
  return v === 'int32' ? 'i32' : 'f32';
}

export function readInput(ip: Interp, a: ArgReader): InputVal {
  const arg = a.args[0];
  if (!arg) throw errorAt(a.call, 'E_MISSING_ARGUMENT', 'input() needs a shape, e.g. input([28, 28, 1])');
  const shape = readShape(arg.value, arg.node, 'input shape');
  const o = a.options(1, { dtype: { oneOf: ['float32', 'int32'] } });
  a.atMost(2);
  return ip.input(shape, dtypeOf(o.dtype));
}

export function traced<T>(ip: Interp, trace: TraceNode[], f: () => T): T {
  const saved = ip.trace;
  ip.trace = trace;
  try {
    return f();
  } finally {
    ip.trace = saved;
  }
}

export function trainOf(ip: Interp, cfg: Config, model: string, outputs: readonly ModelOutput[]): ObjVal | undefined {
  const t = prop(cfg, 'train');
  if (t.value === undefined) return undefined;
  if (!(t.value instanceof ObjVal)) throw errorAt(t.node, 'E_OPTION_TYPE', `train must be an object { loss, optimizer, batchSize, … }, got ${describe(t.value)}`);
  const loss = t.value.props.get('loss');
  if (!(loss instanceof FnVal)) return t.value;
  const props = new Map(t.value.props);
  props.set('loss', customLoss(ip, loss, t.value.nodes.get('loss') ?? t.node, model, outputs));
  return new ObjVal(props, t.value.nodes);
}

/**
 * `loss: (yTrue, yPred) => …` read statically like a forward function: a weightless model of
 * inputs `y_true`, `y_pred` (the output's shape) whose output `loss` is a scalar or per-sample values.
 */
function customLoss(ip: Interp, fn: FnVal, node: Node, model: string, outputs: readonly ModelOutput[]): ModelVal {
  if (outputs.length !== 1) throw errorAt(node, 'E_TRAIN_UNSUPPORTED', `a custom loss needs a model with one output; ${model} has ${outputs.length}`);
  const shape = outputs[0]!.tensor.shape;
  const yTrue = ip.tensor(shape, 'f32');
  const yPred = ip.tensor(shape, 'f32');
  const trace: TraceNode[] = [];
  const result = traced(ip, trace, () => callFunction(ip, fn, [{ value: yTrue, node }, { value: yPred, node }], node));
  if (!(result instanceof TensorVal)) throw errorAt(node, 'E_LOSS_RESULT', `a custom loss must return a tensor, got ${describe(result)}`, 'e.g. loss: (yTrue, yPred) => mean(square(sub(yTrue, yPred)))');
  const weighted = trace.find((s) => (s.layer.built?.params.length ?? 0) > 0);
  if (weighted) throw errorAt(weighted.node, 'E_LOSS_WEIGHTS', `a custom loss cannot own weights, but it applies ${weighted.layer.name}`, 'compute the loss with tensor functions (mean, square, sub, …)');
  return new ModelVal(`${model}_loss`, 'functional', [{ name: 'y_true', tensor: yTrue }, { name: 'y_pred', tensor: yPred }], trace, [{ name: 'loss', tensor: result }], undefined, node);
}

/**
 * `weights: 'x.safetensors'` (or `{ base: 'x.safetensors' }` for a model it applies), `trainable: false` and
 * `unfreeze` apply to the layers the model applied, in this model's view of them (its trace): the layer
 * objects are untouched, so a base trained alone in the same file still trains there.
 */
export function pretrain(cfg: Config, trace: readonly TraceNode[], model: string): TraceNode[] {
  const w = prop(cfg, 'weights');
  let out = w.value === undefined ? [...trace] : loadWeights(trace, w.value, w.node, model);
  const t = prop(cfg, 'trainable');
  const u = prop(cfg, 'unfreeze');
  // `unfreeze` fine-tunes a frozen base: the layers before the cut stay frozen (with or without trainable: false).
  if (u.value !== undefined) out = freezeFirst(out, frozenPrefix(out, u.value, u.node));
  else if (t.value !== undefined && !(readAs('bool', t.value, t.node, 'trainable') as boolean)) out = freezeLayers(out);
  return out;
}

function nameOf(cfg: Config, fallback: string): string {
  const n = prop(cfg, 'name');
  return n.value === undefined ? fallback : (readAs('string', n.value, n.node, 'name') as string);
}

export function buildSequential(ip: Interp, cfg: Config, node: Node): ModelVal {
  checkKeys('sequential', cfg, ['name', 'input', 'inputDtype', 'layers', 'train', 'weights', 'trainable', 'unfreeze']);
  const inp = required('sequential', cfg, 'input');
  const shape = readShape(inp.value, inp.node, 'input');
  const dt = prop(cfg, 'inputDtype');
  const dtype = dtypeOf(dt.value === undefined ? undefined : readAs({ oneOf: ['float32', 'int32'] }, dt.value, dt.node, 'inputDtype'));
  const layersProp = required('sequential', cfg, 'layers');
  if (!Array.isArray(layersProp.value)) throw errorAt(layersProp.node, 'E_OPTION_TYPE', `sequential() layers must be an array of layers, got ${describe(layersProp.value)}`);
  const elems = Node.isArrayLiteralExpression(layersProp.node) ? layersProp.node.getElements() : [];
  const trace: TraceNode[] = [];
  const x = ip.tensor(shape, dtype);
  const out = traced(ip, trace, () => {
    let h = x;
    (layersProp.value as Val[]).forEach((v, i) => {
      const at = elems[i] ?? layersProp.node;
      h = applyListed(ip, v, h, at, i);
    });
    return h;
  });
  const name = nameOf(cfg, 'sequential');
  const outputs = [{ name: 'output', tensor: out }];
  return new ModelVal(name, 'sequential', [{ name: 'input', tensor: x }], pretrain(cfg, trace, name), outputs, trainOf(ip, cfg, nameOf(cfg, 'sequential'), outputs), node);
}

/** One entry of a sequential layer list: a layer, an activation, a model, or a helpful error. */
function applyListed(ip: Interp, v: Val, h: TensorVal, at: Node, i: number): TensorVal {
  if (v instanceof LayerVal) return applyLayer(ip, v, [h], at);
  if (v instanceof BuiltinVal && ACTIVATION_LAYERS.has(v.name)) {
    return applyLayer(ip, makeLayer(ip, ACTIVATION_LAYERS.get(v.name)!, new ArgReader(v.name, at, [])), [h], at);
  }
  if (v instanceof ModelVal) {
    const r = callModel(ip, v, [{ value: h, node: at }], at);
    if (r instanceof TensorVal) return r;
  }
  if (v instanceof FnVal) {
    const r = callFunction(ip, v, [{ value: h, node: at }], at);
    if (r instanceof TensorVal) return r;
    throw errorAt(at, 'E_NOT_A_LAYER', `layers[${i}] is a function that returned ${describe(r)}, not a tensor`);
  }
  const hint = v instanceof BuiltinVal && LAYER_FACTORIES.has(v.name) ? `call it: ${v.name}(…)` : undefined;
  throw errorAt(at, 'E_NOT_A_LAYER', `layers[${i}] is ${describe(v)}, not a layer`, hint);
}

export function buildFunctional(ip: Interp, cfg: Config, node: Node): ModelVal {
  if (cfg.value.props.has('outputs') && !cfg.value.props.has('forward')) return buildGraph(ip, cfg, node);
  checkKeys('model', cfg, ['name', 'inputs', 'forward', 'train', 'weights', 'trainable', 'unfreeze']);
  const ins = required('model', cfg, 'inputs');
  if (!(ins.value instanceof ObjVal) || ins.value.props.size === 0) {
    throw errorAt(ins.node, 'E_OPTION_TYPE', `model() inputs must be an object of input(...) declarations, got ${describe(ins.value)}`);
  }
  const inputs = [...ins.value.props].map(([name, v]) => {
    if (!(v instanceof InputVal)) throw errorAt(ins.value instanceof ObjVal ? (ins.value.nodes.get(name) ?? ins.node) : ins.node, 'E_OPTION_TYPE', `model input '${name}' must be input([...shape]), got ${describe(v)}`);
    return { name, tensor: ip.tensor(v.shape, v.dtype) };
  });
  const fwd = required('model', cfg, 'forward');
  if (!(fwd.value instanceof FnVal)) throw errorAt(fwd.node, 'E_OPTION_TYPE', `model() forward must be a function, got ${describe(fwd.value)}`);
  const trace: TraceNode[] = [];
  const arg = new ObjVal(new Map(inputs.map((i) => [i.name, i.tensor])));
  const result = traced(ip, trace, () => callFunction(ip, fwd.value as FnVal, [{ value: arg, node: fwd.node }], fwd.node));
  const outputs = outputsOf(result, fwd.node);
  // Every output comes from the inputs forward() was given (not from an input() declared elsewhere).
  graphTrace(trace, inputs.map((i) => i.tensor), outputs, fwd.node);
  return new ModelVal(nameOf(cfg, 'model'), 'functional', inputs, pretrain(cfg, trace, nameOf(cfg, 'model')), outputs, trainOf(ip, cfg, nameOf(cfg, 'model'), outputs), node);
}

/**
 * The Keras graph style: `model({ inputs: x, outputs: y })` where `x = input(…)` and `y` came from
 * applying layers to it at the top of the file (or in helpers). Inputs and outputs are one, a list or
 * an object by name. The model's trace is the applications its outputs depend on, in the order they
 * were made; an output that depends on an input() the model does not list is refused (Keras: graph
 * disconnected).
 */
function buildGraph(ip: Interp, cfg: Config, node: Node): ModelVal {
  checkKeys('model', cfg, ['name', 'inputs', 'outputs', 'train', 'weights', 'trainable', 'unfreeze']);
  const ins = required('model', cfg, 'inputs');
  const outs = required('model', cfg, 'outputs');
  const inputs = named(ins, 'input').map(({ name, value, node: at }) => {
    if (!(value instanceof InputVal)) throw errorAt(at, 'E_OPTION_TYPE', `model() inputs must be input([...shape]) declarations, got ${describe(value)} for '${name}'`);
    return { name, tensor: value as TensorVal };
  });
  const outputs = named(outs, 'output').map(({ name, value, node: at }) => {
    if (!(value instanceof TensorVal) || value instanceof InputVal) throw errorAt(at, 'E_OPTION_TYPE', `model() outputs must be tensors that layers returned, got ${describe(value)} for '${name}'`);
    if (!value.batched) throw errorAt(at, 'E_FORWARD_RESULT', `output '${name}' is reduced over the batch axis (axis 0)`, 'reduce over the per-sample axes only, e.g. mean(x, -1)');
    return { name, tensor: value };
  });
  const trace = graphTrace(ip.graph, inputs.map((i) => i.tensor), outputs, outs.node);
  const name = nameOf(cfg, 'model');
  return new ModelVal(name, 'functional', inputs, pretrain(cfg, trace, name), outputs, trainOf(ip, cfg, name, outputs), node);
}

/** One value, an array or an object of them, named: `base` for one, `base`, `base_1`, … for a list, the keys for an object. */
function named(p: Located, base: string): { name: string; value: Val; node: Node }[] {
  const elems = Node.isArrayLiteralExpression(p.node) ? p.node.getElements() : [];
  if (Array.isArray(p.value)) return (p.value as Val[]).map((value, i) => ({ name: i === 0 ? base : `${base}_${i}`, value, node: elems[i] ?? p.node }));
  if (p.value instanceof ObjVal) return [...p.value.props].map(([name, value]) => ({ name, value, node: (p.value as ObjVal).nodes.get(name) ?? p.node }));
  return [{ name: base, value: p.value, node: p.node }];
}

/** The applications in `graph` that the outputs depend on, in order; every tensor they start from must be one of `inputs`. */
function graphTrace(graph: readonly TraceNode[], inputs: readonly TensorVal[], outputs: readonly ModelOutput[], at: Node): TraceNode[] {
  const producer = new Map<number, TraceNode>();
  for (const t of graph) for (const o of [t.output, ...(t.extra ?? [])]) producer.set(o.id, t);
  const fed = new Set(inputs.map((t) => t.id));
  const needed = new Set<TraceNode>();
  const stack: { t: TensorVal; by?: TraceNode }[] = outputs.map((o) => ({ t: o.tensor }));
  const seen = new Set<number>();
  while (stack.length) {
    const { t, by } = stack.pop()!;
    if (seen.has(t.id) || fed.has(t.id)) continue;
    seen.add(t.id);
    const p = producer.get(t.id);
    if (!p) {
      const what = t instanceof InputVal ? `an input() (shape [${t.shape.join(', ')}]) that is not among this model's inputs` : 'a tensor that no layer outside forward() produced';
      throw errorAt(by?.node ?? at, 'E_GRAPH_DISCONNECTED', `the model's outputs depend on ${what}`, t instanceof InputVal ? 'list every input() the outputs are built from in inputs' : 'build the outputs by applying layers to the input()s');
    }
    needed.add(p);
    stack.push(...p.inputs.map((i) => ({ t: i, by: p })));
  }
  return graph.filter((t) => needed.has(t));
}

function outputsOf(result: Val, node: Node): ModelOutput[] {
  const perSample = (t: Val): void => {
    if (t instanceof TensorVal && !t.batched) throw errorAt(node, 'E_FORWARD_RESULT', 'forward() returns a tensor reduced over the batch axis (axis 0)', 'reduce over the per-sample axes only, e.g. mean(x, -1)');
  };
  if (result instanceof ObjVal) for (const v of result.props.values()) perSample(v);
  perSample(result);
  if (result instanceof TensorVal) return [{ name: 'output', tensor: result }];
  if (result instanceof ObjVal && [...result.props.values()].every((v) => v instanceof TensorVal) && result.props.size > 0) {
    return [...result.props].map(([name, t]) => ({ name, tensor: t as TensorVal }));
  }
  throw errorAt(node, 'E_FORWARD_RESULT', `forward() must return a tensor or an object of tensors, got ${describe(result)}`, 'end forward() with return <tensor>;');
}

export function buildProgram(cfg: Config, node: Node): ProgramVal {
  checkKeys('program', cfg, ['name', 'models', 'steps', 'data', 'batchSize', 'epochs', 'callbacks']);
  required('program', cfg, 'models');
  required('program', cfg, 'steps');
  return new ProgramVal(cfg.value, node);
}
