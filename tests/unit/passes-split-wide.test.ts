/** @file split-wide: wide concats become trees within the binding limit, outputs unchanged. */
import { describe, expect, it } from 'vitest';
import { compileInference } from '../../src/compile.ts';
import { compileModelFile } from '../../src/frontend/index.ts';
import { numel } from '../../src/ir/index.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { splitWideOps } from '../../src/passes/split-wide.ts';
import { interpret } from '../../src/reference/interpret.ts';

function wideConcat(n: number) {
  const b = newGraph('wide');
  const xs = Array.from({ length: n }, (_, i) => b.input(`x${i}`, { dtype: 'f32', shape: [2, 1, 3] }));
  b.output('y', b.op('concat', xs, { axis: 1 }));
  return b.build();
}

describe('split-wide', () => {
  it.each([3, 7, 8, 20, 101])('a concat of %i operands keeps its value and binds at most 8 buffers per kernel', (n) => {
    const g = wideConcat(n);
    const { graph, stats } = splitWideOps(g, 8);
    expect(stats.split).toBe(n > 7 ? 1 : 0);
    for (const node of graph.nodes) expect(node.inputs.length).toBeLessThanOrEqual(7);
    const feeds = Object.fromEntries(g.args.map((a, i) => [a.name, Array.from({ length: numel(a.type.shape) }, (_, k) => i * 10 + k)]));
    expect([...interpret(graph, feeds).y!.data]).toEqual([...interpret(g, feeds).y!.data]);
  });

  it('lets the two-layer LSTM (returnSequences over 100 steps) compile within the default limit', () => {
    const { plan } = compileInference(compileModelFile('models/lstm.ts').main, { batch: 1 });
    for (const k of plan!.kernels) expect(k.bindings.length).toBeLessThanOrEqual(8);
  });
});
