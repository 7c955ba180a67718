/**
 * @file Recurrence as a compiled loop: a two-layer LSTM at T = 10, 100, 1000 compiled as a scan
 * (and, for comparison, unrolled with `unroll: true` at the lengths given by --unrolled), reporting
 * kernels (dispatch table entries), pipelines (distinct WGSL), dispatches per step, build time,
 * cold load time (fresh pipeline cache) and median training-step and inference times.
 * Usage: npx tsx bench/lstm-scan.ts [--steps 10,100,1000] [--unrolled 10] [--units 32] [--batch 8] [--reps 3] [--no-target] [--out file.json]
 * Plans are compiled for the device they run on (its kernel variants, as `dlc train` does); --no-target compiles without it.
 * (DLC_VULKAN_DRIVER=swiftshader|lavapipe picks the CPU driver); --render file.json rewrites its .md table.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileInference, compileTraining } from '../src/compile.ts';
import { compileModelFile } from '../src/frontend/index.ts';
import { targetOf } from '../src/codegen/target.ts';
import { acquireDevice, describeAdapter, loadPlan, PipelineCache, type Executable, type Plan } from '../src/runtime/index.ts';
import { initialWeights } from '../src/train/init.ts';

const argOf = (name: string, d: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : d;
};
const list = (s: string): number[] => (s === '' ? [] : s.split(',').map(Number));
const STEPS = list(argOf('steps', '10,100,1000'));
const UNROLLED = list(argOf('unrolled', '10'));
const UNITS = Number(argOf('units', '32'));
const BATCH = Number(argOf('batch', '8'));
const REPS = Number(argOf('reps', '3'));

interface Row {
  readonly mode: 'scan' | 'unrolled';
  readonly T: number;
  readonly program: 'inference' | 'training';
  readonly kernels: number;
  readonly pipelines: number;
  readonly loops: number;
  readonly dispatchesPerStep: number;
  readonly buildMs: number;
  readonly loadMs: number;
  readonly pipelineMs: number;
  readonly stepMs: number;
}

function source(T: number, unrolled: boolean): string {
  const u = unrolled ? 'unroll: true, ' : '';
  return `import { sequential, lstm, dense, sgd, synthetic } from 'dlc';
export default sequential({
  name: 'lstm_scan_bench',
  input: [${T}, 1],
  layers: [lstm(${UNITS}, { ${u}returnSequences: true }), lstm(${UNITS}, { ${u} }), dense(1)],
  train: { data: synthetic({ kind: 'sine', samples: ${BATCH} }), loss: 'mse', optimizer: sgd({ learningRate: 0.01 }), batchSize: ${BATCH} },
});
`;
}

/** Dispatches one run encodes: those outside loops once, each loop body once per step. */
function dispatchesPerRun(p: Plan): number {
  const inLoops = (p.loops ?? []).reduce((s, l) => s + l.count, 0);
  return p.dispatches.length - inLoops + (p.loops ?? []).reduce((s, l) => s + l.count * l.steps, 0);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(device: GPUDevice, plan: Plan, params: Record<string, Float32Array>): Promise<{ exe: Executable; stepMs: number }> {
  const exe = await loadPlan(device, plan, { pipelineCache: new PipelineCache(device) });
  const feedOf = (t: { name: string; length: number; dtype: string }) => params[t.name] ?? (t.dtype === 'f32' ? Float32Array.from({ length: t.length }, (_, i) => Math.sin(i)) : new Uint32Array(t.length));
  await exe.setParams(Object.fromEntries(exe.params.map((t) => [t.name, feedOf(t)])));
  const feeds = Object.fromEntries(exe.inputs.map((t) => [t.name, t.name === 'idx' ? Int32Array.from({ length: t.length }, (_, i) => i % BATCH) : feedOf(t)]));
  await exe.run(feeds, { read: [] }); // warm-up
  const times: number[] = [];
  for (let r = 0; r < REPS; r++) {
    const t0 = performance.now();
    await exe.run(feeds, { read: [] });
    times.push(performance.now() - t0);
  }
  return { exe, stepMs: median(times) };
}

interface Result {
  readonly adapter: string;
  readonly units: number;
  readonly batch: number;
  readonly reps: number;
  /** Compiled for the adapter's kernel variants (targetOf), as a training session does. */
  readonly target?: boolean;
  readonly loadavg: readonly number[];
  readonly loadavgStart?: readonly number[];
  readonly rows: readonly Row[];
}

/** The result as a Markdown table (written beside the JSON). */
function toMarkdown(r: Result): string {
  const head = '| form | T | program | kernels | pipelines | dispatches/run | build ms | load ms | run ms (median) | ms per time step |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';
  const rows = r.rows.map((x) => `| ${x.mode} | ${x.T} | ${x.program} | ${x.kernels} | ${x.pipelines} | ${x.dispatchesPerStep} | ${x.buildMs.toFixed(0)} | ${x.loadMs.toFixed(0)} | ${x.stepMs.toFixed(1)} | ${(x.stepMs / x.T).toFixed(3)} |`);
  const start = r.loadavgStart ? `at the start: ${r.loadavgStart.map((x) => x.toFixed(1)).join(', ')}; ` : '';
  return `# LSTM as a compiled scan vs unrolled\n\nTwo stacked lstm(${r.units}) layers + dense(1), batch ${r.batch}, median of ${r.reps} runs after one warm-up; cold load (fresh pipeline cache); ${r.target ? 'compiled for this adapter (its kernel variants, as `dlc train` does)' : 'compiled without a device target'}. \`ms per time step\` is the run's median divided by T (the whole program, both layers, forward and for training BPTT).\nAdapter: ${r.adapter}. Load average ${start}at the end: ${r.loadavg.map((x) => x.toFixed(1)).join(', ')} (shared machine).\n\n${head}\n${rows.join('\n')}\n`;
}

async function main(): Promise<void> {
  const render = argOf('render', '');
  if (render) {
    writeFileSync(render.replace(/\.json$/, '.md'), toMarkdown(JSON.parse(readFileSync(render, 'utf8')) as Result));
    return;
  }
  const loadavgStart = loadavg();
  const gpu = await acquireDevice();
  const target = process.argv.includes('--no-target') ? {} : { target: targetOf(gpu.adapter) };
  const tmp = mkdtempSync(join(tmpdir(), 'dlc-bench-lstm-'));
  const rows: Row[] = [];
  try {
    const runs = [...STEPS.map((T) => ({ T, unrolled: false })), ...UNROLLED.map((T) => ({ T, unrolled: true }))];
    for (const { T, unrolled } of runs) {
      const file = join(tmp, `lstm_${T}_${unrolled ? 'u' : 's'}.ts`);
      writeFileSync(file, source(T, unrolled));
      const model = compileModelFile(file).main;
      const params = initialWeights(model.params, 1);
      for (const program of ['inference', 'training'] as const) {
        const t0 = performance.now();
        const plan = program === 'inference' ? compileInference(model, { batch: BATCH, ...target }).plan! : compileTraining(model, { batch: BATCH, ...target, data: { xShape: [T, 1], yShape: [1], yDtype: 'f32', resident: BATCH } }).plan!;
        const buildMs = performance.now() - t0;
        const { exe, stepMs } = await measure(gpu.device, plan, params);
        const row: Row = { mode: unrolled ? 'unrolled' : 'scan', T, program, kernels: plan.dispatches.length, pipelines: plan.kernels.length, loops: plan.loops?.length ?? 0, dispatchesPerStep: dispatchesPerRun(plan), buildMs, loadMs: exe.stats.loadMs, pipelineMs: exe.stats.pipelineMs, stepMs };
        exe.destroy();
        rows.push(row);
        console.log(`${row.mode.padEnd(8)} T=${String(T).padEnd(5)} ${program.padEnd(9)} kernels ${row.kernels}, pipelines ${row.pipelines}, dispatches/run ${row.dispatchesPerStep}, build ${buildMs.toFixed(0)} ms, load ${row.loadMs.toFixed(0)} ms, run ${stepMs.toFixed(1)} ms (${(stepMs / T).toFixed(3)} ms per time step)`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const adapter = describeAdapter(gpu.adapter);
  const out = argOf('out', `bench/results/${new Date().toISOString().slice(0, 10)}-lstm-scan.json`);
  const result: Result = { adapter, units: UNITS, batch: BATCH, reps: REPS, target: 'target' in target, loadavgStart, loadavg: loadavg(), rows };
  writeFileSync(out, JSON.stringify({ bench: 'lstm-scan', ...result }, null, 2) + '\n');
  writeFileSync(out.replace(/\.json$/, '.md'), toMarkdown(result));
  console.log(`wrote ${out}`);
  gpu.destroy();
  await gpu.lost;
}

await main();
