/**
 * @file Plan loops (compiled scans) at run time: their structural checks, the step-index buffer that
 * stepped kernels bind, and the encoding of a run's dispatches with each loop body replayed `steps`
 * times in the same command buffer.
 *
 * A loop as dlc builds it now is dispatches only: each step binds the step index t through a
 * dynamic uniform offset (slot t of one buffer written at load), or, in a plan whose loops are all
 * short (STATIC_STEP_MAX), through a bind group per step made at load; carries ping-pong between two
 * buffers by swapping them in the body's bindings on odd steps (a second bind group made at load).
 * The whole run is then one compute pass, whatever T. Loops with `before`/`after` copies (older
 * bundles) still run: each copy ends the pass it falls in. Nothing here allocates per step but the
 * pass objects such copies need.
 */
import { RuntimeError } from './errors.ts';
import type { Plan, PlanBuffer, PlanKernel, PlanLoop } from './plan-types.ts';

/** A dispatch as the executor made it at load. */
export interface EncodedDispatch {
  readonly pipeline: GPUComputePipeline;
  readonly bindGroup: GPUBindGroup;
  readonly workgroups: readonly [number, number, number];
  /** Its kernel binds the step index (PlanKernel.step): setBindGroup gets the step's dynamic offset. */
  readonly stepped?: boolean;
  /** In a loop that swaps buffers it binds: the bind group of odd steps (oddBindGroups). */
  readonly odd?: GPUBindGroup | undefined;
  /** A stepped kernel in a short loop (usesStaticSteps): its bind group for each iteration of the loop, step t and swaps included. */
  readonly perStep?: readonly GPUBindGroup[] | undefined;
}

/**
 * Loops of at most this many steps bind a bind group per step, the step index at a fixed offset,
 * instead of one bind group and a dynamic offset per dispatch: a dynamic offset cost lavapipe about
 * 20 µs of CPU per dispatch more than setting a static bind group (bench/lstm-scan-dispatch.ts), which
 * is what a short sequence's run is made of. Longer loops keep the dynamic offset, so the bind groups
 * made at load do not grow with T past this.
 */
export const STATIC_STEP_MAX = 128;

/** Whether a plan's stepped kernels bind their step statically: it has some, and every loop is short. */
export function usesStaticSteps(plan: Pick<Plan, 'kernels' | 'loops'>): boolean {
  return plan.kernels.some((k) => k.step) && (plan.loops ?? []).every((l) => l.steps <= STATIC_STEP_MAX);
}

/**
 * For each loop-body dispatch of a stepped kernel, its bind group at every iteration k of the loop:
 * step t (reversed loops count down) and, on odd iterations, the swapped buffers.
 */
export function perStepBindGroups(plan: Plan, makeGroup: (dispatch: number, bindings: readonly number[], t: number) => GPUBindGroup): Map<number, GPUBindGroup[]> {
  const out = new Map<number, GPUBindGroup[]>();
  for (const l of plan.loops ?? []) {
    const other = new Map<number, number>();
    for (const [a, b] of l.swaps ?? []) other.set(a, b).set(b, a);
    for (let i = l.first; i < l.first + l.count; i++) {
      const d = plan.dispatches[i]!;
      if (!plan.kernels[d.kernel]!.step) continue;
      const odd = d.bindings.map((b) => other.get(b) ?? b);
      out.set(i, Array.from({ length: l.steps }, (_, k) => makeGroup(i, k % 2 === 1 ? odd : d.bindings, l.reverse ? l.steps - 1 - k : k)));
    }
  }
  return out;
}

/** No dlc build loops more steps than this; a manifest that asks for more is refused. */
export const MAX_LOOP_STEPS = 1 << 20;

/** Bytes of the step uniform a kernel sees (vec4<u32>; only .x is set). */
const STEP_BYTES = 16;

const isCount = (v: unknown, max: number): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= max;

/** Loops in order, inside the dispatch list, not overlapping; every copy inside both buffers at every step; swaps between equal-sized buffers. */
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
    // The first compiled scans moved rows and carries with copies between passes: rebuild those.
    if ('before' in l) fail(`loop ${i} copies between passes, as builds before the one-pass scan did: rebuild the bundle with this dlc`);
    const seen = new Set<unknown>();
    const pairs = (l.swaps ?? []) as unknown;
    for (const p of Array.isArray(pairs) ? pairs : [0]) {
      const [a, b] = Array.isArray(p) ? (p as unknown[]) : [];
      if (p.length !== 2 || !isCount(a, buffers.length - 1) || !isCount(b, buffers.length - 1) || a === b || seen.has(a) || seen.has(b) || buffers[a]!.size !== buffers[b]!.size) fail(`loop ${i}: swaps must pair different buffers of one size, each in one pair`);
      seen.add(a).add(b);
    }
  });
}

