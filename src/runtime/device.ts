/** @file acquireDevice: a GPUDevice from the caller, navigator.gpu, or Dawn in Node (falling back to SwiftShader). */
import { RuntimeError } from './errors.ts';
import { nodeHost, type NodeHost } from './node-host.ts';

/** Where Debian/Ubuntu's chromium-common and Google Chrome put SwiftShader's Vulkan ICD manifest. */
export const SWIFTSHADER_ICDS: readonly string[] = [
  '/usr/lib/chromium/vk_swiftshader_icd.json',
  '/usr/lib/chromium-browser/vk_swiftshader_icd.json',
  '/opt/google/chrome/vk_swiftshader_icd.json',
];

/** Limits dlc's kernels benefit from; each is raised to what the adapter allows. */
const WANTED_LIMITS = [
  'maxStorageBuffersPerShaderStage',
  'maxStorageBufferBindingSize',
  'maxBufferSize',
  'maxComputeWorkgroupStorageSize',
  'maxComputeInvocationsPerWorkgroup',
  'maxComputeWorkgroupSizeX',
] as const;

export const INSTALL_HINT =
  'install a WebGPU implementation: `npm install webgpu` (Dawn for Node), and for machines without a GPU ' +
  '`apt-get install chromium-common libvulkan1` (SwiftShader, a CPU Vulkan driver dlc uses automatically)';

export interface AcquireOptions {
  /** Use this device as is (a browser's or Deno's, or one the caller configured). */
  readonly device?: GPUDevice;
  /** Request the device from this adapter (with the limits dlc raises) instead of finding one. */
  readonly adapter?: GPUAdapter;
  /** Allow the SwiftShader CPU fallback when no hardware adapter exists (default true). */
  readonly allowSoftware?: boolean;
  readonly powerPreference?: GPUPowerPreference;
  /** Limits requested on top of (and overriding) the ones dlc raises. */
  readonly requiredLimits?: Readonly<Record<string, number>>;
}

export interface AdapterSummary {
  readonly vendor: string;
  readonly architecture: string;
  readonly device: string;
  readonly description: string;
  /** True for CPU implementations (SwiftShader): fine for tests, slow for real work. */
  readonly isSoftware: boolean;
  /** How the device was found: handed in, navigator.gpu, Dawn in Node, or Dawn on SwiftShader. */
  readonly source: 'provided' | 'navigator.gpu' | 'dawn' | 'dawn-swiftshader';
}

export interface DeviceHandle {
  readonly device: GPUDevice;
  readonly adapter: AdapterSummary;
  /** Resolves when the device is lost or destroyed (executables also watch this themselves). */
  readonly lost: Promise<GPUDeviceLostInfo>;
  destroy(): void;
}

/** One line for logs and CLI output: `google swiftshader (SwiftShader driver 5.0.0) via dawn-swiftshader`. */
export function describeAdapter(a: AdapterSummary): string {
  const name = [a.vendor, a.architecture].filter(Boolean).join(' ') || 'unknown adapter';
  return `${name}${a.description ? ` (${a.description})` : ''} via ${a.source}${a.isSoftware ? ', software' : ''}`;
}

/**
 * A device to run plans on. Order: the caller's device, then `navigator.gpu` (browser, Deno), then the
 * `webgpu` npm package in Node. Dawn reads VK_ICD_FILENAMES when an instance is created, so the
 * SwiftShader fallback sets it and creates a fresh instance (retrying on the old one finds nothing).
 */
export async function acquireDevice(opts: AcquireOptions = {}): Promise<DeviceHandle> {
  if (opts.device) return handle(opts.device, providedSummary(opts.device), undefined);
  if (opts.adapter) return fromAdapter(opts.adapter, 'provided', opts, undefined);
  const nav = (globalThis as { navigator?: { gpu?: GPU } }).navigator?.gpu;
  if (nav) {
    const adapter = await nav.requestAdapter(adapterOptions(opts));
    if (adapter) return fromAdapter(adapter, 'navigator.gpu', opts, nav);
  }
  const host = nodeHost();
  if (!host) throw new RuntimeError('E_NO_WEBGPU', 'no WebGPU adapter: navigator.gpu is missing or returned none', { hint: isNode() ? "on Node older than 20.16 import the bundle's node.js (or the bundle folder as a package), which loads Dawn" : 'use a browser with WebGPU enabled' });
  return acquireInNode(opts, host);
}

