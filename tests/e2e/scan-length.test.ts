/**
 * @file Short sequences are unrolled (frontend/layers/recurrent-scan.ts SCAN_MIN_STEPS): a recurrent
 * layer without `unroll` lowers to unrolled cells below T = 3 for inference and T = 2 for training,
 * where the scan would issue more dispatches per run, and to a scan from there; `unroll: false`
 * keeps the scan at any length.
 * Counted on the plans (dispatches per run, loops replayed), never timed.
 */
import { describe, expect, it } from 'vitest';
import { compileInference, compileTraining } from '../../src/compile.ts';
import { SCAN_MIN_STEPS } from '../../src/frontend/layers/recurrent-scan.ts';
import type { Plan } from '../../src/runtime/index.ts';
import { modelFromSource } from './train-helpers.ts';

const source = (cell: string, T: number, unroll: string): string => `import { sequential, ${cell}, dense, sgd, synthetic } from 'dlc';
export default sequential({ name: 'len', input: [${T}, 1], layers: [${cell}(8, { ${unroll} returnSequences: true }), ${cell}(8, { ${unroll} }), dense(1)],
  train: { data: synthetic({ kind: 'sine', samples: 4 }), loss: 'mse', optimizer: sgd({ learningRate: 0.01 }), batchSize: 4 } });
`;

/** Dispatches one run encodes: those outside loops once, each loop body once per step. */
function perRun(p: Plan): number {
  const loops = p.loops ?? [];
  return p.dispatches.length - loops.reduce((s, l) => s + l.count, 0) + loops.reduce((s, l) => s + l.count * l.steps, 0);
}

const programs = (cell: string, T: number, unroll: string) => {
  const m = modelFromSource('len', source(cell, T, unroll));
  return {
    inference: compileInference(m, { batch: 4 }),
    training: compileTraining(m, { batch: 4, data: { xShape: [T, 1], yShape: [1], yDtype: 'f32', resident: 4 } }),
  };
};

describe.each(['lstm', 'gru', 'simpleRnn'])('%s', (cell) => {
  it(`below T = ${SCAN_MIN_STEPS.inference} (inference) and ${SCAN_MIN_STEPS.training} (training) the default is unrolled, with fewer dispatches per run than the scan; from there, a scan`, () => {
    for (const T of [1, 2, 3]) {
      const auto = programs(cell, T, '');
      const scan = programs(cell, T, 'unroll: false,');
      for (const k of ['inference', 'training'] as const) {
        const scans = auto[k].graph.nodes.filter((n) => n.op === 'scan').length;
        expect(scan[k].graph.nodes.some((n) => n.op === 'scan'), `${k} T=${T} unroll: false`).toBe(true);
        if (T < SCAN_MIN_STEPS[k]) {
          expect(scans, `${k} T=${T}`).toBe(0);
          expect(perRun(auto[k].plan!), `${k} T=${T}`).toBeLessThan(perRun(scan[k].plan!));
        } else {
          expect(scans, `${k} T=${T}`).toBeGreaterThan(0);
        }
      }
    }
  });
});
