/**
 * @file The VJP of scan: backpropagation through time as a reverse scan over the cell's VJP.
 *
 * Forward, step t: (c_t, y_t) = f(c_{t−1}, x_t, K). With μ the cotangent flowing into a step's new
 * carry (μ = ∂L/∂final carry before the last step runs), each backward step is
 *   (μ, ∂x_t, ∂K_t) = VJP_f(c_{t−1}, x_t, K; μ, ∂y_t),  ∂K += ∂K_t,
 * run in the opposite order. The backward scan's carries are μ and the ∂K accumulators, its per-step
 * inputs c_{t−1}, x_t and ∂y_t, its per-step outputs ∂x_t. c_{t−1} comes from the forward's stacked
 * carries: the frontend has the cell emit them as ys when training; otherwise a second forward scan
 * that emits them is added here. VJP_f is `autodiff` of Σ⟨f(·), (μ, ∂y)⟩ over a copy of the cell.
 */
import { GraphBuilder, numel, print, type Arg, type Graph, type Output, type Value } from '../ir/index.ts';
import type { VjpArgs } from '../ops/op-def.ts';
import { inferType, newGraph } from '../ops/registry.ts';
import { scanLayout, scanResults, type EmitOp, type ScanAttrs, type ScanLayout, type ScanPart } from '../ops/scan-body.ts';
import { autodiff, gradName } from './autodiff.ts';
import { padSumsToConcat } from './pad-sum-concat.ts';
import { forwardReads } from './scan-save.ts';
import { simplifyGraph } from './simplify.ts';

export function scanVjp({ b, inputs, output, grad, attrs }: VjpArgs<ScanAttrs>): readonly (Value | null)[] {
  const emit: EmitOp = (op, ins, a) => b.op(op, ins, a);
  const l = scanLayout(attrs);
  const { nc, nx, steps: T } = l;
  const g = gradParts(b, emit, grad, l);
  const stacked = stackedCarries(b, emit, inputs, output, attrs, l);
  const cprev = stacked.map((s, k) => previousCarries(emit, inputs[k]!, s, T, attrs.reverse));
  const xs = inputs.slice(nc, nc + nx);
  const consts = inputs.slice(nc + nx);
  const isF32 = (v: Value): boolean => v.type.dtype === 'f32';
  const gradConsts = consts.filter(isF32);
  const gradXs = xs.filter(isF32);
  const back = backwardBody(l, consts.map(isF32), xs.map(isF32));
  const zeros = gradConsts.map((k) => b.op('constant', [], { value: 0, dtype: 'f32', shape: [...k.type.shape] }));
  const fys = scanResults(emit, output, l).ys;
  // Per-step operands the backward cell still reads: previous carries, xs, ∂ys, forward ys it reads instead of recomputing.
  const seqs = [...cprev, ...xs, ...g.ys, ...back.saved.map((j) => fys[j]!)].filter((_, i) => back.keep[i]);
  const operands = [...g.finals, ...zeros, ...seqs, ...consts];
  const battrs: ScanAttrs = { body: print(back.graph), carries: nc + gradConsts.length, xs: seqs.length, length: T, reverse: !attrs.reverse };
  const r = scanResults(emit, b.op('scan', operands, { ...battrs }), scanLayout(battrs));
  let ix = 0;
  let ik = 0;
  return [
    ...r.finals.slice(0, nc),
    ...xs.map((x) => (isF32(x) ? r.ys[ix++]! : null)),
    ...consts.map((k) => (isF32(k) ? r.finals[nc + ik++]! : null)),
  ];
}

/** A block of the packed output's cotangent that a zero pad puts at `begin`: the VJP of a slice of that output. */
interface PadBlock {
  readonly value: Value;
  readonly begin: number;
  readonly size: number;
}

