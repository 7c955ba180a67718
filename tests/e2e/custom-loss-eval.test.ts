/**
 * @file A custom loss in evaluation counts only the real rows of a padded last batch, as Keras (which
 * calls the function on the real rows alone) does: the evaluation graph's loss sum, interpreted on a
 * batch topped up with copies of its last sample and masked, equals TF.js computing the same function
 * on the real rows, times their count. Scalar, per-sample, batch-centred, max and sum losses (the
 * frontend keeps the batch axis first in every tensor function, so no loss can mix rows otherwise).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileEvaluation } from '../../src/compile.ts';
import { seededRandom } from '../../src/data/dataset.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { modelFromSource } from './train-helpers.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const B = 4;
const REAL = 3;

interface Case {
  readonly name: string;
  /** The loss body in dlc's tensor functions, over yTrue and yPred ([B, 2]). */
  readonly dlc: string;
  /** The same in TF.js ops on the real rows. */
  readonly tf: (t: tf.Tensor, p: tf.Tensor) => tf.Tensor;
}

const CASES: readonly Case[] = [
  { name: 'mean absolute error, reduced over everything', dlc: 'mean(abs(sub(yTrue, yPred)))', tf: (t, p) => tf.mean(tf.abs(tf.sub(t, p))) },
  { name: 'per-sample values ([B])', dlc: 'mean(square(sub(yTrue, yPred)), -1)', tf: (t, p) => tf.mean(tf.square(tf.sub(t, p)), -1) },
  {
    name: 'errors centred on the batch means',
    dlc: 'mean(square(sub(sub(yPred, mean(yPred, 0, true)), sub(yTrue, mean(yTrue, 0, true)))))',
    tf: (t, p) => tf.mean(tf.square(tf.sub(tf.sub(p, tf.mean(p, 0, true)), tf.sub(t, tf.mean(t, 0, true))))),
  },
  { name: 'the largest error in the batch', dlc: 'max(abs(sub(yTrue, yPred)))', tf: (t, p) => tf.max(tf.abs(tf.sub(t, p))) },
  { name: 'a sum over the batch, per column first', dlc: 'sum(mean(square(sub(yTrue, yPred)), 0))', tf: (t, p) => tf.sum(tf.mean(tf.square(tf.sub(t, p)), 0)) },
];

function evalLossSum(body: string, seed: number): { got: number; x: Float32Array; y: Float32Array; feeds: Record<string, Float32Array> } {
  const m = modelFromSource('loss_eval', `import { sequential, dense, sgd, abs, sub, mean, square, max, sum, type Tensor } from 'dlc';
function lossFn(yTrue: Tensor, yPred: Tensor): Tensor {
  return ${body};
}
export default sequential({ name: 'loss_eval', input: [3], layers: [dense(2)], train: { loss: lossFn, optimizer: sgd(), batchSize: ${B} } });
`);
  const g = compileEvaluation(m, { batch: B, data: { xShape: [3], yShape: [2], yDtype: 'f32' } }).graph;
  const r = seededRandom(seed);
  const feeds: Record<string, Float32Array> = {};
  for (const p of m.params) feeds[p.name] = Float32Array.from({ length: p.shape.reduce((a, b) => a * b, 1) }, () => r() - 0.5);
  // As runEvaluation pads: the last real sample repeated, masked out.
  const x = Float32Array.from({ length: B * 3 }, () => 2 * r() - 1);
  const y = Float32Array.from({ length: B * 2 }, () => 2 * r() - 1);
  x.copyWithin(REAL * 3, (REAL - 1) * 3, REAL * 3);
  y.copyWithin(REAL * 2, (REAL - 1) * 2, REAL * 2);
  const all: Record<string, Float32Array> = { ...feeds, 'batch/x': x, 'batch/y': y, 'eval/mask': Float32Array.of(1, 1, 1, 0) };
  for (const a of g.args) all[a.name] ??= new Float32Array(a.type.shape.reduce((p, q) => p * q, 1));
  return { got: interpret(g, all)['update/metric/loss']!.data[0]!, x, y, feeds };
}

/** TF.js on the real rows: the loss's mean over samples (a scalar is one per batch), times the real count. */
async function oracle(c: Case, x: Float32Array, y: Float32Array, w: Record<string, Float32Array>): Promise<number> {
  const xs = tf.tensor(x.subarray(0, REAL * 3), [REAL, 3]);
  const pred = xs.matMul(tf.tensor(w['dense.kernel']!, [3, 2])).add(tf.tensor(w['dense.bias']!));
  const v = c.tf(tf.tensor(y.subarray(0, REAL * 2), [REAL, 2]), pred);
  return (await tf.mean(v).data())[0]! * REAL;
}

describe('a custom loss on a padded evaluation batch', () => {
  for (const [i, c] of CASES.entries()) {
    it(`${c.name}: only the real rows count`, async () => {
      const { got, x, y, feeds } = evalLossSum(c.dlc, 11 + i);
      expect(got).toBeCloseTo(await oracle(c, x, y, feeds), 5);
    });
  }

});
