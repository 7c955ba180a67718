/**
 * @file Scan against unrolled, interleaved: the same two-layer recurrent model (lstm or gru cells,
 * as bench/lstm-scan.ts) compiled both ways for this adapter, loaded side by side, and run in rounds
 * (each round runs both, the order alternating), so that a shared machine's load falls on both
 * alike. Per round the ratio scan ÷ unrolled (wall clock and this process's CPU time: software
 * drivers run the kernels on this process's threads); reported as median and p10–p90 of the
 * per-round ratios, with ms per time step, dispatches per run and per loop step, kernels,
 * pipelines (distinct WGSL), build and load time. Lengths in --structure-steps (default 1000) are
 * compiled and loaded as a scan only: kernels, pipelines, build and load time, no timing.
 * With --base DIR (another dlc checkout, e.g. `git archive <commit> | tar -x -C DIR` with node_modules
 * linked) the scan is also compiled by that checkout's compiler and run in the same rounds (this
 * checkout's runtime loads all plans), giving this checkout's scan ÷ the base's scan per round.
 * Usage: npx tsx bench/lstm-scan-ab.ts [--cells lstm,gru] [--steps 10,100] [--structure-steps 1000]
 *   [--programs inference,training] [--train-max-steps 100] [--rounds 9] [--units 32] [--batch 8] [--base DIR] [--out file.json]
 * (unrolled training builds take minutes from T = 100 on a loaded machine: --train-max-steps 10 skips them)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { targetOf } from '../src/codegen/target.ts';
import { compileInference, compileTraining } from '../src/compile.ts';
import { compileModelFile } from '../src/frontend/index.ts';
import { acquireDevice, describeAdapter, loadPlan, PipelineCache, type Executable, type Plan } from '../src/runtime/index.ts';

const argOf = (name: string, d: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : d;
};
const list = (s: string): number[] => (s === '' ? [] : s.split(',').map(Number));
const CELLS = argOf('cells', 'lstm,gru').split(',') as ('lstm' | 'gru')[];
const STEPS = list(argOf('steps', '10,100'));
const STRUCTURE = list(argOf('structure-steps', '1000'));
const PROGRAMS = argOf('programs', 'inference,training').split(',') as ('inference' | 'training')[];
const ROUNDS = Number(argOf('rounds', argOf('reps', '9')));
const TRAIN_MAX = Number(argOf('train-max-steps', '100'));
const UNITS = Number(argOf('units', '32'));
const BATCH = Number(argOf('batch', '8'));
const BASE = argOf('base', '');

const source = (cell: string, T: number, unrolled: boolean): string => {
  const u = unrolled ? 'unroll: true, ' : '';
  return `import { sequential, ${cell}, dense, sgd, synthetic } from 'dlc';
export default sequential({ name: '${cell}_ab', input: [${T}, 1], layers: [${cell}(${UNITS}, { ${u}returnSequences: true }), ${cell}(${UNITS}, { ${u} }), dense(1)],
  train: { data: synthetic({ kind: 'sine', samples: ${BATCH} }), loss: 'mse', optimizer: sgd({ learningRate: 0.01 }), batchSize: ${BATCH} } });
`;
};

/** Dispatches one run encodes: those outside loops once, each loop body once per step. */
function dispatchesPerRun(p: Plan): number {
  const inLoops = (p.loops ?? []).reduce((s, l) => s + l.count, 0);
  return p.dispatches.length - inLoops + (p.loops ?? []).reduce((s, l) => s + l.count * l.steps, 0);
}

const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))]!;
};
interface Spread {
  median: number;
  p10: number;
  p90: number;
}
const spread = (xs: readonly number[]): Spread => ({ median: quantile(xs, 0.5), p10: quantile(xs, 0.1), p90: quantile(xs, 0.9) });

interface Shape {
  kernels: number;
  pipelines: number;
  dispatchesPerRun: number;
  /** Dispatches of each loop body (one per time step), forward first. */
  loopBodies: number[];
  buildMs: number;
  loadMs: number;
}
interface Row {
  cell: string;
  T: number;
  program: string;
  scan: Shape;
  unrolled?: Shape;
  /** ms per time step, median over rounds. */
  scanMs?: Spread;
  unrolledMs?: Spread;
  /** Per-round scan ÷ unrolled. */
  ratio?: Spread;
  cpuRatio?: Spread;
  /** With --base: the base checkout's scan, and this scan ÷ that one per round. */
  base?: Shape;
  baseMs?: Spread;
  vsBase?: Spread;
}

interface Compiler {
  compileInference: typeof compileInference;
  compileTraining: typeof compileTraining;
  compileModelFile: typeof compileModelFile;
  target: ReturnType<typeof targetOf>;
}

