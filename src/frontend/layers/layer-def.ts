/** @file The layer contract: option parsing, shape and param rule, lowering to registry ops. */
import type { Node } from 'ts-morph';
import type { AttrValue, Value } from '../../ir/index.ts';
import type { ElemType } from '../values.ts';

/** Keras initializers by camelCase name; each may also be called with options (`randomNormal({ stddev: 0.1 })`). */
export const INIT_NAMES = [
  'glorotUniform', 'glorotNormal', 'heUniform', 'heNormal', 'zeros', 'ones', 'orthogonal',
  'randomNormal', 'truncatedNormal', 'randomUniform', 'constant', 'varianceScaling', 'lecunNormal', 'lecunUniform', 'identity',
] as const;
export type InitKind = (typeof INIT_NAMES)[number];

/** An initializer with its options, Keras defaults filled in (see src/frontend/initializers.ts). */
export type InitSpec =
  | { readonly kind: 'randomNormal' | 'truncatedNormal'; readonly mean: number; readonly stddev: number; readonly seed?: number }
  | { readonly kind: 'randomUniform'; readonly minval: number; readonly maxval: number; readonly seed?: number }
  | { readonly kind: 'constant'; readonly value: number }
  | { readonly kind: 'varianceScaling'; readonly scale: number; readonly mode: 'fanIn' | 'fanOut' | 'fanAvg'; readonly distribution: 'truncatedNormal' | 'untruncatedNormal' | 'uniform'; readonly seed?: number }
  /** A named random initializer called with options: `glorotUniform({ seed: 42 })`. */
  | { readonly kind: 'seeded'; readonly name: SeededName; readonly seed?: number }
  | { readonly kind: 'identity'; readonly gain: number }
  /** Literal weights written in the model file (`conv2d(1, 3, { kernel: [[…]] })`, `constant([[…]])`), row-major as written. */
  | { readonly kind: 'literal'; readonly shape: readonly number[]; readonly values: readonly number[] };

/** Named initializers that a model file may also call, for their `seed`. */
export const SEEDED_NAMES = ['glorotUniform', 'glorotNormal', 'heUniform', 'heNormal', 'orthogonal'] as const;
export type SeededName = (typeof SEEDED_NAMES)[number];

/** What a layer config holds for a weight's initializer: a name (Keras defaults) or a spec with options. */
export type InitName = InitKind | InitSpec;

/** One weight of a layer, named as Keras names it (`kernel`, `bias`, `moving_mean`, …). */
export interface ParamSpec {
  readonly name: string;
  readonly shape: readonly number[];
  readonly init: InitName;
  /** Trained by the optimizer; false for frozen layers and running statistics. */
  readonly trainable: boolean;
  /** `state` args are updated by the layer itself (batch-norm moving statistics), not by gradients. */
  readonly kind: 'param' | 'state';
  /** Initial value from a checkpoint tensor instead of `init` (pretrained models). */
  readonly from?: { readonly file: string; readonly key: string };
  /** Keras kernel/bias regularizer: l1·Σ|w| + l2·Σw² added to the training loss. */
  readonly regularizer?: Regularization;
  /** Keras kernel/bias constraint, applied after each optimizer update. */
  readonly constraint?: WeightConstraint;
}

/** maxNorm/minMaxNorm (norms clipped to [minValue, maxValue] at `rate`), unitNorm, or nonNeg, along `axis`. */
export interface WeightConstraint {
  readonly kind: 'maxNorm' | 'nonNeg' | 'unitNorm' | 'minMaxNorm';
  readonly minValue?: number;
  readonly maxValue?: number;
  readonly rate?: number;
  readonly axis?: readonly number[];
}

export interface Regularization {
  readonly l1: number;
  readonly l2: number;
}

/** The spec with its regularizer, when the layer was given one. */
export function regularized(p: ParamSpec, r: Regularization | undefined, c?: WeightConstraint): ParamSpec {
  const withReg = r && (r.l1 > 0 || r.l2 > 0) ? { ...p, regularizer: r } : p;
  return c ? { ...withReg, constraint: c } : withReg;
}

export interface LayerInput {
  readonly shape: readonly number[];
  readonly dtype: ElemType;
}

/** Where a layer is applied, for shape errors: throw `at.error(code, message, hint)`. */
export interface ApplySite {
  error(code: string, message: string, hint?: string): Error;
  /** The layer's display name, e.g. `dense_1 (Dense)`. */
  readonly layerName: string;
}

/** Emits registry ops for one layer application; `shape` is the full output shape (batch first). */
export interface Lowerer {
  readonly batch: number;
  /** Present only when lowering the training-mode forward pass (dropout active, batch statistics). */
  readonly training?: TrainingLowering;
  op(name: string, inputs: readonly Value[], attrs: Readonly<Record<string, AttrValue>>, shape: readonly number[], dtype?: 'f32' | 'i32' | 'bool'): Value;
  /** A constant filled with `value`, of the given full shape. */
  fill(value: number, shape: readonly number[]): Value;
}

/** What a layer needs to lower its training-mode form. */
export interface TrainingLowering {
  /** The `step: u32[]` graph input (made on first use): the counter that gives each step fresh dropout masks. */
  step(): Value;
  /** This application's RNG seed: the layer's own seed mixed with its position and the run seed. */
  seed(layerSeed: number): number;
  /** The new value of one of this layer's state weights (output `update/<layer>.<weight>`). */
  update(weight: string, v: Value): void;
}

export interface LayerDef<C = unknown> {
  /** Factory name in the DSL (`dense`). */
  readonly dslName: string;
  /** Keras class name for summaries (`Dense`). */
  readonly kerasType: string;
  /** Keras auto-name stem (`dense`, then `dense_1`, …). */
  readonly baseName: string;
  /** How many input tensors an application takes; 'many' = two or more. */
  readonly arity: 1 | 'many';
  /** Validates the factory call's arguments; throws located CompileErrors. */
  parse(args: import('../args.ts').ArgReader): C;
  /** Output shape and weights for these input shapes (batch axis excluded). */
  build(cfg: C, inputs: readonly LayerInput[], at: ApplySite): { output: readonly number[]; params: readonly ParamSpec[]; dtype?: ElemType; extra?: readonly (readonly number[])[] };
  /**
   * Lowers one application; `params` are the graph args by weight name. A layer whose `build` gave
   * `extra` outputs (recurrent `returnState`) returns [output, ...extra].
   */
  lower(l: Lowerer, cfg: C, xs: readonly Value[], params: Readonly<Record<string, Value>>, out: readonly number[]): Value | readonly Value[];
}

/** Declares a layer with its config type inferred from `parse`. */
export function defineLayer<C>(def: LayerDef<C>): LayerDef {
  return def as unknown as LayerDef;
}

export function param(name: string, shape: readonly number[], init: InitName, trainable: boolean): ParamSpec {
  return { name, shape: [...shape], init, trainable, kind: 'param' };
}

/** The source node type re-exported for layer files that need locations. */
export type { Node };
