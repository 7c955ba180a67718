// A bidirectional LSTM tagger that learns to reverse sequences of 6 digits: each output position
// needs a token from the other end, which the backward LSTM reads first. Dense per step via timeDistributed.
import { model, input, embedding, bidirectional, lstm, timeDistributed, dense, adam, synthetic } from 'dlc';

const length = 6;
const vocab = 8;

export default model({
  name: 'bidirectional_lstm',
  inputs: { tokens: input([length], { dtype: 'int32' }) },
  forward({ tokens }) {
    const embedded = embedding(vocab, 16)(tokens);
    const h = bidirectional(lstm(24, { returnSequences: true }), { mergeMode: 'concat' })(embedded);
    return timeDistributed(dense(vocab, { activation: 'softmax' }))(h);
  },
  train: {
    data: synthetic({ kind: 'reverse', length, vocab, samples: 3000 }),
    loss: 'sparseCategoricalCrossentropy',
    optimizer: adam({ learningRate: 1e-2 }),
    batchSize: 64,
    epochs: 20,
    metrics: ['sparseCategoricalAccuracy'],
  },
});
