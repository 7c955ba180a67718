/**
 * @file A model's dataset descriptor (`mnist()`, `iris()`, `csv(…)`, `imageFolder(…)`, `npy(…)`,
 * `timeseries(…)`, `synthetic(…)`) to an in-memory Dataset. `loadData` is the one entry point that
 * reads every kind (image decoding is asynchronous); `loadDataset` serves the synchronous kinds.
 */
import type { DatasetConfig } from '../frontend/index.ts';
import type { ProgressSink } from '../train/progress.ts';
import { loadImageFolder, type ImageFolderOptions } from './image-folder.ts';
import { loadCsv, type CsvOptions } from './csv.ts';
import { loadNpy, loadNpz } from './numpy.ts';
import { loadTimeseries, type TimeseriesOptions } from './timeseries.ts';
import { concatSplits, DataError, head, type Dataset } from './dataset.ts';
import { loadIris } from './iris.ts';
import { loadMnist } from './mnist.ts';
import { syntheticDataset } from './synthetic.ts';

export interface LoadDataOptions {
  /** Use at most this many training / test samples (quick runs, tests). */
  readonly trainLimit?: number;
  readonly testLimit?: number;
  /** The model input's per-sample shape: image sizes and colour default to it, and every kind is checked against it. */
  readonly inputShape?: readonly number[];
  /** A progress bar while images decode. */
  readonly progress?: ProgressSink;
  /** Where decoded images are cached (default `$DLC_CACHE_DIR` or ~/.cache/dlc). */
  readonly cacheDir?: string;
  /** Notes for the user: ignored and skipped files. */
  readonly note?: (text: string) => void;
}

/** Every dataset kind, with the training split checked against the model's input. */
export async function loadData(cfg: DatasetConfig, opts: LoadDataOptions = {}): Promise<Dataset> {
  const d = cfg.kind === 'imageFolder' ? await loadImageFolder(cfg.options as unknown as ImageFolderOptions, opts) : loadDataset(cfg, opts);
  checkInputShape(cfg, d, opts.inputShape);
  return limit(d, opts);
}

/**
 * The training dataset with `validationData` (Keras validation_data) as its validation split: every
 * sample of that dataset, which must have the same shapes and, for named classes, the same class
 * names in the same order (else its labels would silently mean other classes).
 */
export async function loadTrainData(data: DatasetConfig, validationData: DatasetConfig | undefined, opts: LoadDataOptions = {}): Promise<Dataset> {
  const d = await loadData(data, opts);
  if (!validationData) return d;
  const { trainLimit: _t, testLimit: _s, ...rest } = opts;
  const v = await loadData(validationData, rest);
  const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (!same(v.xShape, d.xShape) || !same(v.yShape, d.yShape) || v.yDtype !== d.yDtype) {
    throw new DataError(`validationData gives samples [${v.xShape.join(', ')}] → ${v.yDtype}[${v.yShape.join(', ')}] but the training data gives [${d.xShape.join(', ')}] → ${d.yDtype}[${d.yShape.join(', ')}]; read both the same way`);
  }
  const a = d.info?.classNames;
  const b = v.info?.classNames;
  if (a && b && !same(a, b)) throw new DataError(`validationData has classes ${b.join(', ')} but the training data has ${a.join(', ')}; both need the same classes (class indices follow the sorted names)`);
  const fa = d.info?.features;
  const fb = v.info?.features;
  if (fa && fb && !same(fa, fb)) throw new DataError(`validationData has feature columns ${fb.join(', ')} but the training data has ${fa.join(', ')}; name them in the same order with features: [${fa.map((f) => `'${f}'`).join(', ')}]`);
  for (const [col, values] of Object.entries(d.info?.categories ?? {})) {
    const theirs = v.info?.categories?.[col];
    if (!theirs || !same(values, theirs)) throw new DataError(`validationData's categorical column '${col}' has the values ${theirs ? theirs.join(', ') : '(none: it is not categorical there)'} but the training data has ${values.join(', ')}; both need the same values (the one-hot position follows the sorted values)`);
  }
  return { ...d, validation: v.test ? concatSplits(v.train, v.test) : v.train };
}

function checkInputShape(cfg: DatasetConfig, d: Dataset, want: readonly number[] | undefined): void {
  if (!want) return;
  const same = d.xShape.length === want.length && d.xShape.every((x, i) => x === want[i]);
  const sameSize = d.xShape.reduce((a, b) => a * b, 1) === want.reduce((a, b) => a * b, 1);
  // A flat [784] model on 28×28×1 images is the same data in row-major order (mnist() relies on it too).
  if (!same && !sameSize) {
    const src = typeof cfg.options.path === 'string' ? `${cfg.kind}(${cfg.options.path})` : `${cfg.kind}()`;
    const cats = Object.entries(d.info?.categories ?? {}).map(([col, v]) => `'${col}' one-hot: ${v.length}`);
    const why = cats.length ? ` (${d.info!.features!.length} columns, ${cats.join(', ')})` : '';
    throw new DataError(`${src} gives samples of shape [${d.xShape.join(', ')}]${why} but the model's input is [${want.join(', ')}]; make the data and the model's input agree`);
  }
}

export function loadDataset(cfg: DatasetConfig, opts: LoadDataOptions = {}): Dataset {
  const o = cfg.options;
  switch (cfg.kind) {
    case 'mnist': {
      const d = loadMnist(opts);
      const xShape = o.flatten ? [784] : d.xShape;
      // targets: 'images' makes each image its own target (autoencoders).
      if (o.targets === 'images') return { ...d, xShape, yShape: xShape, yDtype: 'f32', train: { ...d.train, y: d.train.x }, ...(d.test ? { test: { ...d.test, y: d.test.x } } : {}) };
      return { ...d, xShape };
    }
    case 'iris':
      return limit(loadIris(), opts);
    case 'csv':
      return limit(loadCsv({ ...(o as unknown as CsvOptions), ...(o.label === undefined ? {} : { label: String(o.label) }), ...(o.testSplit === undefined ? {} : { testFraction: o.testSplit as number }), ...(opts.note ? { note: opts.note } : {}), ...shapeOf(opts) }), opts);
    case 'synthetic':
      return limit(syntheticDataset(o as Parameters<typeof syntheticDataset>[0]), opts);
    case 'npy':
      return limit(loadNpy(o.x as string, o.y as string, shapeOf(opts)), opts);
    case 'npz':
      return limit(loadNpz(o.path as string, o as Record<string, string>, shapeOf(opts)), opts);
    case 'timeseries':
      return limit(loadTimeseries(o as unknown as TimeseriesOptions), opts);
    case 'imageFolder':
      throw new Error('imageFolder() decodes asynchronously: load it with loadData()');
    default:
      throw new DataError(`the ${cfg.kind}() dataset needs files that are not available here; use imageFolder(…), npz(…), csv(…) or synthetic({ kind: 'images' }) instead`);
  }
}

function shapeOf(o: LoadDataOptions): { inputShape?: readonly number[] } {
  return o.inputShape ? { inputShape: o.inputShape } : {};
}

export function limit(d: Dataset, o: LoadDataOptions): Dataset {
  const cut = (s: Dataset['train'], n: number | undefined): Dataset['train'] => (n === undefined ? s : head(s, n));
  return { ...d, train: cut(d.train, o.trainLimit), ...(d.test ? { test: cut(d.test, o.testLimit) } : {}) };
}
