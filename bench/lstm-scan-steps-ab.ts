/**
 * @file How a compiled scan binds its step index, A/B on one plan: the same scan plan (two stacked
 * lstm or gru cells, as bench/lstm-scan-ab.ts) loaded twice, with a bind group per step
 * (runtime/scan-dispatch.ts usesStaticSteps, the default for loops of at most STATIC_STEP_MAX steps)
 * and with one bind group and a dynamic offset per dispatch (`staticSteps: false`), run in
 * interleaved rounds (order alternating). Per round: static ÷ dynamic, wall and this process's CPU
 * time; median (p10–p90).
 * Usage: npx tsx bench/lstm-scan-steps-ab.ts [--cells lstm,gru] [--steps 10,100] [--programs inference,training] [--rounds 15] [--out file.json]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { targetOf } from '../src/codegen/target.ts';
import { compileInference, compileTraining } from '../src/compile.ts';
import { compileModelFile } from '../src/frontend/index.ts';
import { acquireDevice, describeAdapter, loadPlan, PipelineCache } from '../src/runtime/index.ts';

const argOf = (name: string, d: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : d;
};
const CELLS = argOf('cells', 'lstm,gru').split(',');
const STEPS = argOf('steps', '10,100').split(',').map(Number);
const PROGRAMS = argOf('programs', 'inference,training').split(',') as ('inference' | 'training')[];
const ROUNDS = Number(argOf('rounds', '15'));
const UNITS = 32;
const BATCH = 8;

const gpu = await acquireDevice();
const target = targetOf(gpu.adapter);
const tmp = mkdtempSync(join(tmpdir(), 'dlc-steps-ab-'));
const loadStart = loadavg();
const q = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.round(p * (xs.length - 1))]!;
const spread = (xs: number[]) => ({ median: q(xs, 0.5), p10: q(xs, 0.1), p90: q(xs, 0.9) });
const rows: { cell: string; T: number; program: string; wall: ReturnType<typeof spread>; cpu: ReturnType<typeof spread>; staticMs: number; dynamicMs: number }[] = [];
try {
  for (const cell of CELLS) for (const T of STEPS) for (const program of PROGRAMS) {
    const file = join(tmp, `${cell}_${T}.ts`);
    writeFileSync(file, `import { sequential, ${cell}, dense, sgd, synthetic } from 'dlc';
export default sequential({ name: '${cell}_steps', input: [${T}, 1], layers: [${cell}(${UNITS}, { unroll: false, returnSequences: true }), ${cell}(${UNITS}, { unroll: false }), dense(1)],
  train: { data: synthetic({ kind: 'sine', samples: ${BATCH} }), loss: 'mse', optimizer: sgd({ learningRate: 0.01 }), batchSize: ${BATCH} } });
`);
    const m = compileModelFile(file).main;
    const plan = program === 'inference' ? compileInference(m, { batch: BATCH, target }).plan! : compileTraining(m, { batch: BATCH, target, data: { xShape: [T, 1], yShape: [1], yDtype: 'f32', resident: BATCH } }).plan!;
    const cache = new PipelineCache(gpu.device);
    const exes = [await loadPlan(gpu.device, plan, { pipelineCache: cache }), await loadPlan(gpu.device, plan, { pipelineCache: cache, staticSteps: false })];
    for (const exe of exes) await exe.setParams(Object.fromEntries(exe.params.map((t) => [t.name, Float32Array.from({ length: t.length }, (_, i) => Math.sin(i) * 0.1)])));
    const feeds = Object.fromEntries(exes[0]!.inputs.map((t) => [t.name, t.dtype === 'f32' ? Float32Array.from({ length: t.length }, (_, i) => Math.cos(i)) : Int32Array.from({ length: t.length }, (_, i) => i % BATCH)]));
    for (const exe of exes) await exe.run(feeds, { read: [] });
    const ms: number[][] = [[], []];
    const cpu: number[][] = [[], []];
    for (let r = 0; r < ROUNDS; r++) {
      for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        await exes[k]!.run(feeds, { read: [] });
        ms[k]!.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu[k]!.push((c.user + c.system) / 1000);
      }
    }
    for (const exe of exes) exe.destroy();
    const row = { cell, T, program, wall: spread(ms[0]!.map((x, i) => x / ms[1]![i]!)), cpu: spread(cpu[0]!.map((x, i) => x / cpu[1]![i]!)), staticMs: q(ms[0]!, 0.5), dynamicMs: q(ms[1]!, 0.5) };
    rows.push(row);
    console.log(`${cell} T=${T} ${program}: static ${row.staticMs.toFixed(2)} ms, dynamic ${row.dynamicMs.toFixed(2)} ms per run; static ÷ dynamic per round ${row.wall.median.toFixed(2)} (${row.wall.p10.toFixed(2)}–${row.wall.p90.toFixed(2)}), CPU ${row.cpu.median.toFixed(2)} (${row.cpu.p10.toFixed(2)}–${row.cpu.p90.toFixed(2)})`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const adapter = describeAdapter(gpu.adapter);
const out = argOf('out', `bench/results/${new Date().toISOString().slice(0, 10)}-lstm-scan-steps-ab.json`);
writeFileSync(out, JSON.stringify({ bench: 'lstm-scan-steps-ab', adapter, rounds: ROUNDS, loadavgStart: loadStart, loadavg: loadavg(), rows }, null, 2) + '\n');
console.log(`wrote ${out} (${adapter}; load ${loadStart.map((x) => x.toFixed(1)).join(', ')} → ${loadavg().map((x) => x.toFixed(1)).join(', ')})`);
gpu.destroy();
