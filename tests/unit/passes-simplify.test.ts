/** @file simplify on tiny IR text: each rewrite fires where it should, and leaves alone what it must not touch. */
import { describe, expect, it } from 'vitest';
import { parse, print, type Graph } from '../../src/ir/index.ts';
import { Stepper, type PassStats } from '../../src/passes/pass.ts';
import { simplify } from '../../src/passes/simplify.ts';

/** Parses `input`, runs simplify through a verifying stepper, and returns the printed result and stats. */
function run(input: string): { text: string; stats: PassStats; graph: Graph } {
  const s = new Stepper({ verify: true });
  const graph = s.run(simplify, parse(input));
  return { text: print(graph), stats: s.records[0]!.stats, graph };
}

/** Expected text is normalised by one parse/print, so tests need not reproduce column alignment. */
function expectSimplified(input: string, expected: string): PassStats {
  const { text, stats } = run(input);
  expect(text).toBe(print(parse(expected)));
  return stats;
}

describe('simplify: dead-code elimination', () => {
  it('drops nodes no output reaches but keeps every argument', () => {
    const stats = expectSimplified(
      `graph g(%x: f32[4], param %unused: f32[2]) {
        %0 = exp %x : f32[4]
        %1 = relu %x : f32[4]
        %2 = tanh %1 : f32[4]
        return %0
      }`,
      `graph g(%x: f32[4], param %unused: f32[2]) {
        %0 = exp %x : f32[4]
        return %0
      }`,
    );
    expect(stats).toMatchObject({ nodesBefore: 3, nodesAfter: 1, dce: 2 });
  });
});

describe('simplify: common-subexpression elimination', () => {
  it('merges equal nodes, also when a commutative op has its operands swapped', () => {
    const stats = expectSimplified(
      `graph g(%x: f32[4], %y: f32[4]) {
        %0 = exp %x : f32[4]
        %1 = exp %x : f32[4]
        %2 = add %0, %y : f32[4]
        %3 = add %y, %1 : f32[4]
        %4 = mul %2, %3 : f32[4]
        return %4
      }`,
      `graph g(%x: f32[4], %y: f32[4]) {
        %0 = exp %x : f32[4]
        %1 = add %0, %y : f32[4]
        %2 = mul %1, %1 : f32[4]
        return %2
      }`,
    );
    expect(stats).toMatchObject({ cse: 2, nodesBefore: 5, nodesAfter: 3 });
  });

  it('keeps nodes apart that differ in attributes or in operand order of a non-commutative op', () => {
    const input = `graph g(%x: f32[2,3], %y: f32[2,3]) {
      %0 = reduce_sum %x {axes=[0], keepDims=false} : f32[3]
      %1 = reduce_sum %x {axes=[1], keepDims=false} : f32[2]
      %2 = sub %x, %y : f32[2,3]
      %3 = sub %y, %x : f32[2,3]
      return a=%0, b=%1, c=%2, d=%3
    }`;
    const stats = expectSimplified(input, input);
    expect(stats.cse).toBe(0);
  });

  it('merges duplicated outputs onto one node, keeping both output names', () => {
    expectSimplified(
      `graph g(%x: f32[4]) {
        %0 = relu %x : f32[4]
        %1 = relu %x : f32[4]
        return a=%0, b=%1
      }`,
      `graph g(%x: f32[4]) {
        %0 = relu %x : f32[4]
        return a=%0, b=%0
      }`,
    );
  });
});

