// MobileNetV2 transfer-learning step at 64×64 on synthetic images (bench/results/2026-12-02-h23d-depthwise.md).
import { model, input, mobileNetV2, dense, globalAvgPool2d, synthetic } from 'dlc';
const base = mobileNetV2({ includeTop: false, inputShape: [64, 64, 3] });
export default model({
  name: 'mnv2', inputs: { image: input([64, 64, 3]) },
  forward({ image }) { return dense(4, { activation: 'softmax' })(globalAvgPool2d()(base(image))); },
  train: { data: synthetic({ kind: 'images', shape: [64, 64, 3], classes: 4, sparse: true, samples: 64 }), loss: 'sparseCategoricalCrossentropy', optimizer: 'adam', batchSize: 8, epochs: 1 },
});
