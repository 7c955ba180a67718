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
import { GraphBuilder, print, type Graph, type Output, type Value } from '../ir/index.ts';
import type { VjpArgs } from '../ops/op-def.ts';
import { inferType, newGraph } from '../ops/registry.ts';
import { scanLayout, scanResults, type EmitOp, type ScanAttrs, type ScanLayout } from '../ops/scan-body.ts';
import { autodiff, gradName } from './autodiff.ts';
import { padSumsToConcat } from './pad-sum-concat.ts';
import { simplifyGraph } from './simplify.ts';

export function scanVjp({ b, inputs, output, grad, attrs }: VjpArgs<ScanAttrs>): readonly (Value | null)[] {
  const emit: EmitOp = (op, ins, a) => b.op(op, ins, a);
  const l = scanLayout(attrs);
  const { nc, nx, steps: T } = l;
  const g = scanResults(emit, grad, l);
  const stacked = stackedCarries(b, emit, inputs, output, attrs, l);
  const cprev = stacked.map((s, k) => previousCarries(emit, inputs[k]!, s, T, attrs.reverse));
  const xs = inputs.slice(nc, nc + nx);
  const consts = inputs.slice(nc + nx);
  const isF32 = (v: Value): boolean => v.type.dtype === 'f32';
  const gradConsts = consts.filter(isF32);
  const gradXs = xs.filter(isF32);
  const back = backwardBody(l, consts.map(isF32), xs.map(isF32));
  const zeros = gradConsts.map((k) => b.op('constant', [], { value: 0, dtype: 'f32', shape: [...k.type.shape] }));
  const operands = [...g.finals, ...zeros, ...cprev, ...xs, ...g.ys, ...consts];
  const battrs: ScanAttrs = { body: print(back), carries: nc + gradConsts.length, xs: nc + nx + l.ny, length: T, reverse: !attrs.reverse };
  const r = scanResults(emit, b.op('scan', operands, { ...battrs }), scanLayout(battrs));
  let ix = 0;
  let ik = 0;
  return [
    ...r.finals.slice(0, nc),
    ...xs.map((x) => (isF32(x) ? r.ys[ix++]! : null)),
    ...consts.map((k) => (isF32(k) ? r.finals[nc + ik++]! : null)),
  ];
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
 * The backward cell: args (μ_k…, acc_m…, c_k…, x_i…, ∂y_j…, K_m…), outputs (∂c_k…, acc_m + ∂K_m…, ∂x_i…)
 * for f32 consts m and f32 xs i. Built by differentiating Σ_k⟨c'_k, μ_k⟩ + Σ_j⟨y_j, ∂y_j⟩ over a copy of the cell.
 */
function backwardBody(l: ScanLayout, constF32: readonly boolean[], xF32: readonly boolean[]): Graph {
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
  const terms = [...body.outputs.slice(0, nc).map((o, k) => dot(map.get(o.value)!, mu[k]!)), ...body.outputs.slice(nc).map((o, j) => dot(map.get(o.value)!, gy[j]!))];
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
  // The gate slices' VJPs pad each gate back to full width and sum them: one concat instead.
  const simple = simplifyGraph({ ...d.build(), outputs: outs }).graph;
  const joined = padSumsToConcat(simple);
  return joined.rewritten > 0 ? simplifyGraph(joined.graph).graph : simple;
}
