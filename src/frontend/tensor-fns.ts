/**
 * @file Tensor functions for custom layers and losses (`mul(x, 2)`, `mean(x, -1, true)`,
 * `matmul(a, b)`, …): each call is read statically like a layer application (a weightless trace
 * node that lowers to registry ops), so autodiff differentiates it and fusion fuses it.
 *
 * Axes count from the batch axis 0, as in Keras ops; shapes given to `reshape` and `slice` may be
 * per-sample (without the batch axis). A reduction over the batch axis (a reduction with no axis
 * given, e.g. `mean(square(sub(yTrue, yPred)))` in a custom loss) gives a batch-free tensor; numbers
 * broadcast as scalars.
 */
import type { Node } from 'ts-morph';
import type { Value } from '../ir/index.ts';
import { readAs, type Located } from './args.ts';
import { errorAt, locOf } from './diag.ts';
import type { Interp } from './interp.ts';
import { param, type InitName, type LayerDef, type Lowerer, type ParamSpec } from './layers/layer-def.ts';
import { checkInitShapes } from './initializers.ts';
import { describe, ObjVal, TensorVal, type Val } from './values.ts';

/** A tensor's shape as the trace sees it: per-sample when batched, else whole. */
interface Sym {
  readonly batched: boolean;
  readonly shape: readonly number[];
}

type Operand = { readonly t: TensorVal } | { readonly n: number };

interface FnConfig {
  lower(l: Lowerer, xs: readonly Value[]): Value;
}

const BATCH = -1;
/** Comparison results are bool in the IR; the Lowerer's dtype names only tensor dtypes layers produce. */
const BOOL = 'bool' as 'f32';
const full = (s: Sym): number[] => (s.batched ? [BATCH, ...s.shape] : [...s.shape]);
const concrete = (l: Lowerer, shape: readonly number[]): number[] => shape.map((d) => (d === BATCH ? l.batch : d));
const symOf = (t: TensorVal): Sym => ({ batched: t.batched, shape: t.shape });
const fromFull = (f: readonly number[], batched: boolean): Sym => ({ batched, shape: batched ? f.slice(1) : [...f] });

const DEFS = new Map<string, LayerDef>();
function defFor(name: string): LayerDef {
  let d = DEFS.get(name);
  if (!d) {
    d = {
      dslName: name, kerasType: 'TFOpLambda', baseName: `tf.${name}`, arity: 'many',
      parse: () => ({}),
      build: () => {
        throw new Error(`internal error: ${name} is built at its call`);
      },
      lower: (l, cfg, xs) => (cfg as FnConfig).lower(l, xs),
    };
    DEFS.set(name, d);
  }
  return d;
}

/** Records one application in the trace; `lower` gets the operand values in `inputs` order (and the weights in `params`). */
function apply(ip: Interp, name: string, node: Node, inputs: readonly TensorVal[], out: Sym, lower: FnConfig['lower'], weights?: { params: readonly ParamSpec[]; name?: string; trainable: boolean; lower: LayerDef['lower'] }): TensorVal {
  if (inputs.some((t) => t.dtype !== 'f32')) throw errorAt(node, 'E_DTYPE', `${name}() takes float32 tensors`, 'feed token ids to embedding() first');
  const def = weights ? { ...defFor(name), kerasType: 'Weight', baseName: name, lower: weights.lower } : defFor(name);
  const layer = ip.layer(def, { lower } satisfies FnConfig, weights?.name, weights?.trainable ?? true, node);
  const params = (weights?.params ?? []).map((p) => (layer.trainable ? p : { ...p, trainable: false }));
  layer.built = { inputs: inputs.map((t) => ({ shape: t.shape, dtype: t.dtype })), output: out.shape, params };
  const t = ip.tensor(out.shape, 'f32', out.batched);
  ip.applications().push({ layer, inputs, output: t, loc: locOf(node), node });
  return t;
}

function operand(a: Located | undefined, fn: string, what: string, node: Node): Operand {
  if (a?.value instanceof TensorVal) return { t: a.value };
  if (typeof a?.value === 'number') return { n: a.value };
  throw errorAt(a?.node ?? node, 'E_NOT_TENSOR', `${fn}(): ${what} must be a tensor or a number, got ${a ? describe(a.value) : 'nothing'}`);
}

