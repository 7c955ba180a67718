/**
 * @file Every GEMM variant forced on the same matmul shapes, beside the hand-written register-tiled
 * kernels of hand-kernels.ts, timed interleaved on the current device: which variant wins where, the
 * data `chooseGemm` is tuned from.
 *
 *   npx tsx bench/gemm-variants.ts [--samples N] [--reps R] [--variants reg,reg4x8] [--shapes '[[64,784,128]]'] [--json out.json] [--md out.md]
 *   DLC_VULKAN_DRIVER=lavapipe npx tsx bench/gemm-variants.ts
 *
 * Each sample encodes R calls and waits; everything takes turns within a sample round, so a busy
 * machine slows them alike. Two medians per kernel: wall time and this process's CPU time (user +
 * system: the CPU drivers run the kernels on the process's own threads), the latter much less
 * sensitive to other jobs on a shared machine.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chooseGemm, GEMM_VARIANTS, uniVariant, variantName, type GemmVariant } from '../src/codegen/gemm.ts';
import { compileProgramPlan } from '../src/codegen/plan.ts';
import { targetOf } from '../src/codegen/target.ts';
import { emitMatmulVariant } from '../src/ops/matmul.ts';
import { newGraph } from '../src/ops/registry.ts';
import { acquireDevice, describeAdapter, loadPlan, type Executable, type Plan } from '../src/runtime/index.ts';
import { handMatmuls } from './hand-kernels.ts';

const arg = (n: string): string | undefined => {
  const i = process.argv.indexOf(`--${n}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
/** `--variants reg,reg4x8`: a subset (ksplit and the tiles take long on SwiftShader). */
const VARIANTS: readonly GemmVariant[] = arg('variants')
  ? arg('variants')!.split(',').map((n) => GEMM_VARIANTS.find((v) => variantName(v) === n) ?? uniVariant(n) ?? (() => { throw new Error(`unknown variant ${n}`); })())
  : GEMM_VARIANTS;
/** `--no-hand`: leave the hand-written kernels out. */
const HAND = !process.argv.includes('--no-hand');

/** [M, K, N, ta?, tb?] (ta/tb 1: that operand stored transposed): the MNIST MLP's layers at batch 64 and 256 (forward and both gradients), the kernel table's shapes, squares. */
const SHAPES: readonly (readonly [number, number, number, number?, number?])[] = arg('shapes') ? JSON.parse(arg('shapes')!) : [
  [64, 784, 128], [784, 64, 128], [64, 128, 784], [256, 784, 128], [784, 256, 128],
  [64, 128, 64], [1, 1600, 64], [4, 784, 128], [128, 127, 129], [256, 256, 256], [64, 64, 64], [128, 784, 128], [64, 128, 10],
];

