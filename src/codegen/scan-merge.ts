/**
 * @file One binding per outer buffer in a rewritten scan-body kernel (scan-rewrite.ts): when several
 * of a kernel's arrays now stand for rows of one outer buffer (the packed output a cell writes its
 * h and c rows and its saved pre-activation into, and reads that pre-activation back from), they
 * become one array bound once, `read_write` if any of them was. WebGPU refuses one buffer bound
 * writable twice in a dispatch, or writable and read-only; one binding also counts once against
 * maxStorageBuffersPerShaderStage. The rows are disjoint, so no access changes meaning.
 *
 * Textual like the rewrite: the arrays must share an element type; the merged ones' names are
 * replaced by the first one's, their declarations dropped and the bindings after them renumbered.
 */
import type { BindingAccess } from '../runtime/plan-types.ts';

/** A binding of a body kernel: a body buffer, or an outer buffer the rewrite bound in its place. */
export type Slot = { readonly body: number; readonly access: BindingAccess } | { readonly outer: number; readonly access: BindingAccess };

const declRe = /^@group\(0\) @binding\((\d+)\) var<storage, (read|read_write)> (\w+): array<([^;]+)>;$/;

interface Decl {
  readonly line: number;
  readonly name: string;
  readonly type: string;
}

function decls(lines: readonly string[]): Map<number, Decl> {
  const out = new Map<number, Decl>();
  lines.forEach((l, line) => {
    const m = declRe.exec(l);
    if (m) out.set(Number(m[1]), { line, name: m[3]!, type: m[4]! });
  });
  return out;
}

const outerOf = (s: Slot): number | undefined => ('outer' in s ? s.outer : undefined);

/** Whether the slots' repeated outer buffers can be merged (every array of one buffer has one element type). */
export function canMerge(code: string, slots: readonly Slot[], more: readonly { outer: number; type: string }[] = []): boolean {
  const d = decls(code.split('\n'));
  const typeOf = new Map<number, string>();
  const entries = [...slots.map((s, p) => ({ outer: outerOf(s), type: d.get(p)?.type })), ...more];
  return entries.every(({ outer, type }) => {
    if (outer === undefined) return true;
    if (type === undefined) return false;
    const t = typeOf.get(outer);
    typeOf.set(outer, type);
    return t === undefined || t === type;
  });
}

/** Distinct bindings after merging. */
export function mergedCount(slots: readonly Slot[]): number {
  const outer = new Set(slots.flatMap((s) => (outerOf(s) === undefined ? [] : [outerOf(s)!])));
  return slots.filter((s) => outerOf(s) === undefined).length + outer.size;
}

/** The kernel with one binding per outer buffer (call after canMerge). */
export function mergeBindings(code: string, slots: readonly Slot[]): { code: string; slots: Slot[] } {
  let lines = code.split('\n');
  const d = decls(lines);
  const first = new Map<number, number>();
  const drop = new Set<number>();
  const rename = new Map<string, string>();
  const access = slots.map((s) => s.access);
  slots.forEach((s, p) => {
    const o = outerOf(s);
    if (o === undefined) return;
    const q = first.get(o);
    if (q === undefined) return void first.set(o, p);
    drop.add(p);
    rename.set(d.get(p)!.name, d.get(q)!.name);
    if (s.access === 'read_write') access[q] = 'read_write';
  });
  if (drop.size === 0) return { code, slots: [...slots] };
  const dropLines = new Set([...drop].map((p) => d.get(p)!.line));
  const renumber = new Map<number, number>();
  let next = 0;
  slots.forEach((_, p) => {
    if (!drop.has(p)) renumber.set(p, next++);
  });
  lines = lines.flatMap((l, i) => {
    if (dropLines.has(i)) return [];
    const m = declRe.exec(l);
    if (!m) return [l];
    const p = Number(m[1]);
    const to = renumber.get(p);
    if (to === undefined) return [l];
    return [`@group(0) @binding(${to}) var<storage, ${access[p] === 'read_write' ? 'read_write' : 'read'}> ${m[3]}: array<${m[4]}>;`];
  });
  let out = lines.join('\n');
  for (const [from, to] of rename) out = out.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
  const kept = slots.flatMap((s, p) => (drop.has(p) ? [] : [{ ...s, access: access[p]! } as Slot]));
  return { code: out, slots: kept };
}