function tensorArg(a: Located | undefined, fn: string, what: string, node: Node): TensorVal {
  if (a?.value instanceof TensorVal) return a.value;
  throw errorAt(a?.node ?? node, 'E_NOT_TENSOR', `${fn}(): ${what} must be a tensor, got ${a ? describe(a.value) : 'nothing'}`);
}

/** NumPy broadcasting of full shapes, the batch axis symbolic: it may meet only itself or 1, and stays first. */
function broadcast(fn: string, node: Node, syms: readonly Sym[]): Sym {
  const fs = syms.map(full);
  const rank = Math.max(0, ...fs.map((f) => f.length));
  const out = new Array<number>(rank).fill(1);
  for (const f of fs) {
    f.forEach((d, i) => {
      const k = rank - f.length + i;
      const cur = out[k]!;
      if (cur === 1) out[k] = d;
      else if (d !== 1 && d !== cur) throw errorAt(node, 'E_SHAPE_MISMATCH', `${fn}(): shapes ${fs.map(show).join(' and ')} do not broadcast`, 'axes must match or be 1 (counting from the last)');
    });
  }
  const batched = syms.some((s) => s.batched);
  if (batched && out.indexOf(BATCH) !== 0) throw errorAt(node, 'E_SHAPE_MISMATCH', `${fn}(): shapes ${fs.map(show).join(' and ')} would move the batch axis`);
  return fromFull(out, batched);
}

const show = (f: readonly number[]): string => `(${f.map((d) => (d === BATCH ? 'None' : d)).join(', ')}${f.length === 1 ? ',' : ''})`;

/** Elementwise op of tensors and numbers (numbers become scalar constants). */
function elementwise(ip: Interp, fn: string, node: Node, ops: readonly Operand[], emit: (l: Lowerer, vs: Value[], shape: number[]) => Value): TensorVal {
  const tensors = ops.flatMap((o) => ('t' in o ? [o.t] : []));
  if (tensors.length === 0) throw errorAt(node, 'E_NOT_TENSOR', `${fn}() needs at least one tensor; on numbers use ordinary arithmetic`);
  const out = broadcast(fn, node, tensors.map(symOf));
  return apply(ip, fn, node, tensors, out, (l, xs) => {
    let k = 0;
    const vs = ops.map((o) => ('t' in o ? xs[k++]! : l.op('constant', [], { value: o.n, dtype: 'f32', shape: [] }, [])));
    return emit(l, vs, concrete(l, full(out)));
  });
}

const BINARY: Record<string, string> = { add: 'add', sub: 'sub', mul: 'mul', div: 'div', pow: 'pow' };
const UNARY: Record<string, string> = { sqrt: 'sqrt', exp: 'exp', log: 'log', abs: 'abs', neg: 'neg', square: 'square' };
const COMPARE: Record<string, string> = { greater: 'greater', greaterEqual: 'greater_equal', less: 'less', lessEqual: 'less_equal', equal: 'equal', notEqual: 'not_equal' };
const REDUCE: Record<string, string> = { mean: 'reduce_mean', sum: 'reduce_sum', max: 'reduce_max', min: 'reduce_min' };
/** Every tensor function, by DSL name (the activations `relu(x)`, `sigmoid(x)`, … already apply to tensors). */
export const TENSOR_FN_NAMES: readonly string[] = [
  ...Object.keys(BINARY), ...Object.keys(UNARY), ...Object.keys(COMPARE), ...Object.keys(REDUCE),
  'clip', 'matmul', 'transpose', 'reshape', 'concat', 'slice', 'stack', 'expandDims', 'squeeze', 'where', 'weight',
];

/** Whether `name(args)` is a tensor-function call (`reshape` and `add` are also a layer and a merge). */
export function isTensorFnCall(name: string, args: readonly Located[]): boolean {
  if (!TENSOR_FN_NAMES.includes(name)) return false;
  if (name === 'reshape') return args[0]?.value instanceof TensorVal;
  // add(a, b) of per-sample tensors stays the Add merge layer (same shapes); a number or a batch-free tensor (a weight) makes it the function.
  if (name === 'add') {
    const [a, b] = args.map((x) => x.value);
    if (args.length !== 2 || !(a instanceof TensorVal || b instanceof TensorVal)) return false;
    return [a, b].some((v) => typeof v === 'number' || (v instanceof TensorVal && !v.batched));
  }
  return true;
}

