// An Inception module (Szegedy et al. 2014, "GoogLeNet"): 1×1, 3×3 and 5×5 convolution branches and a
// pooling branch, side by side on the same input, joined along the channels.
import { model, input, conv2d, maxPool2d, concatenate, globalAvgPool2d, dense, adam, synthetic, type Tensor } from 'dlc';

/** Channel counts per branch; the 1×1 "reduce" convs before the 3×3 and 5×5 keep the module cheap. */
interface InceptionWidths {
  readonly b1: number;
  readonly b3Reduce: number;
  readonly b3: number;
  readonly b5Reduce: number;
  readonly b5: number;
  readonly pool: number;
}

function inception(x: Tensor, w: InceptionWidths): Tensor {
  const conv = (filters: number, k: number, h: Tensor): Tensor => conv2d(filters, k, { padding: 'same', activation: 'relu' })(h);
  const branch1 = conv(w.b1, 1, x);
  const branch3 = conv(w.b3, 3, conv(w.b3Reduce, 1, x));
  const branch5 = conv(w.b5, 5, conv(w.b5Reduce, 1, x));
  const branchPool = conv(w.pool, 1, maxPool2d({ poolSize: 3, strides: 1, padding: 'same' })(x));
  return concatenate([branch1, branch3, branch5, branchPool], { axis: -1 });
}

export default model({
  name: 'inception_block',
  inputs: { image: input([32, 32, 3]) },
  forward({ image }) {
    let h = conv2d(32, 3, { padding: 'same', activation: 'relu' })(image);
    h = inception(h, { b1: 16, b3Reduce: 24, b3: 32, b5Reduce: 4, b5: 8, pool: 8 });
    h = maxPool2d({ poolSize: 2 })(h);
    h = inception(h, { b1: 32, b3Reduce: 32, b3: 48, b5Reduce: 8, b5: 24, pool: 16 });
    return dense(10, { activation: 'softmax' })(globalAvgPool2d()(h));
  },
  train: {
    data: synthetic({ kind: 'images', shape: [32, 32, 3], classes: 10, samples: 2000 }),
    loss: 'categoricalCrossentropy',
    optimizer: adam({ learningRate: 1e-3 }),
    batchSize: 64,
    epochs: 10,
    metrics: ['accuracy'],
  },
});