const gpu = await acquireDevice();
const target = targetOf(gpu.adapter);
const here: Compiler = { compileInference, compileTraining, compileModelFile, target };
const base: Compiler | undefined = BASE === '' ? undefined : await (async () => {
  const c = (await import(join(BASE, 'src/compile.ts'))) as typeof import('../src/compile.ts');
  const fe = (await import(join(BASE, 'src/frontend/index.ts'))) as typeof import('../src/frontend/index.ts');
  const tg = (await import(join(BASE, 'src/codegen/target.ts'))) as typeof import('../src/codegen/target.ts');
  return { compileInference: c.compileInference, compileTraining: c.compileTraining, compileModelFile: fe.compileModelFile, target: tg.targetOf(gpu.adapter) };
})();
const tmp = mkdtempSync(join(tmpdir(), 'dlc-bench-ab-'));
const loadStart = loadavg();
const rows: Row[] = [];

async function build(cell: string, T: number, program: 'inference' | 'training', unrolled: boolean, by: Compiler = here): Promise<{ exe: Executable; shape: Shape; feeds: Record<string, Float32Array | Int32Array> }> {
  const file = join(tmp, `ab_${cell}_${T}_${unrolled ? 'u' : 's'}${by === here ? '' : '_base'}.ts`);
  writeFileSync(file, source(cell, T, unrolled));
  const t0 = performance.now();
  const m = by.compileModelFile(file).main;
  const opts = { batch: BATCH, target: by.target };
  const plan = (program === 'inference' ? by.compileInference(m, opts).plan! : by.compileTraining(m, { ...opts, data: { xShape: [T, 1], yShape: [1], yDtype: 'f32', resident: BATCH } }).plan!) as Plan;
  const buildMs = performance.now() - t0;
  const t1 = performance.now();
  const exe = await loadPlan(gpu.device, plan, { pipelineCache: new PipelineCache(gpu.device) });
  const loadMs = performance.now() - t1;
  await exe.setParams(Object.fromEntries(exe.params.map((t) => [t.name, Float32Array.from({ length: t.length }, (_, i) => Math.sin(i) * 0.1)])));
  const feeds = Object.fromEntries(exe.inputs.map((t) => [t.name, t.dtype === 'f32' ? Float32Array.from({ length: t.length }, (_, i) => Math.cos(i)) : Int32Array.from({ length: t.length }, (_, i) => i % BATCH)]));
  const shape: Shape = { kernels: plan.dispatches.length, pipelines: plan.kernels.length, dispatchesPerRun: dispatchesPerRun(plan), loopBodies: (plan.loops ?? []).map((l) => l.count), buildMs, loadMs };
  return { exe, shape, feeds };
}

