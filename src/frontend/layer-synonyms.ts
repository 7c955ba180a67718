/**
 * @file Suggestions for an unknown layer name by meaning as well as by spelling: Keras class names
 * (`GRU`, `Conv1D`, `GlobalMaxPooling2D`), other libraries' names (`RNN`, `Linear`, `BatchNorm2d`)
 * and short forms (`concat`, `mul`) map to the dlc factory; only then does edit distance decide.
 */
import { didYouMean } from './diag.ts';

/** Normalised alias (lower case, no `_`, `-`, `.`) → dlc name. Names equal to a dlc name up to case need no entry. */
const SYNONYMS: Readonly<Record<string, string>> = {
  rnn: 'simpleRnn', simplernncell: 'simpleRnn', vanillarnn: 'simpleRnn', elman: 'simpleRnn',
  lstmcell: 'lstm', longshorttermmemory: 'lstm', cudnnlstm: 'lstm', convlstm: 'lstm',
  grucell: 'gru', gatedrecurrentunit: 'gru', cudnngru: 'gru',
  birnn: 'bidirectional', bilstm: 'bidirectional', bigru: 'bidirectional',
  timedistributeddense: 'timeDistributed', repeat: 'repeatVector',
  fullyconnected: 'dense', fc: 'dense', affine: 'dense',
  convolution1d: 'conv1d', temporalconvolution: 'conv1d', tcn: 'conv1d',
  conv: 'conv2d', convolution: 'conv2d', convolution2d: 'conv2d', conv2dlayer: 'conv2d',
  deconv2d: 'conv2dTranspose', deconvolution2d: 'conv2dTranspose', convtranspose2d: 'conv2dTranspose', conv2dtranspose: 'conv2dTranspose', transposedconv2d: 'conv2dTranspose',
  separableconvolution2d: 'separableConv2d', sepconv2d: 'separableConv2d', depthwiseseparableconv2d: 'separableConv2d',
  depthwiseconvolution2d: 'depthwiseConv2d', dwconv2d: 'depthwiseConv2d',
  maxpooling1d: 'maxPool1d', maxpool1d: 'maxPool1d', maxpooling2d: 'maxPool2d', maxpool: 'maxPool2d', maxpooling: 'maxPool2d',
  averagepooling1d: 'avgPool1d', avgpooling1d: 'avgPool1d', averagepooling2d: 'avgPool2d', avgpooling2d: 'avgPool2d', avgpool: 'avgPool2d',
  globalaveragepooling1d: 'globalAvgPool1d', globalavgpooling1d: 'globalAvgPool1d', globalmaxpooling1d: 'globalMaxPool1d',
  globalaveragepooling2d: 'globalAvgPool2d', globalavgpooling2d: 'globalAvgPool2d', adaptiveavgpool2d: 'globalAvgPool2d', gap: 'globalAvgPool2d',
  globalmaxpooling2d: 'globalMaxPool2d', adaptivemaxpool2d: 'globalMaxPool2d', globalmaxpool: 'globalMaxPool2d', globalaveragepooling: 'globalAvgPool2d',
  upsampling: 'upSampling2d', upsample: 'upSampling2d', upsample1d: 'upSampling1d', upsample2d: 'upSampling2d',
  zeropad1d: 'zeroPadding1d', zeropad2d: 'zeroPadding2d', constantpad2d: 'zeroPadding2d', padding2d: 'zeroPadding2d', crop2d: 'cropping2d', crop1d: 'cropping1d',
  batchnormalization: 'batchNorm', batchnorm1d: 'batchNorm', batchnorm2d: 'batchNorm', bn: 'batchNorm',
  layernormalization: 'layerNorm', layernorm: 'layerNorm', ln: 'layerNorm',
  multiheadattention: 'multiHeadAttention', attention: 'multiHeadAttention', selfattention: 'multiHeadAttention', mha: 'multiHeadAttention',
  concat: 'concatenate', cat: 'concatenate', merge: 'concatenate', sum: 'add', plus: 'add',
  mul: 'multiply', product: 'multiply', sub: 'subtract', minus: 'subtract', diff: 'subtract', mean: 'average', avg: 'average', max: 'maximum', min: 'minimum', matmul: 'dot',
  transpose: 'permute', view: 'reshape', squeeze: 'reshape', unsqueeze: 'reshape', flat: 'flatten',
  spatialdropout: 'spatialDropout2d', dropout2d: 'spatialDropout2d', dropout1d: 'spatialDropout1d', dropoutlayer: 'dropout',
  embed: 'embedding', embeddings: 'embedding', positionalembedding: 'positionEmbedding', positionalencoding: 'positionEmbedding',
  leakyrelu: 'leakyRelu', lrelu: 'leakyRelu', hardsigmoid: 'hardSigmoid', hardswish: 'swish', sigmoidlinearunit: 'silu', relu6: 'relu6',
  thresholdedrelu: 'thresholdedRelu', randomizedrelu: 'rrelu', randomizedleakyrelu: 'rrelu',
};

const key = (s: string): string => s.toLowerCase().replace(/[_\-.]/g, '');

/**
 * `did you mean 'x'?` for `name` among `candidates`: an exact match up to case and separators
 * (`Conv1D` → `conv1d`), then the synonym table, then the closest spelling.
 */
export function suggestName(name: string, candidates: Iterable<string>): string | undefined {
  const all = [...candidates];
  const k = key(name);
  const byKey = all.find((c) => key(c) === k);
  if (byKey) return `did you mean '${byKey}'?`;
  // Keras class names end in Layer/Cell sometimes; strip those too.
  for (const probe of [k, k.replace(/(layer|cell)$/, '')]) {
    const syn = SYNONYMS[probe];
    if (syn && all.includes(syn)) return `did you mean '${syn}'?`;
  }
  return didYouMean(name, all);
}
