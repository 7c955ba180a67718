/** @file The shared ts-morph project: 'dlc' mapped to src/dsl, syntax errors, and TypeScript diagnostics as CompileErrors. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosticCategory, Project, ts, type SourceFile } from 'ts-morph';
import { CompileError } from '../ir/index.ts';
import { locAtPos } from './diag.ts';

const DSL_INDEX = resolve(join(dirname(fileURLToPath(import.meta.url)), '..', 'dsl', 'index.ts'));

let shared: Project | undefined;

/**
 * One project per process: creating it and loading lib.d.ts dominate a cold `dlc check`, so it is
 * reused. Only the ES2022 lib and no @types are loaded; lib files are not type-checked.
 */
export function project(): Project {
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

/** Loads (or reloads, when it changed on disk) a model file. */
export function loadSource(path: string): SourceFile | undefined {
  const p = project();
  const abs = resolve(path);
  const existing = p.getSourceFile(abs);
  if (existing) {
    existing.refreshFromFileSystemSync();
    return existing;
  }
  try {
    return p.addSourceFileAtPath(abs);
  } catch {
    return undefined;
  }
}

/** Parse errors, from the parser's own diagnostics (no type checker needed). */
export function syntaxErrors(sf: SourceFile): CompileError[] {
  const diags = (sf.compilerNode as unknown as { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  return diags.map((d) => toError(sf, d, 'E_SYNTAX'));
}

/** TypeScript's errors in the model file and the files it imports (not in dlc's own declarations). */
export function typeErrors(sf: SourceFile): CompileError[] {
  const program = project().getProgram().compilerObject;
  const errors: CompileError[] = [];
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
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n  ');
  return new CompileError(code, `${message} (TS${d.code})`, { loc, source: sf.getFullText() });
}
