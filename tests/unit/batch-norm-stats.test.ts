/**
 * @file The training-mode batch norm backward reuses the batch statistics the forward already computed
 * (provenBatchStats): only when the graph shows they are x's own mean and biased variance, and then
 * with the same gradients (float64 interpreter) as the rule that recomputes them.
 */
import { describe, expect, it } from 'vitest';
import type { Graph, Value } from '../../src/ir/index.ts';
import { hostTensor } from '../../src/ops/host.ts';
import type { HostTensor } from '../../src/ops/op-def.ts';
import { provenBatchStats } from '../../src/ops/batch-norm.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { autodiff, gradName } from '../../src/passes/autodiff.ts';
import { interpret } from '../../src/reference/interpret.ts';

const X = [2, 3, 4] as const;
const C = [4];
const AXES = [0, 1];

type Stats = 'own' | 'args' | 'other-axes' | 'other-mean';

/** loss = Σ batch_norm(x)·cot, its mean/variance operands made as `stats` says. */
function lossGraph(stats: Stats): { g: Graph; proven: boolean } {
  const b = newGraph(`bn_${stats}`);
  const x = b.param('x', { dtype: 'f32', shape: [...X] });
  const gamma = b.param('gamma', { dtype: 'f32', shape: C });
  const beta = b.param('beta', { dtype: 'f32', shape: C });
  const f = { dtype: 'f32' as const, shape: C };
  let mean: Value;
  let variance: Value;
  if (stats === 'args') {
    mean = b.input('m', f);
    variance = b.input('v', f);
  } else {
    mean = b.op('reduce_mean', [x], { axes: AXES, keepDims: false });
    const centredBy = stats === 'other-mean' ? b.op('reduce_max', [x], { axes: AXES, keepDims: false }) : mean;
    const sq = b.op('square', [b.op('sub', [x, centredBy])]);
    variance = stats === 'other-axes' ? b.op('reduce_mean', [b.op('reduce_mean', [sq], { axes: [1], keepDims: false })], { axes: [0], keepDims: false }) : b.op('reduce_mean', [sq], { axes: AXES, keepDims: false });
  }
  const proven = provenBatchStats(b, x, mean, variance, AXES) !== undefined;
  const y = b.op('batch_norm', [x, gamma, beta, mean, variance], { epsilon: 1e-3, training: true });
  const cot = b.input('cot', y.type);
  b.output('loss', b.op('reduce_sum', [b.op('mul', [y, cot])], { axes: [0, 1, 2], keepDims: false }));
  return { g: autodiff(b.build(), { loss: 'loss', wrt: ['x', 'gamma', 'beta'] }), proven };
}

function feeds(): Record<string, HostTensor> {
  let s = 7;
  const r = (): number => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
  const t = (shape: readonly number[]): HostTensor => hostTensor({ dtype: 'f32', shape: [...shape] }, Array.from({ length: shape.reduce((a, c) => a * c, 1) }, r), 'f64');
  // The unrelated operands of the 'args' graph: training mode ignores them.
  return { x: t(X), gamma: t(C), beta: t(C), cot: t(X), m: t(C), v: hostTensor({ dtype: 'f32', shape: C }, [0.5, 1, 2, 3], 'f64') };
}

const reductions = (g: Graph): number => g.nodes.filter((n) => n.op === 'reduce_mean').length;

describe('batch norm backward: the forward\'s batch statistics', () => {
  it('are proven only when they are x\'s own mean and variance over the normalised axes', () => {
    expect(lossGraph('own').proven).toBe(true);
    expect(lossGraph('args').proven).toBe(false);
    expect(lossGraph('other-axes').proven).toBe(false);
    expect(lossGraph('other-mean').proven).toBe(false);
  });

  it('are reused, two reductions fewer, with the gradients of the rule that recomputes them', () => {
    const own = lossGraph('own').g;
    const recomputed = lossGraph('args').g;
    // Backward reductions: 'own' has the forward's 2 statistics and 2 more (means of ĝ and ĝ·x̂);
    // 'args' has no forward ones and recomputes μ and σ² beside those 2.
    expect(reductions(own) - 2).toBe(2);
    expect(reductions(recomputed)).toBe(4);
    const a = interpret(own, feeds(), { precision: 'f64' });
    const b = interpret(recomputed, feeds(), { precision: 'f64' });
    expect(a.loss!.data[0]).toBeCloseTo(b.loss!.data[0]!, 12);
    for (const name of ['x', 'gamma', 'beta']) {
      const [ga, gb] = [a[gradName(name)]!.data, b[gradName(name)]!.data];
      expect(ga.length).toBe(gb.length);
      for (let i = 0; i < ga.length; i++) expect(ga[i]!).toBeCloseTo(gb[i]!, 10);
    }
  });
});
