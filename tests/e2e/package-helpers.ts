/** @file Helpers for the package-install test: run commands, pack dlc once, make fresh npm projects, measure folders. */
import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..');

export interface Ran {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs a command to completion; never throws (the test asserts on code and output). */
export function sh(cmd: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): Ran {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 600_000, maxBuffer: 64 << 20 });
  return { code: r.status ?? -1, out: r.stdout ?? '', err: `${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

/** npm with the shared cache, offline when it can be, and no audit/fund network calls. */
export function npm(args: readonly string[], cwd: string): Ran {
  return sh('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], cwd);
}

/** Bytes on disk under `dir`, symlinks not followed (a linked install's store is counted once). */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    const s = lstatSync(p);
    if (s.isSymbolicLink()) continue;
    total += s.isDirectory() ? folderBytes(p) : s.size;
  }
  return total;
}

/** The forward pass of the Iris MLP (dense-relu, dense-relu, dense-softmax), written out as the oracle. */
export function irisForward(w: ReadonlyMap<string, { data: ArrayLike<number>; shape: readonly number[] }>, x: readonly number[]): number[] {
  let h = [...x];
  for (const [i, layer] of ['dense', 'dense_1', 'dense_2'].entries()) {
    const k = w.get(`${layer}.kernel`)!;
    const b = w.get(`${layer}.bias`)!;
    const [n, m] = k.shape as [number, number];
    h = Array.from({ length: m }, (_, j) => h.reduce((s, v, r) => s + v * k.data[r * m + j]!, b.data[j]!));
    if (n !== x.length && i === 0) throw new Error('unexpected kernel shape');
    if (i < 2) h = h.map((v) => Math.max(0, v));
  }
  const top = Math.max(...h);
  const e = h.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
