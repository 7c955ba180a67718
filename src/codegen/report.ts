/** @file The fusion and memory report behind `dlc explain` (and later `dlc build --report`): per kernel and per program, as data, text and JSON. */
import { formatLoc, printNames, type Graph, type Node } from '../ir/index.ts';
import { memberNodes } from '../passes/fuse-groups.ts';
import type { CompiledPlan } from './plan.ts';

export interface KernelRow {
  /** Dispatch order. */
  readonly index: number;
  /** The pipeline (distinct WGSL) it runs. */
  readonly pipeline: number;
  readonly kind: string;
  /** `conv2d %0`, `add %1`, … in graph order. */
  readonly ops: readonly string[];
  /** Distinct `file:line` of the ops' TypeScript source. */
  readonly lines: readonly string[];
  readonly storageBuffers: number;
  readonly workgroups: readonly [number, number, number];
}

export interface Report {
  readonly name: string;
  /** IR ops before fusion. */
  readonly ops: number;
  /** Kernels (dispatches) per call or step. */
  readonly kernels: number;
  /** Distinct pipelines (identical kernels emitted once). */
  readonly pipelines: number;
  readonly peakBytes: number;
  readonly naiveBytes: number;
  readonly perKernel: readonly KernelRow[];
  /** Fusions considered and refused. */
  readonly rejected: readonly { readonly op: string; readonly with: string; readonly reason: string }[];
}

export function buildReport(graph: Graph, compiled: CompiledPlan): Report {
  const names = printNames(graph);
  const defs = new Map(graph.nodes.map((n) => [n.id, n]));
  const position = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const label = (n: Node): string => `${n.op} ${names.get(n.id) ?? `#${n.id}`}`;
  const perKernel = compiled.plan.dispatches.map((d, index): KernelRow => {
    const g = compiled.dispatchGroups[index]!;
    const nodes = memberNodes(g, defs, position);
    const lines = [...new Set(nodes.filter((n) => n.loc).map((n) => lineOf(formatLoc(n.loc!))))];
    return { index, pipeline: d.kernel, kind: g.kind, ops: nodes.map(label), lines, storageBuffers: d.bindings.length, workgroups: d.workgroups };
  });
  const rejected = compiled.fusion.rejected.map((r) => ({ op: label(defs.get(r.node)!), with: label(defs.get(r.with)!), reason: r.reason }));
  const { plan, memory } = compiled;
  return { name: graph.name, ops: graph.nodes.length, kernels: plan.dispatches.length, pipelines: plan.kernels.length, peakBytes: memory.peakBytes, naiveBytes: memory.naiveBytes, perKernel, rejected };
}

/** `models/x.ts:8:5` → `models/x.ts:8` (the line is what a reader looks up). */
function lineOf(loc: string): string {
  return loc.replace(/\s+/g, ' ').replace(/:(\d+):\d+$/, ':$1');
}

export function formatReport(r: Report): string {
  const rows = r.perKernel.map((k) => [
    `#${k.index}`,
    `p${k.pipeline}`,
    k.ops.join(' + '),
    k.lines.join(', ') || '-',
    String(k.storageBuffers),
    k.workgroups.join('×'),
  ]);
  const out = [`${r.name}: ${r.ops} IR ops → ${r.kernels} kernels per call, ${r.pipelines} distinct pipelines`, ''];
  out.push(...table(['kernel', 'pipe', 'ops fused', 'source lines', 'bufs', 'workgroups'], rows), '');
  const saved = r.naiveBytes > 0 ? Math.round((100 * (r.naiveBytes - r.peakBytes)) / r.naiveBytes) : 0;
  out.push(`peak memory ${kib(r.peakBytes)} (one buffer per value: ${kib(r.naiveBytes)}, ${saved}% less)`);
  if (r.rejected.length > 0) {
    out.push('', 'fusions not made:');
    for (const x of r.rejected) out.push(`  ${x.op} with ${x.with}: ${x.reason}`);
  }
  return out.join('\n');
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]): string => r.map((c, i) => c.padEnd(width[i]!)).join('  ').trimEnd();
  return [line(head), ...rows.map(line)];
}
