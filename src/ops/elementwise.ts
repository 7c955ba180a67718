/** @file Factories for elementwise ops: one spec (math, derivative, WGSL) gives a whole OpDef. */
import type * as FC from 'fast-check';
import { CompileError, formatType, type DType, type TensorType, type Value } from '../ir/index.ts';
import { broadcastIndexMap, broadcastShapes } from './broadcast.ts';
import { emitter, type Emitter } from './emit.ts';
import type { AttrSchema, Domain, OpCase, OpDef, OpTesting } from './op-def.ts';
import { broadcastPairArb, shapeArb, type Fc } from './testing.ts';

type NoAttrs = Record<string, never>;

interface CommonSpec<A> {
  name: string;
  summary: string;
  /** Operand dtypes accepted (default f32 only). */
  dtypes?: readonly DType[];
  /** Result dtype from the operand dtype and attributes (default: the operand's). */
  outDtype?: (d: DType, attrs: A) => DType;
  attrs?: AttrSchema;
  /** Random attributes for tests (default: none). */
  attrCases?: (fc: Fc) => FC.Arbitrary<A>;
  /** WGSL helper functions the expression calls. */
  helpers?: string;
  domains?: readonly (Domain | undefined)[];
  extremes?: Domain;
}

export interface UnarySpec<A> extends CommonSpec<A> {
  /**
   * Reference semantics, in float64 arithmetic; `dtype` is the operand's, for ops whose integer
   * semantics differ (the typed array then wraps the result as WGSL's integer arithmetic does).
   */
  f(x: number, attrs: A, dtype: DType): number;
  /** Cotangent of x given x, the result y and the output cotangent g; null: no gradient. */
  dx: ((e: Emitter, x: Value, y: Value, g: Value, attrs: A) => Value) | null;
  wgsl(x: string, attrs: A, t: { input: TensorType; output: TensorType }): string;
}

export interface BinarySpec<A> extends CommonSpec<A> {
  /** Reference semantics, in float64 arithmetic; `dtype` is the operands' (see UnarySpec.f). */
  f(a: number, b: number, attrs: A, dtype: DType): number;
  /** Cotangents of a and b, in the broadcast shape (autodiff sums them back). */
  grads: ((e: Emitter, a: Value, b: Value, y: Value, g: Value, attrs: A) => readonly [Value | null, Value | null]) | null;
  wgsl(a: string, b: string, attrs: A, t: { inputs: readonly TensorType[]; output: TensorType }): string;
}

function checkDtypes(name: string, inputs: readonly TensorType[], allowed: readonly DType[]): void {
  for (const t of inputs) {
    if (!allowed.includes(t.dtype)) {
      throw new CompileError('E_DTYPE', `${name} takes ${allowed.join(' or ')} operands, got ${formatType(t)}`);
    }
  }
  if (inputs.length > 1 && inputs.some((t) => t.dtype !== inputs[0]!.dtype)) {
    throw new CompileError(
      'E_DTYPE',
      `${name} operands must share a dtype, got ${inputs.map(formatType).join(' and ')}`,
      { hint: 'insert a cast' },
    );
  }
}

function testing<A>(spec: CommonSpec<A>, arity: 1 | 2): OpTesting<A> {
  const attrArb = (fc: Fc): FC.Arbitrary<A> => (spec.attrCases ? spec.attrCases(fc) : fc.constant({} as A));
  const dtype = (spec.dtypes ?? ['f32'])[0]!;
  return {
    cases: (fc) => {
      const shapes = arity === 1 ? shapeArb(fc).map((s) => [s]) : broadcastPairArb(fc);
      return fc.tuple(shapes, attrArb(fc)).map(
        ([ss, attrs]): OpCase<A> => ({
          inputs: ss.map((shape) => ({ dtype, shape })),
          attrs,
          ...(spec.domains ? { domains: spec.domains } : {}),
        }),
      );
    },
    ...(spec.extremes ? { extremes: spec.extremes } : {}),
  };
}

