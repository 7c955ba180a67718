/**
 * @file autodiff: reverse-mode differentiation over the IR, appending the backward graph.
 *
 * Requires: a verified graph whose `loss` output is a scalar f32.
 * Establishes: one output `grad/<name>` per requested argument, with that argument's type.
 * Preserves: every existing node and output (the forward pass is shared, not copied).
 */
import { CompileError, formatType, GraphBuilder, numel, sameShape, type Graph, type Node, type Value } from '../ir/index.ts';
import { broadcastAxes } from '../ops/broadcast.ts';
import { getOp, inferType } from '../ops/registry.ts';

export interface AutodiffOptions {
  /** Name of the scalar output to differentiate. */
  readonly loss: string;
  /** Argument names to differentiate with respect to (typically every trainable param). */
  readonly wrt: readonly string[];
}

export const gradName = (arg: string): string => `grad/${arg}`;

export function autodiff(g: Graph, opts: AutodiffOptions): Graph {
  const lossOut = g.outputs.find((o) => o.name === opts.loss);
  if (!lossOut) throw new CompileError('E_AUTODIFF', `graph ${g.name} has no output named '${opts.loss}'`);
  const b = GraphBuilder.from(g, inferType);
  const loss = b.value(lossOut.value);
  if (loss.type.dtype !== 'f32' || numel(loss.type.shape) !== 1) {
    throw new CompileError('E_AUTODIFF', `the loss must be a scalar f32, got ${formatType(loss.type)}`);
  }
  const wrtArgs = opts.wrt.map((name) => {
    const a = g.args.find((x) => x.name === name);
    if (!a) throw new CompileError('E_AUTODIFF', `cannot differentiate with respect to unknown argument %${name}`);
    return a;
  });
  const active = activeNodes(g, new Set(wrtArgs.map((a) => a.id)), lossOut.value);
  const cot = new Map<number, Value>();
  cot.set(loss.id, b.op('constant', [], { value: 1, dtype: 'f32', shape: [...loss.type.shape] }));
  for (let i = g.nodes.length - 1; i >= 0; i--) {
    const n = g.nodes[i]!;
    const grad = cot.get(n.id);
    if (!grad || !active.has(n.id)) continue;
    backprop(b, n, grad, cot, active);
  }
  for (const a of wrtArgs) {
    const gv = cot.get(a.id) ?? b.op('constant', [], { value: 0, dtype: 'f32', shape: [...a.type.shape] });
    b.output(gradName(a.name), gv);
  }
  return b.build();
}

function backprop(b: GraphBuilder, n: Node, grad: Value, cot: Map<number, Value>, active: Set<number>): void {
  const def = getOp(n.op);
  if (!def.vjp) {
    throw new CompileError('E_AUTODIFF_NO_GRAD', `${n.op} has no gradient, but the loss depends on it through a trained value`, {
      loc: n.loc,
      hint: 'stop the gradient before this op, or freeze the layers that feed it',
    });
  }
  const saved = b.loc;
  b.loc = n.loc;
  const inputs = n.inputs.map((id) => b.value(id));
  const grads = def.vjp({ b, inputs, output: b.value(n.id), grad, attrs: n.attrs });
  inputs.forEach((x, k) => {
    const gx = grads[k];
    if (!gx || x.type.dtype !== 'f32' || !active.has(x.id)) return;
    const summed = sumToShape(b, gx, x.type.shape);
    const prev = cot.get(x.id);
    cot.set(x.id, prev ? b.op('add', [prev, summed]) : summed);
  });
  b.loc = saved;
}

/** Sums a broadcast cotangent back to the operand's shape (the one place broadcasting is undone). */
function sumToShape(b: GraphBuilder, gx: Value, shape: readonly number[]): Value {
  if (sameShape(gx.type.shape, shape)) return gx;
  const axes = broadcastAxes(shape, gx.type.shape);
  let r = axes.length > 0 ? b.op('reduce_sum', [gx], { axes, keepDims: false }) : gx;
  if (!sameShape(r.type.shape, shape)) r = b.op('reshape', [r], { shape: [...shape] });
  return r;
}

/** Values on some path from a differentiated argument to the loss: the only ones that need cotangents. */
function activeNodes(g: Graph, sources: Set<number>, loss: number): Set<number> {
  const fromSources = new Set(sources);
  for (const n of g.nodes) if (n.inputs.some((id) => fromSources.has(id))) fromSources.add(n.id);
  const toLoss = new Set([loss]);
  for (let i = g.nodes.length - 1; i >= 0; i--) {
    const n = g.nodes[i]!;
    if (toLoss.has(n.id)) n.inputs.forEach((id) => toLoss.add(id));
  }
  return new Set([...fromSources].filter((id) => toLoss.has(id)));
}
