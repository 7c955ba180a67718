// The perceptron: one sigmoid neuron (logistic regression) separating linearly separable 2-D points.
import { sequential, dense, sgd, synthetic } from 'dlc';

export default sequential({
  name: 'perceptron',
  input: [2],
  layers: [dense(1, { activation: 'sigmoid' })],
  train: {
    data: synthetic({ kind: 'separable2d', samples: 512, seed: 1 }),
    loss: 'binaryCrossentropy',
    optimizer: sgd({ learningRate: 0.1 }),
    batchSize: 32,
    epochs: 20,
    metrics: ['binaryAccuracy'],
  },
});
