/** @file Every layer the DSL offers, by factory name (the frontend's layer catalogue). */
import { ACTIVATIONS } from '../args.ts';
import { activation, activationLayer } from './activation.ts';
import { conv2d, conv2dTranspose, avgPool2d, globalAvgPool2d, maxPool2d, upSampling2d } from './conv.ts';
import { add, concatenate, dense, dropout, embedding, flatten, positionEmbedding, reshape } from './core.ts';
import type { LayerDef } from './layer-def.ts';
import { batchNorm, layerNorm, prelu } from './norm.ts';
import { gru, lstm, simpleRnn } from './recurrent.ts';
import { bidirectional, repeatVector, timeDistributed } from './wrappers.ts';
import { avgPool1d, conv1d, globalAvgPool1d, globalMaxPool1d, globalMaxPool2d, maxPool1d, upSampling1d } from './conv1d.ts';
import { cropping1d, cropping2d, zeroPadding1d, zeroPadding2d } from './padding.ts';
import { depthwiseConv2d, separableConv2d } from './depthwise.ts';
import { average, dot, maximum, minimum, multiply, permute, subtract } from './merges.ts';
import { alphaDropout, gaussianDropout, spatialDropout1d, spatialDropout2d } from './noise.ts';
import { centerCrop, randomBrightness, randomCrop, rescaling, resizing } from './image-preprocessing.ts';
import { multiHeadAttention } from './attention.ts';
import { normalization } from './preprocessing.ts';
import { gaussianNoise, randomContrast, randomFlip, randomRotation, randomTranslation, randomZoom } from './augment.ts';

/** Factories called as `name(...)` that return a layer. */
export const LAYER_FACTORIES: ReadonlyMap<string, LayerDef> = new Map(
  [
    dense, conv2d, conv2dTranspose, maxPool2d, avgPool2d, globalAvgPool2d, upSampling2d, flatten, reshape, dropout, batchNorm, layerNorm,
    embedding, positionEmbedding, simpleRnn, lstm, multiHeadAttention, prelu, normalization,
    randomFlip, randomTranslation, randomRotation, randomZoom, randomContrast, gaussianNoise,
    gru, bidirectional, timeDistributed, repeatVector, activation,
    conv1d, maxPool1d, avgPool1d, globalAvgPool1d, globalMaxPool1d, globalMaxPool2d, upSampling1d,
    zeroPadding1d, zeroPadding2d, cropping1d, cropping2d, depthwiseConv2d, separableConv2d,
    permute, spatialDropout1d, spatialDropout2d, gaussianDropout, alphaDropout,
    rescaling, resizing, centerCrop, randomCrop, randomBrightness,
  ].map((d) => [d.dslName, d]),
);

/** Merge functions applied directly to tensors: `add(a, b)`, `concatenate([a, b])`. */
export const MERGES: ReadonlyMap<string, LayerDef> = new Map([add, concatenate, multiply, subtract, average, maximum, minimum, dot].map((d) => [d.dslName, d]));

/** Activations: `relu(x)` on a tensor, `relu` in a layer list, `leakyRelu({ alpha })` as a factory. */
export const ACTIVATION_LAYERS: ReadonlyMap<string, LayerDef> = new Map(ACTIVATIONS.map((a) => [a, activationLayer(a)]));
