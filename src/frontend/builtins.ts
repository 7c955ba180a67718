/** @file What each `dlc` export does when a model file calls it: layer factories, activations, models, descriptors. */
import type { Node } from 'ts-morph';
import { ACTIVATIONS, ArgReader, type Located, type OptKind } from './args.ts';
import { errorAt } from './diag.ts';
import { applyLayer, expectTensor, tensorList } from './call.ts';
import type { Interp } from './interp.ts';
import { ACTIVATION_LAYERS, LAYER_FACTORIES, MERGES } from './layers/index.ts';
import type { LayerDef } from './layers/layer-def.ts';
import { DATASETS, datasetDescriptor } from './datasets.ts';
import { APPLICATIONS, buildApplication } from './applications.ts';
import { buildFunctional, buildProgram, buildSequential, readInput } from './models.ts';
import { DescVal, LayerVal, ObjVal, TensorVal, describe, type Val } from './values.ts';

const OPTIMIZERS: Record<string, Record<string, OptKind>> = {
  sgd: { learningRate: 'positive', momentum: 'rate', nesterov: 'bool', weightDecay: 'number' },
  rmsprop: { learningRate: 'positive', rho: 'rate', momentum: 'rate', epsilon: 'positive', weightDecay: 'number' },
  adam: { learningRate: 'positive', beta1: 'rate', beta2: 'rate', epsilon: 'positive', weightDecay: 'number' },
};

const MODEL_BUILDERS = new Set(['sequential', 'model', 'input', 'program']);

/** Every name `dlc` exports that a model file may call or pass around. */
export const DSL_VALUES: ReadonlySet<string> = new Set([
  ...LAYER_FACTORIES.keys(), ...MERGES.keys(), ...ACTIVATIONS, ...MODEL_BUILDERS, ...Object.keys(OPTIMIZERS), ...Object.keys(DATASETS),
  ...APPLICATIONS,
]);
/** Type-only exports (erased; importing them is fine). */
export const DSL_TYPES: ReadonlySet<string> = new Set(['B', 'Shape', 'Tensor', 'Layer', 'MergeLayer', 'Initializer', 'ActivationName', 'Model', 'Optimizer', 'Dataset', 'TrainConfig', 'InputSpec',
  'SyntheticOptions', 'SyntheticKind', 'PretrainedOptions', 'LayerOptions', 'ConvOptions', 'PoolOptions', 'UpSamplingOptions',
  'PositionEmbeddingOptions', 'Activation', 'SequentialConfig', 'ModelConfig',
  'RecurrentOptions', 'GatedRecurrentOptions', 'GruOptions', 'BidirectionalOptions', 'StatefulLayer', 'ApplicationOptions', 'RescalingOptions', 'ResizingOptions', 'RandomBrightnessOptions', 'ThresholdedReluOptions', 'RreluOptions',
  'Conv1dOptions', 'Pool1dOptions', 'UpSampling1dOptions', 'Amount1d', 'Amount2d', 'DepthwiseConv2dOptions', 'SeparableConv2dOptions', 'DotOptions']);

export function callBuiltin(ip: Interp, name: string, args: readonly Located[], node: Node): Val {
  if (name.startsWith('Math.')) return callMath(name.slice(5), args, node);
  const factory = LAYER_FACTORIES.get(name);
  if (factory) return makeLayer(ip, factory, new ArgReader(name, node, args));
  const merge = MERGES.get(name);
  if (merge) return callMerge(ip, merge, args, node);
  const act = ACTIVATION_LAYERS.get(name);
  if (act) return callActivation(ip, act, args, node);
  if (name === 'sequential') return buildSequential(ip, configArg(name, args, node), node);
  if (name === 'model') return buildFunctional(ip, configArg(name, args, node), node);
  if (name === 'program') return buildProgram(configArg(name, args, node), node);
  if (APPLICATIONS.has(name)) return buildApplication(ip, name, args[0] ? configArg(name, args, node) : { value: new ObjVal(new Map()), node }, node);
  if (name === 'input') return readInput(new ArgReader(name, node, args));
  if (name in OPTIMIZERS) return optimizerDescriptor(name, new ArgReader(name, node, args));
  if (name in DATASETS) return datasetDescriptor(name, new ArgReader(name, node, args));
  throw errorAt(node, 'E_INTERNAL', `dlc export '${name}' has no compile-time meaning`);
}

