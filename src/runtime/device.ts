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
  /** Which CPU Vulkan driver to fall back to in Node (default: DLC_VULKAN_DRIVER, else lavapipe then SwiftShader). */
  readonly softwareDriver?: SoftwareChoice;
  /** Features requested where the adapter has them (e.g. 'shader-f16' for an f16 bundle); absent ones are not an error. */
  readonly optionalFeatures?: readonly string[];
}

export type SoftwareChoice = 'auto' | 'lavapipe' | 'swiftshader';

export interface AdapterSummary {
  readonly vendor: string;
  readonly architecture: string;
  readonly device: string;
  readonly description: string;
  /** True for CPU implementations (SwiftShader): fine for tests, slow for real work. */
  readonly isSoftware: boolean;
  /** How the device was found: handed in, navigator.gpu, Dawn in Node, or Dawn on a CPU Vulkan driver. */
  readonly source: 'provided' | 'navigator.gpu' | 'dawn' | 'dawn-swiftshader' | 'dawn-lavapipe';
  /** Why this adapter was chosen (Node): e.g. "no GPU device node; Mesa lavapipe (the default order ...)". */
  readonly reason?: string;
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
  return `${name}${a.description ? ` (${a.description})` : ''} via ${a.source}${a.isSoftware ? ', software' : ''}${a.reason ? ` [${a.reason}]` : ''}`;
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
  const choice = opts.softwareDriver ?? envDriver();
  const drivers = userIcd || opts.allowSoftware === false ? [] : softwareDrivers(choice, host);
  if (!userIcd && choice !== 'auto' && opts.allowSoftware !== false && !drivers.length) {
    const fix = choice === 'lavapipe' ? 'run scripts/setup-lavapipe.sh (Mesa 25 from bookworm-backports, into a cache folder)' : 'apt-get install chromium-common libvulkan1';
    throw new RuntimeError('E_NO_WEBGPU', `the ${choice} Vulkan driver was asked for (DLC_VULKAN_DRIVER or softwareDriver) but is not installed`, { hint: fix });
  }
  // Without a GPU device node, asking Vulkan for hardware only makes CPU drivers Dawn rejects
  // (Debian 12's lavapipe) print warnings: go straight to the software drivers.
  const hasNode = hasGpuDeviceNode(host);
  if (!drivers.length || hasNode) {
    const gpu = dawn.create([]);
    const adapter = await gpu.requestAdapter(adapterOptions(opts));
    const why = userIcd ? `VK_ICD_FILENAMES=${userIcd} was set outside dlc` : hasNode ? 'a GPU device node is present' : 'no software driver was found';
    if (adapter) return fromAdapter(adapter, 'dawn', opts, gpu, why);
  }
  const refused: string[] = [];
  for (const d of drivers) {
    // Dawn reads VK_ICD_FILENAMES when an instance is created, so each driver gets a fresh instance.
    process.env.VK_ICD_FILENAMES = d.icd;
    const gpu = dawn.create([]);
    const adapter = await gpu.requestAdapter(adapterOptions(opts));
    const why = `${hasNode ? 'no hardware adapter' : 'no GPU device node'}; ${d.why}${refused.length ? `; ${refused.join('; ')}` : ''}`;
    if (adapter) return fromAdapter(adapter, `dawn-${d.name}`, opts, gpu, why);
    refused.push(`${d.name} at ${d.icd} gave no adapter`);
  }
  if (userIcd) delete process.env.VK_ICD_FILENAMES;
  const tried = userIcd
    ? ` with VK_ICD_FILENAMES=${userIcd} (set outside dlc; unset it to let dlc try its software drivers)`
    : refused.length ? ` (${refused.join('; ')})` : opts.allowSoftware === false ? ' (software fallback disabled)' : ' (and no software Vulkan driver was found)';
  throw new RuntimeError('E_NO_WEBGPU', `no WebGPU adapter found by Dawn${tried}`, { hint: INSTALL_HINT });
}

