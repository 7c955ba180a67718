/** @file Atomic file writes: temporary file, fsync, rename, fsync of the folder — a kill leaves the old file intact. */
import { closeSync, existsSync, fstatSync, ftruncateSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, writeSync, unlinkSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';

/** What a disk error means and what to do about it, by errno code. */
const ADVICE: Record<string, string> = {
  ENOSPC: 'the disk is full; free some space or pass --out on another disk',
  EDQUOT: 'the disk quota is exhausted; free some space or pass --out on another disk',
  EACCES: 'permission denied; pass --out a folder you can write to',
  EPERM: 'permission denied; pass --out a folder you can write to',
  EROFS: 'the file system is read-only; pass --out a folder on a writable disk',
  ENOTDIR: 'a part of the path is a file, not a folder; pass --out a folder',
  EISDIR: 'a folder is in the way of the file',
  EEXIST: 'a file is in the way of the folder',
  ENOENT: 'its folder does not exist (was it removed while training?)',
  EIO: 'the disk reported an I/O error; check it, or pass --out on another disk',
};

/**
 * A disk error as a message that names the file and says what to do (never a bare `ENOSPC … write`).
 * Other errors come back unchanged.
 */
export function diskError(e: unknown, path: string, what = 'write', kept = what.startsWith('write') ? 'the previous version of the file, if any, is unchanged' : ''): Error {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !ADVICE[code]) return e instanceof Error ? e : new Error(String(e));
  return Object.assign(new Error(`cannot ${what} ${path}: ${ADVICE[code]} (${code})${kept ? `; ${kept}` : ''}`), { code });
}

/** For tests: the write call, so a failing disk (ENOSPC midway) can be simulated. */
export interface AtomicWriteOptions {
  readonly write?: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
}

export function writeFileAtomic(path: string, data: Uint8Array | string, opts: AtomicWriteOptions = {}): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const write = opts.write ?? ((fd: number, b: Uint8Array, off: number, len: number) => writeSync(fd, b, off, len));
  let fd: number;
  try {
    fd = openSync(tmp, 'w');
  } catch (e) {
    throw diskError(e, path);
  }
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    let off = 0;
    while (off < bytes.length) off += write(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      /* already closed */
    }
    removeQuietly(tmp);
    throw diskError(e, path);
  }
  try {
    renameSync(tmp, path);
  } catch (e) {
    removeQuietly(tmp);
    throw diskError(e, path);
  }
  // Make the rename itself durable.
  try {
    const dfd = openSync(dirname(path), 'r');
    fsyncSync(dfd);
    closeSync(dfd);
  } catch {
    /* some filesystems refuse fsync on directories; the rename is still atomic */
  }
}

/**
 * Appends `text` to `path` whole or not at all: a write that fails midway (a full disk) is cut back
 * to the file's previous length, so a line-per-record log never keeps half a record.
 */
export function appendWhole(path: string, text: string, opts: AtomicWriteOptions = {}): void {
  const write = opts.write ?? ((fd: number, b: Uint8Array, off: number, len: number) => writeSync(fd, b, off, len));
  let fd: number;
  try {
    fd = openSync(path, 'a');
  } catch (e) {
    throw diskError(e, path);
  }
  let size = 0;
  try {
    size = fstatSync(fd).size;
    const bytes = Buffer.from(text);
    let off = 0;
    while (off < bytes.length) off += write(fd, bytes, off, bytes.length - off);
  } catch (e) {
    try {
      ftruncateSync(fd, size);
    } catch {
      /* the cut failed too; the reader of the log (and --resume, which rewrites it) skips the partial line */
    }
    throw diskError(e, path);
  } finally {
    closeSync(fd);
  }
}

/**
 * `mkdir -p dir`, with the real reason when it fails: Node's recursive mkdir reports ENOENT when a
 * parent is read-only or not writable, so the first missing level is made alone to learn the cause.
 */
export function makeDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw diskError(realMkdirError(dir, e), dir, 'create the folder');
  }
}

function realMkdirError(dir: string, e: unknown): unknown {
  if ((e as NodeJS.ErrnoException | undefined)?.code !== 'ENOENT') return e;
  let first = resolve(dir);
  for (let up = dirname(first); up !== first && !existsSync(up); up = dirname(up)) first = up;
  try {
    mkdirSync(first);
  } catch (why) {
    return why;
  }
  return e;
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* gone already */
  }
}

/** Whether process `pid` is alive (EPERM: alive, someone else's). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files (`.<name>.<pid>.tmp`) that writers killed with -9 left in `dir`; live writers' are kept. */
export function removeStaleTemps(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    const m = /^\..+\.(\d+)\.tmp$/.exec(n);
    if (m && Number(m[1]) !== process.pid && !pidAlive(Number(m[1]))) removeQuietly(join(dir, n));
  }
}
