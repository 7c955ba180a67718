// MNIST convnet (Chollet, Deep Learning with Python, ch. 8).
import { sequential, conv2d, maxPool2d, flatten, dense, rmsprop, mnist } from 'dlc';

export default sequential({
  name: 'mnist_cnn',
  input: [28, 28, 1],
  layers: [
    conv2d(32, 3, { activation: 'relu' }),
    maxPool2d({ poolSize: 2 }),
    conv2d(64, 3, { activation: 'relu' }),
    maxPool2d({ poolSize: 2 }),
    flatten(),
    dense(64, { activation: 'relu' }),
    dense(10, { activation: 'softmax' }),
  ],
  train: {
    data: mnist(),
    loss: 'categoricalCrossentropy',
    optimizer: rmsprop({ learningRate: 1e-3 }),
    batchSize: 64,
    epochs: 5,
    metrics: ['accuracy'],
  },
});
