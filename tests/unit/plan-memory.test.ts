/** @file plan-memory: temporaries share buffers only when their lifetimes do not overlap, persistent buffers never do, and the residual net's peak is far below one buffer per value. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProgramPlan } from '../../src/codegen/plan.ts';
import { planMemory, type DispatchUse, type LogicalBuffer } from '../../src/codegen/plan-memory.ts';
import { compileInference } from '../../src/compile.ts';
import { compileModelFile } from '../../src/frontend/index.ts';
import type { Plan } from '../../src/runtime/plan-types.ts';
import { fuseGraph } from '../../src/passes/fuse.ts';
import { randomGraphArb } from '../property/random-graph.ts';

/** [first, last] dispatch index touching each physical buffer, per value it holds, from the plan alone. */
function expectNoOverlap(plan: Plan): void {
  const live = new Map<number, [number, number]>();
  plan.dispatches.forEach((d, i) => {
    const k = plan.kernels[d.kernel]!;
    const written = new Set(d.bindings.filter((_, j) => k.bindings[j] === 'read_write'));
    // A dispatch never reads a buffer it writes (WebGPU forbids the aliasing, and it would race).
    d.bindings.forEach((b, j) => k.bindings[j] === 'read' && expect(written.has(b)).toBe(false));
    for (const b of d.bindings) live.set(b, [live.get(b)?.[0] ?? i, i]);
  });
  const persistent = new Set([...Object.values(plan.inputs), ...Object.values(plan.params), ...Object.values(plan.states), ...Object.values(plan.outputs)]);
  for (const b of persistent) expect(['input', 'param', 'state', 'output']).toContain(plan.buffers[b]!.role);
}

describe('plan-memory', () => {
  it('two temporaries with overlapping lifetimes never share; disjoint ones do; persistent buffers are never shared', () => {
    const buf = (size: number, role: LogicalBuffer['role'] = 'temp'): LogicalBuffer => ({ size, dtype: 'f32', shape: [size / 4], role, label: `b${size}` });
    const logical = [buf(16, 'input'), buf(64), buf(32), buf(64), buf(16, 'output')];
    // d0: in → t1; d1: t1 → t2; d2: t2 → t3; d3: t3 → out
    const uses: DispatchUse[] = [
      { reads: [0], writes: [1] },
      { reads: [1], writes: [2] },
      { reads: [2], writes: [3] },
      { reads: [3], writes: [4] },
    ];
    const m = planMemory(logical, uses, 1000);
    expect(m.physical[1]).not.toBe(m.physical[2]);
    expect(m.physical[2]).not.toBe(m.physical[3]);
    expect(m.physical[1]).toBe(m.physical[3]);
    expect(new Set([m.physical[0], m.physical[4], m.physical[1], m.physical[2]]).size).toBe(4);
    expect(m.report.peakBytes).toBe(16 + 16 + 64 + 32);
  });

  it('holds on random fused graphs: no temporary is live in two values at once, and no dispatch reads what it writes', () => {
    fc.assert(
      fc.property(randomGraphArb(fc), ({ graph }) => {
        const c = compileProgramPlan(graph, { fusion: fuseGraph(graph) });
        expectNoOverlap(c.plan);
        for (const s of c.memory.slots) {
          const spans = s.holds.map((h) => /\[(-?\d+)\.\.(-?\d+)\]$/.exec(h)).filter((x) => x !== null).map((x) => [Number(x[1]), Number(x[2])] as const);
          const sorted = [...spans].sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < sorted.length; i++) expect(sorted[i]![0]).toBeGreaterThan(sorted[i - 1]![1]);
        }
        expect(c.memory.peakBytes).toBeLessThanOrEqual(c.memory.naiveBytes);
      }),
      { numRuns: 200 },
    );
  });

  it('the residual network in inference: peak at least 30% below one buffer per value', () => {
    const prog = compileInference(compileModelFile('models/resnet.ts').main);
    const { peakBytes, naiveBytes } = prog.compiled!.memory;
    expect(peakBytes).toBeGreaterThan(0);
    expect(peakBytes).toBeLessThanOrEqual(0.7 * naiveBytes);
    expectNoOverlap(prog.plan!);
  });
});
