/**
 * @file Initializers in a model file: `randomNormal({ mean, stddev })` and the other Keras initializers
 * with options (defaults as Keras sets them), literal weights (`kernel: [[…]]`, `constant([[…]])`), and
 * the shape check of literal and identity weights against the weight they initialise, at the literal.
 */
import type { Node } from 'ts-morph';
import type { ArgReader } from './args.ts';
import { errorAt } from './diag.ts';
import { SEEDED_NAMES, type ApplySite, type InitKind, type InitName, type InitSpec, type ParamSpec, type SeededName } from './layers/layer-def.ts';
import { DescVal, describe, type Val } from './values.ts';

/** The initializers that a model file may call with options. */
export const INIT_FACTORIES: ReadonlySet<string> = new Set(['randomNormal', 'truncatedNormal', 'randomUniform', 'constant', 'varianceScaling', 'lecunNormal', 'lecunUniform', 'identity', ...SEEDED_NAMES]);

type Named = Exclude<InitKind, InitSpec['kind'] | 'lecunNormal' | 'lecunUniform'>;

/** A name with Keras's defaults (randomNormal: mean 0, stddev 0.05; lecun = varianceScaling(1, fanIn)); the original seven stay names. */
export function initSpec(init: InitName): Named | InitSpec {
  if (typeof init !== 'string') return init;
  switch (init) {
    case 'randomNormal':
    case 'truncatedNormal':
      return { kind: init, mean: 0, stddev: 0.05 };
    case 'randomUniform':
      return { kind: init, minval: -0.05, maxval: 0.05 };
    case 'constant':
      return { kind: init, value: 0 };
    case 'varianceScaling':
      return { kind: init, scale: 1, mode: 'fanIn', distribution: 'truncatedNormal' };
    case 'lecunNormal':
      return { kind: 'varianceScaling', scale: 1, mode: 'fanIn', distribution: 'truncatedNormal' };
    case 'lecunUniform':
      return { kind: 'varianceScaling', scale: 1, mode: 'fanIn', distribution: 'uniform' };
    case 'identity':
      return { kind: init, gain: 1 };
    default:
      return init;
  }
}

/** Where each literal was written, for the shape check (specs travel in plain configs, so the node rides beside them). */
const LITERAL_NODES = new WeakMap<InitSpec, Node>();

/** `randomNormal({ … })` and friends as an initializer descriptor (options validated, defaults filled). */
export function initializerDescriptor(kind: string, a: ArgReader): DescVal {
  const opts = (schema: Parameters<ArgReader['options']>[1]): Record<string, unknown> => {
    a.atMost(1);
    return a.options(0, schema);
  };
  // Keras's `seed`: the same seed draws the same weights in every run, whatever the run's --seed.
  const seeded = (o: Record<string, unknown>): { seed?: number } => (o.seed === undefined ? {} : { seed: o.seed as number });
  if ((SEEDED_NAMES as readonly string[]).includes(kind)) return desc('seeded', { name: kind as SeededName, ...seeded(opts({ seed: 'int' })) });
  const spec = initSpec(kind as InitKind) as InitSpec;
  switch (spec.kind) {
    case 'randomNormal':
    case 'truncatedNormal': {
      const o = opts({ mean: 'number', stddev: 'positive', seed: 'int' });
      return desc(spec.kind, { mean: (o.mean as number | undefined) ?? spec.mean, stddev: (o.stddev as number | undefined) ?? spec.stddev, ...seeded(o) });
    }
    case 'randomUniform': {
      const o = opts({ minval: 'number', maxval: 'number', seed: 'int' });
      const minval = (o.minval as number | undefined) ?? spec.minval;
      const maxval = (o.maxval as number | undefined) ?? spec.maxval;
      if (!(minval <= maxval)) throw errorAt(a.args[0]?.node ?? a.call, 'E_OPTION_RANGE', `randomUniform(): minval ${minval} is above maxval ${maxval}`, 'swap them');
      return desc(spec.kind, { minval, maxval, ...seeded(o) });
    }
    case 'constant': {
      a.atMost(1);
      const v = a.args[0];
      if (!v || v.value === undefined) return desc('constant', { value: 0 });
      if (typeof v.value === 'number') return desc('constant', { value: a.required(0, 'the value', 'number') as number });
      const lit = readLiteral(v.value, v.node, 'constant(): value');
      return desc('literal', { shape: lit.shape, values: lit.values });
    }
    case 'varianceScaling': {
      // lecunNormal/lecunUniform take only a seed; varianceScaling its family's options too.
      const o = kind === 'varianceScaling' ? opts({ scale: 'positive', mode: { oneOf: ['fanIn', 'fanOut', 'fanAvg'] }, distribution: { oneOf: ['truncatedNormal', 'untruncatedNormal', 'uniform'] }, seed: 'int' }) : opts({ seed: 'int' });
      return desc(spec.kind, { scale: (o.scale as number | undefined) ?? spec.scale, mode: (o.mode as string | undefined) ?? spec.mode, distribution: (o.distribution as string | undefined) ?? spec.distribution, ...seeded(o) });
    }
    case 'identity': {
      const o = opts({ gain: 'number' });
      return desc('identity', { gain: (o.gain as number | undefined) ?? spec.gain });
    }
    case 'literal':
    case 'seeded':
      throw new Error(`internal error: no ${spec.kind} factory`);
  }
}