function axisOf(fn: string, node: Node, a: number, rank: number): number {
  const k = a < 0 ? a + rank : a;
  if (!Number.isInteger(a) || k < 0 || k >= rank) throw errorAt(node, 'E_SHAPE_AXIS', `${fn}(): axis ${a} is out of range for a rank-${rank} tensor (the batch axis is 0)`);
  return k;
}

function ints(v: Val, node: Node, what: string): number[] {
  if (typeof v === 'number') return [readAs('int', v, node, what) as number];
  return readAs('ints', v, node, what) as number[];
}

function noBatchAxis(fn: string, node: Node, x: Sym, axes: readonly number[]): void {
  if (x.batched && axes.includes(0)) throw errorAt(node, 'E_SHAPE_AXIS', `${fn}(): axis 0 is the batch axis, which ${fn}() cannot move or change`, 'count axes from 1 (or from the end with −1)');
}

export function callTensorFn(ip: Interp, name: string, args: readonly Located[], node: Node): TensorVal {
  const arg = (i: number): Located | undefined => args[i];
  if (name in BINARY) {
    if (args.length !== 2) throw errorAt(node, 'E_ARGUMENT_COUNT', `${name}(a, b) takes two operands`);
    const op = BINARY[name]!;
    return elementwise(ip, name, node, [operand(arg(0), name, 'a', node), operand(arg(1), name, 'b', node)], (l, [a, b], s) => l.op(op, [a!, b!], {}, s));
  }
  if (name in UNARY) {
    const op = UNARY[name]!;
    return elementwise(ip, name, node, [{ t: tensorArg(arg(0), name, 'x', node) }], (l, [x], s) => l.op(op, [x!], {}, s));
  }
  if (name in COMPARE) {
    // A 0/1 float mask (dlc tensors in model files are float32), usable with where() and mul().
    const op = COMPARE[name]!;
    return elementwise(ip, name, node, [operand(arg(0), name, 'a', node), operand(arg(1), name, 'b', node)], (l, [a, b], s) => l.op('cast', [l.op(op, [a!, b!], {}, s, BOOL)], { to: 'f32' }, s));
  }
  if (name === 'clip') {
    const lo = readAs('number', arg(1)?.value, arg(1)?.node ?? node, 'clip(): min') as number;
    const hi = readAs('number', arg(2)?.value, arg(2)?.node ?? node, 'clip(): max') as number;
    return elementwise(ip, name, node, [{ t: tensorArg(arg(0), name, 'x', node) }, { n: lo }, { n: hi }], (l, [x, a, b], s) => l.op('minimum', [l.op('maximum', [x!, a!], {}, s), b!], {}, s));
  }
  if (name === 'where') {
    const ops = [operand(arg(0), name, 'condition', node), operand(arg(1), name, 'x', node), operand(arg(2), name, 'y', node)];
    if (!('t' in ops[0]!)) throw errorAt(arg(0)?.node ?? node, 'E_NOT_TENSOR', 'where(): the condition must be a tensor (e.g. greater(x, 0))');
    return elementwise(ip, name, node, ops, (l, [c, a, b], s) => {
      const cond = l.op('not_equal', [c!, l.op('constant', [], { value: 0, dtype: 'f32', shape: [] }, [])], {}, concrete(l, full(symOf((ops[0] as { t: TensorVal }).t))), BOOL);
      return l.op('where', [cond, a!, b!], {}, s);
    });
  }
  if (name in REDUCE) return reduce(ip, name, args, node);
  if (name === 'weight') return weight(ip, args, node);
  // concat and stack read their list themselves.
  const x = name === 'concat' || name === 'stack' ? undefined : tensorArg(arg(0), name, 'x', node);
  return LAYOUT[name]!(ip, x!, args, node);
}

/**
 * `weight([4, 8], 'glorotUniform', { name, trainable })`: a trained parameter of the model, a
 * batch-free tensor of that shape (named `<name>.w`, default names `weight`, `weight_1`, …). Each
 * call owns a new weight; a helper that calls it is a custom layer with parameters.
 */
