/**
 * @file What the runtime needs from Node (reading files, a temp dir, probing device nodes, loading
 * Dawn), in one place. This version imports Node's modules statically: the CLI, the tests and a
 * bundle's node.js use it (node.js is index.js plus this host, installed with `installNodeHost`:
 * bundle-node-entry.ts). A bundle's index.js swaps in node-host-portable.ts (no imports at all),
 * so browser bundlers never see a Node built-in.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface NodeHost {
  readFile(url: URL): Promise<Uint8Array>;
  /** The file's path with every symbolic link resolved (bundle reads are confined by it). */
  realpath(url: URL): Promise<string>;
  fileUrl(path: string): URL;
  readonly sep: string;
  existsSync(path: string): boolean;
  readdirSync(path: string): string[];
  tmpdir(): string;
  homedir(): string;
  joinPath(...parts: string[]): string;
  /** The `webgpu` package (Dawn), resolved as Node resolves it from the runtime's own location. */
  importDawn(): Promise<unknown>;
}

/** Node's facilities through static imports (what a bundle's node.js installs into index.js). */
export const NODE_HOST: NodeHost = {
  readFile: async (url) => new Uint8Array(await readFile(url)),
  realpath: (url) => realpath(fileURLToPath(url)),
  fileUrl: (p) => pathToFileURL(p),
  sep,
  existsSync,
  readdirSync: (p) => readdirSync(p),
  tmpdir,
  homedir,
  joinPath: join,
  importDawn: () => import('webgpu'),
};

/** Node's facilities when running under Node (or a runtime that emulates it), else undefined. */
export function nodeHost(): NodeHost | undefined {
  const proc = (globalThis as { process?: { versions?: { node?: unknown } } }).process;
  return typeof proc?.versions?.node === 'string' ? NODE_HOST : undefined;
}

/** Here the host is always NODE_HOST; the portable runtime (index.js) takes the one node.js gives it. */
export function installNodeHost(_host: NodeHost): void {}
