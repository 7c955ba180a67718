/** @file What each `dlc` export does when a model file calls it: layer factories, activations, models, descriptors. */
import type { Node } from 'ts-morph';
import { ACTIVATIONS, ArgReader, readAs, type Located, type OptKind } from './args.ts';
import { activityOf } from './activity.ts';
import { errorAt } from './diag.ts';
import { applyLayer, expectTensor, tensorList } from './call.ts';
import type { Interp } from './interp.ts';
import { ACTIVATION_LAYERS, LAYER_FACTORIES, MERGES } from './layers/index.ts';
import type { LayerDef } from './layers/layer-def.ts';
import { DATASETS, datasetDescriptor } from './datasets.ts';
import { CALLBACKS, callbackDescriptor } from './callbacks.ts';
import { APPLICATIONS, buildApplication } from './applications.ts';
import { buildFunctional, buildProgram, buildSequential, readInput } from './models.ts';
import { buildDistiller } from './distiller.ts';
import { LOSSES } from '../train/losses.ts';
import { callTensorFn, isTensorFnCall, TENSOR_FN_NAMES } from './tensor-fns.ts';
import { INIT_FACTORIES, initializerDescriptor } from './initializers.ts';
import { DescVal, LayerVal, ObjVal, TensorVal, describe, type Val } from './values.ts';

const OPTIMIZERS: Record<string, Record<string, OptKind>> = {
  sgd: { learningRate: 'positive', momentum: 'rate', nesterov: 'bool', weightDecay: 'number' },
  rmsprop: { learningRate: 'positive', rho: 'rate', momentum: 'rate', epsilon: 'positive', weightDecay: 'number' },
  adam: { learningRate: 'positive', beta1: 'rate', beta2: 'rate', epsilon: 'positive', amsgrad: 'bool', weightDecay: 'number' },
  adagrad: { learningRate: 'positive', initialAccumulatorValue: 'number', epsilon: 'positive', weightDecay: 'number' },
  adadelta: { learningRate: 'positive', rho: 'rate', epsilon: 'positive', weightDecay: 'number' },
  adamax: { learningRate: 'positive', beta1: 'rate', beta2: 'rate', epsilon: 'positive', weightDecay: 'number' },
  nadam: { learningRate: 'positive', beta1: 'rate', beta2: 'rate', epsilon: 'positive', weightDecay: 'number' },
};

/** Losses with options that a model file may call: `huber({ delta: 2 })`; every loss is also a string name. */
const LOSS_FACTORIES: ReadonlySet<string> = new Set(LOSSES.filter((d) => Object.keys(d.options).length > 0).map((d) => d.kind));

const REGULARIZERS = new Set(['l1', 'l2', 'l1l2']);
const CONSTRAINTS = new Set(['maxNorm', 'nonNeg', 'unitNorm', 'minMaxNorm']);

const MODEL_BUILDERS = new Set(['sequential', 'model', 'input', 'program', 'distiller']);

/** Every name `dlc` exports that a model file may call or pass around. */
export const DSL_VALUES: ReadonlySet<string> = new Set([
  ...LAYER_FACTORIES.keys(), ...MERGES.keys(), ...ACTIVATIONS, ...MODEL_BUILDERS, ...Object.keys(OPTIMIZERS), ...Object.keys(DATASETS),
  ...APPLICATIONS, ...LOSS_FACTORIES, ...TENSOR_FN_NAMES, ...REGULARIZERS, ...CONSTRAINTS, ...INIT_FACTORIES,
  ...CALLBACKS,
]);
/** Type-only exports (erased; importing them is fine). */
export const DSL_TYPES: ReadonlySet<string> = new Set(['B', 'Shape', 'Tensor', 'Layer', 'MergeLayer', 'Initializer', 'ActivationName', 'Model', 'Optimizer', 'Dataset', 'Loss', 'CrossentropyOptions', 'FocalOptions', 'Axes', 'Regularizer', 'Constraint', 'InitializerFn', 'WeightLiteral', 'Unfreeze', 'VarianceScalingOptions', 'SeedOption', 'TrainConfig', 'InputSpec',
  'SyntheticOptions', 'SyntheticKind', 'PretrainedOptions', 'LayerOptions', 'ConvOptions', 'PoolOptions', 'UpSamplingOptions',
  'PositionEmbeddingOptions', 'Activation', 'SequentialConfig', 'ModelConfig',
  'RecurrentOptions', 'GatedRecurrentOptions', 'GruOptions', 'BidirectionalOptions', 'StatefulLayer', 'ApplicationOptions', 'RescalingOptions', 'ResizingOptions', 'RandomBrightnessOptions', 'ThresholdedReluOptions', 'RreluOptions',
  'Conv1dOptions', 'Pool1dOptions', 'UpSampling1dOptions', 'Amount1d', 'Amount2d', 'DepthwiseConv2dOptions', 'SeparableConv2dOptions', 'DotOptions',
  'Callback', 'Monitor', 'MonitorMode', 'EarlyStoppingOptions', 'ReduceLROnPlateauOptions', 'ModelCheckpointOptions', 'LearningRateSchedule',
  'DistillerConfig']);

