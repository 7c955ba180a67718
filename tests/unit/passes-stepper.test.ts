/** @file The pass stepper: order, stop-after, unknown names, timing, stats, and the verify-mode checks that catch a broken pass. */
import { describe, expect, it } from 'vitest';
import { CompileError, parse, type Graph, type Node } from '../../src/ir/index.ts';
import { getPass, PASS_NAMES } from '../../src/passes/index.ts';
import { formatStep, runPipeline, Stepper, type Pass } from '../../src/passes/pass.ts';
import { simplify } from '../../src/passes/simplify.ts';

const G = `graph g(%x: f32[3]) {
  %0 = exp %x : f32[3]
  %1 = exp %x : f32[3]
  %2 = add %0, %1 : f32[3]
  %3 = neg %2 : f32[3]
  return %2
}`;

/** A pass that counts its runs and changes nothing. */
function probe(name: string, calls: string[]): Pass {
  return { name, summary: 'test probe', run: (graph) => (calls.push(name), { graph, stats: { seen: graph.nodes.length } }) };
}

describe('stepper', () => {
  it('runs passes in order and records node counts and stats per step', () => {
    const calls: string[] = [];
    const r = runPipeline(parse(G), [probe('a', calls), simplify, probe('b', calls)], { verify: true });
    expect(calls).toEqual(['a', 'b']);
    expect(r.steps.map((s) => [s.name, s.nodesBefore, s.nodesAfter])).toEqual([
      ['a', 4, 4],
      ['simplify', 4, 2],
      ['b', 2, 2],
    ]);
    expect(r.steps[1]!.stats).toMatchObject({ cse: 1, dce: 1 });
    expect(r.steps[2]!.stats.seen).toBe(2);
  });

  it('stops after the named pass: later passes do not run and the graph is the one after it', () => {
    const calls: string[] = [];
    const r = runPipeline(parse(G), [probe('a', calls), simplify, probe('b', calls)], { after: 'simplify' });
    expect(calls).toEqual(['a']);
    expect(r.steps.map((s) => s.name)).toEqual(['a', 'simplify']);
    expect(r.graph.nodes).toHaveLength(2);
  });

  it('refuses an unknown pass name up front, listing the names there are', () => {
    const err = (() => {
      try {
        runPipeline(parse(G), [simplify], { after: 'simplfy' });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(CompileError);
    expect((err as CompileError).code).toBe('E_PASS_UNKNOWN');
    expect((err as CompileError).hint).toContain('simplify');
    expect(() => getPass('fold_bn')).toThrow(/no pass named 'fold_bn'/);
    expect(PASS_NAMES).toEqual(['simplify', 'fold-bn', 'hoist-params']);
  });

  it('times each step with the given clock and serves steps that are not Pass objects', () => {
    let t = 0;
    const s = new Stepper({ now: () => (t += 5), after: 'custom', known: ['custom', 'simplify'] });
    const g = s.step('custom', parse(G), (x) => ({ ...x, name: 'renamed' }));
    expect(g.name).toBe('renamed');
    expect(s.isDone).toBe(true);
    expect(s.run(simplify, g)).toBe(g);
    expect(s.records).toEqual([{ name: 'custom', ms: 5, nodesBefore: 4, nodesAfter: 4, stats: {} }]);
  });

  it('in verify mode, catches a pass that mutates its input', () => {
    const mutating: Pass = {
      name: 'bad',
      summary: 'mutates',
      run(graph) {
        (graph.nodes as Node[]).pop();
        return { graph: { ...graph }, stats: {} };
      },
    };
    expect(() => runPipeline(parse(G), [mutating], { verify: true })).toThrow(/bad mutated its input/);
  });

  it('in verify mode, catches a pass whose result does not verify', () => {
    const retype: Pass = {
      name: 'retype',
      summary: 'breaks types',
      run: (graph: Graph) => ({ graph: { ...graph, nodes: graph.nodes.map((n) => ({ ...n, type: { dtype: 'f32', shape: [7] } })) }, stats: {} }),
    };
    expect(() => runPipeline(parse(G), [retype], { verify: true })).toThrow(/after retype does not verify/);
    expect(() => runPipeline(parse(G), [retype])).not.toThrow();
  });

  it('formats one line per step for `dlc ir --stats`', () => {
    const line = formatStep({ name: 'simplify', ms: 0.25, nodesBefore: 4, nodesAfter: 2, stats: { nodesBefore: 4, nodesAfter: 2, cse: 1, fold: 0, dce: 1 } });
    expect(line).toBe('simplify: 4 → 2 nodes, cse 1, dce 1 (0.3 ms)');
  });
});
