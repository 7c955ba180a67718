/**
 * @file Every GEMM variant (tile 64, tile 32, ksplit, reg) forced on the same matmul shapes, timed
 * interleaved on the current device: which variant wins where, the data `chooseGemm` is tuned from.
 *
 *   npx tsx bench/gemm-variants.ts [--samples N] [--reps R] [--variants reg,reg4x8] [--json out.json]
 *   DLC_VULKAN_DRIVER=lavapipe npx tsx bench/gemm-variants.ts
 *
 * Each sample encodes R calls and waits; variants take turns within a sample round, so a busy
 * machine slows them alike. Medians per variant and the ratio to the best.
 */
import { writeFileSync } from 'node:fs';
import { chooseGemm, GEMM_VARIANTS, variantName, type GemmVariant } from '../src/codegen/gemm.ts';
import { compileProgramPlan } from '../src/codegen/plan.ts';
import { emitMatmulVariant } from '../src/ops/matmul.ts';
import { newGraph } from '../src/ops/registry.ts';
import { acquireDevice, describeAdapter, loadPlan, type Executable, type Plan } from '../src/runtime/index.ts';
import { targetOf } from '../src/codegen/target.ts';

const only = process.argv.indexOf('--variants');
/** `--variants reg,reg4x8`: a subset (ksplit and the tiles take long on SwiftShader). */
const VARIANTS: readonly GemmVariant[] = GEMM_VARIANTS.filter((v) => only < 0 || process.argv[only + 1]!.split(',').includes(variantName(v)));
const name = variantName;

/** [M, K, N]: the MNIST MLP's layers at batch 64 and 256 (forward and both gradients), and squares. */
const SHAPES: readonly [number, number, number][] = [
  [64, 784, 128], [784, 64, 128], [64, 128, 784],
  [256, 784, 128], [784, 256, 128],
  [64, 128, 64], [1, 1600, 64], [4, 784, 128], [128, 127, 129], [256, 256, 256],
  [64, 64, 64], [128, 784, 128], [1, 784, 128], [64, 128, 10], [784, 256, 128],
];

function flag(n: string, fallback: number): number {
  const i = process.argv.indexOf(`--${n}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function forcedPlan(m: number, k: number, n: number, v: GemmVariant): Plan {
  const b = newGraph('mm');
  const f32 = (...shape: number[]) => ({ dtype: 'f32' as const, shape });
  b.output('y', b.op('matmul', [b.input('a', f32(m, k)), b.input('b', f32(k, n))], { transposeA: false, transposeB: false }));
  const plan = compileProgramPlan(b.build()).plan;
  const src = emitMatmulVariant(f32(m, k), f32(k, n), { transposeA: false, transposeB: false }, v);
  return { ...plan, kernels: [{ ...plan.kernels[0]!, code: src.code }], dispatches: [{ ...plan.dispatches[0]!, workgroups: [...src.workgroups] }] };
}

async function main(): Promise<void> {
  const samples = flag('samples', 5);
  const reps = flag('reps', 3);
  const gpu = await acquireDevice();
  const target = targetOf(gpu.adapter);
  console.log(`device: ${describeAdapter(gpu.adapter)}; median of ${samples} samples × ${reps} calls, variants interleaved`);
  console.log(`${'M×K·K×N'.padEnd(18)} ${VARIANTS.map((v) => name(v).padStart(10)).join(' ')}   best    default  for-target`);
  const rows: unknown[] = [];
  for (const [m, k, n] of SHAPES) {
    const exes: Executable[] = [];
    for (const v of VARIANTS) exes.push(await loadPlan(gpu.device, forcedPlan(m, k, n, v)));
    const feeds = { a: Float32Array.from({ length: m * k }, (_, j) => Math.sin(j)), b: Float32Array.from({ length: k * n }, (_, j) => Math.cos(j)) };
    for (const e of exes) await e.run(feeds, { read: [] });
    const times: number[][] = VARIANTS.map(() => []);
    for (let s = 0; s < samples; s++) {
      for (const [i, e] of exes.entries()) {
        const t0 = performance.now();
        for (let r = 0; r < reps; r++) await e.run(feeds, { read: [] });
        times[i]!.push((performance.now() - t0) / reps);
      }
    }
    const med = times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!);
    const best = med.indexOf(Math.min(...med));
    const spec = { batch: 1, m, n, k };
    const chosen = name(chooseGemm(spec));
    const forTarget = name(chooseGemm(spec, target));
    console.log(`${`${m}×${k}·${k}×${n}`.padEnd(18)} ${med.map((x) => `${x.toFixed(2)}ms`.padStart(10)).join(' ')}   ${name(VARIANTS[best]!).padEnd(7)} ${chosen.padEnd(8)} ${forTarget}`);
    rows.push({ m, k, n, ms: Object.fromEntries(VARIANTS.map((v, i) => [name(v), med[i]])), best: name(VARIANTS[best]!), default: chosen, forTarget });
    for (const e of exes) e.destroy();
  }
  const out = process.argv.indexOf('--json');
  if (out >= 0) writeFileSync(process.argv[out + 1]!, JSON.stringify({ device: describeAdapter(gpu.adapter), samples, reps, rows }, null, 2) + '\n');
  gpu.destroy();
  await gpu.lost;
}

await main();
