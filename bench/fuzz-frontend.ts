/**
 * @file Frontend fuzzing at scale: thousands of mutated seed models through compileModelFile (and
 * checkModelFile on every 10th), counted by outcome, timed, failures saved to out/fuzz-failures/.
 *
 *   npx tsx bench/fuzz-frontend.ts [--cases N] [--seed S] [--bound-ms B]
 *
 * Cases run in a child process with a watchdog, so a hang is reported (and the child replaced)
 * instead of freezing the run. Exits 1 when any case fails.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { applyPlan, mutationPlan, type Mutation } from '../tests/fuzz/mutators.ts';
import { CASE_BOUND_MS, runCase, scratchFile, warmUp, type Outcome } from '../tests/fuzz/oracle.ts';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const FAILURES = join(ROOT, 'out', 'fuzz-failures');
/** Past this the child is presumed hung and killed (the per-case bound is checked separately). */
const HANG_MS = 30_000;

interface Job { readonly id: number; readonly src: string; readonly check: boolean; readonly boundMs: number }
interface Result { readonly id: number; readonly outcome: Outcome }
interface Case { readonly id: number; readonly model: string; readonly plan: readonly Mutation[]; readonly src: string; readonly check: boolean }

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v)) throw new Error(`--${name} needs a number`);
  return v;
}

/** Child side: compiles each case it is sent and replies with the outcome. */
function serve(): void {
  const file = scratchFile();
  warmUp(file, seedModels()[0]!.src);
  process.on('message', (job: Job) => {
    const outcome = runCase(file, job.src, { check: job.check, boundMs: job.boundMs });
    process.send!({ id: job.id, outcome } satisfies Result);
  });
}

function seedModels(): { name: string; src: string }[] {
  const dir = join(ROOT, 'models');
  return readdirSync(dir).filter((f) => f.endsWith('.ts')).sort().map((f) => ({ name: f, src: readFileSync(join(dir, f), 'utf8') }));
}

function makeCases(n: number, seed: number): Case[] {
  const models = seedModels();
  const arb = fc.tuple(fc.nat(models.length - 1), mutationPlan);
  return fc.sample(arb, { numRuns: n, seed }).map(([m, plan], id) => {
    const model = models[m]!;
    return { id, model: model.name, plan, src: applyPlan(model.src, plan), check: id % 10 === 0 };
  });
}

/** Runs one job in the child; resolves with a hang failure (and kills the child) past HANG_MS. */
class Runner {
  private child: ChildProcess | undefined;

  run(job: Job): Promise<Outcome> {
    const child = (this.child ??= fork(fileURLToPath(import.meta.url), ['--serve'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        child.removeAllListeners('message');
        child.kill('SIGKILL');
        this.child = undefined;
        resolve({ kind: 'failure', reason: `hang: no result after ${HANG_MS} ms`, ms: HANG_MS });
      }, HANG_MS);
      child.once('message', (r: Result) => {
        clearTimeout(timer);
        resolve(r.outcome);
      });
      child.send(job);
    });
  }

  close(): void {
    this.child?.kill();
  }
}

function label(o: Outcome): string {
  return o.kind === 'error' ? o.code : o.kind;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function describePlan(plan: readonly Mutation[]): string {
  return plan.map((m) => JSON.stringify(m).replace(/"/g, '')).join(' ; ').slice(0, 160);
}

function saveFailure(c: Case, o: Outcome & { kind: 'failure' }, seed: number): string {
  mkdirSync(FAILURES, { recursive: true });
  const base = join(FAILURES, `seed${seed}-case${c.id}-${c.model.replace(/\.ts$/, '')}`);
  writeFileSync(`${base}.ts`, c.src);
  writeFileSync(`${base}.json`, JSON.stringify({ model: c.model, seed, case: c.id, check: c.check, plan: c.plan, reason: o.reason }, null, 2));
  return `${base}.ts`;
}

async function main(): Promise<number> {
  const n = arg('cases', 5000);
  const seed = arg('seed', 20240601);
  const boundMs = arg('bound-ms', CASE_BOUND_MS);
  const cases = makeCases(n, seed);
  const runner = new Runner();
  const counts = new Map<string, number>();
  const timed: { c: Case; o: Outcome }[] = [];
  const failures: string[] = [];
  const t0 = performance.now();
  for (const c of cases) {
    const o = await runner.run({ id: c.id, src: c.src, check: c.check, boundMs });
    counts.set(label(o), (counts.get(label(o)) ?? 0) + 1);
    timed.push({ c, o });
    if (o.kind === 'failure') failures.push(`case ${c.id} (${c.model}): ${o.reason.split('\n')[0]}\n    plan: ${describePlan(c.plan)}\n    saved: ${saveFailure(c, o, seed)}`);
    if ((c.id + 1) % 500 === 0) process.stderr.write(`  ${c.id + 1}/${n} cases, ${failures.length} failures\n`);
  }
  runner.close();
  report(n, seed, boundMs, counts, timed, failures, performance.now() - t0);
  return failures.length > 0 ? 1 : 0;
}

function report(n: number, seed: number, boundMs: number, counts: Map<string, number>, timed: { c: Case; o: Outcome }[], failures: string[], totalMs: number): void {
  const ms = timed.map((t) => t.o.ms).sort((a, b) => a - b);
  console.log(`frontend fuzz: ${n} cases, seed ${seed}, bound ${boundMs} ms/case, ${(totalMs / 1000).toFixed(1)} s total`);
  console.log('\noutcomes:');
  for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(24)} ${String(v).padStart(6)}`);
  console.log(`\ntime per case (ms): p50 ${percentile(ms, 50).toFixed(1)}  p90 ${percentile(ms, 90).toFixed(1)}  p99 ${percentile(ms, 99).toFixed(1)}  max ${(ms.at(-1) ?? 0).toFixed(1)}`);
  console.log('\nslowest cases:');
  for (const { c, o } of [...timed].sort((a, b) => b.o.ms - a.o.ms).slice(0, 5)) {
    console.log(`  ${o.ms.toFixed(1).padStart(8)} ms  case ${c.id} ${c.model}${c.check ? ' (check)' : ''} → ${label(o)}  ${describePlan(c.plan)}`);
  }
  console.log(`\nfailures: ${failures.length}`);
  for (const f of failures) console.log(`  ${f}`);
}

if (process.argv.includes('--serve')) serve();
else process.exitCode = await main();
