/**
 * @file Plan loops (compiled scans) at run time: their structural checks, and the encoding of a
 * run's dispatches with each loop body replayed `steps` times in the same command buffer.
 *
 * Per step: the `before` copies (row t of each sequence into the body's buffers), one compute pass
 * with the body's dispatches, the `after` copies (ys into row t, new carries onto the carries).
 * Bind groups are made once at load; nothing here allocates per step but the pass objects.
 */
import type { PlanBuffer, PlanCopy, PlanLoop } from './plan-types.ts';

/** A dispatch as the executor made it at load. */
export interface EncodedDispatch {
  readonly pipeline: GPUComputePipeline;
  readonly bindGroup: GPUBindGroup;
  readonly workgroups: readonly [number, number, number];
}

/** No dlc build loops more steps than this; a manifest that asks for more is refused. */
export const MAX_LOOP_STEPS = 1 << 20;

const isCount = (v: unknown, max: number): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= max;

/** Loops in order, inside the dispatch list, not overlapping; every copy inside both buffers at every step. */
export function checkLoops(loops: unknown, buffers: readonly PlanBuffer[], dispatchCount: number, fail: (m: string) => never): void {
  if (loops === undefined) return;
  if (!Array.isArray(loops)) fail('loops is not a list');
  let end = 0;
  (loops as unknown[]).forEach((x, i) => {
    const l = x as PlanLoop;
    const ok = typeof l === 'object' && l !== null && isCount(l.first, dispatchCount) && isCount(l.count, dispatchCount) && l.first + l.count <= dispatchCount
      && Number.isSafeInteger(l.steps) && l.steps >= 1 && l.steps <= MAX_LOOP_STEPS && typeof l.reverse === 'boolean';
    if (!ok || l.first < end) fail(`loop ${i} must name a run of dispatches after the previous loop's, and 1 to ${MAX_LOOP_STEPS} steps`);
    end = l.first + l.count;
    for (const key of ['enter', 'before', 'after', 'exit'] as const) {
      const cs = l[key] as unknown;
      if (!Array.isArray(cs)) fail(`loop ${i}: ${key} is not a list`);
      (cs as unknown[]).forEach((c, j) => checkCopy(c, key === 'before' || key === 'after' ? l.steps : 1, buffers, () => fail(`loop ${i}: ${key} copy ${j} must copy whole 4-byte words between two different buffers, inside both at every step`)));
    }
  });
}

function checkCopy(x: unknown, steps: number, buffers: readonly PlanBuffer[], bad: () => never): void {
  const c = x as PlanCopy;
  if (typeof c !== 'object' || c === null) bad();
  const words = [c.size, c.fromOffset, c.fromStride, c.toOffset, c.toStride];
  if (!words.every((w) => Number.isSafeInteger(w) && w >= 0 && w % 4 === 0) || c.size === 0) bad();
  if (!isCount(c.from, buffers.length - 1) || !isCount(c.to, buffers.length - 1) || c.from === c.to) bad();
  const last = steps - 1;
  if (c.fromOffset + c.fromStride * last + c.size > buffers[c.from]!.size || c.toOffset + c.toStride * last + c.size > buffers[c.to]!.size) bad();
}

function encodeCopies(encoder: GPUCommandEncoder, buffers: readonly GPUBuffer[], copies: readonly PlanCopy[], t: number): void {
  for (const c of copies) encoder.copyBufferToBuffer(buffers[c.from]!, c.fromOffset + c.fromStride * t, buffers[c.to]!, c.toOffset + c.toStride * t, c.size);
}

/** Encodes every dispatch in order, loops unrolled into steps; the caller adds updates and readback after. */
export function encodeWithLoops(encoder: GPUCommandEncoder, label: string, encoded: readonly EncodedDispatch[], loops: readonly PlanLoop[], buffers: readonly GPUBuffer[]): void {
  const run = (from: number, to: number): void => {
    if (from >= to) return;
    const pass = encoder.beginComputePass({ label });
    let current: GPUComputePipeline | undefined;
    for (let i = from; i < to; i++) {
      const e = encoded[i]!;
      if (e.pipeline !== current) pass.setPipeline((current = e.pipeline));
      pass.setBindGroup(0, e.bindGroup);
      pass.dispatchWorkgroups(e.workgroups[0], e.workgroups[1], e.workgroups[2]);
    }
    pass.end();
  };
  let at = 0;
  for (const l of loops) {
    run(at, l.first);
    encodeCopies(encoder, buffers, l.enter, 0);
    for (let k = 0; k < l.steps; k++) {
      const t = l.reverse ? l.steps - 1 - k : k;
      encodeCopies(encoder, buffers, l.before, t);
      run(l.first, l.first + l.count);
      encodeCopies(encoder, buffers, l.after, t);
    }
    encodeCopies(encoder, buffers, l.exit, 0);
    at = l.first + l.count;
  }
  run(at, encoded.length);
}
