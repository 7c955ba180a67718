/**
 * @file Scan against unrolled, interleaved: the same two-layer LSTM as bench/lstm-scan.ts compiled
 * both ways for this adapter, loaded side by side, and run alternately (scan, unrolled, scan, …) so
 * that a shared machine's load falls on both alike. Reports min and median ms per time step, wall
 * clock and CPU time of this process (software drivers run the kernels on this process's threads,
 * so CPU time is what a loaded machine disturbs least).
 * Usage: npx tsx bench/lstm-scan-ab.ts [--steps 10,100] [--programs inference,training] [--train-max-steps 100] [--reps 7]
 * (unrolled training builds take minutes from T = 100 on a loaded machine: --train-max-steps 10 skips them) [--units 32] [--batch 8] [--out file.json]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { targetOf } from '../src/codegen/target.ts';
import { compileInference, compileTraining } from '../src/compile.ts';
import { compileModelFile } from '../src/frontend/index.ts';
import { acquireDevice, describeAdapter, loadPlan, PipelineCache, type Executable } from '../src/runtime/index.ts';

const argOf = (name: string, d: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : d;
};
const STEPS = argOf('steps', '10,100').split(',').map(Number);
const PROGRAMS = argOf('programs', 'inference,training').split(',') as ('inference' | 'training')[];
const REPS = Number(argOf('reps', '7'));
const TRAIN_MAX = Number(argOf('train-max-steps', '100'));
const UNITS = Number(argOf('units', '32'));
const BATCH = Number(argOf('batch', '8'));

const source = (T: number, unrolled: boolean): string => {
  const u = unrolled ? 'unroll: true, ' : '';
  return `import { sequential, lstm, dense, sgd, synthetic } from 'dlc';
export default sequential({ name: 'lstm_ab', input: [${T}, 1], layers: [lstm(${UNITS}, { ${u}returnSequences: true }), lstm(${UNITS}, { ${u} }), dense(1)],
  train: { data: synthetic({ kind: 'sine', samples: ${BATCH} }), loss: 'mse', optimizer: sgd({ learningRate: 0.01 }), batchSize: ${BATCH} } });
`;
};

const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);

const gpu = await acquireDevice();
const target = targetOf(gpu.adapter);
const tmp = mkdtempSync(join(tmpdir(), 'dlc-bench-ab-'));
const loadStart = loadavg();
interface Stat {
  min: number;
  median: number;
}
const rows: { T: number; program: string; scan: Stat; unrolled: Stat; scanCpu: Stat; unrolledCpu: Stat }[] = [];
try {
  for (const T of STEPS) {
    for (const program of PROGRAMS.filter((p) => p === 'inference' || T <= TRAIN_MAX)) {
      const loaded: { exe: Executable; feeds: Record<string, Float32Array | Int32Array> }[] = [];
      for (const unrolled of [false, true]) {
        const file = join(tmp, `ab_${T}_${unrolled ? 'u' : 's'}.ts`);
        writeFileSync(file, source(T, unrolled));
        const m = compileModelFile(file).main;
        const plan = program === 'inference' ? compileInference(m, { batch: BATCH, target }).plan! : compileTraining(m, { batch: BATCH, target, data: { xShape: [T, 1], yShape: [1], yDtype: 'f32', resident: BATCH } }).plan!;
        const exe = await loadPlan(gpu.device, plan, { pipelineCache: new PipelineCache(gpu.device) });
        await exe.setParams(Object.fromEntries(exe.params.map((t) => [t.name, Float32Array.from({ length: t.length }, (_, i) => Math.sin(i) * 0.1)])));
        const feeds = Object.fromEntries(exe.inputs.map((t) => [t.name, t.dtype === 'f32' ? Float32Array.from({ length: t.length }, (_, i) => Math.cos(i)) : Int32Array.from({ length: t.length }, (_, i) => i % BATCH)]));
        await exe.run(feeds, { read: [] }); // warm-up
        loaded.push({ exe, feeds });
      }
      const times: [number[], number[]] = [[], []];
      const cpu: [number[], number[]] = [[], []];
      for (let r = 0; r < REPS; r++) {
        for (const [k, { exe, feeds }] of loaded.entries()) {
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          await exe.run(feeds, { read: [] });
          times[k]!.push((performance.now() - t0) / T);
          const c = process.cpuUsage(c0);
          cpu[k]!.push((c.user + c.system) / 1000 / T);
        }
      }
      for (const { exe } of loaded) exe.destroy();
      const stat = (xs: number[]) => ({ min: sorted(xs)[0]!, median: sorted(xs)[Math.floor(xs.length / 2)]! });
      const row = { T, program, scan: stat(times[0]), unrolled: stat(times[1]), scanCpu: stat(cpu[0]), unrolledCpu: stat(cpu[1]) };
      rows.push(row);
      console.log(`T=${T} ${program}: ms per time step scan min ${row.scan.min.toFixed(3)} median ${row.scan.median.toFixed(3)} | unrolled min ${row.unrolled.min.toFixed(3)} median ${row.unrolled.median.toFixed(3)} | CPU ms scan median ${row.scanCpu.median.toFixed(3)} unrolled median ${row.unrolledCpu.median.toFixed(3)}`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const adapter = describeAdapter(gpu.adapter);
const out = argOf('out', `bench/results/${new Date().toISOString().slice(0, 10)}-lstm-scan-ab.json`);
const result = { bench: 'lstm-scan-ab', adapter, units: UNITS, batch: BATCH, reps: REPS, loadavgStart: loadStart, loadavg: loadavg(), rows };
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
const f = (x: number): string => x.toFixed(3);
const md = `# LSTM scan vs unrolled, interleaved\n\nTwo stacked lstm(${UNITS}) + dense(1), batch ${BATCH}, compiled for this adapter; the two plans run alternately, ${REPS} times each after a warm-up. ms per time step = run time / T (wall clock; CPU: this process's user + system time, where a software driver runs the kernels).\nAdapter: ${adapter}. Load average at the start: ${loadStart.map((x) => x.toFixed(1)).join(', ')}; at the end: ${result.loadavg.map((x) => x.toFixed(1)).join(', ')} (shared 2-core machine).\n\n| T | program | scan min | scan median | unrolled min | unrolled median | scan / unrolled (min) | CPU scan median | CPU unrolled median | CPU scan / unrolled (median) |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n${rows.map((r) => `| ${r.T} | ${r.program} | ${f(r.scan.min)} | ${f(r.scan.median)} | ${f(r.unrolled.min)} | ${f(r.unrolled.median)} | ${(r.scan.min / r.unrolled.min).toFixed(2)} | ${f(r.scanCpu.median)} | ${f(r.unrolledCpu.median)} | ${(r.scanCpu.median / r.unrolledCpu.median).toFixed(2)} |`).join('\n')}\n`;
writeFileSync(out.replace(/\.json$/, '.md'), md);
console.log(`wrote ${out}`);
gpu.destroy();
