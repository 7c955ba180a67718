/** @file The static evaluator's statements and function inlining (scopes, loops with constant bounds, returns). */
import { Node, SyntaxKind } from './ts-morph-lazy.ts';
import { errorAt } from './diag.ts';
import { checkAnnotation, type TypeBindings } from './annotations.ts';
import { arithmetic, arrayLiteral, constantCondition, evalExpr, located, numeric, unsupported } from './evaluate.ts';
import { MAX_CALL_DEPTH, Scope, STEP_BUDGET, type Interp } from './interp.ts';
import { CompileError } from '../ir/index.ts';
import type { Located } from './args.ts';
import { describe, FnVal, ObjVal, type Val } from './values.ts';

type Completion = { kind: 'return'; value: Val } | { kind: 'break' } | { kind: 'continue' } | undefined;

/** Inlines a user function: binds parameters, runs the body, checks typed-shape annotations. */
export function callFunction(ip: Interp, fn: FnVal, args: readonly Located[], callNode: Node): Val {
  const node = fn.node;
  if (!Node.isFunctionDeclaration(node) && !Node.isArrowFunction(node) && !Node.isFunctionExpression(node) && !Node.isMethodDeclaration(node)) {
    throw unsupported(node);
  }
  if (node.isAsync() || (!Node.isArrowFunction(node) && node.isGenerator())) {
    throw errorAt(node, 'E_UNSUPPORTED_SYNTAX', 'async functions and generators are not supported in a model definition');
  }
  if (ip.depth >= MAX_CALL_DEPTH) {
    throw errorAt(callNode, 'E_RECURSION', `helper calls nest deeper than ${MAX_CALL_DEPTH} levels`, 'helpers are inlined at compile time; recursion must stop at a constant depth');
  }
  const scope = new Scope(fn.env as Scope);
  const typeVars: TypeBindings = new Map();
  const typeParams = new Set(node.getTypeParameters().map((t) => t.getName()));
  node.getParameters().forEach((p, i) => {
    let v = args[i]?.value;
    if (p.isRestParameter()) v = args.slice(i).map((a) => a.value);
    const init = p.getInitializer();
    if (v === undefined && init) v = evalExpr(ip, init, scope);
    const ann = p.getTypeNode();
    if (ann) checkAnnotation(ann, v, typeParams, typeVars, `parameter '${p.getName()}'`);
    bindPattern(ip, p.getNameNode(), v, scope, true);
  });
  ip.depth++;
  try {
    const body = node.getBody();
    if (!body) throw errorAt(node, 'E_UNSUPPORTED_SYNTAX', 'a function without a body cannot be inlined');
    const result = Node.isBlock(body) ? returned(execBlock(ip, body.getStatements(), scope)) : evalExpr(ip, body, scope);
    const ret = node.getReturnTypeNode();
    if (ret) checkAnnotation(ret, result, typeParams, typeVars, 'the return value');
    return result;
  } finally {
    ip.depth--;
  }
}

function returned(c: Completion): Val {
  return c?.kind === 'return' ? c.value : undefined;
}

/** Runs statements in order, with function declarations hoisted as JavaScript does. */
export function execBlock(ip: Interp, stmts: readonly Node[], scope: Scope): Completion {
  for (const s of stmts) {
    if (Node.isFunctionDeclaration(s) && s.getName()) scope.set(s.getName()!, new FnVal(s, scope, s.getName()!), s);
  }
  for (const s of stmts) {
    let c: Completion;
    try {
      c = exec(ip, s, scope);
    } catch (e) {
      throw e instanceof CompileError ? e : located(e, s);
    }
    if (c) return c;
  }
  return undefined;
}

