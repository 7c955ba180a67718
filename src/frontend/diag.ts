/** @file Frontend diagnostics: CompileErrors located at a ts-morph node, with the file's text for a code frame. */
import type { SourceFile } from 'ts-morph';
import { Node } from './ts-morph-lazy.ts';
import { CompileError, type SourceLoc } from '../ir/index.ts';

/** The path shown in diagnostics: relative to the working directory when below it. */
export function displayPath(file: string): string {
  const cwd = process.cwd().replace(/\\/g, '/');
  const f = file.replace(/\\/g, '/');
  return f.startsWith(cwd + '/') ? f.slice(cwd.length + 1) : f;
}

/** The 1-based line and column of a node's first token (not its leading trivia). */
export function locOf(node: Node): SourceLoc {
  const sf = node.getSourceFile();
  const { line, column } = sf.getLineAndColumnAtPos(node.getStart());
  return { file: displayPath(sf.getFilePath()), line, col: column };
}

export function locAtPos(sf: SourceFile, pos: number): SourceLoc {
  const { line, column } = sf.getLineAndColumnAtPos(pos);
  return { file: displayPath(sf.getFilePath()), line, col: column };
}

/** A user error at `node`: `code` is stable, `message` says what is wrong, `hint` what to do. */
export function errorAt(node: Node, code: string, message: string, hint?: string): CompileError {
  return new CompileError(code, message, {
    loc: locOf(node),
    source: node.getSourceFile().getFullText(),
    ...(hint !== undefined ? { hint } : {}),
  });
}

/** Re-homes an error raised without a location (e.g. by an op's shape rule) at `node`. */
export function locate(e: unknown, node: Node): CompileError {
  if (e instanceof CompileError) {
    if (e.loc) return e;
    return new CompileError(e.code, e.message, {
      loc: locOf(node),
      source: node.getSourceFile().getFullText(),
      ...(e.hint !== undefined ? { hint: e.hint } : {}),
    });
  }
  const what = e instanceof Error ? e.message : String(e);
  return errorAt(node, 'E_INTERNAL', `internal error while compiling this expression: ${what}`, 'this is a bug in dlc; please report it with the model file');
}

/** Closest candidates by edit distance, for "did you mean" hints. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const best = closestName(name, candidates);
  return best !== undefined ? `did you mean '${best}'?` : undefined;
}

/** The candidate nearest to `name` by edit distance, when it is near enough to be a likely typo. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  // An abbreviation (`std` for `stddev`) names the one candidate it begins, before any near typo.
  const lower = name.toLowerCase();
  const starts = lower.length >= 3 ? [...candidates].filter((c) => c.toLowerCase().startsWith(lower) && c.length > name.length) : [];
  if (starts.length === 1) return starts[0];
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The key of a `key: value` property when `node` is its value (unknown options point at their name). */
export function keyNode(node: Node): Node {
  const parent = node.getParent();
  return parent && Node.isPropertyAssignment(parent) ? parent.getNameNode() : node;
}
