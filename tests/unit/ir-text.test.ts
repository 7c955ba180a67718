/** @file IR text form: printing, parsing, round-trips, and parse errors with locations. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompileError, parse, print, verify, type Graph } from '../../src/ir/index.ts';
import { inferType, newGraph } from '../../src/ops/registry.ts';

const MLP = `graph mlp(%x: f32[8,784], param %w1: f32[784,128], param %b1: f32[128]) {
  %0 = reshape %x {shape=[8,784]}   : f32[8,784]   // models/mnist_mlp.ts:7:5
  %1 = add %0, %0                   : f32[8,784]
  %2 = reduce_sum %1 {axes=[1], keepDims=false} : f32[8]
  return %2
}
`;

function strip(g: Graph): unknown {
  return JSON.parse(JSON.stringify(g));
}

describe('IR text', () => {
  it('parses the DESIGN.md form and prints it back identically after one normalising print', () => {
    const g = parse(MLP);
    expect(g.name).toBe('mlp');
    expect(g.args.map((a) => [a.name, a.kind])).toEqual([
      ['x', 'input'],
      ['w1', 'param'],
      ['b1', 'param'],
    ]);
    expect(g.nodes[0]!.loc).toEqual({ file: 'models/mnist_mlp.ts', line: 7, col: 5 });
    const once = print(g);
    expect(print(parse(once))).toBe(once);
    verify(g, inferType);
  });

  it('a node with a huge attribute (a constant of 3000 values) does not widen the other lines, and round-trips', () => {
    const values = Array.from({ length: 3000 }, (_, i) => i % 7);
    const g = parse(`graph big(%x: f32[3000]) {
  %0 = constant {dtype="f32", shape=[3000], value=[${values.join(', ')}]} : f32[3000]
  %1 = add %x, %0 : f32[3000]
  return %1
}
`);
    const text = print(g);
    const lines = text.split('\n');
    expect(lines.filter((l) => l.length > 4096)).toHaveLength(1);
    expect(lines.find((l) => l.includes('= add'))!.length).toBeLessThan(80);
    expect(print(parse(text))).toBe(text);
  });

  it('prints sorted attributes, types on every node and source locations', () => {
    const text = print(parse(MLP));
    expect(text).toContain('%2 = reduce_sum %1 {axes=[1], keepDims=false}');
    expect(text).toMatch(/: f32\[8\]/);
    expect(text).toContain('// models/mnist_mlp.ts:7:5');
    expect(text.trimEnd().endsWith('return %2\n}')).toBe(true);
  });

  it('round-trips named outputs, state arguments, strings, booleans and special floats', () => {
    const b = newGraph('g');
    const x = b.input('x', { dtype: 'f32', shape: [2, 3] });
    const s = b.state('bn.moving_mean', { dtype: 'f32', shape: [3] });
    const c = b.op('constant', [], { value: [1.5, -0, NaN, Infinity, -Infinity, 1e-7], dtype: 'f32', shape: [2, 3] });
    const y = b.op('add', [x, c]);
    b.output('logits', y);
    b.output('stat', b.op('add', [s, s]));
    const g = b.build();
    const back = parse(print(g));
    expect(strip(back)).toEqual(strip(g));
    expect(print(g)).toContain('return logits=%1, stat=%2');
  });

  it('parse(print(g)) equals g for random chains of registry ops', () => {
    const unary = ['relu', 'exp', 'reshape', 'reduce_sum'] as const;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...unary), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 4 }), (ops, n) => {
        const b = newGraph('chain');
        let v = b.input('x', { dtype: 'f32', shape: [n, 2] });
        for (const op of ops) {
          if (op === 'reshape') v = b.op('reshape', [v], { shape: [...v.type.shape].reverse() });
          else if (op === 'reduce_sum') v = b.op('reduce_sum', [v], { axes: v.type.shape.length ? [0] : [], keepDims: true });
          else v = b.op(op, [v]);
        }
        b.output('output', v);
        const g = b.build();
        expect(strip(parse(print(g)))).toEqual(strip(g));
      }),
      { numRuns: 50 },
    );
  });
});

describe('IR parse errors name the line, the column and what was expected', () => {
  const cases: [string, string, string, number, number][] = [
    ['missing graph keyword', 'grph g(%x: f32[1]) {\n  return %x\n}', "expected 'graph'", 1, 1],
    ['unknown dtype', 'graph g(%x: f64[1]) {\n  return %x\n}', "unknown dtype 'f64'", 1, 12],
    ['use before definition', 'graph g(%x: f32[1]) {\n  %0 = relu %y : f32[1]\n  return %0\n}', '%y is used before it is defined', 2, 13],
    ['redefinition', 'graph g(%x: f32[1]) {\n  %x = relu %x : f32[1]\n  return %x\n}', '%x is defined twice', 2, 3],
    ['missing type', 'graph g(%x: f32[1]) {\n  %0 = relu %x\n  return %0\n}', "expected ':'", 3, 3],
    ['negative dimension', 'graph g(%x: f32[-1]) {\n  return %x\n}', 'dimension -1', 1, 17],
    ['trailing garbage', 'graph g(%x: f32[1]) {\n  return %x\n} extra', 'expected end of input', 3, 3],
    ['unterminated string', 'graph g(%x: f32[1]) {\n  %0 = relu %x {a="oops} : f32[1]\n  return %0\n}', 'unterminated string', 2, 19],
  ];
  it.each(cases)('%s', (_name, src, message, line, col) => {
    try {
      parse(src, 'bad.ir');
      expect.unreachable('parse should have failed');
    } catch (e) {
      expect(e).toBeInstanceOf(CompileError);
      const ce = e as CompileError;
      expect(ce.code).toBe('E_IR_PARSE');
      expect(ce.message).toContain(message);
      expect(ce.loc).toEqual({ file: 'bad.ir', line, col });
    }
  });
});

describe('verifier names the node and what is wrong', () => {
  const bad = (body: string, args = '%x: f32[2,3]'): Graph => parse(`graph g(${args}) {\n${body}\n}`);
  it('rejects an unknown op with a suggestion', () => {
    const g = bad('  %0 = rellu %x : f32[2,3]\n  return %0');
    expect(() => verify(g, inferType)).toThrowError(/%0 = rellu %x: unknown op 'rellu'/);
    try {
      verify(g, inferType);
    } catch (e) {
      expect((e as CompileError).code).toBe('E_IR_UNKNOWN_OP');
      expect((e as CompileError).hint).toContain('relu');
    }
  });
  it('rejects a declared type that disagrees with the shape rule', () => {
    const g = bad('  %0 = relu %x : f32[3,2]\n  return %0');
    expect(() => verify(g, inferType)).toThrowError('%0 = relu %x: declared type f32[3,2] but relu gives f32[2,3]');
  });
  it('rejects a broadcast mismatch, naming both shapes', () => {
    const g = bad('  %0 = add %x, %y : f32[2,3]\n  return %0', '%x: f32[2,3], %y: f32[4]');
    expect(() => verify(g, inferType)).toThrowError(/%0 = add %x, %y: shapes \[2,3\] and \[4\] do not broadcast/);
  });
  it('rejects wrong arity and bad attributes', () => {
    expect(() => verify(bad('  %0 = relu %x, %x : f32[2,3]\n  return %0'), inferType)).toThrowError(/relu takes 1 operand\(s\), got 2/);
    expect(() => verify(bad('  %0 = reduce_sum %x {axes=[5], keepDims=false} : f32[2]\n  return %0'), inferType)).toThrowError(/axis 5 is out of range for rank 2/);
    expect(() => verify(bad('  %0 = reduce_sum %x {axes="0", keepDims=false} : f32[2]\n  return %0'), inferType)).toThrowError(/attribute 'axes' must be ints/);
    expect(() => verify(bad('  %0 = relu %x {alpha=1} : f32[2,3]\n  return %0'), inferType)).toThrowError(/relu has no attribute 'alpha'/);
  });
  it('rejects duplicate output names and empty returns at build time', () => {
    const b = newGraph('g');
    const x = b.input('x', { dtype: 'f32', shape: [1] });
    b.output('y', x);
    expect(() => b.output('y', x)).toThrowError(/output y is returned twice/);
  });
});
