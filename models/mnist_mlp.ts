// MNIST MLP: 784 → 128 → 64 → 10.
import { sequential, dense, dropout, sgd, mnist } from 'dlc';

export default sequential({
  name: 'mnist_mlp',
  input: [784],
  layers: [
    dense(128, { activation: 'relu' }),
    dropout(0.2),
    dense(64, { activation: 'relu' }),
    dense(10, { activation: 'softmax' }),
  ],
  train: {
    data: mnist({ flatten: true }),
    loss: 'categoricalCrossentropy',
    optimizer: sgd({ learningRate: 0.1, momentum: 0.9, nesterov: true }),
    batchSize: 128,
    epochs: 10,
    metrics: ['accuracy'],
  },
});