function configArg(fn: string, args: readonly Located[], node: Node): Located & { value: ObjVal } {
  const a = args[0];
  if (!a || !(a.value instanceof ObjVal)) {
    throw errorAt(a?.node ?? node, 'E_OPTION_TYPE', `${fn}() takes a configuration object, got ${a ? describe(a.value) : 'nothing'}`);
  }
  return a as Located & { value: ObjVal };
}

/** A layer object; `name` and `trainable` are read from whichever options object the factory takes. */
export function makeLayer(ip: Interp, def: LayerDef, a: ArgReader): LayerVal {
  const cfg = def.parse(a);
  const opts = a.args.map((x) => x.value).find((v): v is ObjVal => v instanceof ObjVal);
  const name = opts?.props.get('name') as string | undefined;
  const trainable = (opts?.props.get('trainable') as boolean | undefined) ?? true;
  return ip.layer(def, cfg, name, trainable, a.call);
}

function callMerge(ip: Interp, def: LayerDef, args: readonly Located[], node: Node): TensorVal {
  const first = args[0];
  let tensors: TensorVal[];
  if (def.dslName === 'add' && first && !Array.isArray(first.value)) {
    tensors = args.map((a) => expectTensor(a, 'add()'));
  } else {
    if (!first) throw errorAt(node, 'E_MISSING_ARGUMENT', `${def.dslName}() needs the tensors to merge`);
    tensors = tensorList(first, `${def.dslName}()`);
  }
  if (tensors.length < 2) throw errorAt(node, 'E_ARGUMENT_COUNT', `${def.dslName}() merges two or more tensors, got ${tensors.length}`);
  const reader = new ArgReader(def.dslName, node, def.dslName === 'add' ? [] : args);
  return applyLayer(ip, makeLayer(ip, def, reader), tensors, node);
}

/** `relu(x)` applies at once; `leakyRelu({ alpha })` / `leakyRelu()` makes a layer. */
function callActivation(ip: Interp, def: LayerDef, args: readonly Located[], node: Node): Val {
  const first = args[0];
  if (first && first.value instanceof TensorVal) {
    if (args.length > 1) throw errorAt(args[1]!.node, 'E_ARGUMENT_COUNT', `${def.dslName}(x) takes one tensor`);
    return applyLayer(ip, makeLayer(ip, def, new ArgReader(def.dslName, node, [])), [first.value], node);
  }
  if (first && !(first.value instanceof ObjVal) && first.value !== undefined) {
    expectTensor(first, `${def.dslName}()`);
  }
  return makeLayer(ip, def, new ArgReader(def.dslName, node, args));
}

function optimizerDescriptor(kind: string, a: ArgReader): DescVal {
  const options = a.options(0, OPTIMIZERS[kind]!) as Record<string, number | boolean>;
  a.atMost(1);
  return new DescVal('optimizer', kind, options);
}

function callMath(fn: string, args: readonly Located[], node: Node): number {
  const xs = args.map((a) => {
    if (typeof a.value !== 'number') throw errorAt(a.node, 'E_OPTION_TYPE', `Math.${fn} takes numbers, got ${describe(a.value)}`);
    return a.value;
  });
  const f = (Math as unknown as Record<string, (...v: number[]) => number>)[fn];
  if (!f) throw errorAt(node, 'E_NOT_CONSTANT', `Math.${fn} is not a compile-time constant`);
  return f(...xs);
}