/** The blocks of ∂packed when it is a zero pad or a sum of them (the slices the graph reads of the packed output), else undefined. */
function padBlocks(b: GraphBuilder, v: Value): PadBlock[] | undefined {
  const n = b.node(v.id);
  if (n?.op === 'add' && n.inputs.length === 2) {
    const [x, y] = n.inputs.map((i) => padBlocks(b, b.value(i)));
    return x && y ? [...x, ...y] : undefined;
  }
  const pads = n?.attrs.pads as number[] | undefined;
  if (n?.op !== 'pad' || n.attrs.value !== 0 || n.type.shape.length !== 1 || pads?.length !== 2) return undefined;
  const value = b.value(n.inputs[0]!);
  return [{ value, begin: pads[0]!, size: numel(value.type.shape) }];
}

/**
 * ∂ys and ∂finals of the packed output, read from the pads' operands where ∂packed is a sum of zero
 * pads (it is when the graph reads the scan through slices): a part one block covers is that block
 * (sliced if it is larger), a part no block touches is a zero constant. So no kernel writes the
 * zero-padded packed gradient (T rows of every y, mostly zeros) only for the backward to slice it
 * apart again. A part two blocks overlap is sliced from ∂packed, as before.
 */
function gradParts(b: GraphBuilder, emit: EmitOp, grad: Value, l: ScanLayout): { ys: Value[]; finals: Value[] } {
  const blocks = padBlocks(b, grad);
  if (!blocks) return scanResults(emit, grad, l);
  const whole = scanResults(emit, grad, l);
  const part = (p: ScanPart, fallback: Value): Value => {
    const n = numel(p.type.shape);
    const touching = blocks.filter((k) => k.begin < p.offset + n && p.offset < k.begin + k.size);
    if (touching.length === 0) return b.op('constant', [], { value: 0, dtype: 'f32', shape: [...p.type.shape] });
    const k = touching[0]!;
    if (touching.length > 1 || k.begin > p.offset || k.begin + k.size < p.offset + n) return fallback;
    const flat = k.begin === p.offset && k.size === n ? k.value : emit('slice', [k.value], { begin: [p.offset - k.begin], size: [n] }, [n]);
    return emit('reshape', [flat], { shape: [...p.type.shape] }, p.type.shape);
  };
  return { ys: l.ys.map((p, j) => part(p, whole.ys[j]!)), finals: l.finals.map((p, k) => part(p, whole.finals[k]!)) };
}

/** For each carry, its value after every step [T, …]: a y of the forward that is the carry itself, else a second forward scan's. */
function stackedCarries(b: GraphBuilder, emit: EmitOp, inputs: readonly Value[], output: Value, attrs: ScanAttrs, l: ScanLayout): Value[] {
  const outs = l.body.outputs;
  const found = outs.slice(0, l.nc).map((c) => outs.findIndex((o, j) => j >= l.nc && o.value === c.value));
  if (found.every((j) => j >= 0)) {
    const ys = scanResults(emit, output, l).ys;
    return found.map((j) => ys[j - l.nc]!);
  }
  const extra: Output[] = outs.slice(0, l.nc).map((c, k) => ({ name: `saved_carry${k}`, value: c.value }));
  const body: Graph = { ...l.body, outputs: [...outs, ...extra] };
  const a2: ScanAttrs = { ...attrs, body: print(body) };
  const l2 = scanLayout(a2);
  const ys = scanResults(emit, b.op('scan', inputs, { ...a2 }), l2).ys;
  return ys.slice(l.ny);
}

/** c_{t−1} for every t, in xs order: the initial carry where a step runs first, the neighbour's carry elsewhere. */
function previousCarries(emit: EmitOp, init: Value, s: Value, T: number, reverse: boolean): Value {
  const shape = init.type.shape;
  const one = emit('reshape', [init], { shape: [1, ...shape] }, [1, ...shape]);
  if (T === 1) return one;
  const zeros = shape.map(() => 0);
  const rest = emit('slice', [s], { begin: [reverse ? 1 : 0, ...zeros], size: [T - 1, ...shape] }, [T - 1, ...shape]);
  return emit('concat', reverse ? [rest, one] : [one, rest], { axis: 0 }, [T, ...shape]);
}

