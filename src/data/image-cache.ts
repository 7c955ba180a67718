/**
 * @file The decoded-image cache: one pack file per (folder, size, colour mode, crop) holding every
 * image's bytes after resize, each keyed by path, byte size and mtime, so a second epoch or run
 * decodes nothing and a changed or added file is the only one decoded again.
 *
 * Layout: magic, the samples back to back, a JSON footer `{ sampleBytes, keys }`, the footer's byte
 * length (u32 LE). The writer appends samples as they are decoded and the reader reads one sample at
 * a position, so neither holds the folder in memory: a folder larger than host memory is written
 * and then streamed batch by batch from here (see image-folder.ts).
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ImagePreprocess } from '../runtime/preprocess.ts';
import type { ImageEntry } from './image-list.ts';

// 3: images turned upright by their EXIF orientation (packs of 2 were not; they are decoded again).
const MAGIC = Buffer.from('DLCIMG3\n', 'latin1');

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

/** A pack opened for positional reads: the slot of every key, one sample read at a time. */
export class PackReader {
  private constructor(
    private readonly fd: number,
    readonly path: string,
    readonly sampleBytes: number,
    /** Slot of each key, in file order. */
    readonly slots: ReadonlyMap<string, number>,
  ) {}

  /** The pack at `path`; undefined when it is missing, of another format or size, or damaged (it is then rebuilt). */
  static open(path: string, sampleBytes: number): PackReader | undefined {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return undefined;
    }
    try {
      const size = fstatSync(fd).size;
      const magic = Buffer.alloc(MAGIC.length);
      const tail = Buffer.alloc(4);
      if (size < MAGIC.length + 4 || readSync(fd, magic, 0, magic.length, 0) !== magic.length || !magic.equals(MAGIC)) throw new Error('foreign');
      readSync(fd, tail, 0, 4, size - 4);
      const len = tail.readUInt32LE(0);
      const head = Buffer.alloc(len);
      if (len > size - MAGIC.length - 4 || readSync(fd, head, 0, len, size - 4 - len) !== len) throw new Error('damaged');
      const h = JSON.parse(head.toString('utf8')) as { sampleBytes: number; keys: string[] };
      if (h.sampleBytes !== sampleBytes || !Array.isArray(h.keys) || MAGIC.length + h.keys.length * sampleBytes + len + 4 !== size) throw new Error('other');
      return new PackReader(fd, path, sampleBytes, new Map(h.keys.map((k, i) => [k, i])));
    } catch {
      closeSync(fd);
      return undefined;
    }
  }

  /** Sample `slot`'s bytes into `out` (sampleBytes long). */
  read(slot: number, out: Uint8Array): Uint8Array {
    const at = MAGIC.length + slot * this.sampleBytes;
    let got = 0;
    while (got < this.sampleBytes) {
      const n = readSync(this.fd, out, got, this.sampleBytes - got, at + got);
      if (n === 0) throw new Error(`the image cache ${this.path} was truncated while in use; delete it and run again`);
      got += n;
    }
    return out;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** Writes a pack sample by sample to a temporary file; `finish` writes the footer, syncs and renames it over `path`. */
export class PackWriter {
  private readonly fd: number;
  private readonly tmp: string;
  private readonly keys: string[] = [];
  private at = MAGIC.length;

  constructor(
    readonly path: string,
    readonly sampleBytes: number,
  ) {
    mkdirSync(join(path, '..'), { recursive: true });
    this.tmp = `${path}.${process.pid}.tmp`;
    this.fd = openSync(this.tmp, 'w');
    writeSync(this.fd, MAGIC, 0, MAGIC.length, 0);
  }

  /** Appends one sample; returns its slot. */
  add(key: string, bytes: Uint8Array): number {
    if (bytes.length !== this.sampleBytes) throw new Error(`internal error: a ${bytes.length}-byte sample in a pack of ${this.sampleBytes}-byte samples`);
    writeSync(this.fd, bytes, 0, bytes.length, this.at);
    this.at += bytes.length;
    return this.keys.push(key) - 1;
  }

  /** The footer, fsync and an atomic rename: a killed run leaves the previous pack. */
  finish(): void {
    const head = Buffer.from(JSON.stringify({ sampleBytes: this.sampleBytes, keys: this.keys }), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(head.length, 0);
    writeSync(this.fd, head, 0, head.length, this.at);
    writeSync(this.fd, len, 0, 4, this.at + head.length);
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.tmp, this.path);
  }

  /** Drops the temporary file (an error while decoding). */
  abort(): void {
    try {
      closeSync(this.fd);
    } finally {
      rmSync(this.tmp, { force: true });
    }
  }
}
