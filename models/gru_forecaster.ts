// A GRU forecaster: reads 24 steps of a noisy sine wave and predicts the next value (Keras GRU,
// resetAfter: true by default, so Keras weights load unchanged).
import { sequential, gru, dense, adam, synthetic } from 'dlc';

export default sequential({
  name: 'gru_forecaster',
  input: [24, 1],
  layers: [
    gru(16, { returnSequences: true }),
    gru(16),
    dense(1),
  ],
  train: {
    data: synthetic({ kind: 'sine', length: 24, noise: 0.05, samples: 1000 }),
    loss: 'mse',
    optimizer: adam({ learningRate: 3e-3 }),
    batchSize: 32,
    epochs: 20,
  },
});
