/**
 * @file What `dlc train` leaves after a kill, a signal or a full disk is a log that parses and a
 * checkpoint that resumes: SIGTERM after a count of progress lines (exit 143, metrics.jsonl one
 * record per finished epoch, `--resume` continuing to the end with each epoch logged once); a log a
 * kill -9 or a full disk left half-written or an epoch short is rewritten from the checkpoint on
 * `--resume`; `dlc evaluate --out` that cannot be made fails before any GPU work, exit 1. Every child
 * process is bounded by a timeout and killed in `finally`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeSafetensors } from '../../src/train/safetensors.ts';

const ROOT = resolve(new URL('../../', import.meta.url).pathname);
/** A hang guard per child (a run takes ~10-40 s; minutes on a loaded machine), not a speed check. */
const LIMIT = 480_000;
const TRAIN = ['bin/dlc.js', 'train', 'models/iris_mlp.ts', '--seed', '3'];
const children = new Set<ChildProcess>();

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the CLI; `onLine` sees each stderr line as it comes (and may signal the child). */
function run(args: string[], onLine: (line: string, child: ChildProcess) => void = () => {}): { child: ChildProcess; done: Promise<Exit> } {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let stderr = '';
  let partial = '';
  child.stdout!.resume();
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    const lines = (partial + d.toString()).split('\n');
    partial = lines.pop()!;
    for (const l of lines) onLine(l, child);
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT);
  const done = new Promise<Exit>((res) => child.on('exit', (code, signal) => {
    clearTimeout(timer);
    children.delete(child);
    res({ code, signal, stderr });
  }));
  return { child, done };
}

/** The epochs metrics.jsonl records, in order; throws on a line that is not JSON. */
function loggedEpochs(dir: string): number[] {
  return readFileSync(join(dir, 'metrics.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { epoch: number }).epoch);
}

function checkpointLoop(dir: string): { epoch: number; history: { epoch: number }[] } {
  const { metadata } = decodeSafetensors(readFileSync(join(dir, 'checkpoint.safetensors')), 'checkpoint.safetensors');
  return JSON.parse(metadata.loop!) as { epoch: number; history: { epoch: number }[] };
}

describe('dlc train: interrupted and damaged runs resume with a whole log', () => {
  it('SIGTERM after the first progress line: exit 143, a parseable log matching the checkpoint; --resume logs each epoch once', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dlc-hostile-term-')), 'run');
    const args = [...TRAIN, '--epochs', '4', '--batch', '4', '--out', out];
    let seen = 0;
    const stopped = run(args, (line, child) => {
      if (/^epoch \d+\/4 /.test(line) && ++seen === 1) child.kill('SIGTERM');
    });
    try {
      const s = await stopped.done;
      expect(s.code, s.stderr).toBe(143);
      expect(s.stderr).toContain('SIGTERM: finishing the current step and writing a checkpoint');
      expect(s.stderr).not.toContain('    at ');
      const loop = checkpointLoop(out);
      expect(loop.epoch).toBeGreaterThanOrEqual(1);
      expect(loggedEpochs(out)).toEqual(loop.history.map((h) => h.epoch));
      const resumed = await run([...args, '--resume']).done;
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(resumed.stderr).not.toMatch(new RegExp(`^epoch [1-${loop.epoch}]/4 `, 'm'));
      expect(loggedEpochs(out)).toEqual([1, 2, 3, 4]);
      expect(checkpointLoop(out).epoch).toBe(4);
    } finally {
      stopped.child.kill('SIGKILL');
    }
  }, 2 * LIMIT + 60_000);

  it('a log left an epoch short and with half a line (kill -9 between checkpoint and log; a full disk) is rewritten on --resume', async () => {
    const base = mkdtempSync(join(tmpdir(), 'dlc-hostile-log-'));
    const out = join(base, 'run');
    const first = await run([...TRAIN, '--epochs', '2', '--out', out]).done;
    expect(first.code, first.stderr).toBe(0);
    expect(loggedEpochs(out)).toEqual([1, 2]);
    // Epoch 2's checkpoint was written, its log line was not, and the next append stopped midway.
    const lines = readFileSync(join(out, 'metrics.jsonl'), 'utf8').split('\n');
    writeFileSync(join(out, 'metrics.jsonl'), `${lines[0]}\n{"epoch":2,"st`);
    const resumed = await run([...TRAIN, '--epochs', '3', '--out', out, '--resume']).done;
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(loggedEpochs(out)).toEqual([1, 2, 3]);
    expect(readFileSync(join(out, 'metrics.jsonl'), 'utf8').split('\n')[0]).toBe(lines[0]);

    // dlc evaluate with an --out it cannot make: exit 1, one error, before the GPU work; the checkpoint untouched.
    const ck = readFileSync(join(out, 'checkpoint.safetensors'));
    writeFileSync(join(base, 'file'), 'x');
    const ev = await run(['bin/dlc.js', 'evaluate', 'models/iris_mlp.ts', '--weights', join(out, 'checkpoint.safetensors'), '--out', join(base, 'file', 'eval')]).done;
    expect(ev.code, ev.stderr).toBe(1);
    expect(ev.stderr).toContain(`E_EVAL_OUTPUT: cannot create the folder ${join(base, 'file', 'eval')}: a part of the path is a file`);
    expect(ev.stderr).not.toContain('internal error');
    expect(ev.stderr).not.toContain('compiling');
    expect(Buffer.compare(readFileSync(join(out, 'checkpoint.safetensors')), ck)).toBe(0);
  }, 3 * LIMIT + 60_000);
});
