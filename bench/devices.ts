/**
 * @file The devices under test: dlc's GPUDevice from acquireDevice, TF.js's WebGPU backend on that SAME
 * GPUDevice (same adapter, same driver), and TF.js's WASM and CPU backends as the CPU alternatives.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import type * as TF from '@tensorflow/tfjs';
import { acquireDevice, type DeviceHandle } from '../src/runtime/index.ts';
import { installProbe } from './gpu-probe.ts';
import type { AdapterReport } from './types.ts';

export type Tf = typeof TF;
export type TfBackend = 'webgpu' | 'wasm' | 'cpu';

export interface Devices {
  readonly gpu: DeviceHandle;
  readonly tf: Tf;
  /** Backends that initialised; the others carry their error. */
  readonly backends: Readonly<Partial<Record<TfBackend, true | string>>>;
  readonly adapters: readonly AdapterReport[];
  /** Replaces TF.js's WebGPU backend with a fresh one on the same device: empty pipeline cache and buffer pool. */
  readonly freshWebGpu: () => void;
}

const require = createRequire(import.meta.url);

/** TF.js prints an "install tfjs-node" banner and kernel-registration warnings; benchmarks keep stdout clean. */
async function quietly<T>(f: () => Promise<T>): Promise<T> {
  const [log, warn] = [console.log, console.warn];
  console.log = () => undefined;
  console.warn = () => undefined;
  try {
    return await f();
  } finally {
    [console.log, console.warn] = [log, warn];
  }
}

/**
 * dlc's device first: acquireDevice picks the adapter (hardware, else SwiftShader via VK_ICD_FILENAMES).
 * `navigator.gpu` is then set for TF.js's feature check, and its 'webgpu' backend is re-registered to
 * wrap dlc's own GPUDevice, so both systems run on one device and the comparison is like for like.
 */
export async function openDevices(): Promise<Devices> {
  const gpu = await acquireDevice();
  installProbe();
  await setNavigatorGpu(gpu);
  // Not IS_TEST: that mode turns on TF.js's per-kernel leak checks, which the WASM optimizers trip.
  const tf = await quietly(() => import('@tensorflow/tfjs'));
  const backends: Partial<Record<TfBackend, true | string>> = {};
  let freshWebGpu = (): void => undefined;
  backends.webgpu = await registerWebGpu(tf, gpu).then((f) => ((freshWebGpu = f), true as const), (e: unknown) => String(e));
  backends.wasm = await registerWasm().then(() => true as const, (e: unknown) => String(e));
  backends.cpu = true;
  const a = gpu.adapter;
  const adapters: AdapterReport[] = [{ system: 'dlc', vendor: a.vendor, architecture: a.architecture, device: a.device, description: `${a.description} (${a.source})`, isSoftware: a.isSoftware }];
  if (backends.webgpu === true) adapters.push({ ...adapters[0]!, system: 'tfjs-webgpu', description: `${a.description} (the same GPUDevice as dlc)` });
  return { gpu, tf, backends, adapters, freshWebGpu };
}

/**
 * A fresh Dawn instance created after acquireDevice, so it sees the same VK_ICD_FILENAMES, wrapped so
 * that `requestAdapter()` hands out an adapter whose `requestDevice()` returns dlc's own GPUDevice:
 * jax-js (which asks `navigator.gpu` for its device) then runs on the same device as dlc and TF.js.
 * jax-js also reads `navigator.userAgent` and `hardwareConcurrency`, which Node 20 has no navigator for.
 */
async function setNavigatorGpu(gpu: DeviceHandle): Promise<void> {
  const g = globalThis as { navigator?: { gpu?: unknown; userAgent?: string; hardwareConcurrency?: number } };
  if (g.navigator?.gpu) return;
  const dawn = (await import('webgpu')) as unknown as { create(flags: string[]): GPU };
  const real = dawn.create([]);
  const device = gpu.device;
  const adapter = {
    features: device.features, limits: device.limits, info: device.adapterInfo, isFallbackAdapter: gpu.adapter.isSoftware,
    requestDevice: async (): Promise<GPUDevice> => device,
    requestAdapterInfo: async (): Promise<GPUAdapterInfo> => device.adapterInfo,
  };
  const shared = {
    requestAdapter: async (): Promise<unknown> => adapter,
    getPreferredCanvasFormat: (): GPUTextureFormat => 'rgba8unorm',
    get wgslLanguageFeatures() { return real.wgslLanguageFeatures; },
  };
  const nav = { userAgent: `Node.js/${process.versions.node}`, hardwareConcurrency: availableParallelism(), language: 'en-US', ...(g.navigator ?? {}), gpu: shared };
  Object.defineProperty(globalThis, 'navigator', { value: nav, configurable: true, writable: true });
}

async function registerWebGpu(tf: Tf, gpu: DeviceHandle): Promise<() => void> {
  const wg = (await quietly(() => import('@tensorflow/tfjs-backend-webgpu'))) as unknown as { WebGPUBackend: new (d: GPUDevice, info?: unknown) => TF.KernelBackend };
  const a = gpu.adapter;
  const info = { vendor: a.vendor, architecture: a.architecture, device: a.device, description: a.description };
  const fresh = (): void => {
    if (tf.getBackend() === 'webgpu') tf.setBackend('cpu');
    tf.removeBackend('webgpu');
    tf.registerBackend('webgpu', () => new wg.WebGPUBackend(gpu.device, info), 1);
  };
  fresh();
  await useBackend(tf, 'webgpu');
  return fresh;
}

/** The WASM backend reads its .wasm files from the package's dist folder (a file path works in Node). */
async function registerWasm(): Promise<void> {
  const wasm = await quietly(() => import('@tensorflow/tfjs-backend-wasm'));
  // DLC_BENCH_WASM_DIR: where a bundled harness (no node_modules, see bench/README.md) carries the .wasm files.
  const dist = process.env.DLC_BENCH_WASM_DIR ?? dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
  wasm.setWasmPaths(`${join(dist, '/')}`);
}

/** Switches TF.js to a backend; throws when it does not initialise. */
export async function useBackend(tf: Tf, name: TfBackend): Promise<void> {
  const ok = await quietly(() => tf.setBackend(name));
  if (!ok) throw new Error(`TF.js backend '${name}' did not initialise`);
  await tf.ready();
}

/** Pushes TF.js's deferred WebGPU commands and waits for the device to finish them (no readback). */
export async function tfGpuIdle(tf: Tf): Promise<void> {
  const b = tf.backend() as unknown as { endComputePassEncoder?: () => void; submitQueue?: () => void; device?: GPUDevice };
  if (b.endComputePassEncoder && b.submitQueue && b.device) {
    b.endComputePassEncoder();
    b.submitQueue();
    await b.device.queue.onSubmittedWorkDone();
  }
}