export function exec(ip: Interp, s: Node, scope: Scope): Completion {
  ip.tick(s);
  if (Node.isVariableStatement(s)) {
    const mutable = s.getDeclarationKind() !== 'const';
    for (const d of s.getDeclarations()) {
      const init = d.getInitializer();
      const v = init ? evalExpr(ip, init, scope) : undefined;
      const ann = d.getTypeNode();
      if (ann && init) checkAnnotation(ann, v, new Set(), new Map(), `'${d.getName()}'`);
      bindPattern(ip, d.getNameNode(), v, scope, mutable);
    }
    return undefined;
  }
  if (Node.isExpressionStatement(s)) {
    statementExpr(ip, s.getExpression(), scope);
    return undefined;
  }
  if (Node.isReturnStatement(s)) {
    const e = s.getExpression();
    return { kind: 'return', value: e ? evalExpr(ip, e, scope) : undefined };
  }
  if (Node.isIfStatement(s)) {
    const cond = constantCondition(evalExpr(ip, s.getExpression(), scope), s.getExpression());
    const branch = cond ? s.getThenStatement() : s.getElseStatement();
    return branch ? exec(ip, branch, scope) : undefined;
  }
  if (Node.isBlock(s)) return execBlock(ip, s.getStatements(), new Scope(scope));
  if (Node.isForStatement(s)) return execFor(ip, s, scope);
  if (Node.isForOfStatement(s)) return execForOf(ip, s, scope);
  if (Node.isBreakStatement(s)) return { kind: 'break' };
  if (Node.isContinueStatement(s)) return { kind: 'continue' };
  if (Node.isFunctionDeclaration(s) || Node.isEmptyStatement(s) || Node.isTypeAliasDeclaration(s) || Node.isInterfaceDeclaration(s)) return undefined;
  if (Node.isWhileStatement(s) || Node.isDoStatement(s)) {
    throw errorAt(s, 'E_UNSUPPORTED_SYNTAX', 'while loops are not supported in a model definition', 'use a for loop with constant bounds: for (let i = 0; i < n; i++)');
  }
  throw unsupported(s);
}

function execFor(ip: Interp, s: Node, scope: Scope): Completion {
  if (!Node.isForStatement(s)) throw unsupported(s);
  const loopScope = new Scope(scope);
  const init = s.getInitializer();
  if (init && Node.isVariableDeclarationList(init)) {
    for (const d of init.getDeclarations()) {
      const i = d.getInitializer();
      bindPattern(ip, d.getNameNode(), i ? evalExpr(ip, i, loopScope) : undefined, loopScope, true);
    }
  } else if (init) {
    statementExpr(ip, init, loopScope);
  }
  const cond = s.getCondition();
  const inc = s.getIncrementor();
  try {
    return loop(ip, s, cond, inc, loopScope);
  } catch (e) {
    // Report a runaway loop at its condition, not wherever the budget happened to run out.
    if (e instanceof CompileError && e.code === 'E_BUDGET' && e.message.includes('evaluation steps')) {
      throw errorAt(cond ?? s, 'E_BUDGET', `this loop runs past the evaluation budget (${STEP_BUDGET} steps)`, 'loops in a model definition need compile-time bounds that end');
    }
    throw e;
  }
}

function loop(ip: Interp, s: Node & { getStatement(): Node }, cond: Node | undefined, inc: Node | undefined, loopScope: Scope): Completion {
  for (;;) {
    if (cond && !constantCondition(evalExpr(ip, cond, loopScope), cond)) return undefined;
    const c = exec(ip, s.getStatement(), new Scope(loopScope));
    if (c?.kind === 'return') return c;
    if (c?.kind === 'break') return undefined;
    if (inc) statementExpr(ip, inc, loopScope);
  }
}

function execForOf(ip: Interp, s: Node, scope: Scope): Completion {
  if (!Node.isForOfStatement(s)) throw unsupported(s);
  const items = evalExpr(ip, s.getExpression(), scope);
  if (!Array.isArray(items)) throw errorAt(s.getExpression(), 'E_NOT_CONSTANT', `for…of needs a constant array, got ${describe(items)}`);
  const init = s.getInitializer();
  const decl = Node.isVariableDeclarationList(init) ? init.getDeclarations()[0] : undefined;
  if (!decl) throw errorAt(init, 'E_UNSUPPORTED_SYNTAX', 'declare the loop variable: for (const x of xs)');
  for (const item of items as Val[]) {
    const body = new Scope(scope);
    bindPattern(ip, decl.getNameNode(), item, body, true);
    const c = exec(ip, s.getStatement(), body);
    if (c?.kind === 'return') return c;
    if (c?.kind === 'break') return undefined;
  }
  return undefined;
}

