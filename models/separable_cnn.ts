// A depthwise-separable CNN (MobileNet/Xception style): a stem conv, then depthwise + pointwise blocks
// with batch norm and ReLU6, global average pooling and a softmax head, on 4 classes of template images.
import { sequential, conv2d, depthwiseConv2d, separableConv2d, batchNorm, relu6, maxPool2d, globalAvgPool2d, dense, adam, synthetic } from 'dlc';

export default sequential({
  name: 'separable_cnn',
  input: [16, 16, 3],
  layers: [
    conv2d(8, 3, { padding: 'same', activation: 'relu' }),
    depthwiseConv2d(3, { padding: 'same', useBias: false }),
    batchNorm(),
    relu6,
    conv2d(16, 1, { activation: 'relu' }),
    maxPool2d(),
    separableConv2d(32, 3, { padding: 'same', activation: 'relu' }),
    globalAvgPool2d(),
    dense(4, { activation: 'softmax' }),
  ],
  train: {
    data: synthetic({ kind: 'images', shape: [16, 16, 3], classes: 4, sparse: true, samples: 800 }),
    loss: 'sparseCategoricalCrossentropy',
    optimizer: adam({ learningRate: 3e-3 }),
    batchSize: 32,
    epochs: 10,
    metrics: ['sparseCategoricalAccuracy'],
  },
});
