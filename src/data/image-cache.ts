/**
 * @file The decoded-image cache: one pack file per (folder, size, colour mode, crop) holding every
 * image's bytes after resize, each keyed by path, byte size and mtime, so a second epoch or run
 * decodes nothing and a changed or added file is the only one decoded again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../train/atomic-write.ts';
import type { ImagePreprocess } from '../runtime/preprocess.ts';
import type { ImageEntry } from './image-list.ts';

const MAGIC = 'DLCIMG1\n';

/** `$DLC_CACHE_DIR`, else `$XDG_CACHE_HOME/dlc`, else `~/.cache/dlc`. */
export function defaultCacheDir(): string {
  const env = process.env.DLC_CACHE_DIR;
  if (env) return env;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dlc');
}

export function entryKey(e: ImageEntry): string {
  return `${e.path}\0${e.bytes}\0${Math.round(e.mtimeMs)}`;
}

export function packPath(cacheDir: string, root: string, p: ImagePreprocess): string {
  const id = createHash('sha256').update(JSON.stringify([root, p.size, p.colorMode, p.crop])).digest('hex').slice(0, 24);
  return join(cacheDir, 'images', `${id}.bin`);
}

/** Bytes per key from a pack; a missing, foreign or damaged pack is an empty cache (it is rebuilt). */
export function readPack(path: string, sampleBytes: number): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return out;
  }
  try {
    if (buf.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) return out;
    const len = buf.readUInt32LE(MAGIC.length);
    const head = JSON.parse(buf.subarray(MAGIC.length + 4, MAGIC.length + 4 + len).toString('utf8')) as { sampleBytes: number; keys: string[] };
    if (head.sampleBytes !== sampleBytes) return out;
    const data = MAGIC.length + 4 + len;
    if (buf.length !== data + head.keys.length * sampleBytes) return out;
    head.keys.forEach((k, i) => out.set(k, new Uint8Array(buf.buffer, buf.byteOffset + data + i * sampleBytes, sampleBytes)));
  } catch {
    out.clear();
  }
  return out;
}

/** Writes the pack atomically (a killed run leaves the previous pack). */
export function writePack(path: string, sampleBytes: number, items: ReadonlyMap<string, Uint8Array>): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const keys = [...items.keys()];
  const head = Buffer.from(JSON.stringify({ sampleBytes, keys }), 'utf8');
  const out = Buffer.alloc(MAGIC.length + 4 + head.length + keys.length * sampleBytes);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(head.length, MAGIC.length);
  head.copy(out, MAGIC.length + 4);
  let at = MAGIC.length + 4 + head.length;
  for (const k of keys) {
    out.set(items.get(k)!, at);
    at += sampleBytes;
  }
  writeFileAtomic(path, out);
}
