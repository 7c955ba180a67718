/** @file The static evaluator's expressions: constants, arithmetic, literals, property access and calls. */
import type { Expression } from 'ts-morph';
import { Node, SyntaxKind } from './ts-morph-lazy.ts';
import { CompileError } from '../ir/index.ts';
import { didYouMean, errorAt, locate } from './diag.ts';
import { isStackOverflow } from './project.ts';
import { callValue } from './call.ts';
import { DSL_VALUES } from './builtins.ts';
import { suggestName } from './layer-synonyms.ts';
import { MAX_ARRAY_LENGTH, MAX_CALL_ARGS, MAX_NESTING, MAX_STRING_LENGTH, type Interp, type Scope } from './interp.ts';
import { BuiltinVal, describe, FnVal, LayerVal, ModelVal, ObjVal, TensorVal, type Val } from './values.ts';

/** Globals a model may not read: their values are only known when code runs. */
const RUNTIME_GLOBALS = new Set(['process', 'Date', 'fetch', 'require', 'window', 'document', 'globalThis', 'performance', 'crypto', 'console', 'setTimeout']);
/** Pure Math members that are compile-time constants. */
const MATH_FUNCS = new Set(['floor', 'ceil', 'round', 'trunc', 'abs', 'min', 'max', 'sqrt', 'pow', 'log', 'log2', 'exp', 'sign']);
const MATH_CONSTS: Record<string, number> = { PI: Math.PI, E: Math.E, SQRT2: Math.SQRT2, LN2: Math.LN2 };

export function evalExpr(ip: Interp, node: Node, scope: Scope): Val {
  ip.tick(node);
  // The evaluator recurses per level of nesting: refuse absurd depths before the stack runs out.
  if (ip.nesting >= MAX_NESTING) {
    throw errorAt(node, 'E_NESTING', `expressions here nest more than ${MAX_NESTING} levels deep`, 'name intermediate values with const, or build repeated structure with a for loop');
  }
  ip.nesting++;
  try {
    return evalNode(ip, node, scope);
  } catch (e) {
    throw e instanceof CompileError ? e : located(e, node);
  } finally {
    ip.nesting--;
  }
}

/** Whatever goes wrong while evaluating `node` is reported there (the innermost node that saw it). */
export function located(e: unknown, node: Node): CompileError {
  if (isStackOverflow(e)) return errorAt(node, 'E_NESTING', 'this expression nests or recurses too deeply to evaluate', 'name intermediate values with const, or build repeated structure with a for loop');
  if (e instanceof RangeError && /invalid (array|string) length|allocation failed/i.test(e.message)) return tooLarge(node, 'a value here', Infinity);
  return locate(e, node);
}

/** E_VALUE_TOO_LARGE: an array or string past its size bound, at the expression that builds it. */
export function tooLarge(node: Node, what: string, limit: number): CompileError {
  const size = Number.isFinite(limit) ? `hold more than the ${limit} elements a model definition may build` : 'be larger than a model definition may build';
  return errorAt(node, 'E_VALUE_TOO_LARGE', `${what} would ${size}`, 'a model definition needs only short lists and names; is a loop doubling an array or string?');
}

/** A string result, refused before it is built when it would exceed MAX_STRING_LENGTH. */
export function concatStrings(a: string, b: string, node: Node): string {
  if (a.length + b.length > MAX_STRING_LENGTH) throw errorAt(node, 'E_VALUE_TOO_LARGE', `this string would be ${a.length + b.length} characters long, more than the ${MAX_STRING_LENGTH} a model definition may build`, 'a model definition needs only short names and labels; is a loop doubling a string?');
  return a + b;
}

function evalNode(ip: Interp, node: Node, scope: Scope): Val {
  // Not getLiteralValue(): ts-morph reads '1e-7' as 1 (it drops a negative exponent); Number() takes every JS numeric form once separators go.
  if (Node.isNumericLiteral(node)) return Number(node.getText().replace(/_/g, ''));
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return node.getLiteralValue();
  if (Node.isTemplateExpression(node)) return template(ip, node, scope);
  const kind = node.getKind();
  if (kind === SyntaxKind.TrueKeyword) return true;
  if (kind === SyntaxKind.FalseKeyword) return false;
  if (kind === SyntaxKind.NullKeyword) return null;
  if (Node.isIdentifier(node)) return identifier(node, scope);
  if (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isSatisfiesExpression(node) || Node.isNonNullExpression(node) || Node.isTypeAssertion(node)) {
    return evalExpr(ip, node.getExpression(), scope);
  }
  if (Node.isArrayLiteralExpression(node)) return arrayLiteral(ip, node.getElements(), scope);
  if (Node.isObjectLiteralExpression(node)) return objectLiteral(ip, node, scope);
  if (Node.isArrowFunction(node) || Node.isFunctionExpression(node)) return new FnVal(node, scope, node.getText().slice(0, 20));
  if (Node.isCallExpression(node)) return call(ip, node, scope);
  if (Node.isPropertyAccessExpression(node)) return property(ip, node, scope);
  if (Node.isElementAccessExpression(node)) return element(ip, node, scope);
  if (Node.isPrefixUnaryExpression(node)) return prefix(ip, node, scope);
  if (Node.isBinaryExpression(node)) return binary(ip, node, scope);
  if (Node.isConditionalExpression(node)) {
    const c = constantCondition(evalExpr(ip, node.getCondition(), scope), node.getCondition());
    return evalExpr(ip, c ? node.getWhenTrue() : node.getWhenFalse(), scope);
  }
  if (Node.isPostfixUnaryExpression(node)) {
    throw errorAt(node, 'E_UNSUPPORTED_SYNTAX', 'increments are supported only as statements (i++ in a for loop)');
  }
  throw unsupported(node);
}

