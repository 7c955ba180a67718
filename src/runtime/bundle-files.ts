/**
 * @file Reads a bundle's files relative to its index.js: fetch in browsers and Deno, the file system
 * in Node (whose fetch cannot read file: URLs). Paths are checked to stay inside the bundle folder.
 */
import { checkBundlePath } from './bundle-validate.ts';
import { RuntimeError } from './errors.ts';

type ReadFile = (url: URL) => Promise<Uint8Array>;
let nodeRead: ReadFile | undefined;

function isNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

/** The specifier is a variable so bundlers leave it alone and browsers never load it. */
async function nodeReader(): Promise<ReadFile> {
  if (!nodeRead) {
    const specifier = 'node:fs/promises';
    const fs = (await import(specifier)) as { readFile(u: URL): Promise<Uint8Array> };
    nodeRead = async (u) => new Uint8Array(await fs.readFile(u));
  }
  return nodeRead;
}

/** The bytes of `path` (bundle-relative) under `base` (the folder URL of index.js). */
export async function readBundleFile(base: URL, path: string, what: string): Promise<Uint8Array> {
  const url = new URL(checkBundlePath(path, what), base);
  try {
    if (url.protocol === 'file:' && isNode()) return await (await nodeReader())(url);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
    return new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    throw new RuntimeError('E_BUNDLE_READ', `could not read the bundle's ${what} file '${path}': ${e instanceof Error ? e.message : String(e)}`, {
      hint: 'serve (or copy) the whole bundle folder: index.js finds manifest.json, weights and kernels next to itself',
      cause: e,
    });
  }
}
