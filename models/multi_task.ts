// A model with two outputs on one trunk (Keras's functional multi-output model): a classifier and a
// regressor trained together on the weighted sum of their losses, with metrics per output
// (kind_loss, kind_accuracy, value_loss, value_mae next to the total loss).
import { model, input, dense, adam, synthetic } from 'dlc';

export default model({
  name: 'multi_task',
  inputs: { x: input([4]) },
  forward({ x }) {
    const trunk = dense(32, { activation: 'relu' })(x);
    const h = dense(32, { activation: 'relu' })(trunk);
    return {
      kind: dense(3, { activation: 'softmax', name: 'kind' })(h),
      value: dense(1, { name: 'value' })(h),
    };
  },
  train: {
    // Each sample's target row packs the outputs' targets in output order: kind's class index, then value.
    data: synthetic({ kind: 'multiTask', features: 4, classes: 3, samples: 2000 }),
    loss: { kind: 'sparseCategoricalCrossentropy', value: 'mse' },
    lossWeights: { kind: 1, value: 0.5 },
    metrics: { kind: ['accuracy'], value: ['mae'] },
    optimizer: adam({ learningRate: 1e-3 }),
    batchSize: 32,
    epochs: 20,
  },
});
