/**
 * @file Compiled scans as dispatches in one compute pass: counts, not times. A run of a scan plan is
 * encoded into a recording encoder; it must open one compute pass and copy nothing, whatever T,
 * with each loop step dispatching the body once, its stepped kernels at the step's dynamic offset
 * and the odd steps' bind groups (carries swapped) on odd steps. A device binding limit given to the
 * compiler holds inside scan bodies too.
 */
import { describe, expect, it } from 'vitest';
import { compileInference, compileTraining } from '../../src/compile.ts';
import type { Plan } from '../../src/runtime/index.ts';
import { encodeWithLoops, type EncodedDispatch } from '../../src/runtime/scan-dispatch.ts';
import { RNN_CASES, rnnModels } from './scan-helpers.ts';

interface Recorded {
  passes: number;
  copies: number;
  /** Per dispatch encoded: its index in the plan, the dynamic offsets given, and whether the odd bind group was set. */
  calls: { dispatch: number; offsets: readonly number[]; odd: boolean }[];
}

const ALIGN = 256;

/** Encodes one run of the plan into a recorder (no GPU): the executor's own encoding function. */
function record(plan: Plan): Recorded {
  const r: Recorded = { passes: 0, copies: 0, calls: [] };
  const even = plan.dispatches.map((_, i) => ({ i, odd: false }));
  const odd = new Map<number, { i: number; odd: boolean }>();
  for (const l of plan.loops ?? []) {
    const swapped = new Set((l.swaps ?? []).flat());
    for (let i = l.first; i < l.first + l.count; i++) if (plan.dispatches[i]!.bindings.some((b) => swapped.has(b))) odd.set(i, { i, odd: true });
  }
  const encoded: EncodedDispatch[] = plan.dispatches.map((d, i) => ({
    pipeline: { kernel: d.kernel } as unknown as GPUComputePipeline,
    bindGroup: even[i] as unknown as GPUBindGroup,
    workgroups: d.workgroups,
    stepped: plan.kernels[d.kernel]!.step === true,
    odd: odd.get(i) as unknown as GPUBindGroup | undefined,
  }));
  let group: { i: number; odd: boolean } | undefined;
  let offsets: readonly number[] = [];
  const pass = {
    setPipeline() {},
    setBindGroup(_n: number, g: { i: number; odd: boolean }, o: readonly number[] = []) {
      group = g;
      offsets = o;
    },
    dispatchWorkgroups() {
      r.calls.push({ dispatch: group!.i, offsets, odd: group!.odd });
    },
    end() {},
  };
  const encoder = {
    beginComputePass() {
      r.passes++;
      return pass;
    },
    copyBufferToBuffer() {
      r.copies++;
    },
  } as unknown as GPUCommandEncoder;
  encodeWithLoops(encoder, 'test', encoded, plan.loops ?? [], [], ALIGN);
  return r;
}

const lstm = RNN_CASES.find((c) => c.name === 'lstm sequences')!;
const plans = (T: number, opts: { maxStorageBuffers?: number } = {}): { name: string; plan: Plan }[] => {
  const { scan } = rnnModels({ ...lstm, input: [T, lstm.input[1]] }, T);
  const data = { xShape: [T, lstm.input[1]], yShape: [...lstm.target], yDtype: 'f32' as const, resident: 2 };
  return [
    { name: 'inference', plan: compileInference(scan, { batch: 2, ...opts }).plan! },
    { name: 'training', plan: compileTraining(scan, { batch: 2, data, ...opts }).plan! },
  ];
};

describe.each([4, 7])('T = %i', (T) => {
  it.each(plans(T).map((p) => [p.name, p.plan] as const))('%s: one compute pass and no buffer copy per run; each step dispatches the body once', (_n, plan) => {
    expect(plan.loops!.length).toBeGreaterThan(0);
    const r = record(plan);
    expect(r.passes).toBe(1);
    expect(r.copies).toBe(0);
    for (const l of plan.loops!) {
      expect(Object.keys(l).sort()).toEqual(['count', 'first', 'reverse', 'steps', 'swaps']);
      const inLoop = r.calls.filter((c) => c.dispatch >= l.first && c.dispatch < l.first + l.count);
      expect(inLoop.length).toBe(l.count * T);
      for (let k = 0; k < T; k++) {
        const t = l.reverse ? T - 1 - k : k;
        const step = inLoop.slice(k * l.count, (k + 1) * l.count);
        expect(step.map((c) => c.dispatch)).toEqual(Array.from({ length: l.count }, (_, i) => l.first + i));
        for (const c of step) {
          const k2 = plan.kernels[plan.dispatches[c.dispatch]!.kernel]!;
          expect(c.offsets).toEqual(k2.step ? [t * ALIGN] : []);
          // Odd steps bind the carries swapped, wherever a dispatch binds one.
          const swaps = plan.dispatches[c.dispatch]!.bindings.some((b) => (l.swaps ?? []).flat().includes(b));
          expect(c.odd).toBe(k % 2 === 1 && swaps);
        }
      }
    }
    // Outside loops nothing is stepped or swapped.
    const outside = r.calls.filter((c) => !plan.loops!.some((l) => c.dispatch >= l.first && c.dispatch < l.first + l.count));
    expect(outside.every((c) => c.offsets.length === 0 && !c.odd)).toBe(true);
  });
});

it('carries ping-pong (no copy kernel for them) and the sequences are read in place: the forward body is its cell\'s kernels plus at most one row copy', () => {
  for (const { name, plan } of plans(5)) {
    const labels = plan.loops!.flatMap((l) => plan.dispatches.slice(l.first, l.first + l.count).map((d) => d.label));
    expect(labels.filter((s) => / carry \d+ back$/.test(s)), name).toEqual([]);
    expect(labels.filter((s) => /row t of %/.test(s)), name).toEqual([]);
    // The LSTM's y is its h carry: stored into row t by the cell's own kernel; a second saved carry (training) may need a copy kernel.
    expect(labels.filter((s) => /into row t$/.test(s)).length, name).toBeLessThanOrEqual(name === 'training' ? 1 : 0);
    expect(plan.loops!.every((l) => (l.swaps ?? []).length >= 2), name).toBe(true);
  }
});

it('maxStorageBuffers holds inside scan bodies: no kernel binds more storage buffers than the limit', () => {
  for (const max of [4, 5]) {
    for (const { name, plan } of plans(3, { maxStorageBuffers: max })) {
      const wide = plan.kernels.filter((k) => k.bindings.length > max).map((k) => k.code.split('\n', 1)[0]);
      expect(wide, `${name}, limit ${max}`).toEqual([]);
    }
  }
  // Without the limit the LSTM cell's gate kernel binds more than 4.
  expect(plans(3).some(({ plan }) => plan.kernels.some((k) => k.bindings.length > 5))).toBe(true);
});

it('the backward cell joins the gate gradients with one concat, not a pad per gate and a sum (pad-sum-concat), and the gate kernels store into it (no concat kernel)', () => {
  const { plan } = plans(3).find((p) => p.name === 'training')!;
  const back = plan.loops!.find((l) => l.reverse)!;
  const labels = plan.dispatches.slice(back.first, back.first + back.count).map((d) => d.label.replace(/ \(.*?\)/g, ''));
  expect(labels.filter((s) => / pad %/.test(s))).toEqual([]);
  expect(labels.filter((s) => / concat %/.test(s))).toEqual([]);
});
