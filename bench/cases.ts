/** @file The benchmarked seed models, with the batch sizes of a full run (their own training batch) and a quick one. */

export interface BenchCase {
  /** dlc model name (also the key of the TF.js builder). */
  readonly model: string;
  readonly file: string;
  readonly fullBatch: number;
  readonly quickBatch: number;
}

export const CASES: readonly BenchCase[] = [
  { model: 'iris_mlp', file: 'models/iris_mlp.ts', fullBatch: 16, quickBatch: 16 },
  { model: 'mnist_mlp', file: 'models/mnist_mlp.ts', fullBatch: 128, quickBatch: 8 },
  { model: 'mnist_cnn', file: 'models/mnist_cnn.ts', fullBatch: 64, quickBatch: 2 },
  { model: 'resnet_small', file: 'models/resnet.ts', fullBatch: 128, quickBatch: 2 },
  { model: 'lstm', file: 'models/lstm.ts', fullBatch: 32, quickBatch: 2 },
  { model: 'dense_autoencoder', file: 'models/autoencoder.ts', fullBatch: 256, quickBatch: 8 },
  { model: 'conv_autoencoder', file: 'models/autoencoder.ts', fullBatch: 128, quickBatch: 2 },
];
