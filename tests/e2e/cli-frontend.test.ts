/** @file `dlc check`, `dlc summary` and `dlc ir` run as the real command on seed models and a broken one. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dlc = (...args: string[]): { code: number; out: string; err: string } => {
  const r = spawnSync(process.execPath, ['bin/dlc.js', ...args], { encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
};

describe('dlc frontend commands', () => {
  it('check passes a seed model with exit 0', () => {
    const r = dlc('check', 'models/mnist_cnn.ts');
    expect(r.code).toBe(0);
    expect(r.out).toContain('ok');
  });

  it('check reports a located error with a code frame and exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlc-cli-'));
    const file = join(dir, 'bad.ts');
    writeFileSync(file, `import { sequential, dense } from 'dlc';\nexport default sequential({\n  input: [28, 28, 1],\n  layers: [dense(10)],\n});\n`);
    const r = dlc('check', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.ts:4:12 - error E_SHAPE_RANK/);
    expect(r.err).toContain('    |            ^');
    expect(r.err).toContain('insert flatten()');
    expect(r.err).not.toMatch(/^\s+at /m);
    // Several files at once: each is reported, and one bad file fails the command.
    const both = dlc('check', 'models/iris_mlp.ts', file);
    expect(both.code).toBe(1);
    expect(both.out).toMatch(/iris_mlp\.ts: ok/);
    expect(both.err).toMatch(/1 error in .*bad\.ts/);
    expect(dlc('check', 'models/iris_mlp.ts', 'models/mnist_cnn.ts').out).toMatch(/iris_mlp\.ts: ok\n.*mnist_cnn\.ts: ok/);
  });

  it('summary --json gives the Keras table as data', () => {
    const r = dlc('summary', 'models/mnist_mlp.ts', '--json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as { layers: { name: string; type: string; outputShape: (number | null)[]; params: number }[]; totalParams: number; trainableParams: number; nonTrainableParams: number };
    expect(s.layers[0]).toEqual({
      name: 'dense', type: 'Dense', outputShape: [null, 128], params: 100_480,
      weights: [
        { name: 'dense.kernel', weight: 'kernel', shape: [784, 128], trainable: true, kind: 'param' },
        { name: 'dense.bias', weight: 'bias', shape: [128], trainable: true, kind: 'param' },
      ],
    });
    expect(s.totalParams).toBe(109_386);
    expect(s.trainableParams).toBe(109_386);
    expect(s.nonTrainableParams).toBe(0);
  });

  it('summary prints the table with None for the batch', () => {
    const r = dlc('summary', 'models/resnet.ts');
    expect(r.out).toContain('batch_normalization (BatchNormalization)');
    expect(r.out).toMatch(/\(None, 32, 32, 16\)/);
    expect(r.out).toMatch(/Non-trainable params: 672 /);
  });

  it('ir prints nodes with their source locations; --after rejects unknown passes', () => {
    const r = dlc('ir', 'models/iris_mlp.ts', '--batch', '16');
    expect(r.code).toBe(0);
    expect(r.out).toContain('graph iris_mlp(%input: f32[16,4], param %dense.kernel: f32[4,32]');
    expect(r.out).toMatch(/matmul %input, %dense\.kernel .*\/\/ models\/iris_mlp\.ts:8:5/);
    const bad = dlc('ir', 'models/iris_mlp.ts', '--after', 'fuse-everything');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('valid passes');
  });
});

