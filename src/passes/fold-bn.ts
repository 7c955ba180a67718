/**
 * @file fold-bn: folds an inference-mode batch norm into the conv2d, depthwise_conv2d or dense (matmul) before it.
 *
 *   batch_norm(conv2d(x, w) [+ b], γ, β, μ, σ²){training=false, epsilon=ε}
 *     → conv2d(x, w·s) + ((b − μ)·s + β)        with s = γ·rsqrt(σ² + ε), per output channel
 *   (without b, the shift is β − μ·s). The same holds for matmul(x, w) with w [in, out] (or
 *   [out, in] under transposeB), and for depthwise_conv2d(x, w) with w [kh, kw, C, M], whose
 *   output channel c·M + j is w's [c, j]: s is reshaped to [C, M]. Output channels are the last
 *   axis of the conv/matmul result, of an HWIO filter and of a dense kernel, so w·s broadcasts s
 *   along w's last axis.
 *
 * The folded weight and shift are built in the IR from the params (mul, rsqrt, sub, add), not
 * computed here: hoist-params later moves those param-only subgraphs into the prepare graph that
 * the bundle builder runs once, so they become ordinary weights.
 *
 * Requires: a verified graph.
 * Establishes: no `batch_norm {training=false}` remains whose operand is a conv2d or matmul (plus
 *   an optional per-channel bias add) that has no other user and whose weights, bias and BN
 *   params/statistics are static (params, state, constants, or computed from only those).
 * Preserves: every argument and output; output values up to f32 rounding (w·s is rounded once
 *   before the sum instead of the sum being scaled after it). Dead nodes are dropped.
 *
 * Not folded: training-mode BN (its statistics come from the batch); a conv/matmul or bias add
 * with another user (it would then be computed twice, once unscaled); a bias that is not 1-D per
 * channel; BN params not of shape [channels]; weights computed from inputs (the fold would then
 * add work to every call instead of removing it).
 */
import { sameShape, sameType, useCounts, type Graph, type Node, type TensorType } from '../ir/index.ts';
import type { Pass, PassStats } from './pass.ts';
import { Rewriter } from './rewriter.ts';
import { staticValues } from './static-values.ts';

export const foldBn: Pass = {
  name: 'fold-bn',
  summary: 'fold inference batch norm into the conv2d or dense weights before it',
  run: (g) => foldBatchNorm(g),
};

/** A matched pattern: the linear op, its optional bias, and the BN node's parameters. */
interface Match {
  readonly linear: Node;
  readonly bias: number | undefined;
  readonly gamma: number;
  readonly beta: number;
  readonly mean: number;
  readonly variance: number;
  readonly epsilon: number;
}

interface Source {
  readonly defs: ReadonlyMap<number, Node>;
  readonly uses: ReadonlyMap<number, number>;
  readonly types: ReadonlyMap<number, TensorType>;
  readonly fixed: ReadonlySet<number>;
}

export function foldBatchNorm(g: Graph): { graph: Graph; stats: PassStats } {
  const src = sourceOf(g);
  const rw = new Rewriter(g);
  const stats: PassStats = { nodesBefore: g.nodes.length, nodesAfter: 0, conv2d: 0, depthwise_conv2d: 0, matmul: 0, notFolded: 0 };
  for (const n of g.nodes) {
    const m = isInferenceBn(n) ? match(n, src) : undefined;
    if (isInferenceBn(n) && !m) stats.notFolded!++;
    if (!m) {
      rw.keep(n);
      continue;
    }
    rw.replace(n.id, emitFolded(rw, n, m));
    stats[m.linear.op]!++;
  }
  const { graph } = rw.finish();
  stats.nodesAfter = graph.nodes.length;
  return { graph, stats };
}

function sourceOf(g: Graph): Source {
  const types = new Map<number, TensorType>();
  for (const a of g.args) types.set(a.id, a.type);
  for (const n of g.nodes) types.set(n.id, n.type);
  return { defs: new Map(g.nodes.map((n) => [n.id, n])), uses: useCounts(g), types, fixed: staticValues(g) };
}

