/**
 * @file unroll-scan: every scan replaced by T inlined copies of its body, for consumers that have no
 * loop (the ONNX exporter) and for comparisons.
 *
 * Requires: a verified graph.
 * Establishes: no scan node; each former scan's packed output is rebuilt (concat of the stacked ys
 *   and final carries, flattened), so its users are unchanged.
 * Preserves: every argument and output, and every value bit for bit (the same ops on the same operands).
 */
import { GraphBuilder, numel, type Graph, type Node, type Value } from '../ir/index.ts';
import { inferType } from '../ops/registry.ts';
import { scanLayout, type ScanAttrs } from '../ops/scan-body.ts';

export function unrollScans(g: Graph): Graph {
  if (!g.nodes.some((n) => n.op === 'scan')) return g;
  const b = new GraphBuilder(g.name, inferType);
  const map = new Map<number, Value>();
  for (const a of g.args) map.set(a.id, b.arg(a.name, a.type, a.kind));
  for (const n of g.nodes) {
    b.loc = n.loc;
    const ins = n.inputs.map((id) => map.get(id)!);
    map.set(n.id, n.op === 'scan' ? inlineScan(b, n, ins) : b.op(n.op, ins, n.attrs));
  }
  b.loc = undefined;
  for (const o of g.outputs) b.output(o.name, map.get(o.value)!);
  return b.build();
}

function inlineScan(b: GraphBuilder, n: Node, ins: readonly Value[]): Value {
  const attrs = n.attrs as unknown as ScanAttrs;
  const l = scanLayout(attrs);
  const { body, nc, nx, steps: T } = l;
  let carries = ins.slice(0, nc);
  const perStep: Value[][] = l.ys.map(() => new Array<Value>(T));
  for (let k = 0; k < T; k++) {
    const t = attrs.reverse ? T - 1 - k : k;
    const env = new Map<number, Value>();
    body.args.forEach((a, i) => {
      if (i < nc) env.set(a.id, carries[i]!);
      else if (i < nc + nx) {
        const x = ins[i]!;
        const row = b.op('slice', [x], { begin: x.type.shape.map((_, d) => (d === 0 ? t : 0)), size: [1, ...a.type.shape] });
        env.set(a.id, b.op('reshape', [row], { shape: [...a.type.shape] }));
      } else env.set(a.id, ins[i]!);
    });
    for (const m of body.nodes) env.set(m.id, b.op(m.op, m.inputs.map((id) => env.get(id)!), m.attrs));
    carries = body.outputs.slice(0, nc).map((o) => env.get(o.value)!);
    body.outputs.slice(nc).forEach((o, j) => {
      perStep[j]![t] = env.get(o.value)!;
    });
  }
  const flat = (v: Value): Value => b.op('reshape', [v], { shape: [numel(v.type.shape)] });
  const parts = [...perStep.flatMap((vs) => vs.map(flat)), ...carries.map(flat)];
  return parts.length === 1 ? parts[0]! : b.op('concat', parts, { axis: 0 });
}
