/** @file `dlc summary --json` lists every weight by the name checkpoints and `dlc import-weights` use, with its shape. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { numel } from '../../src/ir/index.ts';
import { compileModelFile } from '../../src/frontend/index.ts';

interface Row { name: string; params: number; weights: { name: string; weight: string; shape: number[]; kind: string }[] }

async function summary(file: string): Promise<{ layers: Row[] }[]> {
  let out = '';
  const code = await main(['summary', file, '--json'], { out: (t) => (out += t), err: () => {}, isTTY: false });
  expect(code).toBe(0);
  const j = JSON.parse(out) as { layers: Row[] } | { layers: Row[] }[];
  return Array.isArray(j) ? j : [j];
}

describe('dlc summary --json weights', () => {
  it.each(readdirSync('models').filter((f) => f.endsWith('.ts')))('%s: every param once, at its shape, adding up to the layer\'s count', async (f) => {
    const models = await summary(`models/${f}`);
    const program = compileModelFile(`models/${f}`);
    const params = new Map(program.models.flatMap((m) => m.params.map((p) => [p.name, p.shape.join(',')] as const)));
    const listed = new Set<string>();
    for (const m of models) {
      for (const l of m.layers) {
        expect(l.weights.reduce((s, w) => s + numel(w.shape), 0)).toBe(l.params);
        for (const w of l.weights) {
          expect(w.name).toBe(`${l.name}.${w.weight}`);
          expect(params.get(w.name)).toBe(w.shape.join(','));
          listed.add(w.name);
        }
      }
    }
    expect([...listed].sort()).toEqual([...params.keys()].sort());
  });

  it('batch norm lists gamma, beta, then its moving statistics as state', async () => {
    const [m] = await summary('models/mnist_batchnorm.ts');
    const bn = m!.layers.find((l) => l.name === 'batch_normalization')!;
    expect(bn.weights.map((w) => `${w.weight}:${w.kind}`)).toEqual(['gamma:param', 'beta:param', 'moving_mean:state', 'moving_variance:state']);
  });

  it('build --help documents --weights as any <layer>.<weight> safetensors', async () => {
    let out = '';
    await main(['build', '--help'], { out: (t) => (out += t), err: () => {}, isTTY: false });
    expect(out).toMatch(/<layer>\.<weight>/);
    expect(out).toMatch(/import-weights/);
  });
});
