/** @file Reference interpreter: evaluates any graph on the CPU with each op's `evaluate` (the oracle). */
import { CompileError, formatType, numel, type Graph } from '../ir/index.ts';
import { useCounts } from '../ir/index.ts';
import { evalCtx, hostTensor, withPrecision } from '../ops/host.ts';
import type { HostTensor, Precision } from '../ops/op-def.ts';
import { getOp } from '../ops/registry.ts';

export type Feeds = Readonly<Record<string, HostTensor | ArrayLike<number>>>;

export interface InterpretOptions {
  /** float32 (default) to compare with the GPU; float64 for finite-difference gradient checks. */
  readonly precision?: Precision;
}

/**
 * Runs `g` on `feeds` (one per argument, by name) and returns its outputs by name. Values are
 * dropped after their last use, so large graphs run in bounded memory.
 */
export function interpret(g: Graph, feeds: Feeds, opts: InterpretOptions = {}): Record<string, HostTensor> {
  const precision = opts.precision ?? 'f32';
  const ctx = evalCtx(precision);
  const values = new Map<number, HostTensor>();
  for (const a of g.args) values.set(a.id, feed(a.name, a.type, feeds[a.name], precision));
  const remaining = useCounts(g);
  const keep = new Set(g.outputs.map((o) => o.value));
  for (const n of g.nodes) {
    const ins = n.inputs.map((id) => values.get(id)!);
    const def = getOp(n.op);
    values.set(n.id, def.evaluate(ins, n.attrs, ctx));
    for (const id of n.inputs) {
      const left = (remaining.get(id) ?? 1) - 1;
      remaining.set(id, left);
      if (left === 0 && !keep.has(id)) values.delete(id);
    }
  }
  const out: Record<string, HostTensor> = {};
  for (const o of g.outputs) out[o.name] = values.get(o.value)!;
  return out;
}

function feed(name: string, type: HostTensor['type'], v: Feeds[string] | undefined, precision: Precision): HostTensor {
  if (v === undefined) {
    throw new CompileError('E_FEED_MISSING', `no value given for argument %${name}: ${formatType(type)}`);
  }
  if ('type' in v && 'data' in v) {
    const t = v as HostTensor;
    if (t.type.dtype !== type.dtype || numel(t.type.shape) !== numel(type.shape)) {
      throw new CompileError(
        'E_FEED_TYPE',
        `argument %${name} expects ${formatType(type)}, got ${formatType(t.type)}`,
      );
    }
    return withPrecision({ type, data: t.data }, precision);
  }
  const arr = v as ArrayLike<number>;
  if (arr.length !== numel(type.shape)) {
    throw new CompileError(
      'E_FEED_TYPE',
      `argument %${name} expects ${formatType(type)} (${numel(type.shape)} values), got ${arr.length} values`,
    );
  }
  return hostTensor(type, arr, precision);
}
