/** @file Errors a user can see: CompileError with a code, a location, a hint, and a code frame. */

/** Where a node or diagnostic came from in a source file (1-based line and column). */
export interface SourceLoc {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export function formatLoc(loc: SourceLoc): string {
  return `${loc.file}:${loc.line}:${loc.col}`;
}

/**
 * An error that is the user's to fix. `code` is stable (tests and docs refer to it), `message` says
 * what is wrong and `hint` what to do. Never carries a stack trace to the user.
 */
export class CompileError extends Error {
  readonly code: string;
  readonly loc: SourceLoc | undefined;
  readonly hint: string | undefined;
  /** The offending source text, when known, to render a code frame. */
  readonly source: string | undefined;

  constructor(code: string, message: string, opts: { loc?: SourceLoc; hint?: string; source?: string } = {}) {
    super(message);
    this.name = 'CompileError';
    this.code = code;
    this.loc = opts.loc;
    this.hint = opts.hint;
    this.source = opts.source;
  }
}

/** `file:line:col - error CODE: message`, a code frame when the source is known, then the hint. */
export function renderDiagnostic(e: CompileError): string {
  const where = e.loc ? `${formatLoc(e.loc)} - ` : '';
  const lines = [`${where}error ${e.code}: ${e.message}`];
  if (e.loc && e.source !== undefined) lines.push(codeFrame(e.source, e.loc));
  if (e.hint) lines.push(`  hint: ${e.hint}`);
  return lines.join('\n');
}

/** Two lines of context above the error line and a caret under its column. */
export function codeFrame(source: string, loc: SourceLoc): string {
  const all = source.split(/\r?\n/);
  const first = Math.max(1, loc.line - 2);
  const last = Math.min(all.length, loc.line);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    out.push(`  ${String(n).padStart(width)} | ${all[n - 1] ?? ''}`);
  }
  out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, loc.col - 1))}^`);
  return out.join('\n');
}

export function assert(cond: unknown, message = 'assertion failed'): asserts cond {
  if (!cond) throw new Error(`internal error: ${message}`);
}

export function unreachable(x: never): never {
  throw new Error(`internal error: unreachable case ${JSON.stringify(x)}`);
}