export function callBuiltin(ip: Interp, name: string, args: readonly Located[], node: Node): Val {
  if (name.startsWith('Math.')) return callMath(name.slice(5), args, node);
  if (isTensorFnCall(name, args)) return callTensorFn(ip, name, args, node);
  const factory = LAYER_FACTORIES.get(name);
  if (factory) return makeLayer(ip, factory, new ArgReader(name, node, args));
  const merge = MERGES.get(name);
  if (merge) return callMerge(ip, merge, args, node);
  const act = ACTIVATION_LAYERS.get(name);
  if (act) return callActivation(ip, act, args, node);
  if (name === 'sequential') return buildSequential(ip, configArg(name, args, node), node);
  if (name === 'model') return buildFunctional(ip, configArg(name, args, node), node);
  if (name === 'program') return buildProgram(configArg(name, args, node), node);
  if (name === 'distiller') return buildDistiller(ip, configArg(name, args, node), node);
  if (APPLICATIONS.has(name)) return buildApplication(ip, name, args[0] ? configArg(name, args, node) : { value: new ObjVal(new Map()), node }, node);
  if (name === 'input') return readInput(ip, new ArgReader(name, node, args));
  if (name in OPTIMIZERS) return optimizerDescriptor(name, new ArgReader(name, node, args));
  if (name in DATASETS) return datasetDescriptor(name, new ArgReader(name, node, args));
  if (LOSS_FACTORIES.has(name)) return lossDescriptor(name, new ArgReader(name, node, args));
  if (REGULARIZERS.has(name)) return regularizerDescriptor(name, new ArgReader(name, node, args));
  if (CONSTRAINTS.has(name)) return constraintDescriptor(name, new ArgReader(name, node, args));
  if (INIT_FACTORIES.has(name)) return initializerDescriptor(name, new ArgReader(name, node, args));
  if (CALLBACKS.has(name)) return callbackDescriptor(name, new ArgReader(name, node, args));
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
  const layer = ip.layer(def, cfg, name, trainable, a.call);
  // The layer's parse accepted (and checked) the option; the penalty is the lowering's (src/frontend/activity.ts).
  const activity = opts?.props.get('activityRegularizer');
  if (opts && activity !== undefined) layer.activity = activityOf(readAs('regularizer', activity, opts.nodes.get('activityRegularizer') ?? a.call, `${def.dslName}() option 'activityRegularizer'`));
  return layer;
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

function lossDescriptor(kind: string, a: ArgReader): DescVal {
  const options = a.options(0, LOSSES.find((d) => d.kind === kind)!.options) as Record<string, number | boolean>;
  a.atMost(1);
  return new DescVal('loss', kind, options);
}

/** `l1(0.01)`, `l2(0.01)`, `l1l2({ l1, l2 })` (Keras defaults 0.01) as { l1, l2 } factors. */
function regularizerDescriptor(kind: string, a: ArgReader): DescVal {
  a.atMost(1);
  if (kind === 'l1l2') {
    const o = a.options(0, { l1: 'number', l2: 'number' }) as { l1?: number; l2?: number };
    return new DescVal('regularizer', kind, { l1: o.l1 ?? 0.01, l2: o.l2 ?? 0.01 });
  }
  const f = (a.optional(0, `the ${kind} factor`, 'number') as number | undefined) ?? 0.01;
  return new DescVal('regularizer', kind, { l1: kind === 'l1' ? f : 0, l2: kind === 'l2' ? f : 0 });
}

/** Keras constraints with their defaults: maxNorm(2), unitNorm, minMaxNorm(0, 1, rate 1), all along axis 0. */
function constraintDescriptor(kind: string, a0: ArgReader): DescVal {
  // `axis: 1` is `axis: [1]`.
  const args = a0.args.map((x) => {
    const v = x.value;
    return v instanceof ObjVal && typeof v.props.get('axis') === 'number' ? { ...x, value: new ObjVal(new Map([...v.props, ['axis', [v.props.get('axis')!]]]), v.nodes) } : x;
  });
  const a = new ArgReader(a0.fn, a0.call, args);
  const axisOf = (o: Record<string, unknown>): readonly number[] => (o.axis === undefined ? [0] : typeof o.axis === 'number' ? [o.axis] : (o.axis as number[]));
  if (kind === 'nonNeg') {
    a.atMost(0);
    return new DescVal('constraint', kind, {});
  }
  if (kind === 'maxNorm') {
    a.atMost(2);
    const max = (a.optional(0, 'the largest norm', 'positive') as number | undefined) ?? 2;
    const o = a.options(1, { axis: 'ints' });
    return new DescVal('constraint', kind, { minValue: 0, maxValue: max, rate: 1, axis: axisOf(o) });
  }
  a.atMost(1);
  if (kind === 'unitNorm') return new DescVal('constraint', kind, { axis: axisOf(a.options(0, { axis: 'ints' })) });
  const o = a.options(0, { minValue: 'number', maxValue: 'number', rate: 'positive', axis: 'ints' }) as Record<string, number | undefined>;
  // Keras's rate is in (0, 1], 1 (the default) being the strict projection.
  if (o.rate !== undefined && o.rate > 1) throw errorAt(a.args[0]?.node ?? a.call, 'E_OPTION_RANGE', `minMaxNorm(): rate must be in (0, 1], got ${o.rate}`, 'rate 1 projects the norms into [minValue, maxValue]; smaller rates move them part of the way');
  return new DescVal('constraint', kind, { minValue: o.minValue ?? 0, maxValue: o.maxValue ?? 1, rate: o.rate ?? 1, axis: axisOf(o) });
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
