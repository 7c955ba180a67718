/**
 * @file Recurrent layers (SimpleRNN, LSTM, GRU): a `scan` over the cell (recurrent-scan.ts), or with
 * Keras's `unroll: true` one copy of the cell per step of the static sequence length.
 *
 * The input projection x·W + b is one matmul over all time steps; each step then adds h·U. Gates
 * follow Keras's layouts so Keras weights load unchanged: LSTM i, f, c, o in [*, 4·units]; GRU z, r, h
 * in [*, 3·units], with a [2, 3·units] bias (input and recurrent) under Keras's default
 * `resetAfter: true`. The recurrent kernel's Keras default is `orthogonal`.
 *
 * Dropout (training only) follows Keras 3: one mask per sequence for the inputs and one for the
 * recurrent state, the same at every step and for every gate.
 */
import type { Value } from '../../ir/index.ts';
import type { ActivationName, ArgReader } from '../args.ts';
import { errorAt } from '../diag.ts';
import { applyActivation } from './activation.ts';
import { defineLayer, param, type InitName, type Lowerer, type ParamSpec } from './layer-def.ts';
import { scanRecurrent, unrollsByDefault } from './recurrent-scan.ts';
import { checkElements, expectRank } from './shape.ts';
import { penaltyOptions, readPenalties, RECURRENT_WEIGHTS, withPenalties, type Penalties } from './penalties.ts';

export type Kind = 'rnn' | 'lstm' | 'gru';

export interface RnnConfig {
  kind: Kind;
  units: number;
  returnSequences: boolean;
  returnState: boolean;
  activation: ActivationName;
  recurrentActivation: ActivationName;
  useBias: boolean;
  kernelInit: InitName;
  recurrentInit: InitName;
  biasInit: InitName;
  goBackwards: boolean;
  dropout: number;
  recurrentDropout: number;
  seed: number;
  resetAfter: boolean;
  /** Set by `bidirectional` on its backward copy: the output sequence is flipped along time (Keras `ops.flip`). */
  flipOutput: boolean;
  /**
   * Keras `unroll`: one copy of the cell per step; false, the cell is a `scan` body (recurrent-scan.ts);
   * not given, a scan unless the sequence is shorter than SCAN_MIN_STEPS (unrollsByDefault).
   */
  unroll: boolean | undefined;
  /** kernel/recurrent/bias regularizers and constraints (src/frontend/layers/penalties.ts). */
  penalties?: Penalties;
}

export const GATES: Record<Kind, number> = { rnn: 1, lstm: 4, gru: 3 };

function parseRnn(a: ArgReader, kind: Kind): RnnConfig {
  const units = a.required(0, 'the number of units', 'size') as number;
  const o = a.options(1, {
    returnSequences: 'bool', returnState: 'bool', activation: 'activation', useBias: 'bool',
    kernelInitializer: 'initializer', recurrentInitializer: 'initializer', biasInitializer: 'initializer',
    goBackwards: 'bool', dropout: 'rate', recurrentDropout: 'rate', seed: 'int', stateful: 'bool', unroll: 'bool',
    name: 'string', trainable: 'bool', ...penaltyOptions(RECURRENT_WEIGHTS),
    ...(kind === 'rnn' ? {} : { recurrentActivation: 'activation' as const }),
    ...(kind === 'gru' ? { resetAfter: 'bool' as const } : {}),
  });
  a.atMost(2);
  if (o.stateful === true) {
    throw errorAt(a.call, 'E_OPTION_VALUE', `${a.fn}(): stateful: true is not supported; every batch starts from a zero state`, 'remove stateful (false is the default), or feed the previous state as an input and return it as an output');
  }
  return {
    kind, units, returnSequences: (o.returnSequences as boolean | undefined) ?? false, returnState: (o.returnState as boolean | undefined) ?? false,
    activation: (o.activation as ActivationName | undefined) ?? 'tanh',
    recurrentActivation: (o.recurrentActivation as ActivationName | undefined) ?? 'sigmoid',
    useBias: (o.useBias as boolean | undefined) ?? true,
    kernelInit: (o.kernelInitializer as InitName | undefined) ?? 'glorotUniform',
    recurrentInit: (o.recurrentInitializer as InitName | undefined) ?? 'orthogonal',
    biasInit: (o.biasInitializer as InitName | undefined) ?? 'zeros',
    goBackwards: (o.goBackwards as boolean | undefined) ?? false,
    dropout: (o.dropout as number | undefined) ?? 0,
    recurrentDropout: (o.recurrentDropout as number | undefined) ?? 0,
    seed: (o.seed as number | undefined) ?? 0,
    resetAfter: (o.resetAfter as boolean | undefined) ?? true,
    flipOutput: false,
    unroll: o.unroll as boolean | undefined,
    penalties: readPenalties(o, RECURRENT_WEIGHTS),
  };
}

