/**
 * @file The bad-input catalogue: each malformed model file gets its own error code, a message that
 * says what is wrong, and a location at the offending token (never a crash or a stack trace).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModelFile, compileModelFile } from '../../src/frontend/index.ts';
import { Project, SyntaxKind } from 'ts-morph';
import { CompileError, renderDiagnostic } from '../../src/ir/index.ts';
import { codeFrame, FRAME_WIDTH } from '../../src/ir/diagnostics.ts';
import { located } from '../../src/frontend/evaluate.ts';

const HEAD = `import { sequential, model, input, dense, conv2d, maxPool2d, flatten, reshape, dropout, add, relu, embedding, lstm, batchNorm, adam, type Tensor, type B } from 'dlc';\n`;
const seq = (layers: string, input = '[28, 28, 1]', extra = ''): string => `${HEAD}export default sequential({\n  input: ${input},\n  layers: [${layers}],${extra}\n});\n`;
const fn = (body: string, pre = '', input = '[8, 8, 4]'): string => `${HEAD}${pre}\nexport default model({\n  inputs: { x: input(${input}) },\n  forward({ x }) {\n${body}\n  },\n});\n`;

interface Case {
  readonly name: string;
  readonly code: string;
  /** Substring of the rendered message. */
  readonly message: string;
  /** The main file's source. */
  readonly src: string;
  /** The error is at the first occurrence of this text (in `file`, default the main file). */
  readonly at: string;
  readonly nth?: number;
  /** Other files next to the main one. */
  readonly files?: Readonly<Record<string, string>>;
  readonly file?: string;
  /** Run through `dlc check` (TypeScript + dlc) instead of the frontend alone. */
  readonly check?: boolean;
}

