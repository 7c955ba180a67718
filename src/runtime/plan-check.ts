/**
 * @file Plan validation before the first dispatch, shared by loadPlan (any Plan) and bundle loading
 * (a manifest's plans, checked before any GPU work): counts bounded, every dispatch's kernel and
 * buffers existing, workgroup counts positive integers within a sane total, each binding's buffer
 * at least as large as the kernel needs, updates between equal buffers; then, with a device, its limits.
 */
import { clip, describeType, RuntimeError } from './errors.ts';
import type { BindingAccess, PlanBuffer, PlanDispatch, PlanUpdate } from './plan-types.ts';
import { checkLoops } from './scan-dispatch.ts';

/** Far above any real model (resnet_small has ~60 kernels), far below what would keep load() busy for long. */
export const PLAN_LIMITS = {
  kernels: 4096,
  buffers: 65536,
  dispatches: 65536,
  bindingsPerKernel: 4096,
  /** Workgroups of one dispatch: dlc never launches more than one per element of the largest buffer it binds. */
  workgroupsPerDispatch: 1 << 26,
} as const;

/** What the checks need to know of a dispatch's kernel; `bindingBytes` when the bundle records it. */
export interface KernelShape {
  readonly bindings: readonly BindingAccess[];
  readonly bindingBytes?: readonly number[];
}

export interface CheckablePlan {
  readonly buffers: readonly PlanBuffer[];
  readonly dispatches: readonly PlanDispatch[];
  readonly updates?: readonly PlanUpdate[];
  readonly loops?: unknown;
}

function bad(code: string, message: string, hint?: string): never {
  throw new RuntimeError(code, message, hint ? { hint } : {});
}

const isIndex = (v: unknown, n: number): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) < n;

/** Throws E_PLAN_INVALID (code overridable, e.g. E_BUNDLE_INVALID with a manifest prefix) for the first problem found. */
export function checkPlanStructure(where: string, plan: CheckablePlan, kernelCount: number, kernel: (i: number) => KernelShape | undefined, code = 'E_PLAN_INVALID', hint?: string): void {
  const fail = (m: string): never => bad(code, `${where}: ${m}`, hint);
  if (!Array.isArray(plan.buffers) || !Array.isArray(plan.dispatches)) fail('buffers or dispatches is not a list');
  if (kernelCount > PLAN_LIMITS.kernels) fail(`${kernelCount} kernels is more than any dlc build makes (${PLAN_LIMITS.kernels})`);
  if (plan.buffers.length > PLAN_LIMITS.buffers) fail(`${plan.buffers.length} buffers is more than any dlc build makes (${PLAN_LIMITS.buffers})`);
  if (plan.dispatches.length > PLAN_LIMITS.dispatches) fail(`${plan.dispatches.length} dispatches is more than any dlc build makes (${PLAN_LIMITS.dispatches})`);
  plan.dispatches.forEach((d, at) => checkDispatch(d, at, plan, kernelCount, kernel, fail));
  checkLoops(plan.loops, plan.buffers, plan.dispatches.length, fail);
  if (plan.updates !== undefined && !Array.isArray(plan.updates)) fail('updates is not a list');
  for (const u of plan.updates ?? []) {
    const ok = typeof u === 'object' && u !== null && isIndex(u.from, plan.buffers.length) && isIndex(u.to, plan.buffers.length);
    const [from, to] = ok ? [plan.buffers[u.from]!, plan.buffers[u.to]!] : [undefined, undefined];
    if (!from || !to || from.size !== to.size || (to.role !== 'param' && to.role !== 'state')) {
      fail(`update ${clip(JSON.stringify(u) ?? '?', 40)} must copy between existing buffers of equal size into a param or state`);
    }
  }
}