/** Weights of one recurrent layer on [t, d] inputs (shared with `bidirectional`). */
export function rnnParams(c: RnnConfig, d: number, at: import('./layer-def.ts').ApplySite): ParamSpec[] {
  const g = GATES[c.kind] * c.units;
  const params: ParamSpec[] = [
    param('kernel', checkElements(at, [d, g], 'kernel'), c.kernelInit, true),
    param('recurrent_kernel', checkElements(at, [c.units, g], 'recurrent kernel'), c.recurrentInit, true),
  ];
  if (c.useBias) params.push(param('bias', c.kind === 'gru' && c.resetAfter ? [2, g] : [g], c.biasInit, true));
  return withPenalties(params, c.penalties);
}

/** With `returnState`, the shapes of the final states after the output: h (and c for LSTM). */
export function rnnStates(c: RnnConfig): readonly (readonly number[])[] | undefined {
  if (!c.returnState) return undefined;
  return c.kind === 'lstm' ? [[c.units], [c.units]] : [[c.units]];
}

function rnnLayer(dslName: string, kerasType: string, baseName: string, kind: Kind) {
  return defineLayer<RnnConfig>({
    dslName, kerasType, baseName, arity: 1,
    parse: (a) => parseRnn(a, kind),
    build(c, [x], at) {
      expectRank(at, x!.shape, 2, 'a sequence [batch, time, features]', 'recurrent layers read [batch, time, features]; use reshape([time, features])');
      const [t, d] = x!.shape as [number, number];
      const states = rnnStates(c);
      return { output: c.returnSequences ? [t, c.units] : [c.units], params: rnnParams(c, d, at), ...(states ? { extra: states } : {}) };
    },
    lower(l, c, [x], p) {
      const r = unroll(l, c, x!, p);
      return c.returnState ? [r.output, ...r.states] : r.output;
    },
  });
}

/** Keras `SimpleRNN`: h = act(x·W + h·U + b). */
export const simpleRnn = rnnLayer('simpleRnn', 'SimpleRNN', 'simple_rnn', 'rnn');
/** Keras `LSTM`, gates i, f, c, o. */
export const lstm = rnnLayer('lstm', 'LSTM', 'lstm', 'lstm');
/** Keras `GRU`, gates z, r, h; `resetAfter` (default true, as Keras 3) applies the reset gate after h·U. */
export const gru = rnnLayer('gru', 'GRU', 'gru', 'gru');

/** A [n, width] dropout mask scaled by 1/(1 − rate), drawn once per sequence (the same for every step). */
export function mask(l: Lowerer, rate: number, seed: number, n: number, width: number): Value | undefined {
  if (!l.training || rate <= 0) return undefined;
  return l.op('dropout', [l.fill(1, [n, width]), l.training.step()], { rate, seed: l.training.seed(seed) }, [n, width]);
}

