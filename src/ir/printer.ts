/** @file IR text form: one node per line, SSA names from print order, sorted attributes, types always. */
import { formatLoc } from './diagnostics.ts';
import type { Arg, AttrValue, Attrs, Graph } from './graph.ts';
import { formatType } from './types.ts';

/** Printed names: arguments keep their own, node results are numbered in print order. */
export function printNames(g: Graph): Map<number, string> {
  const names = new Map<number, string>();
  for (const a of g.args) names.set(a.id, `%${a.name}`);
  g.nodes.forEach((n, i) => names.set(n.id, `%${i}`));
  return names;
}

/** Shortest text that parses back to the same double; non-finite values get names. */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (Object.is(x, -0)) return '-0';
  return String(x);
}

function formatAttrValue(v: AttrValue): string {
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  return `[${(v as readonly (number | string)[]).map((x) => (typeof x === 'number' ? formatNumber(x) : JSON.stringify(x))).join(',')}]`;
}

export function formatAttrs(attrs: Attrs): string {
  const keys = Object.keys(attrs).sort();
  if (keys.length === 0) return '';
  return ` {${keys.map((k) => `${k}=${formatAttrValue(attrs[k]!)}`).join(', ')}}`;
}

function formatArg(a: Arg): string {
  const prefix = a.kind === 'input' ? '' : `${a.kind} `;
  return `${prefix}%${a.name}: ${formatType(a.type)}`;
}

/**
 * A `body` attribute holding a graph's text (a scan's cell) is printed as an indented block under
 * its node, `body graph cell(…) { … }`, rather than as one escaped string; the parser reads it back.
 */
function isNestedBody(key: string, v: AttrValue): v is string {
  return key === 'body' && typeof v === 'string' && v.startsWith('graph ');
}

function inlineAttrs(attrs: Attrs): Attrs {
  return Object.fromEntries(Object.entries(attrs).filter(([k, v]) => !isNestedBody(k, v)));
}

function nestedBody(attrs: Attrs): string {
  const v = attrs.body;
  if (v === undefined || !isNestedBody('body', v)) return '';
  const lines = v.trimEnd().split('\n');
  return '\n' + lines.map((l, i) => `    ${i === 0 ? 'body ' : ''}${l}`).join('\n');
}

/** Lines longer than this do not widen the columns the others are padded to. */
const MAX_ALIGNED = 4096;

/** The whole graph as text; `parse(print(g))` gives back an equal graph. */
export function print(g: Graph): string {
  const names = printNames(g);
  const name = (id: number): string => names.get(id) ?? `%?${id}`;
  const bodies = g.nodes.map((n) => {
    const operands = n.inputs.map(name).join(', ');
    return `${name(n.id)} = ${n.op}${operands ? ' ' + operands : ''}${formatAttrs(inlineAttrs(n.attrs))}`;
  });
  // Columns line up to the longest ordinary line; a node with a huge attribute (a mask constant of a
  // wide depthwise conv holds C×C values) is left unpadded, else every line would be padded to it
  // and the text outgrows a JavaScript string (`dlc ir` on MobileNetV2: RangeError).
  const width = Math.max(0, ...bodies.map((b) => b.length).filter((n) => n <= MAX_ALIGNED));
  const typeWidth = Math.max(0, ...g.nodes.map((n) => formatType(n.type).length));
  const lines = g.nodes.map((n, i) => {
    const head = `  ${bodies[i]!.padEnd(width)} : ${formatType(n.type)}`;
    const line = n.loc ? `${head.padEnd(width + typeWidth + 5)}   // ${formatLoc(n.loc)}` : head;
    return line + nestedBody(n.attrs);
  });
  const single = g.outputs.length === 1 && g.outputs[0]!.name === 'output';
  const ret = single
    ? name(g.outputs[0]!.value)
    : g.outputs.map((o) => `${o.name}=${name(o.value)}`).join(', ');
  return [`graph ${g.name}(${g.args.map(formatArg).join(', ')}) {`, ...lines, `  return ${ret}`, '}', ''].join('\n');
}
