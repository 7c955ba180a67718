/**
 * @file The MNIST CNN training step on the current device, kernel by kernel: each dispatch of the
 * step's plan timed on its own (which kernels dominate, with the variant each conv and GEMM kernel
 * was emitted in), then every tunable kernel of the step in each of its variants (src/bundle/tune.ts),
 * and the whole step against the same plan with the conv-gradient kernels forced back to the
 * implicit GEMM's `reg` kernel (as before conv-grad-reg.ts). Medians; interleaved.
 *
 *   npx tsx bench/cnn-train-profile.ts [--batches 32,64] [--samples 5] [--reps 3] [--no-variants] [--json out.json]
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gemmSites, singleDispatchPlan, tuneGemms } from '../src/bundle/tune.ts';
import { targetOf, type KernelTarget } from '../src/codegen/target.ts';
import { compileTraining } from '../src/compile.ts';
import { compileModelFile, type CompiledModel } from '../src/frontend/index.ts';
import { acquireDevice, describeAdapter, loadPlan, PipelineCache, type Executable, type Plan } from '../src/runtime/index.ts';
import { trainFeeds } from './dlc-runner.ts';
import { quantile } from './stats.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

const samples = Number(arg('samples', '5'));
const reps = Number(arg('reps', '3'));
const file = arg('model', 'models/mnist_cnn.ts');

async function timeOne(e: Executable, feeds: Record<string, Float32Array | Int32Array | Uint32Array>): Promise<number> {
  const t0 = performance.now();
  for (let r = 1; r < reps; r++) void e.run(feeds, { read: [], wait: false });
  await e.run(feeds, { read: [] });
  return (performance.now() - t0) / reps;
}

/** Medians of `samples` rounds, the executables taking turns within each round. */
async function interleaved(exes: readonly Executable[], feeds: readonly Record<string, Float32Array | Int32Array | Uint32Array>[]): Promise<number[]> {
  for (const [i, e] of exes.entries()) await timeOne(e, feeds[i]!);
  const t: number[][] = exes.map(() => []);
  for (let s = 0; s < samples; s++) for (const [i, e] of exes.entries()) t[i]!.push(await timeOne(e, feeds[i]!));
  return t.map((x) => quantile(x.sort((a, b) => a - b), 0.5));
}

function trainPlan(m: CompiledModel, batch: number, target: KernelTarget): Plan {
  const data = { xShape: [...m.inputs[0]!.shape], yShape: [...m.outputs[0]!.shape], yDtype: 'f32' as const };
  return compileTraining(m, { batch, data, target }).plan!;
}

async function main(): Promise<void> {
  const batches = arg('batches', '32,64').split(',').map(Number);
  const gpu = await acquireDevice();
  const target = targetOf(gpu.adapter);
  const m = compileModelFile(file).main;
  const load0 = loadavg()[0]!;
  console.log(`device: ${describeAdapter(gpu.adapter)}; medians of ${samples} samples × ${reps} dispatches; load average ${load0.toFixed(1)}`);
  const out: unknown[] = [];
  const cache = new PipelineCache(gpu.device);
  for (const batch of batches) {
    const plan = trainPlan(m, batch, target);
    const singles = await Promise.all(plan.dispatches.map((_, i) => loadPlan(gpu.device, singleDispatchPlan(plan, i), { pipelineCache: cache })));
    const per = await interleaved(singles, singles.map(() => ({})));
    const total = per.reduce((a, b) => a + b, 0);
    console.log(`\n${m.name} training step, batch ${batch}: ${plan.dispatches.length} dispatches, Σ ${total.toFixed(2)} ms`);
    const kernels = plan.dispatches.map((d, i) => {
      const choice = /^\/\/ ((?:gemm|conv|convgrad) [^,]+),/m.exec(plan.kernels[d.kernel]!.code)?.[1] ?? '';
      console.log(`  ${per[i]!.toFixed(2).padStart(8)} ms ${((100 * per[i]!) / total).toFixed(0).padStart(3)}%  ${d.label.replace(/ \(.*$/, '').slice(0, 90)}  ${choice}`);
      return { label: d.label, choice, ms: per[i], share: per[i]! / total };
    });
    for (const s of singles) s.destroy();
    const variants = process.argv.includes('--no-variants') ? [] : (await tuneGemms(gpu.device, target, (t) => [trainPlan(m, batch, t)], { samples, reps, log: (l) => console.log(l) })).rows;
    // The whole step: conv-gradient kernels as implicit GEMMs (the form before conv-grad-reg.ts) against the rule.
    const gradKeys = [...gemmSites([plan]).keys()].filter((k) => k.startsWith('convgrad '));
    const exes: Executable[] = [];
    const plans = [trainPlan(m, batch, { ...target, tuned: Object.fromEntries(gradKeys.map((k) => [k, 'reg'])) }), plan];
    for (const p of plans) {
      const e = await loadPlan(gpu.device, p, { pipelineCache: cache });
      await e.setParams(Object.fromEntries(e.params.filter((q) => !q.name.includes('/')).map((q) => [q.name, Float32Array.from({ length: q.length }, (_, j) => Math.sin(j) * 0.05)])));
      exes.push(e);
    }
    const feeds = exes.map((e) => trainFeeds(e, m, batch) as Record<string, Float32Array | Int32Array | Uint32Array>);
    const [gemmMs, ruleMs] = await interleaved(exes, feeds);
    console.log(`  whole step: conv gradients as GEMMs ${gemmMs!.toFixed(2)} ms → ${target.label} rule ${ruleMs!.toFixed(2)} ms (${(gemmMs! / ruleMs!).toFixed(2)}×)`);
    for (const e of exes) e.destroy();
    out.push({ batch, kernels, variants, whole: { convGradGemmMs: gemmMs, ruleMs } });
  }
  const json = arg('json', '');
  if (json) writeFileSync(json, `${JSON.stringify({ device: describeAdapter(gpu.adapter), samples, reps, loadAverage: [load0, loadavg()[0]], batches: out }, null, 2)}\n`);
  gpu.destroy();
  await gpu.lost;
}

await main();