/**
 * What every step of both lowerings (unrolled and scan) shares: the dropout masks (input applied to
 * x, recurrent kept for h) and the bias split (GRU resetAfter keeps its recurrent row apart, added to
 * h·U inside each step).
 */
export function stepInputs(l: Lowerer, c: RnnConfig, x: Value, p: Readonly<Record<string, Value>>): { u: number; g: number; xin: Value; recMask: Value | undefined; inBias: Value | undefined; recBias: Value | undefined } {
  const [n, t, d] = x.type.shape as [number, number, number];
  const u = c.units;
  const g = GATES[c.kind] * u;
  const inMask = mask(l, c.dropout, c.seed, n, d);
  const xin = inMask ? l.op('mul', [x, l.op('reshape', [inMask], { shape: [n, 1, d] }, [n, 1, d])], {}, [n, t, d]) : x;
  const recMask = mask(l, c.recurrentDropout, c.seed + 1, n, u);
  // GRU with resetAfter keeps its recurrent bias (row 1) apart: it is added to h·U inside each step.
  const split = c.kind === 'gru' && c.resetAfter && p.bias;
  const row = (r: number): Value => l.op('reshape', [l.op('slice', [p.bias!], { begin: [r, 0], size: [1, g] }, [1, g])], { shape: [g] }, [g]);
  const inBias = split ? row(0) : p.bias;
  const recBias = split ? row(1) : undefined;
  return { u, g, xin, recMask, inBias, recBias };
}

/** The layer's output sequence [n, t, u] (or last state [n, u]) for input x [n, t, d], and its final states (h, and c for LSTM). */
export function unroll(l: Lowerer, c: RnnConfig, x: Value, p: Readonly<Record<string, Value>>): { output: Value; states: Value[] } {
  const [n, t, d] = x.type.shape as [number, number, number];
  if (!(c.unroll ?? unrollsByDefault(t, l.training !== undefined))) return scanRecurrent(l, c, x, p);
  const { u, g, xin, recMask, inBias, recBias } = stepInputs(l, c, x, p);
  const flat = l.op('reshape', [xin], { shape: [n * t, d] }, [n * t, d]);
  let proj = l.op('matmul', [flat, p.kernel!], { transposeA: false, transposeB: false }, [n * t, g]);
  if (inBias) proj = l.op('add', [proj, inBias], {}, [n * t, g]);
  const seq = l.op('reshape', [proj], { shape: [n, t, g] }, [n, t, g]);
  let h: Value | undefined;
  let cell: Value | undefined;
  const steps: Value[] = [];
  for (let k = 0; k < t; k++) {
    const s = c.goBackwards ? t - 1 - k : k;
    const xs = l.op('reshape', [l.op('slice', [seq], { begin: [0, s, 0], size: [n, 1, g] }, [n, 1, g])], { shape: [n, g] }, [n, g]);
    const hPrev = h && recMask ? l.op('mul', [h, recMask], {}, [n, u]) : h;
    if (c.kind === 'gru') {
      h = gruCell(l, c, xs, h, hPrev, p.recurrent_kernel!, recBias, n);
    } else {
      // At the first step the state is zero, so h·U vanishes and is not emitted.
      const z = hPrev ? l.op('add', [xs, l.op('matmul', [hPrev, p.recurrent_kernel!], { transposeA: false, transposeB: false }, [n, g])], {}, [n, g]) : xs;
      if (c.kind === 'rnn') h = applyActivation(l, c.activation, z, [n, u]);
      else [h, cell] = lstmCell(l, c, z, cell, n);
    }
    if (c.returnSequences) steps.push(l.op('reshape', [h], { shape: [n, 1, u] }, [n, 1, u]));
  }
  const states = c.kind === 'lstm' ? [h!, cell ?? l.fill(0, [n, u])] : [h!];
  if (!c.returnSequences) return { output: h!, states };
  if (c.flipOutput) steps.reverse();
  return { output: steps.length === 1 ? steps[0]! : l.op('concat', steps, { axis: 1 }, [n, t, u]), states };
}

