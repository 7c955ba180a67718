// A small transformer encoder (Vaswani et al. 2017) that learns to reverse sequences of 8 digits: token and
// position embeddings, multi-head scaled dot-product self-attention, a GELU MLP, residuals and layer norm.
import {
  model, input, embedding, positionEmbedding, multiHeadAttention, layerNorm, dense, add, adam, synthetic, type Tensor,
} from 'dlc';

const length = 8;
const vocab = 10;
const width = 32;
const heads = 4;

/** Post-norm transformer block: x + attention(x), then x + MLP(x), each followed by layer norm. */
function transformerBlock(x: Tensor): Tensor {
  const attended = multiHeadAttention(heads, { keyDim: width / heads })([x, x]);
  const h = layerNorm({ epsilon: 1e-6 })(add(x, attended));
  const mlp = dense(width)(dense(4 * width, { activation: 'gelu' })(h));
  return layerNorm({ epsilon: 1e-6 })(add(h, mlp));
}

export default model({
  name: 'attention',
  inputs: { tokens: input([length], { dtype: 'int32' }) },
  forward({ tokens }) {
    const embedded = embedding(vocab, width)(tokens);
    // Attention alone is blind to order; learned position embeddings let it find "the mirrored position".
    const h = transformerBlock(add(embedded, positionEmbedding(length)(embedded)));
    return dense(vocab, { activation: 'softmax' })(h);
  },
  train: {
    data: synthetic({ kind: 'reverse', length, vocab, samples: 5000 }),
    loss: 'sparseCategoricalCrossentropy',
    optimizer: adam({ learningRate: 1e-3 }),
    batchSize: 64,
    epochs: 30,
    metrics: ['sparseCategoricalAccuracy'],
  },
});
