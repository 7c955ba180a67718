/**
 * @file Time to the first training step of `dlc train <model>` (default models/iris_mlp.ts): process
 * start → step 1 done on the GPU, per phase (module load, model, data, device, compile, pipelines,
 * weights, step 1), read from the DLC_TRACE_STARTUP lines `dlc train` prints. Fresh processes, the
 * drivers taking turns (a busy machine slows them alike), medians; results into bench/results/.
 *
 *   npx tsx bench/first-step.ts [--runs N] [--model iris|cnn|mlp|lstm|FILE] [--drivers swiftshader,lavapipe] [--mesa warm,cold] [--roots DIR,DIR --tags before,after [--envs 'K=V;K=V,']] [--out name]
 *
 * `--model cnn` is models/mnist_cnn.ts, `--model mlp` models/mnist_mlp.ts and `--model lstm` models/lstm.ts, each trained on a few
 * batches (`--train-limit`/`--test-limit`: the first step is what is measured, not an epoch of it).
 *
 * `--roots` runs other checkouts' bin/dlc.js (e.g. a worktree of the commit before a change) beside
 * this one, interleaved, for a before/after table (default: this checkout, tag `current`). `--envs`
 * gives each root its own environment variables (`;` between them, `,` between roots), e.g.
 * `DLC_CACHE=0` for a run that compiles the model every time. The plan cache of the runs is a
 * scratch folder of their own (DLC_PLAN_CACHE_DIR): the warm-up run fills it. Mesa's shader cache
 * (MESA_SHADER_CACHE_DIR) is a scratch folder too: `--mesa warm` (the default) shares one that the
 * warm-up run fills; `--mesa cold` (or `--cold-mesa`) gives every lavapipe run an empty one —
 * llvmpipe compiles each kernel with LLVM at its first dispatch and keeps it there, so this is what
 * a first run on a new machine, or after a kernel's text changed, pays. SwiftShader has no such
 * cache, so it runs warm only. `--mesa warm,cold` runs both, interleaved. dlc's markers of kernels
 * that ran (src/train/first-compile.ts) are keyed by the Mesa cache folder, so each cold run is a
 * new machine to dlc too and says "compiling kernels" (the table counts the runs that said it; each
 * cold run leaves one small marker file in ~/.cache/dlc/first-dispatch/).
 * Writes bench/results/<date>-<out>.md and .json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { quantile } from './stats.ts';

const ROOT = join(import.meta.dirname, '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

// The evaluation loads at its first use (after step 1); older checkouts mark it before 'weights'.
const PHASES = ['cli', 'model', 'data', 'device', 'compiled', 'train-pipelines', 'weights', 'step-1', 'eval-pipelines'] as const;

/** The models `--model` names by a short name: each trained on a few batches (step 1 is what is measured). */
const MODELS: Record<string, { file: string; args: string[] }> = {
  iris: { file: 'models/iris_mlp.ts', args: [] },
  cnn: { file: 'models/mnist_cnn.ts', args: ['--train-limit', '256', '--test-limit', '64'] },
  mlp: { file: 'models/mnist_mlp.ts', args: ['--train-limit', '256', '--test-limit', '64'] },
  lstm: { file: 'models/lstm.ts', args: ['--train-limit', '128'] },
};

interface Cell {
  readonly root: string;
  readonly tag: string;
  readonly env: Record<string, string>;
  readonly driver: string;
  /** `cold`: an empty Mesa shader cache every run (lavapipe only). */
  readonly mesa: 'warm' | 'cold';
  readonly samples: Record<string, number>[];
  /** The `dlc train: compiling …` notes the runs printed (how many runs said so). */
  notes: number;
}

/** One fresh `dlc train … --epochs 1`: ms since process start at the end of each phase. */
function once(c: Cell, model: { file: string; args: string[] }, scratch: string): Record<string, number> {
  const out = join(scratch, `run-${c.driver}`);
  rmSync(out, { recursive: true, force: true });
  // Mesa's cache: one shared scratch folder (filled by the warm-up run), or a new empty one per cold run.
  const mesa = c.mesa === 'cold' ? mkdtempSync(join(scratch, 'mesa-')) : join(scratch, 'mesa-warm');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(c.root, 'bin', 'dlc.js'), 'train', model.file, '--epochs', '1', ...model.args, '--out', out], {
    cwd: c.root,
    encoding: 'utf8',
    env: { ...process.env, DLC_TRACE_STARTUP: '1', DLC_VULKAN_DRIVER: c.driver, DLC_PLAN_CACHE_DIR: join(scratch, 'plans'), MESA_SHADER_CACHE_DIR: mesa, ...c.env },
    timeout: 1_800_000,
    maxBuffer: 64 << 20,
  });
  const wall = performance.now() - t0;
  if (c.mesa === 'cold') rmSync(mesa, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`dlc train (${c.driver}, ${c.mesa} Mesa cache) exited ${r.status}${r.signal ? ` (${r.signal})` : ''}: ${(r.stderr ?? '').slice(-2000)}${r.error ? `\n${r.error.message}` : ''}`);
  const marks: Record<string, number> = { process: wall };
  // `phase wall-ms [cpu-ms]` (older checkouts print no CPU time).
  for (const m of r.stderr.matchAll(/^dlc-startup (\S+) ([\d.]+)(?: ([\d.]+))?$/gm)) {
    marks[m[1]!] = Number(m[2]);
    if (m[3] !== undefined) marks[`${m[1]!} cpu`] = Number(m[3]);
  }
  if (/^dlc train: compiling /m.test(r.stderr)) c.notes++;
  if (marks['step-1'] === undefined) throw new Error(`no step-1 mark from ${c.root}: is DLC_TRACE_STARTUP supported there?\n${r.stderr.slice(-1000)}`);
  return marks;
}

