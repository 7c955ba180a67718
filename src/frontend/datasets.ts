/** @file Dataset markers (`mnist()`, `csv(path)`, `synthetic({ kind })`): validated options, with synthetic defaults filled in. */
import { readAs, type ArgReader, type OptKind } from './args.ts';
import { errorAt } from './diag.ts';
import { DescVal, ObjVal } from './values.ts';

type Options = Record<string, number | string | boolean | readonly number[] | readonly string[]>;

/** Every dataset marker: whether it takes a path first, and its options. */
export const DATASETS: Readonly<Record<string, { path: boolean; options: Readonly<Record<string, OptKind>> }>> = {
  mnist: { path: false, options: { flatten: 'bool', sparse: 'bool', targets: { oneOf: ['labels', 'images'] } } },
  iris: { path: false, options: { sparse: 'bool' } },
  cifar10: { path: false, options: { sparse: 'bool' } },
  csv: {
    path: true,
    options: {
      label: 'string', header: 'bool', features: 'strings', delimiter: 'string', missing: { oneOf: ['error', 'drop', 'fill'] }, fill: 'number',
      labels: { oneOf: ['int', 'categorical'] }, categorical: 'strings', text: 'string', maxTokens: 'size', sequenceLength: 'size', testSplit: 'rate', seed: 'int',
    },
  },
  imageFolder: {
    path: true,
    options: {
      size: 'size2', colorMode: { oneOf: ['grayscale', 'rgb', 'rgba'] }, labels: { oneOf: ['int', 'categorical', 'binary'] }, validationSplit: 'rate', seed: 'int',
      scale: 'number', offset: 'number', mean: 'numbers', std: 'numbers', cropToAspectRatio: 'bool', onError: { oneOf: ['fail', 'skip'] }, cache: 'bool', stream: 'bool',
    },
  },
  npz: { path: true, options: { x: 'string', y: 'string', testX: 'string', testY: 'string' } },
  timeseries: {
    path: false,
    options: { values: 'numbers', csv: 'string', columns: 'strings', targets: 'strings', window: 'size', horizon: 'size', stride: 'size', header: 'bool', testSplit: 'rate' },
  },
  synthetic: { path: false, options: {} },
  npy: { path: true, options: {} },
};

/**
 * Each synthetic kind's options and their defaults (documented on `SyntheticOptions` in the DSL).
 * The defaults are written into the Program so the generators in src/data never guess.
 */
const SYNTHETIC: Readonly<Record<string, { schema: Readonly<Record<string, OptKind>>; defaults: Options }>> = {
  linear: { schema: { slope: 'number', intercept: 'number', noise: 'number' }, defaults: { slope: 0.1, intercept: 0.3, noise: 0 } },
  separable2d: { schema: { margin: 'number' }, defaults: { margin: 0.1 } },
  sine: { schema: { length: 'size', noise: 'number' }, defaults: { length: 100, noise: 0 } },
  gaussianMixture: { schema: { features: 'size', classes: 'size', sparse: 'bool' }, defaults: { features: 2, classes: 2, sparse: false } },
  multiTask: { schema: { features: 'size', classes: 'size', noise: 'number' }, defaults: { features: 4, classes: 3, noise: 0.1 } },
  lowRank: { schema: { features: 'size', rank: 'size', noise: 'number' }, defaults: { features: 8, rank: 2, noise: 0.05 } },
  random: { schema: { shape: 'ints', targetShape: 'ints' }, defaults: { shape: [1], targetShape: [1] } },
  copy: { schema: { length: 'size', vocab: 'size' }, defaults: { length: 8, vocab: 10 } },
  reverse: { schema: { length: 'size', vocab: 'size' }, defaults: { length: 8, vocab: 10 } },
  sort: { schema: { length: 'size', vocab: 'size' }, defaults: { length: 8, vocab: 10 } },
  images: { schema: { shape: 'ints', classes: 'size', sparse: 'bool', noise: 'number' }, defaults: { shape: [32, 32, 3], classes: 10, sparse: false, noise: 0.5 } },
};

