/**
 * @file Codegen for scan: the body is compiled once, like any graph (simplified, split and fused for
 * the device's binding limit, its elementwise kernels regrouped once every node is placed since they
 * run T times: fuse.ts FuseOptions.regroup; one kernel per group, temporaries shared), and becomes a plan loop
 * that the runtime replays T times inside one compute pass (runtime/scan-dispatch.ts).
 *
 * Nothing between steps is a buffer copy. Each new carry ping-pongs with its carry buffer: on odd
 * steps the loop swaps the two in every body binding (PlanLoop.swaps), so step k reads what step
 * k−1 wrote. Row t of a sequence and row t of a stacked output are moved by small stepped copy
 * kernels (scan-kernels.ts) that read t from the step uniform, unless the body kernel that reads
 * or writes them indexes the row itself (scan-rewrite.ts). The initial carries come in, and the
 * final ones go out, through copy kernels before and after the loop. The body's constants
 * (recurrent kernel, masks) bind the outer buffers directly. Kernels, pipelines and buffers do not
 * depend on T.
 */
import { numel, type Graph, type Node } from '../ir/index.ts';
import { scanLayout, type ScanAttrs } from '../ops/scan-body.ts';
import { unfusedGroups, type FusedGraph } from '../passes/fuse-groups.ts';
import { fuseGraph } from '../passes/fuse.ts';
import { simplifyGraph } from '../passes/simplify.ts';
import { splitWideOps } from '../passes/split-wide.ts';
import type { BindingAccess, PlanBuffer, PlanDispatch, PlanKernel, PlanLoop } from '../runtime/plan-types.ts';
import { compileProgramPlan } from './plan.ts';
import { copyKernel, type WordCopy } from './scan-kernels.ts';
import { steppedRows, type RowAccess, type RowMirror } from './scan-rewrite.ts';
import type { KernelTarget } from './target.ts';

/**
 * Buffer references before memory planning: ≥ 0 is an outer logical buffer, < 0 is body buffer
 * −1 − i of `ScanBuffers.list` (appended after the outer buffers once those are planned).
 */
export type BufferRef = number;

/** Body buffers of every scan in a plan; they are never shared with the outer temporaries. */
export interface ScanBuffers {
  readonly list: PlanBuffer[];
}

export interface ScanEmitContext {
  readonly bufferOf: (value: number) => BufferRef;
  readonly bodyBuffers: ScanBuffers;
  /** Interns a kernel by its code (header excluded) and returns its index in the outer plan. */
  readonly intern: (code: string, bindings: readonly BindingAccess[], label: string, step: boolean) => number;
  readonly fuse: boolean;
  readonly target: KernelTarget | undefined;
  /** The device's maxStorageBuffersPerShaderStage, which the body's kernels obey like the outer ones. */
  readonly maxStorageBuffers: number;
  /** Whether anything reads words [offset, offset + words) of the scan's packed output; all of it when absent. */
  readonly reads?: (offset: number, words: number) => boolean;
  /** An `xs` operand that is a slice read in place (fuse-views.ts isScanRowsView): the buffer its rows are in, and the word they start at. */
  readonly rowsOf?: (value: number) => { readonly buffer: BufferRef; readonly offset: number } | undefined;
}

/** The scan as dispatches: `enter` before the loop, the loop body, `exit` after it (loop `first` left for the caller). */
export interface ScanEmitted {
  readonly enter: PlanDispatch[];
  readonly body: PlanDispatch[];
  readonly exit: PlanDispatch[];
  readonly loop: Omit<PlanLoop, 'first'>;
}