try {
  for (const cell of CELLS) {
    for (const T of STEPS) {
      for (const program of PROGRAMS.filter((p) => p === 'inference' || T <= TRAIN_MAX)) {
        const both = [await build(cell, T, program, false), await build(cell, T, program, true), ...(base ? [await build(cell, T, program, false, base)] : [])];
        for (const { exe, feeds } of both) await exe.run(feeds, { read: [] }); // warm-up
        const ms: number[][] = both.map(() => []);
        const cpu: number[][] = both.map(() => []);
        const order = both.map((_, k) => k);
        for (let r = 0; r < ROUNDS; r++) {
          // Each plan runs first in turn.
          for (const k of [...order.slice(r % order.length), ...order.slice(0, r % order.length)]) {
            const { exe, feeds } = both[k]!;
            const c0 = process.cpuUsage();
            const t0 = performance.now();
            await exe.run(feeds, { read: [] });
            ms[k]!.push((performance.now() - t0) / T);
            const c = process.cpuUsage(c0);
            cpu[k]!.push((c.user + c.system) / 1000 / T);
          }
        }
        for (const { exe } of both) exe.destroy();
        const per = (a: number[], b: number[]): number[] => a.map((x, i) => x / b[i]!);
        const row: Row = {
          cell, T, program, scan: both[0]!.shape, unrolled: both[1]!.shape,
          scanMs: spread(ms[0]!), unrolledMs: spread(ms[1]!),
          ratio: spread(per(ms[0]!, ms[1]!)), cpuRatio: spread(per(cpu[0]!, cpu[1]!)),
          ...(base ? { base: both[2]!.shape, baseMs: spread(ms[2]!), vsBase: spread(per(ms[0]!, ms[2]!)) } : {}),
        };
        rows.push(row);
        console.log(`${cell} T=${T} ${program}: scan ${row.scanMs!.median.toFixed(3)} ms/step, unrolled ${row.unrolledMs!.median.toFixed(3)}; per-round ratio ${row.ratio!.median.toFixed(2)} (${row.ratio!.p10.toFixed(2)}–${row.ratio!.p90.toFixed(2)}), CPU ${row.cpuRatio!.median.toFixed(2)}; loop bodies ${row.scan.loopBodies.join('/')}; dispatches/run ${row.scan.dispatchesPerRun} vs ${row.unrolled!.dispatchesPerRun}${row.base ? `; base scan ${row.baseMs!.median.toFixed(3)} ms/step, bodies ${row.base.loopBodies.join('/')}, ${row.base.dispatchesPerRun}/run, this ÷ base ${row.vsBase!.median.toFixed(2)} (${row.vsBase!.p10.toFixed(2)}–${row.vsBase!.p90.toFixed(2)})` : ''}`);
      }
    }
    for (const T of STRUCTURE) {
      for (const program of PROGRAMS) {
        const { exe, shape } = await build(cell, T, program, false);
        exe.destroy();
        rows.push({ cell, T, program, scan: shape });
        console.log(`${cell} T=${T} ${program} (scan only): ${shape.kernels} kernels, ${shape.pipelines} pipelines, build ${shape.buildMs.toFixed(0)} ms, load ${shape.loadMs.toFixed(0)} ms`);
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const adapter = describeAdapter(gpu.adapter);
const out = argOf('out', `bench/results/${new Date().toISOString().slice(0, 10)}-lstm-scan-ab.json`);
const result = { bench: 'lstm-scan-ab', adapter, units: UNITS, batch: BATCH, rounds: ROUNDS, loadavgStart: loadStart, loadavg: loadavg(), rows };
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
const f2 = (x: number): string => x.toFixed(2);
const f3 = (x: number): string => x.toFixed(3);
const sp = (s: Spread | undefined): string => (s ? `${f2(s.median)} (${f2(s.p10)}–${f2(s.p90)})` : '—');
const ms = (s: Spread | undefined): string => (s ? f3(s.median) : '—');
const md = `# Recurrent cells: scan vs unrolled, interleaved

Two stacked ${CELLS.join(' / ')}(${UNITS}) + dense(1), batch ${BATCH}, compiled for this adapter; both plans run in each of ${ROUNDS} rounds after a warm-up, the order alternating. Ratios are per round (scan ÷ unrolled), median (p10–p90); ms per time step = run time / T, median. CPU: this process's user + system time (software drivers run the kernels on its threads). Kernels = dispatch table entries; pipelines = distinct WGSL; loop bodies = dispatches per time step (forward / backward).
Adapter: ${adapter}. Load average at the start: ${loadStart.map((x) => x.toFixed(1)).join(', ')}; at the end: ${result.loadavg.map((x) => x.toFixed(1)).join(', ')} (shared machine).

| cell | T | program | scan ms/step | unrolled ms/step | scan ÷ unrolled, per round | CPU, per round | loop bodies | dispatches/run scan · unrolled | kernels scan · unrolled | pipelines scan · unrolled | build ms scan · unrolled | load ms scan · unrolled |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.map((r) => `| ${r.cell} | ${r.T} | ${r.program} | ${ms(r.scanMs)} | ${ms(r.unrolledMs)} | ${sp(r.ratio)} | ${sp(r.cpuRatio)} | ${r.scan.loopBodies.join(' / ')} | ${r.scan.dispatchesPerRun} · ${r.unrolled?.dispatchesPerRun ?? '—'} | ${r.scan.kernels} · ${r.unrolled?.kernels ?? '—'} | ${r.scan.pipelines} · ${r.unrolled?.pipelines ?? '—'} | ${r.scan.buildMs.toFixed(0)} · ${r.unrolled ? r.unrolled.buildMs.toFixed(0) : '—'} | ${r.scan.loadMs.toFixed(0)} · ${r.unrolled ? r.unrolled.loadMs.toFixed(0) : '—'} |`).join('\n')}
${base ? `
Against the base checkout's scan (\`--base ${BASE}\`), same rounds:

| cell | T | program | base scan ms/step | this scan ms/step | this ÷ base, per round | loop bodies base → this | dispatches/run base → this | pipelines base → this |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.filter((r) => r.base).map((r) => `| ${r.cell} | ${r.T} | ${r.program} | ${ms(r.baseMs)} | ${ms(r.scanMs)} | ${sp(r.vsBase)} | ${r.base!.loopBodies.join(' / ')} → ${r.scan.loopBodies.join(' / ')} | ${r.base!.dispatchesPerRun} → ${r.scan.dispatchesPerRun} | ${r.base!.pipelines} → ${r.scan.pipelines} |`).join('\n')}
` : ''}`;
writeFileSync(out.replace(/\.json$/, '.md'), md);
console.log(`wrote ${out}`);
gpu.destroy();
