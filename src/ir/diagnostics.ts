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

/** Code frames show at most this many characters of a line: a window around the column. */
export const FRAME_WIDTH = 120;

/**
 * Two lines of context above the error line and a caret under its column. Lines longer than
 * FRAME_WIDTH show a window around the column (the same window on every line, so they stay aligned),
 * with … where text was cut.
 */
export function codeFrame(source: string, loc: SourceLoc): string {
  const first = Math.max(1, loc.line - 2);
  const lines = frameLines(source, first, loc.line);
  const last = first + lines.length - 1;
  const width = String(last).length;
  const col = Math.max(0, loc.col - 1);
  const long = lines.some((l) => l.length > FRAME_WIDTH);
  const start = long ? Math.max(0, Math.min(col - Math.floor(FRAME_WIDTH / 2), (lines[lines.length - 1]?.length ?? 0) - FRAME_WIDTH)) : 0;
  const cut = (l: string): string => {
    if (!long) return l;
    const body = l.slice(start, start + FRAME_WIDTH);
    return `${start > 0 && l.length > start ? '…' : ''}${body}${l.length > start + FRAME_WIDTH ? '…' : ''}`;
  };
  const out = lines.map((l, i) => `  ${String(first + i).padStart(width)} | ${cut(l)}`);
  out.push(`  ${' '.repeat(width)} | ${' '.repeat(col - start + (start > 0 ? 1 : 0))}^`);
  return out.join('\n');
}

/** Lines `first..last` (1-based) of `source`, without splitting the whole of a huge file. */
function frameLines(source: string, first: number, last: number): string[] {
  const out: string[] = [];
  let pos = 0;
  for (let n = 1; n <= last && pos <= source.length; n++) {
    let end = source.indexOf('\n', pos);
    if (end < 0) end = source.length;
    if (n >= first) out.push(source.slice(pos, end).replace(/\r$/, ''));
    pos = end + 1;
  }
  return out;
}

export function assert(cond: unknown, message = 'assertion failed'): asserts cond {
  if (!cond) throw new Error(`internal error: ${message}`);
}

export function unreachable(x: never): never {
  throw new Error(`internal error: unreachable case ${JSON.stringify(x)}`);
}
