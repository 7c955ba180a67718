/**
 * @file f16 activation storage: rewrites one emitted kernel so chosen `array<f32>` storage bindings
 * hold halves, every load converting to f32 and every store converting from it, so all arithmetic
 * and accumulation in the kernel stays f32 (the emitters are untouched and know nothing of it).
 *
 * - `native` (devices with `shader-f16`): the binding becomes `array<f16>`; `x[i]` reads as
 *   `f32(x[i])` and `x[i] = v` stores `f16(v)`.
 * - packed (any device): element i is the half at word i/2, low half first (`pack2x16float` order,
 *   the same bytes as `array<f16>` and as the f16 weights, weight-format.ts). A read binding is
 *   `array<u32>` read with `unpack2x16float`. A written binding cannot store half a word, and the
 *   emitters write one element per invocation in whatever order suits them (tiles, rows, lanes), so
 *   neighbours i and i^1 are often written by different invocations at once. A store is therefore
 *   two atomics on the word (`array<atomic<u32>>`): `atomicAnd` clears this element's 16 bits, then
 *   `atomicOr` sets them. Each touches only its own half, and atomic operations on disjoint bits
 *   commute, so whatever the interleaving, each half ends as its one writer left it — no clearing
 *   pass, no change to the emitters' thread mapping, and stale words from a buffer's earlier tenant
 *   (plan-memory shares buffers) cannot leak in. Rewriting the emitters to write pairs would touch
 *   every kernel family; clearing then `atomicOr` alone would need a clear before every writer.
 *
 * `arrayLength(&x)` (a run-time loop count the compilers cannot fold: gemm-uni.ts rowCount) stays the binding's length
 * in elements, now halves: `arrayLength(&x)` of the `array<f16>`, twice that of the packed words.
 * (A halved buffer is u32[ceil(n/2)] words, so either is 2·words: like the f32 one, bytes over the
 * element's size, which counts the bound buffer, not the tensor, where plan-memory shares buffers.)
 *
 * A binding is rewritten only when every use is a plain element load, a plain `=` store or
 * `arrayLength(&x)` (no compound assignment, no other pointer) and, for a written binding, the kernel never
 * reads it back: a kernel that re-reads its own output would round partial results to f16
 * (accumulation must stay f32), so such a buffer keeps f32. `halfBindable` says which; callers keep
 * the rest f32.
 */

/** How one binding is declared in the emitted WGSL. */
interface Decl {
  readonly text: string;
  readonly access: 'read' | 'read_write';
  readonly name: string;
  readonly elem: string;
}

const DECL = /@group\(0\) @binding\((\d+)\) var<storage, (read|read_write)> ([A-Za-z_][A-Za-z0-9_]*): array<([a-z0-9<>]+)>;/g;

function declarations(code: string): Map<number, Decl> {
  const out = new Map<number, Decl>();
  for (const m of code.matchAll(DECL)) out.set(Number(m[1]), { text: m[0], access: m[2] as Decl['access'], name: m[3]!, elem: m[4]! });
  return out;
}

/** One use of a rewritten name: a load `name[index]`, a store `name[index] = value;` or `arrayLength(&name)`. */
type Use = { readonly kind: 'load'; readonly index: string } | { readonly kind: 'store'; readonly index: string; readonly value: string } | { readonly kind: 'length' };

/** What each use of a name becomes; undefined: the use is not one we can rewrite. */
type Emit = (name: string, use: Use) => string;

const IDENT = /[A-Za-z0-9_]/;

/** End (exclusive) of the bracketed text opening at `open` ('[' or '('), or -1. */
function matching(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i]!;
    if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') if (--depth === 0) return i + 1;
  }
  return -1;
}

/** Index of the `;` ending the statement whose text starts at `from` (depth 0), or -1. */
function statementEnd(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i]!;
    if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') depth--;
    else if (c === ';' && depth === 0) return i;
  }
  return -1;
}

class Unsupported extends Error {}

const DECLARES = new Set(['let', 'var', 'const']);

/**
 * Rewrites every use of the names in `emit` (comments and the placeholders of removed
 * declarations, \u0000…\u0000, copied verbatim); throws Unsupported on a use it cannot rewrite.
 * A local `let a = …` (the tile GEMM names its registers after its bindings) shadows binding `a`
 * until its block closes; `outer` is what is shadowed where the text `s` sits.
 */
