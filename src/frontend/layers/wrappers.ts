/**
 * @file Layer wrappers and sequence utilities: `bidirectional(rnn)`, `timeDistributed(layer)`, `repeatVector(n)`.
 *
 * A wrapper reads the wrapped layer's definition and configuration (the layer object passed to it
 * is a template, as in Keras: its own weights are never built) and owns the weights itself.
 */
import { errorAt } from '../diag.ts';
import { LayerVal } from '../values.ts';
import type { ArgReader } from '../args.ts';
import type { Value } from '../../ir/index.ts';
import { defineLayer, type LayerDef, type Lowerer } from './layer-def.ts';
import { rnnParams, rnnStates, unroll, type RnnConfig } from './recurrent.ts';
import { checkElements, expectRank } from './shape.ts';

const RECURRENT = new Set(['simpleRnn', 'lstm', 'gru']);

function wrappedLayer(a: ArgReader, what: string, accept?: ReadonlySet<string>): LayerVal {
  const first = a.args[0];
  if (!first || !(first.value instanceof LayerVal)) {
    throw errorAt(first?.node ?? a.call, 'E_OPTION_TYPE', `${a.fn}() wraps a layer, e.g. ${a.fn}(${what})`);
  }
  if (accept && !accept.has(first.value.def.dslName)) {
    throw errorAt(first.node, 'E_OPTION_VALUE', `${a.fn}() wraps a recurrent layer (simpleRnn, lstm, gru), got ${first.value.def.dslName}()`);
  }
  if (first.value.activity) {
    const own = a.fn === 'bidirectional' ? `; give it to ${a.fn}(…, { activityRegularizer }) to penalise the merged output` : '';
    throw errorAt(first.node, 'E_OPTION_VALUE', `the activityRegularizer of the layer inside ${a.fn}() would be ignored (the wrapper owns the weights and the outputs)`, `remove it from the inner layer${own}`);
  }
  return first.value;
}

type MergeMode = 'concat' | 'sum' | 'mul' | 'ave';

interface BidirectionalConfig {
  inner: RnnConfig;
  innerName: string;
  mergeMode: MergeMode;
}

/**
 * Keras `Bidirectional`: the layer runs forward and (a copy) backward in time; outputs are merged by
 * `mergeMode` (default `concat`). Weights `forward_<name>.*` then `backward_<name>.*`, as Keras names them.
 */
export const bidirectional = defineLayer<BidirectionalConfig>({
  dslName: 'bidirectional', kerasType: 'Bidirectional', baseName: 'bidirectional', arity: 1,
  parse(a) {
    const inner = wrappedLayer(a, 'lstm(16)', RECURRENT);
    const o = a.options(1, { mergeMode: { oneOf: ['concat', 'sum', 'mul', 'ave'] }, name: 'string', trainable: 'bool', activityRegularizer: 'regularizer' });
    a.atMost(2);
    return { inner: inner.config as RnnConfig, innerName: inner.name, mergeMode: (o.mergeMode as MergeMode | undefined) ?? 'concat' };
  },
  build(c, [x], at) {
    expectRank(at, x!.shape, 2, 'a sequence [batch, time, features]', 'recurrent layers read [batch, time, features]; use reshape([time, features])');
    const [t, d] = x!.shape as [number, number];
    const ps = rnnParams(c.inner, d, at);
    const u = c.mergeMode === 'concat' ? 2 * c.inner.units : c.inner.units;
    const params = [...ps.map((p) => ({ ...p, name: `forward_${c.innerName}.${p.name}` })), ...ps.map((p) => ({ ...p, name: `backward_${c.innerName}.${p.name}` }))];
    const states = rnnStates(c.inner);
    return { output: c.inner.returnSequences ? [t, u] : [u], params, ...(states ? { extra: [...states, ...states] } : {}) };
  },
  lower(l, c, [x], p, out) {
    const part = (dir: string): Record<string, Value> =>
      Object.fromEntries(Object.entries(p).filter(([k]) => k.startsWith(`${dir}_${c.innerName}.`)).map(([k, v]) => [k.slice(dir.length + c.innerName.length + 2), v]));
    const f = unroll(l, c.inner, x!, part('forward'));
    const b = unroll(l, { ...c.inner, goBackwards: !c.inner.goBackwards, flipOutput: c.inner.returnSequences, seed: c.inner.seed + 2 }, x!, part('backward'));
    const merged = merge(l, c.mergeMode, f.output, b.output, [l.batch, ...out]);
    // Keras order with returnState: the output, the forward layer's states, then the backward layer's.
    return c.inner.returnState ? [merged, ...f.states, ...b.states] : merged;
  },
});

