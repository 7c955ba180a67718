/** @file Verifier: SSA well-formedness and every node's type re-derived from its op's shape rule. */
import type { InferFn } from './builder.ts';
import { CompileError } from './diagnostics.ts';
import type { Graph, Node } from './graph.ts';
import { formatAttrs, printNames } from './printer.ts';
import { formatType, sameType, type TensorType } from './types.ts';

/**
 * Throws a CompileError (code E_IR_VERIFY, or the op's own code) naming the offending node as it
 * prints, e.g. `%3 = matmul %2, %w: ...`, so errors point at the text a user or a test can see.
 */
export function verify(g: Graph, infer: InferFn): void {
  const names = printNames(g);
  const types = new Map<number, TensorType>();
  const seenNames = new Set<string>();
  for (const a of g.args) {
    if (seenNames.has(a.name)) fail(`argument %${a.name} is declared twice`);
    seenNames.add(a.name);
    defineOnce(types, a.id, a.type, `%${a.name}`);
    checkType(a.type, `%${a.name}`);
  }
  for (const n of g.nodes) verifyNode(n, types, names, infer);
  const outNames = new Set<string>();
  if (g.outputs.length === 0) fail(`graph ${g.name} returns nothing`);
  for (const o of g.outputs) {
    if (outNames.has(o.name)) fail(`output ${o.name} is returned twice`);
    outNames.add(o.name);
    if (!types.has(o.value)) fail(`output ${o.name} refers to an undefined value`);
  }
}

function verifyNode(n: Node, types: Map<number, TensorType>, names: Map<number, string>, infer: InferFn): void {
  const label = describe(n, names);
  const inputTypes = n.inputs.map((id) => {
    const t = types.get(id);
    if (!t) fail(`${label}: operand ${names.get(id) ?? `#${id}`} is used before it is defined`, n);
    return t;
  });
  let expected: TensorType;
  try {
    expected = infer(n.op, inputTypes, n.attrs);
  } catch (e) {
    if (e instanceof CompileError) {
      throw new CompileError(e.code, `${label}: ${e.message}`, { loc: n.loc, hint: e.hint });
    }
    throw e;
  }
  if (!sameType(expected, n.type)) {
    fail(`${label}: declared type ${formatType(n.type)} but ${n.op} gives ${formatType(expected)}`, n);
  }
  defineOnce(types, n.id, n.type, names.get(n.id) ?? `#${n.id}`);
}

function describe(n: Node, names: Map<number, string>): string {
  const operands = n.inputs.map((id) => names.get(id) ?? `#${id}`).join(', ');
  return `${names.get(n.id) ?? '%?'} = ${n.op}${operands ? ' ' + operands : ''}${formatAttrs(n.attrs)}`;
}

function checkType(t: TensorType, what: string): void {
  for (const d of t.shape) {
    if (!Number.isInteger(d) || d < 0) fail(`${what} has invalid dimension ${d} in ${formatType(t)}`);
  }
}

function defineOnce(types: Map<number, TensorType>, id: number, t: TensorType, what: string): void {
  if (types.has(id)) fail(`${what} is defined twice`);
  types.set(id, t);
}

function fail(message: string, n?: Node): never {
  throw new CompileError('E_IR_VERIFY', message, { loc: n?.loc });
}
