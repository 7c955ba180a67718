/**
 * @file Cold start of the `dlc` command: `dlc --help`, `dlc check` and `dlc build` of a small model,
 * each a fresh process, run from the TypeScript sources through tsx (DLC_FROM_DIST=0), from the
 * in-repo bundle of the sources (.dlc-cache/, how the repository runs now) and from the compiled
 * dist/ (how an installed package runs). Median of N runs; results go to bench/results/.
 *
 * usage: npx tsx bench/startup.ts [--runs N] [--model models/iris_mlp.ts] [--out name (default startup)]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../src/cli/command.ts';
import { quantile } from './stats.ts';

const ROOT = join(import.meta.dirname, '..');
const DLC = join(ROOT, 'bin', 'dlc.js');
/** GNU time gives the child's CPU time, which a loaded (shared) machine disturbs far less than wall time. */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

type From = 'source' | 'bundle' | 'dist';
const FROM_ENV: Record<From, string> = { source: '0', bundle: '', dist: '1' };

interface Row {
  readonly command: string;
  readonly from: From;
  readonly runs: number;
  /** Wall time. */
  readonly medianMs: number;
  readonly minMs: number;
  /** User + system CPU time of the process (NaN without /usr/bin/time). */
  readonly medianCpuMs: number;
}

function timeOnce(args: readonly string[], from: From, scratch: string): { wall: number; cpu: number } {
  const env = { ...process.env, DLC_FROM_DIST: FROM_ENV[from] };
  const cpuFile = join(scratch, 'cpu.txt');
  const argv = GNU_TIME ? [GNU_TIME, ['-f', '%U %S', '-o', cpuFile, process.execPath, DLC, ...args]] as const : [process.execPath, [DLC, ...args]] as const;
  const t0 = performance.now();
  const r = spawnSync(argv[0], argv[1], { encoding: 'utf8', env, timeout: 300_000 });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`dlc ${args.join(' ')} (${from}) exited ${r.status}: ${r.stderr}`);
  const cpu = GNU_TIME ? readFileSync(cpuFile, 'utf8').trim().split(/\s+/).map(Number).reduce((a, b) => a + b, 0) * 1000 : Number.NaN;
  return { wall, cpu };
}

function measure(command: string, args: () => string[], from: From, runs: number, scratch: string): Row {
  timeOnce(args(), from, scratch); // warms the OS file cache (and builds the in-repo bundle): "cold" means a new process, not a cold disk
  const samples = Array.from({ length: runs }, () => timeOnce(args(), from, scratch));
  const wall = samples.map((t) => t.wall).sort((a, b) => a - b);
  const cpu = samples.map((t) => t.cpu).sort((a, b) => a - b);
  return { command, from, runs, medianMs: Math.round(quantile(wall, 0.5)), minMs: Math.round(wall[0]!), medianCpuMs: Math.round(quantile(cpu, 0.5)) };
}

function table(rows: readonly Row[]): string {
  const commands = [...new Set(rows.map((r) => r.command))];
  const lines = ['| command | wall: source (tsx) | wall: in-repo bundle | wall: dist | CPU: source | CPU: bundle | CPU: dist |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const c of commands) {
    const [s, b, d] = (['source', 'bundle', 'dist'] as const).map((f) => rows.find((r) => r.command === c && r.from === f)!);
    lines.push(`| \`${c}\` | ${s!.medianMs} ms | ${b!.medianMs} ms | ${d!.medianMs} ms | ${s!.medianCpuMs} ms | ${b!.medianCpuMs} ms | ${d!.medianCpuMs} ms |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const runs = Number(args.flags.runs ?? 5);
  const model = String(args.flags.model ?? 'models/iris_mlp.ts');
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-dist.mjs')], { stdio: 'inherit' });
  const out = mkdtempSync(join(tmpdir(), 'dlc-startup-'));
  const load0 = (await import('node:os')).loadavg()[0]!.toFixed(1);
  let n = 0;
  const cases: [string, () => string[]][] = [
    ['dlc --help', () => ['--help']],
    [`dlc check ${model}`, () => ['check', model]],
    [`dlc build ${model}`, () => ['build', model, '-o', join(out, String(n++))]],
  ];
  const rows: Row[] = [];
  for (const [command, argv] of cases) for (const from of ['source', 'bundle', 'dist'] as const) rows.push(measure(command, argv, from, runs, out));
  rmSync(out, { recursive: true, force: true });
  const date = new Date().toISOString().slice(0, 10);
  const load = (await import('node:os')).loadavg()[0]!.toFixed(1);
  const md = `# dlc start-up, ${date}\n\nMedian of ${runs} fresh processes each (after one warm-up), on a shared 2-core machine (load average ${load0} at the start, ${load} at the end: wall times are disturbed by other work, CPU time much less); \`node ${process.version}\`.\n\n${table(rows)}\n`;
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  const name = String(args.flags.out ?? 'startup');
  writeFileSync(join(ROOT, 'bench', 'results', `${date}-${name}.json`), `${JSON.stringify({ date, node: process.version, runs, model, rows }, null, 2)}\n`);
  writeFileSync(join(ROOT, 'bench', 'results', `${date}-${name}.md`), md);
  console.log(md);
}

await main();
