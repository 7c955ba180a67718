/**
 * @file What `dlc summary` adds beyond Keras's table: multiply-accumulates and FLOPs per layer and
 * in total (counted on the inference IR at batch 1), and `--graph model.svg`, a picture of the model
 * graph like Keras's plot_model: one box per layer (name, type, output shape), arrows for the data
 * flow, branches side by side and merges where they join.
 *
 * IR nodes are grouped by the source location they were lowered from: a layer call (named by the
 * weights it consumes) or a tensor function such as add or concat. Matmul and convolution MACs come
 * from their shapes; every other op counts one FLOP per output element (reductions per input element).
 */
import { numel, type Graph, type Node } from '../../ir/index.ts';
import type { CompiledModel } from '../../frontend/index.ts';

export interface LayerCost {
  readonly id: string;
  readonly label: string;
  readonly kind: string;
  readonly shape: readonly number[];
  readonly macs: number;
  readonly flops: number;
}

export interface GraphCost {
  readonly layers: readonly LayerCost[];
  readonly edges: readonly (readonly [string, string])[];
  readonly macs: number;
  readonly flops: number;
}

const REDUCE = new Set(['reduce_sum', 'reduce_mean', 'reduce_max', 'reduce_min', 'softmax', 'log_softmax', 'argmax', 'layer_norm', 'batch_norm']);
const FREE = new Set(['reshape', 'constant', 'broadcast_to', 'cast', 'slice', 'concat', 'transpose', 'gather', 'pad']);

/** MACs of one node (matmul, convolutions) and its other FLOPs. */
export function nodeCost(n: Node, types: ReadonlyMap<number, { shape: readonly number[] }>): { macs: number; flops: number } {
  const shape = (i: number): readonly number[] => types.get(n.inputs[i]!)?.shape ?? [];
  const out = numel(n.type.shape);
  switch (n.op) {
    case 'matmul': {
      const a = shape(0);
      const k = n.attrs.transposeA ? a[a.length - 2]! : a[a.length - 1]!;
      return { macs: out * k, flops: 0 };
    }
    case 'conv2d': {
      const w = shape(1);
      return { macs: out * (numel(w) / w[w.length - 1]!), flops: 0 };
    }
    case 'conv2d_transpose': {
      const x = shape(0);
      const w = shape(1);
      return { macs: numel(x) * (numel(w) / x[x.length - 1]!), flops: 0 };
    }
    default:
      if (FREE.has(n.op)) return { macs: 0, flops: 0 };
      return { macs: 0, flops: REDUCE.has(n.op) ? numel(shape(0)) : out };
  }
}

/** Groups the batch-1 inference graph by source location and costs each group. */
export function graphCost(m: CompiledModel): GraphCost {
  const g: Graph = m.graph(1);
  const types = new Map<number, { shape: readonly number[] }>([...g.args.map((a) => [a.id, a.type] as const), ...g.nodes.map((n) => [n.id, n.type] as const)]);
  const argName = new Map(g.args.map((a) => [a.id, a.name]));
  const paramLayer = new Map(m.params.map((p) => [p.name, p.layer]));
  const kinds = new Map(m.layers.map((l) => [l.name, l.type]));
  const groupOf = new Map<number, string>();
  const groups = new Map<string, { label: string; kind: string; shape: readonly number[]; macs: number; flops: number; ops: Set<string> }>();
  const groupLoc = new Map<string, string>();
  for (const a of g.args) {
    if (a.kind === 'input') {
      groupOf.set(a.id, `input:${a.name}`);
      groups.set(`input:${a.name}`, { label: a.name, kind: 'InputLayer', shape: a.type.shape.slice(1), macs: 0, flops: 0, ops: new Set() });
    }
  }
  // Weightless layers (pooling, activations, flatten) are found by where they were applied: each
  // application site's layer names, in the order the graph reaches them (a helper applies one site many times).
  const key = (l: { file?: string; line: number; col: number }): string => `${l.file ?? ''}:${l.line}:${l.col}`;
  const namesAt = new Map<string, string[]>();
  for (const l of m.layers) for (const at of l.locs ?? []) namesAt.set(key(at), [...(namesAt.get(key(at)) ?? []), l.name]);
  let fresh = 0;
  for (const n of g.nodes) {
    const loc = n.loc ? `${n.loc.line}:${n.loc.col}` : undefined;
    // A node that reads a weight belongs to that weight's layer; one lowered from the same call as
    // an input's group continues it (bias, activation); a new call site starts a function group.
    const layer = n.inputs.map((i) => paramLayer.get(argName.get(i) ?? '')).find((x) => x !== undefined);
    const sameCall = n.inputs.map((i) => groupOf.get(i)).find((gid) => gid !== undefined && loc !== undefined && groupLoc.get(gid) === loc);
    const id = layer ?? sameCall ?? (loc ? `fn@${loc}#${fresh++}` : n.inputs.map((i) => groupOf.get(i)).find((x) => x !== undefined) ?? `op:${n.op}`);
    if (loc && !groupLoc.has(id)) groupLoc.set(id, loc);
    groupOf.set(n.id, id);
    const c = nodeCost(n, types);
    const named = !groups.has(id) && !layer && !sameCall && n.loc ? namesAt.get(key(n.loc))?.shift() : undefined;
    const label = layer ?? named;
    const grp = groups.get(id) ?? { label: label ?? '', kind: label ? (kinds.get(label) ?? 'Layer') : '', shape: [], macs: 0, flops: 0, ops: new Set<string>() };
    groups.set(id, { ...grp, shape: n.type.shape.slice(1), macs: grp.macs + c.macs, flops: grp.flops + c.flops, ops: grp.ops.add(n.op) });
  }
  const edges = new Set<string>();
  for (const n of g.nodes) for (const i of n.inputs) {
    const [from, to] = [groupOf.get(i), groupOf.get(n.id)];
    if (from && to && from !== to) edges.add(`${from}\u0000${to}`);
  }
  const layers = [...groups].map(([id, v]) => {
    const main = [...v.ops].filter((o) => !FREE.has(o));
    const label = v.label || (main.length ? main.join(' + ') : [...v.ops].join(' + '));
    return { id, label, kind: v.kind || 'function', shape: v.shape, macs: v.macs, flops: v.flops };
  });
  const macs = layers.reduce((s, l) => s + l.macs, 0);
  const extra = layers.reduce((s, l) => s + l.flops, 0);
  return { layers, edges: [...edges].map((e) => e.split('\u0000') as [string, string]), macs, flops: 2 * macs + extra };
}

