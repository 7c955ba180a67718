/** @file Passes preserve meaning: on random graphs the interpreter gives the same outputs before and after each pass, and the result verifies. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { print, type Graph } from '../../src/ir/index.ts';
import type { HostTensor } from '../../src/ops/op-def.ts';
import { foldBn } from '../../src/passes/fold-bn.ts';
import { hoistParams, splitPrepare } from '../../src/passes/hoist-params.ts';
import { runPipeline, Stepper, type PassStats } from '../../src/passes/pass.ts';
import { RULES } from '../../src/passes/simplify-rules.ts';
import { simplify } from '../../src/passes/simplify.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { bnDomain, bnRecipeArb, buildBnGraph, mismatch, randomFeeds, randomGraphArb } from './random-graph.ts';

type Outputs = Record<string, HostTensor>;

/** Every output of `b` matches `a` (same names, types, and values within `tol`). */
function expectSameOutputs(got: Outputs, want: Outputs, tol: number, g: Graph): void {
  expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
  for (const [name, w] of Object.entries(want)) {
    const x = got[name]!;
    expect(x.type).toEqual(w.type);
    const err = mismatch(x.data, w.data);
    if (!(err <= tol)) throw new Error(`output ${name} differs by ${err} after the pass:\n${print(g)}`);
  }
}

/** Runs `prepare` (when there is one) and feeds its outputs to `main`, as the bundle builder will. */
function runSplit(main: Graph, prepare: Graph | undefined | null, feeds: Outputs): Outputs {
  const prepared = prepare ? interpret(prepare, feeds) : {};
  return interpret(main, { ...feeds, ...prepared });
}

describe('simplify on random graphs', () => {
  it('preserves every output exactly (f32), verifies, and never grows the graph', () => {
    fc.assert(
      fc.property(randomGraphArb(fc), ({ graph, seed }) => {
        const feeds = randomFeeds(graph, seed);
        const r = runPipeline(graph, [simplify], { verify: true });
        expectSameOutputs(interpret(r.graph, feeds), interpret(graph, feeds), 1e-6, r.graph);
        expect(r.graph.args).toBe(graph.args);
        expect(r.graph.nodes.length).toBeLessThanOrEqual(graph.nodes.length);
      }),
      { numRuns: 200 },
    );
  });

  it('is idempotent: a second run finds nothing to do', () => {
    fc.assert(
      fc.property(randomGraphArb(fc), ({ graph }) => {
        const once = simplify.run(graph).graph;
        const twice = simplify.run(once);
        expect(print(twice.graph)).toBe(print(once));
      }),
      { numRuns: 200 },
    );
  });

  it('the random graphs exercise every rewrite, CSE, folding and DCE', () => {
    const total: PassStats = {};
    for (const { graph } of fc.sample(randomGraphArb(fc), { numRuns: 300, seed: 7 })) {
      for (const [k, v] of Object.entries(simplify.run(graph).stats)) total[k] = (total[k] ?? 0) + v;
    }
    for (const key of ['cse', 'fold', 'dce', ...RULES.map((r) => r.name)]) expect(total[key] ?? 0, key).toBeGreaterThan(0);
  });
});

describe('hoist-params on random graphs', () => {
  it('prepare then main reproduces the outputs; main keeps the inputs and has nothing left to hoist', () => {
    fc.assert(
      fc.property(randomGraphArb(fc), fc.boolean(), ({ graph, seed }, simplifyFirst) => {
        const g = simplifyFirst ? simplify.run(graph).graph : graph;
        const feeds = randomFeeds(g, seed);
        const r = runPipeline(g, [hoistParams], { verify: true });
        expectSameOutputs(runSplit(r.graph, r.side.prepare, feeds), interpret(g, feeds), 0, r.graph);
        expect(r.graph.args.filter((a) => a.kind === 'input')).toEqual(g.args.filter((a) => a.kind === 'input'));
        expect(splitPrepare(r.graph).stats.hoisted).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('hoists something in a good share of random graphs (the property above is not vacuous)', () => {
    const samples = fc.sample(randomGraphArb(fc), { numRuns: 200, seed: 11 });
    const hoisting = samples.filter(({ graph }) => splitPrepare(graph).stats.hoisted! > 0).length;
    expect(hoisting).toBeGreaterThan(20);
  });
});

describe('fold-bn + hoist-params on random conv/dense + BN graphs', () => {
  it('preserves the outputs (up to f32 rounding) and folds every BN whose conv/matmul has no other user', () => {
    fc.assert(
      fc.property(bnRecipeArb(fc), fc.integer(), (recipe, seed) => {
        const { graph, foldable } = buildBnGraph(recipe);
        const feeds = randomFeeds(graph, seed, bnDomain);
        const s = new Stepper({ verify: true });
        const main = s.run(hoistParams, s.run(simplify, s.run(foldBn, s.run(simplify, graph))));
        expectSameOutputs(runSplit(main, s.side.prepare, feeds), interpret(graph, feeds), 1e-4, main);
        const folded = s.records[1]!.stats;
        expect(folded.conv2d! + folded.matmul!).toBe(foldable);
        expect(main.nodes.filter((n) => n.op === 'batch_norm')).toHaveLength(recipe.blocks.length - foldable);
        // Folded weights are computed once in prepare: main keeps no param-only arithmetic.
        expect(splitPrepare(main).stats.hoisted).toBe(0);
      }),
      { numRuns: 150 },
    );
  });
});