export function defineUnary<A = NoAttrs>(spec: UnarySpec<A>): OpDef<A> {
  const allowed = spec.dtypes ?? ['f32'];
  const outDtype = spec.outDtype ?? ((d: DType) => d);
  const dx = spec.dx;
  return {
    name: spec.name,
    kind: 'elementwise',
    summary: spec.summary,
    arity: 1,
    attrs: spec.attrs ?? {},
    infer(inputs, attrs) {
      checkDtypes(spec.name, inputs, allowed);
      return { dtype: outDtype(inputs[0]!.dtype, attrs), shape: [...inputs[0]!.shape] };
    },
    evaluate([x], attrs, ctx) {
      const out = ctx.alloc(this.infer([x!.type], attrs));
      const xd = x!.data;
      const dtype = x!.type.dtype;
      for (let i = 0; i < out.data.length; i++) out.data[i] = spec.f(xd[i]!, attrs, dtype);
      return out;
    },
    vjp: dx ? ({ b, inputs, output, grad, attrs }) => [dx(emitter(b), inputs[0]!, output, grad, attrs)] : null,
    wgsl: {
      kind: 'elementwise',
      expr: ([x], attrs, t) => spec.wgsl(x!, attrs, { input: t.inputs[0]!, output: t.output }),
      ...(spec.helpers ? { helpers: spec.helpers } : {}),
    },
    testing: testing(spec, 1),
  };
}

export function defineBinary<A = NoAttrs>(spec: BinarySpec<A>): OpDef<A> {
  const allowed = spec.dtypes ?? ['f32'];
  const outDtype = spec.outDtype ?? ((d: DType) => d);
  const grads = spec.grads;
  return {
    name: spec.name,
    kind: 'elementwise',
    summary: spec.summary,
    arity: 2,
    attrs: spec.attrs ?? {},
    infer(inputs, attrs) {
      checkDtypes(spec.name, inputs, allowed);
      return { dtype: outDtype(inputs[0]!.dtype, attrs), shape: broadcastShapes(inputs[0]!.shape, inputs[1]!.shape) };
    },
    evaluate([a, b], attrs, ctx) {
      const out = ctx.alloc(this.infer([a!.type, b!.type], attrs));
      const ia = broadcastIndexMap(a!.type.shape, out.type.shape);
      const ib = broadcastIndexMap(b!.type.shape, out.type.shape);
      const dtype = a!.type.dtype;
      for (let i = 0; i < out.data.length; i++) out.data[i] = spec.f(a!.data[ia(i)]!, b!.data[ib(i)]!, attrs, dtype);
      return out;
    },
    vjp: grads
      ? ({ b, inputs, output, grad, attrs }) => grads(emitter(b), inputs[0]!, inputs[1]!, output, grad, attrs)
      : null,
    wgsl: {
      kind: 'elementwise',
      expr: ([a, b], attrs, t) => spec.wgsl(a!, b!, attrs, t),
      ...(spec.helpers ? { helpers: spec.helpers } : {}),
    },
    testing: testing(spec, 2),
  };
}

/**
 * Test domains for a binary op whose kink is the diagonal a == b (maximum, minimum), where a fixed
 * kink list cannot help. The harness keeps samples 0.05 from every listed kink, so kinks on two
 * lattices of pitch 0.15, offset by half a pitch, confine a to [0.05, 0.10] and b to [0.125, 0.175]
 * (mod 0.15): both orders of a and b occur everywhere in [min, max], yet |a - b| ≥ 0.025 ≫ the
 * finite-difference step, so no gradient probe straddles a tie.
 */
export function offDiagonalDomains(min: number, max: number): [Domain, Domain] {
  const pitch = 0.15;
  const lattice = (offset: number): number[] => {
    const ks: number[] = [];
    for (let k = Math.floor(min / pitch) - 1; k * pitch + offset <= max + pitch; k++) ks.push(k * pitch + offset);
    return ks;
  };
  return [
    { min, max, kinks: lattice(0) },
    { min, max, kinks: lattice(pitch / 2) },
  ];
}
