/**
 * @file Recurrent layers as a `scan`: the input projection is one matmul over all steps (time-major),
 * and the cell, h·U plus the gates, is the scan's body, so the graph (and the compiled plan) has
 * one copy of the cell whatever the sequence length.
 *
 * Carries are h (and c for LSTM); the per-step input is the projected row x_t·W + b; the recurrent
 * kernel, GRU's recurrent bias and the recurrent dropout mask are the body's constants. When
 * training, the cell also emits every carry per step: backpropagation through time reads c_{t−1}
 * from them (passes/scan-grad.ts), and whatever the backward cell would recompute with a matmul
 * (passes/scan-save.ts). The cell starts from a zero state, h·U included, where the
 * unrolled form skips the zero products of step 0: the same values up to f32 rounding.
 */
import { print, type Value } from '../../ir/index.ts';
import { newGraph } from '../../ops/registry.ts';
import { scanLayout, scanResults, type EmitOp, type ScanAttrs } from '../../ops/scan-body.ts';
import { BACKWARD_ONLY, withBackwardSaves } from '../../passes/scan-grad.ts';
import { applyActivation } from './activation.ts';
import type { Lowerer } from './layer-def.ts';
import { GATES, gruCell, lstmCell, stepInputs, type RnnConfig } from './recurrent.ts';

/**
 * Sequences shorter than this are unrolled unless the layer says `unroll: false` (training, and
 * inference): below it the scan issues more dispatches per run than the unrolled cells (its carries
 * are copied in and out around the loop; the unrolled form skips step 0's h·U). Dispatches per run,
 * two stacked lstm/gru(32), batch 8, scan vs unrolled (bench/results/2026-12-02-h22r-scan-summary.md):
 * T = 1 inference 16 vs 7 (LSTM), 13 vs 9 (GRU), training 51 vs 35, 66 vs 51; T = 2 inference 20 vs 14,
 * 17 vs 16, training 72 vs 71, 83 vs 88; T = 3 inference 24 vs 20, 21 vs 22, training 82 vs 105, 95 vs 119.
 * Each dispatch of these small cells costs a software driver 40–100 µs of CPU (bench/lstm-scan-dispatch.ts).
 */
export const SCAN_MIN_STEPS = { training: 2, inference: 3 } as const;

/** Whether a recurrent layer without an explicit `unroll` unrolls a sequence of `steps` (in a training graph or not). */
export function unrollsByDefault(steps: number, training: boolean): boolean {
  return steps < SCAN_MIN_STEPS[training ? 'training' : 'inference'];
}

interface Consts {
  readonly values: Value[];
  readonly names: string[];
}

/** Like `unroll`: the output sequence [n, t, u] (or the last h [n, u]) and the final states (h, and c for LSTM). */
export function scanRecurrent(l: Lowerer, c: RnnConfig, x: Value, p: Readonly<Record<string, Value>>): { output: Value; states: Value[] } {
  const [n, t, d] = x.type.shape as [number, number, number];
  const { u, g, xin, recMask, inBias, recBias } = stepInputs(l, c, x, p);
  // Time-major, so step t reads one contiguous [n, g] row of the projection.
  const flat = l.op('reshape', [l.op('transpose', [xin], { perm: [1, 0, 2] }, [t, n, d])], { shape: [t * n, d] }, [t * n, d]);
  let proj = l.op('matmul', [flat, p.kernel!], { transposeA: false, transposeB: false }, [t * n, g]);
  if (inBias) proj = l.op('add', [proj, inBias], {}, [t * n, g]);
  const seq = l.op('reshape', [proj], { shape: [t, n, g] }, [t, n, g]);
  const consts: Consts = { values: [p.recurrent_kernel!], names: ['u'] };
  if (recBias) pushConst(consts, recBias, 'rb');
  if (recMask) pushConst(consts, recMask, 'rm');
  const attrs = cellAttrs(c, consts, n, t, l.training !== undefined);
  const inits = (c.kind === 'lstm' ? [0, 1] : [0]).map(() => l.fill(0, [n, u]));
  const packed = l.op('scan', [...inits, seq, ...consts.values], { ...attrs }, [scanLayout(attrs).total]);
  const emit: EmitOp = (op, ins, a, shape) => l.op(op, ins, a, shape);
  const r = scanResults(emit, packed, scanLayout(attrs));
  const states = r.finals;
  if (!c.returnSequences) return { output: states[0]!, states };
  let ys = r.ys[0]!;
  // Keras emits the sequence in processing order (reversed under goBackwards); bidirectional flips that back.
  if (c.goBackwards !== c.flipOutput) {
    const idx = l.op('constant', [], { value: Array.from({ length: t }, (_, k) => t - 1 - k), dtype: 'i32', shape: [t] }, [t], 'i32');
    ys = l.op('gather', [ys, idx], { axis: 0 }, [t, n, u]);
  }
  return { output: l.op('transpose', [ys], { perm: [1, 0, 2] }, [n, t, u]), states };
}

function pushConst(k: Consts, v: Value, name: string): void {
  k.values.push(v);
  k.names.push(name);
}

/** The cell as a body graph: (h[, c], x_t, u[, rb][, rm]) → (h'[, c'], ys…); ys are h' with returnSequences, every carry when training. */
function cellAttrs(c: RnnConfig, consts: Consts, n: number, t: number, training: boolean): ScanAttrs {
  const u = c.units;
  const g = GATES[c.kind] * u;
  const b = newGraph(`${c.kind}_cell`);
  const bl: Lowerer = {
    batch: n,
    op: (name, ins, attrs) => b.op(name, ins, attrs),
    fill: (value, shape) => b.op('constant', [], { value, dtype: 'f32', shape: [...shape] }),
  };
  const h = b.input('h', { dtype: 'f32', shape: [n, u] });
  const cell = c.kind === 'lstm' ? b.input('c', { dtype: 'f32', shape: [n, u] }) : undefined;
  const xt = b.input('x', { dtype: 'f32', shape: [n, g] });
  const k = Object.fromEntries(consts.names.map((name, i) => [name, b.input(name, consts.values[i]!.type)]));
  const hPrev = k.rm ? bl.op('mul', [h, k.rm], {}, [n, u]) : h;
  let h2: Value;
  let c2: Value | undefined;
  if (c.kind === 'gru') h2 = gruCell(bl, c, xt, h, hPrev, k.u!, k.rb, n);
  else {
    const z = bl.op('add', [xt, bl.op('matmul', [hPrev, k.u!], { transposeA: false, transposeB: false }, [n, g])], {}, [n, g]);
    if (c.kind === 'rnn') h2 = applyActivation(bl, c.activation, z, [n, u]);
    else [h2, c2] = lstmCell(bl, c, z, cell, n);
  }
  b.output('h', h2);
  if (c2) b.output('c', c2);
  // Stacked for the backward only (BACKWARD_ONLY names, passes/scan-grad.ts): their cotangent is zero.
  if (c.returnSequences || training) b.output(c.returnSequences ? 'y_h' : `${BACKWARD_ONLY}h`, h2);
  if (c2 && training) b.output(`${BACKWARD_ONLY}c`, c2);
  const attrs: ScanAttrs = { body: print(b.build()), carries: c2 ? 2 : 1, xs: 1, length: t, reverse: c.goBackwards };
  // Training stacks what the backward cell would otherwise recompute per step (the LSTM's x_t + h·U).
  return training ? withBackwardSaves(attrs) : attrs;
}
