// A Conv1D sequence classifier: 4 classes of noisy two-channel waveforms, 32 steps long. Causal and
// dilated convolutions widen the receptive field (as in WaveNet/TCNs), then global max pooling reads out.
import { sequential, reshape, conv1d, maxPool1d, globalMaxPool1d, spatialDropout1d, dense, adam, synthetic } from 'dlc';

export default sequential({
  name: 'conv1d_classifier',
  input: [1, 32, 2],
  layers: [
    reshape([32, 2]),
    conv1d(16, 3, { padding: 'causal', activation: 'relu' }),
    conv1d(16, 3, { padding: 'causal', dilationRate: 2, activation: 'relu' }),
    maxPool1d(),
    spatialDropout1d(0.1),
    conv1d(32, 3, { activation: 'relu' }),
    globalMaxPool1d(),
    dense(4, { activation: 'softmax' }),
  ],
  train: {
    data: synthetic({ kind: 'images', shape: [1, 32, 2], classes: 4, sparse: true, noise: 0.5, samples: 1000 }),
    loss: 'sparseCategoricalCrossentropy',
    optimizer: adam({ learningRate: 3e-3 }),
    batchSize: 32,
    epochs: 10,
    metrics: ['sparseCategoricalAccuracy'],
  },
});
