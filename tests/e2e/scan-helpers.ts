/** @file Shared by the scan tests: recurrent models written twice (as a scan, and unrolled with Keras's `unroll: true`). */
import type { CompiledModel } from '../../src/frontend/index.ts';
import { modelFromSource } from './train-helpers.ts';

export interface RnnCase {
  readonly name: string;
  /** The layer stack; `$U` marks where `unroll: true, ` goes in each recurrent layer's options. */
  readonly layers: string;
  readonly input: readonly [number, number];
  readonly target: readonly number[];
}

export const RNN_CASES: readonly RnnCase[] = [
  { name: 'simpleRnn', layers: `simpleRnn(3, { $U }), dense(2)`, input: [4, 2], target: [2] },
  { name: 'lstm sequences', layers: `lstm(3, { $U returnSequences: true }), flatten(), dense(2)`, input: [3, 2], target: [2] },
  { name: 'lstm goBackwards', layers: `lstm(3, { $U goBackwards: true }), dense(2)`, input: [4, 2], target: [2] },
  { name: 'gru sequences backwards', layers: `gru(3, { $U returnSequences: true, goBackwards: true }), flatten(), dense(2)`, input: [3, 2], target: [2] },
  { name: 'gru resetAfter false', layers: `gru(2, { $U resetAfter: false }), dense(2)`, input: [3, 2], target: [2] },
  { name: 'bidirectional lstm', layers: `bidirectional(lstm(2, { $U returnSequences: true })), flatten(), dense(2)`, input: [3, 2], target: [2] },
  { name: 'lstm dropout', layers: `lstm(3, { $U dropout: 0.3, recurrentDropout: 0.2 }), dense(2)`, input: [3, 2], target: [2] },
];

const NAMES = ['sequential', 'dense', 'flatten', 'simpleRnn', 'lstm', 'gru', 'bidirectional', 'sgd', 'synthetic'];

/** The case as a model source; `unrolled` puts `unroll: true` into every recurrent layer. */
export function rnnSource(c: RnnCase, unrolled: boolean, steps = c.input[0]): string {
  const shape = `[${steps}, ${c.input[1]}]`;
  return `import { ${NAMES.join(', ')} } from 'dlc';
export default sequential({
  name: 'case',
  input: ${shape},
  layers: [${c.layers.replaceAll('$U', unrolled ? 'unroll: true, ' : 'unroll: false, ')}],
  train: { data: synthetic({ kind: 'random', shape: ${shape}, targetShape: [${c.target.join(', ')}] }), loss: 'mse', optimizer: sgd({ learningRate: 0.1 }), batchSize: 2 },
});
`;
}

export function rnnModels(c: RnnCase, steps = c.input[0]): { scan: CompiledModel; unrolled: CompiledModel } {
  return { scan: modelFromSource('case', rnnSource(c, false, steps)), unrolled: modelFromSource('case', rnnSource(c, true, steps)) };
}