/** A CPU Vulkan driver dlc can point Dawn at, with why it is in the list. */
interface SoftwareDriver {
  readonly name: 'lavapipe' | 'swiftshader';
  readonly icd: string;
  readonly why: string;
}

/**
 * The CPU drivers to try, best first. Mesa 25's lavapipe runs dlc's plans 6.5-9x faster than
 * SwiftShader but compiles pipelines more slowly, so it leads for real work and `'swiftshader'` (or
 * DLC_VULKAN_DRIVER=swiftshader) picks the quick-compiling one, as the test suite does.
 */
function softwareDrivers(pick: SoftwareChoice, fs: NodeHost): SoftwareDriver[] {
  const out: SoftwareDriver[] = [];
  const lvp = lavapipeIcds(fs).find((p) => fs.existsSync(p));
  const ss = SWIFTSHADER_ICDS.find((p) => fs.existsSync(p));
  const how = pick === 'auto' ? 'the default order is lavapipe, then SwiftShader' : `DLC_VULKAN_DRIVER / softwareDriver chose ${pick}`;
  if (lvp && pick !== 'swiftshader') out.push({ name: 'lavapipe', icd: lvp, why: `Mesa lavapipe (${how})` });
  if (ss && pick !== 'lavapipe') out.push({ name: 'swiftshader', icd: ss, why: lvp && pick === 'auto' ? `SwiftShader (${how})` : pick === 'auto' ? 'SwiftShader (no Mesa 25 lavapipe found: run scripts/setup-lavapipe.sh for a faster CPU driver)' : `SwiftShader (${how})` });
  return out;
}

/** DLC_VULKAN_DRIVER=lavapipe|swiftshader|auto; anything else is refused rather than ignored. */
function envDriver(): SoftwareChoice {
  const env = process.env.DLC_VULKAN_DRIVER;
  if (env === undefined || env === '' || env === 'auto') return 'auto';
  if (env === 'lavapipe' || env === 'swiftshader') return env;
  throw new RuntimeError('E_NO_WEBGPU', `DLC_VULKAN_DRIVER='${env}' is not a driver dlc knows`, { hint: 'use lavapipe, swiftshader or auto (or unset it)' });
}

/** Where scripts/setup-lavapipe.sh puts Mesa 25's lavapipe (DLC_LAVAPIPE_ICD overrides). */
function lavapipeIcds(host: NodeHost): string[] {
  const cache = process.env.DLC_CACHE_DIR ?? host.joinPath(process.env.XDG_CACHE_HOME ?? host.joinPath(host.homedir(), '.cache'), 'dlc');
  return [process.env.DLC_LAVAPIPE_ICD, host.joinPath(cache, 'mesa', 'lvp_icd.json')].filter((p): p is string => Boolean(p));
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
async function fromAdapter(adapter: GPUAdapter, source: AdapterSummary['source'], opts: AcquireOptions, gpu: GPU | undefined, reason?: string): Promise<DeviceHandle> {
  const summary = summarise(adapter, source, reason);
  // CPU drivers get subgroups where they have them: the lavapipe GEMMs share operand reads with subgroupBroadcast (gemm-uni.ts).
  const wanted = [...(opts.optionalFeatures ?? []), ...(summary.isSoftware ? ['subgroups'] : [])];
  const requiredFeatures = [...new Set(wanted)].filter((f) => adapter.features.has(f)) as GPUFeatureName[];
  const device = await adapter.requestDevice({ requiredLimits: requiredLimits(adapter, opts.requiredLimits), label: 'dlc', requiredFeatures });
  return handle(device, summary, gpu);
}

function summarise(adapter: GPUAdapter, source: AdapterSummary['source'], reason?: string): AdapterSummary {
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
    source: isSoftware && source === 'dawn' ? (/llvmpipe|lavapipe/i.test(description) ? 'dawn-lavapipe' : 'dawn-swiftshader') : source,
    ...(reason ? { reason } : {}),
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
