/**
 * @file Cold start of the `dlc` command: `dlc --help`, `dlc check` and `dlc build` of a small model,
 * each a fresh process, run from the TypeScript sources (tsx, how the repository runs) and from the
 * compiled dist/ (how an installed package runs). Median of N runs; results go to bench/results/.
 *
 * usage: npx tsx bench/startup.ts [--runs N] [--model models/iris_mlp.ts]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../src/cli/command.ts';
import { quantile } from './stats.ts';

const ROOT = join(import.meta.dirname, '..');
const DLC = join(ROOT, 'bin', 'dlc.js');

interface Row {
  readonly command: string;
  readonly from: 'source' | 'dist';
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
}

function timeOnce(args: readonly string[], fromDist: boolean): number {
  const env = { ...process.env, DLC_FROM_DIST: fromDist ? '1' : '0' };
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [DLC, ...args], { encoding: 'utf8', env, timeout: 300_000 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`dlc ${args.join(' ')} (${fromDist ? 'dist' : 'source'}) exited ${r.status}: ${r.stderr}`);
  return ms;
}

function measure(command: string, args: () => string[], fromDist: boolean, runs: number): Row {
  timeOnce(args(), fromDist); // warms the OS file cache: "cold" means a new process, not a cold disk
  const samples = Array.from({ length: runs }, () => timeOnce(args(), fromDist)).sort((a, b) => a - b);
  return { command, from: fromDist ? 'dist' : 'source', runs, medianMs: Math.round(quantile(samples, 0.5)), minMs: Math.round(samples[0]!) };
}

function table(rows: readonly Row[]): string {
  const commands = [...new Set(rows.map((r) => r.command))];
  const lines = ['| command | from source (tsx) | from dist (JS) | speed-up |', '| --- | ---: | ---: | ---: |'];
  for (const c of commands) {
    const s = rows.find((r) => r.command === c && r.from === 'source')!;
    const d = rows.find((r) => r.command === c && r.from === 'dist')!;
    lines.push(`| \`${c}\` | ${s.medianMs} ms | ${d.medianMs} ms | ${(s.medianMs / d.medianMs).toFixed(2)}× |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const runs = Number(args.flags.runs ?? 5);
  const model = String(args.flags.model ?? 'models/iris_mlp.ts');
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-dist.mjs')], { stdio: 'inherit' });
  const out = mkdtempSync(join(tmpdir(), 'dlc-startup-'));
  let n = 0;
  const cases: [string, () => string[]][] = [
    ['dlc --help', () => ['--help']],
    [`dlc check ${model}`, () => ['check', model]],
    [`dlc build ${model}`, () => ['build', model, '-o', join(out, String(n++))]],
  ];
  const rows: Row[] = [];
  for (const [command, argv] of cases) for (const fromDist of [false, true]) rows.push(measure(command, argv, fromDist, runs));
  rmSync(out, { recursive: true, force: true });
  const date = new Date().toISOString().slice(0, 10);
  const md = `# dlc start-up, ${date}\n\nMedian of ${runs} fresh processes each (after one warm-up), on a shared 2-core machine; \`node ${process.version}\`.\n\n${table(rows)}\n`;
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', `${date}-startup.json`), `${JSON.stringify({ date, node: process.version, runs, model, rows }, null, 2)}\n`);
  writeFileSync(join(ROOT, 'bench', 'results', `${date}-startup.md`), md);
  console.log(md);
}

await main();
