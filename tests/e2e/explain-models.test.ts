/**
 * @file Input gradients (the explain graph's d score[k] / d x, src/explain/graph.ts) against float64
 * central finite differences of the interpreter's score, for EVERY model of every file in models/.
 *
 * Each file runs as a small variant (model-gradcheck's edits: smaller inputs and widths, the same
 * architecture) or, for a file without one (a model added later), as it is when it is small enough
 * to interpret quickly; a large file without a variant fails with what to add. One sample (batch 1),
 * the class with the last index, the logit where the model ends in softmax/sigmoid. Per model: the
 * coordinate with the largest |gradient| plus seeded random ones, 4 checked; a coordinate that misses
 * and whose one-sided slopes disagree by more than the miss sits on a relu / max-pool kink and is
 * replaced (as in model-gradcheck). Models whose input is integer token ids (embedding models) have
 * no input gradient, and saliency explains one output: those models are listed as skipped, and their
 * refusal is asserted.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/data/dataset.ts';
import { EXPLAIN, explainGraph } from '../../src/explain/graph.ts';
import { explainFeeds } from '../../src/explain/program.ts';
import { compileModelFile, type CompiledModel } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { cachedGradientGraph, fdAt, inputOf, weightsOf } from './explain-helpers.ts';
import { variantProgram, type Edit } from './model-variants.ts';

const IMG8: readonly Edit[] = [['input([32, 32, 3])', 'input([8, 8, 3])']];

/** Small variants by file (the edits of tests/e2e/model-gradcheck.test.ts). */
const SMALL: Readonly<Record<string, readonly Edit[]>> = {
  'binary_classifier.ts': [['input: [100]', 'input: [6]'], ['dense(32,', 'dense(4,']],
  'iris_mlp.ts': [['dense(32,', 'dense(5,'], ['dense(16,', 'dense(4,']],
  'autoencoder.ts': [
    ['input: [784]', 'input: [10]'], ['dense(784,', 'dense(10,'], ['dense(128,', 'dense(6,'], ['dense(32,', 'dense(3,'],
    ['input: [28, 28, 1]', 'input: [4, 4, 1]'], ['conv2d(16,', 'conv2d(2,'], ['conv2d(8,', 'conv2d(2,'], ['conv2dTranspose(8,', 'conv2dTranspose(2,'],
  ],
  'mnist_mlp.ts': [['input: [784]', 'input: [10]'], ['dense(128,', 'dense(6,'], ['dense(64,', 'dense(5,']],
  'mnist_dropout.ts': [['input: [28, 28, 1]', 'input: [4, 4, 1]'], ['dense(256,', 'dense(6,']],
  'mnist_batchnorm.ts': [['input: [28, 28, 1]', 'input: [4, 4, 1]'], ['dense(64,', 'dense(6,']],
  'mnist_cnn.ts': [['input: [28, 28, 1]', 'input: [10, 10, 1]'], ['conv2d(32,', 'conv2d(3,'], ['conv2d(64,', 'conv2d(3,'], ['dense(64,', 'dense(5,']],
  'lenet5.ts': [['conv2d(6,', 'conv2d(2,'], ['conv2d(16,', 'conv2d(2,'], ['conv2d(120,', 'conv2d(4,'], ['dense(84,', 'dense(5,']],
  'cats_dogs_cnn.ts': [['input: [150, 150, 3]', 'input: [22, 22, 3]'], ['conv2d(32,', 'conv2d(2,'], ['conv2d(64,', 'conv2d(2,'], ['conv2d(128,', 'conv2d(2,'], ['dense(128,', 'dense(4,']],
  'resnet.ts': [...IMG8, ['[16, 1]', '[2, 1]'], ['[32, 2]', '[3, 2]'], ['[64, 2]', '[4, 2]'], ['filters === 16', 'filters === 2'], ['convBn(image, 16,', 'convBn(image, 2,']],
  'vgg_block.ts': [...IMG8, ['[32, 64, 128]', '[2, 2, 2]'], ['dense(128,', 'dense(4,']],
  'inception_block.ts': [
    ['input([32, 32, 3])', 'input([4, 4, 3])'],
    ['conv2d(32, 3,', 'conv2d(2, 3,'],
    ['{ b1: 16, b3Reduce: 24, b3: 32, b5Reduce: 4, b5: 8, pool: 8 }', '{ b1: 1, b3Reduce: 2, b3: 1, b5Reduce: 1, b5: 2, pool: 1 }'],
    ['{ b1: 32, b3Reduce: 32, b3: 48, b5Reduce: 8, b5: 24, pool: 16 }', '{ b1: 2, b3Reduce: 1, b3: 2, b5Reduce: 1, b5: 1, pool: 2 }'],
  ],
  'lstm.ts': [['input: [100, 1]', 'input: [3, 1]'], ['lstm(50', 'lstm(3']],
  'simple_rnn.ts': [['input: [100, 1]', 'input: [3, 1]'], ['simpleRnn(32', 'simpleRnn(4']],
  'transfer.ts': [['input: [28, 28, 1]', 'input: [10, 10, 1]'], ['input([28, 28, 1])', 'input([10, 10, 1])'], ['conv2d(32,', 'conv2d(2,'], ['conv2d(64,', 'conv2d(2,'], ['dense(128,', 'dense(4,']],
  'gru_forecaster.ts': [['input: [24, 1]', 'input: [3, 1]'], ['gru(16', 'gru(3']],
  'conv1d_classifier.ts': [['input: [1, 32, 2]', 'input: [1, 12, 2]'], ['reshape([32, 2])', 'reshape([12, 2])'], ['conv1d(16,', 'conv1d(2,'], ['conv1d(32,', 'conv1d(2,']],
  'separable_cnn.ts': [['input: [16, 16, 3]', 'input: [4, 4, 3]'], ['conv2d(8,', 'conv2d(2,'], ['conv2d(16,', 'conv2d(2,'], ['separableConv2d(32,', 'separableConv2d(2,']],
  'distill_mnist.ts': [['input: [784]', 'input: [6]'], ['dense(256,', 'dense(5,'], ['dense(32,', 'dense(4,']],
  'gan.ts': [['const latent = 64', 'const latent = 3'], ['dense(128)', 'dense(5)'], ["dense(784, { activation: 'tanh' })", "dense(4, { activation: 'tanh' })"], ['input: [784]', 'input: [4]']],
};

