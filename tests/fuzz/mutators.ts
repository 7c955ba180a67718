/**
 * @file Source mutators for frontend fuzzing: a model file is analysed once (tokens, numbers, option
 * values, identifiers, expressions, statement slots) and fast-check generates mutation *plans* that
 * are applied deterministically, so a failing case shrinks to a small plan and replays from its seed.
 */
import fc from 'fast-check';
import { ts } from 'ts-morph';

/** A half-open character range of the source. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a mutator can aim at in one source text. */
export interface Analysis {
  readonly src: string;
  readonly tokens: readonly Span[];
  readonly numbers: readonly Span[];
  /** Values that a DSL function reads as an option or argument: property initialisers and call arguments. */
  readonly values: readonly Span[];
  readonly identifiers: readonly Span[];
  readonly expressions: readonly Span[];
  /** Offsets where a statement may begin (top level, function bodies, blocks). */
  readonly slots: readonly number[];
}

export function analyse(src: string): Analysis {
  try {
    return analyseTree(src);
  } catch (e) {
    // An earlier mutation nested the code too deeply for TypeScript's parser: mutate tokens only.
    if (!(e instanceof RangeError)) throw e;
    return { src, tokens: scan(src), numbers: [], values: [], identifiers: [], expressions: [], slots: [] };
  }
}

