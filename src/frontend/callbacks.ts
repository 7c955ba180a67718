/** @file `earlyStopping(…)`, `reduceLROnPlateau(…)`, `modelCheckpoint(…)`, `learningRateScheduler(…)`: validated descriptors and their configs. */
import type { Node } from 'ts-morph';
import type { ArgReader, OptKind } from './args.ts';
import { didYouMean, errorAt } from './diag.ts';
import { DescVal, describe, ObjVal, type Val } from './values.ts';
import { CALLBACK_DEFAULTS, CALLBACK_KINDS, type CallbackConfig } from '../train/callbacks.ts';
import type { Schedule } from '../train/schedule.ts';

export const CALLBACKS: ReadonlySet<string> = new Set(CALLBACK_KINDS);

const MODE: OptKind = { oneOf: ['min', 'max', 'auto'] };
const SCHEMAS: Record<string, Record<string, OptKind>> = {
  earlyStopping: { monitor: 'string', patience: 'int', minDelta: 'number', mode: MODE, restoreBestWeights: 'bool' },
  reduceLROnPlateau: { monitor: 'string', factor: 'positive', patience: 'int', minLr: 'number', minDelta: 'number', cooldown: 'int', mode: MODE },
  modelCheckpoint: { monitor: 'string', saveBestOnly: 'bool', mode: MODE },
};
const KIND = { oneOf: ['step', 'exponential', 'cosine', 'piecewise'] } as const;
const SCHEDULES: Record<string, { schema: Record<string, OptKind>; required: readonly string[] }> = {
  step: { schema: { kind: KIND, every: 'size', rate: 'positive' }, required: ['every', 'rate'] },
  exponential: { schema: { kind: KIND, decaySteps: 'size', decayRate: 'positive', staircase: 'bool' }, required: ['decaySteps', 'decayRate'] },
  cosine: { schema: { kind: KIND, decaySteps: 'size', alpha: 'number', warmupSteps: 'int' }, required: ['decaySteps'] },
  piecewise: { schema: { kind: KIND, boundaries: 'ints', values: 'numbers' }, required: ['boundaries', 'values'] },
};

/** A callback call in a model file, its options checked against Keras's names. */
export function callbackDescriptor(kind: string, a: ArgReader): DescVal {
  a.atMost(1);
  if (kind === 'learningRateScheduler') return new DescVal('callback', kind, scheduleOptions(a));
  const o = a.options(0, SCHEMAS[kind]!) as Record<string, number | string | boolean>;
  for (const k of ['patience', 'cooldown']) if (typeof o[k] === 'number' && (o[k] as number) < 0) throw errorAt(a.args[0]!.node, 'E_OPTION_RANGE', `${kind}() option '${k}' must be 0 or more, got ${o[k]}`);
  if (kind === 'reduceLROnPlateau' && typeof o.factor === 'number' && o.factor >= 1) throw errorAt(a.args[0]!.node, 'E_OPTION_RANGE', `reduceLROnPlateau() factor must be below 1 (the new rate is old · factor), got ${o.factor}`);
  return new DescVal('callback', kind, o);
}

function scheduleOptions(a: ArgReader): Record<string, number | boolean | string | readonly number[]> {
  const arg = a.args[0];
  const kinds = Object.keys(SCHEDULES);
  if (!arg || !(arg.value instanceof ObjVal)) throw errorAt(arg?.node ?? a.call, 'E_OPTION_TYPE', `learningRateScheduler() takes a schedule object, got ${arg ? describe(arg.value) : 'nothing'}`, `e.g. learningRateScheduler({ kind: 'exponential', decaySteps: 100, decayRate: 0.9 }); kinds: ${kinds.join(', ')}`);
  const kind = arg.value.props.get('kind');
  if (typeof kind !== 'string' || !(kind in SCHEDULES)) throw errorAt(arg.value.nodes.get('kind') ?? arg.node, 'E_OPTION_VALUE', `learningRateScheduler() kind must be one of ${kinds.map((k) => `'${k}'`).join(', ')}, got ${describe(kind as Val)}`, typeof kind === 'string' ? didYouMean(kind, kinds) : undefined);
  const s = SCHEDULES[kind]!;
  const o = a.options(0, s.schema) as Record<string, number | boolean | string | readonly number[]>;
  for (const r of s.required) if (o[r] === undefined) throw a.missing(r);
  if (kind === 'piecewise') {
    const [b, v] = [o.boundaries as readonly number[], o.values as readonly number[]];
    if (v.length !== b.length + 1) throw errorAt(arg.node, 'E_OPTION_VALUE', `learningRateScheduler() piecewise needs one more value than boundaries (got ${b.length} boundaries, ${v.length} values)`);
    if (b.some((x, i) => i > 0 && x <= b[i - 1]!)) throw errorAt(arg.node, 'E_OPTION_VALUE', `learningRateScheduler() piecewise boundaries must increase, got [${b.join(', ')}]`);
  }
  return o;
}

/** `train.callbacks`: an array of callback descriptors, with Keras defaults filled in; one of each kind at most. */
export function callbackConfigs(v: Val, node: Node): CallbackConfig[] {
  if (!Array.isArray(v) || !v.every((x) => x instanceof DescVal && x.family === 'callback')) {
    throw errorAt(node, 'E_OPTION_TYPE', `callbacks must be an array such as [earlyStopping({ patience: 3 })], got ${describe(v)}`, `callbacks are ${CALLBACK_KINDS.join(', ')}`);
  }
  const seen = new Set<string>();
  return (v as DescVal[]).map((d) => {
    if (seen.has(d.kind)) throw errorAt(node, 'E_OPTION_VALUE', `callbacks has ${d.kind}() twice; give it once`);
    seen.add(d.kind);
    return toConfig(d);
  });
}

function toConfig(d: DescVal): CallbackConfig {
  const o = d.options as Record<string, unknown>;
  if (d.kind === 'learningRateScheduler') {
    const { kind, ...rest } = o as { kind: string };
    return { kind: 'learningRateScheduler', schedule: { kind, ...rest } as Schedule };
  }
  if (d.kind === 'earlyStopping') return { ...CALLBACK_DEFAULTS.earlyStopping, ...o, kind: 'earlyStopping' } as CallbackConfig;
  if (d.kind === 'reduceLROnPlateau') return { ...CALLBACK_DEFAULTS.reduceLROnPlateau, ...o, kind: 'reduceLROnPlateau' } as CallbackConfig;
  return { ...CALLBACK_DEFAULTS.modelCheckpoint, ...o, kind: 'modelCheckpoint' } as CallbackConfig;
}
