// A small MNIST GAN: two models and two training steps, each with its own loss, params and optimizer.
import { sequential, model, input, dense, leakyRelu, program, adam, mnist } from 'dlc';

const latent = 64;

export const generator = sequential({
  name: 'generator',
  input: [latent],
  layers: [dense(128), leakyRelu({ alpha: 0.2 }), dense(784, { activation: 'tanh' })],
});

export const discriminator = sequential({
  name: 'discriminator',
  input: [784],
  layers: [dense(128), leakyRelu({ alpha: 0.2 }), dense(1, { activation: 'sigmoid' })],
});

/** The generator scored by the discriminator; shares both models' weights. */
export const gan = model({
  name: 'gan',
  inputs: { z: input([latent]) },
  forward: ({ z }) => discriminator(generator(z)),
});

export default program({
  name: 'mnist_gan',
  models: { generator, discriminator, gan },
  steps: {
    discriminator: { model: discriminator, loss: 'binaryCrossentropy', optimizer: adam({ learningRate: 2e-4, beta1: 0.5 }) },
    generator: { model: gan, trains: [generator], loss: 'binaryCrossentropy', optimizer: adam({ learningRate: 2e-4, beta1: 0.5 }), target: 1 },
  },
  data: mnist({ flatten: true }),
  batchSize: 64,
  epochs: 20,
});
