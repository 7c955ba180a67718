/** @file `dlc build` and `dlc run` through the CLI entry: a bundle built, run on .json and .npy inputs, and usage errors. */
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { compileModelFile } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { initialWeights } from '../../src/train/init.ts';
import { maxRelError, ROOT, tempDir } from './bundle-helpers.ts';

const work = tempDir('cli-build');
const bundle = join(work, 'iris');
const model = join(ROOT, 'models/iris_mlp.ts');

afterAll(() => rmSync(work, { recursive: true, force: true }));

async function dlc(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), isTTY: false });
  return { code, out, err };
}

/** A float32 C-order .npy file (format version 1.0). */
function npy(shape: readonly number[], data: Float32Array): Buffer {
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
  header += ' '.repeat(63 - ((10 + header.length) % 64)) + '\n';
  const pre = Buffer.alloc(10);
  pre.write('\x93NUMPY', 0, 'latin1');
  pre[6] = 1;
  pre.writeUInt16LE(header.length, 8);
  return Buffer.concat([pre, Buffer.from(header, 'latin1'), Buffer.from(data.buffer)]);
}

const X = [
  [5.1, 3.5, 1.4, 0.2],
  [6.7, 3.0, 5.2, 2.3],
];

function reference(): Float32Array {
  const m = compileModelFile(model).main;
  return Float32Array.from(interpret(m.graph(2), { ...initialWeights(m.params, 0), input: X.flat() }).output!.data);
}

describe('dlc build / dlc run', () => {
  it('builds a bundle folder', async () => {
    const r = await dlc('build', model, '-o', bundle, '--batch', '2');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/iris_mlp \(inference, batch 2\).*KB gzipped/);
    for (const f of ['manifest.json', 'index.js', 'index.d.ts', 'weights.safetensors', 'package.json']) expect(existsSync(join(bundle, f)), f).toBe(true);
  });

  it('runs it on a .json input', async () => {
    writeFileSync(join(work, 'x.json'), JSON.stringify(X));
    const r = await dlc('run', bundle, '--input', join(work, 'x.json'), '--json');
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as { outputs: { output: { shape: number[]; data: number[] } } };
    expect(out.outputs.output.shape).toEqual([2, 3]);
    expect(maxRelError(out.outputs.output.data, reference())).toBeLessThan(1e-4);
  });

  it('runs it on a .npy input, printing text', async () => {
    writeFileSync(join(work, 'x.npy'), npy([2, 4], Float32Array.from(X.flat())));
    const r = await dlc('run', bundle, '--input', join(work, 'x.npy'));
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^output: f32\[2,3\] = \[/);
  });

  it("treats a bundle as data: a bundle whose index.js was replaced by someone else's code runs without running it", async () => {
    const hostile = join(work, 'hostile');
    cpSync(bundle, hostile, { recursive: true });
    const marker = join(work, 'index-js-ran');
    const code = `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport async function load() { throw new Error('hostile'); }\n`;
    writeFileSync(join(hostile, 'index.js'), code);
    writeFileSync(join(hostile, 'node.js'), code);
    const r = await dlc('run', hostile, '--input', join(work, 'x.json'), '--json');
    expect(r.code, r.err).toBe(0);
    expect(existsSync(marker)).toBe(false);
    const out = JSON.parse(r.out) as { outputs: { output: { data: number[] } } };
    expect(maxRelError(out.outputs.output.data, reference())).toBeLessThan(1e-4);
  });

  it('reports a bad input as a runtime error with its code', async () => {
    writeFileSync(join(work, 'bad.json'), JSON.stringify([[1, 2, 3]]));
    const r = await dlc('run', bundle, '--input', join(work, 'bad.json'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/E_INPUT_SHAPE: input 'input' expects f32\[2,4\]/);
  });

  it('refuses bad flags with usage errors', async () => {
    const cases: [string[], RegExp][] = [
      [['build', model], /expected an output folder/],
      [['build', model, '-o', join(work, 'x'), '--mode', 'fast'], /--mode expects one of inference, train, got 'fast'/],
      [['build', model, '-o', join(work, 'x'), '--batch', '0'], /--batch expects an integer in \[1, 1048576\], got 0/],
      [['build', model, '-o', join(work, 'x'), '--bogus', '1'], /unknown option --bogus/],
      [['build', '-o', join(work, 'x')], /expected a model file/],
      [['run', bundle], /expected --input/],
      [['run', work, '--input', 'x.json'], /is not a bundle/],
    ];
    for (const [argv, msg] of cases) {
      const r = await dlc(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(msg);
    }
  });

  it('refuses to write a bundle over a folder that is not one', async () => {
    const r = await dlc('build', model, '-o', ROOT);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/E_BUILD_OUTPUT/);
  });
});