/** Human-readable counts: 1.23 M, 4.5 G. */
export function countText(n: number): string {
  if (n < 1e3) return String(n);
  const units: [number, string][] = [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'K']];
  const [d, u] = units.find(([v]) => n >= v)!;
  return `${(n / d).toPrecision(3)} ${u}`;
}

/** The lines `dlc summary` prints under the Keras table: MACs and FLOPs per layer and in total. */
export function costLines(c: GraphCost): string {
  const rows = c.layers.filter((l) => l.macs > 0 || l.flops > 0).map((l) => [l.label, countText(l.macs), countText(2 * l.macs + l.flops)]);
  const head = ['Layer', 'MACs', 'FLOPs'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)) + 2);
  const line = (r: readonly string[]): string => r.map((x, i) => (i === 0 ? x.padEnd(w[i]!) : x.padStart(w[i]!))).join('').trimEnd();
  return [line(head), ...rows.map(line), ` Total MACs: ${countText(c.macs)} · FLOPs: ${countText(c.flops)} (per sample, inference)`].join('\n');
}

const esc = (s: string): string => s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

/** plot_model: boxes placed by depth (longest path from an input), branches side by side. */
export function modelGraphSvg(m: CompiledModel, c: GraphCost = graphCost(m)): string {
  const depth = new Map<string, number>();
  for (const l of c.layers) depth.set(l.id, 0);
  for (let pass = 0, changed = true; changed && pass <= c.layers.length; pass++) {
    changed = false;
    for (const [a, b] of c.edges) {
      if (depth.get(a)! + 1 > depth.get(b)!) {
        depth.set(b, depth.get(a)! + 1);
        changed = true;
      }
    }
  }
  const rows = new Map<number, LayerCost[]>();
  for (const l of c.layers) rows.set(depth.get(l.id)!, [...(rows.get(depth.get(l.id)!) ?? []), l]);
  const [bw, bh, gx, gy] = [240, 46, 30, 34];
  const widest = Math.max(...[...rows.values()].map((r) => r.length));
  const width = widest * (bw + gx) + gx;
  const pos = new Map<string, { x: number; y: number }>();
  for (const [d, r] of rows) r.forEach((l, i) => pos.set(l.id, { x: (width - r.length * (bw + gx) + gx) / 2 + i * (bw + gx), y: 40 + d * (bh + gy) }));
  const height = 40 + (Math.max(...depth.values()) + 1) * (bh + gy) + 10;
  const parts: string[] = [];
  for (const [a, b] of c.edges) {
    const [p, q] = [pos.get(a)!, pos.get(b)!];
    parts.push(`<path class="edge" d="M${p.x + bw / 2},${p.y + bh} C${p.x + bw / 2},${p.y + bh + gy / 2} ${q.x + bw / 2},${q.y - gy / 2} ${q.x + bw / 2},${q.y - 2}" fill="none" stroke="#555" marker-end="url(#arrow)"/>`);
  }
  for (const l of c.layers) {
    const p = pos.get(l.id)!;
    const fill = l.kind === 'InputLayer' ? '#e8f4e8' : l.kind === 'function' ? '#f4f0e8' : '#e8eef8';
    parts.push(`<g class="layer"><rect x="${p.x}" y="${p.y}" width="${bw}" height="${bh}" rx="6" fill="${fill}" stroke="#446"/>`
      + `<text x="${p.x + bw / 2}" y="${p.y + 18}" text-anchor="middle" font-weight="bold">${esc(l.label)}${l.kind !== 'function' ? ` (${esc(l.kind)})` : ''}</text>`
      + `<text x="${p.x + bw / 2}" y="${p.y + 36}" text-anchor="middle" font-size="11">(None, ${l.shape.join(', ')})${l.macs ? ` · ${countText(l.macs)} MACs` : ''}</text></g>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" class="model-graph" width="${width}" height="${height}" font-family="sans-serif" font-size="12">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>
<rect width="100%" height="100%" fill="white"/>
<text x="${width / 2}" y="22" text-anchor="middle" font-size="14">${esc(m.name)}</text>
${parts.join('\n')}
</svg>
`;
}
