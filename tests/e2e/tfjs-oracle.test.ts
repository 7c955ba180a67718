/** @file An external oracle: one training step from identical weights matches TensorFlow.js (CPU backend) in loss, gradients and updated weights. */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/codegen/plan.ts';
import { compileTraining } from '../../src/compile.ts';
import { compileModelFile, type CompiledModel } from '../../src/frontend/index.ts';
import { acquireDevice, loadPlan, type DeviceHandle } from '../../src/runtime/index.ts';
import { maxRelErr, modelFromSource, stepFeeds } from './train-helpers.ts';

let gpu: DeviceHandle;
beforeAll(async () => {
  await tf.setBackend('cpu');
  gpu = await acquireDevice();
});
afterAll(async () => {
  gpu?.destroy();
  await gpu?.lost;
});

const TINY_CONVNET = `import { sequential, conv2d, flatten, dense, sgd, synthetic } from 'dlc';
export default sequential({
  name: 'tiny_convnet',
  input: [5, 5, 2],
  layers: [conv2d(3, 3, { activation: 'relu', padding: 'same' }), flatten(), dense(4, { activation: 'softmax' })],
  train: { data: synthetic({ kind: 'images', shape: [5, 5, 2], classes: 4, sparse: true }), loss: 'sparseCategoricalCrossentropy', optimizer: sgd({ learningRate: 0.1, momentum: 0.9 }), batchSize: 4 },
});
`;

/** The model's forward pass in TF.js ops, returning logits (the final softmax is folded into the loss). */
type Forward = (x: tf.Tensor, w: Record<string, tf.Variable>) => tf.Tensor;

const mlp: Forward = (x, w) => {
  let h = tf.relu(tf.add(tf.matMul(x as tf.Tensor2D, w['dense.kernel']! as tf.Tensor2D), w['dense.bias']!));
  h = tf.relu(tf.add(tf.matMul(h as tf.Tensor2D, w['dense_1.kernel']! as tf.Tensor2D), w['dense_1.bias']!));
  return tf.add(tf.matMul(h as tf.Tensor2D, w['dense_2.kernel']! as tf.Tensor2D), w['dense_2.bias']!);
};

const convnet: Forward = (x, w) => {
  const c = tf.relu(tf.add(tf.conv2d(x as tf.Tensor4D, w['conv2d.kernel']! as tf.Tensor4D, 1, 'same'), w['conv2d.bias']!));
  const f = tf.reshape(c, [x.shape[0]!, -1]);
  return tf.add(tf.matMul(f as tf.Tensor2D, w['dense.kernel']! as tf.Tensor2D), w['dense.bias']!);
};

async function compare(m: CompiledModel, forward: Forward, optimizer: tf.Optimizer, lr: number): Promise<void> {
  const batch = 4;
  const data = { xShape: m.inputs[0]!.shape, yShape: [], yDtype: 'i32' as const, resident: batch };
  const labels = [2, 0, 1, 3].map((k) => k % m.outputs[0]!.shape[0]!);
  const full = compileTraining(m, { batch, data });
  const feeds = stepFeeds(m, full.graph, 11, { 'data/y': labels, idx: [0, 1, 2, 3], 'opt/lr': [lr], 'opt/t': [1] });
  // dlc: gradients from the graph stopped after autodiff, then the full step.
  const gradPlan = compilePlan(compileTraining(m, { batch, data, after: 'autodiff' }).graph);
  const gradExe = await loadPlan(gpu.device, gradPlan);
  await gradExe.setParams(Object.fromEntries(gradExe.params.map((p) => [p.name, feeds[p.name]!])));
  const grads = await gradExe.run({ idx: feeds.idx! });
  const stepExe = await loadPlan(gpu.device, full.plan!);
  await stepExe.setParams(Object.fromEntries(stepExe.params.map((p) => [p.name, feeds[p.name]!])));
  const out = await stepExe.run(Object.fromEntries(stepExe.inputs.map((i) => [i.name, feeds[i.name]!])));
  // TF.js: the same weights, the same batch, softmax cross-entropy on logits (mean over the batch).
  const w = Object.fromEntries(full.trainable.map((n) => [n, tf.variable(tf.tensor(feeds[n]!, [...m.params.find((p) => p.name === n)!.shape]), true)]));
  const x = tf.tensor(feeds['data/x']!, [batch, ...m.inputs[0]!.shape]);
  const y = tf.oneHot(tf.tensor1d(labels, 'int32'), m.outputs[0]!.shape[0]!);
  const lossFn = () => tf.losses.softmaxCrossEntropy(y, forward(x, w)) as tf.Scalar;
  const { value, grads: tg } = tf.variableGrads(lossFn, Object.values(w));
  expect(maxRelErr(out.loss!, await value.data())).toBeLessThan(1e-4);
  for (const n of full.trainable) expect(maxRelErr(grads[`grad/${n}`]!, await tg[w[n]!.name]!.data()), `grad ${n}`).toBeLessThan(1e-4);
  optimizer.applyGradients(tg);
  for (const n of full.trainable) expect(maxRelErr(out[`update/${n}`]!, await w[n]!.data()), `updated ${n}`).toBeLessThan(1e-4);
  gradExe.destroy();
  stepExe.destroy();
}

describe('one training step vs TensorFlow.js', () => {
  it('the Iris MLP with Adam', async () => {
    const m = compileModelFile('models/iris_mlp.ts').main;
    // Keras 3 (and dlc) divide by √v + ε, TF.js by √v̂ + ε with v̂ = v/(1 − β2^t): at step 1 the same
    // update needs ε_tfjs = ε/√(1 − β2). With ε_tfjs = 1e-7 the zero-initialised biases (tiny |g|) differ by ~6e-4.
    await compare(m, mlp, tf.train.adam(1e-3, 0.9, 0.999, 1e-7 / Math.sqrt(1 - 0.999)), 1e-3);
  });

  it('a small convnet with SGD momentum', async () => {
    const m = modelFromSource('tiny_convnet', TINY_CONVNET);
    await compare(m, convnet, tf.train.momentum(0.1, 0.9), 0.1);
  });
});
