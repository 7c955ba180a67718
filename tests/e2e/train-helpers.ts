/** @file Shared by the training tests: one device per file, small models written to a temp folder, feeds for a step. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileModelFile, type CompiledModel } from '../../src/frontend/index.ts';
import type { Graph } from '../../src/ir/index.ts';
import { seededRandom } from '../../src/data/dataset.ts';
import { initialWeights } from '../../src/train/init.ts';

/** A model file in a fresh temp folder (it imports from 'dlc' like any model). */
export function modelFromSource(name: string, src: string): CompiledModel {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-train-'));
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, src);
  return compileModelFile(file).main;
}

/** A small convnet with batch norm and dropout (SGD with Nesterov momentum). */
export const SMALL_CONVNET = `import { sequential, conv2d, batchNorm, maxPool2d, flatten, dropout, dense, sgd, synthetic } from 'dlc';
export default sequential({
  name: 'small_convnet',
  input: [6, 6, 2],
  layers: [conv2d(3, 3, { activation: 'relu', padding: 'same' }), batchNorm(), maxPool2d({ poolSize: 2 }), flatten(), dropout(0.3), dense(4, { activation: 'softmax' })],
  train: { data: synthetic({ kind: 'images', shape: [6, 6, 2], classes: 4, sparse: true, samples: 32 }), loss: 'sparseCategoricalCrossentropy', optimizer: sgd({ learningRate: 0.05, momentum: 0.9, nesterov: true }), batchSize: 4 },
});
`;

/** Every argument of a compiled step: initial weights, zero slots, seeded data, and the given inputs. */
export function stepFeeds(m: CompiledModel, g: Graph, seed: number, inputs: Record<string, ArrayLike<number>>): Record<string, Float32Array | Int32Array | Uint32Array> {
  const init = initialWeights(m.params, seed);
  const r = seededRandom(seed + 99);
  const feeds: Record<string, Float32Array | Int32Array | Uint32Array> = {};
  for (const a of g.args) {
    const n = a.type.shape.reduce((x, y) => x * y, 1);
    const given = inputs[a.name] ?? init[a.name];
    if (given) feeds[a.name] = a.type.dtype === 'f32' ? Float32Array.from(given) : a.type.dtype === 'i32' ? Int32Array.from(given) : Uint32Array.from(given);
    else if (a.name === 'data/x') feeds[a.name] = Float32Array.from({ length: n }, () => 2 * r() - 1);
    else feeds[a.name] = a.type.dtype === 'f32' ? new Float32Array(n) : a.type.dtype === 'i32' ? new Int32Array(n) : new Uint32Array(n);
  }
  return feeds;
}

/** max |a − b| / (|b| + floor) over the elements. */
export function maxRelErr(a: ArrayLike<number>, b: ArrayLike<number>, floor = 1e-3): number {
  let worst = 0;
  for (let i = 0; i < b.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / (Math.abs(b[i]!) + floor));
  return worst;
}