/** One LSTM step: c' = f·c + i·g, h' = o·act(c'), with gates i, f, g, o sliced from z. */
export function lstmCell(l: Lowerer, c: RnnConfig, z: Value, cell: Value | undefined, n: number): [Value, Value] {
  const u = c.units;
  const gate = (k: number): Value => l.op('slice', [z], { begin: [0, k * u], size: [n, u] }, [n, u]);
  const rec = (v: Value): Value => applyActivation(l, c.recurrentActivation, v, [n, u]);
  const i = rec(gate(0));
  const cand = applyActivation(l, c.activation, gate(2), [n, u]);
  const o = rec(gate(3));
  const ig = l.op('mul', [i, cand], {}, [n, u]);
  const next = cell ? l.op('add', [l.op('mul', [rec(gate(1)), cell], {}, [n, u]), ig], {}, [n, u]) : ig;
  const h = l.op('mul', [o, applyActivation(l, c.activation, next, [n, u])], {}, [n, u]);
  return [h, next];
}

/**
 * One GRU step (Keras 3 GRUCell): z = σ(x_z + h·U_z), r = σ(x_r + h·U_r), h' = z·h + (1 − z)·act(x_h + r∘…),
 * where … is (h·U_h + b_h) with resetAfter and (r·h)·U_h without. `h` is the state, `hPrev` it after recurrent dropout.
 */
export function gruCell(l: Lowerer, c: RnnConfig, xs: Value, h: Value | undefined, hPrev: Value | undefined, rk: Value, recBias: Value | undefined, n: number): Value {
  const u = c.units;
  const g = 3 * u;
  const cols = (v: Value, k: number, w = u): Value => l.op('slice', [v], { begin: [0, k * u], size: [n, w] }, [n, w]);
  const mm = (a: Value, b: Value, w: number): Value => l.op('matmul', [a, b], { transposeA: false, transposeB: false }, [n, w]);
  const rkCols = (k: number, w: number): Value => l.op('slice', [rk], { begin: [0, k * u], size: [u, w] }, [u, w]);
  const add = (a: Value, b: Value): Value => l.op('add', [a, b], {}, [n, u]);
  const rec = (v: Value): Value => applyActivation(l, c.recurrentActivation, v, [n, u]);
  let inner: Value | undefined;
  if (c.resetAfter) {
    inner = hPrev ? mm(hPrev, rk, g) : undefined;
    if (recBias) inner = inner ? l.op('add', [inner, recBias], {}, [n, g]) : l.op('broadcast_to', [l.op('reshape', [recBias], { shape: [1, g] }, [1, g])], { shape: [n, g] }, [n, g]);
  } else if (hPrev) {
    inner = mm(hPrev, rkCols(0, 2 * u), 2 * u);
  }
  const z = rec(inner ? add(cols(xs, 0), cols(inner, 0)) : cols(xs, 0));
  const r = rec(inner ? add(cols(xs, 1), cols(inner, 1)) : cols(xs, 1));
  let recH: Value | undefined;
  if (c.resetAfter) recH = inner ? l.op('mul', [r, cols(inner, 2)], {}, [n, u]) : undefined;
  else if (hPrev) recH = mm(l.op('mul', [r, hPrev], {}, [n, u]), rkCols(2, u), u);
  const hh = applyActivation(l, c.activation, recH ? add(cols(xs, 2), recH) : cols(xs, 2), [n, u]);
  // h' = z·h + (1 − z)·hh = hh + z·(h − hh); with h = 0 it is (1 − z)·hh.
  if (!h) return l.op('mul', [l.op('sub', [l.fill(1, []), z], {}, [n, u]), hh], {}, [n, u]);
  return add(hh, l.op('mul', [z, l.op('sub', [h, hh], {}, [n, u])], {}, [n, u]));
}