function analyseTree(src: string): Analysis {
  const sf = ts.createSourceFile('model.ts', src, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const numbers: Span[] = [];
  const values: Span[] = [];
  const identifiers: Span[] = [];
  const expressions: Span[] = [];
  const slots: number[] = [];
  const visit = (n: ts.Node): void => {
    const span = { start: n.getStart(sf), end: n.getEnd() };
    if (ts.isNumericLiteral(n)) numbers.push(span);
    if (ts.isIdentifier(n)) identifiers.push(span);
    if (ts.isPropertyAssignment(n)) values.push({ start: n.initializer.getStart(sf), end: n.initializer.getEnd() });
    if (ts.isCallExpression(n)) for (const a of n.arguments) values.push({ start: a.getStart(sf), end: a.getEnd() });
    if (ts.isExpression(n) && span.end > span.start) expressions.push(span);
    if (ts.isSourceFile(n) || ts.isBlock(n)) {
      for (const s of n.statements) slots.push(s.getStart(sf));
      slots.push(n.end - (ts.isBlock(n) ? 1 : 0));
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { src, tokens: scan(src), numbers, values, identifiers, expressions, slots };
}

/** Every token's span, from TypeScript's own scanner (trivia excluded). */
function scan(src: string): Span[] {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, src);
  const out: Span[] = [];
  for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) {
    out.push({ start: scanner.getTokenStart(), end: scanner.getTokenEnd() });
  }
  return out;
}

/** Numbers that stress size checks, integer checks and float formatting. */
export const BAD_NUMBERS = ['0', '-1', '-0', '1e12', '2 ** 53', '2 ** 31', '1e308', '-1e308', 'NaN', 'Infinity', '-Infinity', '0.5', '2.5', '1e-320', '0x7fffffff', '-(2 ** 53)', '4294967296', 'Number.MAX_VALUE', '1_000_000_000'];

/** Values of the wrong type for almost any option: strings, arrays, objects, functions, tensors-to-be. */
export const WRONG_VALUES = [`'10'`, `'relu'`, `''`, '[]', '[1, 2]', '[[1], [2]]', '{}', '{ a: 1 }', 'null', 'undefined', 'true', 'false', '() => 1', 'dense', 'dense(3)', 'input([4])', '`t${1}`', '[...[1, 2]]', '{ ...{ a: 1 } }', 'Math', 'Math.max', '1n', '/re/', 'new Map()', 'Symbol()', 'void 0', 'typeof 1'];

/** Identifier replacements: unicode, look-alikes, reserved and prototype-polluting names. */
export const WEIRD_NAMES = ['ñame', '変数', 'ƒ', 'x\u200d', '𝒳', '\\u0061bc', '$', '_', 'class', 'this', 'new', 'await', 'yield', 'let', 'enum', 'constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'undefined', 'NaN', 'Infinity', 'Math', 'process', 'eval', 'arguments', 'globalThis', 'a'.repeat(300)];

/** Statements a model file may not contain, each meant to be rejected with a located diagnostic. */
export const UNSUPPORTED = [
  'while (true) {}', 'do {} while (false);', 'class C { m() { return 1; } }', 'async function af() { return 1; }',
  'function* gen() { yield 1; }', "eval('1');", "new Function('return 1')();", "const req = require('fs');",
  'function rec(n: number): number { return rec(n + 1); }\nconst deep = rec(0);', 'try { } catch { }',
  'switch (1) { case 1: break; }', 'label: for (;;) { break label; }', "throw new Error('x');", 'debugger;',
  'const o = { get g() { return 1; } };', 'enum E { A }', 'namespace N { }', 'declare const dd: number;',
  'const t = this;', 'const tt = typeof 1;', 'const big = 10n;', 'const re = /a+/g;', 'const oc = Math?.max(1, 2);',
  'const tag = String.raw`x`;', "import('./x.ts');", 'for (const k in { a: 1 }) {}', 'const [a1, ...rest] = [1, 2, 3];',
  'let u; u ??= 3;', 'const lam = (...xs: number[]) => xs.length;\nconst nn = lam(1, 2);', 'const nd = new dense(3);',
  'const cyc: number = cyc;', 'for (let i = 0; i < 1e9; i++) {}', 'const arr = Array.from({ length: 1e9 });',
  'const fx = (() => { const f = (n: number): number => f(n); return f(1); })();', 'with ({}) {}', 'export * from "./y.ts";',
  // Size budgets (src/frontend/interp.ts): values that grow without bound in few steps.
  'let dbl = [1];\nfor (let i = 0; i < 40; i++) { dbl = [...dbl, ...dbl]; }', "let ds = 'ab';\nfor (let i = 0; i < 40; i++) { ds += ds; }",
  'let g1: number[] = [];\nfor (let i = 0; i < 20000; i++) { g1 = [...g1, i]; }', 'let sp = [1];\nfor (let i = 0; i < 19; i++) { sp = [...sp, ...sp]; }\nconst mx = Math.max(...sp);',
  'let go = {};\nfor (let i = 0; i < 20000; i++) { go = { ...go, [`k${i}`]: i }; }', "let ts = 'x';\nfor (let i = 0; i < 40; i++) { ts = `${ts}${ts}`; }",
];

export type Mutation =
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'duplicate'; readonly at: number }
  | { readonly kind: 'swap'; readonly at: number; readonly with: number }
  | { readonly kind: 'number'; readonly at: number; readonly value: string }
  | { readonly kind: 'wrongType'; readonly at: number; readonly value: string }
  | { readonly kind: 'rename'; readonly at: number; readonly name: string; readonly all: boolean }
  | { readonly kind: 'nest'; readonly at: number; readonly style: NestStyle; readonly depth: number }
  | { readonly kind: 'insert'; readonly at: number; readonly stmt: string }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'encoding'; readonly at: number; readonly style: EncodingStyle };

/** Whole-file text changes that shift how lines and columns are counted. */
export type EncodingStyle = 'crlf' | 'bom' | 'tabs' | 'lineSeparator' | 'nul' | 'astral';
export type NestStyle = 'parens' | 'array' | 'helper' | 'unary' | 'sum' | 'ternary' | 'chain';
export type MutationKind = Mutation['kind'];
export const MUTATION_KINDS: readonly MutationKind[] = ['delete', 'duplicate', 'swap', 'number', 'wrongType', 'rename', 'nest', 'insert', 'truncate', 'encoding'];

/** Positions are fractions in [0, 1) so a plan applies to any source, and shrinks towards the start. */
const frac = fc.noBias(fc.nat(999_999)).map((n) => n / 1_000_000);
const depth = fc.oneof(fc.integer({ min: 1, max: 64 }), fc.constantFrom(65, 200, 500, 1000));

