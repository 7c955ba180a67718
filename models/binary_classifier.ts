// A binary classifier on 100 features (Chollet, Deep Learning with Python, ch. 3 style): two Gaussian classes.
import { sequential, dense, rmsprop, synthetic } from 'dlc';

export default sequential({
  name: 'binary_classifier',
  input: [100],
  layers: [
    dense(32, { activation: 'relu' }),
    dense(1, { activation: 'sigmoid' }),
  ],
  train: {
    // sparse: class indices 0/1, the target of a single sigmoid unit.
    data: synthetic({ kind: 'gaussianMixture', features: 100, classes: 2, sparse: true, samples: 1000 }),
    loss: 'binaryCrossentropy',
    optimizer: rmsprop({ learningRate: 1e-3 }),
    batchSize: 32,
    epochs: 10,
    metrics: ['accuracy'],
  },
});
