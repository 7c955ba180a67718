/**
 * @file Regularizers and constraints in the compiled step on WebGPU: (1) maxNorm, nonNeg, unitNorm
 * and minMaxNorm applied inside the fused update, three steps on the device, against the reference
 * interpreter within 1e-5 and against the constraint itself (Keras's formula: the norms along the
 * axis after the projection). The interpreter's projection is checked against Keras's formula in
 * train-keras-regularizers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { deviceTarget } from '../../src/codegen/target.ts';
import { compileTraining } from '../../src/compile.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { maxRelErr, modelFromSource, stepFeeds } from './train-helpers.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();
const B = 4;

/** L2 norms of a [rows, cols] matrix along axis 0 (per column) or 1 (per row). */
function norms(w: ArrayLike<number>, rows: number, cols: number, axis: 0 | 1): number[] {
  const out: number[] = [];
  for (let g = 0; g < (axis === 0 ? cols : rows); g++) {
    let s = 0;
    for (let k = 0; k < (axis === 0 ? rows : cols); k++) s += (axis === 0 ? w[k * cols + g]! : w[g * cols + k]!) ** 2;
    out.push(Math.sqrt(s));
  }
  return out;
}

describe('constraints on WebGPU', () => {
  it('maxNorm, unitNorm, minMaxNorm, nonNeg: three device steps equal the interpreter (1e-5) and satisfy the constraint', async () => {
    // Glorot kernels of these shapes have column norms near 1, so every constraint is active from the first step.
    const m = modelFromSource('con_gpu', `import { sequential, dense, sgd, maxNorm, nonNeg, unitNorm, minMaxNorm } from 'dlc';
export default sequential({ name: 'con_gpu', input: [3], layers: [
    dense(4, { activation: 'tanh', kernelConstraint: maxNorm(0.3) }),
    dense(4, { activation: 'tanh', kernelConstraint: unitNorm({ axis: 1 }) }),
    dense(3, { activation: 'tanh', kernelConstraint: minMaxNorm({ minValue: 0.5, maxValue: 0.6 }) }),
    dense(2, { kernelConstraint: nonNeg(), biasConstraint: nonNeg() }),
  ], train: { loss: 'mse', optimizer: sgd({ learningRate: 0.2 }), batchSize: ${B} } });
`);
    const prog = compileTraining(m, { batch: B, data: { xShape: [3], yShape: [2], yDtype: 'f32', resident: 8 }, target: deviceTarget(gpu.device) });
    const g = prog.graph;
    const feeds = stepFeeds(m, g, 11, { 'data/y': Array.from({ length: 16 }, (_, i) => Math.sin(i)), idx: [0, 3, 5, 7], 'opt/lr': [0.2], 'opt/t': [1] });
    const exe = await loadPlan(gpu.device, prog.plan!);
    await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
    let want = feeds;
    for (let t = 1; t <= 3; t++) {
      const inputs = { ...Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])), 'opt/t': Float32Array.of(t) };
      await exe.run(inputs, { read: [] });
      const out = interpret(g, { ...want, 'opt/t': Float32Array.of(t) });
      want = { ...want };
      for (const [k, v] of Object.entries(out)) if (k.startsWith('update/')) want[k.slice('update/'.length)] = v.data as Float32Array;
    }
    const got = await exe.readParams(m.params.map((p) => p.name));
    for (const p of m.params) expect(maxRelErr(got[p.name]!, want[p.name]!, 1e-2), p.name).toBeLessThan(1e-5);
    const k = (name: string): Float32Array => got[`${name}.kernel`] as Float32Array;
    for (const n of norms(k('dense'), 3, 4, 0)) expect(n).toBeLessThanOrEqual(0.3 + 1e-5);
    expect(norms(k('dense'), 3, 4, 0).some((n) => n > 0.3 - 1e-4)).toBe(true); // the clip was active
    for (const n of norms(k('dense_1'), 4, 4, 1)) expect(n).toBeCloseTo(1, 5);
    for (const n of norms(k('dense_2'), 4, 3, 0)) {
      expect(n).toBeGreaterThanOrEqual(0.5 - 1e-5);
      expect(n).toBeLessThanOrEqual(0.6 + 1e-5);
    }
    expect(Array.from(k('dense_3')).every((v) => v >= 0)).toBe(true);
    expect(Array.from(k('dense_3')).some((v) => v === 0)).toBe(true); // some weights were projected
    expect(Array.from(got['dense_3.bias']!).every((v) => v >= 0)).toBe(true);
    exe.destroy();
  });
});
