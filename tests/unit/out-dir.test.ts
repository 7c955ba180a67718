/** @file Disk trouble in `dlc train`: errors that name the file, `--out` checks and its lock, and the previous checkpoint surviving a failed write. */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskError, writeFileAtomic } from '../../src/train/atomic-write.ts';
import { LOCK_FILE, prepareOutDir } from '../../src/train/out-dir.ts';
import { main } from '../../src/cli/main.ts';

const fresh = (): string => mkdtempSync(join(tmpdir(), 'dlc-outdir-'));
/** A pid that surely belongs to no process: one that has just exited. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;
const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: failure, write`), { code });

describe('writeFileAtomic on a failing disk', () => {
  it.each([
    ['ENOSPC', 'the disk is full; free some space or pass --out on another disk'],
    ['EACCES', 'permission denied; pass --out a folder you can write to'],
    ['EROFS', 'the file system is read-only'],
    ['EDQUOT', 'the disk quota is exhausted'],
  ])('%s midway: names the file, says what to do, keeps the previous file, leaves no temporary', (code, advice) => {
    const dir = fresh();
    const path = join(dir, 'checkpoint.safetensors');
    writeFileSync(path, 'previous checkpoint');
    let calls = 0;
    const write = (_fd: number, _b: Uint8Array, _off: number, len: number): number => {
      if (++calls > 1) throw errno(code);
      return Math.min(len, 100);
    };
    expect(() => writeFileAtomic(path, new Uint8Array(1000), { write })).toThrow(`cannot write ${path}: ${advice}`);
    expect(() => writeFileAtomic(path, new Uint8Array(1000), { write: () => { throw errno(code); } })).toThrow(`(${code}); the previous version of the file, if any, is unchanged`);
    expect(readFileSync(path, 'utf8')).toBe('previous checkpoint');
    expect(readdirSync(dir)).toEqual(['checkpoint.safetensors']);
  });

  it('an error that is not a disk error is passed through', () => {
    const e = new TypeError('x');
    expect(diskError(e, 'f')).toBe(e);
  });
});

describe('--out', () => {
  it('a file is refused', () => {
    const f = join(fresh(), 'file');
    writeFileSync(f, 'x');
    expect(() => prepareOutDir(f)).toThrow(`--out ${f} is a file, not a folder`);
  });

  it('a folder under a file is refused naming it', () => {
    const f = join(fresh(), 'file');
    writeFileSync(f, 'x');
    expect(() => prepareOutDir(join(f, 'run'))).toThrow(`cannot create the folder ${join(f, 'run')}: a part of the path is a file`);
  });

  it('a read-only folder is refused before training', () => {
    // Root may write into a 0555 folder, so as root the folder is one the kernel refuses even to
    // root (sysfs); anyone else gets a 0555 folder of their own.
    if (process.getuid?.() === 0 && existsSync('/sys/fs')) {
      expect(() => prepareOutDir('/sys/fs')).toThrow(/cannot write the lock file .*permission denied/);
      return;
    }
    const dir = fresh();
    chmodSync(dir, 0o555);
    try {
      expect(() => prepareOutDir(dir)).toThrow(/cannot write the lock file .*permission denied/);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('a folder another live trainer holds is refused with its pid', () => {
    const dir = fresh();
    writeFileSync(join(dir, LOCK_FILE), `${process.ppid}\n`);
    expect(() => prepareOutDir(dir)).toThrow(`--out ${dir} is in use by another dlc train (pid ${process.ppid}); wait for it to finish, or pass another --out`);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(`${process.ppid}\n`);
  });

  it("a dead trainer's lock is taken over, its temporary files removed; release removes the lock", () => {
    const dir = fresh();
    const dead = deadPid();
    writeFileSync(join(dir, LOCK_FILE), `${dead}\n`);
    writeFileSync(join(dir, `.checkpoint.safetensors.${dead}.tmp`), 'partial');
    writeFileSync(join(dir, `.checkpoint.safetensors.${process.ppid}.tmp`), 'a live writer');
    writeFileSync(join(dir, 'checkpoint.safetensors'), 'previous');
    const lock = prepareOutDir(dir);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    expect(readdirSync(dir).sort()).toEqual([`.checkpoint.safetensors.${process.ppid}.tmp`, LOCK_FILE, 'checkpoint.safetensors'].sort());
    expect(() => prepareOutDir(dir)).not.toThrow();
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });
});

describe('dlc train refuses a bad --out before acquiring a device', () => {
  async function train(out: string): Promise<{ code: number; err: string }> {
    let err = '';
    const code = await main(['train', 'models/iris_mlp.ts', '--out', out], { out: () => {}, err: (t) => (err += t + '\n'), isTTY: false });
    return { code, err };
  }

  it('--out a file, or a folder another trainer holds: exit 1, one line', async () => {
    const base = fresh();
    writeFileSync(join(base, 'file'), 'x');
    const held = join(base, 'held');
    mkdirSync(held);
    writeFileSync(join(held, LOCK_FILE), `${process.ppid}\n`);
    for (const [out, msg] of [[join(base, 'file'), 'is a file, not a folder'], [held, `is in use by another dlc train (pid ${process.ppid})`]] as const) {
      const r = await train(out);
      expect(r.code).toBe(1);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toContain(`dlc train: --out ${out} ${msg}`);
      expect(r.err).not.toContain('SwiftShader');
    }
  });
});
