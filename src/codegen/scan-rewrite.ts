/**
 * @file Body kernels of a compiled scan that index row t of a sequence (or of a stacked output)
 * themselves: every access `name[i]` of that binding's array becomes `name[t·stride + offset + (i)]`,
 * t from the step uniform (PlanKernel.step), so the kernel binds the scan's outer buffer and the
 * copy kernel that would move the row is not needed.
 *
 * The rewrite is textual and refuses what it cannot prove: the binding's array must be of a 4-byte
 * scalar or a vec4 (whose rows then need a multiple of 4 words), and the array's name must occur
 * only in its declaration and as `name[…]`. A buffer is rewritten in all the dispatches that bind it
 * or in none, and never where the dispatch would then bind one outer buffer twice with one of them
 * writable.
 */
import type { Plan, PlanKernel } from '../runtime/plan-types.ts';
import { stepDecl } from './scan-kernels.ts';

/** A body buffer that stands for row t of an outer buffer (`to`): word offset + t·stride there. */
export interface RowAccess {
  readonly buffer: number;
  readonly to: number;
  readonly offset: number;
  readonly stride: number;
  readonly write: boolean;
}

/** A stacked output whose body buffer must stay (a new carry): its one writer also stores each value into row t of `to`. */
export interface RowMirror {
  readonly buffer: number;
  readonly to: number;
  readonly offset: number;
  readonly stride: number;
}

export interface SteppedDispatch {
  readonly code: string;
  /** Body buffers this dispatch now binds outer buffers in place of. */
  readonly rebind: ReadonlyMap<number, number>;
  /** Outer buffers bound after its own bindings (mirrors' targets), read_write. */
  readonly extra: readonly number[];
}

export interface SteppedRows {
  /** Body dispatch index → its kernel rewritten. */
  readonly dispatches: Map<number, SteppedDispatch>;
  /** Body buffers every user of which was rewritten: they need no copy kernel. */
  readonly handled: ReadonlySet<number>;
}

interface Decl {
  readonly name: string;
  readonly type: string;
  /** 4-byte words per array element. */
  readonly words: number;
}

/** The array a binding declares, when it is one the rewrite understands. */
function declOf(code: string, binding: number): Decl | undefined {
  const m = new RegExp(`@group\\(0\\) @binding\\(${binding}\\) var<storage, (?:read|read_write)> (\\w+): array<([^;]+)>;`).exec(code);
  if (!m) return undefined;
  const words = /^(f32|i32|u32)$/.test(m[2]!) ? 1 : /^vec4<(f32|i32|u32)>$/.test(m[2]!) ? 4 : 0;
  return words > 0 ? { name: m[1]!, type: m[2]!, words } : undefined;
}

/** The name at [at, after) is its own declaration, or a member (`gid.x` is not the array x). */
function notAnIndex(code: string, at: number, after: number): boolean {
  const isDecl = code.slice(Math.max(0, at - 30), at).endsWith('> ') && code.slice(after, after + 8).startsWith(': array<');
  return isDecl || code[at - 1] === '.';
}

/** `name[i]` → `name[prefix(i)]` everywhere but the declaration; undefined if the name is used otherwise. */
function indexAll(code: string, name: string, prefix: string): string | undefined {
  const re = new RegExp(`\\b${name}\\b`, 'g');
  let out = '';
  let at = 0;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const after = m.index + name.length;
    if (notAnIndex(code, m.index, after)) continue;
    if (code[after] !== '[') return undefined;
    const end = matching(code, after, '[', ']');
    if (end === undefined) return undefined;
    out += `${code.slice(at, after)}[${prefix}(${code.slice(after + 1, end)})]`;
    at = end + 1;
    re.lastIndex = end + 1;
  }
  return out + code.slice(at);
}

/** Adds a declaration after the kernel's last binding. */
function withDecl(code: string, decl: string): string {
  const lines = code.split('\n');
  const last = lines.reduce((at, l, i) => (l.startsWith('@group(0) @binding(') ? i : at), -1);
  lines.splice(last + 1, 0, decl);
  return lines.join('\n');
}

/** Adds the step uniform's declaration after the kernel's last binding. */
export function withStepDecl(code: string, binding: number): string {
  return withDecl(code, stepDecl(binding));
}

/**
 * Every `name[i] = v;` → `{ let dlc_m = v; name[i] = dlc_m; mirror[t·stride + offset + (i)] = dlc_m; }`;
 * undefined unless every use of the name is such a store.
 */
function mirrorStores(code: string, name: string, mirror: string, prefix: string): string | undefined {
  const re = new RegExp(`\\b${name}\\b`, 'g');
  let out = '';
  let at = 0;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const after = m.index + name.length;
    if (notAnIndex(code, m.index, after)) continue;
    if (code[after] !== '[' || !/(^|[;{}])\s*$/.test(code.slice(Math.max(0, m.index - 200), m.index))) return undefined;
    const close = matching(code, after, '[', ']');
    if (close === undefined) return undefined;
    const eq = /^\s*=(?!=)\s*/.exec(code.slice(close + 1));
    if (!eq) return undefined;
    const rhsAt = close + 1 + eq[0].length;
    const semi = statementEnd(code, rhsAt);
    if (semi === undefined) return undefined;
    const index = code.slice(after + 1, close);
    const value = code.slice(rhsAt, semi);
    out += `${code.slice(at, m.index)}{ let dlc_m = ${value}; ${name}[${index}] = dlc_m; ${mirror}[${prefix}(${index})] = dlc_m; }`;
    at = semi + 1;
    re.lastIndex = semi + 1;
  }
  return out + code.slice(at);
}

