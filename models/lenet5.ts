// LeNet-5 (LeCun et al. 1998) as the classic Keras versions write it: tanh, 5×5 convolutions of depth
// 6, 16 and 120, average pooling; 'same' padding on the first conv keeps MNIST's 28×28 (the paper used 32×32).
import { sequential, conv2d, avgPool2d, flatten, dense, sgd, mnist } from 'dlc';

export default sequential({
  name: 'lenet5',
  input: [28, 28, 1],
  layers: [
    conv2d(6, 5, { activation: 'tanh', padding: 'same' }),
    avgPool2d({ poolSize: 2 }),
    conv2d(16, 5, { activation: 'tanh' }),
    avgPool2d({ poolSize: 2 }),
    conv2d(120, 5, { activation: 'tanh' }),
    flatten(),
    dense(84, { activation: 'tanh' }),
    dense(10, { activation: 'softmax' }),
  ],
  train: {
    data: mnist(),
    loss: 'categoricalCrossentropy',
    optimizer: sgd({ learningRate: 0.05, momentum: 0.9 }),
    batchSize: 64,
    epochs: 10,
    metrics: ['accuracy'],
  },
});
