/**
 * @file Reads a bundle's files relative to its index.js: fetch in browsers and Deno, the file system
 * in Node (whose fetch cannot read file: URLs). Paths are checked to stay inside the bundle folder.
 */
import { checkBundlePath } from './bundle-validate.ts';
import { RuntimeError } from './errors.ts';
import { nodeHost } from './node-host.ts';

/**
 * The folder the bundle's files are read from: `baseUrl` (absolute, or relative to the page in a
 * browser; a trailing '/' is implied, and a `.js` file's URL means its folder) or else the folder of
 * the runtime file itself (`runtimeUrl`).
 */
export function bundleBase(baseUrl: string | { readonly href: string } | undefined, runtimeUrl: string): URL {
  if (baseUrl === undefined) return new URL('./', runtimeUrl);
  const page = (globalThis as { location?: { href?: unknown } }).location?.href;
  const url = new URL(typeof baseUrl === 'string' ? baseUrl : baseUrl.href, typeof page === 'string' ? page : runtimeUrl);
  if (url.pathname.endsWith('/')) return url;
  return /\.m?js$/.test(url.pathname) ? new URL('./', url) : new URL(`${url.pathname}/${url.search}`, url);
}

/** The bytes of `path` (bundle-relative) under `base` (the folder URL of index.js). */
export async function readBundleFile(base: URL, path: string, what: string): Promise<Uint8Array> {
  const url = new URL(checkBundlePath(path, what), base);
  try {
    const host = url.protocol === 'file:' ? nodeHost() : undefined;
    if (host) return await host.readFile(url);
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