/** A file without a variant runs as it is when its models are at most this many weights and input values. */
const AS_IS = { params: 60_000, inputs: 1_024 };
const REL = 1e-4;
const FLOOR = 1e-6;
const CHECKED = 4;

const count = (shape: readonly number[]): number => shape.reduce((a, d) => a * d, 1);

function modelsOf(file: string): readonly CompiledModel[] {
  const edits = SMALL[file];
  if (edits) return variantProgram(file, edits).program.models;
  const models = compileModelFile(join('models', file)).models;
  for (const m of models) {
    const params = m.params.reduce((a, p) => a + count(p.shape), 0);
    const inputs = m.inputs.reduce((a, i) => a + count(i.shape), 0);
    if (params > AS_IS.params || inputs > AS_IS.inputs) {
      throw new Error(`models/${file} (${m.name}: ${params} weights, ${inputs} input values) is too large to finite-difference as it is; add a small variant to SMALL in tests/e2e/explain-models.test.ts`);
    }
  }
  return models;
}

/**
 * The explained class and its exact input gradient: the last class, else (tiny relu variants can be
 * dead for one class at one point) the next class or seed whose gradient is not all zeros.
 */
function pickCase(m: CompiledModel) {
  const e = cachedGradientGraph(m, 'logit');
  for (let seed = 21; seed < 24; seed++) {
    const w = weightsOf(m, seed);
    const x = inputOf(m, seed + 100);
    for (let t = 0; t < Math.min(e.classes, 6); t++) {
      const k = (e.classes - 1 + t) % e.classes;
      const grad = interpret(e.graph, { ...w, ...explainFeeds(e, { x }, k) }, { precision: 'f64' })[EXPLAIN.saliency]!.data;
      if (grad.some((v) => Math.abs(v) > 1e-6)) return { w, x, k, grad };
    }
  }
  throw new Error(`${m.name}: every tried class and seed has an all-zero input gradient`);
}

/** Checks CHECKED smooth coordinates of one model; returns how many had a non-zero gradient. */
function checkModel(m: CompiledModel): number {
  const { w, x, k, grad } = pickCase(m);
  let largest = 0;
  for (let i = 1; i < grad.length; i++) if (Math.abs(grad[i]!) > Math.abs(grad[largest]!)) largest = i;
  const r = seededRandom(23);
  const order = [largest, ...Array.from({ length: 12 }, () => Math.floor(r() * x.length))];
  let checked = 0;
  let nonZero = 0;
  for (const i of order) {
    if (checked === Math.min(CHECKED, x.length)) break;
    const { fd, right, left } = fdAt(m, w, x, k, i);
    const miss = Math.abs(grad[i]! - fd);
    const err = miss / (Math.abs(fd) + FLOOR);
    if (err >= REL && Math.abs(right - left) > miss) continue; // a kink: one-sided slopes differ
    expect(err, `${m.name} d score[${k}] / d x[${i}]: autodiff ${grad[i]}, finite difference ${fd}`).toBeLessThan(REL);
    checked++;
    if (Math.abs(fd) > 1e-8) nonZero++;
  }
  expect(checked, `${m.name}: smooth coordinates checked`).toBe(Math.min(CHECKED, x.length));
  return nonZero;
}

const files = readdirSync('models').filter((f) => f.endsWith('.ts')).sort();

describe('input gradients vs float64 finite differences, every model in models/', () => {
  const skipped: string[] = [];
  const covered: string[] = [];
  for (const file of files) {
    it(file, () => {
      for (const m of modelsOf(file)) {
        if (m.inputs[0]?.dtype !== 'f32') {
          // Token ids (embedding inputs) are integers: no gradient with respect to them exists.
          expect(() => explainGraph(m), m.name).toThrow(/no gradient with respect to integer inputs/);
          skipped.push(m.name);
          continue;
        }
        if (m.outputs.length > 1) {
          // Saliency explains one score; a model with several outputs is refused with a clear error.
          expect(() => explainGraph(m), m.name).toThrow(/one input and one output/);
          skipped.push(m.name);
          continue;
        }
        expect(checkModel(m), `${m.name}: at least one coordinate with a non-zero gradient`).toBeGreaterThan(0);
        covered.push(m.name);
      }
    });
  }
  it('covers every model; only the token-input and several-output models are skipped', () => {
    expect(skipped.sort()).toEqual(['attention', 'bidirectional_lstm', 'multi_task']);
    expect(covered.length).toBeGreaterThanOrEqual(24);
  });
});
