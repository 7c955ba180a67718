/** @file fold-bn on tiny IR text: conv2d and dense patterns fold (with and without bias); the cases that must not fold stay. */
import { describe, expect, it } from 'vitest';
import { parse, print } from '../../src/ir/index.ts';
import { getOp } from '../../src/ops/registry.ts';
import { foldBn } from '../../src/passes/fold-bn.ts';
import { Stepper, type PassStats } from '../../src/passes/pass.ts';

/** Graphs that still hold a batch_norm verify only once the op is implemented. */
const hasBatchNorm = getOp('batch_norm').summary !== 'not implemented';

function run(input: string): { text: string; stats: PassStats } {
  const s = new Stepper({ verify: hasBatchNorm });
  const graph = s.run(foldBn, parse(input));
  return { text: print(graph), stats: s.records[0]!.stats };
}

function expectFolded(input: string, expected: string): PassStats {
  const { text, stats } = run(input);
  expect(text).toBe(print(parse(expected)));
  return stats;
}

const BN_ARGS = 'param %gamma: f32[3], param %beta: f32[3], state %mean: f32[3], state %var: f32[3]';
const CONV = '{dilations=[1,1], padding="same", strides=[1,1]}';

describe('fold-bn: folds', () => {
  it('conv2d + bias + inference BN → conv2d with scaled filter + folded shift', () => {
    const stats = expectFolded(
      `graph g(%x: f32[1,4,4,2], param %w: f32[3,3,2,3], param %b: f32[3], ${BN_ARGS}) {
        %0 = conv2d %x, %w ${CONV} : f32[1,4,4,3]      // m.ts:1:1
        %1 = add %0, %b : f32[1,4,4,3]
        %2 = batch_norm %1, %gamma, %beta, %mean, %var {epsilon=0.001, training=false} : f32[1,4,4,3]   // m.ts:2:1
        %3 = relu %2 : f32[1,4,4,3]
        return %3
      }`,
      `graph g(%x: f32[1,4,4,2], param %w: f32[3,3,2,3], param %b: f32[3], ${BN_ARGS}) {
        %0 = constant {dtype="f32", shape=[], value=0.001} : f32[]   // m.ts:2:1
        %1 = add %var, %0 : f32[3]                                   // m.ts:2:1
        %2 = rsqrt %1 : f32[3]                                       // m.ts:2:1
        %3 = mul %gamma, %2 : f32[3]                                 // m.ts:2:1
        %4 = mul %w, %3 : f32[3,3,2,3]                               // m.ts:1:1
        %5 = conv2d %x, %4 ${CONV} : f32[1,4,4,3]                    // m.ts:1:1
        %6 = sub %b, %mean : f32[3]                                  // m.ts:2:1
        %7 = mul %6, %3 : f32[3]                                     // m.ts:2:1
        %8 = add %7, %beta : f32[3]                                  // m.ts:2:1
        %9 = add %5, %8 : f32[1,4,4,3]                               // m.ts:2:1
        %10 = relu %9 : f32[1,4,4,3]
        return %10
      }`,
    );
    expect(stats).toMatchObject({ conv2d: 1, matmul: 0, notFolded: 0 });
  });

  it('a bias added on the left (b + conv) folds too', () => {
    const { text } = run(`graph g(%x: f32[1,4,4,2], param %w: f32[1,1,2,3], param %b: f32[3], ${BN_ARGS}) {
      %0 = conv2d %x, %w ${CONV} : f32[1,4,4,3]
      %1 = add %b, %0 : f32[1,4,4,3]
      %2 = batch_norm %1, %gamma, %beta, %mean, %var {epsilon=0.001, training=false} : f32[1,4,4,3]
      return %2
    }`);
    expect(text).not.toContain('batch_norm');
    expect(text).toContain('sub %b, %mean');
  });

  it('dense without bias: matmul(x, w·s) + (β − μ·s)', () => {
    const stats = expectFolded(
      `graph g(%x: f32[8,5], param %w: f32[5,3], ${BN_ARGS}) {
        %0 = matmul %x, %w {transposeA=false, transposeB=false} : f32[8,3]
        %1 = batch_norm %0, %gamma, %beta, %mean, %var {epsilon=0.01, training=false} : f32[8,3]
        return %1
      }`,
      `graph g(%x: f32[8,5], param %w: f32[5,3], ${BN_ARGS}) {
        %0 = constant {dtype="f32", shape=[], value=0.01} : f32[]
        %1 = add %var, %0 : f32[3]
        %2 = rsqrt %1 : f32[3]
        %3 = mul %gamma, %2 : f32[3]
        %4 = mul %w, %3 : f32[5,3]
        %5 = matmul %x, %4 {transposeA=false, transposeB=false} : f32[8,3]
        %6 = mul %mean, %3 : f32[3]
        %7 = sub %beta, %6 : f32[3]
        %8 = add %5, %7 : f32[8,3]
        return %8
      }`,
    );
    expect(stats).toMatchObject({ matmul: 1, conv2d: 0 });
  });

  it('dense with a transposed kernel [out, in] scales rows, not columns', () => {
    const { text } = run(`graph g(%x: f32[8,5], param %w: f32[3,5], ${BN_ARGS}) {
      %0 = matmul %x, %w {transposeB=true} : f32[8,3]
      %1 = batch_norm %0, %gamma, %beta, %mean, %var {epsilon=0.01, training=false} : f32[8,3]
      return %1
    }`);
    expect(text).toMatch(/%(\d+) = reshape %3 \{shape=\[3,1\]\} +: f32\[3,1\]\n +%\d+ = mul %w, %\1 /);
  });

  it('BN params computed from params and constants (scale=false: γ = 1) still fold', () => {
    const { text, stats } = run(`graph g(%x: f32[8,5], param %w: f32[5,3], param %beta: f32[3], state %mean: f32[3], state %var: f32[3]) {
      %one = constant {dtype="f32", shape=[3], value=1} : f32[3]
      %0 = matmul %x, %w : f32[8,3]
      %1 = batch_norm %0, %one, %beta, %mean, %var {epsilon=0.001, training=false} : f32[8,3]
      return %1
    }`);
    expect(stats.matmul).toBe(1);
    expect(text).not.toContain('batch_norm');
  });
});

