// Autoencoders on MNIST, trained to reconstruct their input (MSE): a dense one (the default export) and
// a convolutional one whose decoder upsamples with a transposed convolution and with UpSampling2D.
import { sequential, dense, conv2d, conv2dTranspose, maxPool2d, upSampling2d, adam, mnist } from 'dlc';

/** 784 → 128 → 32 (the code) → 128 → 784; sigmoid output since pixels lie in [0, 1]. */
export const denseAutoencoder = sequential({
  name: 'dense_autoencoder',
  input: [784],
  layers: [
    dense(128, { activation: 'relu' }),
    dense(32, { activation: 'relu' }),
    dense(128, { activation: 'relu' }),
    dense(784, { activation: 'sigmoid' }),
  ],
  train: {
    data: mnist({ flatten: true, targets: 'images' }),
    loss: 'mse',
    optimizer: adam({ learningRate: 1e-3 }),
    batchSize: 256,
    epochs: 20,
  },
});

/** 28×28×1 → 7×7×8 code → 28×28×1. */
export const convAutoencoder = sequential({
  name: 'conv_autoencoder',
  input: [28, 28, 1],
  layers: [
    conv2d(16, 3, { activation: 'relu', padding: 'same' }),
    maxPool2d({ poolSize: 2 }),
    conv2d(8, 3, { activation: 'relu', padding: 'same' }),
    maxPool2d({ poolSize: 2 }),
    conv2dTranspose(8, 3, { strides: 2, activation: 'relu', padding: 'same' }),
    upSampling2d({ size: 2 }),
    conv2d(16, 3, { activation: 'relu', padding: 'same' }),
    conv2d(1, 3, { activation: 'sigmoid', padding: 'same' }),
  ],
  train: {
    data: mnist({ targets: 'images' }),
    loss: 'mse',
    optimizer: adam({ learningRate: 1e-3 }),
    batchSize: 128,
    epochs: 10,
  },
});

export default denseAutoencoder;
