/** @file where: cond ? a : b elementwise, broadcasting all three operands (NumPy's where). */
import type * as FC from 'fast-check';
import { CompileError, formatType, type TensorType } from '../ir/index.ts';
import { broadcastIndexMap, broadcastShapes } from './broadcast.ts';
import { emitter } from './emit.ts';
import type { OpCase, OpDef } from './op-def.ts';
import { shapeArb, type Fc } from './testing.ts';

type NoAttrs = Record<string, never>;

function checkDtypes([cond, a, b]: readonly TensorType[]): void {
  if (cond!.dtype !== 'bool') {
    throw new CompileError('E_DTYPE', `where takes a bool condition, got ${formatType(cond!)}`, {
      hint: 'compare with greater/equal/… or cast to bool',
    });
  }
  if (a!.dtype !== b!.dtype) {
    throw new CompileError('E_DTYPE', `where branches must share a dtype, got ${formatType(a!)} and ${formatType(b!)}`, {
      hint: 'insert a cast',
    });
  }
}

/** `shape` with some leading dims dropped and some others set to 1: it broadcasts to `shape`. */
function broadcastableArb(fc: Fc, shape: readonly number[]): FC.Arbitrary<number[]> {
  const n = shape.length;
  return fc
    .tuple(fc.integer({ min: 0, max: n }), fc.array(fc.boolean(), { minLength: n, maxLength: n }))
    .map(([drop, ones]) => shape.slice(drop).map((d, i) => (ones[i + drop] ? 1 : d)));
}

/** Three shapes that broadcast together (each a reduced form of one full shape). */
function broadcastTripleArb(fc: Fc): FC.Arbitrary<[number[], number[], number[]]> {
  return shapeArb(fc).chain((full) =>
    fc.tuple(broadcastableArb(fc, full), broadcastableArb(fc, full), broadcastableArb(fc, full)),
  );
}

export const where: OpDef<NoAttrs> = {
  name: 'where',
  kind: 'elementwise',
  summary: 'cond ? a : b, broadcasting all three',
  arity: 3,
  attrs: {},
  infer(inputs) {
    checkDtypes(inputs);
    return { dtype: inputs[1]!.dtype, shape: broadcastShapes(...inputs.map((t) => t.shape)) };
  },
  evaluate(inputs, attrs, ctx) {
    const out = ctx.alloc(this.infer(inputs.map((t) => t.type), attrs));
    const [c, a, b] = inputs.map((t) => ({ data: t.data, at: broadcastIndexMap(t.type.shape, out.type.shape) }));
    for (let i = 0; i < out.data.length; i++) {
      out.data[i] = c!.data[c!.at(i)] !== 0 ? a!.data[a!.at(i)]! : b!.data[b!.at(i)]!;
    }
    return out;
  },
  // The chosen branch takes g, the other 0; the condition has no gradient.
  vjp: ({ b, inputs, grad }) => {
    const e = emitter(b);
    const zero = e.scalar(0, grad.type.dtype);
    return [null, e.op('where', [inputs[0]!, grad, zero]), e.op('where', [inputs[0]!, zero, grad])];
  },
  wgsl: {
    kind: 'elementwise',
    // WGSL's select(f, t, cond) takes the false value first.
    expr: ([cond, a, b]) => `select(${b!}, ${a!}, ${cond!})`,
  },
  testing: {
    cases: (fc) =>
      broadcastTripleArb(fc).map(
        ([sc, sa, sb]): OpCase<NoAttrs> => ({
          inputs: [
            { dtype: 'bool', shape: sc },
            { dtype: 'f32', shape: sa },
            { dtype: 'f32', shape: sb },
          ],
          attrs: {},
        }),
      ),
  },
};
