/** @file The register-tiled conv kernels (codegen/conv-reg.ts) chosen for software targets, against the reference interpreter and the scalar kernels. */
import { describe, expect, it } from 'vitest';
import type { KernelTarget } from '../../src/codegen/target.ts';
import { compileInference, compileTraining } from '../../src/compile.ts';
import type { CompiledModel } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import type { Plan } from '../../src/runtime/plan-types.ts';
import { initialWeights } from '../../src/train/init.ts';
import { useGpu } from '../gpu-fixture.ts';
import { maxRelErr, modelFromSource, stepFeeds } from './train-helpers.ts';

const gpu = useGpu();
const SOFTWARE: KernelTarget = { software: true, vendor: 'test', architecture: 'cpu', label: 'test cpu (software)' };

const model = (name: string, input: string, layers: string): CompiledModel =>
  modelFromSource(name, `import { sequential, conv2d, maxPool2d, avgPool2d, flatten, dense, sgd, synthetic } from 'dlc';
export default sequential({
  name: '${name}',
  input: ${input},
  layers: [${layers}, flatten(), dense(3, { activation: 'softmax' })],
  train: { data: synthetic({ kind: 'images', shape: ${input}, classes: 3, sparse: true, samples: 8 }), loss: 'sparseCategoricalCrossentropy', optimizer: sgd({ learningRate: 0.1 }), batchSize: 2 },
});
`);

/** Model and the variant the software rule picks for its conv. */
const CASES: Record<string, [() => CompiledModel, 'reg4' | 'reg8' | 'col4x4' | 'col4x8']> = {
  // C = 1 (K = 9 < 16): the direct form; 5 output channels (ragged: 4 + 1); max pool 2×2 of an odd 7×7.
  'direct conv (C=1, O=5) + relu + max pool': [() => model('conv_reg_a', '[9, 9, 1]', "conv2d(5, 3, { activation: 'relu' }), maxPool2d({ poolSize: 2 })"), 'reg4'],
  // 16 channels: two blocks of 8 (reg8), a 2×2 pool.
  'conv (C=3, O=16) + relu + max pool 2×2': [() => model('conv_reg_e', '[7, 7, 3]', "conv2d(16, 3, { activation: 'relu' }), maxPool2d({ poolSize: 2 })"), 'reg8'],
  // same padding, stride 2 conv then a padded 3×3 max pool with stride 1 (overlapping windows, taps in the padding).
  'conv same/stride 2 (C=3, O=8) + max pool 3×3 same': [() => model('conv_reg_b', '[8, 8, 3]', "conv2d(8, 3, { padding: 'same', strides: 2, activation: 'relu' }), maxPool2d({ poolSize: 3, strides: 1, padding: 'same' })"), 'reg4'],
  'conv (C=2, O=8) + avg pool 2×2': [() => model('conv_reg_d', '[6, 6, 2]', "conv2d(8, 3), avgPool2d({ poolSize: 2 })"), 'reg8'],
  // a direct conv with no pool after it, dilation 2, O = 6: the column tile (conv-reg-cols.ts), 4 channels.
  'direct conv without a pool (dilation 2, O=6)': [() => model('conv_reg_c', '[8, 8, 1]', "conv2d(6, 3, { dilationRate: 2, activation: 'relu' })"), 'col4x4'],
  'direct conv without a pool (O=8)': [() => model('conv_reg_f', '[6, 6, 1]', "conv2d(8, 3, { padding: 'same' })"), 'col4x8'],
  // Epilogues whose WGSL calls a helper function (dlc_tanh, dlc_sigmoid): the helpers must reach the module.
  'direct conv without a pool + tanh (O=8)': [() => model('conv_reg_g', '[6, 6, 1]', "conv2d(8, 3, { activation: 'tanh' })"), 'col4x8'],
  'conv (C=3, O=8) + sigmoid + max pool 2×2': [() => model('conv_reg_h', '[6, 6, 3]', "conv2d(8, 3, { activation: 'sigmoid' }), maxPool2d({ poolSize: 2 })"), 'reg8'],
};

async function run(plan: Plan, feeds: Record<string, Float32Array | Int32Array | Uint32Array>): Promise<Record<string, Float32Array>> {
  const exe = await loadPlan(gpu.device, plan);
  await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
  const out = await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])));
  exe.destroy();
  return out as Record<string, Float32Array>;
}

describe('register-tiled conv variants on software targets', () => {
  for (const [name, [make, rule]] of Object.entries(CASES)) {
    it(`${name}: inference matches the interpreter and the scalar kernel`, async () => {
      const m = make();
      const prog = compileInference(m, { batch: 2, target: SOFTWARE });
      const codes = prog.plan!.kernels.map((k) => k.code);
      const convs = codes.filter((c) => c.includes('// conv '));
      expect(convs.length).toBe(1);
      expect(convs[0]).toContain(`// conv ${rule}, chosen for ${SOFTWARE.label}`);
      const key = /\[(conv [^\]]+)\]/.exec(convs[0]!)![1]!;
      const scalar = compileInference(m, { batch: 2, target: { ...SOFTWARE, tuned: { [key]: 'scalar' } } });
      expect(scalar.plan!.kernels.some((k) => k.code.includes('// conv scalar, tuned on'))).toBe(true);
      // Without a target: the scalar kernel and no choice comment (goldens unchanged).
      expect(compileInference(m, { batch: 2 }).plan!.kernels.some((k) => k.code.includes('// conv '))).toBe(false);
      const init = initialWeights(m.params, 3);
      const feeds: Record<string, Float32Array> = {};
      for (const a of prog.graph.args) {
        const n = a.type.shape.reduce((x, y) => x * y, 1);
        feeds[a.name] = init[a.name] ?? Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.731 + 0.2));
      }
      const want = interpret(prog.graph, feeds);
      const [reg, sc] = [await run(prog.plan!, feeds), await run(scalar.plan!, feeds)];
      for (const [k, v] of Object.entries(want)) {
        expect(maxRelErr(reg[k]!, v.data), k).toBeLessThan(1e-4);
        expect(maxRelErr(sc[k]!, v.data), k).toBeLessThan(1e-4);
      }
    });
  }

  it('a training step with the pooled reg4 conv matches the interpreter (the conv output stored for the backward pass)', async () => {
    const m = CASES['direct conv (C=1, O=5) + relu + max pool']![0]();
    const prog = compileTraining(m, { batch: 2, seed: 1, data: { xShape: m.inputs[0]!.shape, yShape: [], yDtype: 'i32', resident: 8 }, target: SOFTWARE });
    // In training the pre-pool activation is kept for the backward pass: the conv runs unpooled, as a column tile.
    expect(prog.plan!.kernels.some((k) => k.code.includes('// conv col4x4,'))).toBe(true);
    const feeds = stepFeeds(m, prog.graph, 5, { 'data/y': [0, 1, 2, 0, 1, 2, 0, 1], idx: [3, 6], 'opt/lr': [0.1], 'opt/t': [1], step: [1] });
    const got = await run(prog.plan!, feeds);
    const want = interpret(prog.graph, feeds);
    for (const [k, v] of Object.entries(want)) expect(maxRelErr(got[k]!, v.data), k).toBeLessThan(1e-4);
  });
});
