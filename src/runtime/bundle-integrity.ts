/**
 * @file Bundle integrity: every kernel and weights file's SHA-256, recorded by `dlc build` in the
 * manifest, is checked on load before anything is parsed or sent to the GPU. WebCrypto's
 * `crypto.subtle` exists in Node ≥ 20, browsers (secure contexts) and Deno alike.
 */
import { clip, RuntimeError } from './errors.ts';

/** Lower-case hex, as the manifest stores it. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new RuntimeError('E_BUNDLE_INTEGRITY', 'cannot verify the bundle: this JavaScript environment has no crypto.subtle', {
      hint: 'serve the page over https (or localhost): browsers only offer crypto.subtle to secure contexts',
    });
  }
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** Refuses `bytes` unless their SHA-256 is `want` (E_BUNDLE_INTEGRITY naming the file). */
export async function verifyFile(path: string, bytes: Uint8Array, want: string): Promise<void> {
  const got = await sha256Hex(bytes);
  if (got !== want) {
    throw new RuntimeError('E_BUNDLE_INTEGRITY', `${clip(path, 80)} does not match the SHA-256 recorded in manifest.json (the file was changed, damaged, or comes from another build)`, {
      hint: 'copy the whole bundle folder again from one `dlc build`, or rebuild it',
    });
  }
}

export function isSha256(v: unknown): v is string {
  return typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
}