function main(): void {
  const runs = Number(arg('runs', '5'));
  const modelArg = arg('model', 'iris');
  const model = MODELS[modelArg] ?? { file: modelArg, args: [] };
  const drivers = arg('drivers', 'swiftshader,lavapipe').split(',');
  const mesaModes = (process.argv.includes('--cold-mesa') ? 'cold' : arg('mesa', 'warm')).split(',') as ('warm' | 'cold')[];
  const roots = arg('roots', ROOT).split(',').map((r) => resolve(r));
  const tags = arg('tags', 'current').split(',');
  if (tags.length !== roots.length) throw new Error('--tags needs one tag per --roots entry');
  const envs = arg('envs', roots.map(() => '').join(',')).split(',').map((e) => Object.fromEntries(e.split(';').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)])));
  if (envs.length !== roots.length) throw new Error('--envs needs one entry (possibly empty) per --roots entry');
  const scratch = mkdtempSync(join(tmpdir(), 'dlc-first-step-'));
  const load0 = loadavg()[0]!;
  // SwiftShader keeps no shader cache across processes: it runs once, as "warm".
  const cells: Cell[] = roots.flatMap((root, ri) => drivers.flatMap((driver) => mesaModes.filter((m) => m === 'warm' || driver === 'lavapipe').map((mesa) => ({ root, tag: tags[ri]!, env: envs[ri]!, driver, mesa, samples: [], notes: 0 }))));
  const seen = new Set<string>();
  // warm-up: OS file cache, the in-repo bundle, the plan cache, the warm cells' Mesa cache (a cold cell's warm-up fills nothing it reuses)
  for (const c of cells) {
    if (!seen.has(c.root + c.driver)) once(c, model, scratch);
    seen.add(c.root + c.driver);
    c.notes = 0;
  }
  for (let i = 0; i < runs; i++) for (const c of cells) c.samples.push(once(c, model, scratch));
  rmSync(scratch, { recursive: true, force: true });
  const load1 = loadavg()[0]!;
  const cols = [...PHASES, 'process'] as const;
  const rows = cells.map((c) => {
    const q = (p: string, at: number): number => Math.round(quantile(c.samples.map((x) => x[p] ?? Number.NaN).filter(Number.isFinite).sort((a, b) => a - b), at));
    const med = (p: string): number => q(p, 0.5);
    return { tag: c.tag, driver: c.driver, mesa: c.mesa, root: c.root, env: c.env, runs, notes: c.notes, median: Object.fromEntries([...cols, 'cli cpu', 'step-1 cpu', 'weights cpu'].map((p) => [p, med(p)])), p10: { 'step-1': q('step-1', 0.1), 'step-1 cpu': q('step-1 cpu', 0.1) }, p90: { 'step-1': q('step-1', 0.9), 'step-1 cpu': q('step-1 cpu', 0.9) }, samples: c.samples };
  });
  const header = `| build | driver | Mesa cache | ${cols.join(' | ')} | step 1 alone (ms) | CPU ms: cli | CPU ms: step-1 (p10–p90) | said "compiling" |\n| --- | --- | --- |${cols.map(() => ' ---: |').join('')} ---: | ---: | ---: | ---: |`;
  const lines = rows.map((r) => `| ${r.tag} | ${r.driver} | ${r.driver === 'lavapipe' ? r.mesa : 'none'} | ${cols.map((p) => `${r.median[p]}`).join(' | ')} | ${r.median['step-1']! - r.median.weights!} | ${r.median['cli cpu']} | ${r.median['step-1 cpu']} (${r.p10['step-1 cpu']}–${r.p90['step-1 cpu']}) | ${r.notes}/${runs} |`);
  const table = `${header}\n${lines.join('\n')}`;
  const title = `${model.file}${model.args.length ? ` ${model.args.join(' ')}` : ''}: ms since process start at the end of each phase (median of ${runs} fresh processes per row, the rows taking turns); load average ${load0.toFixed(1)} → ${load1.toFixed(1)}`;
  console.log(title);
  console.log(table);
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  const name = join(ROOT, 'bench', 'results', `${date}-${arg('out', 'first-step')}`);
  const cmd = `npx tsx bench/first-step.ts ${process.argv.slice(2).join(' ')}`;
  writeFileSync(`${name}.json`, `${JSON.stringify({ model, command: cmd, node: process.version, mesa: mesaModes, loadAverage: [load0, load1], phases: cols, rows }, null, 2)}\n`);
  writeFileSync(`${name}.md`, `# Time to the first training step: ${model.file}\n\n\`${cmd}\`\n\n${title}.\n\n${table}\n\n\`process\`: the whole \`dlc train --epochs 1\` (its evaluation included). \`step 1 alone\`: step-1 − weights, where lavapipe compiles every kernel of the step with LLVM (at its first dispatch). Raw samples: \`${date}-${arg('out', 'first-step')}.json\`.\n`);
  console.log(`→ ${name}.md`);
}

main();
