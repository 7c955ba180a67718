/** @file One compiled training step on WebGPU against the same step in the reference interpreter: loss, weights, optimizer slots, BN statistics, dropout masks. */
import { describe, expect, it } from 'vitest';
import { deviceTarget } from '../../src/codegen/target.ts';
import { compileTraining } from '../../src/compile.ts';
import { compileModelFile, type CompiledModel } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { maxRelErr, modelFromSource, SMALL_CONVNET, stepFeeds } from './train-helpers.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();

interface Case {
  readonly model: () => CompiledModel;
  readonly labels: (n: number) => number[];
  readonly yShape: number[];
  readonly samples: number;
}

const CASES: Record<string, Case> = {
  'iris MLP (Adam)': { model: () => compileModelFile('models/iris_mlp.ts').main, labels: (n) => Array.from({ length: n }, (_, i) => i % 3), yShape: [], samples: 24 },
  'convnet with batch norm and dropout (SGD Nesterov)': { model: () => modelFromSource('small_convnet', SMALL_CONVNET), labels: (n) => Array.from({ length: n }, (_, i) => (i * 7) % 4), yShape: [], samples: 12 },
};

describe('compiled training step vs the reference interpreter', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, async () => {
      const m = c.model();
      const batch = 4;
      // Compiled for this device, as dlc train does: on a CPU driver the GEMMs are barrier-free register
      // tiles (`reg…` on SwiftShader, the subgroup `unisg…` on lavapipe, whose subgroups are 8 lanes).
      const target = deviceTarget(gpu.device);
      const prog = compileTraining(m, { batch, seed: 7, data: { xShape: m.inputs[0]!.shape, yShape: c.yShape, yDtype: 'i32', resident: c.samples }, verify: true, target });
      const gemms = prog.plan!.kernels.filter((k) => k.code.includes('// gemm '));
      expect(gemms.length).toBeGreaterThan(0);
      expect(gemms.every((k) => k.code.includes(`chosen for ${target.label}`))).toBe(true);
      if (target.software) expect(gemms.some((k) => /\/\/ gemm (reg|unisg)[a-z0-9]*,/.test(k.code))).toBe(true);
      const g = prog.graph;
      const feeds = stepFeeds(m, g, 3, { 'data/y': c.labels(c.samples), idx: [5, 0, 11, 2], 'opt/lr': [m.train!.optimizer.learningRate], 'opt/t': [1], step: [3] });
      const exe = await loadPlan(gpu.device, prog.plan!);
      await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
      const got = await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])));
      const want = interpret(g, feeds);
      expect(Object.keys(want).filter((k) => k.startsWith('update/')).length).toBeGreaterThan(4);
      for (const [k, v] of Object.entries(want)) {
        expect(maxRelErr(got[k]!, v.data), k).toBeLessThan(1e-4);
      }
      // The updates landed in the persistent buffers in the same submit.
      const after = await exe.readParams();
      for (const k of Object.keys(want).filter((x) => x.startsWith('update/'))) {
        expect(maxRelErr(after[k.slice('update/'.length)]!, want[k]!.data), k).toBeLessThan(1e-4);
      }
      // Frozen things get no optimizer slots: only trainable params have opt/<p>/… state.
      const slots = g.args.filter((a) => a.name.startsWith('opt/') && a.kind === 'state').map((a) => a.name.split('/')[1]!);
      expect(new Set(slots)).toEqual(new Set(prog.trainable));
      expect(prog.trainable.some((p) => p.includes('moving'))).toBe(false);
      exe.destroy();
    });
  }

  it('the convnet step really draws dropout masks and uses batch statistics', () => {
    const m = modelFromSource('small_convnet', SMALL_CONVNET);
    const g = compileTraining(m, { batch: 4, data: { xShape: [6, 6, 2], yShape: [], yDtype: 'i32', resident: 8 } }).graph;
    expect(g.nodes.some((n) => n.op === 'dropout')).toBe(true);
    expect(g.nodes.some((n) => n.op === 'batch_norm' && n.attrs.training === true)).toBe(true);
    expect(g.outputs.map((o) => o.name)).toContain('update/batch_normalization.moving_variance');
  });
});
