/**
 * @file Recurrent layers (SimpleRNN, LSTM), unrolled over the static sequence length.
 *
 * The input projection x·W + b is one matmul over all time steps; each step then adds h·U. LSTM
 * gates follow Keras's order i, f, c, o in a [*, 4·units] layout, so Keras weights load unchanged.
 * The recurrent kernel's Keras default is `orthogonal`; the training side decides how to sample it.
 */
import type { Value } from '../../ir/index.ts';
import type { ArgReader } from '../args.ts';
import { applyActivation } from './activation.ts';
import { defineLayer, param, type InitName, type Lowerer, type ParamSpec } from './layer-def.ts';
import { checkElements, expectRank } from './shape.ts';

type RnnActivation = 'tanh' | 'relu' | 'sigmoid' | 'linear';

interface RnnConfig {
  units: number;
  returnSequences: boolean;
  activation: RnnActivation;
  useBias: boolean;
  kernelInit: InitName;
  recurrentInit: InitName;
  biasInit: InitName;
}

function parseRnn(a: ArgReader, isLstm: boolean): RnnConfig {
  const units = a.required(0, 'the number of units', 'size') as number;
  const o = a.options(1, {
    returnSequences: 'bool', activation: { oneOf: ['tanh', 'relu', 'sigmoid', 'linear'] }, useBias: 'bool',
    kernelInitializer: 'initializer', recurrentInitializer: 'initializer', biasInitializer: 'initializer',
    name: 'string', trainable: 'bool', ...(isLstm ? { recurrentActivation: { oneOf: ['sigmoid'] } } : {}),
  });
  a.atMost(2);
  return {
    units, returnSequences: (o.returnSequences as boolean | undefined) ?? false,
    activation: (o.activation as RnnActivation | undefined) ?? 'tanh', useBias: (o.useBias as boolean | undefined) ?? true,
    kernelInit: (o.kernelInitializer as InitName | undefined) ?? 'glorotUniform',
    recurrentInit: (o.recurrentInitializer as InitName | undefined) ?? 'orthogonal',
    biasInit: (o.biasInitializer as InitName | undefined) ?? 'zeros',
  };
}

function rnnLayer(dslName: string, kerasType: string, baseName: string, gates: number) {
  return defineLayer<RnnConfig>({
    dslName, kerasType, baseName, arity: 1,
    parse: (a) => parseRnn(a, gates === 4),
    build(c, [x], at) {
      expectRank(at, x!.shape, 2, 'a sequence [batch, time, features]', 'recurrent layers read [batch, time, features]; use reshape([time, features])');
      const [t, d] = x!.shape as [number, number];
      const g = gates * c.units;
      const params: ParamSpec[] = [
        param('kernel', checkElements(at, [d, g], 'kernel'), c.kernelInit, true),
        param('recurrent_kernel', checkElements(at, [c.units, g], 'recurrent kernel'), c.recurrentInit, true),
      ];
      if (c.useBias) params.push(param('bias', [g], c.biasInit, true));
      return { output: c.returnSequences ? [t, c.units] : [c.units], params };
    },
    lower: (l, c, [x], p, out) => unroll(l, c, gates, x!, p, out),
  });
}

export const simpleRnn = rnnLayer('simpleRnn', 'SimpleRNN', 'simple_rnn', 1);
export const lstm = rnnLayer('lstm', 'LSTM', 'lstm', 4);

function unroll(l: Lowerer, c: RnnConfig, gates: number, x: Value, p: Readonly<Record<string, Value>>, out: readonly number[]): Value {
  const [n, t, d] = x.type.shape as [number, number, number];
  const u = c.units;
  const g = gates * u;
  const flat = l.op('reshape', [x], { shape: [n * t, d] }, [n * t, d]);
  let proj = l.op('matmul', [flat, p.kernel!], { transposeA: false, transposeB: false }, [n * t, g]);
  if (p.bias) proj = l.op('add', [proj, p.bias], {}, [n * t, g]);
  const seq = l.op('reshape', [proj], { shape: [n, t, g] }, [n, t, g]);
  let h: Value | undefined;
  let cell: Value | undefined;
  const steps: Value[] = [];
  for (let s = 0; s < t; s++) {
    const xs = l.op('reshape', [l.op('slice', [seq], { begin: [0, s, 0], size: [n, 1, g] }, [n, 1, g])], { shape: [n, g] }, [n, g]);
    // At s = 0 the state is zero, so h·U vanishes and is not emitted.
    const z = h ? l.op('add', [xs, l.op('matmul', [h, p.recurrent_kernel!], { transposeA: false, transposeB: false }, [n, g])], {}, [n, g]) : xs;
    if (gates === 1) {
      h = applyActivation(l, c.activation, z, [n, u]);
    } else {
      [h, cell] = lstmCell(l, c, z, cell, n);
    }
    if (c.returnSequences) steps.push(l.op('reshape', [h], { shape: [n, 1, u] }, [n, 1, u]));
  }
  if (!c.returnSequences) return h!;
  return steps.length === 1 ? steps[0]! : l.op('concat', steps, { axis: 1 }, [l.batch, ...out]);
}

/** One LSTM step: c' = f·c + i·g, h' = o·act(c'), with gates i, f, g, o sliced from z. */
function lstmCell(l: Lowerer, c: RnnConfig, z: Value, cell: Value | undefined, n: number): [Value, Value] {
  const u = c.units;
  const gate = (k: number): Value => l.op('slice', [z], { begin: [0, k * u], size: [n, u] }, [n, u]);
  const sig = (v: Value): Value => l.op('sigmoid', [v], {}, [n, u]);
  const i = sig(gate(0));
  const cand = applyActivation(l, c.activation, gate(2), [n, u]);
  const o = sig(gate(3));
  const ig = l.op('mul', [i, cand], {}, [n, u]);
  const next = cell ? l.op('add', [l.op('mul', [sig(gate(1)), cell], {}, [n, u]), ig], {}, [n, u]) : ig;
  const h = l.op('mul', [o, applyActivation(l, c.activation, next, [n, u])], {}, [n, u]);
  return [h, next];
}
