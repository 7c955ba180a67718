/** @file Multi-model programs (a GAN), weight sharing, imported blocks and the evaluator's control flow. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModelFile } from '../../src/frontend/index.ts';

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
