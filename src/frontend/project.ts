/** @file The shared ts-morph project: 'dlc' mapped to src/dsl, syntax errors, and TypeScript diagnostics as CompileErrors. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Project, SourceFile, ts } from 'ts-morph';
import { tsMorph } from './ts-morph-lazy.ts';
import { CompileError } from '../ir/index.ts';
import { displayPath, locAtPos } from './diag.ts';

/** From source, the DSL's TypeScript; from the published dist/ (JavaScript), its emitted declarations. */
const DSL_INDEX = resolve(join(dirname(fileURLToPath(import.meta.url)), '..', 'dsl', import.meta.url.endsWith('.ts') ? 'index.ts' : 'index.d.ts'));

let shared: Project | undefined;

/**
 * One project per process: creating it and loading lib.d.ts dominate a cold `dlc check`, so it is
 * reused. Only the ES2022 lib and no @types are loaded; lib files are not type-checked.
 */
export function project(): Project {
  const { Project, ts } = tsMorph();
  shared ??= new Project({
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts'],
      types: [],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      allowImportingTsExtensions: true,
      paths: { dlc: [DSL_INDEX] },
    },
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
  });
  return shared;
}

/**
 * Loads (or reloads, when it changed on disk) a model file; undefined when it cannot be read. A
 * changed file is parsed afresh rather than refreshed in place: ts-morph's refresh diffs the old and
 * new trees recursively and overflows the stack on deeply nested code that parses fine.
 */
export function loadSource(path: string): SourceFile | undefined {
  const p = project();
  const abs = resolve(path);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
  const existing = p.getSourceFile(abs);
  if (existing?.getFullText() === text) return existing;
  if (existing) p.removeSourceFile(existing);
  try {
    return p.createSourceFile(abs, text, { overwrite: true });
  } catch (e) {
    if (isStackOverflow(e)) throw nestingError(abs, text);
    throw e;
  }
}

/** How the JavaScript engine reports running out of stack (V8: "Maximum call stack size exceeded"). */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/**
 * TypeScript's parser is recursive, so code nested a few hundred levels deep overflows it. The error
 * points at the deepest bracket when brackets are the cause, else at the shortest prefix of the file
 * that still overflows the parser (operator chains such as `- - - x` or `a ? b ? …`).
 */
function nestingError(abs: string, text: string): CompileError {
  const at = deepestBracket(text) ?? shortestOverflowingPrefix(text) - 1;
  const before = text.slice(0, Math.max(0, at)).split(/\r?\n/);
  const loc = { file: displayPath(abs), line: before.length, col: (before.at(-1)?.length ?? 0) + 1 };
  return new CompileError('E_NESTING', 'code here nests too deeply to parse (hundreds of levels of brackets or operators)', {
    loc,
    source: text,
    hint: 'name intermediate values with const, or build repeated structure with a for loop',
  });
}

/** Brackets nested this deep cannot be what overflowed the parser on their own. */
const DEEP_BRACKETS = 64;

/** The offset of the first bracket at the file's greatest bracket depth, when that depth is large. */
function deepestBracket(text: string): number | undefined {
  const { ts } = tsMorph();
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, text);
  const K = ts.SyntaxKind;
  let depth = 0;
  let best = { depth: 0, at: 0 };
  for (let k = scanner.scan(); k !== K.EndOfFileToken; k = scanner.scan()) {
    if (k === K.OpenParenToken || k === K.OpenBracketToken || k === K.OpenBraceToken) depth++;
    else if (k === K.CloseParenToken || k === K.CloseBracketToken || k === K.CloseBraceToken) depth = Math.max(0, depth - 1);
    if (depth > best.depth) best = { depth, at: scanner.getTokenStart() };
  }
  return best.depth >= DEEP_BRACKETS ? best.at : undefined;
}

/** Binary search; the parser's recursion depth grows with the nesting open at a prefix's end. */
function shortestOverflowingPrefix(text: string): number {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (overflowsParser(text.slice(0, mid))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function overflowsParser(text: string): boolean {
  const { ts } = tsMorph();
  try {
    ts.createSourceFile('probe.ts', text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
    return false;
  } catch (e) {
    return isStackOverflow(e);
  }
}

/** Parse errors, from the parser's own diagnostics (no type checker needed). */
export function syntaxErrors(sf: SourceFile): CompileError[] {
  const diags = (sf.compilerNode as unknown as { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  return diags.map((d) => toError(sf, d, 'E_SYNTAX'));
}

/** The files the project has read besides declarations and dlc's own DSL: the model files TypeScript checks. */
export function projectFiles(): string[] {
  return project().getSourceFiles().filter((f) => !f.isDeclarationFile() && !f.getFilePath().startsWith(dirname(DSL_INDEX))).map((f) => f.getFilePath());
}

/** TypeScript's errors in the model file and the files it imports (not in dlc's own declarations). */
export function typeErrors(sf: SourceFile): CompileError[] {
  const program = project().getProgram().compilerObject;
  const errors: CompileError[] = [];
  const { DiagnosticCategory } = tsMorph();
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || file.fileName.startsWith(dirname(DSL_INDEX))) continue;
    const wrapped = project().getSourceFile(file.fileName);
    if (!wrapped || (wrapped !== sf && !isImportedBy(wrapped, sf))) continue;
    for (const d of [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]) {
      if (d.category === DiagnosticCategory.Error) errors.push(toError(wrapped, d, 'E_TS'));
    }
  }
  return errors;
}

function isImportedBy(dep: SourceFile, root: SourceFile): boolean {
  return root.getReferencedSourceFiles().includes(dep);
}

function toError(sf: SourceFile, d: ts.Diagnostic, code: string): CompileError {
  const loc = locAtPos(sf, d.start ?? 0);
  const message = tsMorph().ts.flattenDiagnosticMessageText(d.messageText, '\n  ');
  return new CompileError(code, `${message} (TS${d.code})`, { loc, source: sf.getFullText() });
}