export function unsupported(node: Node): Error {
  const what = node.getKindName().replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return errorAt(node, 'E_UNSUPPORTED_SYNTAX', `${what} is not supported in a model definition`, 'model files are read statically: use constants, arithmetic, arrays, objects, functions, for loops with constant bounds and if on constants');
}

function identifier(node: Node, scope: Scope): Val {
  const name = node.getText();
  if (name === 'undefined') return undefined;
  if (name === 'Infinity') return Infinity;
  if (name === 'NaN') return NaN;
  const b = scope.lookup(name);
  if (b) return b.value;
  if (name === 'Math') return new BuiltinVal('Math');
  if (RUNTIME_GLOBALS.has(name)) {
    throw errorAt(node, 'E_NOT_CONSTANT', `'${name}' is only known when code runs; a model definition must be a compile-time constant`);
  }
  throw errorAt(node, 'E_UNDEFINED', `'${name}' is not defined`, suggestName(name, allNames(scope)) ?? `import it from 'dlc' or declare it with const`);
}

function allNames(scope: Scope): string[] {
  return [...scope.names(), ...DSL_VALUES];
}

function template(ip: Interp, node: Node, scope: Scope): string {
  if (!Node.isTemplateExpression(node)) throw unsupported(node);
  let s = node.getHead().getLiteralText();
  for (const span of node.getTemplateSpans()) {
    const v = evalExpr(ip, span.getExpression(), scope);
    if (typeof v !== 'number' && typeof v !== 'string' && typeof v !== 'boolean') {
      throw errorAt(span.getExpression(), 'E_OPTION_TYPE', `only numbers and strings can be interpolated, got ${describe(v)}`);
    }
    s = concatStrings(s, String(v) + span.getLiteral().getLiteralText(), node);
  }
  return s;
}

export function arrayLiteral(ip: Interp, elements: readonly Node[], scope: Scope): Val[] {
  const out: Val[] = [];
  for (const e of elements) {
    if (Node.isSpreadElement(e)) {
      const v = evalExpr(ip, e.getExpression(), scope);
      if (!Array.isArray(v)) throw errorAt(e, 'E_OPTION_TYPE', `only arrays can be spread into an array, got ${describe(v)}`);
      if (out.length + v.length > MAX_ARRAY_LENGTH) throw tooLarge(e, 'this array', MAX_ARRAY_LENGTH);
      ip.copy(v.length, e);
      for (const x of v as Val[]) out.push(x);
    } else if (Node.isOmittedExpression(e)) {
      out.push(undefined);
    } else {
      out.push(evalExpr(ip, e, scope));
    }
    if (out.length > MAX_ARRAY_LENGTH) throw tooLarge(e, 'this array', MAX_ARRAY_LENGTH);
  }
  return out;
}

function objectLiteral(ip: Interp, node: Node, scope: Scope): ObjVal {
  if (!Node.isObjectLiteralExpression(node)) throw unsupported(node);
  const obj = new ObjVal(new Map(), new Map());
  for (const p of node.getProperties()) {
    if (Node.isSpreadAssignment(p)) {
      const v = evalExpr(ip, p.getExpression(), scope);
      if (!(v instanceof ObjVal)) throw errorAt(p, 'E_OPTION_TYPE', `only objects can be spread into an object, got ${describe(v)}`);
      if (obj.props.size + v.props.size > MAX_ARRAY_LENGTH) throw tooLarge(p, 'this object', MAX_ARRAY_LENGTH);
      ip.copy(v.props.size, p);
      for (const [k, x] of v.props) {
        obj.props.set(k, x);
        obj.nodes.set(k, v.nodes.get(k) ?? p);
      }
      continue;
    }
    const key = propertyKey(ip, p, scope);
    if (Node.isPropertyAssignment(p)) {
      obj.props.set(key, evalExpr(ip, p.getInitializerOrThrow(), scope));
      obj.nodes.set(key, p.getInitializerOrThrow());
    } else if (Node.isShorthandPropertyAssignment(p)) {
      obj.props.set(key, identifier(p.getNameNode(), scope));
      obj.nodes.set(key, p);
    } else if (Node.isMethodDeclaration(p)) {
      obj.props.set(key, new FnVal(p, scope, key));
      obj.nodes.set(key, p);
    } else {
      throw unsupported(p);
    }
  }
  return obj;
}