function weight(ip: Interp, args: readonly Located[], node: Node): TensorVal {
  const shape = readAs('ints', args[0]?.value, args[0]?.node ?? node, 'weight(): shape') as number[];
  if (shape.some((d) => !(d >= 1))) throw errorAt(args[0]!.node, 'E_OPTION_VALUE', `weight(): every size must be ≥ 1, got [${shape.join(', ')}]`);
  const init = args[1] === undefined ? 'glorotUniform' : (readAs('initializer', args[1].value, args[1].node, 'weight(): initializer') as InitName);
  checkInitShapes([param('w', shape, init, true)], { layerName: 'weight()', error: (code, message, hint) => errorAt(node, code, message, hint) }, 'Weight');
  const o = args[2]?.value;
  const opts = o instanceof ObjVal ? o : undefined;
  for (const k of opts?.props.keys() ?? []) if (k !== 'name' && k !== 'trainable') throw errorAt(args[2]!.node, 'E_UNKNOWN_OPTION', `weight() has no option '${k}'`, 'its options are name, trainable');
  const wname = opts?.props.get('name');
  const trainable = opts?.props.get('trainable');
  return apply(ip, 'weight', node, [], { batched: false, shape }, () => {
    throw new Error('internal error: weight() lowers through its params');
  }, {
    params: [param('w', shape, init, true)],
    ...(wname === undefined ? {} : { name: readAs('string', wname, node, 'weight(): name') as string }),
    trainable: trainable === undefined ? true : (readAs('bool', trainable, node, 'weight(): trainable') as boolean),
    lower: (_l, _c, _xs, params) => params.w!,
  });
}

function reduce(ip: Interp, name: string, args: readonly Located[], node: Node): TensorVal {
  const x = tensorArg(args[0], name, 'x', node);
  const f = full(symOf(x));
  const given = args[1]?.value;
  const axes = given === undefined || given === null ? f.map((_, i) => i) : [...new Set(ints(given, args[1]!.node, `${name}(): axis`).map((a) => axisOf(name, node, a, f.length)))];
  const keepDims = args[2] === undefined ? false : (readAs('bool', args[2].value, args[2].node, `${name}(): keepDims`) as boolean);
  const batched = x.batched && !axes.includes(0);
  const outFull = f.flatMap((d, i) => (axes.includes(i) ? (keepDims ? [1] : []) : [d]));
  const op = REDUCE[name]!;
  return apply(ip, name, node, [x], fromFull(outFull, batched), (l, [v]) => l.op(op, [v!], { axes, keepDims }, concrete(l, outFull)));
}

type Layout = (ip: Interp, x: TensorVal, args: readonly Located[], node: Node) => TensorVal;

