/**
 * @file The fuzzing oracle: compiles one mutated model file and classifies the outcome, so the CI
 * property test and the benchmark agree on what a failure is (E_INTERNAL, a non-CompileError, a
 * diagnostic without a valid location, a stack trace in the rendered text; in the bench, a case over its time bound).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkModelFile, compileModelFile } from '../../src/frontend/index.ts';
import { CompileError, renderDiagnostic } from '../../src/ir/index.ts';

/**
 * Codes that may have no position here. The one frontend code without a position is
 * E_FILE_NOT_FOUND (the file could not be read), and the fuzzed file always exists, so it is a
 * failure too (it once meant "the parser overflowed the stack"): every diagnostic must be located.
 */
export const UNLOCATED_CODES: ReadonlySet<string> = new Set();

/**
 * The bench's per-case time bound (bench/fuzz-frontend.ts reports slow cases). CI tests pass none:
 * how fast a machine is today is no property of dlc. There the evaluator's own budgets (steps,
 * value sizes, copies, nesting; src/frontend/interp.ts) bound every case's work, and a case that
 * escaped them would hang the test until vitest's timeout, which is a failure too.
 */
export const CASE_BOUND_MS = 5000;

export type Outcome =
  | { readonly kind: 'compiled'; readonly ms: number }
  | { readonly kind: 'error'; readonly code: string; readonly ms: number }
  | { readonly kind: 'failure'; readonly reason: string; readonly ms: number };

/** A scratch file reused for every case: ts-morph's shared project keeps one source file, not thousands. */
export function scratchFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-fuzz-'));
  mkdirSync(dir, { recursive: true });
  return join(dir, 'model.ts');
}

/** Loads ts-morph's project and lib files once, so the first timed case is not a cold start. */
export function warmUp(file: string, seedSource: string): void {
  writeFileSync(file, seedSource);
  checkModelFile(file);
}

/** Compiles `src` (and, with `check`, type-checks it) and says whether dlc behaved. */
export function runCase(file: string, src: string, opts: { check?: boolean; boundMs?: number }): Outcome {
  writeFileSync(file, src);
  const t0 = performance.now();
  const result = attempt(file, opts.check ?? false);
  const ms = performance.now() - t0;
  const problem = result.errors.map((e) => problemWith(e, src)).find((p) => p !== undefined) ?? result.crash;
  if (problem) return { kind: 'failure', reason: problem, ms };
  if (opts.boundMs !== undefined && ms > opts.boundMs) return { kind: 'failure', reason: `took ${ms.toFixed(0)} ms (bound ${opts.boundMs} ms)`, ms };
  const first = result.errors[0];
  return first ? { kind: 'error', code: first.code, ms } : { kind: 'compiled', ms };
}

interface Attempt {
  readonly errors: readonly CompileError[];
  /** Set when something other than a CompileError escaped. */
  readonly crash?: string;
}

function attempt(file: string, check: boolean): Attempt {
  try {
    if (check) return { errors: checkModelFile(file) };
    const program = compileModelFile(file);
    // Lowering is lazy; `dlc ir` and `dlc compile` force it, so the fuzzer does too.
    for (const m of program.models) m.graph();
    return { errors: [] };
  } catch (e) {
    if (e instanceof CompileError) return { errors: [e] };
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { errors: [], crash: `uncaught ${what}` };
  }
}

/** Why a diagnostic is unacceptable, or undefined when it is a proper located user error. */
export function problemWith(e: CompileError, src: string): string | undefined {
  if (!(e instanceof CompileError)) return `not a CompileError: ${String(e)}`;
  if (!/^E_[A-Z_]+$/.test(e.code)) return `bad code '${e.code}'`;
  const text = renderDiagnostic(e);
  if (e.code === 'E_INTERNAL') return `E_INTERNAL: ${text}`;
  if (/^ {4}at /m.test(text)) return `stack trace in diagnostic: ${text}`;
  if (!e.loc) return UNLOCATED_CODES.has(e.code) ? undefined : `${e.code} has no location: ${e.message}`;
  // TypeScript's errors in dlc's own lib would be located elsewhere; the mutated file is the only user file.
  if (!e.loc.file.endsWith('model.ts')) return `${e.code} located in another file ${e.loc.file}`;
  // Lines as ts-morph and the code frame count them: at \n only (U+2028 is not a line break here).
  const lines = src.split(/\r?\n/);
  const line = lines[e.loc.line - 1];
  if (line === undefined || e.loc.line < 1) return `${e.code} at line ${e.loc.line}, but the file has ${lines.length} lines`;
  if (e.loc.col < 1 || e.loc.col > line.length + 1) return `${e.code} at column ${e.loc.col}, but line ${e.loc.line} has ${line.length} characters`;
  return undefined;
}
