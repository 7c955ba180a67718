/**
 * @file Training faults: checkpoint writers SIGKILLed at random moments, `dlc train` killed -9 then
 * resumed (bit-identical to an uninterrupted run), SIGINT/SIGTERM writing a (mid-epoch) checkpoint
 * that resumes bit-identically, a second signal stopping at once, divergence keeping the last good checkpoint, and
 * damaged or mismatched checkpoints refused by `--resume` without touching the file. Every child
 * process is bounded by a timeout and killed in `finally`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeSafetensors, encodeSafetensors } from '../../src/train/safetensors.ts';

const ROOT = resolve(new URL('../../', import.meta.url).pathname);
const children = new Set<ChildProcess>();
/** Per child process: a hang guard that holds on a heavily loaded machine (a run takes ~10-40 s, minutes at load 30). */
const LIMIT = 480_000;
/** Per writer child in the atomic-write test (it starts tsx, writes, and is killed within ~150 ms of being ready). */
const WRITER_LIMIT = 120_000;

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  stdout: string;
}

/** Spawns a child that is SIGKILLed after `limitMs` whatever happens; `child` lets the caller kill it earlier. */
function run(args: string[], limitMs: number): { child: ChildProcess; done: Promise<Exit> } {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  const done = new Promise<Exit>((res) => child.on('exit', (code, signal) => {
    clearTimeout(timer);
    children.delete(child);
    res({ code, signal, stderr, stdout });
  }));
  return { child, done };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The checkpoint's tensors as raw bytes by name, and its loop state. */
function readCheckpoint(path: string): { bytes: Map<string, Uint8Array>; loop: { epoch: number; step: number } } {
  const { tensors, metadata } = decodeSafetensors(readFileSync(path), path);
  const bytes = new Map([...tensors].map(([n, t]) => [n, new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength)]));
  return { bytes, loop: JSON.parse(metadata.loop!) as { epoch: number; step: number } };
}

/** A writer that saves version 0, 1, 2, … of a ~4 MB checkpoint (every value = the version) as fast as it can. */
const WRITER = `
import { saveCheckpoint } from ${JSON.stringify(join(ROOT, 'src/train/checkpoint.ts'))};
const path = process.argv[2];
const data = new Float32Array(1 << 20);
for (let v = 0; ; v++) {
  data.fill(v);
  saveCheckpoint(path, { model: 'writer', tensors: new Map([['w', { dtype: 'f32', shape: [data.length], data }]]), loop: { epoch: v, step: v, seed: 0, bestValLoss: null, badEpochs: 0, history: [] } });
  if (v === 0) process.stdout.write('ready\\n');
}
`;

describe('atomic checkpoint writes', () => {
  it('a writer SIGKILLed at 20 random moments always leaves one complete version at the final path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlc-rel-atomic-'));
    const script = join(dir, 'writer.mts');
    writeFileSync(script, WRITER);
    const path = join(dir, 'checkpoint.safetensors');
    let lastVersion = -1;
    for (let round = 0; round < 20; round++) {
      const { child, done } = run(['--import', 'tsx', script, path], WRITER_LIMIT);
      try {
        await new Promise<void>((res) => child.stdout!.on('data', () => res()));
        await sleep(Math.floor(Math.random() * 150));
        child.kill('SIGKILL');
        const exit = await done;
        expect(exit.signal).toBe('SIGKILL');
      } finally {
        child.kill('SIGKILL');
      }
      const { tensors, metadata } = decodeSafetensors(readFileSync(path), path);
      const w = tensors.get('w')!.data as Float32Array;
      const version = (JSON.parse(metadata.loop!) as { epoch: number }).epoch;
      expect(w.length).toBe(1 << 20);
      expect(w.every((x) => x === version), `round ${round}: version ${version} is mixed`).toBe(true);
      lastVersion = version;
    }
    expect(lastVersion).toBeGreaterThanOrEqual(0);
    // Temporary files a kill leaves behind are dot-files next to it, never the checkpoint itself.
    for (const f of readdirSync(dir)) expect(f === 'checkpoint.safetensors' || f === 'writer.mts' || /^\.checkpoint\.safetensors\.\d+\.tmp$/.test(f), f).toBe(true);
  }, 20 * WRITER_LIMIT);
});

