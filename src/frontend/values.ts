/** @file Values of the static evaluator: plain constants plus symbolic tensors, layers, models and descriptors. */
import type { Node } from 'ts-morph';
import type { SourceLoc } from '../ir/index.ts';
import type { LayerDef, ParamSpec, Regularization } from './layers/layer-def.ts';

/** Everything a model-file expression can evaluate to. Arrays are plain JS arrays of values. */
export type Val =
  | number | string | boolean | null | undefined
  | readonly Val[]
  | ObjVal | TensorVal | LayerVal | FnVal | BuiltinVal | ModelVal | InputVal | DescVal | ProgramVal | DistillerVal;

/** An object literal; `nodes` keeps where each property was written, for diagnostics on options. */
export class ObjVal {
  constructor(
    readonly props: Map<string, Val>,
    readonly nodes: Map<string, Node> = new Map(),
  ) {}
}

export type ElemType = 'f32' | 'i32';

/** A symbolic tensor: a value of the model's dataflow graph. `shape` excludes the batch axis. */
export class TensorVal {
  constructor(
    readonly id: number,
    /** Per-sample shape (the batch axis is implicit) unless `batched` is false. */
    readonly shape: readonly number[],
    readonly dtype: ElemType,
    /** False for a tensor reduced over the batch axis (a custom loss's scalar): `shape` is then its whole shape. */
    readonly batched: boolean = true,
  ) {}
}

/** What a layer was built for on its first application; later applications must match (shared weights). */
export interface Built {
  readonly inputs: readonly { shape: readonly number[]; dtype: ElemType }[];
  readonly output: readonly number[];
  readonly params: readonly ParamSpec[];
  /** Shapes of further outputs (a recurrent layer's final states with `returnState`). */
  readonly extra?: readonly (readonly number[])[];
}

/** A layer object: applying it twice shares its weights, as in Keras. */
export class LayerVal {
  built: Built | undefined;
  /** Creation order within the file, and whether the name was chosen by dlc (Keras auto names): see `localNames`. */
  seq: number | undefined;
  isAutoNamed = false;
  /** Keras `activityRegularizer`: a penalty on the layer's outputs (per application), added to the training loss. */
  activity: Regularization | undefined;
  constructor(
    readonly def: LayerDef,
    readonly config: unknown,
    readonly name: string,
    readonly trainable: boolean,
    /** Where the layer was created (its factory call). */
    readonly node: Node,
  ) {}
}

/** A user function (declaration, arrow, method) with the scope it closes over; inlined when called. */
export class FnVal {
  constructor(
    readonly node: Node,
    readonly env: unknown,
    readonly name: string,
  ) {}
}

/** A marker imported from 'dlc' (or a whitelisted pure global such as Math.max). */
export class BuiltinVal {
  constructor(readonly name: string) {}
}

/**
 * A model input declared with `input(shape)`. It is also the symbolic tensor layers are applied to
 * in the Keras graph style (`const x = input([4]); const y = dense(3)(x); model({ inputs: x, outputs: y })`).
 */
export class InputVal extends TensorVal {}

/** An optimizer or dataset descriptor: its kind and its validated options. */
export class DescVal {
  constructor(
    readonly family: 'optimizer' | 'dataset' | 'loss' | 'regularizer' | 'constraint' | 'initializer' | 'callback',
    readonly kind: string,
    readonly options: Readonly<Record<string, number | string | boolean | readonly number[] | readonly string[]>>,
  ) {}
}

/** One layer application in a model's dataflow graph. */
export interface TraceNode {
  readonly layer: LayerVal;
  readonly inputs: readonly TensorVal[];
  readonly output: TensorVal;
  /** Further outputs, when the layer has them (`returnState`). */
  readonly extra?: readonly TensorVal[];
  readonly loc: SourceLoc;
  /** The application's source node, for diagnostics raised while lowering. */
  readonly node: Node;
  /** The layer's weights as this model sees them (frozen or loaded by the model's options); default `layer.built.params`. */
  readonly params?: readonly ParamSpec[];
  /** The models this application was replayed through, outermost first: `base(x)` in a forward gives `['base']`. */
  readonly via?: readonly string[];
}

export interface ModelInput {
  readonly name: string;
  readonly tensor: TensorVal;
}

export interface ModelOutput {
  readonly name: string;
  readonly tensor: TensorVal;
}

/** A built model: named inputs, the traced layer applications, named outputs and training config. */
export class ModelVal {
  constructor(
    readonly name: string,
    readonly kind: 'sequential' | 'functional',
    readonly inputs: readonly ModelInput[],
    readonly trace: readonly TraceNode[],
    readonly outputs: readonly ModelOutput[],
    readonly train: ObjVal | undefined,
    readonly node: Node,
  ) {}
}

/** A multi-model training program (`program({ models, steps })`). */
export class ProgramVal {
  constructor(
    readonly config: ObjVal,
    readonly node: Node,
  ) {}
}

/** `distiller({ teacher, student, alpha, temperature, … })` (knowledge distillation). */
export class DistillerVal {
  constructor(
    readonly name: string,
    readonly teacher: ModelVal,
    readonly student: ModelVal,
    readonly alpha: number,
    readonly temperature: number,
    /** Absolute path of the teacher's checkpoint, when the file names one. */
    readonly teacherWeights: string | undefined,
    /** The train section (the distiller's, else the student's). */
    readonly train: ObjVal | undefined,
    readonly node: Node,
  ) {}
}

/** A short description of a value's kind, for error messages ("expected a number, got a tensor"). */
export function describe(v: Val): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'string') return `the string '${v}'`;
  if (typeof v === 'boolean') return `${v}`;
  if (Array.isArray(v)) return 'an array';
  if (v instanceof ObjVal) return 'an object';
  if (v instanceof InputVal) return 'an input()';
  if (v instanceof TensorVal) return 'a tensor';
  if (v instanceof LayerVal) return `a layer (${v.name})`;
  if (v instanceof FnVal) return 'a function';
  if (v instanceof BuiltinVal) return `the function ${v.name}`;
  if (v instanceof ModelVal) return `the model ${v.name}`;
  if (v instanceof DescVal) return `the ${v.family} ${v.kind}()`;
  if (v instanceof DistillerVal) return `the distiller ${v.name}`;
  return 'a program';
}
