/**
 * @file Body kernels of a compiled scan that index row t of a sequence (or of a stacked output)
 * themselves: every access `name[i]` of that binding's array becomes `name[t·stride + offset + (i)]`,
 * t from the step uniform (PlanKernel.step), so the kernel binds the scan's outer buffer and the
 * copy kernel that would move the row is not needed.
 *
 * The rewrite is textual and refuses what it cannot prove: the binding's array must be of a 4-byte
 * scalar or a vec4 (whose rows then need a multiple of 4 words), and the array's name must occur
 * only in its declaration and as `name[…]`. A buffer is rewritten in all the dispatches that bind it
 * or in none; arrays of one outer buffer in a dispatch then share one binding (scan-merge.ts).
 */
import type { Plan, PlanKernel } from '../runtime/plan-types.ts';
import { stepDecl } from './scan-kernels.ts';
import { canMerge, mergeBindings, mergedCount, type Slot } from './scan-merge.ts';

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
  /** Its bindings in order: body buffers, and the outer buffers bound in place of some (each once). */
  readonly slots: readonly Slot[];
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
 * stored into its outer row), within `maxBindings` storage bindings per kernel. Arrays that end up
 * standing for one outer buffer share one binding (scan-merge.ts).
 */
export function steppedRows(plan: Plan, rows: readonly RowAccess[], mirrors: readonly RowMirror[] = [], maxBindings = 8): SteppedRows {
  const code = new Map<number, string>();
  const rebind = new Map<number, Map<number, number>>();
  const extra = new Map<number, number[]>();
  const handled = new Set<number>();
  const kernelOf = (i: number): PlanKernel => plan.kernels[plan.dispatches[i]!.kernel]!;
  /** Dispatch i's bindings as rewritten so far, with `more` rebinds. */
  const slotsOf = (i: number, more?: RowAccess): Slot[] => {
    const d = plan.dispatches[i]!;
    const k = kernelOf(i);
    const own: Slot[] = d.bindings.map((b, p) => {
      const o = more?.buffer === b ? more.to : rebind.get(i)?.get(b);
      return o === undefined ? { body: b, access: k.bindings[p]! } : { outer: o, access: k.bindings[p]! };
    });
    return [...own, ...(extra.get(i) ?? []).map((o): Slot => ({ outer: o, access: 'read_write' }))];
  };
  for (const r of rows) {
    const users = plan.dispatches.flatMap((d, i) => (d.bindings.includes(r.buffer) ? [i] : []));
    const next = new Map<number, string>();
    const ok = users.length > 0 && users.every((i) => {
      const d = plan.dispatches[i]!;
      const k = kernelOf(i);
      let c = code.get(i) ?? k.code;
      // Several arrays of one outer buffer become one binding: they must share an element type.
      if (!canMerge(c, slotsOf(i, r))) return false;
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
    const p = d.bindings.findIndex((b, q) => b === r.buffer && k.bindings[q] === 'read_write');
    let c = code.get(i) ?? k.code;
    const decl = declOf(c, p);
    if (!decl || r.offset % decl.words !== 0 || r.stride % decl.words !== 0) return;
    // The mirror binds its target once more, writable; merged with any other binding of it.
    const slots = [...slotsOf(i), { outer: r.to, access: 'read_write' } as Slot];
    if (!canMerge(c, slots.slice(0, -1), [{ outer: r.to, type: decl.type }]) || mergedCount(slots) > maxBindings) return;
    const name = `dlc_row${j}`;
    const rewritten = mirrorStores(c, decl.name, name, `dlc_step.x * ${r.stride / decl.words}u + ${r.offset / decl.words}u + `);
    if (rewritten === undefined) return;
    c = withDecl(rewritten, `@group(0) @binding(${slots.length - 1}) var<storage, read_write> ${name}: array<${decl.type}>;`);
    code.set(i, c);
    extra.set(i, [...(extra.get(i) ?? []), r.to]);
    handled.add(r.buffer);
  });
  const dispatches = new Map([...code].map(([i, c]) => {
    const merged = mergeBindings(c, slotsOf(i));
    return [i, { code: withStepDecl(merged.code, merged.slots.length), slots: merged.slots }] as const;
  }));
  return { dispatches, handled };
}
