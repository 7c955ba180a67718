/**
 * @file Regularisation layers active only while training (Keras `SpatialDropout1D/2D`,
 * `GaussianDropout`, `AlphaDropout`); each is the identity in inference graphs. Masks and noise
 * come from the counter-based RNG, so the reference interpreter reproduces them bit for bit.
 */
import type { Value } from '../../ir/index.ts';
import { defineLayer, type Lowerer } from './layer-def.ts';
import { expectRank } from './shape.ts';

interface NoiseConfig {
  rate: number;
  seed: number;
}

function noiseLayer(dslName: string, kerasType: string, baseName: string, rank: number | undefined, train: (l: Lowerer, c: NoiseConfig, x: Value) => Value) {
  return defineLayer<NoiseConfig>({
    dslName, kerasType, baseName, arity: 1,
    parse(a) {
      const rate = a.required(0, 'the rate', 'rate') as number;
      const o = a.options(1, { seed: 'int', name: 'string', trainable: 'bool' });
      a.atMost(2);
      return { rate, seed: (o.seed as number | undefined) ?? 0 };
    },
    build(_c, [x], at) {
      if (rank !== undefined) expectRank(at, x!.shape, rank, rank === 2 ? 'a sequence [batch, steps, channels]' : 'an image [batch, height, width, channels]');
      return { output: x!.shape, params: [] };
    },
    lower: (l, c, [x]) => (l.training && c.rate > 0 ? train(l, c, x!) : x!),
  });
}

/** Drops whole channels: one keep/drop draw per (sample, channel), shared by every step or pixel. */
function channelDropout(l: Lowerer, c: NoiseConfig, x: Value): Value {
  const shape = x.type.shape;
  const maskShape = shape.map((d, i) => (i === 0 || i === shape.length - 1 ? d : 1));
  const mask = l.op('dropout', [l.fill(1, maskShape), l.training!.step()], { rate: c.rate, seed: l.training!.seed(c.seed) }, maskShape);
  return l.op('mul', [x, mask], {}, shape);
}

/** Keras `SpatialDropout1D`: drops whole feature channels of [B, T, C]. */
export const spatialDropout1d = noiseLayer('spatialDropout1d', 'SpatialDropout1D', 'spatial_dropout1d', 2, channelDropout);
/** Keras `SpatialDropout2D`: drops whole feature maps of [B, H, W, C]. */
export const spatialDropout2d = noiseLayer('spatialDropout2d', 'SpatialDropout2D', 'spatial_dropout2d', 3, channelDropout);

function normal(l: Lowerer, c: NoiseConfig, shape: readonly number[]): Value {
  return l.op('random_uniform', [l.training!.step()], { seed: l.training!.seed(c.seed), shape: [...shape], distribution: 'normal' }, shape);
}

/** Keras `GaussianDropout`: multiplies by N(1, rate / (1 − rate)) noise. */
export const gaussianDropout = noiseLayer('gaussianDropout', 'GaussianDropout', 'gaussian_dropout', undefined, (l, c, x) => {
  const shape = x.type.shape;
  const noise = l.op('add', [l.op('mul', [normal(l, c, shape), l.fill(Math.sqrt(c.rate / (1 - c.rate)), [])], {}, shape), l.fill(1, [])], {}, shape);
  return l.op('mul', [x, noise], {}, shape);
});

const SELU_ALPHA_P = -1.6732632423543772 * 1.0507009873554805;

/**
 * Keras `AlphaDropout` (for SELU networks): dropped values are set to −α·λ, then an affine map
 * a·x + b restores the mean and variance.
 */
export const alphaDropout = noiseLayer('alphaDropout', 'AlphaDropout', 'alpha_dropout', undefined, (l, c, x) => {
  const shape = x.type.shape;
  const u = l.op('random_uniform', [l.training!.step()], { seed: l.training!.seed(c.seed), shape: [...shape], distribution: 'uniform' }, shape);
  const keep = l.op('greater_equal', [u, l.fill(c.rate, [])], {}, shape, 'bool');
  const kept = l.op('where', [keep, x, l.fill(SELU_ALPHA_P, [])], {}, shape);
  const a = ((1 - c.rate) * (1 + c.rate * SELU_ALPHA_P ** 2)) ** -0.5;
  const b = -a * SELU_ALPHA_P * c.rate;
  return l.op('add', [l.op('mul', [kept, l.fill(a, [])], {}, shape), l.fill(b, [])], {}, shape);
});