/**
 * Name prefix of ys a forward stacks only for its backward (withBackwardSaves, and the frontend's
 * carries when training): nothing else reads them, so their cotangent is zero and is not scanned.
 */
export const BACKWARD_ONLY = 'dlc_saved';
const SAVED = BACKWARD_ONLY;
const isSaved = (o: Output): boolean => o.name.startsWith(SAVED);

interface BackwardBody {
  readonly graph: Graph;
  /** Forward ys j whose rows the backward reads in place of recomputing (scan-save.ts), after the ∂ys. */
  readonly saved: readonly number[];
  /** For each per-step arg before pruning (c_k…, x_i…, ∂y_j…, saved…): whether the cell still reads it. */
  readonly keep: readonly boolean[];
  /** Forward body nodes the backward would rather read than recompute (withBackwardSaves stacks them). */
  readonly needs: readonly number[];
}

/**
 * The training forward's cell with every value the backward would rather read than recompute
 * (scan-save.ts) stacked as extra ys `saved<k>`: the frontend calls it on a training scan.
 */
export function withBackwardSaves(attrs: ScanAttrs): ScanAttrs {
  const l = scanLayout(attrs);
  const f32 = (a: { type: { dtype: string } }): boolean => a.type.dtype === 'f32';
  const { needs } = backwardBody(l, l.body.args.slice(l.nc + l.nx).map(f32), l.body.args.slice(l.nc, l.nc + l.nx).map(f32));
  if (needs.length === 0) return attrs;
  const outputs: Output[] = [...l.body.outputs, ...needs.map((value, k) => ({ name: `${SAVED}${k}`, value }))];
  return { ...attrs, body: print({ ...l.body, outputs }) };
}

/**
 * The backward cell: args (μ_k…, acc_m…, c_k…, x_i…, ∂y_j…, s_j…, K_m…), outputs (∂c_k…, acc_m + ∂K_m…, ∂x_i…)
 * for f32 consts m and f32 xs i, s_j the forward ys it reads (per-step args it does not read are dropped).
 * Built by differentiating Σ_k⟨c'_k, μ_k⟩ + Σ_j⟨y_j, ∂y_j⟩ over a copy of the cell.
 */
