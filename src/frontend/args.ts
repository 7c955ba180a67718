/** @file Reads and validates a DSL call's arguments and option objects, with errors at the offending node. */
import type { Node } from 'ts-morph';
import { didYouMean, errorAt, keyNode } from './diag.ts';
import { BuiltinVal, DescVal, describe, ObjVal, type Val } from './values.ts';
import { INIT_NAMES, type InitName } from './layers/layer-def.ts';
import { readInitializer, readLiteral } from './initializers.ts';

/** A value with the node it was written at. */
export interface Located {
  readonly value: Val;
  readonly node: Node;
}

export const ACTIVATIONS = [
  'relu', 'sigmoid', 'tanh', 'softmax', 'leakyRelu', 'elu', 'gelu', 'linear',
  'selu', 'swish', 'silu', 'softplus', 'softsign', 'relu6', 'hardSigmoid', 'exponential', 'mish', 'thresholdedRelu', 'rrelu',
] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];

/** Option kinds; each maps to the TypeScript type that the DSL declares for it. */
export type OptKind =
  | 'size' | 'int' | 'number' | 'rate' | 'positive' | 'bool' | 'string' | 'size2' | 'ints' | 'numberPair' | 'numbers' | 'strings'
  | 'activation' | 'initializer' | 'weights' | 'regularizer' | 'constraint' | { readonly oneOf: readonly string[] };

/** One element's limit: more than 2^32 bytes cannot be bound as one WebGPU storage buffer. */
export const MAX_ELEMENTS = 2 ** 30;

export class ArgReader {
  constructor(
    readonly fn: string,
    readonly call: Node,
    readonly args: readonly Located[],
  ) {}

  /** Positional argument `i`, which must be present. */
  required(i: number, what: string, kind: OptKind): unknown {
    const a = this.args[i];
    if (!a || a.value === undefined) {
      throw errorAt(this.call, 'E_MISSING_ARGUMENT', `${this.fn}() needs ${what} as argument ${i + 1}`);
    }
    return readAs(kind, a.value, a.node, `${this.fn}(): ${what}`);
  }

  /** Positional argument `i` if given. */
  optional(i: number, what: string, kind: OptKind): unknown {
    const a = this.args[i];
    if (!a || a.value === undefined) return undefined;
    return readAs(kind, a.value, a.node, `${this.fn}(): ${what}`);
  }

  /** The error for a required option that is absent. */
  missing(option: string): Error {
    return errorAt(this.call, 'E_MISSING_OPTION', `${this.fn}() needs the option '${option}'`);
  }

  /** Rejects arguments past `n`. */
  atMost(n: number): void {
    const extra = this.args[n];
    if (extra) throw errorAt(extra.node, 'E_ARGUMENT_COUNT', `${this.fn}() takes at most ${n} argument(s)`);
  }

  /**
   * Keras' `MaxPooling2D(2)` / `UpSampling2D((2, 2))` form: option `key` may come first as a positional
   * value (`maxPool2d(2)`, `maxPool2d([2, 2], { strides: 1 })`) or inside the options object
   * (`maxPool2d({ poolSize: 2 })`), not both.
   */
  leadingOption(key: string, schema: Readonly<Record<string, OptKind>>): Record<string, unknown> {
    const first = this.args[0];
    if (!first || first.value === undefined || first.value instanceof ObjVal) {
      const o = this.options(0, schema);
      this.atMost(1);
      return o;
    }
    const value = readAs(schema[key]!, first.value, first.node, `${this.fn}(): ${key}`);
    const o = this.options(1, schema);
    this.atMost(2);
    if (o[key] !== undefined) {
      throw errorAt(first.node, 'E_OPTION_VALUE', `${this.fn}() got ${key} twice: as its first argument and as the option '${key}'`, `keep one: ${this.fn}(${first.node.getText()}) or ${this.fn}({ ${key}: ${first.node.getText()} })`);
    }
    return { ...o, [key]: value };
  }

  /** The options object at position `i` (absent = empty), validated against `schema`. */
  options(i: number, schema: Readonly<Record<string, OptKind>>): Record<string, unknown> {
    const a = this.args[i];
    if (!a || a.value === undefined) return {};
    if (!(a.value instanceof ObjVal)) {
      throw errorAt(a.node, 'E_OPTION_TYPE', `${this.fn}() takes an options object here, got ${describe(a.value)}`, `options go by name in an object, e.g. ${this.fn}(${i > 0 ? '…, ' : ''}{ ${Object.keys(schema)[0]}: … }); its options are ${Object.keys(schema).join(', ')}`);
    }
    const out: Record<string, unknown> = {};
    for (const [key, v] of a.value.props) {
      const node = a.value.nodes.get(key) ?? a.node;
      // Own keys only: `in` would accept '__proto__' or 'toString' and read Object.prototype as a schema.
      if (!Object.hasOwn(schema, key)) {
        const near = didYouMean(key, Object.keys(schema));
        throw errorAt(keyNode(node), 'E_UNKNOWN_OPTION', `${this.fn}() has no option '${key}'`, near ?? `its options are ${Object.keys(schema).join(', ')}`);
      }
      if (v === undefined) continue;
      out[key] = readAs(schema[key]!, v, node, `${this.fn}() option '${key}'`);
    }
    return out;
  }
}

