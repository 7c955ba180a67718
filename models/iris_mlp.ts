// Iris MLP: 4 features → 32 → 16 → 3 classes.
import { sequential, dense, adam, iris } from 'dlc';

export default sequential({
  name: 'iris_mlp',
  input: [4],
  layers: [
    dense(32, { activation: 'relu' }),
    dense(16, { activation: 'relu' }),
    dense(3, { activation: 'softmax' }),
  ],
  train: {
    data: iris(),
    loss: 'categoricalCrossentropy',
    optimizer: adam({ learningRate: 1e-3 }),
    batchSize: 16,
    epochs: 100,
    metrics: ['accuracy'],
  },
});
