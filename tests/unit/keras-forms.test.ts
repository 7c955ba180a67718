/**
 * @file Forms a Keras user writes, type-checked (`dlc check` runs TypeScript on the declarations) and compiled.
 * Custom losses: a named function or an inline arrow `(yTrue, yPred) => …` as `train: { loss }`.
 * Keras' positional forms `MaxPooling2D(2)`, `AveragePooling1D(3)`, `UpSampling2D((2, 2))`: dlc's
 * pool and upsampling layers take their size first (`maxPool2d(2)`, `maxPool2d([2, 2], { strides: 1 })`)
 * or as an option (`maxPool2d({ poolSize: 2 })`), lowering to the same graph; both at once is an error
 * at the first argument, and the declarations type-check each form (`dlc check` runs TypeScript).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModelFile, compileModelFile } from '../../src/frontend/index.ts';
import { CompileError } from '../../src/ir/index.ts';
import { print } from '../../src/ir/printer.ts';

const HEAD = `import { sequential, maxPool2d, avgPool2d, maxPool1d, avgPool1d, upSampling2d, upSampling1d, flatten } from 'dlc';\n`;
const write = (src: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'dlc-forms-')), 'model.ts');
  writeFileSync(path, src);
  return path;
};
const file = (layers: string, input: string): string => write(`${HEAD}export default sequential({\n  input: ${input},\n  layers: [${layers}],\n});\n`);
/** The graph's text without its source locations (each case is its own file). */
const graphOf = (layers: string, input: string): string => print(compileModelFile(file(layers, input)).main.graph(2)).replace(/ *\/\/.*$/gm, '');

/** [positional form, the same with the size as an option, the layer's default size] — sizes differ from the default. */
const SAME: [string, string, string, string][] = [
  ['maxPool2d(3)', 'maxPool2d({ poolSize: 3 })', 'maxPool2d()', '[9, 9, 3]'],
  ['maxPool2d([3, 2], { strides: 1, padding: "same" })', 'maxPool2d({ poolSize: [3, 2], strides: 1, padding: "same" })', 'maxPool2d({ strides: 1, padding: "same" })', '[8, 8, 3]'],
  ['avgPool2d(3, { strides: 2 })', 'avgPool2d({ poolSize: 3, strides: 2 })', 'avgPool2d({ strides: 2 })', '[9, 9, 2]'],
  ['maxPool1d(3)', 'maxPool1d({ poolSize: 3 })', 'maxPool1d()', '[12, 4]'],
  ['avgPool1d(3, { padding: "same" })', 'avgPool1d({ poolSize: 3, padding: "same" })', 'avgPool1d({ padding: "same" })', '[7, 4]'],
  ['upSampling2d([2, 3])', 'upSampling2d({ size: [2, 3] })', 'upSampling2d()', '[4, 4, 2]'],
  ['upSampling2d(3, { interpolation: "bilinear" })', 'upSampling2d({ size: 3, interpolation: "bilinear" })', 'upSampling2d({ interpolation: "bilinear" })', '[4, 4, 2]'],
  ['upSampling1d(3)', 'upSampling1d({ size: 3 })', 'upSampling1d()', '[5, 2]'],
];

describe('pool and upsampling sizes as the first argument', () => {
  it.each(SAME)('%s lowers as %s', (positional, named, byDefault, input) => {
    const a = graphOf(positional, input);
    expect(a).toBe(graphOf(named, input));
    // And differs from the default size, so the positional value was read, not dropped.
    expect(a).not.toBe(graphOf(byDefault, input));
  });

  it('type-checks under dlc check (TypeScript and dlc) in every form', () => {
    const path = file(`maxPool2d(2), avgPool2d([2, 2], { strides: 1 }), maxPool2d({ poolSize: 1 }), upSampling2d(2), flatten()`, '[16, 16, 3]');
    expect(checkModelFile(path).map((e) => e.message)).toEqual([]);
  });

  it('the size given twice is an error at the first argument that says which to keep', () => {
    const src = `maxPool2d(2, { poolSize: 3 })`;
    let err: unknown;
    try {
      compileModelFile(file(src, '[8, 8, 3]'));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CompileError);
    const e = err as CompileError;
    expect(e.code).toBe('E_OPTION_VALUE');
    expect(e.message).toContain('maxPool2d() got poolSize twice');
    expect(e.hint).toContain('maxPool2d({ poolSize: 2 })');
    expect(e.loc?.line).toBe(4);
  });

  it('a number where only options go says how to write options', () => {
    let err: unknown;
    try {
      compileModelFile(file(`maxPool2d(2, 3)`, '[8, 8, 3]'));
    } catch (e) {
      err = e;
    }
    const e = err as CompileError;
    expect(e.code).toBe('E_OPTION_TYPE');
    expect(e.hint).toContain('maxPool2d(…, { poolSize: … })');
    expect(e.hint).toContain('strides');
  });
});

describe('custom losses', () => {
  const model = (pre: string, loss: string): string => write(`import { sequential, dense, adam, synthetic, mean, square, sub, abs, type Tensor } from 'dlc';
${pre}
export default sequential({
  input: [3],
  layers: [dense(2)],
  train: { data: synthetic({ kind: 'random', shape: [3], targetShape: [2] }), loss: ${loss}, optimizer: adam(), batchSize: 4 },
});
`);
  it.each([
    ['a named function', 'function weighted(yTrue: Tensor, yPred: Tensor): Tensor {\n  return mean(square(sub(yTrue, yPred)));\n}', 'weighted'],
    ['an inline arrow', '', '(yTrue, yPred) => mean(abs(sub(yTrue, yPred)), -1)'],
    ['a const arrow', 'const l1 = (yTrue: Tensor, yPred: Tensor) => mean(abs(sub(yTrue, yPred)));', 'l1'],
  ])('%s type-checks and compiles', (_name, pre, loss) => {
    const path = model(pre, loss);
    expect(checkModelFile(path).map((e) => e.message)).toEqual([]);
    expect(compileModelFile(path).main.train?.loss).toBeDefined();
  });

  it('a function of the wrong kind is a TypeScript error at the loss', () => {
    const errs = checkModelFile(model('', '(n: number) => n'));
    expect(errs.map((e) => e.code)).toContain('E_TS');
  });
});
