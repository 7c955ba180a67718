// MNIST MLP with batch normalisation after the hidden layer: 28×28 → 64 relu → BN → 10 softmax.
import { sequential, flatten, dense, batchNorm, adam, mnist } from 'dlc';

export default sequential({
  name: 'mnist_batchnorm',
  input: [28, 28, 1],
  layers: [
    flatten(),
    dense(64, { activation: 'relu' }),
    batchNorm(),
    dense(10, { activation: 'softmax' }),
  ],
  train: {
    data: mnist(),
    loss: 'categoricalCrossentropy',
    optimizer: adam({ learningRate: 1e-3 }),
    batchSize: 64,
    epochs: 5,
    metrics: ['accuracy'],
  },
});