function propertyKey(ip: Interp, p: Node, scope: Scope): string {
  const nameNode = (p as unknown as { getNameNode?: () => Node }).getNameNode?.();
  if (!nameNode) throw unsupported(p);
  if (Node.isComputedPropertyName(nameNode)) return String(evalExpr(ip, nameNode.getExpression(), scope));
  if (Node.isStringLiteral(nameNode) || Node.isNumericLiteral(nameNode)) return String(nameNode.getLiteralValue());
  return nameNode.getText();
}

function call(ip: Interp, node: Node, scope: Scope): Val {
  if (!Node.isCallExpression(node)) throw unsupported(node);
  const calleeNode = node.getExpression();
  const callee = evalExpr(ip, calleeNode, scope);
  const args = [];
  for (const a of node.getArguments()) {
    if (Node.isSpreadElement(a)) {
      const v = evalExpr(ip, a.getExpression(), scope);
      if (!Array.isArray(v)) throw errorAt(a, 'E_OPTION_TYPE', `only arrays can be spread into arguments, got ${describe(v)}`);
      if (args.length + v.length > MAX_CALL_ARGS) throw errorAt(a, 'E_VALUE_TOO_LARGE', `this call would get ${args.length + v.length} arguments, more than the ${MAX_CALL_ARGS} a model definition may pass`, 'pass the array itself instead of spreading it');
      ip.copy(v.length, a);
      for (const x of v as Val[]) args.push({ value: x, node: a as Node });
    } else {
      args.push({ value: evalExpr(ip, a, scope), node: a as Node });
    }
  }
  return callValue(ip, callee, args, node, calleeNode);
}

function property(ip: Interp, node: Node, scope: Scope): Val {
  if (!Node.isPropertyAccessExpression(node)) throw unsupported(node);
  const obj = evalExpr(ip, node.getExpression(), scope);
  const name = node.getName();
  if (obj instanceof BuiltinVal && obj.name === 'Math') {
    if (Object.hasOwn(MATH_CONSTS, name)) return MATH_CONSTS[name];
    if (MATH_FUNCS.has(name)) return new BuiltinVal(`Math.${name}`);
    throw errorAt(node, 'E_NOT_CONSTANT', `Math.${name} is not a compile-time constant`, name === 'random' ? 'initialisers and dropout seeds give randomness; the definition itself must be deterministic' : undefined);
  }
  return member(obj, name, node);
}

/** `obj.name` / `obj[name]` on constants; `.length` of arrays and strings; `.shape` of tensors. */
function member(obj: Val, name: string, node: Node): Val {
  if (obj instanceof ObjVal) return obj.props.get(name);
  if (Array.isArray(obj)) {
    if (name === 'length') return obj.length;
    const i = Number(name);
    if (Number.isInteger(i)) return (obj as Val[])[i];
  }
  if (typeof obj === 'string' && name === 'length') return obj.length;
  if (obj instanceof TensorVal && name === 'shape') return [null, ...obj.shape];
  if (obj instanceof ModelVal && name === 'name') return obj.name;
  // TF.js's `layer.apply(x)` is applying the layer (or model): the value itself, then called.
  if ((obj instanceof LayerVal || obj instanceof ModelVal) && name === 'apply') return obj;
  if (obj === undefined || obj === null) throw errorAt(node, 'E_UNDEFINED', `cannot read '${name}' of ${describe(obj)}`);
  throw errorAt(node, 'E_UNSUPPORTED_SYNTAX', `reading '${name}' of ${describe(obj)} is not supported in a model definition`);
}

function element(ip: Interp, node: Node, scope: Scope): Val {
  if (!Node.isElementAccessExpression(node)) throw unsupported(node);
  const obj = evalExpr(ip, node.getExpression(), scope);
  const argNode = node.getArgumentExpression();
  if (!argNode) throw unsupported(node);
  const key = evalExpr(ip, argNode, scope);
  if (typeof key !== 'number' && typeof key !== 'string') throw errorAt(argNode, 'E_OPTION_TYPE', `an index must be a number or string, got ${describe(key)}`);
  if (Array.isArray(obj) && typeof key === 'number' && key < 0) return undefined;
  return member(obj, String(key), node);
}

