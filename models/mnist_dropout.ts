// MNIST MLP regularised with dropout: 28×28 → 256 relu → dropout 0.5 → 10 softmax.
import { sequential, flatten, dense, dropout, adam, mnist } from 'dlc';

export default sequential({
  name: 'mnist_dropout',
  input: [28, 28, 1],
  layers: [
    flatten(),
    dense(256, { activation: 'relu' }),
    dropout(0.5),
    dense(10, { activation: 'softmax' }),
  ],
  train: {
    data: mnist(),
    loss: 'categoricalCrossentropy',
    optimizer: adam({ learningRate: 1e-3 }),
    batchSize: 128,
    epochs: 10,
    metrics: ['accuracy'],
  },
});
