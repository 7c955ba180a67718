// Cats vs dogs convnet on 150×150 RGB images: Conv 32/64/128 3×3 + max-pool 2×2 each, Dense 128, Dense 1 sigmoid.
import { sequential, conv2d, maxPool2d, flatten, dense, rmsprop, imageFolder } from 'dlc';

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
    data: imageFolder('data/cats_and_dogs/train', { size: [150, 150] }),
    loss: 'binaryCrossentropy',
    optimizer: rmsprop({ learningRate: 1e-4 }),
    batchSize: 20,
    epochs: 30,
    metrics: ['accuracy'],
  },
});
