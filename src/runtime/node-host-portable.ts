/**
 * @file node-host.ts for a bundle's index.js: the same facilities reached through
 * `process.getBuiltinModule` (Node >= 20.16, Deno) instead of imports, so the file has no Node
 * built-in a browser bundler (esbuild --platform=browser, Vite, webpack) would try to resolve.
 * Dawn is found with `createRequire(import.meta.url).resolve('webgpu')`, then imported by path: the
 * specifier is a run-time value, never a literal a minifier could fold back into `import('webgpu')`.
 */
import type { NodeHost } from './node-host.ts';

export type { NodeHost } from './node-host.ts';

type GetBuiltin = (id: string) => unknown;
interface Fs { existsSync(p: string): boolean; readdirSync(p: string): string[] }
interface FsPromises { readFile(u: URL): Promise<Uint8Array>; realpath(p: string): Promise<string> }
interface Module { createRequire(from: string): { resolve(id: string): string } }
interface Url { pathToFileURL(p: string): URL; fileURLToPath(u: URL): string }

let cached: NodeHost | undefined;

/**
 * A bundle's node.js imports index.js and installs Node's host with static imports (node-host.ts),
 * which also serves Node versions without `process.getBuiltinModule` and lets Node bundlers see Dawn.
 */
export function installNodeHost(host: NodeHost): void {
  cached = host;
}

export function nodeHost(): NodeHost | undefined {
  const proc = (globalThis as { process?: { versions?: { node?: unknown }; getBuiltinModule?: GetBuiltin } }).process;
  if (cached && typeof proc?.versions?.node === 'string') return cached;
  if (typeof proc?.versions?.node !== 'string' || typeof proc.getBuiltinModule !== 'function') return undefined;
  cached ??= portableHost(proc.getBuiltinModule.bind(proc));
  return cached;
}

function portableHost(get: GetBuiltin): NodeHost {
  const fs = get('node:fs') as Fs;
  const fsp = get('node:fs/promises') as FsPromises;
  const os = get('node:os') as { tmpdir(): string; homedir(): string };
  const path = get('node:path') as { join(...parts: string[]): string; sep: string };
  const url = get('node:url') as Url;
  return {
    readFile: async (u) => new Uint8Array(await fsp.readFile(u)),
    realpath: (u) => fsp.realpath(url.fileURLToPath(u)),
    fileUrl: (p) => url.pathToFileURL(p),
    sep: path.sep,
    existsSync: (p) => fs.existsSync(p),
    readdirSync: (p) => fs.readdirSync(p),
    tmpdir: () => os.tmpdir(),
    homedir: () => os.homedir(),
    joinPath: (...parts) => path.join(...parts),
    importDawn: async () => {
      const resolved = (get('node:module') as Module).createRequire(import.meta.url).resolve('webgpu');
      const href = url.pathToFileURL(resolved).href;
      return import(/* @vite-ignore */ /* webpackIgnore: true */ href);
    },
  };
}
