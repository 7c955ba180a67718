/** @file The Plan: plain JSON data that says which kernels run on which buffers, shared by compiler and runtime. */

/**
 * Bumped whenever a field changes meaning, so a runtime refuses a bundle it would misread. The
 * runtime ships on its own, so this file holds types and constants only and imports nothing.
 */
export const PLAN_VERSION = 1;

/** Element types; `bool` is stored as u32 (0/1) in GPU buffers, like every dtype 4 bytes wide. */
export type PlanDType = 'f32' | 'i32' | 'u32' | 'bool';

/**
 * Who owns a buffer's contents: `input` is written on every run, `param` and `state` persist across
 * runs (set with setParams), `output` and `temp` are written by kernels.
 */
export type BufferRole = 'input' | 'param' | 'state' | 'output' | 'temp';

/** How a kernel binds the buffer at each binding index of group 0 (the op contract: inputs read, output read_write). */
export type BindingAccess = 'read' | 'read_write';

export interface PlanKernel {
  /** A complete WGSL module; its first line is a comment naming the op and the source locations it serves. */
  readonly code: string;
  /** Entry point name (always `main` for now). */
  readonly entry: string;
  /** Access mode per binding index, so the runtime builds explicit bind group layouts. */
  readonly bindings: readonly BindingAccess[];
  /**
   * The kernel also declares `@binding(bindings.length) var<uniform> dlc_step: vec4<u32>`, the step
   * index t of the loop it runs in (`.x`; 0 outside loops), bound by the runtime with a dynamic
   * offset into one buffer of step indices (runtime/scan-dispatch.ts). Compiled scans only.
   */
  readonly step?: boolean;
}

/**
 * One GPU buffer. `size` is the logical byte size (0 for zero-size tensors; the runtime allocates at
 * least 4 bytes). No kernel's result depends on `arrayLength` (a run-time loop count reads it only
 * to stay opaque to the shader compilers: gemm-uni.ts), so a memory planner may later let several
 * values share one buffer of the largest size: `dtype`/`shape` then describe the first value.
 */
export interface PlanBuffer {
  readonly size: number;
  readonly dtype: PlanDType;
  readonly shape: readonly number[];
  readonly role: BufferRole;
  /** The argument or output name for inputs, params, states and outputs. */
  readonly name?: string;
}

export interface PlanDispatch {
  /** Index into `kernels`. */
  readonly kernel: number;
  /** Buffer index bound at each binding (same length as the kernel's `bindings`). */
  readonly bindings: readonly number[];
  readonly workgroups: readonly [number, number, number];
  /** `op %name (file:line:col)`, for GPU debuggers and error messages. */
  readonly label: string;
}

export interface Plan {
  readonly version: number;
  /** The graph's name. */
  readonly name: string;
  readonly kernels: readonly PlanKernel[];
  readonly buffers: readonly PlanBuffer[];
  /** In execution order; all of them are encoded into one command buffer per run. */
  readonly dispatches: readonly PlanDispatch[];
  /** Name → buffer index. An output may name an input/param buffer, and two outputs may share one. */
  readonly inputs: Readonly<Record<string, number>>;
  readonly params: Readonly<Record<string, number>>;
  readonly states: Readonly<Record<string, number>>;
  readonly outputs: Readonly<Record<string, number>>;
  /**
   * Copies encoded after the last dispatch, in the same submit: each `from` buffer (a new value
   * computed this run) overwrites its `to` buffer (a param or state). This is how a training step
   * updates weights and optimizer state in place on the GPU without a readback.
   */
  readonly updates: readonly PlanUpdate[];
  /** Compiled scans, in dispatch order and not overlapping; absent when the plan has none. */
  readonly loops?: readonly PlanLoop[];
}

/**
 * A compiled scan: dispatches [first, first + count) are the body, encoded `steps` times in the
 * same compute pass (t = 0 … steps−1, or steps−1 … 0 with `reverse`). Its kernels see t through the
 * step uniform (PlanKernel.step); nothing is copied between steps.
 */
export interface PlanLoop {
  readonly first: number;
  readonly count: number;
  readonly steps: number;
  readonly reverse: boolean;
  /**
   * Buffer pairs exchanged in every binding of the body on odd steps (k = 1, 3, …, counting steps as
   * they run): carries ping-pong between their in and out buffers with no copy. Both of a pair have
   * the same size.
   */
  readonly swaps?: readonly (readonly [number, number])[];
}

export interface PlanUpdate {
  readonly from: number;
  readonly to: number;
}