export function mutationOf(kind: MutationKind): fc.Arbitrary<Mutation> {
  switch (kind) {
    case 'delete': return frac.map((at) => ({ kind, at }));
    case 'duplicate': return frac.map((at) => ({ kind, at }));
    case 'swap': return fc.tuple(frac, frac).map(([at, w]) => ({ kind, at, with: w }));
    case 'number': return fc.tuple(frac, fc.constantFrom(...BAD_NUMBERS)).map(([at, value]) => ({ kind, at, value }));
    case 'wrongType': return fc.tuple(frac, fc.constantFrom(...WRONG_VALUES)).map(([at, value]) => ({ kind, at, value }));
    case 'rename': return fc.tuple(frac, fc.constantFrom(...WEIRD_NAMES), fc.boolean()).map(([at, name, all]) => ({ kind, at, name, all }));
    case 'nest': return fc.tuple(frac, fc.constantFrom<NestStyle>('parens', 'array', 'helper', 'unary', 'sum', 'ternary', 'chain'), depth).map(([at, style, d]) => ({ kind, at, style, depth: d }));
    case 'insert': return fc.tuple(frac, fc.constantFrom(...UNSUPPORTED)).map(([at, stmt]) => ({ kind, at, stmt }));
    case 'truncate': return frac.map((at) => ({ kind, at }));
    case 'encoding': return fc.tuple(frac, fc.constantFrom<EncodingStyle>('crlf', 'bom', 'tabs', 'lineSeparator', 'nul', 'astral')).map(([at, style]) => ({ kind, at, style }));
  }
}

/**
 * Any one mutation. Token-level edits and truncation almost always end at the parser (E_SYNTAX), so
 * they are weighted down to leave more cases for the evaluator, option checks and shape rules.
 */
const WEIGHTS: Readonly<Record<MutationKind, number>> = { delete: 1, duplicate: 1, swap: 1, truncate: 1, encoding: 1, number: 3, wrongType: 3, rename: 2, nest: 2, insert: 2 };
export const anyMutation: fc.Arbitrary<Mutation> = fc.oneof(...MUTATION_KINDS.map((k) => ({ arbitrary: mutationOf(k), weight: WEIGHTS[k] })));

/** One to three mutations of any kinds, applied in order (each to the previous one's output). */
export const mutationPlan: fc.Arbitrary<Mutation[]> = fc.array(anyMutation, { minLength: 1, maxLength: 3 });

/** A plan that starts with a given kind (so each kind is exercised), optionally followed by others. */
export function planOf(kind: MutationKind): fc.Arbitrary<Mutation[]> {
  return fc.tuple(mutationOf(kind), fc.array(anyMutation, { maxLength: 2 })).map(([m, rest]) => [m, ...rest]);
}

export function applyPlan(src: string, plan: readonly Mutation[]): string {
  return plan.reduce((s, m) => applyMutation(analyse(s), m), src);
}

function pick<T>(xs: readonly T[], at: number): T | undefined {
  return xs.length === 0 ? undefined : xs[Math.min(xs.length - 1, Math.floor(at * xs.length))];
}

function splice(src: string, span: Span, text: string): string {
  return src.slice(0, span.start) + text + src.slice(span.end);
}

const textOf = (a: Analysis, s: Span): string => a.src.slice(s.start, s.end);

/** Applies one mutation; when the source has nothing of the kind it aims at, the source is unchanged. */
export function applyMutation(a: Analysis, m: Mutation): string {
  switch (m.kind) {
    case 'delete': return edit(a, pick(a.tokens, m.at), () => '');
    case 'duplicate': return edit(a, pick(a.tokens, m.at), (t) => `${t} ${t}`);
    case 'swap': return swap(a, pick(a.tokens, m.at), pick(a.tokens, m.with));
    case 'number': return edit(a, pick(a.numbers, m.at) ?? pick(a.values, m.at), () => m.value);
    case 'wrongType': return edit(a, pick(a.values, m.at), () => m.value);
    case 'rename': return rename(a, pick(a.identifiers, m.at), m.name, m.all);
    case 'nest': return nest(a, pick(a.expressions, m.at), m.style, m.depth);
    case 'insert': return insert(a, pick(a.slots, m.at), m.stmt);
    case 'truncate': return a.src.slice(0, Math.floor(m.at * a.src.length));
    case 'encoding': return encode(a, m.at, m.style);
  }
}

