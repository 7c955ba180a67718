/** @file Evaluator state: scopes, the step budget and call depth that keep evaluation finite, and tracing. */
import type { Node, SourceFile } from 'ts-morph';
import { errorAt } from './diag.ts';
import type { LayerDef } from './layers/layer-def.ts';
import { InputVal, LayerVal, TensorVal, type ElemType, type TraceNode, type Val } from './values.ts';

/** No model definition needs more; a loop that does is almost surely unbounded. */
export const STEP_BUDGET = 200_000;
/** Helpers are inlined; deeper call chains mean recursion. */
export const MAX_CALL_DEPTH = 64;
/** The longest array (or object, by its keys) a model definition may build: shapes and layer lists are far shorter. */
export const MAX_ARRAY_LENGTH = 1_000_000;
/** The longest string a model definition may build (names and labels are far shorter). */
export const MAX_STRING_LENGTH = 1_000_000;
/** The most arguments a call may get by spreading an array into it. */
export const MAX_CALL_ARGS = 10_000;
/**
 * Elements copied by spreads, over the whole evaluation: bounds work that steps do not count
 * (`a = [...a, i]` in a loop copies quadratically many elements in few steps).
 */
export const COPY_BUDGET = 10_000_000;
/** Expressions nested deeper than this (counting through inlined helpers) would overflow the evaluator's stack. */
export const MAX_NESTING = 1000;

export interface Binding {
  value: Val;
  readonly mutable: boolean;
  readonly node: Node;
}

export class Scope {
  private readonly vars = new Map<string, Binding>();
  constructor(readonly parent?: Scope) {}

  lookup(name: string): Binding | undefined {
    return this.vars.get(name) ?? this.parent?.lookup(name);
  }

  declare(name: string, value: Val, mutable: boolean, node: Node): void {
    if (this.vars.has(name)) throw errorAt(node, 'E_REDECLARED', `'${name}' is declared twice in the same scope`);
    this.vars.set(name, { value, mutable, node });
  }

  /** Every name visible from this scope, for did-you-mean hints. */
  names(): string[] {
    return [...this.vars.keys(), ...(this.parent?.names() ?? [])];
  }

  /** Hoisted function declarations may be re-bound by their own declaration. */
  set(name: string, value: Val, node: Node): void {
    this.vars.set(name, { value, mutable: false, node });
  }
}

/** A loaded model file: its source, its top-level scope and its exports. */
export interface ModuleRecord {
  readonly file: SourceFile;
  readonly scope: Scope;
  readonly exports: Map<string, Val>;
  state: 'loading' | 'done';
}

/** Resolves and evaluates imported model files (set by the module loader). */
export interface ModuleLoader {
  load(from: SourceFile, specifier: string, at: Node): ModuleRecord;
}

export class Interp {
  private steps = 0;
  private copied = 0;
  depth = 0;
  /** Current evalExpr recursion depth, bounded by MAX_NESTING. */
  nesting = 0;
  private nextTensor = 0;
  private readonly nameCounts = new Map<string, number>();
  private readonly usedNames = new Set<string>();
  /** Layer applications of the model being traced; undefined outside a forward pass. */
  trace: TraceNode[] | undefined;
  /** Layer applications outside any forward pass: the Keras graph style, read by `model({ inputs, outputs })`. */
  readonly graph: TraceNode[] = [];

  constructor(readonly loader: ModuleLoader) {}

  /** Counts one evaluation step; running out is E_BUDGET at the node being evaluated. */
  tick(node: Node): void {
    if (++this.steps > STEP_BUDGET) {
      throw errorAt(node, 'E_BUDGET', `the model definition takes more than ${STEP_BUDGET} evaluation steps`, 'is a loop unbounded? loops need compile-time bounds');
    }
  }

  /** Counts `n` elements copied by a spread at `node`; past COPY_BUDGET is E_BUDGET there. */
  copy(n: number, node: Node): void {
    this.copied += n;
    if (this.copied > COPY_BUDGET) {
      throw errorAt(node, 'E_BUDGET', `the model definition copies more than ${COPY_BUDGET} values through spreads`, 'a loop that spreads a growing array or object into a new one copies it every time; a model definition needs only short lists');
    }
  }

  tensor(shape: readonly number[], dtype: ElemType, batched = true): TensorVal {
    return new TensorVal(this.nextTensor++, shape, dtype, batched);
  }

  input(shape: readonly number[], dtype: ElemType): InputVal {
    return new InputVal(this.nextTensor++, shape, dtype);
  }

  /** Where a layer application is recorded: the model being traced, else the module's graph. */
  applications(): TraceNode[] {
    return this.trace ?? this.graph;
  }

  /** Keras auto-names (`dense`, `dense_1`, …) per layer type; explicit names must be unique. */
  layer(def: LayerDef, config: unknown, explicit: string | undefined, trainable: boolean, node: Node): LayerVal {
    let name = explicit;
    if (name !== undefined) {
      if (this.usedNames.has(name)) throw errorAt(node, 'E_DUPLICATE_NAME', `two layers are named '${name}'`, 'layer names must be unique within a model file');
    } else {
      do {
        const k = this.nameCounts.get(def.baseName) ?? 0;
        this.nameCounts.set(def.baseName, k + 1);
        name = k === 0 ? def.baseName : `${def.baseName}_${k}`;
      } while (this.usedNames.has(name));
    }
    this.usedNames.add(name);
    const layer = new LayerVal(def, config, name, trainable, node);
    layer.seq = this.usedNames.size;
    layer.isAutoNamed = explicit === undefined;
    return layer;
  }
}
