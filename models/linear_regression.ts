// Linear regression by gradient descent: a Dense(1) unit learns y = 0.1·x + 0.3 from noiseless samples.
import { sequential, dense, sgd, synthetic } from 'dlc';

export default sequential({
  name: 'linear_regression',
  input: [1],
  layers: [dense(1)],
  train: {
    data: synthetic({ kind: 'linear', slope: 0.1, intercept: 0.3, samples: 256 }),
    loss: 'mse',
    optimizer: sgd({ learningRate: 0.5 }),
    batchSize: 32,
    epochs: 50,
    metrics: ['mae'],
  },
});