function edit(a: Analysis, span: Span | undefined, f: (text: string) => string): string {
  return span ? splice(a.src, span, f(textOf(a, span))) : a.src;
}

function swap(a: Analysis, x: Span | undefined, y: Span | undefined): string {
  if (!x || !y || x.start === y.start) return a.src;
  const [p, q] = x.start < y.start ? [x, y] : [y, x];
  return a.src.slice(0, p.start) + textOf(a, q) + a.src.slice(p.end, q.start) + textOf(a, p) + a.src.slice(q.end);
}

/** Renames one occurrence, or every occurrence of the same name (a consistent rename that may still compile). */
function rename(a: Analysis, id: Span | undefined, name: string, all: boolean): string {
  if (!id) return a.src;
  if (!all) return splice(a.src, id, name);
  const old = textOf(a, id);
  // Right to left so earlier offsets stay valid.
  return a.identifiers.filter((s) => textOf(a, s) === old).reverse().reduce((s, span) => splice(s, span, name), a.src);
}

/** Wraps an expression `depth` levels deep in one of several nesting shapes. */
function nest(a: Analysis, e: Span | undefined, style: NestStyle, depth: number): string {
  if (!e) return a.src;
  const x = textOf(a, e);
  switch (style) {
    case 'parens': return splice(a.src, e, '('.repeat(depth) + x + ')'.repeat(depth));
    case 'array': return splice(a.src, e, `${'['.repeat(depth)}${x}${']'.repeat(depth)}${'[0]'.repeat(depth)}`);
    case 'unary': return splice(a.src, e, `${'- '.repeat(depth)}${x}`);
    case 'sum': return splice(a.src, e, `${x}${' + 0'.repeat(depth)}`);
    case 'ternary': return splice(a.src, e, `${'true ? '.repeat(depth)}${x}${' : 0'.repeat(depth)}`);
    case 'chain': return helperChain(a, e, depth);
    case 'helper': return insertTop(splice(a.src, e, `${'idf('.repeat(depth)}${x}${')'.repeat(depth)}`), 'function idf<T>(v: T): T { return v; }');
  }
}

/** `f0 → f1 → … → fN`: each helper calls the next, nesting inlined calls `depth` deep. */
function helperChain(a: Analysis, e: Span, depth: number): string {
  const fns = Array.from({ length: depth }, (_, i) => `function ch${i}(v: any): any { return ${i + 1 < depth ? `ch${i + 1}(v)` : 'v'}; }`);
  return insertTop(splice(a.src, e, `ch0(${textOf(a, e)})`), fns.join('\n'));
}

/** Inserts declarations right after the import lines (function declarations are hoisted anyway). */
function insertTop(src: string, decl: string): string {
  const lines = src.split('\n');
  let i = 0;
  while (i < lines.length && /^\s*(\/\/|import\b|$)/.test(lines[i]!)) i++;
  lines.splice(i, 0, decl);
  return lines.join('\n');
}

function insert(a: Analysis, at: number | undefined, stmt: string): string {
  if (at === undefined) return `${a.src}\n${stmt}\n`;
  return `${a.src.slice(0, at)}${stmt}\n${a.src.slice(at)}`;
}

/** Line endings, a BOM, tabs, U+2028, a NUL byte or astral characters (two UTF-16 units) near `at`. */
function encode(a: Analysis, at: number, style: EncodingStyle): string {
  const i = Math.floor(at * a.src.length);
  switch (style) {
    case 'crlf': return a.src.replace(/\r?\n/g, '\r\n');
    case 'bom': return `\uFEFF${a.src}`;
    case 'tabs': return a.src.replace(/ {2}/g, '\t');
    case 'lineSeparator': return `${a.src.slice(0, i)}\u2028${a.src.slice(i)}`;
    case 'nul': return `${a.src.slice(0, i)}\u0000${a.src.slice(i)}`;
    case 'astral': return `// 𝒳😀𝒴\n${a.src.slice(0, i)}/*😀*/${a.src.slice(i)}`;
  }
}