const CASES: Case[] = [
  { name: 'syntax error', code: 'E_SYNTAX', message: "expected", src: `${HEAD}export default sequential({ input: [4], layers: [dense(3) });\n`, at: '});' },
  { name: 'unknown layer import', code: 'E_UNKNOWN_LAYER', message: "no layer or function named 'dense2'", src: `import { sequential, dense2 } from 'dlc';\n`, at: 'dense2' },
  { name: 'default import from dlc', code: 'E_UNKNOWN_LAYER', message: 'no default export', src: `import dlc from 'dlc';\n`, at: 'dlc from' },
  { name: 'misspelt option', code: 'E_UNKNOWN_OPTION', message: "dense() has no option 'activaton'", src: seq(`flatten(), dense(3, { activaton: 'relu' })`), at: 'activaton' },
  { name: 'units not a number', code: 'E_OPTION_TYPE', message: 'must be a number', src: seq(`flatten(), dense('10')`), at: `'10'` },
  { name: 'fractional units', code: 'E_OPTION_TYPE', message: 'must be an integer', src: seq(`flatten(), dense(2.5)`), at: '2.5' },
  { name: 'bad padding', code: 'E_OPTION_VALUE', message: "must be one of 'valid', 'same'", src: seq(`conv2d(4, 3, { padding: 'samee' })`), at: `'samee'` },
  { name: 'zero units', code: 'E_SIZE_ZERO', message: 'is 0', src: seq(`flatten(), dense(0)`), at: '0)' },
  { name: 'negative filters', code: 'E_SIZE_NEGATIVE', message: 'is -5', src: seq(`conv2d(-5, 3)`), at: '-5' },
  { name: 'absurd units', code: 'E_SIZE_TOO_LARGE', message: 'more elements than a GPU buffer can hold', src: seq(`flatten(), dense(2 ** 31)`), at: '2 ** 31' },
  { name: 'absurd input', code: 'E_SIZE_TOO_LARGE', message: 'elements per sample', src: seq(`flatten()`, '[100000, 100000]'), at: '[100000' },
  { name: 'zero input dim', code: 'E_SIZE_ZERO', message: 'input[0] is 0', src: seq(`flatten()`, '[0, 4]'), at: '0, 4' },
  { name: 'absurd kernel from huge dense', code: 'E_SIZE_TOO_LARGE', message: 'kernel', src: seq(`flatten(), dense(2 ** 20)`, '[4096]'), at: 'dense(2' },
  { name: 'dense on an image', code: 'E_SHAPE_RANK', message: 'got (None, 28, 28, 1)', src: seq(`dense(10)`), at: 'dense(10)' },
  { name: 'conv on a vector', code: 'E_SHAPE_RANK', message: 'expects an image', src: seq(`conv2d(8, 3)`, '[784]'), at: 'conv2d(8' },
  { name: 'lstm on an image', code: 'E_SHAPE_RANK', message: 'expects a sequence', src: seq(`lstm(8)`), at: 'lstm(8)' },
  { name: 'kernel larger than input', code: 'E_SHAPE_TOO_SMALL', message: 'too small', src: seq(`conv2d(8, 5)`, '[3, 3, 1]'), at: 'conv2d(8' },
  { name: 'pooling past nothing', code: 'E_SHAPE_TOO_SMALL', message: 'too small', src: seq(`maxPool2d(), maxPool2d()`, '[2, 2, 1]'), at: 'maxPool2d()', nth: 2 },
  { name: 'add of mismatched shapes', code: 'E_SHAPE_MISMATCH', message: 'cannot add tensors of shapes (None, 8, 8, 4) and (None, 8, 8, 16)', src: fn(`    return add(x, conv2d(16, 1)(x));`), at: 'add(x' },
  { name: 'shared layer, new shape', code: 'E_SHAPE_SHARED', message: 'was built for inputs (None, 256)', src: fn(`    const d = dense(4);\n    const a = d(flatten()(x));\n    return d(a);`), at: 'd(a)' },
  { name: 'reshape to wrong size', code: 'E_SHAPE_RESHAPE', message: 'cannot reshape (None, 28, 28, 1)', src: seq(`reshape([5, 5])`), at: 'reshape([5' },
  { name: 'annotation rank', code: 'E_SHAPE_ANNOTATION', message: 'annotated with rank 3', src: fn(`    return block(x);`, `function block(h: Tensor<[B, 8, 8]>) { return h; }`), at: '[B, 8, 8]' },
  { name: 'annotation size', code: 'E_SHAPE_ANNOTATION', message: 'axis 3 is 4, annotated 16', src: fn(`    return block(x);`, `function block(h: Tensor<[B, 8, 8, 16]>) { return h; }`), at: '16]' },
  { name: 'annotation return', code: 'E_SHAPE_ANNOTATION', message: 'the return value has shape (None, 8, 8, 2)', src: fn(`    return block(x);`, `function block(h: Tensor<[B, 8, 8, 4]>): Tensor<[B, 8, 8, 4]> { return conv2d(2, 1)(h); }`), at: '4]>', nth: 2 },
  { name: 'annotation type variable', code: 'E_SHAPE_ANNOTATION', message: 'but H is 8 elsewhere', src: fn(`    return block(x);`, `function block<H extends number>(h: Tensor<[B, H, H, 4]>): Tensor<[B, H, H, 2]> { return maxPool2d()(conv2d(2, 1)(h)); }`), at: 'H, H, 2' },
  { name: 'Math.random', code: 'E_NOT_CONSTANT', message: 'Math.random is not a compile-time constant', src: seq(`flatten(), dense(Math.random())`), at: 'Math.random' },
  { name: 'branch on a tensor', code: 'E_NOT_CONSTANT', message: "depends on a tensor's values", src: fn(`    if (x) return x;\n    return x;`), at: 'x) return' },
  { name: 'process.env', code: 'E_NOT_CONSTANT', message: "'process' is only known when code runs", src: seq(`flatten(), dense(process.env.UNITS)`), at: 'process' },
  { name: 'while loop', code: 'E_UNSUPPORTED_SYNTAX', message: 'while loops are not supported', src: fn(`    while (true) {}\n    return x;`), at: 'while' },
  { name: 'class declaration', code: 'E_UNSUPPORTED_SYNTAX', message: 'class declaration is not supported', src: `${HEAD}class Net {}\n`, at: 'class' },
  { name: 'tensor arithmetic', code: 'E_TENSOR_ARITHMETIC', message: 'not tensors', src: fn(`    return x + x;`), at: 'x + x' },
  { name: 'import cycle', code: 'E_IMPORT_CYCLE', message: 'cycle', src: `import { b } from './b.ts';\nexport const a = 1;\n`, files: { 'b.ts': `import { a } from './model.ts';\nexport const b = 2;\n` }, file: 'b.ts', at: `'./model.ts'` },
  { name: 'missing export', code: 'E_MISSING_EXPORT', message: "has no export named 'blok'", src: `import { blok } from './blocks.ts';\n`, files: { 'blocks.ts': `export function block() { return 1; }\n` }, at: 'blok' },
  { name: 'missing file', code: 'E_IMPORT_NOT_FOUND', message: "cannot find model file './nope.ts'", src: `import { x } from './nope.ts';\n`, at: `'./nope.ts'` },
  { name: 'npm import', code: 'E_UNSUPPORTED_IMPORT', message: "not 'lodash'", src: `import _ from 'lodash';\n`, at: `'lodash'` },
  { name: 'unbounded loop', code: 'E_BUDGET', message: 'this loop runs past the evaluation budget', src: `${HEAD}for (let i = 0; i >= 0; i++) {}\n`, at: 'i >= 0' },
  { name: 'unbounded recursion', code: 'E_RECURSION', message: 'nest deeper than 64', src: `${HEAD}function f(n: number): number { return f(n + 1); }\nconst k = f(0);\n`, at: 'f(n + 1)' },
  { name: 'undefined name', code: 'E_UNDEFINED', message: "'unitz' is not defined", src: seq(`flatten(), dense(unitz)`), at: 'unitz' },
  { name: 'uncalled factory', code: 'E_NOT_A_LAYER', message: 'layers[0] is the function flatten', src: seq(`flatten, dense(3)`), at: 'flatten, dense(3)' },
  { name: 'number in layer list', code: 'E_NOT_A_LAYER', message: 'layers[1] is the number 3', src: seq(`flatten(), 3`), at: '3]' },
  { name: 'unknown activation', code: 'E_UNKNOWN_ACTIVATION', message: "unknown activation the string 'swishh'", src: seq(`flatten(), dense(3, { activation: 'swishh' })`), at: `'swishh'` },
  { name: 'unknown loss', code: 'E_UNKNOWN_LOSS', message: "unknown loss the string 'crossentropy'", src: seq(`flatten(), dense(3)`, '[28, 28, 1]', `\n  train: { loss: 'crossentropy' },`), at: `'crossentropy'` },
  { name: 'unknown optimizer', code: 'E_OPTION_VALUE', message: 'optimizer must be', src: seq(`flatten(), dense(3)`, '[28, 28, 1]', `\n  train: { loss: 'mse', optimizer: 'adagrid' },`), at: `'adagrid'` },
  { name: 'misspelt train option', code: 'E_UNKNOWN_OPTION', message: "train has no option 'bachSize'", src: seq(`flatten(), dense(3)`, '[28, 28, 1]', `\n  train: { loss: 'mse', bachSize: 32 },`), at: 'bachSize' },
  { name: 'sequential without input', code: 'E_MISSING_OPTION', message: "sequential() needs 'input'", src: `${HEAD}export default sequential({ layers: [] });\n`, at: '{ layers' },
  { name: 'reassigned const', code: 'E_CONST_ASSIGN', message: "'n' is a const", src: `${HEAD}const n = 1;\nn = 2;\n`, at: 'n = 2' },
  { name: 'duplicate layer name', code: 'E_DUPLICATE_NAME', message: "two layers are named 'fc'", src: seq(`flatten(), dense(3, { name: 'fc' }), dense(3, { name: 'fc' })`), at: "dense(3, { name: 'fc' })", nth: 2 },
  { name: 'no model exported', code: 'E_NO_MODEL', message: 'exports no model', src: `${HEAD}export const units = 3;\n`, at: 'import' },
  { name: 'forward returns a number', code: 'E_FORWARD_RESULT', message: 'must return a tensor', src: fn(`    return 3;`), at: 'forward(' },
  { name: 'layer applied to a number', code: 'E_NOT_TENSOR', message: 'is applied to the number 5', src: fn(`    return dense(10)(5);`), at: '5)' },
  { name: 'calling a number', code: 'E_NOT_CALLABLE', message: 'the number 3 is not a function', src: `${HEAD}const k = 3;\nconst j = k(1);\n`, at: 'k(1)' },
  { name: 'dropout rate out of range', code: 'E_OPTION_RANGE', message: 'must be in [0, 1)', src: seq(`flatten(), dropout(1.5)`), at: '1.5' },
  { name: 'embedding of floats', code: 'E_DTYPE', message: 'looks up integer token ids', src: seq(`embedding(100, 8)`, '[10]'), at: 'embedding(100' },
  { name: 'too many arguments', code: 'E_ARGUMENT_COUNT', message: 'takes at most 2 argument(s)', src: seq(`flatten(), dense(3, {}, 4)`), at: '4)' },
  { name: 'config not an object', code: 'E_OPTION_TYPE', message: 'takes a configuration object', src: `${HEAD}export default sequential([dense(3)]);\n`, at: '[dense' },
  { name: 'unknown model option', code: 'E_UNKNOWN_OPTION', message: "model() has no option 'forwrd'", src: `${HEAD}export default model({ inputs: { x: input([4]) }, forwrd: (t: Tensor) => t });\n`, at: 'forwrd' },
  { name: 'TypeScript type error', code: 'E_TS', message: "Type 'string' is not assignable to type 'number'", src: `${HEAD}const n: number = 'x';\nexport default sequential({ input: [4], layers: [dense(3)] });\n`, at: 'n: number', check: true },
  // Found by the frontend fuzzer (tests/property/frontend-fuzz.test.ts, bench/fuzz-frontend.ts).
  { name: 'fuzz: parentheses too deep to parse', code: 'E_NESTING', message: 'nests too deeply to parse', src: seq(`flatten(), dense(${'('.repeat(10_000)}3${')'.repeat(10_000)})`), at: '(3)' },
  { name: 'fuzz: operator chain too deep to evaluate', code: 'E_NESTING', message: 'nest more than 1000 levels deep', src: seq(`flatten(), dense(${Array(1500).fill('1').join(' + ')})`), at: '1 + 1' },
  { name: 'fuzz: __proto__ as an option', code: 'E_UNKNOWN_OPTION', message: "dense() has no option '__proto__'", src: seq(`flatten(), dense(3, { __proto__: 2 })`), at: '__proto__' },
  { name: 'fuzz: loss named constructor', code: 'E_UNKNOWN_LOSS', message: "unknown loss the string 'constructor'", src: seq(`flatten(), dense(3)`, '[28, 28, 1]', `\n  train: { loss: 'constructor' },`), at: `'constructor'` },
  { name: 'fuzz: Math.constructor', code: 'E_NOT_CONSTANT', message: 'Math.constructor is not a compile-time constant', src: seq(`flatten(), dense(Math.constructor)`), at: 'Math.constructor' },
  { name: 'fuzz: calling Math', code: 'E_NOT_CALLABLE', message: 'Math is not a function', src: seq(`flatten(), dense(Math(3))`), at: 'Math(3)' },
  { name: 'fuzz: unquoted module name', code: 'E_SYNTAX', message: "module name must be a quoted string", src: `import { sequential, dense } from dlc;\nexport default sequential({ input: [4], layers: [dense(3)] });\n`, at: 'dlc;' },
  { name: 'fuzz: synthetic(undefined)', code: 'E_MISSING_OPTION', message: "synthetic() needs the option 'kind'", src: `import { sequential, dense, synthetic } from 'dlc';\nexport default sequential({ input: [4], layers: [dense(3)], train: { data: synthetic(undefined), loss: 'mse' } });\n`, at: 'synthetic(undefined)' },
  { name: 'fuzz: array doubled in a loop', code: 'E_VALUE_TOO_LARGE', message: 'this array would hold more than the 1000000 elements', src: `${HEAD}let a = [1];\nfor (let i = 0; i < 40; i++) { a = [...a, ...a]; }\n`, at: '...a', nth: 2 },
  { name: 'fuzz: string doubled in a loop', code: 'E_VALUE_TOO_LARGE', message: 'this string would be 1048576 characters long', src: `${HEAD}let s = 'ab';\nfor (let i = 0; i < 40; i++) { s = s + s; }\n`, at: 's + s' },
  { name: 'fuzz: string doubled by +=', code: 'E_VALUE_TOO_LARGE', message: 'characters long, more than the 1000000', src: `${HEAD}let s = 'ab';\nfor (let i = 0; i < 40; i++) { s += s; }\n`, at: 's += s' },
  { name: 'fuzz: template doubled in a loop', code: 'E_VALUE_TOO_LARGE', message: 'characters long', src: HEAD + "let s = 'ab';\nfor (let i = 0; i < 40; i++) { s = `${s}${s}`; }\n", at: '`${s}' },
  { name: 'fuzz: huge spread into a call', code: 'E_VALUE_TOO_LARGE', message: 'this call would get 524288 arguments, more than the 10000', src: `${HEAD}let a = [1];\nfor (let i = 0; i < 19; i++) { a = [...a, ...a]; }\nexport default sequential({ input: [4], layers: [dense(Math.max(...a))] });\n`, at: '...a)' },
  { name: 'fuzz: array grown by one per iteration', code: 'E_BUDGET', message: 'copies more than 10000000 values through spreads', src: `${HEAD}let a: number[] = [];\nfor (let i = 0; i < 20000; i++) { a = [...a, i]; }\n`, at: '...a' },
  { name: 'fuzz: object grown by one per iteration', code: 'E_BUDGET', message: 'copies more than 10000000 values', src: `${HEAD}let o = {};\nfor (let i = 0; i < 20000; i++) { o = { ...o, ['k' + i]: i }; }\n`, at: '...o' },
];