/** The one-matmul plan (params a [M,K], b [K,N]) with its kernel replaced by the forced variant. */
function forcedPlan(m: number, k: number, n: number, v: GemmVariant, ta = false, tb = false): Plan {
  const b = newGraph('mm');
  const f32 = (...shape: number[]) => ({ dtype: 'f32' as const, shape });
  const [sa, sb] = [ta ? f32(k, m) : f32(m, k), tb ? f32(n, k) : f32(k, n)];
  const attrs = { transposeA: ta, transposeB: tb };
  b.output('y', b.op('matmul', [b.param('a', sa), b.param('b', sb)], attrs));
  const plan = compileProgramPlan(b.build()).plan;
  const src = emitMatmulVariant(sa, sb, attrs, v);
  return { ...plan, kernels: [{ ...plan.kernels[0]!, code: src.code }], dispatches: [{ ...plan.dispatches[0]!, workgroups: [...src.workgroups] }] };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const samples = Number(arg('samples') ?? 7);
  const reps = Number(arg('reps') ?? 3);
  const gpu = await acquireDevice({ optionalFeatures: ['subgroups'] });
  const target = targetOf(gpu.adapter);
  const device = describeAdapter(gpu.adapter);
  const load0 = loadavg();
  const lines: string[] = [];
  const rows: unknown[] = [];
  for (const [m, k, n, ta, tb] of SHAPES) {
    const cands: [string, Plan][] = [
      ...VARIANTS.map((v): [string, Plan] => [variantName(v), forcedPlan(m, k, n, v, !!ta, !!tb)]),
      ...handMatmuls(m, k, n).filter((h) => HAND && !ta && !tb && h.name.startsWith('reg')).map((h): [string, Plan] => [`hand ${h.name}`, h.plan]),
    ];
    const exes: Executable[] = [];
    const params = { a: Float32Array.from({ length: m * k }, (_, j) => Math.sin(j)), b: Float32Array.from({ length: k * n }, (_, j) => Math.cos(j)) };
    for (const [, p] of cands) {
      const e = await loadPlan(gpu.device, p);
      await e.setParams(params);
      await e.run({}, { read: [] });
      exes.push(e);
    }
    const wall: number[][] = exes.map(() => []);
    const cpu: number[][] = exes.map(() => []);
    for (let s = 0; s < samples; s++) {
      for (let j = 0; j < exes.length; j++) {
        const i = (j + s) % exes.length;
        const e = exes[i]!;
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        for (let r = 0; r < reps - 1; r++) await e.run({}, { read: [], wait: false });
        await e.run({}, { read: [] });
        const c = process.cpuUsage(c0);
        wall[i]!.push((performance.now() - t0) / reps);
        cpu[i]!.push((c.user + c.system) / 1000 / reps);
      }
    }
    const ms = wall.map(median);
    const cms = cpu.map(median);
    const forTarget = variantName(chooseGemm({ batch: 1, m, n, k, a: { body: '', kFast: !ta, view: { binding: 'a', base: '0u', align: 0, sr: ta ? 1 : k, sk: ta ? m : 1 } }, b: { body: '', kFast: !!tb, view: { binding: 'b', base: '0u', align: 0, sr: tb ? k : 1, sk: tb ? 1 : n } } }, target));
    const bestCpu = cands[cms.indexOf(Math.min(...cms))]![0];
    const line = `| ${m}×${k}${ta ? 'ᵀ' : ''}·${k}×${n}${tb ? 'ᵀ' : ''} | ${cands.map(([nm], i) => `${nm} ${ms[i]!.toPrecision(3)} / ${cms[i]!.toPrecision(3)}`).join('<br>')} | ${bestCpu} | ${forTarget} |`;
    console.log(line.replaceAll('<br>', '  '));
    lines.push(line);
    rows.push({ m, k, n, ta: !!ta, tb: !!tb, wallMs: Object.fromEntries(cands.map(([nm], i) => [nm, ms[i]])), cpuMs: Object.fromEntries(cands.map(([nm], i) => [nm, cms[i]])), bestCpu, forTarget });
    for (const e of exes) e.destroy();
  }
  const load1 = loadavg();
  const head = [
    `# GEMM variants and hand-written kernels — ${device}`, '',
    `Median of ${samples} interleaved samples × ${reps} calls; each cell: wall ms / process CPU ms per call. Load average (1, 5, 15 min) at start ${load0.map((x) => x.toFixed(1)).join(', ')}, at end ${load1.map((x) => x.toFixed(1)).join(', ')}.`, '',
    '| M×K·K×N | variant wall / CPU ms | least CPU | chosen for this device |', '| --- | --- | --- | --- |',
  ];
  if (arg('md')) writeFileSync(arg('md')!, `${[...head, ...lines].join('\n')}\n`);
  if (arg('json')) writeFileSync(arg('json')!, `${JSON.stringify({ device, samples, reps, load: [load0, load1], rows }, null, 2)}\n`);
  gpu.destroy();
  await gpu.lost;
}

await main();