const LAYOUT: Record<string, Layout> = {
  matmul(ip, a, args, node) {
    const b = tensorArg(args[1], 'matmul', 'b', node);
    const [fa, fb] = [full(symOf(a)), full(symOf(b))];
    if (fa.length < 2 || fb.length < 2) throw errorAt(node, 'E_SHAPE_RANK', `matmul(): both operands need rank ≥ 2, got ${show(fa)} and ${show(fb)}`);
    if (fa.at(-1) !== fb.at(-2)) throw errorAt(node, 'E_SHAPE_MISMATCH', `matmul(): ${show(fa)} × ${show(fb)}: inner sizes ${fa.at(-1)} and ${fb.at(-2)} differ`);
    if (a.batched && fa.length === 2) {
      // [B, K] × [K, N]: the batch is the row axis.
      if (b.batched || fb.length !== 2) throw errorAt(node, 'E_SHAPE_MISMATCH', `matmul(): ${show(fa)} × ${show(fb)}: a per-sample vector multiplies a [K, N] matrix (e.g. a weight())`);
      const out2 = { batched: true, shape: [fb[1]!] };
      return apply(ip, 'matmul', node, [a, b], out2, (l, [x, y]) => l.op('matmul', [x!, y!], {}, concrete(l, full(out2))));
    }
    const lead = broadcast('matmul', node, [{ batched: a.batched, shape: a.batched ? fa.slice(1, -2) : fa.slice(0, -2) }, { batched: b.batched, shape: b.batched ? fb.slice(1, -2) : fb.slice(0, -2) }]);
    const out = { batched: lead.batched, shape: [...lead.shape, fa.at(-2)!, fb.at(-1)!] };
    return apply(ip, 'matmul', node, [a, b], out, (l, [x, y]) => l.op('matmul', [x!, y!], {}, concrete(l, full(out))));
  },
  transpose(ip, x, args, node) {
    const f = full(symOf(x));
    const dflt = x.batched ? [0, ...f.slice(1).map((_, i) => f.length - 1 - i)] : f.map((_, i) => f.length - 1 - i);
    const perm = args[1] === undefined ? dflt : ints(args[1].value, args[1].node, 'transpose(): perm').map((a) => axisOf('transpose', node, a, f.length));
    if (perm.length !== f.length || new Set(perm).size !== f.length) throw errorAt(args[1]?.node ?? node, 'E_OPTION_VALUE', `transpose(): perm must list each of the ${f.length} axes once, got [${perm.join(', ')}]`);
    if (x.batched && perm[0] !== 0) throw errorAt(args[1]?.node ?? node, 'E_SHAPE_AXIS', 'transpose(): the batch axis must stay first (perm[0] = 0)');
    const outFull = perm.map((p) => f[p]!);
    return apply(ip, 'transpose', node, [x], fromFull(outFull, x.batched), (l, [v]) => l.op('transpose', [v!], { perm }, concrete(l, outFull)));
  },
  reshape(ip, x, args, node) {
    let shape = ints(args[1]?.value, args[1]?.node ?? node, 'reshape(): shape');
    // A leading batch entry (-1 or null-like) may be written Keras-style; per-sample shapes are the norm.
    const n = x.shape.reduce((p, q) => p * q, 1);
    const known = shape.filter((d) => d !== -1).reduce((p, q) => p * q, 1);
    if (shape.filter((d) => d === -1).length > 1) throw errorAt(args[1]!.node, 'E_OPTION_VALUE', 'reshape(): at most one −1');
    shape = shape.map((d) => (d === -1 ? n / known : d));
    if (shape.reduce((p, q) => p * q, 1) !== n || shape.some((d) => !Number.isInteger(d) || d < 1)) throw errorAt(args[1]!.node, 'E_SHAPE_MISMATCH', `reshape(): ${show(full(symOf(x)))} has ${n} elements per ${x.batched ? 'sample' : 'tensor'}, which [${shape.join(', ')}] does not hold`);
    const out = { batched: x.batched, shape };
    return apply(ip, 'reshape', node, [x], out, (l, [v]) => l.op('reshape', [v!], { shape: concrete(l, full(out)) }, concrete(l, full(out))));
  },
  concat(ip, _x, args, node) {
    const list = args[0]?.value;
    if (!Array.isArray(list) || list.length < 1 || !list.every((v) => v instanceof TensorVal)) throw errorAt(args[0]?.node ?? node, 'E_NOT_TENSOR', 'concat() takes a list of tensors');
    const ts = list as TensorVal[];
    const f0 = full(symOf(ts[0]!));
    const axis = axisOf('concat', node, args[1] === undefined ? -1 : (readAs('int', args[1].value, args[1].node, 'concat(): axis') as number), f0.length);
    noBatchAxis('concat', node, symOf(ts[0]!), [axis]);
    const outFull = [...f0];
    for (const t of ts.slice(1)) {
      const f = full(symOf(t));
      if (t.batched !== ts[0]!.batched || f.length !== f0.length || f.some((d, i) => i !== axis && d !== f0[i])) throw errorAt(node, 'E_SHAPE_MISMATCH', `concat(): cannot join ${show(f0)} and ${show(f)} along axis ${axis}`);
      outFull[axis]! += f[axis]!;
    }
    return apply(ip, 'concat', node, ts, fromFull(outFull, ts[0]!.batched), (l, vs) => (vs.length === 1 ? vs[0]! : l.op('concat', vs, { axis }, concrete(l, outFull))));
  },
  stack(ip, _x, args, node) {
    const list = args[0]?.value;
    if (!Array.isArray(list) || list.length < 1 || !list.every((v) => v instanceof TensorVal)) throw errorAt(args[0]?.node ?? node, 'E_NOT_TENSOR', 'stack() takes a list of tensors');
    const ts = list as TensorVal[];
    const f0 = full(symOf(ts[0]!));
    const axis = axisOf('stack', node, args[1] === undefined ? (ts[0]!.batched ? 1 : 0) : (readAs('int', args[1].value, args[1].node, 'stack(): axis') as number), f0.length + 1);
    noBatchAxis('stack', node, symOf(ts[0]!), [axis]);
    for (const t of ts) if (t.batched !== ts[0]!.batched || full(symOf(t)).join() !== f0.join()) throw errorAt(node, 'E_SHAPE_MISMATCH', `stack(): all tensors need shape ${show(f0)}, got ${show(full(symOf(t)))}`);
    const one = [...f0.slice(0, axis), 1, ...f0.slice(axis)];
    const outFull = [...f0.slice(0, axis), ts.length, ...f0.slice(axis)];
    return apply(ip, 'stack', node, ts, fromFull(outFull, ts[0]!.batched), (l, vs) => {
      const parts = vs.map((v) => l.op('reshape', [v], { shape: concrete(l, one) }, concrete(l, one)));
      return parts.length === 1 ? parts[0]! : l.op('concat', parts, { axis }, concrete(l, outFull));
    });
  },
  expandDims(ip, x, args, node) {
    const f = full(symOf(x));
    const axis = axisOf('expandDims', node, readAs('int', args[1]?.value, args[1]?.node ?? node, 'expandDims(): axis') as number, f.length + 1);
    noBatchAxis('expandDims', node, symOf(x), [axis]);
    const outFull = [...f.slice(0, axis), 1, ...f.slice(axis)];
    return apply(ip, 'expandDims', node, [x], fromFull(outFull, x.batched), (l, [v]) => l.op('reshape', [v!], { shape: concrete(l, outFull) }, concrete(l, outFull)));
  },
  squeeze(ip, x, args, node) {
    const f = full(symOf(x));
    const axes = args[1] === undefined ? f.flatMap((d, i) => (d === 1 ? [i] : [])) : ints(args[1].value, args[1].node, 'squeeze(): axis').map((a) => axisOf('squeeze', node, a, f.length));
    noBatchAxis('squeeze', node, symOf(x), axes);
    for (const a of axes) if (f[a] !== 1) throw errorAt(node, 'E_SHAPE_MISMATCH', `squeeze(): axis ${a} of ${show(f)} has size ${f[a]}, not 1`);
    const outFull = f.filter((_, i) => !axes.includes(i));
    return apply(ip, 'squeeze', node, [x], fromFull(outFull, x.batched), (l, [v]) => l.op('reshape', [v!], { shape: concrete(l, outFull) }, concrete(l, outFull)));
  },
  slice(ip, x, args, node) {
    const f = full(symOf(x));
    let begin = ints(args[1]?.value, args[1]?.node ?? node, 'slice(): begin');
    let size = ints(args[2]?.value, args[2]?.node ?? node, 'slice(): size');
    // Per-sample begin/size (one entry per non-batch axis) get the whole batch prepended.
    if (x.batched && begin.length === f.length - 1 && size.length === f.length - 1) [begin, size] = [[0, ...begin], [-1, ...size]];
    if (begin.length !== f.length || size.length !== f.length) throw errorAt(node, 'E_OPTION_VALUE', `slice(): begin and size need ${f.length} entries (or ${f.length - 1} per sample)`);
    if (x.batched && (begin[0] !== 0 || (size[0] !== -1 && size[0] !== BATCH))) throw errorAt(node, 'E_SHAPE_AXIS', 'slice(): the batch axis is kept whole (begin 0, size −1)');
    const outFull = f.map((d, i) => (i === 0 && x.batched ? BATCH : size[i] === -1 ? d - begin[i]! : size[i]!));
    for (let i = x.batched ? 1 : 0; i < f.length; i++) {
      if (begin[i]! < 0 || outFull[i]! < 1 || begin[i]! + outFull[i]! > f[i]!) throw errorAt(node, 'E_SHAPE_MISMATCH', `slice(): [${begin[i]}, ${begin[i]! + outFull[i]!}) is outside axis ${i} of ${show(f)}`);
    }
    return apply(ip, 'slice', node, [x], fromFull(outFull, x.batched), (l, [v]) => l.op('slice', [v!], { begin, size: concrete(l, outFull) }, concrete(l, outFull)));
  },
};

/** The tensor a custom loss returned: a batch-free scalar as is, per-sample values averaged by the training head. */
export function lossResult(v: Val, node: Node): TensorVal {
  if (v instanceof TensorVal) return v;
  throw errorAt(node, 'E_LOSS_RESULT', `a custom loss must return a tensor, got ${describe(v)}`, 'e.g. loss: (yTrue, yPred) => mean(square(sub(yTrue, yPred)))');
}