function run(c: Case): { error: CompileError; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-cat-'));
  writeFileSync(join(dir, 'model.ts'), c.src);
  for (const [f, s] of Object.entries(c.files ?? {})) writeFileSync(join(dir, f), s);
  const path = join(dir, 'model.ts');
  if (c.check) {
    const errs = checkModelFile(path);
    expect(errs.length).toBeGreaterThan(0);
    return { error: errs[0]!, dir };
  }
  try {
    compileModelFile(path);
  } catch (e) {
    if (e instanceof CompileError) return { error: e, dir };
    throw e;
  }
  throw new Error(`expected ${c.code}, but the model compiled`);
}

function expectedLoc(c: Case): { line: number; col: number } {
  const text = c.file ? c.files![c.file]! : c.src;
  let pos = -1;
  for (let k = 0; k < (c.nth ?? 1); k++) pos = text.indexOf(c.at, pos + 1);
  if (pos < 0) throw new Error(`marker '${c.at}' not in the source`);
  const before = text.slice(0, pos).split('\n');
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
}

describe('diagnostics catalogue', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { error } = run(c);
    expect(error.code).toBe(c.code);
    expect(error.message).toContain(c.message);
    expect(error.loc?.file.endsWith(c.file ?? 'model.ts')).toBe(true);
    expect({ line: error.loc?.line, col: error.loc?.col }).toEqual(expectedLoc(c));
    const text = renderDiagnostic(error);
    expect(text).toContain(`error ${c.code}`);
    expect(text).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  it('a missing model file is a diagnostic, not a crash', () => {
    expect(() => compileModelFile('/nonexistent/model.ts')).toThrow(expect.objectContaining({ code: 'E_FILE_NOT_FOUND' }));
  });

  it('hints say what to do', () => {
    const { error } = run(CASES.find((c) => c.code === 'E_SHAPE_RANK')!);
    expect(error.hint).toContain('insert flatten()');
  });
});