function desc(kind: InitSpec['kind'], options: DescVal['options']): DescVal {
  return new DescVal('initializer', kind, options);
}

/** An initializer option's value: a name, a descriptor, or (where `literal`) a nested array of numbers. */
export function readInitializer(v: Val, node: Node): InitName | undefined {
  if (typeof v === 'string') return undefined; // names are checked by the caller against INIT_NAMES
  if (v instanceof DescVal && v.family === 'initializer') {
    const spec = { kind: v.kind, ...v.options } as InitSpec;
    if (spec.kind === 'literal') LITERAL_NODES.set(spec, node);
    return spec;
  }
  return undefined;
}

/** Literal weights from a nested array of numbers (`[[-1, 0, 1], …]`), row-major, its shape as written. */
export function readLiteral(v: Val, node: Node, what: string): InitSpec & { kind: 'literal' } {
  const shape: number[] = [];
  for (let x: Val = v; Array.isArray(x); x = (x as readonly Val[])[0]) {
    if (x.length === 0) throw errorAt(node, 'E_OPTION_VALUE', `${what} has an empty array`, 'write every weight of the kernel');
    shape.push(x.length);
  }
  if (shape.length === 0) throw errorAt(node, 'E_OPTION_TYPE', `${what} must be a nested array of numbers, got ${describe(v)}`);
  const values: number[] = [];
  const walk = (x: Val, depth: number, path: string): void => {
    if (depth === shape.length) {
      if (typeof x !== 'number' || !Number.isFinite(x)) throw errorAt(node, 'E_OPTION_TYPE', `${what}${path} must be a finite number, got ${describe(x)}`);
      values.push(x);
      return;
    }
    if (!Array.isArray(x) || x.length !== shape[depth]) {
      throw errorAt(node, 'E_OPTION_VALUE', `${what}${path} must be an array of ${shape[depth]} (the rows of a literal must all have the same length), got ${Array.isArray(x) ? `${x.length}` : describe(x)}`);
    }
    (x as readonly Val[]).forEach((y, i) => walk(y, depth + 1, `${path}[${i}]`));
  };
  walk(v, 0, '');
  const spec = { kind: 'literal' as const, shape, values };
  LITERAL_NODES.set(spec, node);
  return spec;
}

/** Same shape once trailing 1-axes are dropped: `[[…3×3…]]` is a [3, 3, 1, 1] kernel of one filter on one channel. */
function sameShape(a: readonly number[], b: readonly number[]): boolean {
  const strip = (s: readonly number[]): number[] => {
    const t = [...s];
    while (t.length > 0 && t[t.length - 1] === 1) t.pop();
    return t;
  };
  return strip(a).join() === strip(b).join();
}

/** How Keras lays out a kernel, for the shape error. */
const KERNEL_LAYOUT: Readonly<Record<string, string>> = {
  Dense: 'inputs, units', Conv2D: 'height, width, inChannels, filters', Conv2DTranspose: 'height, width, filters, inChannels', Conv1D: 'width, inChannels, filters',
};

/** Rejects literal weights of another shape and identity on a weight that is not a matrix, at the literal (or the layer). */
export function checkInitShapes(params: readonly ParamSpec[], at: ApplySite, kerasType: string): void {
  const layout = KERNEL_LAYOUT[kerasType];
  for (const p of params) {
    const s = typeof p.init === 'string' ? undefined : p.init;
    if (s?.kind === 'literal' && !sameShape(s.shape, p.shape)) {
      const node = LITERAL_NODES.get(s);
      const msg = `${at.layerName}: the literal ${p.name} has shape [${s.shape.join(', ')}], but the layer's ${p.name} is [${p.shape.join(', ')}]${layout && p.name === 'kernel' ? ` (${layout})` : ''}`;
      const hint = 'write the weights as a nested array of that shape (trailing 1-axes may be left out)';
      throw node ? errorAt(node, 'E_INIT_SHAPE', msg, hint) : at.error('E_INIT_SHAPE', msg, hint);
    }
    if (s?.kind === 'identity' && p.shape.length !== 2) {
      throw at.error('E_INIT_SHAPE', `${at.layerName}: the identity initializer makes a matrix, but ${p.name} is [${p.shape.join(', ')}]`, 'use identity() on a dense kernel (or any 2-D weight)');
    }
  }
}

/**
 * A weight's initializer from a layer's options: literal weights (`kernel: [[…]]`), else the named
 * initializer option, else the layer's default; both at once is ambiguous.
 */
export function weightInit(a: ArgReader, o: Record<string, unknown>, literal: string, initializer: string, fallback: InitName, used = true): InitName {
  if (!used && o[literal] !== undefined) throw errorAt(a.call, 'E_OPTION_VALUE', `${a.fn}() got ${literal} weights but useBias: false`, `drop ${literal}, or set useBias: true`);
  if (o[literal] !== undefined && o[initializer] !== undefined) {
    throw errorAt(a.call, 'E_OPTION_VALUE', `${a.fn}() got both ${literal} (literal weights) and ${initializer}`, `keep one: ${literal} fixes the initial values, ${initializer} draws them`);
  }
  return (o[literal] ?? o[initializer] ?? fallback) as InitName;
}
