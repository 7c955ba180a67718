// The digit classifier the mnist-web example serves: small enough to train in seconds on the CPU.
import { sequential, flatten, dense, adam, mnist } from 'dlc';

export default sequential({
  name: 'mnist_web',
  input: [28, 28, 1],
  layers: [
    flatten(),
    dense(64, { activation: 'relu' }),
    dense(10, { activation: 'softmax' }),
  ],
  train: {
    data: mnist(),
    loss: 'categoricalCrossentropy',
    optimizer: adam({ learningRate: 3e-3 }),
    batchSize: 64,
    epochs: 1,
    metrics: ['accuracy'],
  },
});