describe('fold-bn: must not fire', () => {
  const cases: [string, string][] = [
    [
      'the conv result has a second user',
      `graph g(%x: f32[1,4,4,2], param %w: f32[3,3,2,3], ${BN_ARGS}) {
        %0 = conv2d %x, %w ${CONV} : f32[1,4,4,3]
        %1 = batch_norm %0, %gamma, %beta, %mean, %var {epsilon=0.001, training=false} : f32[1,4,4,3]
        return a=%1, raw=%0
      }`,
    ],
    [
      'the bias add has a second user',
      `graph g(%x: f32[1,4,4,2], param %w: f32[3,3,2,3], param %b: f32[3], ${BN_ARGS}) {
        %0 = conv2d %x, %w ${CONV} : f32[1,4,4,3]
        %1 = add %0, %b : f32[1,4,4,3]
        %2 = batch_norm %1, %gamma, %beta, %mean, %var {epsilon=0.001, training=false} : f32[1,4,4,3]
        %3 = add %1, %2 : f32[1,4,4,3]
        return %3
      }`,
    ],
    [
      'training-mode batch norm (statistics come from the batch)',
      `graph g(%x: f32[1,4,4,2], param %w: f32[3,3,2,3], ${BN_ARGS}) {
        %0 = conv2d %x, %w ${CONV} : f32[1,4,4,3]
        %1 = batch_norm %0, %gamma, %beta, %mean, %var {epsilon=0.001, training=true} : f32[1,4,4,3]
        return %1
      }`,
    ],
    [
      'the bias is not 1-D per channel',
      `graph g(%x: f32[1,4,4,2], param %w: f32[3,3,2,3], param %b: f32[4,1,3], ${BN_ARGS}) {
        %0 = conv2d %x, %w ${CONV} : f32[1,4,4,3]
        %1 = add %0, %b : f32[1,4,4,3]
        %2 = batch_norm %1, %gamma, %beta, %mean, %var {epsilon=0.001, training=false} : f32[1,4,4,3]
        return %2
      }`,
    ],
    [
      'the added operand broadcasts the conv result to a larger shape',
      `graph g(%x: f32[1,4,4,2], param %w: f32[3,3,2,3], %b: f32[2,4,4,3], ${BN_ARGS}) {
        %0 = conv2d %x, %w ${CONV} : f32[1,4,4,3]
        %1 = add %0, %b : f32[2,4,4,3]
        %2 = batch_norm %1, %gamma, %beta, %mean, %var {epsilon=0.001, training=false} : f32[2,4,4,3]
        return %2
      }`,
    ],
    [
      'the weights are an input (folding would add work to every call)',
      `graph g(%x: f32[8,5], %w: f32[5,3], ${BN_ARGS}) {
        %0 = matmul %x, %w : f32[8,3]
        %1 = batch_norm %0, %gamma, %beta, %mean, %var {epsilon=0.001, training=false} : f32[8,3]
        return %1
      }`,
    ],
    [
      'the bias is computed from an input',
      `graph g(%x: f32[8,5], %b: f32[3], param %w: f32[5,3], ${BN_ARGS}) {
        %0 = matmul %x, %w : f32[8,3]
        %1 = add %0, %b : f32[8,3]
        %2 = batch_norm %1, %gamma, %beta, %mean, %var {epsilon=0.001, training=false} : f32[8,3]
        return %2
      }`,
    ],
    [
      'BN after something other than conv2d or matmul',
      `graph g(%x: f32[8,3], ${BN_ARGS}) {
        %0 = relu %x : f32[8,3]
        %1 = batch_norm %0, %gamma, %beta, %mean, %var {epsilon=0.001, training=false} : f32[8,3]
        return %1
      }`,
    ],
  ];
  for (const [what, input] of cases) {
    it(what, () => {
      const { text, stats } = run(input);
      expect(text).toBe(print(parse(input)));
      // notFolded counts inference BNs left in place; a training BN is not a candidate at all.
      expect(stats).toMatchObject({ conv2d: 0, matmul: 0, notFolded: what.startsWith('training') ? 0 : 1 });
    });
  }
});