function backwardBody(l: ScanLayout, constF32: readonly boolean[], xF32: readonly boolean[]): BackwardBody {
  const { body, nc, nx } = l;
  const w = newGraph(`${body.name}_grad`);
  const mu = body.args.slice(0, nc).map((a, k) => w.input(`mu${k}`, a.type));
  const accArgs = body.args.slice(nc + nx).flatMap((a, m) => (constF32[m] ? [w.input(`acc${m}`, a.type)] : []));
  const map = new Map<number, Value>();
  body.args.slice(0, nc).forEach((a, k) => map.set(a.id, w.input(`c${k}`, a.type)));
  body.args.slice(nc, nc + nx).forEach((a, i) => map.set(a.id, w.input(`x${i}`, a.type)));
  const types = new Map([...body.args.map((a) => [a.id, a.type] as const), ...body.nodes.map((n) => [n.id, n.type] as const)]);
  const gy = body.outputs.slice(nc).map((o, j) => w.input(`gy${j}`, types.get(o.value)!));
  body.args.slice(nc + nx).forEach((a, m) => map.set(a.id, w.input(`k${m}`, a.type)));
  for (const n of body.nodes) {
    w.loc = n.loc;
    map.set(n.id, w.op(n.op, n.inputs.map((id) => map.get(id)!), n.attrs));
  }
  w.loc = undefined;
  const dot = (v: Value, c: Value): Value => {
    const flat = w.op('reshape', [w.op('mul', [v, c])], { shape: [v.type.shape.reduce((p, d) => p * d, 1)] });
    return w.op('reduce_sum', [flat], { axes: [0], keepDims: false });
  };
  // Values stacked only for the backward (withBackwardSaves) are read by nothing the loss depends on.
  const ys = body.outputs.slice(nc).flatMap((o, j) => (isSaved(o) ? [] : [dot(map.get(o.value)!, gy[j]!)]));
  const terms = [...body.outputs.slice(0, nc).map((o, k) => dot(map.get(o.value)!, mu[k]!)), ...ys];
  w.output('loss', terms.reduce((s, t) => w.op('add', [s, t])));
  const wrt = [...body.args.slice(0, nc).map((_, k) => `c${k}`), ...xF32.flatMap((f, i) => (f ? [`x${i}`] : [])), ...constF32.flatMap((f, m) => (f ? [`k${m}`] : []))];
  const d = GraphBuilder.from(autodiff(w.build(), { loss: 'loss', wrt }), inferType);
  const gradOf = (name: string): Value => d.value(d.build().outputs.find((o) => o.name === gradName(name))!.value);
  const outs: Output[] = [];
  body.args.slice(0, nc).forEach((_, k) => outs.push({ name: `mu${k}`, value: gradOf(`c${k}`).id }));
  let a = 0;
  constF32.forEach((f, m) => {
    if (f) outs.push({ name: `acc${m}`, value: d.op('add', [accArgs[a++]!, gradOf(`k${m}`)]).id });
  });
  xF32.forEach((f, i) => {
    if (f) outs.push({ name: `gx${i}`, value: gradOf(`x${i}`).id });
  });
  // Forward values the gradient ops read: from the forward's stacked ys where it has them.
  const forward = new Map(body.nodes.map((n) => [map.get(n.id)!.id, n.id] as const));
  const stacked = new Map<number, number>();
  body.outputs.slice(nc).forEach((o, j) => {
    if (!stacked.has(o.value)) stacked.set(o.value, j);
  });
  const full = { ...d.build(), outputs: outs };
  const reads = forwardReads(full, forward, stacked);
  const saved = [...new Set(reads.subst.values())].sort((a, b) => a - b);
  const next = Math.max(...full.args.map((x) => x.id), ...full.nodes.map((n) => n.id)) + 1;
  const savedArgs = saved.map((j, k): Arg => ({ id: next + k, name: `s${j}`, kind: 'input', type: types.get(body.outputs[nc + j]!.value)! }));
  const argOf = new Map([...reads.subst].map(([v, j]) => [v, savedArgs[saved.indexOf(j)]!.id]));
  const sub = (v: number): number => argOf.get(v) ?? v;
  const nConsts = body.args.length - nc - nx;
  const args = [...full.args.slice(0, full.args.length - nConsts), ...savedArgs, ...full.args.slice(full.args.length - nConsts)];
  const nodes = full.nodes.filter((n) => !argOf.has(n.id)).map((n) => (n.inputs.some((i) => argOf.has(i)) ? { ...n, inputs: n.inputs.map(sub) } : n));
  const swapped: Graph = { ...full, args, nodes, outputs: full.outputs.map((o) => ({ ...o, value: sub(o.value) })) };
  // The gate slices' VJPs pad each gate back to full width and sum them: one concat instead.
  const simple = simplifyGraph(swapped).graph;
  const joined = padSumsToConcat(simple);
  const graph = joined.rewritten > 0 ? simplifyGraph(joined.graph).graph : simple;
  // Per-step args nothing reads any more (x_t once x_t + h·U is read from the forward) are not scanned.
  const read = new Set(graph.nodes.flatMap((n) => n.inputs));
  for (const o of graph.outputs) read.add(o.value);
  const first = nc + accArgs.length;
  const perStep = graph.args.slice(first, graph.args.length - nConsts);
  const keep = perStep.map((a) => read.has(a.id));
  const pruned: Graph = { ...graph, args: graph.args.filter((a, i) => i < first || i >= first + perStep.length || keep[i - first]) };
  return { graph: pruned, saved, keep, needs: reads.needs };
}
