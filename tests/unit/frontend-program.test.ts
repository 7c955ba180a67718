/** @file Multi-model programs (a GAN), weight sharing, imported blocks and the evaluator's control flow. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModelFile } from '../../src/frontend/index.ts';
import type { CompileError } from '../../src/ir/index.ts';
import { encodeSafetensors } from '../../src/train/safetensors.ts';

function write(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-prog-'));
  for (const [f, s] of Object.entries(files)) writeFileSync(join(dir, f), s);
  return join(dir, 'model.ts');
}

describe('programs', () => {
  it('a GAN has three models sharing weights and two steps with their own optimizers', () => {
    const p = compileModelFile('models/gan.ts');
    expect(p.models.map((m) => m.name)).toEqual(['generator', 'discriminator', 'gan']);
    const gan = p.models.find((m) => m.name === 'gan')!;
    expect(gan.totalParams).toBe(p.models[0]!.totalParams + p.models[1]!.totalParams);
    expect(gan.graph(4).args.filter((a) => a.kind === 'param').map((a) => a.name)).toEqual(
      ['dense.kernel', 'dense.bias', 'dense_1.kernel', 'dense_1.bias', 'dense_2.kernel', 'dense_2.bias', 'dense_3.kernel', 'dense_3.bias'],
    );
    expect(p.steps).toEqual([
      expect.objectContaining({ name: 'discriminator', model: 'discriminator', trains: ['discriminator'], loss: 'binaryCrossentropy' }),
      expect.objectContaining({ name: 'generator', model: 'gan', trains: ['generator'], target: 1 }),
    ]);
    expect(p.steps[0]!.optimizer).toMatchObject({ kind: 'adam', learningRate: 2e-4, beta1: 0.5 });
    expect(p.schedule).toEqual({ batchSize: 64, epochs: 20, data: { kind: 'mnist', options: { flatten: true } } });
  });

  it('inlines imported helpers, loops, conditionals, and shares a layer applied twice', () => {
    const path = write({
      'blocks.ts': `import { dense, relu, type Tensor, type B } from 'dlc';\nexport function mlp(x: Tensor<[B, number]>, widths: readonly number[]): Tensor {\n  let h = x;\n  for (const w of widths) h = relu(dense(w)(h));\n  return h;\n}\n`,
      'model.ts': `import { model, input, dense, add, concatenate } from 'dlc';\nimport { mlp } from './blocks.ts';\nconst deep = true;\nexport default model({\n  inputs: { a: input([8]), b: input([8]) },\n  forward({ a, b }) {\n    const shared = dense(8, { name: 'shared' });\n    const ha = shared(a);\n    const hb = shared(b);\n    let h = concatenate([ha, hb]);\n    for (let i = 0; i < 2; i++) h = deep ? mlp(h, [16, 16 / 2]) : h;\n    return add(h, ha);\n  },\n});\n`,
    });
    const m = compileModelFile(path).main;
    expect(m.layers.filter((l) => l.name === 'shared')).toHaveLength(1);
    expect(m.params.filter((p) => p.layer === 'shared').map((p) => p.shape)).toEqual([[8, 8], [8]]);
    expect(m.layers.filter((l) => l.type === 'Dense').map((l) => l.outputShape)).toEqual([[null, 8], [null, 16], [null, 8], [null, 16], [null, 8]]);
    const g = m.graph(3);
    expect(g.nodes.filter((n) => n.op === 'matmul')).toHaveLength(6);
    expect(g.nodes.find((n) => n.op === 'concat')?.loc?.line).toBe(10);
  });

  it('trainable: false makes a layer non-trainable', () => {
    const path = write({ 'model.ts': `import { sequential, dense } from 'dlc';\nexport default sequential({ input: [4], layers: [dense(3, { trainable: false }), dense(2)] });\n` });
    const m = compileModelFile(path).main;
    expect([m.trainableParams, m.nonTrainableParams]).toEqual([8, 15]);
  });
});

describe('course constructs: synthetic data, pretrained weights, new layers', () => {
  const errorOf = (path: string): { code: string; message: string; line: number | undefined } => {
    try {
      compileModelFile(path);
    } catch (e) {
      const c = e as CompileError;
      return { code: c.code, message: c.message, line: c.loc?.line };
    }
    throw new Error('expected a compile error');
  };

  it('synthetic() checks each option against its kind, with a did-you-mean', () => {
    const path = write({ 'model.ts': `import { sequential, dense, synthetic } from 'dlc';\nexport default sequential({ input: [1], layers: [dense(1)],\n  train: { loss: 'mse', data: synthetic({ kind: 'linear', slop: 2 }) } });\n` });
    expect(errorOf(path)).toMatchObject({ code: 'E_UNKNOWN_OPTION', message: expect.stringContaining("no option 'slop'"), line: 3 });
    const bad = write({ 'model.ts': `import { sequential, dense, synthetic } from 'dlc';\nexport default sequential({ input: [1], layers: [dense(1)],\n  train: { loss: 'mse', data: synthetic({ kind: 'cifar' }) } });\n` });
    expect(errorOf(bad)).toMatchObject({ code: 'E_OPTION_VALUE', line: 3 });
  });

  it('a checkpoint that lacks a weight or has another shape is a compile error at weights:', () => {
    const base = (w: string): string => `import { sequential, dense } from 'dlc';\nexport default sequential({ input: [4], layers: [dense(3)],\n  weights: '${w}', trainable: false });\n`;
    const path = write({ 'model.ts': base('ck.safetensors') });
    const dir = path.slice(0, -'model.ts'.length);
    const ck = (shape: number[]): Uint8Array => encodeSafetensors(new Map([['dense.kernel', { dtype: 'f32', shape, data: new Float32Array(shape.reduce((a, b) => a * b, 1)) }]]));
    writeFileSync(join(dir, 'ck.safetensors'), ck([4, 3]));
    expect(errorOf(path)).toMatchObject({ code: 'E_WEIGHTS_MISSING', message: expect.stringContaining("'dense.bias'"), line: 3 });
    writeFileSync(join(dir, 'ck.safetensors'), ck([3, 4]));
    expect(errorOf(path)).toMatchObject({ code: 'E_WEIGHTS_SHAPE', line: 3 });
    const missing = compileModelFile(write({ 'model.ts': base('absent.safetensors') })).main;
    expect(missing.params.map((p) => [p.pretrained?.key, p.trainable])).toEqual([['dense.kernel', false], ['dense.bias', false]]);
  });

  it('positionEmbedding rejects sequences longer than its table; upSampling2d scales height and width', () => {
    const path = write({ 'model.ts': `import { model, input, embedding, positionEmbedding, upSampling2d, add } from 'dlc';\nexport default model({ inputs: { t: input([6], { dtype: 'int32' }) },\n  forward({ t }) {\n    const e = embedding(5, 4)(t);\n    return add(e, positionEmbedding(4)(e));\n  } });\n` });
    expect(errorOf(path)).toMatchObject({ code: 'E_SHAPE_MISMATCH', message: expect.stringContaining('longer than its 4 positions'), line: 5 });
    const up = compileModelFile(write({ 'model.ts': `import { sequential, upSampling2d } from 'dlc';\nexport default sequential({ input: [3, 5, 2], layers: [upSampling2d({ size: [2, 3], interpolation: 'bilinear' })] });\n` })).main;
    expect(up.outputs[0]!.shape).toEqual([6, 15, 2]);
    expect(up.graph(1).nodes.map((n) => [n.op, n.attrs])).toEqual([['upsample2d', { size: [2, 3], interpolation: 'bilinear' }]]);
  });
});