function merge(l: Lowerer, mode: MergeMode, fwd: Value, back: Value, full: readonly number[]): Value {
  const shape = fwd.type.shape;
  switch (mode) {
    case 'concat':
      return l.op('concat', [fwd, back], { axis: full.length - 1 }, full);
    case 'sum':
      return l.op('add', [fwd, back], {}, shape);
    case 'mul':
      return l.op('mul', [fwd, back], {}, shape);
    case 'ave':
      return l.op('mul', [l.op('add', [fwd, back], {}, shape), l.fill(0.5, [])], {}, shape);
  }
}

interface TimeDistributedConfig {
  def: LayerDef;
  config: unknown;
}

/** Keras `TimeDistributed`: applies the layer to every time step, [B, T, …] → [B, T, …′], with one set of weights. */
export const timeDistributed = defineLayer<TimeDistributedConfig>({
  dslName: 'timeDistributed', kerasType: 'TimeDistributed', baseName: 'time_distributed', arity: 1,
  parse(a) {
    const inner = wrappedLayer(a, 'dense(8)');
    a.options(1, { name: 'string', trainable: 'bool' });
    a.atMost(2);
    return { def: inner.def, config: inner.config };
  },
  build(c, [x], at) {
    if (x!.shape.length < 2) throw at.error('E_SHAPE_RANK', `${at.layerName} expects a sequence [batch, time, …], got (None, ${x!.shape.join(', ')})`);
    const b = c.def.build(c.config, [{ shape: x!.shape.slice(1), dtype: x!.dtype }], at);
    return { output: checkElements(at, [x!.shape[0]!, ...b.output], 'output'), params: b.params };
  },
  lower(l, c, [x], p, out) {
    const [n, t, ...rest] = x!.type.shape as number[];
    const rows = n! * t!;
    const flat = l.op('reshape', [x!], { shape: [rows, ...rest] }, [rows, ...rest]);
    const inner: Lowerer = { batch: rows, op: l.op, fill: l.fill, ...(l.training ? { training: l.training } : {}) };
    const y = c.def.lower(inner, c.config, [flat], p, out.slice(1));
    const main = Array.isArray(y) ? (y as readonly Value[])[0]! : (y as Value);
    return l.op('reshape', [main], { shape: [l.batch, ...out] }, [l.batch, ...out]);
  },
});

/** Keras `RepeatVector(n)`: [B, D] → [B, n, D]. */
export const repeatVector = defineLayer<{ n: number }>({
  dslName: 'repeatVector', kerasType: 'RepeatVector', baseName: 'repeat_vector', arity: 1,
  parse(a) {
    const n = a.required(0, 'the number of repeats', 'size') as number;
    a.options(1, { name: 'string', trainable: 'bool' });
    a.atMost(2);
    return { n };
  },
  build(c, [x], at) {
    expectRank(at, x!.shape, 1, 'a vector [batch, features]');
    return { output: checkElements(at, [c.n, x!.shape[0]!], 'output'), params: [] };
  },
  lower(l, c, [x], _p, out) {
    const d = out[1]!;
    const one = l.op('reshape', [x!], { shape: [l.batch, 1, d] }, [l.batch, 1, d]);
    return l.op('broadcast_to', [one], { shape: [l.batch, c.n, d] }, [l.batch, c.n, d]);
  },
});
