/**
 * @file Counters around the WebGPU API itself, so dlc and TF.js are measured the same way: dispatches
 * (wrapping GPUComputePassEncoder.dispatchWorkgroups), pipelines created, and live/peak buffer bytes.
 */

interface Counters {
  dispatches: number;
  pipelines: number;
  liveBytes: number;
  peakBytes: number;
}

const counters: Counters = { dispatches: 0, pipelines: 0, liveBytes: 0, peakBytes: 0 };
const sizes = new WeakMap<object, number>();
let installed = false;

type Proto = Record<string, unknown>;

/** Wraps `proto[name]` with `before(this, args)`; a missing class (other WebGPU implementations) is skipped. */
function wrap(proto: Proto | undefined, name: string, after: (self: object, args: unknown[], result: unknown) => void): void {
  const orig = proto?.[name];
  if (!proto || typeof orig !== 'function') return;
  proto[name] = function (this: object, ...args: unknown[]) {
    const result = (orig as (...a: unknown[]) => unknown).apply(this, args);
    after(this, args, result);
    return result;
  };
}

function protoOf(cls: string): Proto | undefined {
  return (globalThis as unknown as Record<string, { prototype: Proto } | undefined>)[cls]?.prototype;
}

/** Installs the counters once (after the WebGPU globals exist: call it after acquireDevice). */
export function installProbe(): boolean {
  if (installed) return true;
  const pass = protoOf('GPUComputePassEncoder');
  const device = protoOf('GPUDevice');
  if (!pass || !device) return false;
  wrap(pass, 'dispatchWorkgroups', () => void counters.dispatches++);
  wrap(pass, 'dispatchWorkgroupsIndirect', () => void counters.dispatches++);
  wrap(device, 'createComputePipeline', () => void counters.pipelines++);
  wrap(device, 'createComputePipelineAsync', () => void counters.pipelines++);
  wrap(device, 'createBuffer', (_self, args, buffer) => {
    const size = (args[0] as GPUBufferDescriptor).size;
    if (buffer && typeof buffer === 'object') sizes.set(buffer, size);
    counters.liveBytes += size;
    counters.peakBytes = Math.max(counters.peakBytes, counters.liveBytes);
  });
  wrap(protoOf('GPUBuffer'), 'destroy', (self) => {
    counters.liveBytes -= sizes.get(self) ?? 0;
    sizes.delete(self);
  });
  installed = true;
  return true;
}

export function isProbeInstalled(): boolean {
  return installed;
}

/** Counts dispatches made while `f` runs (its GPU work encoded before it resolves). */
export async function countDispatches(f: () => Promise<unknown>): Promise<number | undefined> {
  if (!installed) return undefined;
  const before = counters.dispatches;
  await f();
  return counters.dispatches - before;
}

/** Pipelines created so far (take differences around a model's work). */
export function pipelinesCreated(): number {
  return counters.pipelines;
}

/** Starts a peak-memory window: the peak is measured above the bytes already live now. */
export function startMemoryWindow(): () => number {
  const base = counters.liveBytes;
  counters.peakBytes = base;
  return () => counters.peakBytes - base;
}
