/** @file Unknown layer names get the closest real layer by meaning (Keras class names, other libraries' names) as well as spelling. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DSL_VALUES } from '../../src/frontend/builtins.ts';
import { compileModelFile } from '../../src/frontend/index.ts';
import { suggestName } from '../../src/frontend/layer-synonyms.ts';
import { CompileError } from '../../src/ir/index.ts';

const CASES: [string, string][] = [
  ['GRU', 'gru'], ['GRUCell', 'gru'], ['Conv1D', 'conv1d'], ['LSTM', 'lstm'], ['RNN', 'simpleRnn'], ['SimpleRNN', 'simpleRnn'],
  ['Bidirectional', 'bidirectional'], ['TimeDistributed', 'timeDistributed'], ['SeparableConv2D', 'separableConv2d'],
  ['GlobalMaxPooling2D', 'globalMaxPool2d'], ['GlobalAveragePooling1D', 'globalAvgPool1d'], ['MaxPooling1D', 'maxPool1d'],
  ['SpatialDropout1D', 'spatialDropout1d'], ['BatchNormalization', 'batchNorm'], ['FullyConnected', 'dense'], ['concat', 'concatenate'],
  ['Conv2DTranspose', 'conv2dTranspose'], ['MultiHeadAttention', 'multiHeadAttention'], ['mul', 'multiply'], ['dens', 'dense'],
];

describe('unknown layer names', () => {
  for (const [name, want] of CASES) {
    it(`${name} → ${want}`, () => expect(suggestName(name, DSL_VALUES)).toBe(`did you mean '${want}'?`));
  }

  it('an import of a Keras class name says which factory to use, at the import', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlc-names-'));
    const file = join(dir, 'm.ts');
    writeFileSync(file, `import { sequential, GRU } from 'dlc';\nexport default sequential({ input: [4, 2], layers: [GRU(3)] });\n`);
    let err: unknown;
    try {
      compileModelFile(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CompileError);
    expect((err as CompileError).code).toBe('E_UNKNOWN_LAYER');
    expect(JSON.stringify(err) + String((err as CompileError).hint ?? '')).toContain("did you mean 'gru'?");
  });
});
