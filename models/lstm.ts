// Two stacked LSTMs on (100, 1) sequences predicting the next value of a sine wave.
import { sequential, lstm, dense, adam, synthetic } from 'dlc';

export default sequential({
  name: 'lstm',
  input: [100, 1],
  layers: [
    lstm(50, { returnSequences: true }),
    lstm(50),
    dense(1),
  ],
  train: {
    data: synthetic({ kind: 'sine', samples: 1000 }),
    loss: 'mse',
    optimizer: adam({ learningRate: 1e-3 }),
    batchSize: 32,
    epochs: 20,
  },
});