describe('fold-bn: depthwise_conv2d', () => {
  it('folds into the depthwise filter (output channel c·M + j scales w[…, c, j]) with the same values', async () => {
    const { interpret } = await import('../../src/reference/interpret.ts');
    const src = `graph g(%x: f32[2,5,5,2], param %w: f32[3,3,2,2], param %b: f32[4], param %gamma: f32[4], param %beta: f32[4], state %mean: f32[4], state %var: f32[4]) {
      %0 = depthwise_conv2d %x, %w {dilations=[1,1], padding="same", strides=[2,2]} : f32[2,3,3,4]
      %1 = add %0, %b : f32[2,3,3,4]
      %2 = batch_norm %1, %gamma, %beta, %mean, %var {epsilon=0.001, training=false} : f32[2,3,3,4]
      return %2
    }`;
    const { text, stats } = run(src);
    expect(text).not.toContain('batch_norm');
    expect(text).toContain('reshape');
    expect(stats).toMatchObject({ depthwise_conv2d: 1, notFolded: 0 });
    const feed = (n: number, k: number, lo = -1): Float64Array => Float64Array.from({ length: n }, (_, i) => lo + ((Math.sin(i * 12.9898 + k) * 43758.5453) % 1 + 1) % 1 * 2);
    const feeds = { x: feed(100, 1), w: feed(36, 2), b: feed(4, 3), gamma: feed(4, 4), beta: feed(4, 5), mean: feed(4, 6), var: Float64Array.from([0.5, 1, 2, 3]) };
    const want = interpret(parse(src), feeds, { precision: 'f64' });
    const got = interpret(parse(text), feeds, { precision: 'f64' });
    const [a, b] = [Object.values(want)[0]!.data, Object.values(got)[0]!.data];
    expect(a.length).toBe(72);
    for (let i = 0; i < a.length; i++) expect(b[i]!).toBeCloseTo(a[i]!, 9);
    // Channel 1 is input channel 0 through filter 1: a wrong [C, M] layout of the scale would mix channels.
    expect(new Set(Array.from(feeds.gamma)).size).toBe(4);
  });
});