function isInferenceBn(n: Node): boolean {
  return n.op === 'batch_norm' && n.attrs.training === false && n.inputs.length === 5;
}

/** The pattern behind a BN node, or undefined when any condition in the file header fails. */
function match(bn: Node, src: Source): Match | undefined {
  const [x, gamma, beta, mean, variance] = bn.inputs as [number, number, number, number, number];
  const epsilon = bn.attrs.epsilon;
  const channels = bn.type.shape[bn.type.shape.length - 1];
  if (typeof epsilon !== 'number' || channels === undefined) return undefined;
  if (![gamma, beta, mean, variance].every((p) => isPerChannel(src, p, channels))) return undefined;
  const lin = linearWithBias(src, x, channels);
  if (!lin || !sameType(lin.linear.type, bn.type)) return undefined;
  const statics = [lin.linear.inputs[1]!, gamma, beta, mean, variance, ...(lin.bias === undefined ? [] : [lin.bias])];
  if (!statics.every((v) => src.fixed.has(v))) return undefined;
  return { ...lin, gamma, beta, mean, variance, epsilon };
}

/** `conv2d|matmul` or `add(conv2d|matmul, b)` (either order), each with BN as its only user. */
function linearWithBias(src: Source, x: number, channels: number): { linear: Node; bias: number | undefined } | undefined {
  const n = soleUse(src, x);
  if (n && isLinear(n)) return { linear: n, bias: undefined };
  if (n?.op !== 'add') return undefined;
  for (const [l, b] of [[n.inputs[0]!, n.inputs[1]!], [n.inputs[1]!, n.inputs[0]!]] as const) {
    const linear = soleUse(src, l);
    if (linear && isLinear(linear) && isPerChannel(src, b, channels) && sameType(linear.type, n.type)) return { linear, bias: b };
  }
  return undefined;
}

/** The node defining `id`, when that value has exactly one user. */
function soleUse(src: Source, id: number): Node | undefined {
  return src.uses.get(id) === 1 ? src.defs.get(id) : undefined;
}

function isLinear(n: Node): boolean {
  return n.op === 'conv2d' || n.op === 'depthwise_conv2d' || n.op === 'matmul';
}

function isPerChannel(src: Source, id: number, channels: number): boolean {
  const t = src.types.get(id);
  return t !== undefined && t.dtype === 'f32' && sameShape(t.shape, [channels]);
}

/** Emits the folded form at the BN's position and returns the value that replaces the BN (emit renames operands). */
function emitFolded(rw: Rewriter, bn: Node, m: Match): number {
  const at = bn.loc;
  const eps = rw.emit('constant', [], { value: m.epsilon, dtype: 'f32', shape: [] }, at);
  const scale = rw.emit('mul', [m.gamma, rw.emit('rsqrt', [rw.emit('add', [m.variance, eps], {}, at)], {}, at)], {}, at);
  const y = rw.emit(m.linear.op, [m.linear.inputs[0]!, scaledWeights(rw, m, scale)], m.linear.attrs, m.linear.loc);
  const shift =
    m.bias === undefined
      ? rw.emit('sub', [m.beta, rw.emit('mul', [m.mean, scale], {}, at)], {}, at)
      : rw.emit('add', [rw.emit('mul', [rw.emit('sub', [m.bias, m.mean], {}, at), scale], {}, at), m.beta], {}, at);
  return rw.emit('add', [y, shift], {}, at);
}

/** w·s along w's output-channel axis: the last one, the second-to-last under transposeB, or a depthwise filter's last two. */
function scaledWeights(rw: Rewriter, m: Match, scale: number): number {
  const w = m.linear.inputs[1]!;
  const loc = m.linear.loc;
  const channels = rw.typeOf(scale).shape[0]!;
  const ws = rw.typeOf(w).shape;
  const s =
    m.linear.op === 'depthwise_conv2d' ? rw.emit('reshape', [scale], { shape: [ws[2]!, ws[3]!] }, loc)
    : m.linear.attrs.transposeB === true ? rw.emit('reshape', [scale], { shape: [channels, 1] }, loc) : scale;
  return rw.emit('mul', [w, s], {}, loc);
}
