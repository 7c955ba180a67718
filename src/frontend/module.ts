/** @file Loads model files: top-level statements, imports from 'dlc' and from other model files, exports. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { SourceFile } from 'ts-morph';
import { Node } from './ts-morph-lazy.ts';
import { CompileError } from '../ir/index.ts';
import { DSL_TYPES, DSL_VALUES } from './builtins.ts';
import { suggestName } from './layer-synonyms.ts';
import { didYouMean, displayPath, errorAt } from './diag.ts';
import { evalExpr, unsupported } from './evaluate.ts';
import { Interp, Scope, type ModuleLoader, type ModuleRecord } from './interp.ts';
import { loadSource, syntaxErrors } from './project.ts';
import { bindPattern, execBlock } from './statements.ts';
import { BuiltinVal, FnVal, ObjVal, type Val } from './values.ts';

export class Loader implements ModuleLoader {
  readonly modules = new Map<string, ModuleRecord>();
  readonly ip = new Interp(this);
  private readonly stack: string[] = [];

  /** The entry file; a missing file or a syntax error is reported before anything is evaluated. */
  entry(path: string): ModuleRecord {
    const sf = loadSource(path);
    if (!sf || !existsSync(resolve(path))) throw new CompileError('E_FILE_NOT_FOUND', `cannot read model file ${path}`);
    return this.evaluate(sf);
  }

  load(from: SourceFile, specifier: string, at: Node): ModuleRecord {
    const base = resolve(dirname(from.getFilePath()), specifier);
    const path = [base, `${base}.ts`, base.replace(/\.js$/, '.ts')].find((p) => existsSync(p) && p.endsWith('.ts'));
    if (!path) throw errorAt(at, 'E_IMPORT_NOT_FOUND', `cannot find model file '${specifier}'`, `looked for ${displayPath(base)} and ${displayPath(base)}.ts`);
    const rec = this.modules.get(path);
    if (rec?.state === 'loading') {
      const chain = [...this.stack.slice(this.stack.indexOf(path)), path].map(displayPath).join(' → ');
      throw errorAt(at, 'E_IMPORT_CYCLE', `model files import each other in a cycle: ${chain}`, 'move the shared blocks into a third file that both import');
    }
    if (rec) return rec;
    const sf = loadSource(path);
    if (!sf) throw errorAt(at, 'E_IMPORT_NOT_FOUND', `cannot read model file '${specifier}'`);
    return this.evaluate(sf);
  }

  private evaluate(sf: SourceFile): ModuleRecord {
    const syntax = syntaxErrors(sf);
    if (syntax.length > 0) throw syntax[0];
    const rec: ModuleRecord = { file: sf, scope: new Scope(), exports: new Map(), state: 'loading' };
    const path = sf.getFilePath();
    this.modules.set(path, rec);
    this.stack.push(path);
    try {
      this.run(rec);
    } finally {
      this.stack.pop();
    }
    rec.state = 'done';
    return rec;
  }

  private run(rec: ModuleRecord): void {
    const stmts = rec.file.getStatements();
    for (const s of stmts) if (Node.isImportDeclaration(s)) this.importFrom(rec, s);
    for (const s of stmts) {
      if (Node.isFunctionDeclaration(s) && s.getName()) {
        rec.scope.set(s.getName()!, new FnVal(s, rec.scope, s.getName()!), s);
        // Syntactic checks only: isExported() falls back to the type checker, whose binder is slow and
        // overflows the stack on deeply nested code; `export { f }` is handled with export declarations.
        if (s.hasExportKeyword()) rec.exports.set(s.hasDefaultKeyword() ? 'default' : s.getName()!, rec.scope.lookup(s.getName()!)!.value);
      }
    }
    for (const s of stmts) this.topLevel(rec, s);
  }

  private topLevel(rec: ModuleRecord, s: Node): void {
    const ip = this.ip;
    if (Node.isImportDeclaration(s) || Node.isFunctionDeclaration(s) || Node.isTypeAliasDeclaration(s) || Node.isInterfaceDeclaration(s) || Node.isEmptyStatement(s)) return;
    if (Node.isVariableStatement(s)) {
      execBlock(ip, [s], rec.scope);
      if (s.hasExportKeyword()) for (const d of s.getDeclarations()) rec.exports.set(d.getName(), rec.scope.lookup(d.getName())?.value);
      return;
    }
    if (Node.isExportAssignment(s)) {
      rec.exports.set('default', evalExpr(ip, s.getExpression(), rec.scope));
      return;
    }
    if (Node.isExportDeclaration(s)) {
      if (s.getModuleSpecifier()) throw errorAt(s, 'E_UNSUPPORTED_SYNTAX', "re-exporting from another file is not supported; import the value, then export it");
      for (const e of s.getNamedExports()) {
        const local = e.getNameNode().getText();
        const b = rec.scope.lookup(local);
        if (!b) throw errorAt(e, 'E_UNDEFINED', `'${local}' is not defined`);
        rec.exports.set(e.getAliasNode()?.getText() ?? local, b.value);
      }
      return;
    }
    if (Node.isExpressionStatement(s) || Node.isForStatement(s) || Node.isForOfStatement(s) || Node.isIfStatement(s) || Node.isBlock(s)) {
      execBlock(ip, [s], rec.scope);
      return;
    }
    throw unsupported(s);
  }

  private importFrom(rec: ModuleRecord, s: Node): void {
    if (!Node.isImportDeclaration(s)) return;
    if (s.isTypeOnly()) return;
    // The parser accepts any expression here (for error recovery); only the checker rejects it.
    const specNode = s.getNodeProperty('moduleSpecifier');
    if (!Node.isStringLiteral(specNode)) throw errorAt(specNode, 'E_SYNTAX', "an import's module name must be a quoted string", "write import { dense } from 'dlc'");
    const spec = specNode.getLiteralValue();
    if (spec === 'dlc') return this.importDsl(rec, s);
    if (!spec.startsWith('.')) {
      throw errorAt(specNode, 'E_UNSUPPORTED_IMPORT', `model files may import only from 'dlc' and other model files, not '${spec}'`, 'model files are read statically; libraries cannot run at compile time');
    }
    const dep = this.load(rec.file, spec, specNode);
    const def = s.getDefaultImport();
    if (def) rec.scope.declare(def.getText(), this.exported(dep, 'default', def), false, def);
    const ns = s.getNamespaceImport();
    if (ns) rec.scope.declare(ns.getText(), new ObjVal(new Map(dep.exports)), false, ns);
    for (const n of s.getNamedImports()) {
      if (n.isTypeOnly()) continue;
      const local = n.getAliasNode() ?? n.getNameNode();
      rec.scope.declare(local.getText(), this.exported(dep, n.getName(), n), false, n);
    }
  }

  private exported(dep: ModuleRecord, name: string, at: Node): Val {
    if (!dep.exports.has(name)) {
      const what = name === 'default' ? 'no default export' : `no export named '${name}'`;
      throw errorAt(at, 'E_MISSING_EXPORT', `${displayPath(dep.file.getFilePath())} has ${what}`, didYouMean(name, dep.exports.keys()) ?? (dep.exports.size ? `it exports ${[...dep.exports.keys()].join(', ')}` : 'it exports nothing'));
    }
    return dep.exports.get(name);
  }

  private importDsl(rec: ModuleRecord, s: Node): void {
    if (!Node.isImportDeclaration(s)) return;
    const def = s.getDefaultImport();
    if (def) throw errorAt(def, 'E_UNKNOWN_LAYER', "'dlc' has no default export", "import names: import { sequential, dense } from 'dlc'");
    const ns = s.getNamespaceImport();
    if (ns) rec.scope.declare(ns.getText(), new ObjVal(new Map([...DSL_VALUES].map((n) => [n, new BuiltinVal(n)]))), false, ns);
    for (const n of s.getNamedImports()) {
      const name = n.getName();
      if (n.isTypeOnly() || DSL_TYPES.has(name)) continue;
      if (!DSL_VALUES.has(name)) {
        throw errorAt(n, 'E_UNKNOWN_LAYER', `'dlc' has no layer or function named '${name}'`, suggestName(name, DSL_VALUES) ?? 'see src/dsl/index.ts for the list of layers');
      }
      const local = n.getAliasNode() ?? n.getNameNode();
      rec.scope.declare(local.getText(), new BuiltinVal(name), false, n);
    }
  }
}

export { bindPattern };
