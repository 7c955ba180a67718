/**
 * @file The scan op on the reference interpreter: recurrent layers lowered to a scan give the
 * unrolled layers' outputs; the graph has one cell whatever the length; the IR text round-trips.
 */
import { describe, expect, it } from 'vitest';
import { compileInference, compileTraining } from '../../src/compile.ts';
import { checkPlanStructure } from '../../src/runtime/plan-check.ts';
import type { CompiledModel } from '../../src/frontend/index.ts';
import { parse, print, verify } from '../../src/ir/index.ts';
import { inferType } from '../../src/ops/registry.ts';
import { unrollScans } from '../../src/passes/unroll-scan.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { RNN_CASES, rnnModels } from './scan-helpers.ts';
import { maxRelErr, stepFeeds } from './train-helpers.ts';

const BATCH = 2;

describe.each(RNN_CASES.map((c) => [c.name, c] as const))('%s', (_n, c) => {
  it('scan gives the unrolled outputs (interpreter, f32, 1e-5)', () => {
    const { scan, unrolled } = rnnModels(c);
    const gs = scan.graph(BATCH);
    const gu = unrolled.graph(BATCH);
    expect(gs.nodes.some((n) => n.op === 'scan')).toBe(true);
    expect(gu.nodes.some((n) => n.op === 'scan')).toBe(false);
    const x = Float32Array.from({ length: BATCH * c.input[0] * c.input[1] }, (_, i) => Math.sin(i * 1.7) * 1.5);
    const fs = stepFeeds(scan, gs, 3, { x });
    const fu = stepFeeds(unrolled, gu, 3, { x });
    const ys = interpret(gs, fs).output!.data;
    const yu = interpret(gu, fu).output!.data;
    expect(ys.length).toBe(yu.length);
    expect(maxRelErr(ys, yu)).toBeLessThan(1e-5);
  });

  it('training step: BPTT as a reverse scan gives the unrolled loss and updated weights (interpreter, 1e-5)', () => {
    const { scan, unrolled } = rnnModels(c);
    const y = Array.from({ length: BATCH * c.target.reduce((a, b) => a * b, 1) }, (_, i) => Math.sin(i + 1));
    const step = (m: CompiledModel) => {
      const p = compileTraining(m, { batch: BATCH, data: { xShape: [...c.input], yShape: [...c.target], yDtype: 'f32', resident: BATCH } });
      return interpret(p.graph, stepFeeds(m, p.graph, 7, { 'data/y': y, idx: [0, 1], 'opt/lr': [0.1], 'opt/t': [1] }));
    };
    const [os, ou] = [step(scan), step(unrolled)];
    expect(maxRelErr(os.loss!.data, ou.loss!.data), 'loss').toBeLessThan(1e-5);
    for (const w of scan.params) expect(maxRelErr(os[`update/${w.name}`]!.data, ou[`update/${w.name}`]!.data), w.name).toBeLessThan(1e-5);
  });
});

it('the scan graph has one cell whatever the sequence length; the unrolled one grows', () => {
  const c = RNN_CASES[1]!;
  const count = (t: number) => {
    const { scan, unrolled } = rnnModels(c, t);
    return { scan: scan.graph(1).nodes.length, unrolled: unrolled.graph(1).nodes.length };
  };
  const [a, b] = [count(3), count(12)];
  expect(a.scan).toBe(b.scan);
  expect(b.unrolled).toBeGreaterThan(a.unrolled);
});

it('IR text with a scan body round-trips and verifies', () => {
  const { scan } = rnnModels(RNN_CASES[1]!);
  const g = scan.graph(BATCH);
  const text = print(g);
  expect(text).toMatch(/scan .*\n {4}body graph lstm_cell\(/);
  const back = parse(text);
  verify(back, inferType);
  expect(print(back)).toBe(text);
});

it('unroll-scan inlines every scan and keeps the outputs (the ONNX exporter uses it)', () => {
  const c = RNN_CASES.find((x) => x.name === 'bidirectional lstm')!;
  const { scan } = rnnModels(c);
  const g = scan.graph(BATCH);
  const u = unrollScans(g);
  expect(u.nodes.some((n) => n.op === 'scan')).toBe(false);
  verify(u, inferType);
  const feeds = stepFeeds(scan, g, 3, { x: Float32Array.from({ length: BATCH * 6 }, (_, i) => Math.sin(i)) });
  expect(interpret(u, feeds).output!.data).toEqual(interpret(g, feeds).output!.data);
});

it('plan validation refuses crafted loops (too many steps, overlapping bodies, copies between passes, bad swaps)', () => {
  const { scan } = rnnModels(RNN_CASES[1]!);
  const plan = compileInference(scan, { batch: BATCH }).plan!;
  const check = (loops: unknown) => () => checkPlanStructure('plan', { ...plan, loops }, plan.kernels.length, (i) => plan.kernels[i]);
  expect(check(plan.loops)).not.toThrow();
  const l = plan.loops![0]!;
  const [a, b] = l.swaps![0]!;
  const other = plan.buffers.findIndex((x) => x.size !== plan.buffers[a]!.size);
  const bad = [
    [{ ...l, steps: 1e9 }],
    [{ ...l, first: plan.dispatches.length }],
    [l, l],
    // Loops that copy between passes (the first compiled scans) are refused: such a bundle is rebuilt.
    [{ ...l, before: [], after: [] }],
    [{ ...l, swaps: [[a, a]] }],
    [{ ...l, swaps: [[a, other]] }],
    [{ ...l, swaps: [[a, b], [b, a]] }],
    [{ ...l, swaps: [[a, plan.buffers.length]] }],
    [{ ...l, swaps: [[a, b, a]] }],
    [{ ...l, swaps: 'swaps' }],
    'loops',
  ];
  for (const x of bad) expect(check(x), JSON.stringify(x).slice(0, 80)).toThrow(/E_PLAN_INVALID|loop/);
});
