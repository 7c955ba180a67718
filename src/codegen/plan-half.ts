/**
 * @file f16 activations for a plan (`dlc build --precision f16`): every temporary f32 buffer whose
 * kernels can all be rewritten (half-storage.ts) holds halves instead — two per u32 word, the same
 * bytes whether a kernel binds them as `array<f16>` (shader-f16) or unpacks them — so it takes half
 * the bytes, before memory planning shares buffers by liveness. Inputs, params, states and outputs
 * stay f32: the kernel reading an input or writing an output converts at that boundary, so what
 * the user feeds and reads is unchanged. Buffers a compiled scan touches (its body kernels, its
 * word-copy kernels, which count f32 strides, and its swapped carries) stay f32.
 *
 * Requires: dispatches in execution order with logical buffer refs (before planMemory).
 * Establishes: a halved buffer is `u32[ceil(n/2)]` (so the runtime's size checks hold unchanged), and
 *   every dispatch binding one runs a kernel variant that reads and writes it as halves.
 * Preserves: kernels and buffers nothing halved touches, their order, and each kernel's bindings.
 */
import type { PlanDispatch, PlanKernel, PlanLoop } from '../runtime/plan-types.ts';
import { halfBindable, rewriteHalf } from './half-storage.ts';
import type { LogicalBuffer } from './plan-memory.ts';

export interface HalfResult {
  readonly kernels: PlanKernel[];
  readonly dispatches: PlanDispatch[];
  /** The logical buffers, the halved ones resized. */
  readonly buffers: LogicalBuffer[];
  /** Logical buffers now holding halves. */
  readonly halved: ReadonlySet<number>;
}

/** `native`: kernels bind halves as `array<f16>` (the device must have shader-f16). */
export function halveActivations(kernels: readonly PlanKernel[], dispatches: readonly PlanDispatch[], loops: readonly PlanLoop[], buffers: readonly LogicalBuffer[], native: boolean): HalfResult {
  const halved = halvable(kernels, dispatches, loops, buffers);
  const out: PlanKernel[] = [];
  const variant = new Map<string, number>();
  const rewritten = dispatches.map((d) => {
    const mask = d.bindings.flatMap((b, k) => (halved.has(b) ? [k] : []));
    const key = `${d.kernel}:${mask.join(',')}`;
    let index = variant.get(key);
    if (index === undefined) {
      const k = kernels[d.kernel]!;
      index = out.push(mask.length === 0 ? k : { ...k, code: rewriteHalf(k.code, mask, native) }) - 1;
      variant.set(key, index);
    }
    return { ...d, kernel: index };
  });
  const resized = buffers.map((b, i): LogicalBuffer => {
    if (!halved.has(i)) return b;
    const words = Math.ceil(b.shape.reduce((a, n) => a * n, 1) / 2);
    return { ...b, dtype: 'u32', shape: [words], size: words * 4 };
  });
  return { kernels: out, dispatches: rewritten, buffers: resized, halved };
}

/** Temporary f32 buffers outside every scan whose every binding rewrites. */
function halvable(kernels: readonly PlanKernel[], dispatches: readonly PlanDispatch[], loops: readonly PlanLoop[], buffers: readonly LogicalBuffer[]): Set<number> {
  const keep = new Set<number>();
  for (const l of loops) {
    // A scan's carry-in and final-carry copy kernels sit outside its loop; they bind words as array<u32>,
    // which halfBindable refuses, so what they copy stays f32 too.
    for (const d of dispatches.slice(l.first, l.first + l.count)) for (const b of d.bindings) keep.add(b);
    for (const [a, b] of l.swaps ?? []) keep.add(a).add(b);
  }
  const ok = new Set<number>();
  buffers.forEach((b, i) => {
    if (b.role === 'temp' && b.dtype === 'f32' && b.size > 0 && !keep.has(i)) ok.add(i);
  });
  const checked = new Map<string, boolean>();
  for (const d of dispatches) {
    d.bindings.forEach((b, k) => {
      if (!ok.has(b)) return;
      const key = `${d.kernel}:${k}`;
      if (!checked.has(key)) checked.set(key, halfBindable(kernels[d.kernel]!.code, k));
      if (!checked.get(key)) ok.delete(b);
    });
  }
  return ok;
}
