/**
 * @file Path confinement for every file a manifest names: the path is decoded (percent-encoding,
 * repeatedly), normalised (backslashes, `.`/`..`) and refused if it could mean anything outside the
 * bundle folder; then the resolved URL is checked to stay under the bundle's base URL. (Node also
 * resolves symlinks: see bundle-files.ts.) Nothing read from a refused path is ever opened.
 */
import { clip, RuntimeError } from './errors.ts';

const REBUILD = 'rebuild the bundle with `dlc build`; do not edit its files by hand';

/** What `dlc build` writes: `kernels/003-matmul.wgsl`, `weights.safetensors`. Nothing else is accepted. */
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
const MAX_PATH = 255;
const MAX_DECODES = 8;

function refuse(path: unknown, what: string, why: string): never {
  const shown = typeof path === 'string' ? JSON.stringify(clip(path, 80)) : typeof path;
  throw new RuntimeError('E_BUNDLE_PATH', `manifest.json: ${what} path ${shown} points outside the bundle folder (${why})`, {
    hint: 'bundle paths are relative, plain (letters, digits, . _ -), use forward slashes and never contain `..`; ' + REBUILD,
  });
}

/** The path a browser or file system would see after every layer of percent-decoding. */
function decodeFully(path: string, what: string): string {
  let cur = path;
  for (let i = 0; i < MAX_DECODES; i++) {
    let next: string;
    try {
      next = decodeURIComponent(cur);
    } catch {
      return refuse(path, what, 'malformed percent-encoding');
    }
    if (next === cur) return cur;
    cur = next;
  }
  return refuse(path, what, 'percent-encoded too many times');
}

/**
 * A bundle-relative path that names a file inside the bundle folder, or E_BUNDLE_PATH. The decoded,
 * normalised form is checked for every escape (scheme, absolute, drive letter, UNC, NUL, `..`), and
 * the raw form must be the plain form dlc writes, so no encoding can smuggle a different meaning.
 */
export function checkBundlePath(path: unknown, what: string): string {
  if (typeof path !== 'string' || path.length === 0) return refuse(path, what, 'not a non-empty string');
  if (path.length > MAX_PATH) return refuse(path, what, `longer than ${MAX_PATH} characters`);
  const decoded = decodeFully(path, what).replace(/\\/g, '/');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return refuse(path, what, 'control characters');
  if (/^[a-z][a-z0-9+.-]*:/i.test(decoded)) return refuse(path, what, 'a URL scheme or drive letter');
  if (decoded.startsWith('/')) return refuse(path, what, 'an absolute path');
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return refuse(path, what, '`.` or `..` segments');
  if (segments.some((s) => s === '')) return refuse(path, what, 'empty segments');
  if (decoded !== path || !path.split('/').every((s) => SEGMENT.test(s))) return refuse(path, what, 'characters dlc never writes (encoding, backslashes, spaces, …)');
  return path;
}

/** The folder URL `base` normalised to end with `/`, without query or fragment. */
export function bundleBase(base: URL): URL {
  const u = new URL('./', base);
  u.search = '';
  u.hash = '';
  return u;
}

/** `path` (already checked) resolved under `base`, verified once more as a URL: same origin, under the base path. */
export function resolveBundleUrl(base: URL, path: string, what: string): URL {
  const url = new URL(checkBundlePath(path, what), base);
  const sameOrigin = url.protocol === base.protocol && url.host === base.host && url.username === base.username && url.password === base.password;
  if (!sameOrigin || !url.pathname.startsWith(base.pathname) || url.search !== '' || url.hash !== '') return refuse(path, what, 'resolves outside the base URL');
  return url;
}
