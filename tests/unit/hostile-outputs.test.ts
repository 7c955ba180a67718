/**
 * @file A full disk or an unwritable folder loses nothing: metrics.jsonl never keeps half a line,
 * `dlc build` into a folder holding a bundle leaves that bundle whole when the disk fills midway,
 * and a path under a file is a one-line E_BUILD_OUTPUT (exit 1), not an internal error.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../src/bundle/build.ts';
import { CompileError } from '../../src/ir/index.ts';
import { main } from '../../src/cli/main.ts';
import { makeDir } from '../../src/train/atomic-write.ts';
import { appendMetrics, writeMetrics } from '../../src/train/outputs.ts';

const fresh = (): string => mkdtempSync(join(tmpdir(), 'dlc-hostile-out-'));
const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: failure, write`), { code });
/** A disk that takes `room` more bytes, then says ENOSPC (a write crossing the limit is partial, as a real one is). */
function disk(room: number): (fd: number, b: Uint8Array, off: number, len: number) => number {
  return (_fd, _b, _off, len) => {
    if (room <= 0) throw errno('ENOSPC');
    const n = Math.min(len, room);
    room -= n;
    return n;
  };
}

/** Every file under `dir` with its bytes, by relative path. */
function tree(dir: string, at = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(dir, at), { withFileTypes: true })) {
    const rel = at ? `${at}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, tree(dir, rel));
    else out[rel] = readFileSync(join(dir, rel), 'latin1');
  }
  return out;
}

describe('metrics.jsonl on a full disk', () => {
  it('a line that does not fit is cut back whole: the file stays one JSON record per line', () => {
    const dir = fresh();
    appendMetrics(dir, { epoch: 1, step: 8, lr: 0.001, loss: 1.1 });
    const before = readFileSync(join(dir, 'metrics.jsonl'), 'utf8');
    // Room for 10 bytes of the ~50-byte line: the first write is partial, the next fails.
    expect(() => appendMetrics(dir, { epoch: 2, step: 16, lr: 0.001, loss: 0.9 }, { write: disk(10) })).toThrow(`cannot write ${join(dir, 'metrics.jsonl')}: the disk is full`);
    expect(readFileSync(join(dir, 'metrics.jsonl'), 'utf8')).toBe(before);
    for (const line of before.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
  });

  it("--resume's rewrite replaces a damaged log by the checkpoint's history", () => {
    const dir = fresh();
    writeFileSync(join(dir, 'metrics.jsonl'), '{"epoch":1,"loss":1}\n{"epoch":2,"lo');
    writeMetrics(dir, [{ epoch: 1, loss: 1 }, { epoch: 2, loss: 0.5 }]);
    expect(readFileSync(join(dir, 'metrics.jsonl'), 'utf8')).toBe('{"epoch":1,"loss":1}\n{"epoch":2,"loss":0.5}\n');
    expect(readdirSync(dir)).toEqual(['metrics.jsonl']);
  });
});

describe('dlc build output on a failing disk', () => {
  const bundle = (tag: string): Map<string, Uint8Array> => {
    const t = new TextEncoder();
    return new Map([
      ['index.js', t.encode(`// index ${tag}\n`.repeat(40))],
      ['kernels/000-matmul.wgsl', t.encode(`// kernel ${tag}\n`.repeat(40))],
      [`kernels/001-${tag}.wgsl`, t.encode(`// only in ${tag}\n`)],
      ['manifest.json', t.encode(`{"build":"${tag}"}\n`)],
      ['weights.safetensors', t.encode(`weights ${tag}`.repeat(100))],
    ]);
  };

  it('ENOSPC midway leaves the previous bundle byte-identical, no staging folder, and names the bundle file', () => {
    const dir = join(fresh(), 'bundle');
    writeBundle(dir, bundle('old'));
    const before = tree(dir);
    expect(Object.keys(before).sort()).toEqual(['index.js', 'kernels/000-matmul.wgsl', 'kernels/001-old.wgsl', 'manifest.json', 'weights.safetensors']);
    // Room for the first two files of the new build, not the rest.
    let error: unknown;
    try {
      writeBundle(dir, bundle('new'), { write: disk(1200) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CompileError);
    expect((error as CompileError).code).toBe('E_BUILD_OUTPUT');
    expect((error as Error).message).toMatch(new RegExp(`^cannot write ${dir}/[a-z0-9/-]+\\.[a-z]+: the disk is full.*the bundle already in ${dir}, if any, is unchanged$`));
    expect(tree(dir)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
    // With room, the new build replaces the old one exactly (its stale kernel removed).
    writeBundle(dir, bundle('new'));
    expect(Object.keys(tree(dir)).sort()).toEqual(['index.js', 'kernels/000-matmul.wgsl', 'kernels/001-new.wgsl', 'manifest.json', 'weights.safetensors']);
  });

  it('a staging folder a killed build left is removed; one of a live build is kept', () => {
    const dir = join(fresh(), 'bundle');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    mkdirSync(join(dir, `.dlc-build.${dead}.tmp`, 'kernels'), { recursive: true });
    mkdirSync(join(dir, `.dlc-build.${process.ppid}.tmp`));
    writeBundle(dir, bundle('a'));
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([`.dlc-build.${process.ppid}.tmp`]);
  });

  it('a folder under a file: E_BUILD_OUTPUT naming the path', () => {
    const file = join(fresh(), 'file');
    writeFileSync(file, 'x');
    expect(() => writeBundle(join(file, 'bundle'), bundle('a'))).toThrow(`cannot create the folder ${join(file, 'bundle')}: a part of the path is a file, not a folder`);
    expect(() => makeDir(file)).toThrow(`cannot create the folder ${file}: a file is in the way of the folder (EEXIST)`);
  });

  it('dlc build --out under a file exits 1 with one error, not an internal error (70)', async () => {
    const file = join(fresh(), 'file');
    writeFileSync(file, 'x');
    let err = '';
    const code = await main(['build', 'models/iris_mlp.ts', '--out', join(file, 'bundle')], { out: () => {}, err: (t) => (err += `${t}\n`), isTTY: false });
    expect(err).toContain(`E_BUILD_OUTPUT: cannot create the folder ${join(file, 'bundle')}: a part of the path is a file`);
    expect(err).not.toContain('internal error');
    expect(code).toBe(1);
  });
});
