// VGG style (Simonyan & Zisserman 2014) on 32×32×3: blocks of stacked 3×3 convs, each block closed by 2×2
// max pooling and doubling the width.
import { model, input, conv2d, maxPool2d, flatten, dense, dropout, sgd, synthetic, type Tensor } from 'dlc';

/** `convs` 3×3 'same' convolutions of `filters` channels, then a 2×2 max pool halving the image. */
function vggBlock(x: Tensor, filters: number, convs: number): Tensor {
  let h = x;
  for (let i = 0; i < convs; i++) h = conv2d(filters, 3, { padding: 'same', activation: 'relu' })(h);
  return maxPool2d({ poolSize: 2 })(h);
}

export default model({
  name: 'vgg_block',
  inputs: { image: input([32, 32, 3]) },
  forward({ image }) {
    let h = image;
    for (const filters of [32, 64, 128]) h = vggBlock(h, filters, 2);
    h = dropout(0.5)(dense(128, { activation: 'relu' })(flatten()(h)));
    return dense(10, { activation: 'softmax' })(h);
  },
  train: {
    data: synthetic({ kind: 'images', shape: [32, 32, 3], classes: 10, samples: 2000 }),
    loss: 'categoricalCrossentropy',
    optimizer: sgd({ learningRate: 0.01, momentum: 0.9 }),
    batchSize: 64,
    epochs: 10,
    metrics: ['accuracy'],
  },
});
