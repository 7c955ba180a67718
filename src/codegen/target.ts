/**
 * @file The device a program is compiled for, as far as kernel choices depend on it. Without one the
 * compiler picks defaults that suit GPUs; `dlc train` (and any caller that has its device) passes the
 * adapter's description so a CPU implementation gets the kernels that are fast there.
 */

export interface KernelTarget {
  /** A CPU implementation (SwiftShader, lavapipe): it runs a workgroup's invocations as coroutines and
   *  switches between all of them at every barrier, so barrier-free kernels win there. */
  readonly software: boolean;
  readonly vendor?: string;
  readonly architecture?: string;
  /** Shorthand for logs, plans and `dlc explain`, e.g. "google swiftshader (software)". */
  readonly label: string;
  /**
   * Winners measured on the device (`dlc build --tune`, src/bundle/tune.ts): kernel key
   * (`gemmKey`) → variant name (`variantName`). A key found here overrides the rule-based choice.
   */
  readonly tuned?: TunedTable;
  /**
   * The device's subgroup size where the device was created with the `subgroups` feature and the size
   * is fixed (min = max; lavapipe on AVX2: 8, SwiftShader: 4). Kernels that `subgroupBroadcast` (gemm-uni.ts) need it;
   * unset, they are never chosen.
   */
  readonly subgroupSize?: number;
}

/** Google's SwiftShader (Dawn reports vendor `google`, architecture `swiftshader`). */
export const isSwiftShader = (t: KernelTarget): boolean => t.software && /swiftshader/i.test(`${t.architecture ?? ''} ${t.label}`);

/** Kernel key → variant name, as recorded in a tuned bundle's manifest. */
export type TunedTable = Readonly<Record<string, string>>;

/** What acquireDevice's adapter summary (or a browser's GPUAdapterInfo) says about the device. */
export interface AdapterLike {
  readonly vendor?: string;
  readonly architecture?: string;
  readonly description?: string;
  readonly isSoftware?: boolean;
}

export function targetOf(a: AdapterLike): KernelTarget {
  const software = a.isSoftware ?? /swiftshader|llvmpipe|lavapipe|warp/i.test(`${a.architecture ?? ''} ${a.description ?? ''}`);
  const name = [a.vendor, a.architecture].filter(Boolean).join(' ') || 'unknown device';
  return { software, vendor: a.vendor ?? '', architecture: a.architecture ?? '', label: `${name}${software ? ' (software)' : ''}` };
}

/** The target of a device in hand: `device.adapterInfo` where the implementation has it (Dawn, Chrome). */
export function deviceTarget(device: GPUDevice): KernelTarget {
  const info = (device as { adapterInfo?: AdapterLike & { subgroupMinSize?: number; subgroupMaxSize?: number } }).adapterInfo ?? {};
  const t = targetOf(info);
  const size = info.subgroupMinSize;
  const fixed = t.software && device.features?.has('subgroups') && typeof size === 'number' && size > 0 && size === info.subgroupMaxSize;
  return fixed ? { ...t, subgroupSize: size } : t;
}