/** Converts `v` to the option kind or throws E_OPTION_TYPE / E_SIZE_* at `node`. */
export function readAs(kind: OptKind, v: Val, node: Node, what: string): unknown {
  if (typeof kind === 'object') {
    if (typeof v !== 'string' || !kind.oneOf.includes(v)) {
      const near = typeof v === 'string' ? didYouMean(v, kind.oneOf) : undefined;
      throw errorAt(node, 'E_OPTION_VALUE', `${what} must be one of ${kind.oneOf.map((s) => `'${s}'`).join(', ')}, got ${describe(v)}`, near);
    }
    return v;
  }
  switch (kind) {
    case 'size':
      return readSize(v, node, what);
    case 'int':
      return expectInt(v, node, what);
    case 'number':
      return expectNumber(v, node, what);
    case 'positive': {
      const x = expectNumber(v, node, what);
      if (!(x > 0)) throw errorAt(node, x === 0 ? 'E_SIZE_ZERO' : 'E_SIZE_NEGATIVE', `${what} must be positive, got ${x}`);
      return x;
    }
    case 'rate': {
      const x = expectNumber(v, node, what);
      if (x < 0 || x >= 1) throw errorAt(node, 'E_OPTION_RANGE', `${what} must be in [0, 1), got ${x}`);
      return x;
    }
    case 'bool':
      if (typeof v !== 'boolean') throw typeError(node, what, 'true or false', v);
      return v;
    case 'string':
      if (typeof v !== 'string') throw typeError(node, what, 'a string', v);
      return v;
    case 'size2':
      return readSize2(v, node, what);
    case 'ints':
      if (!Array.isArray(v)) throw typeError(node, what, 'an array of integers', v);
      return v.map((x) => expectInt(x, node, what));
    case 'numbers':
      if (!Array.isArray(v)) throw typeError(node, what, 'an array of numbers', v);
      return v.map((x) => expectNumber(x, node, what));
    case 'strings':
      if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw typeError(node, what, 'an array of strings', v);
      return v;
    case 'numberPair':
      if (!Array.isArray(v) || v.length !== 2) throw typeError(node, what, 'a pair of numbers [a, b]', v);
      return v.map((x) => expectNumber(x, node, what));
    case 'activation':
      return readActivation(v, node, what);
    case 'regularizer': {
      // A name takes Keras's default factor 0.01.
      if (v === 'l1' || v === 'l2' || v === 'l1l2') return { l1: v === 'l2' ? 0 : 0.01, l2: v === 'l1' ? 0 : 0.01 };
      if (v instanceof DescVal && v.family === 'regularizer') return { l1: v.options.l1 as number, l2: v.options.l2 as number };
      throw errorAt(node, 'E_OPTION_VALUE', `${what} must be l1(…), l2(…), l1l2({ … }) or one of 'l1', 'l2', 'l1l2', got ${describe(v)}`);
    }
    case 'constraint':
      if (v instanceof DescVal && v.family === 'constraint') return { kind: v.kind, ...v.options };
      throw errorAt(node, 'E_OPTION_VALUE', `${what} must be maxNorm(…), nonNeg(), unitNorm(…) or minMaxNorm({ … }), got ${describe(v)}`);
    case 'weights':
      return readLiteral(v, node, what);
    case 'initializer': {
      const spec = readInitializer(v, node);
      if (spec) return spec;
      if (typeof v !== 'string' || !(INIT_NAMES as readonly string[]).includes(v)) {
        throw errorAt(node, 'E_OPTION_VALUE', `${what} must be an initializer (a name: ${INIT_NAMES.join(', ')}; or one with options, such as randomNormal({ stddev: 0.1 })), got ${describe(v)}`, typeof v === 'string' ? didYouMean(v, INIT_NAMES) : undefined);
      }
      return v as InitName;
    }
  }
}

function typeError(node: Node, what: string, expected: string, v: Val): Error {
  return errorAt(node, 'E_OPTION_TYPE', `${what} must be ${expected}, got ${describe(v)}`);
}

function expectNumber(v: Val, node: Node, what: string): number {
  if (typeof v !== 'number') throw typeError(node, what, 'a number', v);
  if (!Number.isFinite(v)) throw errorAt(node, 'E_OPTION_RANGE', `${what} must be finite, got ${v}`);
  return v;
}

function expectInt(v: Val, node: Node, what: string): number {
  const x = expectNumber(v, node, what);
  if (!Number.isInteger(x)) throw errorAt(node, 'E_OPTION_TYPE', `${what} must be an integer, got ${x}`);
  return x;
}

/** A dimension or count: a positive integer no larger than a GPU buffer can hold. */
export function readSize(v: Val, node: Node, what: string): number {
  const x = expectInt(v, node, what);
  if (x === 0) throw errorAt(node, 'E_SIZE_ZERO', `${what} is 0; sizes must be at least 1`);
  if (x < 0) throw errorAt(node, 'E_SIZE_NEGATIVE', `${what} is ${x}; sizes must be positive`);
  if (x > MAX_ELEMENTS) throw errorAt(node, 'E_SIZE_TOO_LARGE', `${what} is ${x}, more elements than a GPU buffer can hold (${MAX_ELEMENTS})`);
  return x;
}

function readSize2(v: Val, node: Node, what: string): [number, number] {
  if (typeof v === 'number') {
    const s = readSize(v, node, what);
    return [s, s];
  }
  if (Array.isArray(v) && v.length === 2) return [readSize(v[0], node, what), readSize(v[1], node, what)];
  throw typeError(node, what, 'a positive integer or a pair [height, width]', v);
}

function readActivation(v: Val, node: Node, what: string): ActivationName {
  if (v instanceof BuiltinVal && (ACTIVATIONS as readonly string[]).includes(v.name)) return v.name as ActivationName;
  if (typeof v === 'string' && (ACTIVATIONS as readonly string[]).includes(v)) return v as ActivationName;
  const near = typeof v === 'string' ? didYouMean(v, ACTIVATIONS) : undefined;
  throw errorAt(node, 'E_UNKNOWN_ACTIVATION', `${what}: unknown activation ${describe(v)}`, near ?? `use one of ${ACTIVATIONS.join(', ')}`);
}