function checkDispatch(d: PlanDispatch, at: number, plan: CheckablePlan, kernelCount: number, kernel: (i: number) => KernelShape | undefined, fail: (m: string) => never): void {
  if (typeof d !== 'object' || d === null) fail(`dispatch ${at} is not an object`);
  const name = typeof d.label === 'string' && d.label.length <= 1000 ? `dispatch ${at} '${clip(d.label, 80)}'` : fail(`dispatch ${at} has no label (a string)`);
  const k = isIndex(d.kernel, kernelCount) ? kernel(d.kernel) : undefined;
  if (!k || !Array.isArray(k.bindings)) fail(`${name} refers to a kernel that does not exist`);
  if (k.bindings.length > PLAN_LIMITS.bindingsPerKernel) fail(`${name}'s kernel has ${k.bindings.length} bindings, more than any dlc build makes (${PLAN_LIMITS.bindingsPerKernel})`);
  if (!Array.isArray(d.bindings) || d.bindings.length !== k.bindings.length || !d.bindings.every((b) => isIndex(b, plan.buffers.length))) {
    fail(`${name} refers to a missing buffer, or binds ${Array.isArray(d.bindings) ? d.bindings.length : 'no'} buffers where its kernel has ${k.bindings.length} bindings`);
  }
  const wg = d.workgroups;
  if (!Array.isArray(wg) || wg.length !== 3 || !wg.every((w) => Number.isSafeInteger(w) && w >= 1)) fail(`${name} has workgroups ${clip(JSON.stringify(wg) ?? String(wg), 40)}: three positive integers are needed`);
  const total = wg[0] * wg[1] * wg[2];
  const elements = Math.max(1, ...d.bindings.map((b) => Math.ceil(plan.buffers[b]!.size / 4)));
  if (total > PLAN_LIMITS.workgroupsPerDispatch || total > elements) {
    fail(`${name} launches ${wg.join('×')} workgroups for buffers of at most ${elements} elements; a dlc kernel never needs more than one per element`);
  }
  // WebGPU forbids one buffer bound writable and read-only in the same dispatch (a memory planner must not alias them).
  const written = new Set(d.bindings.filter((_, i) => k.bindings[i] === 'read_write'));
  if (d.bindings.some((b, i) => k.bindings[i] === 'read' && written.has(b))) fail(`${name} binds one buffer both read-only and writable`);
  d.bindings.forEach((b, i) => {
    const need = k.bindingBytes?.[i] ?? 0;
    const buf = plan.buffers[b]!;
    if (buf.size < need) fail(`${name} binds buffer ${b} (${describeType(buf.dtype, buf.shape)}, ${buf.size} bytes) at binding ${i}, where its kernel needs ${need} bytes`);
  });
}

/** Refuses plans the device cannot run, naming the limit, rather than failing (or hanging) inside the driver. */
export function checkDeviceLimits(device: GPUDevice, plan: CheckablePlan & { readonly kernels: readonly { readonly bindings: readonly BindingAccess[]; readonly code: string }[] }): void {
  const l = device.limits;
  const maxBinding = Math.min(l.maxStorageBufferBindingSize, l.maxBufferSize);
  plan.buffers.forEach((b, i) => {
    if (b.size > maxBinding) {
      bad('E_DEVICE_LIMIT', `buffer ${b.name === undefined ? `#${i}` : `'${clip(b.name, 80)}'`} (${describeType(b.dtype, b.shape)}, ${b.size} bytes) exceeds this device's limit of ${maxBinding} bytes per storage buffer`);
    }
  });
  for (const k of plan.kernels) {
    if (k.bindings.length > l.maxStorageBuffersPerShaderStage) {
      bad('E_DEVICE_LIMIT', `a kernel binds ${k.bindings.length} storage buffers but this device allows ${l.maxStorageBuffersPerShaderStage}: ${clip(k.code.split('\n', 1)[0] ?? '', 120)}`);
    }
  }
  for (const d of plan.dispatches) {
    if (d.workgroups.some((w) => w > l.maxComputeWorkgroupsPerDimension)) {
      bad('E_DEVICE_LIMIT', `dispatch '${clip(d.label, 80)}' needs ${d.workgroups.join('×')} workgroups; this device allows ${l.maxComputeWorkgroupsPerDimension} per dimension`);
    }
  }
}
