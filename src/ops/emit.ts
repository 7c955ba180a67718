/** @file Terse emitters for VJP rules and frontend lowering: `e.mul(g, e.exp(x))` instead of b.op(...). */
import type { AttrValue, DType, GraphBuilder, Value } from '../ir/index.ts';

export interface Emitter {
  op(name: string, inputs: readonly Value[], attrs?: Readonly<Record<string, AttrValue>>): Value;
  /** A scalar constant (shape []), broadcast by whatever consumes it. */
  scalar(value: number, dtype?: DType): Value;
  add(a: Value, b: Value): Value;
  sub(a: Value, b: Value): Value;
  mul(a: Value, b: Value): Value;
  div(a: Value, b: Value): Value;
  neg(a: Value): Value;
}

export function emitter(b: GraphBuilder): Emitter {
  const op = (name: string, inputs: readonly Value[], attrs: Readonly<Record<string, AttrValue>> = {}): Value =>
    b.op(name, inputs, attrs);
  return {
    op,
    scalar: (value, dtype = 'f32') => op('constant', [], { value, dtype, shape: [] }),
    add: (a, c) => op('add', [a, c]),
    sub: (a, c) => op('sub', [a, c]),
    mul: (a, c) => op('mul', [a, c]),
    div: (a, c) => op('div', [a, c]),
    neg: (a) => op('neg', [a]),
  };
}