/** The buffer of step indices stepped kernels bind: slot s, `align` bytes from the last, holds s. */
export interface StepBuffer {
  readonly buffer: GPUBuffer;
  readonly align: number;
}

/** Made at load when some kernel is stepped: as many slots as the longest loop has steps. */
export function createStepBuffer(device: GPUDevice, plan: Pick<Plan, 'kernels' | 'loops'>): StepBuffer | undefined {
  if (!plan.kernels.some((k) => k.step)) return undefined;
  const align = Math.max(STEP_BYTES, device.limits.minUniformBufferOffsetAlignment);
  const slots = Math.max(1, ...(plan.loops ?? []).map((l) => l.steps));
  const size = slots * align;
  if (size > device.limits.maxBufferSize) throw new RuntimeError('E_DEVICE_LIMIT', `a ${slots}-step loop needs ${size} bytes of step indices; this device allows ${device.limits.maxBufferSize} per buffer`);
  const words = new Uint32Array(size / 4);
  for (let s = 0; s < slots; s++) words[(s * align) / 4] = s;
  // GPUBufferUsage.UNIFORM | COPY_DST, written once here.
  const buffer = device.createBuffer({ label: 'dlc step indices', size, usage: 0x0040 | 0x0008 });
  device.queue.writeBuffer(buffer, 0, words);
  return { buffer, align };
}

/** The extra bind group entry of a stepped kernel (none for the others): slot t, for a static binding (0 with a dynamic offset). */
export function stepEntries(k: PlanKernel, step: StepBuffer | undefined, t = 0): GPUBindGroupEntry[] {
  return k.step && step ? [{ binding: k.bindings.length, resource: { buffer: step.buffer, offset: t * step.align, size: STEP_BYTES } }] : [];
}

/**
 * For each loop-body dispatch that binds a swapped buffer, its bind group for odd steps (the pair
 * exchanged); the others use the one bind group they have.
 */
export function oddBindGroups(plan: Plan, makeGroup: (dispatch: number, bindings: readonly number[]) => GPUBindGroup): Map<number, GPUBindGroup> {
  const odd = new Map<number, GPUBindGroup>();
  for (const l of plan.loops ?? []) {
    const other = new Map<number, number>();
    for (const [a, b] of l.swaps ?? []) other.set(a, b).set(b, a);
    if (other.size === 0) continue;
    for (let i = l.first; i < l.first + l.count; i++) {
      const d = plan.dispatches[i]!;
      if (d.bindings.some((b) => other.has(b))) odd.set(i, makeGroup(i, d.bindings.map((b) => other.get(b) ?? b)));
    }
  }
  return odd;
}

/**
 * Encodes every dispatch in order, loops replayed per step, in as few compute passes as the plan's
 * copies allow (one when it has none); `align` is the step buffer's (any value when nothing is
 * stepped). The caller adds updates and readback after.
 */
export function encodeWithLoops(encoder: GPUCommandEncoder, label: string, encoded: readonly EncodedDispatch[], loops: readonly PlanLoop[], buffers: readonly GPUBuffer[], align: number): void {
  let pass: GPUComputePassEncoder | undefined;
  let current: GPUComputePipeline | undefined;
  const close = (): void => {
    pass?.end();
    pass = undefined;
  };
  const dispatch = (i: number, t: number, odd: boolean, k?: number): void => {
    if (!pass) {
      pass = encoder.beginComputePass({ label });
      current = undefined;
    }
    const e = encoded[i]!;
    if (e.pipeline !== current) pass.setPipeline((current = e.pipeline)); // chains of one kernel skip the rebind
    const group = (k !== undefined ? e.perStep?.[k] : undefined) ?? (odd ? e.odd : undefined) ?? e.bindGroup;
    if (e.stepped) pass.setBindGroup(0, group, [t * align]);
    else pass.setBindGroup(0, group);
    pass.dispatchWorkgroups(e.workgroups[0], e.workgroups[1], e.workgroups[2]);
  };
  let at = 0;
  for (const l of loops) {
    for (; at < l.first; at++) dispatch(at, 0, false);
    for (let k = 0; k < l.steps; k++) {
      const t = l.reverse ? l.steps - 1 - k : k;
      for (let i = l.first; i < l.first + l.count; i++) dispatch(i, t, k % 2 === 1, k);
    }
    at = l.first + l.count;
  }
  for (; at < encoded.length; at++) dispatch(at, 0, false);
  close();
}
