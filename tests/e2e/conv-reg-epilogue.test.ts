/**
 * @file The register-tiled convs' epilogue (`dlc_mid`) and pooled store (`dlc_tail`) written once
 * each, in loops of run-time trip count (codegen/conv-reg.ts, as gemm-reg.ts's epilogueLoop): the CPU
 * drivers compile one copy instead of taps × channels (#20). Counts call sites in the WGSL, not time;
 * the outputs against the interpreter are tests/e2e/conv-variants.test.ts's.
 */
import { describe, expect, it } from 'vitest';
import type { KernelTarget } from '../../src/codegen/target.ts';
import { compileInference, compileTraining } from '../../src/compile.ts';
import { modelFromSource } from './train-helpers.ts';

const SOFTWARE: KernelTarget = { software: true, vendor: 'test', architecture: 'cpu', label: 'test cpu (software)' };

const model = (name: string, input: string, layers: string) =>
  modelFromSource(name, `import { sequential, conv2d, maxPool2d, avgPool2d, flatten, dense, adam, synthetic } from 'dlc';
export default sequential({
  name: '${name}',
  input: ${input},
  layers: [${layers}, flatten(), dense(3, { activation: 'softmax' })],
  train: { data: synthetic({ kind: 'images', shape: ${input}, classes: 3, sparse: true, samples: 8 }), loss: 'sparseCategoricalCrossentropy', optimizer: adam(), batchSize: 2 },
});
`);

const count = (code: string, fn: string): number => code.split(`${fn}(`).length - 1;

describe('register-tiled conv epilogue as a loop', () => {
  const cases: [string, string, string, string][] = [
    ['reg8, max pool 2×2 (4 taps × 8 channels)', '[7, 7, 3]', "conv2d(16, 3, { activation: 'relu' }), maxPool2d({ poolSize: 2 })", 'reg8'],
    ['reg4, max pool 3×3 same', '[8, 8, 3]', "conv2d(8, 3, { padding: 'same', strides: 2, activation: 'relu' }), maxPool2d({ poolSize: 3, strides: 1, padding: 'same' })", 'reg4'],
    ['reg4, ragged channels (O = 5)', '[9, 9, 1]', "conv2d(5, 3, { activation: 'relu' }), maxPool2d({ poolSize: 2 })", 'reg4'],
    ['reg8, avg pool', '[6, 6, 2]', 'conv2d(8, 3), avgPool2d({ poolSize: 2 })', 'reg8'],
  ];
  for (const [name, input, layers, variant] of cases) {
    it(`${name}: one dlc_mid and one dlc_tail call site, in loops of run-time count`, () => {
      const m = model(`conv_epi_${variant}_${input.replace(/\D/g, '')}`, input, layers);
      // Inference fuses the pool into the conv; a training step may keep it apart (the pool's gradient needs its input).
      for (const [i, plan] of [compileInference(m, { batch: 2, target: SOFTWARE }).plan!, compileTraining(m, { batch: 2, seed: 1, data: { xShape: m.inputs[0]!.shape, yShape: [], yDtype: 'i32', resident: 8 }, target: SOFTWARE }).plan!].entries()) {
        const convs = plan.kernels.map((k) => k.code).filter((c) => c.includes(`// conv ${variant},`));
        expect(convs.length).toBe(i === 0 ? 1 : convs.length);
        for (const code of convs) {
          // A definition and one call each (unrolled: taps × channels calls of dlc_mid, channels of dlc_tail).
          expect(count(code, 'dlc_mid')).toBe(2);
          expect(count(code, 'dlc_tail')).toBe(code.includes('fn dlc_tail(') ? 2 : 0);
          expect(code).toMatch(/min\(\d+u, gid\.z \+ \d+u\)/);
        }
      }
    });
  }
});
