/**
 * @file Codegen for scan: the body is compiled once, like any graph (simplified, fused, one kernel
 * per group, temporaries shared), and becomes a plan loop that the runtime replays T times in one
 * submit (runtime/scan-dispatch.ts).
 *
 * The body's kernels read and write their own buffers; copies around each step move data in and
 * out: before step t, row t of each sequence into the body's x buffer; after it, each y into row t
 * of the scan's packed output, and each new carry onto the carry buffer (ping-pong by copy). Copies
 * take any 4-byte offset, so no kernel needs the step index and the body's WGSL is the same code a
 * single step would have. The body's constants (recurrent kernel, masks) bind the outer buffers
 * directly. Kernels, pipelines and buffers do not depend on T; the loop's copies are per step.
 */
import { numel, type Node } from '../ir/index.ts';
import { scanLayout, type ScanAttrs } from '../ops/scan-body.ts';
import { fuseGraph } from '../passes/fuse.ts';
import { simplifyGraph } from '../passes/simplify.ts';
import type { BindingAccess, PlanBuffer, PlanCopy, PlanDispatch, PlanKernel, PlanLoop } from '../runtime/plan-types.ts';
import { compileProgramPlan } from './plan.ts';
import type { KernelTarget } from './target.ts';

const ELEMENT_BYTES = 4;

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
  readonly intern: (code: string, bindings: readonly BindingAccess[], label: string) => number;
  readonly fuse: boolean;
  readonly target: KernelTarget | undefined;
}

/** The body's dispatches (bindings as refs) and its loop (`first` left for the caller to set). */
export function emitScanLoop(n: Node, label: string, cx: ScanEmitContext): { dispatches: PlanDispatch[]; loop: Omit<PlanLoop, 'first'> } {
  const attrs = n.attrs as unknown as ScanAttrs;
  const l = scanLayout(attrs);
  const body = simplifyGraph(l.body).graph;
  const compiled = compileProgramPlan(body, { ...(cx.fuse ? { fusion: fuseGraph(body) } : {}), ...(cx.target ? { target: cx.target } : {}) });
  const plan = compiled.plan;
  const { nc, nx } = l;
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
  const dispatches = plan.dispatches.map((d): PlanDispatch => {
    const k: PlanKernel = plan.kernels[d.kernel]!;
    const code = k.code.replace(/^\/\/ dlc kernel:[^\n]*\n/, '');
    return { kernel: cx.intern(code, k.bindings, `${label} / ${d.label}`), bindings: d.bindings.map(ref), workgroups: d.workgroups, label: `${label} / ${d.label}` };
  });
  const packed = cx.bufferOf(n.id);
  const carryIn = body.args.slice(0, nc).map((a) => ref(plan.inputs[a.name]!));
  const bytes = (shape: readonly number[]): number => numel(shape) * ELEMENT_BYTES;
  const copy = (from: BufferRef, to: BufferRef, size: number, o: Partial<PlanCopy> = {}): PlanCopy => ({ from, to, size, fromOffset: 0, fromStride: 0, toOffset: 0, toStride: 0, ...o });
  const enter = carryIn.map((to, k) => copy(outer(k), to, bytes(body.args[k]!.type.shape)));
  const before = body.args.slice(nc, nc + nx).map((a, i) => copy(outer(nc + i), ref(plan.inputs[a.name]!), bytes(a.type.shape), { fromStride: bytes(a.type.shape) }));
  const ys = body.outputs.slice(nc).map((o, j) => {
    const step = bytes(l.ys[j]!.type.shape.slice(1));
    return copy(ref(plan.outputs[o.name]!), packed, step, { toOffset: l.ys[j]!.offset * ELEMENT_BYTES, toStride: step });
  });
  const carries = body.outputs.slice(0, nc).flatMap((o, k) => {
    const from = ref(plan.outputs[o.name]!);
    return from === carryIn[k] ? [] : [copy(from, carryIn[k]!, bytes(body.args[k]!.type.shape))];
  });
  const exit = carryIn.map((from, k) => copy(from, packed, bytes(body.args[k]!.type.shape), { toOffset: l.finals[k]!.offset * ELEMENT_BYTES }));
  const nonEmpty = (cs: PlanCopy[]): PlanCopy[] => cs.filter((c) => c.size > 0);
  return {
    dispatches,
    loop: { count: dispatches.length, steps: l.steps, reverse: attrs.reverse, enter: nonEmpty(enter), before: nonEmpty(before), after: nonEmpty([...ys, ...carries]), exit: nonEmpty(exit) },
  };
}

/** Loops with their buffer refs resolved to plan buffer indices. */
export function resolveLoops(loops: readonly PlanLoop[], phys: (ref: BufferRef) => number): PlanLoop[] {
  const copies = (cs: readonly PlanCopy[]): PlanCopy[] => cs.map((c) => ({ ...c, from: phys(c.from), to: phys(c.to) }));
  return loops.map((l) => ({ ...l, enter: copies(l.enter), before: copies(l.before), after: copies(l.after), exit: copies(l.exit) }));
}
