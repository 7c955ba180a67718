// A simple (Elman) RNN reading 100 steps of a noisy sine wave and predicting the next value.
import { sequential, simpleRnn, dense, adam, synthetic } from 'dlc';

export default sequential({
  name: 'simple_rnn',
  input: [100, 1],
  layers: [
    simpleRnn(32, { activation: 'tanh' }),
    dense(1),
  ],
  train: {
    data: synthetic({ kind: 'sine', length: 100, noise: 0.1, samples: 1000 }),
    loss: 'mse',
    optimizer: adam({ learningRate: 1e-3 }),
    batchSize: 32,
    epochs: 20,
    metrics: ['mae'],
  },
});
