// Transfer learning: the convolutional base of models/mnist_cnn.ts, loaded from its trained checkpoint and
// frozen, with a new classification head on top; only the head's weights train.
import { sequential, model, input, conv2d, maxPool2d, flatten, dense, dropout, adam, mnist } from 'dlc';

/**
 * Layer names match mnist_cnn's (conv2d, conv2d_1), so the checkpoint that training mnist_cnn saves
 * (models/checkpoints/mnist_cnn.safetensors, relative to this file) provides every weight.
 */
export const featureExtractor = sequential({
  name: 'mnist_features',
  input: [28, 28, 1],
  layers: [
    conv2d(32, 3, { activation: 'relu' }),
    maxPool2d({ poolSize: 2 }),
    conv2d(64, 3, { activation: 'relu' }),
    maxPool2d({ poolSize: 2 }),
    flatten(),
  ],
  weights: 'checkpoints/mnist_cnn.safetensors',
  trainable: false,
});

export default model({
  name: 'transfer',
  inputs: { image: input([28, 28, 1]) },
  forward({ image }) {
    const features = featureExtractor(image);
    const h = dropout(0.5)(dense(128, { activation: 'relu' })(features));
    return dense(10, { activation: 'softmax' })(h);
  },
  train: {
    data: mnist(),
    loss: 'categoricalCrossentropy',
    optimizer: adam({ learningRate: 1e-3 }),
    batchSize: 64,
    epochs: 3,
    metrics: ['accuracy'],
  },
});
