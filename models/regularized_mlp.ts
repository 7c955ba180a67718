// Regularized Iris MLP: a large L2 penalty on every kernel and an L1 activity penalty on the first
// hidden layer's outputs (Keras's kernelRegularizer / activityRegularizer). The epoch lines show the
// loss with the penalty in it and `regularization` (the penalty alone) beside it.
import { sequential, dense, adam, iris, l1, l2 } from 'dlc';

export default sequential({
  name: 'regularized_mlp',
  input: [4],
  layers: [
    dense(32, { activation: 'relu', kernelRegularizer: l2(0.05), activityRegularizer: l1(1e-3) }),
    dense(16, { activation: 'relu', kernelRegularizer: l2(0.05) }),
    dense(3, { activation: 'softmax', kernelRegularizer: l2(0.05) }),
  ],
  train: {
    data: iris(),
    loss: 'categoricalCrossentropy',
    optimizer: adam({ learningRate: 1e-2 }),
    batchSize: 16,
    epochs: 60,
    metrics: ['accuracy'],
  },
});
