/**
 * @file Keras's initializer `seed` (`glorotUniform({ seed: 42 })`): the same seed draws the same
 * weights in every run and at any position in the model, whatever the run seed; different seeds
 * differ; unseeded weights still follow the run seed; draws keep their distribution; misuse is located.
 */
import { describe, expect, it } from 'vitest';
import { initialWeights } from '../../src/train/init.ts';
import { modelFromSource } from './train-helpers.ts';

const INITS = ['glorotUniform', 'glorotNormal', 'heUniform', 'heNormal', 'orthogonal', 'lecunNormal', 'lecunUniform', 'randomNormal', 'truncatedNormal', 'randomUniform', 'varianceScaling'];

function modelWith(name: string, layers: string) {
  return modelFromSource(name, `import { sequential, dense, ${INITS.join(', ')} } from 'dlc';
export default sequential({ name: '${name}', input: [6], layers: [${layers}] });
`);
}

describe('initializer seeds', () => {
  it('same seed → the same weights across runs and run seeds; other seeds and unseeded weights differ', () => {
    const layers = (extra: string) => `${extra}dense(8, { kernelInitializer: glorotUniform({ seed: 42 }), name: 'a' }), dense(8, { kernelInitializer: glorotUniform({ seed: 43 }), name: 'b' }), dense(8, { name: 'c' })`;
    const m1 = modelWith('seeded_1', layers(''));
    const m2 = modelWith('seeded_2', layers("dense(6, { name: 'first' }), "));
    const w1 = initialWeights(m1.params, 1);
    const w2 = initialWeights(m1.params, 2);
    const w3 = initialWeights(m2.params, 99);
    // A fresh compile, another run seed, even another position in the model: the same draw.
    expect(Array.from(w2['a.kernel']!)).toEqual(Array.from(w1['a.kernel']!));
    expect(Array.from(w3['a.kernel']!)).toEqual(Array.from(w1['a.kernel']!));
    expect(Array.from(w3['b.kernel']!)).toEqual(Array.from(w1['b.kernel']!));
    // Seed 43 is another draw of the same shape; the unseeded layer follows the run seed.
    expect(Array.from(w1['b.kernel']!)).not.toEqual(Array.from(w1['a.kernel']!));
    expect(Array.from(w2['c.kernel']!)).not.toEqual(Array.from(w1['c.kernel']!));
    // Still Glorot: within ±√(6 / (fanIn + fanOut)), and spread over it.
    const limit = Math.sqrt(6 / (6 + 8));
    expect(Math.max(...Array.from(w1['a.kernel']!, Math.abs))).toBeLessThanOrEqual(limit);
    expect(Math.max(...Array.from(w1['a.kernel']!, Math.abs))).toBeGreaterThan(limit / 2);
  });

  it('every random initializer takes a seed', () => {
    const opts: Record<string, string> = { randomNormal: '{ stddev: 0.1, seed: 7 }', truncatedNormal: '{ mean: 1, seed: 7 }', randomUniform: '{ minval: 0, maxval: 1, seed: 7 }', varianceScaling: "{ scale: 2, mode: 'fanOut', seed: 7 }" };
    const src = INITS.map((f, i) => `dense(6, { kernelInitializer: ${f}(${opts[f] ?? '{ seed: 7 }'}), name: 'l${i}' })`).join(', ');
    const a = initialWeights(modelWith('every_a', src).params, 1);
    const b = initialWeights(modelWith('every_b', src).params, 5);
    INITS.forEach((f, i) => {
      expect(Array.from(b[`l${i}.kernel`]!), f).toEqual(Array.from(a[`l${i}.kernel`]!));
      expect(new Set(a[`l${i}.kernel`]).size, f).toBeGreaterThan(30);
    });
    // randomUniform keeps its bounds, truncatedNormal its mean; orthogonal stays orthogonal (WᵀW = I on a 6×6 kernel).
    expect(Array.from(a['l9.kernel']!).every((v) => v >= 0 && v < 1)).toBe(true);
    expect(Array.from(a['l8.kernel']!).reduce((s, v) => s + v, 0) / 36).toBeGreaterThan(0.9);
    const o = a['l4.kernel']!;
    for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) {
      let dot = 0;
      for (let k = 0; k < 6; k++) dot += o[k * 6 + i]! * o[k * 6 + j]!;
      expect(dot).toBeCloseTo(i === j ? 1 : 0, 4);
    }
  });

  it('a bad seed or option is a located error', () => {
    for (const [init, code] of [['glorotUniform({ seed: 1.5 })', 'E_OPTION_TYPE'], ['heNormal({ sed: 1 })', 'E_UNKNOWN_OPTION'], ['lecunNormal({ scale: 2 })', 'E_UNKNOWN_OPTION']] as const) {
      let err: unknown;
      try {
        modelWith('bad_seed', `dense(2, { kernelInitializer: ${init} })`);
      } catch (e) {
        err = e;
      }
      expect((err as { code?: string }).code, `${init}: ${String(err)}`).toBe(code);
      const loc = (err as { loc?: { file: string; line: number } }).loc;
      expect(loc?.file).toMatch(/bad_seed\.ts$/);
      expect(loc?.line).toBe(2);
    }
  });
});
