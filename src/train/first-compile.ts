/**
 * @file Whether the first dispatches will compile, decided from facts, not timing (#20). Mesa's
 * lavapipe (llvmpipe) compiles each kernel with LLVM at its first dispatch, not at pipeline creation:
 * on a new machine that is seconds per kernel (minutes for a CNN's training step) before step 1,
 * and it keeps the result in Mesa's disk shader cache, so later runs skip it. dlc cannot ask Mesa
 * what its cache holds, so it keeps its own record beside it: after a kernel has run once, a marker
 * (the hash of its code, entry and bindings) goes into a small file in dlc's cache folder, one file
 * per driver and Mesa cache folder, naming that folder's identity (inode and birth time). A kernel
 * without a marker, a Mesa cache folder that is not the one the markers were written beside (deleted
 * and made again: Mesa makes it when the device is created), or a cache Mesa is told not to use,
 * means "will compile".
 * SwiftShader and real GPUs compile at pipeline creation, before any step, and are not reported here.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { defaultCacheDir } from '../data/image-cache.ts';
import { pipelineKey } from '../runtime/pipelines.ts';
import type { PlanKernel } from '../runtime/plan-types.ts';

/** What the user is told before the first step (one line, or one JSON event with `--json`). */
export interface CompileNotice {
  /** Kernels that will compile at their first dispatch, of `total` distinct ones in the plans. */
  readonly kernels: number;
  readonly total: number;
  /** Mesa's shader cache folder, or null when MESA_SHADER_CACHE_DISABLE turns it off (every run compiles). */
  readonly cache: string | null;
}

/** The Mesa driver of a device that compiles at first dispatch (lavapipe), else undefined. */
export function firstDispatchDriver(device: GPUDevice): string | undefined {
  const info = (device as { adapterInfo?: { description?: string; architecture?: string } }).adapterInfo;
  const text = `${info?.description ?? ''} ${info?.architecture ?? ''}`;
  return /llvmpipe/i.test(text) ? (info?.description || 'llvmpipe') : undefined;
}

/** Mesa's own rule for its cache folder (util/disk_cache_os.c): the database cache under MESA_SHADER_CACHE_DIR or XDG_CACHE_HOME or ~/.cache. */
export function mesaCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (/^(1|true|yes|y)$/i.test(env.MESA_SHADER_CACHE_DISABLE ?? '')) return null;
  const root = env.MESA_SHADER_CACHE_DIR || env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  const kind = /^(1|true)$/i.test(env.MESA_DISK_CACHE_MULTI_FILE ?? '') ? 'mesa_shader_cache' : /^(1|true)$/i.test(env.MESA_DISK_CACHE_SINGLE_FILE ?? '') ? 'mesa_shader_cache_sf' : 'mesa_shader_cache_db';
  return join(root, kind);
}

/** One file of kernel hashes per driver and Mesa cache folder, in dlc's cache folder. */
export class FirstDispatch {
  private readonly seen: Set<string>;
  private readonly file: string;

  private constructor(readonly driver: string, readonly cache: string | null, dir: string) {
    this.file = join(dir, `${createHash('sha256').update(`${driver}\n${cache ?? '-'}`).digest('hex').slice(0, 24)}.json`);
    this.seen = new Set(cache ? readHashes(this.file, folderId(cache)) : []);
  }

  /** For a device that compiles at first dispatch; undefined for every other device. */
  static of(device: GPUDevice, env: NodeJS.ProcessEnv = process.env): FirstDispatch | undefined {
    const driver = firstDispatchDriver(device);
    return driver ? new FirstDispatch(driver, mesaCacheDir(env), join(defaultCacheDir(), 'first-dispatch')) : undefined;
  }

  /** The distinct kernels (by pipeline) that have not run on this driver with this Mesa cache. */
  pending(kernels: readonly PlanKernel[]): string[] {
    return [...new Set(kernels.map(kernelHash))].filter((h) => !this.seen.has(h));
  }

  /** The notice for these kernels (both plans of a training session, or one command's plan), undefined when none will compile. */
  notice(kernels: readonly PlanKernel[]): CompileNotice | undefined {
    const n = this.pending(kernels).length;
    return n > 0 ? { kernels: n, total: new Set(kernels.map(kernelHash)).size, cache: this.cache } : undefined;
  }

  /** Records kernels that ran (their first dispatch is done, so Mesa has them cached); a failed write only costs a repeated notice. */
  ran(kernels: readonly PlanKernel[]): void {
    const fresh = kernels.map(kernelHash).filter((h) => !this.seen.has(h));
    const folder = this.cache ? folderId(this.cache) : undefined;
    if (fresh.length === 0 || !folder) return;
    for (const h of fresh) this.seen.add(h);
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      // Another process may have added its own kernels meanwhile: keep theirs too; write a whole file.
      const all = new Set([...readHashes(this.file, folder), ...this.seen]);
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, `${JSON.stringify({ driver: this.driver, mesaCache: this.cache, folder, kernels: [...all] })}\n`);
      renameSync(tmp, this.file);
    } catch {
      // a read-only cache folder: the notice repeats next run, nothing else depends on it
    }
  }
}

/** The Mesa cache folder's identity: a folder deleted and made again is another one (its cache is empty). */
function folderId(dir: string): string | undefined {
  const st = statSync(dir, { throwIfNoEntry: false, bigint: true });
  return st?.isDirectory() ? `${st.ino}:${st.birthtimeNs || st.ctimeNs}` : undefined;
}

/** The markers written beside this very folder (none when the folder is absent or another one). */
function readHashes(file: string, folder: string | undefined): string[] {
  if (!folder) return [];
  try {
    const j = JSON.parse(readFileSync(file, 'utf8')) as { kernels?: unknown; folder?: unknown };
    return j.folder === folder && Array.isArray(j.kernels) ? j.kernels.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

export function kernelHash(k: PlanKernel): string {
  return createHash('sha256').update(pipelineKey(k)).digest('hex').slice(0, 32);
}

/** The line printed before the first step: what is happening, that it happens once, and where it is kept. */
export function compileNoticeLine(n: CompileNotice): string {
  const what = `compiling ${n.kernels} of ${n.total} kernels with LLVM (lavapipe compiles each kernel when it first runs; this can take minutes on a small machine)`;
  if (!n.cache) return `${what}; MESA_SHADER_CACHE_DISABLE is set, so this repeats every run`;
  return `${what}; once per machine: Mesa keeps them in ${n.cache}, so later runs start at once`;
}

/** The same notice as one JSON event (`--json`): `{"event":"compiling-kernels",…}`. */
export function compileNoticeEvent(n: CompileNotice): string {
  return JSON.stringify({ event: 'compiling-kernels', driver: 'lavapipe', kernels: n.kernels, total: n.total, cached: n.cache !== null, cache: n.cache, once: n.cache !== null });
}

/**
 * For a command that loads a plan and runs it (evaluate, saliency): tells `say` when the plan's first
 * dispatches will compile, and returns what to call once they ran (it records them).
 */
export function announceFirstDispatch(device: GPUDevice, kernels: readonly PlanKernel[], say: (n: CompileNotice) => void): () => void {
  const fd = FirstDispatch.of(device);
  const n = fd?.notice(kernels);
  if (n) say(n);
  return () => fd?.ran(kernels);
}