async function acquireInNode(opts: AcquireOptions, host: NodeHost): Promise<DeviceHandle> {
  const dawn = await importDawn(host);
  // The Vulkan loader complains on stderr when XDG_RUNTIME_DIR is unset (containers, CI); it needs none.
  process.env.XDG_RUNTIME_DIR ??= host.tmpdir();
  // A VK_ICD_FILENAMES the user set is respected: it chose the Vulkan driver, dlc does not override it.
  const userIcd = process.env.VK_ICD_FILENAMES;
  const icd = userIcd || opts.allowSoftware === false ? undefined : findSwiftShader(host);
  // Without a GPU device node, asking Vulkan for hardware only makes CPU drivers Dawn rejects
  // (lavapipe) print warnings: go straight to SwiftShader.
  const tryHardware = !icd || hasGpuDeviceNode(host);
  let gpu = dawn.create([]);
  let adapter = tryHardware ? await gpu.requestAdapter(adapterOptions(opts)) : null;
  let source: AdapterSummary['source'] = 'dawn';
  if (!adapter && icd) {
    process.env.VK_ICD_FILENAMES = icd;
    gpu = dawn.create([]);
    adapter = await gpu.requestAdapter(adapterOptions(opts));
    source = 'dawn-swiftshader';
  }
  if (!adapter) {
    const tried = userIcd
      ? ` with VK_ICD_FILENAMES=${userIcd} (set outside dlc; unset it to let dlc try SwiftShader)`
      : icd ? ` (SwiftShader at ${icd} was tried too)` : opts.allowSoftware === false ? ' (software fallback disabled)' : ' (and no SwiftShader ICD was found)';
    throw new RuntimeError('E_NO_WEBGPU', `no WebGPU adapter found by Dawn${tried}`, { hint: INSTALL_HINT });
  }
  return fromAdapter(adapter, source, opts, gpu);
}

interface DawnModule {
  create(flags: string[]): GPU;
  globals: object;
}

/** Through the host: a bundle's index.js reaches Dawn without an import a browser bundler would resolve. */
async function importDawn(host: NodeHost): Promise<DawnModule> {
  let mod: DawnModule;
  try {
    mod = (await host.importDawn()) as DawnModule;
  } catch (e) {
    throw new RuntimeError('E_NO_WEBGPU', "the 'webgpu' package (Dawn for Node) could not be loaded", { hint: INSTALL_HINT, cause: e });
  }
  // Code written for browsers expects GPUBufferUsage & co. as globals; install them only if absent.
  if (!('GPUBufferUsage' in globalThis)) Object.assign(globalThis, mod.globals);
  return mod;
}

/** A GPU is present on Linux when DRM render nodes or NVIDIA device nodes exist (other OSes: assume yes). */
function hasGpuDeviceNode(fs: NodeHost): boolean {
  if (process.platform !== 'linux') return true;
  const dri = fs.existsSync('/dev/dri') ? fs.readdirSync('/dev/dri').some((f) => f.startsWith('renderD')) : false;
  return dri || fs.existsSync('/dev/nvidia0') || fs.existsSync('/dev/dxg');
}

function findSwiftShader(fs: NodeHost): string | undefined {
  return SWIFTSHADER_ICDS.find((p) => fs.existsSync(p));
}

function isNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

function adapterOptions(opts: AcquireOptions): GPURequestAdapterOptions {
  return opts.powerPreference ? { powerPreference: opts.powerPreference } : {};
}

/** Raises each wanted limit to the adapter's maximum, so big buffers and many-input kernels fit. */
function requiredLimits(adapter: GPUAdapter, extra: Readonly<Record<string, number>> = {}): Record<string, number> {
  const limits: Record<string, number> = {};
  const supported = adapter.limits as unknown as Record<string, number | undefined>;
  for (const name of WANTED_LIMITS) {
    const v = supported[name];
    if (typeof v === 'number') limits[name] = v;
  }
  return { ...limits, ...extra };
}

/** `gpu` is kept referenced by the handle: the device must not outlive the instance that made it. */
async function fromAdapter(adapter: GPUAdapter, source: AdapterSummary['source'], opts: AcquireOptions, gpu: GPU | undefined): Promise<DeviceHandle> {
  const device = await adapter.requestDevice({ requiredLimits: requiredLimits(adapter, opts.requiredLimits), label: 'dlc' });
  return handle(device, summarise(adapter, source), gpu);
}

function summarise(adapter: GPUAdapter, source: AdapterSummary['source']): AdapterSummary {
  const info = (adapter.info ?? {}) as Partial<GPUAdapterInfo> & { isFallbackAdapter?: boolean };
  const description = info.description ?? '';
  const isSoftware =
    info.isFallbackAdapter === true || (adapter as { isFallbackAdapter?: boolean }).isFallbackAdapter === true || looksSoftware(info);
  return {
    vendor: info.vendor ?? '',
    architecture: info.architecture ?? '',
    device: info.device ?? '',
    description,
    isSoftware,
    source: isSoftware && source === 'dawn' ? 'dawn-swiftshader' : source,
  };
}

/** Newer implementations expose `device.adapterInfo`; older ones leave the summary blank. */
function providedSummary(device: GPUDevice): AdapterSummary {
  const info = (device as { adapterInfo?: Partial<GPUAdapterInfo> }).adapterInfo ?? {};
  const description = info.description ?? 'device provided by the caller';
  return { vendor: info.vendor ?? '', architecture: info.architecture ?? '', device: info.device ?? '', description, isSoftware: looksSoftware(info), source: 'provided' };
}

/** CPU implementations name themselves in the architecture or description. */
function looksSoftware(info: Partial<GPUAdapterInfo>): boolean {
  return /swiftshader|llvmpipe|lavapipe|warp/i.test(`${info.architecture ?? ''} ${info.description ?? ''}`);
}

function handle(device: GPUDevice, adapter: AdapterSummary, gpu: GPU | undefined): DeviceHandle {
  const keepAlive = { gpu };
  return {
    device,
    adapter,
    lost: device.lost,
    destroy() {
      device.destroy();
      keepAlive.gpu = undefined;
    },
  };
}
