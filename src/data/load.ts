/** @file A model's dataset descriptor (`mnist()`, `iris()`, `csv(…)`, `synthetic(…)`) to an in-memory Dataset. */
import type { DatasetConfig } from '../frontend/index.ts';
import { loadCsv } from './csv.ts';
import type { Dataset } from './dataset.ts';
import { loadIris } from './iris.ts';
import { loadMnist } from './mnist.ts';
import { syntheticDataset } from './synthetic.ts';

export interface LoadDataOptions {
  /** Use at most this many training / test samples (quick runs, tests). */
  readonly trainLimit?: number;
  readonly testLimit?: number;
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
      return limit(loadCsv({ path: o.path as string, ...(o.label === undefined ? {} : { label: String(o.label) }), ...(o.header === undefined ? {} : { header: o.header as boolean }) }), opts);
    case 'synthetic':
      return limit(syntheticDataset(o), opts);
    default:
      throw new Error(`the ${cfg.kind}() dataset needs files that are not available here; use synthetic({ kind: 'images' }) or csv(…) instead`);
  }
}

function limit(d: Dataset, o: LoadDataOptions): Dataset {
  const cut = (s: Dataset['train'], n: number | undefined): Dataset['train'] => {
    if (n === undefined || n >= s.n) return s;
    const xs = s.x.length / s.n;
    const ys = s.y.length / s.n;
    return { n, x: s.x.subarray(0, n * xs), y: s.y.subarray(0, n * ys) };
  };
  return { ...d, train: cut(d.train, o.trainLimit), ...(d.test ? { test: cut(d.test, o.testLimit) } : {}) };
}
