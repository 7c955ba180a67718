/**
 * @file Where a bench model's training step spends its time, kernel by kernel: the step compiled as
 * the bench compiles it (for this device's target), each dispatch run alone (its own buffers, so
 * no neighbour's work is counted), medians interleaved over rounds, the largest first; then the whole
 * step for comparison with the sum.
 *
 *   npx tsx bench/step-profile.ts --model resnet_small [--batch 2] [--samples 5] [--reps 3] [--top 15] [--json out.json]
 *   DLC_VULKAN_DRIVER=lavapipe npx tsx bench/step-profile.ts --model conv_autoencoder
 *   npx tsx bench/step-profile.ts --file my-model.ts --batch 32   (any model file: its default export)
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { singleDispatchPlan } from '../src/bundle/tune.ts';
import { compileModelFile } from '../src/frontend/index.ts';
import { acquireDevice, describeAdapter, loadPlan, PipelineCache, type Executable } from '../src/runtime/index.ts';
import { CASES } from './cases.ts';
import { benchTarget, paramFeeds, trainFeeds, trainingCompiler } from './dlc-runner.ts';
import { initialWeights } from './init-weights.ts';
import { quantile } from './stats.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

async function timeOne(e: Executable, reps: number): Promise<number> {
  const t0 = performance.now();
  for (let r = 1; r < reps; r++) void e.run({}, { read: [], wait: false });
  await e.run({}, { read: [] });
  return (performance.now() - t0) / reps;
}

async function main(): Promise<void> {
  // --file: any model file (its default export), e.g. a user's; else a bench case by --model.
  const file = arg('file', '');
  const name = arg('model', file ? '' : 'resnet_small');
  const c = file ? { model: name, file: resolve(file), quickBatch: 32 } : CASES.find((x) => x.model === name);
  if (!c) throw new Error(`--model: no bench case ${name} (known: ${CASES.map((x) => x.model).join(', ')})`);
  const batch = Number(arg('batch', String(c.quickBatch)));
  const samples = Number(arg('samples', '5'));
  const reps = Number(arg('reps', '3'));
  const top = Number(arg('top', '15'));
  const program = compileModelFile(file ? c.file : join(import.meta.dirname, '..', c.file));
  const model = file && !name ? program.main : program.models.find((m) => m.name === name)!;
  const gpu = await acquireDevice();
  const load0 = loadavg()[0]!;
  const t = benchTarget(gpu.device);
  const plan = trainingCompiler()!(model, { batch, data: { xShape: [...model.inputs[0]!.shape], yShape: [...model.outputs[0]!.shape], yDtype: 'f32' }, ...t }).plan!;
  console.log(`device: ${describeAdapter(gpu.adapter)}; ${name} training step, batch ${batch}: ${plan.dispatches.length} dispatches; medians of ${samples} × ${reps}; load ${load0.toFixed(1)}`);
  const cache = new PipelineCache(gpu.device);
  // Dispatches inside a compiled loop (scan bodies) are timed once each, like the rest.
  const singles = await Promise.all(plan.dispatches.map((_, i) => loadPlan(gpu.device, singleDispatchPlan(plan, i), { pipelineCache: cache })));
  for (const e of singles) await timeOne(e, 1);
  const times: number[][] = singles.map(() => []);
  for (let s = 0; s < samples; s++) for (const [i, e] of singles.entries()) times[i]!.push(await timeOne(e, reps));
  const med = times.map((x) => quantile(x.sort((a, b) => a - b), 0.5));
  for (const e of singles) e.destroy();
  const whole = await loadPlan(gpu.device, plan, { pipelineCache: cache });
  await whole.setParams(paramFeeds(whole, initialWeights(model)));
  const feeds = trainFeeds(whole, model, batch);
  await whole.run(feeds, { read: ['loss'] });
  const steps: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    await whole.run(feeds, { read: ['loss'] });
    steps.push(performance.now() - t0);
  }
  whole.destroy();
  const stepMs = quantile(steps.sort((a, b) => a - b), 0.5);
  const total = med.reduce((a, b) => a + b, 0);
  const rows = plan.dispatches.map((d, i) => {
    const code = plan.kernels[d.kernel]!.code;
    const choice = /^\/\/ ((?:gemm|convgrad|conv) [^,]+),/m.exec(code)?.[1] ?? '';
    return { i, label: d.label, choice, workgroups: d.workgroups, ms: med[i]!, share: med[i]! / total };
  });
  console.log(`Σ single dispatches ${total.toFixed(2)} ms; whole step ${stepMs.toFixed(2)} ms`);
  for (const r of [...rows].sort((a, b) => b.ms - a.ms).slice(0, top)) {
    console.log(`  ${r.ms.toFixed(2).padStart(8)} ms ${(100 * r.share).toFixed(0).padStart(3)}%  #${r.i} ${r.label.slice(0, 90)}  ${r.choice} [${r.workgroups.join(',')}]`);
  }
  const json = arg('json', '');
  if (json) writeFileSync(json, `${JSON.stringify({ device: describeAdapter(gpu.adapter), model: name, batch, samples, reps, loadAverage: [load0, loadavg()[0]], stepMs, sumMs: total, dispatches: rows }, null, 2)}\n`);
  gpu.destroy();
  await gpu.lost;
}

await main();