/** Expressions in statement position: calls, assignments, compound assignments, ++ and --. */
function statementExpr(ip: Interp, e: Node, scope: Scope): void {
  if (Node.isPostfixUnaryExpression(e) || (Node.isPrefixUnaryExpression(e) && [SyntaxKind.PlusPlusToken, SyntaxKind.MinusMinusToken].includes(e.getOperatorToken()))) {
    const target = e.getOperand();
    const delta = e.getOperatorToken() === SyntaxKind.PlusPlusToken ? 1 : -1;
    assign(target, numeric(evalExpr(ip, target, scope), target) + delta, scope);
    return;
  }
  if (Node.isBinaryExpression(e)) {
    const op = e.getOperatorToken().getKind();
    if (op === SyntaxKind.EqualsToken) {
      assign(e.getLeft(), evalExpr(ip, e.getRight(), scope), scope);
      return;
    }
    if (op >= SyntaxKind.FirstCompoundAssignment && op <= SyntaxKind.LastCompoundAssignment) {
      const base = compound()[op];
      if (base === undefined) throw unsupported(e);
      const v = arithmetic(base, evalExpr(ip, e.getLeft(), scope), evalExpr(ip, e.getRight(), scope), e, e.getLeft(), e.getRight());
      assign(e.getLeft(), v, scope);
      return;
    }
  }
  evalExpr(ip, e, scope);
}

let compoundOps: Partial<Record<SyntaxKind, SyntaxKind>> | undefined;

/** `+=` → `+` and so on; made at first use, so importing this module does not load ts-morph (ts-morph-lazy.ts). */
function compound(): Partial<Record<SyntaxKind, SyntaxKind>> {
  return (compoundOps ??= {
    [SyntaxKind.PlusEqualsToken]: SyntaxKind.PlusToken,
    [SyntaxKind.MinusEqualsToken]: SyntaxKind.MinusToken,
    [SyntaxKind.AsteriskEqualsToken]: SyntaxKind.AsteriskToken,
    [SyntaxKind.SlashEqualsToken]: SyntaxKind.SlashToken,
  });
}

function assign(target: Node, v: Val, scope: Scope): void {
  if (!Node.isIdentifier(target)) {
    throw errorAt(target, 'E_UNSUPPORTED_SYNTAX', 'only variables can be assigned in a model definition (objects and arrays are immutable)');
  }
  const b = scope.lookup(target.getText());
  if (!b) throw errorAt(target, 'E_UNDEFINED', `'${target.getText()}' is not defined`);
  if (!b.mutable) throw errorAt(target, 'E_CONST_ASSIGN', `'${target.getText()}' is a const and cannot be reassigned`, 'declare it with let');
  b.value = v;
}

/** Binds identifiers and object/array destructuring patterns. */
export function bindPattern(ip: Interp, name: Node, v: Val, scope: Scope, mutable: boolean): void {
  if (Node.isIdentifier(name)) {
    scope.declare(name.getText(), v, mutable, name);
    return;
  }
  if (Node.isObjectBindingPattern(name)) {
    if (!(v instanceof ObjVal)) throw errorAt(name, 'E_OPTION_TYPE', `cannot destructure ${describe(v)} as an object`);
    for (const el of name.getElements()) {
      const key = el.getPropertyNameNode()?.getText() ?? el.getName();
      let x = v.props.get(key);
      const init = el.getInitializer();
      if (x === undefined && init) x = evalExpr(ip, init, scope);
      bindPattern(ip, el.getNameNode(), x, scope, mutable);
    }
    return;
  }
  if (Node.isArrayBindingPattern(name)) {
    if (!Array.isArray(v)) throw errorAt(name, 'E_OPTION_TYPE', `cannot destructure ${describe(v)} as an array`);
    name.getElements().forEach((el, i) => {
      if (Node.isOmittedExpression(el)) return;
      const x = el.getDotDotDotToken() ? (v as Val[]).slice(i) : (v as Val[])[i];
      bindPattern(ip, el.getNameNode(), x, scope, mutable);
    });
    return;
  }
  throw unsupported(name);
}

export { arrayLiteral };