describe('code frames', () => {
  it('cut very long lines to a window around the column, caret still under it', () => {
    const filler = Array.from({ length: 400 }, () => 'dense(3)').join(', ');
    const src = `${HEAD}export default sequential({\n  input: [4],\n  layers: [${filler}, dense('x'), ${filler}],\n});\n`;
    const dir = mkdtempSync(join(tmpdir(), 'dlc-cat-'));
    writeFileSync(join(dir, 'model.ts'), src);
    let error: CompileError | undefined;
    try {
      compileModelFile(join(dir, 'model.ts'));
    } catch (e) {
      error = e as CompileError;
    }
    expect(error?.code).toBe('E_OPTION_TYPE');
    const frame = codeFrame(error!.source!, error!.loc!);
    const rows = frame.split('\n');
    for (const r of rows) expect(r.length).toBeLessThanOrEqual(FRAME_WIDTH + 12);
    const line = rows.find((r) => r.includes("dense('x')"))!;
    const caret = rows[rows.length - 1]!;
    expect(line).toMatch(/ \| …/);
    expect(line.endsWith('…')).toBe(true);
    expect(line.slice(caret.indexOf('^'), caret.indexOf('^') + 3)).toBe("'x'");
  });

  it('leave short lines alone', () => {
    expect(codeFrame('a\nbb\nccc', { file: 'f', line: 3, col: 2 })).toBe('  1 | a\n  2 | bb\n  3 | ccc\n    |  ^');
  });

  it('an unexpected exception inside evaluation is still located', () => {
    const p = new Project({ useInMemoryFileSystem: true });
    const sf = p.createSourceFile('/m.ts', 'const x = 1 + 2;\n');
    const node = sf.getFirstDescendantByKindOrThrow(SyntaxKind.BinaryExpression);
    const e = located(new TypeError('boom'), node);
    expect(e.code).toBe('E_INTERNAL');
    expect(e.loc).toMatchObject({ line: 1, col: 11 });
    expect(located(new RangeError('Maximum call stack size exceeded'), node).code).toBe('E_NESTING');
    expect(located(new RangeError('Invalid array length'), node).code).toBe('E_VALUE_TOO_LARGE');
  });
});