function prefix(ip: Interp, node: Node, scope: Scope): Val {
  if (!Node.isPrefixUnaryExpression(node)) throw unsupported(node);
  const op = node.getOperatorToken();
  const v = evalExpr(ip, node.getOperand(), scope);
  if (op === SyntaxKind.ExclamationToken) return !constantCondition(v, node.getOperand());
  const x = numeric(v, node.getOperand());
  if (op === SyntaxKind.MinusToken) return -x;
  if (op === SyntaxKind.PlusToken) return x;
  if (op === SyntaxKind.TildeToken) return ~x;
  throw errorAt(node, 'E_UNSUPPORTED_SYNTAX', 'increments are supported only as statements (i++ in a for loop)');
}

/** A number for arithmetic; tensors get a hint, since `a + b` on tensors is a common first try. */
export function numeric(v: Val, node: Node): number {
  if (typeof v === 'number') return v;
  if (v instanceof TensorVal) {
    throw errorAt(node, 'E_TENSOR_ARITHMETIC', 'arithmetic operators work on compile-time numbers, not tensors', 'use add(a, b) to sum tensors, or a layer');
  }
  throw errorAt(node, 'E_OPTION_TYPE', `expected a number, got ${describe(v)}`);
}

/** A condition must be decidable at compile time. */
export function constantCondition(v: Val, node: Node): boolean {
  if (v instanceof TensorVal) {
    throw errorAt(node, 'E_NOT_CONSTANT', "this condition depends on a tensor's values, which are only known when the model runs", 'branch on compile-time constants (options, shapes, loop counters)');
  }
  if (typeof v === 'object' && v !== null) return true;
  return Boolean(v);
}

function binary(ip: Interp, node: Node, scope: Scope): Val {
  if (!Node.isBinaryExpression(node)) throw unsupported(node);
  const op = node.getOperatorToken().getKind();
  const l = node.getLeft();
  const r = node.getRight();
  if (op === SyntaxKind.AmpersandAmpersandToken) {
    const a = evalExpr(ip, l, scope);
    return constantCondition(a, l) ? evalExpr(ip, r, scope) : a;
  }
  if (op === SyntaxKind.BarBarToken) {
    const a = evalExpr(ip, l, scope);
    return constantCondition(a, l) ? a : evalExpr(ip, r, scope);
  }
  if (op === SyntaxKind.QuestionQuestionToken) {
    const a = evalExpr(ip, l, scope);
    return a ?? evalExpr(ip, r, scope);
  }
  if (op === SyntaxKind.EqualsToken || (op >= SyntaxKind.FirstCompoundAssignment && op <= SyntaxKind.LastCompoundAssignment)) {
    throw errorAt(node, 'E_UNSUPPORTED_SYNTAX', 'assignments are supported only as statements (h = layer(h);)');
  }
  return arithmetic(op, evalExpr(ip, l, scope), evalExpr(ip, r, scope), node as Expression, l, r);
}

export function arithmetic(op: SyntaxKind, a: Val, b: Val, node: Node, l: Node, r: Node): Val {
  switch (op) {
    case SyntaxKind.EqualsEqualsEqualsToken:
    case SyntaxKind.EqualsEqualsToken:
      return identical(a, b, l);
    case SyntaxKind.ExclamationEqualsEqualsToken:
    case SyntaxKind.ExclamationEqualsToken:
      return !identical(a, b, l);
    case SyntaxKind.PlusToken:
      if (typeof a === 'string' || typeof b === 'string') return concatStrings(String(a), String(b), node);
      return numeric(a, l) + numeric(b, r);
  }
  const x = numeric(a, l);
  const y = numeric(b, r);
  switch (op) {
    case SyntaxKind.MinusToken: return x - y;
    case SyntaxKind.AsteriskToken: return x * y;
    case SyntaxKind.SlashToken: return x / y;
    case SyntaxKind.PercentToken: return x % y;
    case SyntaxKind.AsteriskAsteriskToken: return x ** y;
    case SyntaxKind.LessThanToken: return x < y;
    case SyntaxKind.LessThanEqualsToken: return x <= y;
    case SyntaxKind.GreaterThanToken: return x > y;
    case SyntaxKind.GreaterThanEqualsToken: return x >= y;
    case SyntaxKind.AmpersandToken: return x & y;
    case SyntaxKind.BarToken: return x | y;
    case SyntaxKind.LessThanLessThanToken: return x << y;
    case SyntaxKind.GreaterThanGreaterThanToken: return x >> y;
  }
  throw errorAt(node, 'E_UNSUPPORTED_SYNTAX', `the operator ${node.getChildAtIndex(1)?.getText() ?? ''} is not supported in a model definition`);
}

function identical(a: Val, b: Val, node: Node): boolean {
  // Comparing tensors would branch on run-time values: constantCondition reports that.
  if (a instanceof TensorVal || b instanceof TensorVal) constantCondition(a instanceof TensorVal ? a : b, node);
  return a === b;
}
