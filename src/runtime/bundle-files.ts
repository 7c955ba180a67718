/**
 * @file Reads a bundle's files relative to its index.js: fetch in browsers and Deno, the file system
 * in Node (whose fetch cannot read file: URLs). Every path is confined to the bundle folder
 * (bundle-paths.ts); in Node symlinks are resolved first and one that leaves the folder is refused.
 */
import { bundleBase, resolveBundleUrl } from './bundle-paths.ts';
import { clip, RuntimeError } from './errors.ts';

interface NodeFs {
  readFile(path: string): Promise<Uint8Array>;
  realpath(path: string): Promise<string>;
}
interface NodeUrl {
  fileURLToPath(u: URL): string;
}
interface NodePath {
  sep: string;
}
type ReadFile = (base: URL, url: URL, path: string, what: string) => Promise<Uint8Array>;
let nodeRead: ReadFile | undefined;

function isNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

/** The specifiers are variables so bundlers leave them alone and browsers never load them. */
async function nodeReader(): Promise<ReadFile> {
  if (!nodeRead) {
    const [fsName, urlName, pathName] = ['node:fs/promises', 'node:url', 'node:path'];
    const fs = (await import(fsName)) as NodeFs;
    const { fileURLToPath } = (await import(urlName)) as NodeUrl;
    const { sep } = (await import(pathName)) as NodePath;
    nodeRead = async (base, url, path, what) => {
      const [root, real] = await Promise.all([fs.realpath(fileURLToPath(base)), fs.realpath(fileURLToPath(url))]);
      const under = root.endsWith(sep) ? root : root + sep;
      if (!real.startsWith(under)) {
        throw new RuntimeError('E_BUNDLE_PATH', `manifest.json: ${what} path ${JSON.stringify(clip(path, 80))} points outside the bundle folder (a symbolic link leaving it)`, {
          hint: 'copy the bundle with its files, not links to files elsewhere, or rebuild it with `dlc build`',
        });
      }
      return new Uint8Array(await fs.readFile(real));
    };
  }
  return nodeRead;
}

/** The bytes of `path` (bundle-relative) under `base` (the folder URL of index.js). */
export async function readBundleFile(baseUrl: URL, path: string, what: string): Promise<Uint8Array> {
  const base = bundleBase(baseUrl);
  const url = resolveBundleUrl(base, path, what);
  try {
    if (url.protocol === 'file:' && isNode()) return await (await nodeReader())(base, url, path, what);
    const res = await fetch(url, { redirect: 'error' });
    if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
    return new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    if (e instanceof RuntimeError) throw e;
    // Only the error's own first line (a code and the path we asked for), never anything the file held.
    const why = clip((e instanceof Error ? e.message : String(e)).split('\n', 1)[0] ?? '', 160);
    throw new RuntimeError('E_BUNDLE_READ', `could not read the bundle's ${what} file '${clip(path, 80)}': ${why}`, {
      hint: 'serve (or copy) the whole bundle folder: index.js finds manifest.json, weights and kernels next to itself',
      cause: e,
    });
  }
}
