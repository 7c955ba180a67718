// Fine-tuning in one file, as Keras's transfer-learning guide does it: a small convolutional base is
// pretrained with a classifier of its own, then reused under a new head for a new task, first frozen
// (only the head trains), then with its last convolution unfrozen at a lower learning rate.
//   dlc train models/fine_tune.ts --model pretrain --out models/checkpoints/pretrain
//   dlc train models/fine_tune.ts --out models/checkpoints/fine_tune
//   dlc train models/fine_tune.ts --model fine_tune_unfrozen --out models/checkpoints/fine_tune_unfrozen
import { sequential, conv2d, maxPool2d, flatten, dense, adam, synthetic } from 'dlc';

/** The convolutional base; it has no weights option of its own, so it trains wherever it is applied unfrozen. */
export const features = sequential({
  name: 'features',
  input: [8, 8, 1],
  layers: [conv2d(4, 3, { activation: 'relu' }), maxPool2d({ poolSize: 2 }), conv2d(8, 3, { activation: 'relu' }), flatten()],
});

/** Pretraining: the base with its own classifier, on a four-class task. */
export const pretrain = sequential({
  name: 'pretrain',
  input: [8, 8, 1],
  layers: [features, dense(4, { activation: 'softmax' })],
  train: {
    data: synthetic({ kind: 'images', shape: [8, 8, 1], classes: 4, samples: 256 }),
    loss: 'categoricalCrossentropy',
    optimizer: adam({ learningRate: 1e-2 }),
    batchSize: 32,
    epochs: 5,
    metrics: ['accuracy'],
  },
});

// The new head, shared by both fine-tuning stages (stage 2 starts from stage 1's weights).
const hidden = dense(16, { activation: 'relu', name: 'head' });
const classes = dense(3, { activation: 'softmax', name: 'classes' });
const task = synthetic({ kind: 'images', shape: [8, 8, 1], classes: 3, samples: 192, seed: 7 });

/**
 * Stage 1: the base's layers load from pretraining's checkpoint (by the base's names) and stay frozen:
 * `unfreeze: { from: 'head' }` trains that layer and the later ones only.
 */
export default sequential({
  name: 'fine_tune',
  input: [8, 8, 1],
  layers: [features, hidden, classes],
  weights: { features: 'checkpoints/pretrain/checkpoint.safetensors' },
  unfreeze: { from: 'head' },
  train: { data: task, loss: 'categoricalCrossentropy', optimizer: adam({ learningRate: 1e-2 }), batchSize: 32, epochs: 5, metrics: ['accuracy'] },
});

/**
 * Stage 2: every weight from stage 1's checkpoint; the last four layers (the base's second convolution,
 * its flatten and the head) train, the first convolution stays frozen (Keras: `base.trainable = True`
 * with `base.layers[:-2]` frozen again), at a tenth of the rate.
 */
export const fineTuneUnfrozen = sequential({
  name: 'fine_tune_unfrozen',
  input: [8, 8, 1],
  layers: [features, hidden, classes],
  weights: 'checkpoints/fine_tune/checkpoint.safetensors',
  unfreeze: { last: 4 },
  train: { data: task, loss: 'categoricalCrossentropy', optimizer: adam({ learningRate: 1e-3 }), batchSize: 32, epochs: 5, metrics: ['accuracy'] },
});