const TRAIN = ['bin/dlc.js', 'train', 'models/iris_mlp.ts', '--seed', '5'];

/** Resolves once `path` exists (the run's first epoch checkpoint), or the child has exited. */
async function firstCheckpoint(path: string, child: ChildProcess): Promise<void> {
  while (!existsSync(path) && child.exitCode === null) await sleep(5);
  expect(child.exitCode, 'the run ended before its first checkpoint').toBeNull();
}

describe('dlc train under faults', () => {
  it('kill -9 after the first checkpoint, then --resume: final weights bit-identical to an uninterrupted run', async () => {
    const base = mkdtempSync(join(tmpdir(), 'dlc-rel-kill-'));
    const [a, b] = [join(base, 'a'), join(base, 'b')];
    const epochs = ['--epochs', '12'];
    const whole = run([...TRAIN, ...epochs, '--out', a], LIMIT);
    const killed = run([...TRAIN, ...epochs, '--out', b], LIMIT);
    try {
      const ck = join(b, 'checkpoint.safetensors');
      while (!existsSync(ck) && killed.child.exitCode === null) await sleep(5);
      killed.child.kill('SIGKILL');
      const k = await killed.done;
      expect(k.signal, k.stderr).toBe('SIGKILL');
      const at = readCheckpoint(ck).loop.epoch;
      expect(at).toBeGreaterThanOrEqual(1);
      expect(at).toBeLessThan(12);
      const resumed = await run([...TRAIN, ...epochs, '--out', b, '--resume'], LIMIT).done;
      expect(resumed.code, resumed.stderr).toBe(0);
      const w = await whole.done;
      expect(w.code, w.stderr).toBe(0);
    } finally {
      whole.child.kill('SIGKILL');
      killed.child.kill('SIGKILL');
    }
    const [x, y] = [readCheckpoint(join(a, 'checkpoint.safetensors')), readCheckpoint(join(b, 'checkpoint.safetensors'))];
    expect(y.loop).toEqual(x.loop);
    expect([...y.bytes.keys()]).toEqual([...x.bytes.keys()]);
    for (const [name, bytes] of x.bytes) expect(Buffer.compare(Buffer.from(y.bytes.get(name)!), Buffer.from(bytes)), name).toBe(0);
  }, 2 * LIMIT + 60_000);

  it('SIGINT mid-run: exit 130, a checkpoint and the exact resume command; resuming is bit-identical to an uninterrupted run', async () => {
    const base = mkdtempSync(join(tmpdir(), 'dlc-rel-int-'));
    const [a, b] = [join(base, 'a'), join(base, 'b')];
    // 30 steps per epoch, so a signal usually lands mid-epoch (the checkpoint then records the step within it).
    const args = [...TRAIN, '--epochs', '3', '--batch', '4'];
    const whole = run([...args, '--out', a], LIMIT);
    const stopped = run([...args, '--out', b], LIMIT);
    try {
      await firstCheckpoint(join(b, 'checkpoint.safetensors'), stopped.child);
      stopped.child.kill('SIGINT');
      const s = await stopped.done;
      expect(s.code, s.stderr).toBe(130);
      expect(s.stderr).toContain('SIGINT: finishing the current step and writing a checkpoint');
      expect(s.stderr).toContain(`checkpoint saved to ${join(b, 'checkpoint.safetensors')}`);
      expect(s.stderr).not.toContain('    at ');
      expect(readdirSync(b).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      const cmd = /to continue: dlc (.*)$/m.exec(s.stderr)?.[1];
      expect(cmd).toBe(`train models/iris_mlp.ts --seed 5 --epochs 3 --batch 4 --out ${b} --resume`);
      expect(readCheckpoint(join(b, 'checkpoint.safetensors')).loop.epoch).toBeLessThan(3);
      const resumed = await run(['bin/dlc.js', ...cmd!.split(' ')], LIMIT).done;
      expect(resumed.code, resumed.stderr).toBe(0);
      const w = await whole.done;
      expect(w.code, w.stderr).toBe(0);
    } finally {
      for (const r of [whole, stopped]) r.child.kill('SIGKILL');
    }
    const [x, y] = [readCheckpoint(join(a, 'checkpoint.safetensors')), readCheckpoint(join(b, 'checkpoint.safetensors'))];
    expect(y.loop).toEqual(x.loop);
    for (const [name, bytes] of x.bytes) expect(Buffer.compare(Buffer.from(y.bytes.get(name)!), Buffer.from(bytes)), name).toBe(0);
  }, 2 * LIMIT + 60_000);

  it('divergence stops training naming the step, exits 1, and keeps the last good (finite) checkpoint', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dlc-rel-div-')), 'run');
    // Epoch 1 trains normally (lr 0.01); from step 7 on the rate is 1e28 and the weights blow up.
    const r = await run([...TRAIN, '--epochs', '4', '--lr', '0.01', '--schedule', 'step:7:1e30', '--out', out], LIMIT).done;
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/training diverged: .*(step \d+|steps \d+ and \d+)/);
    expect(r.stderr).toContain('last good checkpoint');
    expect(r.stderr).not.toContain('    at ');
    const ck = readCheckpoint(join(out, 'checkpoint.safetensors'));
    expect(ck.loop.epoch).toBeGreaterThanOrEqual(1);
    for (const [name, bytes] of ck.bytes) {
      const f = new Float32Array(bytes.slice().buffer);
      expect(f.every(Number.isFinite), name).toBe(true);
    }
  }, LIMIT + 60_000);

  it('refuses damaged, truncated and mismatched checkpoints on --resume, before training, without touching them', async () => {
    const base = mkdtempSync(join(tmpdir(), 'dlc-rel-bad-'));
    const good = join(base, 'good');
    const g = await run([...TRAIN, '--epochs', '1', '--out', good], LIMIT).done;
    expect(g.code, g.stderr).toBe(0);
    const bytes = readFileSync(join(good, 'checkpoint.safetensors'));
    const { tensors, metadata } = decodeSafetensors(bytes);
    const first = [...tensors.keys()][0]!;
    const renamed = new Map([...tensors].map(([n, t]) => [n === first ? `${n}_x` : n, t]));
    const reshaped = new Map([...tensors].map(([n, t]) => [n, n === first ? { ...t, shape: [1, ...t.shape] } : t]));
    const cases: [string, Uint8Array, RegExp][] = [
      ['truncated', bytes.subarray(0, bytes.length - 100), /truncated/],
      ['garbage header', Buffer.concat([bytes.subarray(0, 8), Buffer.alloc(40, 0xff), bytes.subarray(48)]), /not valid UTF-8 JSON|corrupted/],
      ['other model', encodeSafetensors(tensors, { ...metadata, model: 'resnet' }), /checkpoint of model 'resnet'/],
      ['not a checkpoint', encodeSafetensors(tensors, {}), /not a dlc checkpoint/],
      ['renamed tensor', encodeSafetensors(renamed, metadata), /does not match the model: missing/],
      ['reshaped tensor', encodeSafetensors(reshaped, metadata), /but the model needs f32\[/],
    ];
    const dirs = cases.map(([name, data]) => {
      const dir = join(base, name.replace(/ /g, '-'));
      mkdirSync(dir);
      writeFileSync(join(dir, 'checkpoint.safetensors'), data);
      return { dir, data };
    });
    // Two at a time: each is a separate dlc process.
    for (let i = 0; i < cases.length; i += 2) {
      const batch = cases.slice(i, i + 2).map(([, , want], j) => ({ want, dir: dirs[i + j]!.dir, data: dirs[i + j]!.data, p: run([...TRAIN, '--epochs', '2', '--out', dirs[i + j]!.dir, '--resume'], LIMIT).done }));
      for (const c of batch) {
        const r = await c.p;
        expect(r.code, r.stderr).toBe(1);
        expect(r.stderr).toMatch(c.want);
        expect(r.stderr).not.toContain('    at ');
        expect(Buffer.compare(readFileSync(join(c.dir, 'checkpoint.safetensors')), Buffer.from(c.data))).toBe(0);
        expect(existsSync(join(c.dir, 'metrics.jsonl'))).toBe(false);
      }
    }
  }, 4 * LIMIT + 60_000);
});
