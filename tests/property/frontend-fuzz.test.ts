/**
 * @file Frontend fuzzing in CI: ~300 seeded mutations of the seed models (tokens deleted, duplicated,
 * swapped; bad numbers; wrong option types; unicode and reserved names; deep nesting; unsupported
 * syntax; truncation; combinations) each end in a located CompileError or a compiled model, never
 * E_INTERNAL or a stack trace. No time bound: the evaluator's step and size budgets bound the work. `dlc check` runs once per mutation kind as a
 * child process. bench/fuzz-frontend.ts runs the same oracle over thousands of cases.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyPlan, MUTATION_KINDS, mutationPlan, planOf, type Mutation, type MutationKind } from '../fuzz/mutators.ts';
import { runCase, scratchFile, warmUp } from '../fuzz/oracle.ts';

const SEED = 9_2024;
/** A hang guard only (spawnSync blocks vitest's own timeout): generous enough for a cold `dlc check` at load 30. */
const CHILD_TIMEOUT_MS = 300_000;
/** Cases per mutation kind (each plan starts with that kind, then up to two others). */
const RUNS_PER_KIND = 30;
/** Plans of mixed kinds on top of the per-kind ones. */
const MIXED_RUNS = 30;
/** Every CHECK_EVERY-th case also goes through `dlc check` (TypeScript's checker costs more). */
const CHECK_EVERY = 5;

const MODELS = readdirSync('models').filter((f) => f.endsWith('.ts')).sort().map((f) => ({ name: f, src: readFileSync(join('models', f), 'utf8') }));
const file = scratchFile();
let count = 0;

/** Runs one mutated case through the oracle; the assertion message carries what is needed to replay it. */
function fuzzOne(modelIndex: number, plan: readonly Mutation[]): void {
  const model = MODELS[modelIndex % MODELS.length]!;
  const src = applyPlan(model.src, plan);
  const outcome = runCase(file, src, { check: count++ % CHECK_EVERY === 0 });
  if (outcome.kind === 'failure') {
    expect.fail(`${model.name} mutated by ${JSON.stringify(plan)}: ${outcome.reason}\n--- source ---\n${src.slice(0, 4000)}`);
  }
}

function property(plans: fc.Arbitrary<Mutation[]>, runs: number, seed: number): void {
  fc.assert(fc.property(fc.nat(MODELS.length - 1), plans, fuzzOne), { numRuns: runs, seed });
}

describe('frontend fuzzing', () => {
  beforeAll(() => warmUp(file, MODELS[0]!.src));

  it('has seed models to mutate', () => {
    expect(MODELS.length).toBeGreaterThanOrEqual(5);
  });

  it.each(MUTATION_KINDS.map((k, i) => [k, i] as const))('%s mutations end in diagnostics, not crashes', (kind, i) => {
    property(planOf(kind), RUNS_PER_KIND, SEED + i);
  });

  it('mixed mutation plans end in diagnostics, not crashes', () => {
    property(mutationPlan, MIXED_RUNS, SEED + 100);
  });
});

describe('dlc check on mutated files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-fuzz-cli-'));

  /** One mutated file per kind, chosen by seed, rotated over the seed models. */
  function mutatedFile(kind: MutationKind, i: number): string {
    const [plan] = fc.sample(planOf(kind), { numRuns: 1, seed: SEED + 1000 + i });
    const path = join(dir, `${kind}.ts`);
    writeFileSync(path, applyPlan(MODELS[i % MODELS.length]!.src, plan!));
    return path;
  }

  it.each(MUTATION_KINDS.map((k, i) => [k, i] as const))('%s: exits 0 or 1 with diagnostics, never 70 or a signal', (kind, i) => {
    const path = mutatedFile(kind, i);
    const r = spawnSync(process.execPath, ['bin/dlc.js', 'check', path], { encoding: 'utf8', timeout: CHILD_TIMEOUT_MS });
    const output = `${r.stdout}${r.stderr}`;
    expect(r.signal, output).toBeNull();
    expect([0, 1], output).toContain(r.status);
    expect(output).not.toMatch(/^ {4}at /m);
    expect(output).not.toContain('E_INTERNAL');
    if (r.status === 1) expect(r.stderr).toMatch(/:\d+:\d+ - error E_[A-Z_]+: /);
  }, CHILD_TIMEOUT_MS + 60_000);
});
