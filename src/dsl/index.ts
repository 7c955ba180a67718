/**
 * @file What model files import from 'dlc': typed markers that the compiler reads statically.
 *
 * Nothing here runs: each function's body throws. The declarations exist so a model file
 * type-checks in an editor, with completion and these doc comments for every layer and option.
 */
export type { B, Shape, Tensor, Layer, MergeLayer, Initializer, ActivationName } from './tensor.ts';
export type { InitializerFn, WeightLiteral } from './tensor.ts';
export { randomNormal, truncatedNormal, randomUniform, constant, varianceScaling, lecunNormal, lecunUniform, identity } from './initializers.ts';
export { glorotUniform, glorotNormal, heUniform, heNormal, orthogonal } from './initializers.ts';
export type { VarianceScalingOptions, SeedOption } from './initializers.ts';
export { relu, sigmoid, tanh, softmax, gelu, linear, leakyRelu, elu, prelu } from './activations.ts';
export { selu, swish, silu, softplus, softsign, relu6, hardSigmoid, exponential, mish, thresholdedRelu, rrelu } from './activations.ts';
export type { Activation, LeakyReluOptions, EluOptions, PreluOptions, ThresholdedReluOptions, RreluOptions } from './activations.ts';
export {
  dense, conv2d, conv2dTranspose, maxPool2d, avgPool2d, globalAvgPool2d, upSampling2d, flatten, reshape, dropout,
  batchNorm, layerNorm, embedding, positionEmbedding, simpleRnn, lstm, multiHeadAttention, add, concatenate, normalization,
  randomFlip, randomTranslation, randomRotation, randomZoom, randomContrast, gaussianNoise,
  gru, bidirectional, timeDistributed, repeatVector, activation,
} from './layers.ts';
export type {
  LayerOptions, WeightedOptions, Size2, ConvOptions, PoolOptions, UpSamplingOptions, PositionEmbeddingOptions, DropoutOptions, BatchNormOptions,
  LayerNormOptions, EmbeddingOptions, RecurrentOptions, MultiHeadAttentionOptions, ConcatenateOptions, AugmentOptions,
  GatedRecurrentOptions, GruOptions, BidirectionalOptions, StatefulLayer,
} from './layers.ts';
export {
  conv1d, maxPool1d, avgPool1d, globalAvgPool1d, globalMaxPool1d, globalMaxPool2d, upSampling1d, zeroPadding1d, zeroPadding2d,
  cropping1d, cropping2d, depthwiseConv2d, separableConv2d,
} from './conv-layers.ts';
export type { Conv1dOptions, Pool1dOptions, UpSampling1dOptions, Amount1d, Amount2d, DepthwiseConv2dOptions, SeparableConv2dOptions } from './conv-layers.ts';
export { multiply, subtract, average, maximum, minimum, dot, permute, spatialDropout1d, spatialDropout2d, gaussianDropout, alphaDropout } from './merge-layers.ts';
export type { DotOptions } from './merge-layers.ts';
export { rescaling, resizing, centerCrop, randomCrop, randomBrightness } from './preprocessing-layers.ts';
export type { RescalingOptions, ResizingOptions, RandomBrightnessOptions } from './preprocessing-layers.ts';
export { vgg16, resNet50, mobileNetV2 } from './applications.ts';
export type { ApplicationOptions } from './applications.ts';
export { sequential, model, input, program } from './model.ts';
export { distiller } from './distiller.ts';
export type { DistillerConfig } from './distiller.ts';
export {
  sub, mul, div, pow, sqrt, exp, log, abs, neg, square, clip, greater, greaterEqual, less, lessEqual, equal, notEqual, where,
  mean, sum, max, min, matmul, transpose, concat, slice, stack, expandDims, squeeze, weight,
} from './tensor-fns.ts';
export type { Axes } from './tensor-fns.ts';
export type { InputSpec, InputOptions, Model, SequentialConfig, ModelConfig, GraphModelConfig, PretrainedOptions, TrainStep, ProgramConfig, Unfreeze } from './model.ts';
export { sgd, rmsprop, adam, adagrad, adadelta, adamax, nadam, mnist, iris, cifar10, csv, imageFolder, synthetic } from './train.ts';
export { npy, npz, timeseries } from './train.ts';
export { earlyStopping, reduceLROnPlateau, modelCheckpoint, learningRateScheduler } from './callbacks.ts';
export type { Callback, Monitor, MonitorMode, EarlyStoppingOptions, ReduceLROnPlateauOptions, ModelCheckpointOptions, LearningRateSchedule } from './callbacks.ts';
export type { CsvOptions, ImageFolderOptions, NpzOptions, TimeseriesOptions } from './train.ts';
export { l1, l2, l1l2, maxNorm, nonNeg, unitNorm, minMaxNorm } from './train.ts';
export type { Regularizer, Constraint } from './train.ts';
export { binaryCrossentropy, categoricalCrossentropy, sparseCategoricalCrossentropy, huber, binaryFocalCrossentropy } from './train.ts';
export type {
  LossName, Loss, LossFunction, CrossentropyOptions, FocalOptions, MetricName, Optimizer, SgdOptions, RmspropOptions, AdamOptions, AdagradOptions, AdadeltaOptions, AdamaxOptions, Dataset, SyntheticOptions, SyntheticKind, TrainConfig,
} from './train.ts';
