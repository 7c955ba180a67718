/** @file `dlc train` end to end: the JSON result line, the files next to the checkpoint, and `--resume` continuing the run. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function dlc(args: string[]): { stdout: string; last: Record<string, unknown> } {
  const stdout = execFileSync('node', ['bin/dlc.js', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = stdout.trim().split('\n');
  return { stdout, last: JSON.parse(lines[lines.length - 1]!) as Record<string, unknown> };
}

describe('dlc train', () => {
  it('trains iris_mlp, writes its outputs, and resumes from the checkpoint', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dlc-cli-train-')), 'run');
    const first = dlc(['train', 'models/iris_mlp.ts', '--epochs', '2', '--json', '--out', out, '--seed', '3']).last;
    for (const k of ['epochs', 'steps', 'trainLoss', 'valLoss', 'testLoss', 'testAccuracy', 'stepsPerSecond', 'checkpoint']) expect(first, k).toHaveProperty(k);
    expect(first.epochs).toBe(2);
    expect(first.steps).toBe(2 * Math.ceil(120 / 16)); // the last partial batch is kept, as Keras does
    expect(typeof first.testAccuracy).toBe('number');
    for (const f of ['checkpoint.safetensors', 'metrics.jsonl', 'learning-curve.svg', 'report.html']) expect(existsSync(join(out, f)), f).toBe(true);
    expect(readFileSync(join(out, 'metrics.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
    expect(readFileSync(join(out, 'learning-curve.svg'), 'utf8')).toContain('<svg');

    const resumed = dlc(['train', 'models/iris_mlp.ts', '--epochs', '3', '--json', '--out', out, '--seed', '3', '--resume']).last;
    expect(resumed.epochs).toBe(3);
    expect(resumed.steps).toBe(3 * Math.ceil(120 / 16));
    const lines = readFileSync(join(out, 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { epoch: number });
    expect(lines.map((l) => l.epoch)).toEqual([1, 2, 3]);
  });

  it('refuses --resume without --out, and a missing checkpoint, with a message', () => {
    const run = (args: string[]) => {
      try {
        execFileSync('node', ['bin/dlc.js', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        return '';
      } catch (e) {
        return String((e as { stderr: string }).stderr);
      }
    };
    expect(run(['train', 'models/iris_mlp.ts', '--resume'])).toContain('--resume needs --out');
    const err = run(['train', 'models/iris_mlp.ts', '--resume', '--out', join(tmpdir(), 'dlc-no-such-run'), '--epochs', '1']);
    expect(err).toContain('does not exist');
    expect(err).not.toContain('    at ');
  });

  it('--kfold 3 trains three fresh models on disjoint held-out folds and reports mean ± std', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dlc-cli-kfold-')), 'run');
    const r = dlc(['train', 'models/iris_mlp.ts', '--kfold', '3', '--epochs', '2', '--json', '--out', out]).last as { folds: { fold: number; heldOut: number; trainSamples: number; accuracy: number }[]; summary: Record<string, { mean: number; std: number }> };
    expect(r.folds.map((f) => f.fold)).toEqual([1, 2, 3]);
    expect(r.folds.reduce((s, f) => s + f.heldOut, 0)).toBe(120);
    for (const f of r.folds) expect(f.trainSamples + f.heldOut).toBe(120);
    const accs = r.folds.map((f) => f.accuracy);
    const mean = accs.reduce((a, b) => a + b, 0) / 3;
    expect(r.summary.accuracy!.mean).toBeCloseTo(mean, 6);
    expect(r.summary.accuracy!.std).toBeCloseTo(Math.sqrt(accs.reduce((a, b) => a + (b - mean) ** 2, 0) / 3), 6);
    expect(existsSync(join(out, 'fold-3', 'metrics.jsonl'))).toBe(true);
  });
});
