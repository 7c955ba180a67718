/** @file `dlc check` and `dlc build` wall time, cold: each run is a fresh `node bin/dlc.js` process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quantile } from './stats.ts';
import type { CliTiming } from './types.ts';

const DLC = join(import.meta.dirname, '..', 'bin', 'dlc.js');

function runCli(args: readonly string[]): { ms: number; status: number | null; err: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [DLC, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { ms: performance.now() - t0, status: r.status, err: `${r.stderr ?? ''}${r.stdout ?? ''}`.trim().split('\n')[0] ?? '' };
}

/** Whether the CLI knows a subcommand (`dlc build` lands separately from this harness). */
function hasCommand(name: string): boolean {
  const r = spawnSync(process.execPath, [DLC, '--help'], { encoding: 'utf8' });
  return new RegExp(`^\\s+${name}\\s`, 'm').test(r.stdout ?? '');
}

function timeCommand(model: string, command: 'check' | 'build', args: () => string[], runs: number): CliTiming {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = runCli(args());
    if (r.status !== 0) return { model, command, runs: i, error: `exit ${r.status}: ${r.err.slice(0, 200)}` };
    samples.push(r.ms);
  }
  return { model, command, runs, wallMs: quantile(samples.sort((a, b) => a - b), 0.5) };
}

/** Median wall time of each command per model file; `build` writes to a temp folder removed afterwards. */
export function timeCli(files: readonly { model: string; file: string }[], runs: number): CliTiming[] {
  const canBuild = hasCommand('build');
  const out: CliTiming[] = [];
  for (const { model, file } of files) {
    out.push(timeCommand(model, 'check', () => ['check', file], runs));
    if (!canBuild) {
      out.push({ model, command: 'build', runs: 0, error: 'not available: the CLI has no build command yet' });
      continue;
    }
    const dir = mkdtempSync(join(tmpdir(), 'dlc-bench-'));
    out.push(timeCommand(model, 'build', () => ['build', file, '--out', join(dir, String(Math.random()).slice(2))], runs));
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
