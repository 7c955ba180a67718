/**
 * @file `dlc train --out DIR` before any device work: DIR must be (or become) a writable folder, and
 * only one trainer writes it at a time (a lock file holding the writer's pid; a dead writer's lock
 * is taken over). Leftover temporary files of killed writers are removed.
 */
import { closeSync, existsSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { diskError, makeDir, pidAlive, removeStaleTemps } from './atomic-write.ts';

export const LOCK_FILE = '.dlc-train.lock';

/** A held `--out` folder; `release()` removes the lock (also done at process exit). */
export interface OutDirLock {
  readonly path: string;
  release(): void;
}

/** Makes `dir` a folder we can write, locks it for this process, or throws a one-line Error saying why not. */
export function prepareOutDir(dir: string): OutDirLock {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new Error(`--out ${dir} is a file, not a folder; pass --out a folder (it is created if missing)`);
  makeDir(dir);
  const lock = join(dir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' || attempt > 0) throw code === 'EEXIST' ? heldError(dir, lock) : diskError(e, lock, 'write the lock file');
      const holder = lockHolder(lock);
      if (holder !== undefined && holder !== process.pid && pidAlive(holder)) throw heldError(dir, lock);
      // A dead (or unreadable) holder: take the lock over.
      try {
        unlinkSync(lock);
      } catch {
        /* another trainer took it over first: the next attempt says so */
      }
    }
  }
  removeStaleTemps(dir);
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.off('exit', release);
    try {
      if (lockHolder(lock) === process.pid) unlinkSync(lock);
    } catch {
      /* already gone */
    }
  };
  process.on('exit', release);
  return { path: lock, release };
}

function lockHolder(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function heldError(dir: string, lock: string): Error {
  const pid = lockHolder(lock);
  return new Error(`--out ${dir} is in use by another dlc train${pid ? ` (pid ${pid})` : ''}; wait for it to finish, or pass another --out (if no such trainer runs, delete ${lock})`);
}
