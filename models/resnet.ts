// A small residual network for 32×32×3 images: three stages of residual blocks, a projection
// shortcut where the shape changes, batch norm, and global average pooling.
import { model, input, conv2d, batchNorm, relu, add, globalAvgPool2d, dense, sgd, synthetic, type Tensor, type B } from 'dlc';

const stages = [
  [16, 1],
  [32, 2],
  [64, 2],
] as const;

function convBn(x: Tensor, filters: number, kernel: number, stride: number): Tensor {
  return batchNorm()(conv2d(filters, kernel, { strides: stride, padding: 'same', useBias: false })(x));
}

function residual<H extends number, W extends number>(x: Tensor<[B, H, W, number]>, filters: number, stride: number): Tensor {
  const h = relu(convBn(x, filters, 3, stride));
  const y = convBn(h, filters, 3, 1);
  // A 1×1 projection matches the shortcut's shape when the block downsamples or widens.
  const skip = stride === 1 && filters === 16 ? x : convBn(x, filters, 1, stride);
  return relu(add(y, skip));
}

export default model({
  name: 'resnet_small',
  inputs: { image: input([32, 32, 3]) },
  forward({ image }) {
    let h = relu(convBn(image, 16, 3, 1));
    for (const [filters, stride] of stages) {
      h = residual(h, filters, stride);
    }
    return dense(10, { activation: 'softmax' })(globalAvgPool2d()(h));
  },
  train: {
    // CIFAR-10 cannot be downloaded offline; seeded 32×32×3 images of 10 classes stand in for it.
    data: synthetic({ kind: 'images', shape: [32, 32, 3], classes: 10, samples: 5000 }),
    loss: 'categoricalCrossentropy',
    optimizer: sgd({ learningRate: 0.1, momentum: 0.9, weightDecay: 1e-4 }),
    batchSize: 128,
    epochs: 30,
    metrics: ['accuracy'],
  },
});