describe('simplify: constant folding', () => {
  it('evaluates small all-constant subgraphs into one listed constant', () => {
    const stats = expectSimplified(
      `graph g(%x: f32[3]) {
        %0 = constant {dtype="f32", shape=[3], value=[1,2,3]} : f32[3]
        %1 = constant {dtype="f32", shape=[], value=2} : f32[]
        %2 = mul %0, %1 : f32[3]
        %3 = add %x, %2 : f32[3]
        return %3
      }`,
      `graph g(%x: f32[3]) {
        %0 = constant {dtype="f32", shape=[3], value=[2,4,6]} : f32[3]
        %1 = add %x, %0 : f32[3]
        return %1
      }`,
    );
    expect(stats.fold).toBe(1);
  });

  it('folds a uniform result of any size into a splat constant', () => {
    expectSimplified(
      `graph g(%x: f32[100,100]) {
        %0 = constant {dtype="f32", shape=[100,100], value=4} : f32[100,100]
        %1 = sqrt %0 : f32[100,100]
        %2 = reduce_sum %1 {axes=[0], keepDims=false} : f32[100]
        %3 = add %x, %2 : f32[100,100]
        return %3
      }`,
      `graph g(%x: f32[100,100]) {
        %0 = constant {dtype="f32", shape=[100], value=200} : f32[100]
        %1 = add %x, %0 : f32[100,100]
        return %1
      }`,
    );
  });

  it('leaves a large non-uniform result unfolded', () => {
    const input = `graph g(%x: f32[8,16]) {
      %0 = constant {dtype="f32", shape=[8], value=[0,1,2,3,4,5,6,7]} : f32[8]
      %1 = constant {dtype="f32", shape=[16], value=[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]} : f32[16]
      %2 = reshape %0 {shape=[8,1]} : f32[8,1]
      %3 = add %2, %1 : f32[8,16]
      %4 = mul %x, %3 : f32[8,16]
      return %4
    }`;
    const { text, stats } = run(input);
    expect(text).toMatch(/= add %\d+, %\d+ +: f32\[8,16\]/);
    expect(stats.fold).toBe(1); // only the 8-element reshape
  });

  it('takes its size limit from the pass context', () => {
    const g = parse(`graph g(%x: f32[3]) {
      %0 = constant {dtype="f32", shape=[3], value=[1,2,3]} : f32[3]
      %1 = exp %0 : f32[3]
      %2 = add %x, %1 : f32[3]
      return %2
    }`);
    expect(simplify.run(g, { maxFoldElements: 2 }).stats.fold).toBe(0);
    expect(simplify.run(g, { maxFoldElements: 3 }).stats.fold).toBe(1);
  });

  it('merges two dropouts with the same seed and step (the mask is a function of both), not different seeds', () => {
    const stats = run(`graph g(%x: f32[8], %step: u32[]) {
      %0 = dropout %x, %step {rate=0.5, seed=1} : f32[8]
      %1 = dropout %x, %step {rate=0.5, seed=1} : f32[8]
      %2 = dropout %x, %step {rate=0.5, seed=2} : f32[8]
      %3 = add %0, %1 : f32[8]
      %4 = add %3, %2 : f32[8]
      return %4
    }`).stats;
    expect(stats.cse).toBe(1);
  });

  it('folds with f32 rounding, as the interpreter computes', () => {
    const { text } = run(`graph g() {
      %0 = constant {dtype="f32", shape=[], value=0.1} : f32[]
      %1 = constant {dtype="f32", shape=[], value=0.2} : f32[]
      %2 = add %0, %1 : f32[]
      return %2
    }`);
    expect(text).toContain(`value=${Math.fround(Math.fround(0.1) + Math.fround(0.2))}`);
  });

  it('turns a listed constant whose values are all equal into a splat', () => {
    const stats = expectSimplified(
      `graph g() {
        %0 = constant {dtype="f32", shape=[2,2], value=[5,5,5,5]} : f32[2,2]
        return %0
      }`,
      `graph g() {
        %0 = constant {dtype="f32", shape=[2,2], value=5} : f32[2,2]
        return %0
      }`,
    );
    expect(stats['constant-splat']).toBe(1);
  });
});