export const SYNTHETIC_KINDS: readonly string[] = Object.keys(SYNTHETIC);

/** A dataset descriptor from a marker call; `synthetic` options are checked against their kind. */
export function datasetDescriptor(name: string, a: ArgReader): DescVal {
  const ds = DATASETS[name]!;
  if (name === 'synthetic') return syntheticDescriptor(a);
  if (name === 'npy') return npyDescriptor(a);
  if (name === 'timeseries') return timeseriesDescriptor(a);
  const options: Options = {};
  if (ds.path) options.path = a.required(0, 'a path', 'string') as string;
  Object.assign(options, a.options(ds.path ? 1 : 0, ds.options));
  a.atMost(ds.path ? 2 : 1);
  return new DescVal('dataset', name, options);
}

function syntheticDescriptor(a: ArgReader): DescVal {
  // The kind decides which other options are valid, so it is read (and checked) first.
  const first = a.args[0];
  const opts = first?.value instanceof ObjVal ? first.value : undefined;
  const kindVal = opts?.props.get('kind');
  // `synthetic(undefined)` is as good as no argument: options() would read it as an empty object.
  if (!first || first.value === undefined || (opts && kindVal === undefined)) throw a.missing('kind');
  const kind = opts ? (readAs({ oneOf: SYNTHETIC_KINDS }, kindVal, opts.nodes.get('kind') ?? first.node, "synthetic() option 'kind'") as string) : '';
  const spec = SYNTHETIC[kind];
  const given = a.options(0, { kind: { oneOf: SYNTHETIC_KINDS }, samples: 'size', seed: 'int', ...spec?.schema });
  a.atMost(1);
  for (const key of ['shape', 'targetShape'] as const) {
    const v = given[key] as number[] | undefined;
    if (v && (v.length === 0 || v.some((d) => d < 1))) throw errorAt(first.node, 'E_OPTION_VALUE', `synthetic() option '${key}' must be a non-empty list of positive sizes, got [${v.join(', ')}]`);
  }
  if (kind === 'images' && given.shape && (given.shape as number[]).length !== 3) {
    throw errorAt(first.node, 'E_OPTION_VALUE', `synthetic images need shape [height, width, channels], got [${(given.shape as number[]).join(', ')}]`);
  }
  return new DescVal('dataset', 'synthetic', { samples: 1000, seed: 0, ...spec!.defaults, ...(given as Options), kind });
}

/** `npy('x.npy', 'y.npy')`: features and targets as two NumPy files. */
function npyDescriptor(a: ArgReader): DescVal {
  const x = a.required(0, 'the features .npy path', 'string') as string;
  const y = a.required(1, 'the targets .npy path', 'string') as string;
  a.atMost(2);
  return new DescVal('dataset', 'npy', { x, y });
}

/** `timeseries({ values | csv, window, … })`: exactly one source, and a window. */
function timeseriesDescriptor(a: ArgReader): DescVal {
  const o = a.options(0, DATASETS.timeseries!.options);
  a.atMost(1);
  const at = a.args[0]?.node ?? a.call;
  if ((o.values === undefined) === (o.csv === undefined)) throw errorAt(at, 'E_MISSING_OPTION', 'timeseries() needs exactly one of values: [ … ] or csv: \'file.csv\'');
  if (o.window === undefined) throw errorAt(at, 'E_MISSING_OPTION', 'timeseries() needs window: <steps per sample>, e.g. window: 24');
  if (o.values !== undefined && o.columns !== undefined) throw errorAt(at, 'E_OPTION_VALUE', 'timeseries() columns name CSV columns; with values: [ … ] there is one series');
  return new DescVal('dataset', 'timeseries', { horizon: 1, stride: 1, ...(o as Options) });
}