export function emitScanLoop(n: Node, label: string, cx: ScanEmitContext): ScanEmitted {
  const attrs = n.attrs as unknown as ScanAttrs;
  const l = scanLayout(attrs);
  const body = splitWideOps(simplifyGraph(l.body).graph, cx.maxStorageBuffers).graph;
  const fusion = cx.fuse ? fuseGraph(body, { maxStorageBuffers: cx.maxStorageBuffers, regroup: true }) : unfusedGroups(body, cx.maxStorageBuffers);
  const plan = compileProgramPlan(body, { fusion, ...(cx.target ? { target: cx.target } : {}) }).plan;
  const { nc, nx, steps: T } = l;
  const outer = (k: number): BufferRef => cx.bufferOf(n.inputs[k]!);
  const constOf = new Map<number, BufferRef>();
  body.args.slice(nc + nx).forEach((a, m) => constOf.set(plan.inputs[a.name]!, outer(nc + nx + m)));
  const own = new Map<number, BufferRef>();
  const ref = (i: number): BufferRef => {
    const c = constOf.get(i);
    if (c !== undefined) return c;
    let r = own.get(i);
    if (r === undefined) {
      const { name: _name, ...b } = plan.buffers[i]!;
      r = -1 - (cx.bodyBuffers.list.push({ ...b, role: 'temp' }) - 1);
      own.set(i, r);
    }
    return r;
  };
  const words = (shape: readonly number[]): number => numel(shape);
  const copy = (what: string, from: BufferRef, to: BufferRef, c: Partial<WordCopy> & { words: number }): PlanDispatch => {
    const full: WordCopy = { fromOffset: 0, toOffset: 0, fromStride: 0, toStride: 0, stepped: false, ...c };
    const k = copyKernel(full);
    return { kernel: cx.intern(k.code, ['read', 'read_write'], `${label} / ${what}`, full.stepped), bindings: [from, to], workgroups: k.workgroups, label: `${label} / ${what}` };
  };

  // Rows t of the sequences the body reads, and of the outputs it stacks: indexed by the body kernels where they can.
  const xsIn = body.args.slice(nc, nc + nx).map((a, i) => {
    const view = cx.rowsOf?.(n.inputs[nc + i]!);
    return { buffer: plan.inputs[a.name]!, outer: view?.buffer ?? outer(nc + i), offset: view?.offset ?? 0, words: words(a.type.shape), name: a.name };
  });
  const packed = cx.bufferOf(n.id);
  const carryOut = new Set(body.outputs.slice(0, nc).map((o) => plan.outputs[o.name]!));
  const ysOut = body.outputs.slice(nc).map((o, j) => ({ buffer: plan.outputs[o.name]!, words: words(l.ys[j]!.type.shape.slice(1)), offset: l.ys[j]!.offset, name: o.name }));
  const outputBuffers = Object.values(plan.outputs);
  const argBuffers = new Set(Object.values(plan.inputs));
  // A sequence the body also returns keeps its body buffer (filled by a copy kernel).
  const rows: RowAccess[] = xsIn.filter((x) => !outputBuffers.includes(x.buffer)).map((x) => ({ buffer: x.buffer, to: x.outer, offset: x.offset, stride: x.words, write: false }));
  const alone = (y: (typeof ysOut)[number]): boolean => !argBuffers.has(y.buffer) && ysOut.filter((z) => z.buffer === y.buffer).length === 1;
  for (const y of ysOut) if (alone(y) && !carryOut.has(y.buffer)) rows.push({ buffer: y.buffer, to: packed, offset: y.offset, stride: y.words, write: true });
  // A stacked output that is also a new carry keeps its buffer; its writer stores each value into row t as well.
  const mirrors: RowMirror[] = ysOut.filter((y) => alone(y) && carryOut.has(y.buffer)).map((y) => ({ buffer: y.buffer, to: packed, offset: y.offset, stride: y.words }));
  const stepped = steppedRows(plan, rows, mirrors, cx.maxStorageBuffers);

  const kernelOf = (d: PlanDispatch): PlanKernel => plan.kernels[d.kernel]!;
  const bodyDispatches = plan.dispatches.map((d, i): PlanDispatch => {
    const s = stepped.dispatches.get(i);
    const k = kernelOf(d);
    const code = (s?.code ?? k.code).replace(/^\/\/ dlc kernel:[^\n]*\n/, '');
    const bindings = s ? s.slots.map((x) => ('outer' in x ? x.outer : ref(x.body))) : d.bindings.map(ref);
    const access: BindingAccess[] = s ? s.slots.map((x) => x.access) : [...k.bindings];
    return { kernel: cx.intern(code, access, `${label} / ${d.label}`, s !== undefined), bindings, workgroups: d.workgroups, label: `${label} / ${d.label}` };
  });
  const xsCopies = xsIn.filter((x) => !stepped.handled.has(x.buffer) && x.words > 0)
    .map((x) => copy(`row t of %${x.name}`, x.outer, ref(x.buffer), { words: x.words, fromOffset: x.offset, fromStride: x.words, stepped: true }));
  const ysCopies = ysOut.filter((y) => !stepped.handled.has(y.buffer) && y.words > 0)
    .map((y) => copy(`%${y.name} into row t`, ref(y.buffer), packed, { words: y.words, toOffset: y.offset, toStride: y.words, stepped: true }));

  // Carries: ping-pong where the new carry has a buffer of its own; otherwise copied back after the step.
  const carryIn = body.args.slice(0, nc).map((a) => ref(plan.inputs[a.name]!));
  const argRefs = new Set(Object.values(plan.inputs).map(ref));
  const swaps: [number, number][] = [];
  const back: { from: BufferRef; to: BufferRef; words: number; k: number }[] = [];
  body.outputs.slice(0, nc).forEach((o, k) => {
    const from = ref(plan.outputs[o.name]!);
    const to = carryIn[k]!;
    const w = words(body.args[k]!.type.shape);
    if (from === to || w === 0) return;
    const ownBuffer = from < 0 && !argRefs.has(from) && !swaps.some(([a, b]) => a === from || b === from);
    if (ownBuffer) swaps.push([to, from]);
    else back.push({ from, to, words: w, k });
  });
  // Copies back read the new carries before any of them is overwritten (a carry may be another's old value).
  const clash = back.some((c) => back.some((d) => d.to === c.from));
  const carryCopies = clash
    ? (() => {
        const tmp = back.map((c) => -1 - (cx.bodyBuffers.list.push({ size: c.words * 4, dtype: 'f32', shape: [c.words], role: 'temp' }) - 1));
        return [...back.map((c, i) => copy(`carry ${c.k} aside`, c.from, tmp[i]!, { words: c.words })), ...back.map((c, i) => copy(`carry ${c.k} back`, tmp[i]!, c.to, { words: c.words }))];
      })()
    : back.map((c) => copy(`carry ${c.k} back`, c.from, c.to, { words: c.words }));

  const enter = carryIn.flatMap((to, k) => {
    const w = words(body.args[k]!.type.shape);
    return w > 0 ? [copy(`carry ${k} in`, outer(k), to, { words: w })] : [];
  });
  // After an odd number of steps a swapped carry was last written to its out buffer.
  const finalOf = (k: number): BufferRef => swaps.find(([a]) => a === carryIn[k])?.[T % 2 === 1 ? 1 : 0] ?? carryIn[k]!;
  // A final carry nothing reads (an inference's c, the backward's ∂ of a zero initial state) is not copied out.
  const exit = carryIn.flatMap((_, k) => {
    const w = words(body.args[k]!.type.shape);
    const read = cx.reads?.(l.finals[k]!.offset, w) ?? true;
    return w > 0 && read ? [copy(`final carry ${k}`, finalOf(k), packed, { words: w, toOffset: l.finals[k]!.offset })] : [];
  });
  const loopBody = [...xsCopies, ...bodyDispatches, ...ysCopies, ...carryCopies];
  return {
    enter,
    body: loopBody,
    exit,
    loop: { count: loopBody.length, steps: T, reverse: attrs.reverse, ...(swaps.length > 0 ? { swaps } : {}) },
  };
}

