/**
 * @file Reads a bundle's files relative to its index.js: fetch in browsers and Deno, the file system
 * in Node (whose fetch cannot read file: URLs). Every path is confined to the bundle folder
 * (bundle-paths.ts); in Node symlinks are resolved first and one that leaves the folder is refused.
 */
import { bundleBase as folderOf, checkBundlePath, resolveBundleUrl } from './bundle-paths.ts';
import { clip, RuntimeError } from './errors.ts';
import { nodeHost, type NodeHost } from './node-host.ts';

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

/**
 * Where a bundle's files are: the folder `base`, and, for the files `dlc build` wrote out one by one
 * in index.js as `new URL('./kernels/k0.wgsl', import.meta.url)`, their own URLs — the form app
 * bundlers (Vite, webpack 5) recognise, copy and rewrite to hashed names or `data:` URLs.
 */
export interface BundleSource {
  readonly base: URL;
  /** Bundle-relative path → URL, for the paths it names (others resolve under `base`). */
  readonly files?: Readonly<Record<string, URL | string>>;
}

/** The bytes of `path` (bundle-relative): its URL from `src.files`, else under `src.base` (the folder URL of index.js). */
export async function readBundleFile(src: BundleSource, path: string, what: string): Promise<Uint8Array> {
  const base = folderOf(src.base);
  const url = fileUrl(src, base, path, what);
  try {
    const host = url.protocol === 'file:' ? nodeHost() : undefined;
    if (host) return await readConfined(host, base, url, path, what);
    const res = await fetch(url, { redirect: 'error' });
    if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
    return new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    if (e instanceof RuntimeError) throw e;
    // Only the error's own first line (a code and the path we asked for), never anything the file held.
    const why = clip((e instanceof Error ? e.message : String(e)).split('\n', 1)[0] ?? '', 160);
    throw new RuntimeError('E_BUNDLE_READ', `could not read the bundle's ${what} file '${clip(path, 80)}': ${why}`, {
      hint: `looked at ${clip(url.href, 120)}. Serve (or copy) the whole bundle folder: index.js finds manifest.json, weights and kernels next to itself; if a bundler inlined index.js into your app, pass the folder they are served from: load({ baseUrl: '/model/' })`,
      cause: e,
    });
  }
}

/** The URL `path` is read from. The path is checked either way: a map entry never lets a manifest name a path dlc would not write. */
function fileUrl(src: BundleSource, base: URL, path: string, what: string): URL {
  const named = src.files && Object.hasOwn(src.files, path) ? src.files[path] : undefined;
  if (named === undefined) return resolveBundleUrl(base, path, what);
  checkBundlePath(path, what);
  return new URL(String(named), base);
}

/** Node: symbolic links are resolved first, and a file whose real path leaves the bundle folder is refused. */
async function readConfined(host: NodeHost, base: URL, url: URL, path: string, what: string): Promise<Uint8Array> {
  const [root, real] = await Promise.all([host.realpath(base), host.realpath(url)]);
  const under = root.endsWith(host.sep) ? root : root + host.sep;
  if (!real.startsWith(under)) {
    throw new RuntimeError('E_BUNDLE_PATH', `manifest.json: ${what} path ${JSON.stringify(clip(path, 80))} points outside the bundle folder (a symbolic link leaving it)`, {
      hint: 'copy the bundle with its files, not links to files elsewhere, or rebuild it with `dlc build`',
    });
  }
  return host.readFile(host.fileUrl(real));
}