describe('simplify: algebraic identities', () => {
  const cases: [string, string, string][] = [
    ['x·1', 'mul %x, %one', 'mul-one'],
    ['1·x', 'mul %one, %x', 'mul-one'],
    ['x+0', 'add %x, %zero', 'add-zero'],
    ['0+x', 'add %zero, %x', 'add-zero'],
    ['x−0', 'sub %x, %zero', 'sub-zero'],
    ['x/1', 'div %x, %one', 'div-one'],
  ];
  for (const [what, expr, rule] of cases) {
    it(`${what} → x`, () => {
      const stats = expectSimplified(
        `graph g(%x: f32[2,3]) {
          %one = constant {dtype="f32", shape=[], value=1} : f32[]
          %zero = constant {dtype="f32", shape=[3], value=0} : f32[3]
          %0 = ${expr} : f32[2,3]
          %1 = exp %0 : f32[2,3]
          return %1
        }`,
        `graph g(%x: f32[2,3]) {
          %0 = exp %x : f32[2,3]
          return %0
        }`,
      );
      expect(stats[rule]).toBe(1);
    });
  }

  it('x+0 with a larger 0 becomes a broadcast of x, not x', () => {
    expectSimplified(
      `graph g(%x: f32[3]) {
        %0 = constant {dtype="f32", shape=[2,3], value=0} : f32[2,3]
        %1 = add %x, %0 : f32[2,3]
        return %1
      }`,
      `graph g(%x: f32[3]) {
        %0 = broadcast_to %x {shape=[2,3]} : f32[2,3]
        return %0
      }`,
    );
  });

  it('does not fold 0−x, 1/x, x·0, x·(−1) or x−(−0)', () => {
    const input = `graph g(%x: f32[3]) {
      %0 = constant {dtype="f32", shape=[], value=0} : f32[]
      %1 = constant {dtype="f32", shape=[], value=1} : f32[]
      %2 = constant {dtype="f32", shape=[], value=-1} : f32[]
      %3 = constant {dtype="f32", shape=[], value=-0} : f32[]
      %4 = sub %0, %x : f32[3]
      %5 = div %1, %x : f32[3]
      %6 = mul %x, %0 : f32[3]
      %7 = mul %x, %2 : f32[3]
      %8 = sub %x, %3 : f32[3]
      return a=%4, b=%5, c=%6, d=%7, e=%8
    }`;
    expectSimplified(input, input);
  });

  it('reshape∘reshape → one reshape, and a reshape to the same shape → x', () => {
    const stats = expectSimplified(
      `graph g(%x: f32[2,6]) {
        %0 = reshape %x {shape=[12]} : f32[12]
        %1 = reshape %0 {shape=[3,4]} : f32[3,4]
        %2 = reshape %1 {shape=[2,6]} : f32[2,6]
        %3 = exp %2 : f32[2,6]
        %4 = reshape %x {shape=[4,3]} : f32[4,3]
        %5 = reshape %4 {shape=[12]} : f32[12]
        return a=%3, b=%5
      }`,
      `graph g(%x: f32[2,6]) {
        %0 = reshape %x {shape=[12]} : f32[12]
        %1 = exp %x : f32[2,6]
        return a=%1, b=%0
      }`,
    );
    expect(stats['reshape-same']).toBe(1);
    // %2 collapses twice before it vanishes; %5 once, and then CSE finds it equal to %0.
    expect(stats['reshape-reshape']).toBe(3);
    expect(stats.cse).toBe(1);
  });

  it('keeps the inner reshape when it has another user', () => {
    expectSimplified(
      `graph g(%x: f32[2,6]) {
        %0 = reshape %x {shape=[12]} : f32[12]
        %1 = reshape %0 {shape=[3,4]} : f32[3,4]
        return a=%0, b=%1
      }`,
      `graph g(%x: f32[2,6]) {
        %0 = reshape %x {shape=[12]} : f32[12]
        %1 = reshape %x {shape=[3,4]} : f32[3,4]
        return a=%0, b=%1
      }`,
    );
  });

  it('transpose∘transpose composes the permutations; the identity permutation vanishes', () => {
    const stats = expectSimplified(
      `graph g(%x: f32[2,3,4]) {
        %0 = transpose %x {perm=[1,2,0]} : f32[3,4,2]
        %1 = transpose %0 {perm=[0,2,1]} : f32[3,2,4]
        %2 = transpose %x {perm=[1,0,2]} : f32[3,2,4]
        %3 = transpose %2 {perm=[1,0,2]} : f32[2,3,4]
        %4 = transpose %x {perm=[0,1,2]} : f32[2,3,4]
        %5 = add %3, %4 : f32[2,3,4]
        return a=%1, b=%5
      }`,
      `graph g(%x: f32[2,3,4]) {
        %0 = transpose %x {perm=[1,0,2]} : f32[3,2,4]
        %1 = add %x, %x : f32[2,3,4]
        return a=%0, b=%1
      }`,
    );
    expect(stats['transpose-transpose']).toBe(2);
    expect(stats['transpose-identity']).toBe(2);
  });

  it('broadcast_to of the same shape → x, and of a broadcast → one broadcast', () => {
    expectSimplified(
      `graph g(%x: f32[3]) {
        %0 = broadcast_to %x {shape=[3]} : f32[3]
        %1 = broadcast_to %0 {shape=[2,3]} : f32[2,3]
        %2 = broadcast_to %1 {shape=[4,2,3]} : f32[4,2,3]
        return %2
      }`,
      `graph g(%x: f32[3]) {
        %0 = broadcast_to %x {shape=[4,2,3]} : f32[4,2,3]
        return %0
      }`,
    );
  });

  it('cast to the same dtype → x, but a real cast stays', () => {
    expectSimplified(
      `graph g(%x: f32[3]) {
        %0 = cast %x {to="f32"} : f32[3]
        %1 = cast %0 {to="i32"} : i32[3]
        return %1
      }`,
      `graph g(%x: f32[3]) {
        %0 = cast %x {to="i32"} : i32[3]
        return %0
      }`,
    );
  });

  it('neg∘neg → x, and a single neg stays', () => {
    const stats = expectSimplified(
      `graph g(%x: f32[3]) {
        %0 = neg %x : f32[3]
        %1 = neg %0 : f32[3]
        %2 = neg %1 : f32[3]
        return %2
      }`,
      `graph g(%x: f32[3]) {
        %0 = neg %x : f32[3]
        return %0
      }`,
    );
    expect(stats['neg-neg']).toBe(1);
    expect(stats.cse).toBe(1);
  });

  it('keeps source locations on the nodes it keeps or rewrites', () => {
    const { text } = run(`graph g(%x: f32[2,6]) {
      %0 = reshape %x {shape=[12]} : f32[12]     // m.ts:1:1
      %1 = reshape %0 {shape=[3,4]} : f32[3,4]   // m.ts:2:1
      return %1
    }`);
    expect(text).toContain('%0 = reshape %x {shape=[3,4]} : f32[3,4]   // m.ts:2:1');
  });

  it('is idempotent: a second run changes nothing', () => {
    const { graph } = run(`graph g(%x: f32[2,3]) {
      %0 = constant {dtype="f32", shape=[], value=1} : f32[]
      %1 = mul %x, %0 : f32[2,3]
      %2 = transpose %1 {perm=[1,0]} : f32[3,2]
      %3 = transpose %2 {perm=[1,0]} : f32[2,3]
      %4 = add %3, %1 : f32[2,3]
      return %4
    }`);
    const again = simplify.run(graph);
    expect(print(again.graph)).toBe(print(graph));
    expect(again.stats.nodesAfter).toBe(again.stats.nodesBefore);
  });
});