/** The name a mirror binding was declared under. */
function mirrorName(code: string, binding: number): string | undefined {
  return new RegExp(`@group\\(0\\) @binding\\(${binding}\\) var<storage, read_write> (dlc_row\\d+): array<`).exec(code)?.[1];
}

/** Index of the bracket closing the one at `open`. */
function matching(code: string, open: number, l: string, r: string): number | undefined {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === l) depth++;
    else if (code[i] === r && --depth === 0) return i;
  }
  return undefined;
}

/** The `;` that ends the expression starting at `from` (outside brackets and parentheses). */
function statementEnd(code: string, from: number): number | undefined {
  let depth = 0;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ';' && depth === 0) return i;
    if (depth < 0 || c === '{' || c === '}') return undefined;
  }
  return undefined;
}

/**
 * Rewrites the body kernels for `rows` (each replaced by its outer row) and `mirrors` (each also
 * stored into its outer row), within `maxBindings` storage bindings per kernel.
 */
export function steppedRows(plan: Plan, rows: readonly RowAccess[], mirrors: readonly RowMirror[] = [], maxBindings = 8): SteppedRows {
  const code = new Map<number, string>();
  const rebind = new Map<number, Map<number, number>>();
  const extra = new Map<number, number[]>();
  const handled = new Set<number>();
  const kernelOf = (i: number): PlanKernel => plan.kernels[plan.dispatches[i]!.kernel]!;
  for (const r of rows) {
    const users = plan.dispatches.flatMap((d, i) => (d.bindings.includes(r.buffer) ? [i] : []));
    const next = new Map<number, string>();
    const ok = users.length > 0 && users.every((i) => {
      const d = plan.dispatches[i]!;
      const k = kernelOf(i);
      // One outer buffer bound twice in a dispatch must be read-only both times.
      const outerAccess = d.bindings.flatMap((b, p) => (rebind.get(i)?.get(b) === r.to || b === r.buffer ? [k.bindings[p]] : []));
      if (outerAccess.length > 1 && outerAccess.includes('read_write')) return false;
      let c = code.get(i) ?? k.code;
      for (let p = 0; p < d.bindings.length; p++) {
        if (d.bindings[p] !== r.buffer) continue;
        const decl = declOf(c, p);
        if (!decl || r.offset % decl.words !== 0 || r.stride % decl.words !== 0) return false;
        const rewritten = indexAll(c, decl.name, `dlc_step.x * ${r.stride / decl.words}u + ${r.offset / decl.words}u + `);
        if (rewritten === undefined) return false;
        c = rewritten;
      }
      next.set(i, c);
      return true;
    });
    if (!ok) continue;
    handled.add(r.buffer);
    for (const [i, c] of next) {
      code.set(i, c);
      if (!rebind.has(i)) rebind.set(i, new Map());
      rebind.get(i)!.set(r.buffer, r.to);
    }
  }
  mirrors.forEach((r, j) => {
    const writers = plan.dispatches.flatMap((d, i) => (d.bindings.some((b, p) => b === r.buffer && kernelOf(i).bindings[p] === 'read_write') ? [i] : []));
    if (writers.length !== 1) return;
    const i = writers[0]!;
    const d = plan.dispatches[i]!;
    const k = kernelOf(i);
    const more = extra.get(i) ?? [];
    // Body buffer indices and outer ones are apart: only rebound bindings can be an outer buffer.
    // The mirror's target is bound once more, writable: only where the dispatch binds it nowhere else.
    // Mirrors into one outer buffer (the h and c rows of one packed output) share its binding: WebGPU refuses two writable ones.
    const bound = d.bindings.flatMap((b) => rebind.get(i)?.get(b) ?? []);
    const shared = more.indexOf(r.to);
    if (bound.includes(r.to) || (shared < 0 && d.bindings.length + more.length + 1 > maxBindings)) return;
    const p = d.bindings.findIndex((b, q) => b === r.buffer && k.bindings[q] === 'read_write');
    let c = code.get(i) ?? k.code;
    const decl = declOf(c, p);
    if (!decl || r.offset % decl.words !== 0 || r.stride % decl.words !== 0) return;
    const name = shared >= 0 ? mirrorName(c, d.bindings.length + shared) : `dlc_row${j}`;
    if (name === undefined || (shared >= 0 && !c.includes(`var<storage, read_write> ${name}: array<${decl.type}>;`))) return;
    const rewritten = mirrorStores(c, decl.name, name, `dlc_step.x * ${r.stride / decl.words}u + ${r.offset / decl.words}u + `);
    if (rewritten === undefined) return;
    if (shared < 0) {
      c = withDecl(rewritten, `@group(0) @binding(${d.bindings.length + more.length}) var<storage, read_write> ${name}: array<${decl.type}>;`);
      extra.set(i, [...more, r.to]);
    } else c = rewritten;
    code.set(i, c);
    handled.add(r.buffer);
  });
  const dispatches = new Map([...code].map(([i, c]) => {
    const more = extra.get(i) ?? [];
    return [i, { code: withStepDecl(c, kernelOf(i).bindings.length + more.length), rebind: rebind.get(i) ?? new Map(), extra: more }] as const;
  }));
  return { dispatches, handled };
}
