// A linear autoencoder (no activations): trained with MSE, its 2-D code spans the same subspace as the
// top 2 principal components of the data (Baldi & Hornik 1989), which the training tests compare with PCA.
import { sequential, dense, adam, synthetic } from 'dlc';

export default sequential({
  name: 'linear_autoencoder',
  input: [8],
  layers: [
    dense(2, { name: 'encoder' }),
    dense(8, { name: 'decoder' }),
  ],
  train: {
    // Points near a random 2-D subspace of R^8; each sample is its own target.
    data: synthetic({ kind: 'lowRank', features: 8, rank: 2, noise: 0.05, samples: 2000 }),
    loss: 'mse',
    optimizer: adam({ learningRate: 1e-2 }),
    batchSize: 64,
    epochs: 50,
  },
});
