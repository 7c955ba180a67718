/**
 * @file Packed-weight kernels of every kind, for the GPU defaults and for a software target (the
 * register-tiled conv variants and the `reg` GEMM): each plan equals the reference interpreter run on
 * the same graph with the weights the kernels read (int8 dequantised, f16 rounded) within 1e-5, and
 * the int8 kernels apply each channel's scale once per output, never per weight read (the WGSL
 * calls the unscaled byte read in its loops and the scale only on finished sums).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packWeights } from '../../src/bundle/precision.ts';
import { unpackWeight } from '../../src/bundle/quantize.ts';
import { inferenceWeights, modelWeights } from '../../src/bundle/weights.ts';
import { targetOf, type KernelTarget } from '../../src/codegen/target.ts';
import { compileInference } from '../../src/compile.ts';
import { compileModelFile } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { useGpu } from '../gpu-fixture.ts';
import { maxRelError, randomInput, ROOT, tempDir } from './bundle-helpers.ts';

const gpu = useGpu();
const work = tempDir('quantize-kernels');
afterAll(() => rmSync(work, { recursive: true, force: true }));

// pooled conv (8 channels: reg8 on software), a tiled conv GEMM with a ragged channel count (6),
// a row matmul with its softmax; and a direct conv (K < 16) with 5 channels (ragged reg4), a tiled
// dense GEMM with relu, a linear one.
const MODELS: Record<string, string> = {
  pooled: `import { sequential, conv2d, maxPool2d, flatten, dense } from 'dlc';
export default sequential({ name: 'qk_pooled', input: [6, 6, 1], layers: [conv2d(8, 3, { activation: 'relu', padding: 'same' }), maxPool2d({ poolSize: 2 }), conv2d(6, 3, { activation: 'relu' }), flatten(), dense(5, { activation: 'softmax' })] });
`,
  direct: `import { sequential, conv2d, flatten, dense } from 'dlc';
export default sequential({ name: 'qk_direct', input: [5, 5, 1], layers: [conv2d(5, 3, { activation: 'relu' }), flatten(), dense(7, { activation: 'relu' }), dense(3)] });
`,
};
const BATCH = 4;

async function check(name: string, kind: 'int8' | 'f16', target: KernelTarget | undefined): Promise<{ err: number; int8Kernels: string[] }> {
  const file = join(work, `${name}.ts`);
  writeFileSync(file, MODELS[name]!);
  const model = compileModelFile(relative(ROOT, file)).main;
  const program = compileInference(model, { batch: BATCH, weights: { kind }, ...(target ? { target } : {}) });
  const packed = program.compiled!.packed;
  expect(packed.size).toBeGreaterThan(0);
  const weights = inferenceWeights(program.graph, program.prepare, modelWeights(model, undefined, 5));
  const words = packWeights(weights, packed);
  const input = program.graph.args.find((a) => a.kind === 'input')!;
  const x = randomInput(input.type.shape.reduce((a, d) => a * d, 1), 11);
  // The oracle: the same graph on the values the kernels read.
  const feeds: Record<string, ArrayLike<number>> = { [input.name]: x };
  for (const [n, t] of weights) feeds[n] = packed.has(n) ? unpackWeight(packed.get(n)!, words.get(n)!.data as Uint32Array) : (t.data as Float32Array);
  const want = Object.values(interpret(program.graph, feeds))[0]!.data;
  const exe = await loadPlan(gpu.device, program.plan!);
  try {
    await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, words.get(p.name)!.data])));
    const out = await exe.run({ [input.name]: x });
    const got = Object.values(out)[0] as Float32Array;
    return { err: maxRelError(got, Array.from(want, Number)), int8Kernels: program.plan!.kernels.map((k) => k.code).filter((c) => /^fn dlc_(q|w4|w|s)_/m.test(c)) };
  } finally {
    exe.destroy();
  }
}

describe('packed-weight kernels against the interpreter on the values they read', () => {
  for (const name of Object.keys(MODELS)) {
    // The GPU defaults (scalar convs, tiled and ksplit GEMMs) once; every software variant on both models.
    for (const label of name === 'pooled' ? (['GPU defaults', 'software target'] as const) : (['software target'] as const)) {
      it(`${name}, ${label}: int8 and f16 within 1e-5; int8 scales once per output`, async () => {
        const target = label === 'GPU defaults' ? undefined : { ...targetOf(gpu.adapter), software: true };
        const q = await check(name, 'int8', target);
        expect(q.err).toBeLessThan(1e-5);
        expect(q.int8Kernels.length).toBeGreaterThanOrEqual(2);
        for (const code of q.int8Kernels) {
          // Declared helpers aside, nothing calls the per-read scaled form; the scale is applied.
          const body = code.split('\n').filter((l) => !l.startsWith('fn dlc_')).join('\n');
          const calls = (fn: string): number => (body.match(new RegExp(`${fn}\\w+\\(`, 'g')) ?? []).length;
          expect(calls('dlc_w_'), code).toBe(0);
          expect(calls('dlc_s_'), code).toBeGreaterThan(0);
        }
        const h = await check(name, 'f16', target);
        expect(h.err).toBeLessThan(1e-5);
      });
    }
  }
});
