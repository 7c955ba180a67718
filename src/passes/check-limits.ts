/**
 * @file checkDeviceLimits: refuses, at compile time, a plan the target device could not run (a buffer
 * over the binding/buffer size, a kernel with too many bindings, too many workgroups, too much
 * workgroup memory), naming the tensor or kernel, its source location, the limit and what to do.
 *
 * Requires: a compiled plan and the dispatch groups it was made from (same order as its dispatches).
 * Establishes: nothing; it only throws E_DEVICE_LIMIT. The runtime checks the same limits again on
 * the real device at load, but by then a user has shipped the bundle: this catches it at `dlc build`.
 */
import { CompileError, type Graph, type Node, type SourceLoc } from '../ir/index.ts';
import type { CompiledPlan } from '../codegen/plan.ts';
import type { Plan, PlanBuffer } from '../runtime/plan-types.ts';
import { memberNodes } from './fuse-groups.ts';

/** The limits dlc's plans depend on, by their WebGPU names. */
export interface DeviceLimits {
  readonly maxStorageBufferBindingSize: number;
  readonly maxBufferSize: number;
  readonly maxStorageBuffersPerShaderStage: number;
  readonly maxComputeWorkgroupsPerDimension: number;
  readonly maxComputeWorkgroupStorageSize: number;
}

/** WebGPU's spec defaults: what every conforming device (and browser) guarantees without asking. */
export const DEFAULT_DEVICE_LIMITS: DeviceLimits = {
  maxStorageBufferBindingSize: 134_217_728,
  maxBufferSize: 268_435_456,
  maxStorageBuffersPerShaderStage: 8,
  maxComputeWorkgroupsPerDimension: 65_535,
  maxComputeWorkgroupStorageSize: 16_384,
};

/** The spec defaults overridden by whatever is given (a GPUSupportedLimits object works as is). */
export function resolveLimits(given: Partial<DeviceLimits> | GPUSupportedLimits | undefined): DeviceLimits {
  const out: Record<string, number> = { ...DEFAULT_DEVICE_LIMITS };
  for (const k of Object.keys(DEFAULT_DEVICE_LIMITS)) {
    const v = (given as Record<string, unknown> | undefined)?.[k];
    if (typeof v === 'number' && v > 0) out[k] = v;
  }
  return out as unknown as DeviceLimits;
}

const BUFFER_HINT = 'use a smaller batch (--batch), smaller layers, or target a device with a larger limit (CompileOptions.deviceLimits, e.g. the adapter\'s own limits)';

export function checkDeviceLimits(graph: Graph, compiled: CompiledPlan, limits: DeviceLimits): void {
  const where = locator(graph, compiled);
  checkBuffers(compiled.plan, limits, where);
  compiled.plan.dispatches.forEach((d, i) => {
    const k = compiled.plan.kernels[d.kernel]!;
    const at = where.dispatch(i);
    if (k.bindings.length > limits.maxStorageBuffersPerShaderStage) {
      fail(`kernel '${d.label}' binds ${k.bindings.length} storage buffers; the device allows ${limits.maxStorageBuffersPerShaderStage} per shader stage (maxStorageBuffersPerShaderStage)`, at,
        'split the op (fewer inputs to one concat/add_n), compile with fuse: false, or target a device with more storage buffers per stage');
    }
    const dim = d.workgroups.findIndex((w) => w > limits.maxComputeWorkgroupsPerDimension);
    if (dim >= 0) {
      fail(`kernel '${d.label}' needs ${d.workgroups.join('×')} workgroups; the device allows ${limits.maxComputeWorkgroupsPerDimension} per dimension (maxComputeWorkgroupsPerDimension)`, at, BUFFER_HINT);
    }
    const shared = workgroupBytes(k.code);
    if (shared > limits.maxComputeWorkgroupStorageSize) {
      fail(`kernel '${d.label}' uses ${shared} bytes of workgroup memory; the device allows ${limits.maxComputeWorkgroupStorageSize} (maxComputeWorkgroupStorageSize)`, at, 'target a device with more workgroup storage');
    }
  });
}

/** Each buffer against the smaller of the binding and the allocation limit (every dlc buffer is bound whole). */
function checkBuffers(plan: Plan, limits: DeviceLimits, where: Locator): void {
  const max = Math.min(limits.maxStorageBufferBindingSize, limits.maxBufferSize);
  const which = limits.maxStorageBufferBindingSize <= limits.maxBufferSize ? 'maxStorageBufferBindingSize' : 'maxBufferSize';
  plan.buffers.forEach((b, i) => {
    if (b.size <= max) return;
    fail(`${describeBuffer(b, i)} is ${b.size} bytes (${mib(b.size)}); the device allows ${max} bytes (${mib(max)}) per storage buffer (${which})`, where.buffer(i), BUFFER_HINT);
  });
}

function describeBuffer(b: PlanBuffer, i: number): string {
  const type = `${b.dtype}[${b.shape.join(',')}]`;
  return b.name === undefined ? `${b.role} buffer #${i} (${type})` : `${b.role} '${b.name}' (${type})`;
}

function mib(n: number): string {
  return `${(n / 1_048_576).toFixed(1)} MiB`;
}

/** Sums `var<workgroup> x: array<T, N>` (and scalar/vector) declarations; WGSL sizes: scalars 4, vecN 4·N. */
export function workgroupBytes(wgsl: string): number {
  let total = 0;
  for (const m of wgsl.matchAll(/var<workgroup>\s+\w+\s*:\s*([^;]+);/g)) total += typeBytes(m[1]!.trim());
  return total;
}

function typeBytes(t: string): number {
  const arr = /^array<\s*(.+?)\s*,\s*(\d+)u?\s*>$/.exec(t);
  if (arr) return typeBytes(arr[1]!) * Number(arr[2]);
  const vec = /^vec([234])<\w+>$/.exec(t);
  if (vec) return 4 * (vec[1] === '3' ? 4 : Number(vec[1])); // vec3 is padded to 16 bytes in arrays
  const mat = /^mat(\d)x(\d)<\w+>$/.exec(t);
  if (mat) return 4 * Number(mat[1]) * (mat[2] === '3' ? 4 : Number(mat[2]));
  return 4;
}

interface Locator {
  dispatch(i: number): SourceLoc | undefined;
  buffer(i: number): SourceLoc | undefined;
}

/** Source locations: a dispatch's first located node; a buffer's first dispatch that binds it. */
function locator(graph: Graph, compiled: CompiledPlan): Locator {
  const defs = new Map<number, Node>(graph.nodes.map((n) => [n.id, n]));
  const position = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const dispatch = (i: number): SourceLoc | undefined => {
    const g = compiled.dispatchGroups[i];
    return g ? memberNodes(g, defs, position).find((n) => n.loc)?.loc : undefined;
  };
  const buffer = (b: number): SourceLoc | undefined => {
    for (let i = 0; i < compiled.plan.dispatches.length; i++) {
      if (compiled.plan.dispatches[i]!.bindings.includes(b)) {
        const loc = dispatch(i);
        if (loc) return loc;
      }
    }
    return undefined;
  };
  return { dispatch, buffer };
}

function fail(message: string, loc: SourceLoc | undefined, hint: string): never {
  throw new CompileError('E_DEVICE_LIMIT', message, { ...(loc ? { loc } : {}), hint });
}
