/**
 * @file Time to the first training step of `dlc train <model>` (default models/iris_mlp.ts): process
 * start → step 1 done on the GPU, per phase (module load, model, data, device, compile, pipelines,
 * weights, step 1), read from the DLC_TRACE_STARTUP lines `dlc train` prints. Fresh processes, the
 * drivers taking turns (a busy machine slows them alike), medians; results into bench/results/.
 *
 *   npx tsx bench/first-step.ts [--runs N] [--model models/iris_mlp.ts] [--drivers swiftshader,lavapipe] [--roots DIR,DIR --tags before,after [--envs 'K=V;K=V,']] [--out name]
 *
 * `--roots` runs other checkouts' bin/dlc.js (e.g. a worktree of the commit before a change) beside
 * this one, interleaved, for a before/after table (default: this checkout, tag `current`). `--envs`
 * gives each root its own environment variables (`;` between them, `,` between roots), e.g.
 * `DLC_CACHE=0` for a run that compiles the model every time. The plan cache of the runs is a
 * scratch folder of their own (DLC_PLAN_CACHE_DIR): the warm-up run fills it. `--cold-mesa` gives
 * every run an empty Mesa shader cache (MESA_SHADER_CACHE_DIR): lavapipe compiles each kernel with
 * LLVM at its first dispatch and keeps it there, so this is what a first run on a new machine, or
 * after a kernel's text changed, pays (SwiftShader has no such cache: unchanged).
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

/** One fresh `dlc train … --epochs 1`: ms since process start at the end of each phase. */
function once(root: string, model: string, driver: string, scratch: string, extra: Record<string, string>): Record<string, number> {
  const out = join(scratch, `run-${driver}`);
  rmSync(out, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [join(root, 'bin', 'dlc.js'), 'train', model, '--epochs', '1', '--out', out], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DLC_TRACE_STARTUP: '1', DLC_VULKAN_DRIVER: driver, DLC_PLAN_CACHE_DIR: join(scratch, 'plans'), ...(process.argv.includes('--cold-mesa') ? { MESA_SHADER_CACHE_DIR: mkdtempSync(join(scratch, 'mesa-')) } : {}), ...extra },
    timeout: 600_000,
  });
  if (r.status !== 0) throw new Error(`dlc train (${driver}) exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const marks: Record<string, number> = {};
  // `phase wall-ms [cpu-ms]` (older checkouts print no CPU time).
  for (const m of r.stderr.matchAll(/^dlc-startup (\S+) ([\d.]+)(?: ([\d.]+))?$/gm)) {
    marks[m[1]!] = Number(m[2]);
    if (m[3] !== undefined) marks[`${m[1]!} cpu`] = Number(m[3]);
  }
  if (marks['step-1'] === undefined) throw new Error(`no step-1 mark from ${root}: is DLC_TRACE_STARTUP supported there?\n${r.stderr.slice(-1000)}`);
  return marks;
}

function main(): void {
  const runs = Number(arg('runs', '5'));
  const model = arg('model', 'models/iris_mlp.ts');
  const drivers = arg('drivers', 'swiftshader,lavapipe').split(',');
  const roots = arg('roots', ROOT).split(',').map((r) => resolve(r));
  const tags = arg('tags', 'current').split(',');
  if (tags.length !== roots.length) throw new Error('--tags needs one tag per --roots entry');
  const envs = arg('envs', roots.map(() => '').join(',')).split(',').map((e) => Object.fromEntries(e.split(';').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)])));
  if (envs.length !== roots.length) throw new Error('--envs needs one entry (possibly empty) per --roots entry');
  const scratch = mkdtempSync(join(tmpdir(), 'dlc-first-step-'));
  const load0 = loadavg()[0]!;
  const cells = roots.flatMap((root, ri) => drivers.map((driver) => ({ root, tag: tags[ri]!, env: envs[ri]!, driver, samples: [] as Record<string, number>[] })));
  // warm-up: OS file cache, tsx's transform cache or the in-repo bundle, Mesa's shader cache, the plan cache
  for (const c of cells) once(c.root, model, c.driver, scratch, c.env);
  for (let i = 0; i < runs; i++) for (const c of cells) c.samples.push(once(c.root, model, c.driver, scratch, c.env));
  rmSync(scratch, { recursive: true, force: true });
  const load1 = loadavg()[0]!;
  const rows = cells.map((c) => {
    const med = (p: string): number => Math.round(quantile(c.samples.map((x) => x[p] ?? Number.NaN).sort((a, b) => a - b), 0.5));
    return { tag: c.tag, driver: c.driver, root: c.root, env: c.env, runs, median: Object.fromEntries([...PHASES, 'cli cpu', 'step-1 cpu'].map((p) => [p, med(p)])), samples: c.samples };
  });
  const header = `| build | driver | ${PHASES.join(' | ')} | train pipelines (ms) | CPU ms: cli | CPU ms: step-1 |\n| --- | --- |${PHASES.map(() => ' ---: |').join('')} ---: | ---: | ---: |`;
  const lines = rows.map((r) => `| ${r.tag} | ${r.driver} | ${PHASES.map((p) => `${r.median[p]}`).join(' | ')} | ${r.median['train-pipelines']! - r.median.compiled!} | ${r.median['cli cpu']} | ${r.median['step-1 cpu']} |`);
  const table = `${header}\n${lines.join('\n')}`;
  console.log(`${model}: ms since process start at the end of each phase (median of ${runs} fresh processes${process.argv.includes('--cold-mesa') ? ', each with an empty Mesa shader cache' : ''}); load average ${load0.toFixed(1)} → ${load1.toFixed(1)}`);
  console.log(table);
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  const file = join(ROOT, 'bench', 'results', `${date}-${arg('out', 'first-step')}.json`);
  writeFileSync(file, `${JSON.stringify({ model, node: process.version, coldMesa: process.argv.includes('--cold-mesa'), loadAverage: [load0, load1], phases: PHASES, rows }, null, 2)}\n`);
  console.log(`→ ${file}`);
}

main();
