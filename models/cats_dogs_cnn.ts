// Cats vs dogs convnet on 150×150 RGB images: Conv 32/64/128 3×3 + max-pool 2×2 each, Dense 128, Dense 1 sigmoid.
import { sequential, conv2d, maxPool2d, flatten, dense, rmsprop, synthetic } from 'dlc';

export default sequential({
  name: 'cats_dogs_cnn',
  input: [150, 150, 3],
  layers: [
    conv2d(32, 3, { activation: 'relu' }),
    maxPool2d({ poolSize: 2 }),
    conv2d(64, 3, { activation: 'relu' }),
    maxPool2d({ poolSize: 2 }),
    conv2d(128, 3, { activation: 'relu' }),
    maxPool2d({ poolSize: 2 }),
    flatten(),
    dense(128, { activation: 'relu' }),
    dense(1, { activation: 'sigmoid' }),
  ],
  train: {
    // Offline stand-in for the cats-vs-dogs photos: two classes of seeded 150×150 images, 0/1 labels.
    data: synthetic({ kind: 'images', shape: [150, 150, 3], classes: 2, sparse: true, samples: 2000 }),
    loss: 'binaryCrossentropy',
    optimizer: rmsprop({ learningRate: 1e-4 }),
    batchSize: 20,
    epochs: 30,
    metrics: ['accuracy'],
  },
});