function transform(s: string, names: ReadonlySet<string>, emit: Emit, outer: ReadonlySet<string> = new Set()): string {
  let out = '';
  let i = 0;
  let depth = 0;
  let parens = 0;
  let shadows: { readonly name: string; readonly depth: number }[] = [];
  const shadowed = (w: string): boolean => outer.has(w) || shadows.some((x) => x.name === w);
  const active = (): Set<string> => new Set([...outer, ...shadows.map((x) => x.name)]);
  while (i < s.length) {
    const c = s[i]!;
    if (c === '{' || c === '}' || c === '(' || c === ')') {
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        shadows = shadows.filter((x) => x.depth <= depth);
      }
      else parens += c === '(' ? 1 : -1;
      out += c;
      i++;
      continue;
    }
    if (c === '/' && s[i + 1] === '/') {
      const end = s.indexOf('\n', i);
      const stop = end < 0 ? s.length : end;
      out += s.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === '\u0000') {
      const stop = s.indexOf('\u0000', i + 1) + 1;
      out += s.slice(i, stop);
      i = stop;
      continue;
    }
    if (!IDENT.test(c)) {
      out += c;
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && IDENT.test(s[j]!)) j++;
    const word = s.slice(i, j);
    const length = word === 'arrayLength' && s[i - 1] !== '.' ? /^\s*\(\s*&\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)/.exec(s.slice(j)) : null;
    if (length && names.has(length[1]!) && !shadowed(length[1]!)) {
      out += emit(length[1]!, { kind: 'length' });
      i = j + length[0].length;
      continue;
    }
    const local = DECLARES.has(word) ? /^\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(s.slice(j)) : null;
    if (local && names.has(local[1]!)) {
      // A for-loop's `var` lives until its body closes, which depth alone cannot see: refuse it.
      if (parens > 0) throw new Unsupported(`loop variable shadows ${local[1]}`);
      shadows.push({ name: local[1]!, depth });
      out += word + local[0];
      i = j + local[0].length;
      continue;
    }
    if (!names.has(word) || s[i - 1] === '.' || shadowed(word)) {
      out += word;
      i = j;
      continue;
    }
    if (s[i - 1] === '&' || s[j] !== '[') throw new Unsupported(`${word} used other than as name[index]`);
    const close = matching(s, j);
    if (close < 0) throw new Unsupported(`unbalanced ${word}[`);
    const index = transform(s.slice(j + 1, close - 1), names, emit, active());
    let k = close;
    while (s[k] === ' ' || s[k] === '\t') k++;
    if (s[k] === '=' && s[k + 1] !== '=') {
      const end = statementEnd(s, k + 1);
      if (end < 0) throw new Unsupported(`store to ${word} without ';'`);
      out += emit(word, { kind: 'store', index, value: transform(s.slice(k + 1, end).trim(), names, emit, active()) });
      i = end;
      continue;
    }
    if (/^([-+*/%&|^]|<<|>>)=/.test(s.slice(k, k + 3)) || s.startsWith('++', k) || s.startsWith('--', k)) throw new Unsupported(`compound assignment to ${word}`);
    out += emit(word, { kind: 'load', index });
    i = close;
  }
  return out;
}

/** Whether binding `binding` of `code` can hold halves (an f32 array whose every use rewrites). */
export function halfBindable(code: string, binding: number): boolean {
  const d = declarations(code).get(binding);
  if (!d || d.elem !== 'f32') return false;
  let stores = 0;
  let loads = 0;
  try {
    transform(code.replace(d.text, '\u0000\u0000'), new Set([d.name]), (_, use) => {
      if (use.kind === 'store') stores++;
      else if (use.kind === 'load') loads++;
      return '';
    });
  } catch (e) {
    if (e instanceof Unsupported) return false;
    throw e;
  }
  return d.access === 'read' || loads === 0 || stores === 0;
}

/**
 * `code` with the given bindings (each `halfBindable`) holding halves: `array<f16>` when `native`,
 * otherwise packed two per u32 as the file comment says.
 */
export function rewriteHalf(code: string, bindings: readonly number[], native: boolean): string {
  if (bindings.length === 0) return code;
  const decls = declarations(code);
  const chosen = bindings.map((b) => decls.get(b)!);
  const names = new Set(chosen.map((d) => d.name));
  const atomic = new Set(chosen.filter((d) => d.access === 'read_write').map((d) => d.name));
  let text = code;
  const replaced: string[] = [];
  for (const d of chosen) {
    replaced.push(native ? nativeDecl(d) : packedDecl(d));
    text = text.replace(d.text, `\u0000${replaced.length - 1}\u0000`);
  }
  const emit: Emit = native ? nativeUse : (name, use) => packedUse(name, use, atomic.has(name));
  const body = transform(text, names, emit).replace(/\u0000(\d+)\u0000/g, (_, k: string) => replaced[Number(k)]!);
  return native && !/^\s*enable f16;/m.test(body) ? `enable f16;\n${body}` : body;
}

function nativeDecl(d: Decl): string {
  return d.text.replace('array<f32>', 'array<f16>');
}

function nativeUse(name: string, use: Use): string {
  if (use.kind === 'length') return `arrayLength(&${name})`;
  return use.kind === 'load' ? `f32(${name}[${use.index}])` : `${name}[${use.index}] = f16(${use.value})`;
}

function packedDecl(d: Decl): string {
  const ld = `fn dlc_h_${d.name}(i: u32) -> f32`;
  if (d.access === 'read') return `${d.text.replace('array<f32>', 'array<u32>')}\n${ld} { return unpack2x16float(${d.name}[i >> 1u])[i & 1u]; }`;
  const word = `&${d.name}[i >> 1u]`;
  return [
    d.text.replace('array<f32>', 'array<atomic<u32>>'),
    `${ld} { return unpack2x16float(atomicLoad(${word}))[i & 1u]; }`,
    `fn dlc_hs_${d.name}(i: u32, v: f32) {`,
    '  let shift = (i & 1u) * 16u;',
    `  atomicAnd(${word}, ~(0xffffu << shift));`,
    `  atomicOr(${word}, (pack2x16float(vec2<f32>(v, 0.0)) & 0xffffu) << shift);`,
    '}',
  ].join('\n');
}

function packedUse(name: string, use: Use, isAtomic: boolean): string {
  if (use.kind === 'length') return `(arrayLength(&${name}) * 2u)`;
  if (use.kind === 'load') return `dlc_h_${name}(u32(${use.index}))`;
  if (!isAtomic) throw new Error(`internal error: store to read-only binding ${name}`);
  return `dlc_hs_${name}(u32(${use.index}), ${use.value})`;
}