/**
 * Which words of scan `id`'s packed output the graph reads: the ranges of the slices that read it
 * (scanResults), or everything when something else does or it is a graph output.
 */
export function packedReads(graph: Graph, id: number): (offset: number, words: number) => boolean {
  const users = graph.nodes.filter((m) => m.inputs.includes(id));
  const sliced = users.every((m) => m.op === 'slice') && !graph.outputs.some((o) => o.value === id);
  if (!sliced) return () => true;
  const ranges = users.map((m) => [(m.attrs.begin as number[])[0]!, (m.attrs.begin as number[])[0]! + (m.attrs.size as number[])[0]! * ((m.attrs.strides as number[] | undefined)?.[0] ?? 1)] as const);
  return (offset, words) => ranges.some(([a, b]) => a < offset + words && offset < b);
}

/** The fusion's scan-rows views (fuse-views.ts isScanRowsView), as the buffer and word offset a scan reads an operand's rows from. */
export function scanRowsOf(fusion: FusedGraph, bufferOf: (value: number) => BufferRef): (value: number) => { buffer: BufferRef; offset: number } | undefined {
  return (v) => {
    const view = fusion.views?.get(fusion.aliases.get(v) ?? v);
    return view ? { buffer: bufferOf(view.source), offset: view.offset } : undefined;
  };
}

/** Loops with their buffer refs resolved to plan buffer indices. */
export function resolveLoops(loops: readonly PlanLoop[], phys: (ref: BufferRef) => number): PlanLoop[] {
  return loops.map((l) => (l.swaps ? { ...l, swaps: l.swaps.map(([a, b]) => [phys(a), phys(b)] as const) } : l));
}
