/**
 * @file Random small graphs for property tests: DAGs of registry ops (elementwise with broadcasting,
 * reductions, reshape/transpose/broadcast_to, matmul, constants) seeded with duplicated
 * subexpressions, constant-only subgraphs, param-only subgraphs and no-op identities, so that
 * every simplify rewrite, CSE, folding and hoisting all get exercised. Reusable by any test that
 * wants "some graph" (fusion, codegen, memory planning).
 *
 * A graph is built from a recipe of plain integers, so fast-check shrinks it well: each step picks
 * a kind and operands by index; a step whose op rejects the chosen operands is skipped.
 */
import type * as FC from 'fast-check';
import { CompileError, numel, type Graph, type GraphBuilder, type Shape, type TensorType, type Value } from '../../src/ir/index.ts';
import { hostTensor } from '../../src/ops/host.ts';
import type { Domain, HostTensor } from '../../src/ops/op-def.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { rng } from './harness.ts';

export interface Step {
  readonly kind: number;
  readonly a: number;
  readonly b: number;
  readonly c: number;
}

export interface Recipe {
  /** Shapes of the arguments: the first is an `input`, the rest are `param`s. */
  readonly args: readonly Shape[];
  readonly steps: readonly Step[];
  /** Extra outputs besides the last value (indices into the value pool). */
  readonly outputs: readonly number[];
}

export interface RandomGraph {
  readonly graph: Graph;
  /** Seed for `randomFeeds`, so a counterexample replays with the same data. */
  readonly seed: number;
}

const UNARY = ['relu', 'neg', 'tanh', 'sigmoid', 'abs', 'exp', 'square'] as const;
const BINARY = ['add', 'sub', 'mul', 'maximum', 'minimum'] as const;
const SPLATS = [0, 1, -1, 0.5, 2] as const;
const REDUCE = ['reduce_sum', 'reduce_mean', 'reduce_max'] as const;

/** Builds one step's nodes from `pool`; returns the new values (none when the step does not apply). */
type StepFn = (b: GraphBuilder, pool: readonly Value[], s: Step, params: readonly Value[]) => Value[];

const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;
/** A step's main operand: mostly one of the last four values (so graphs grow chains, not litter). */
const recent = (pool: readonly Value[], a: number): Value => (a & 64 ? pick(pool, a) : pool[Math.max(0, pool.length - 1 - (a % 4))]!);
const splat = (b: GraphBuilder, v: number, shape: Shape): Value => b.op('constant', [], { value: v, dtype: 'f32', shape: [...shape] });
/** A shape `x` broadcasts with: a suffix of it (possibly with 1s), or itself. */
const suffixShape = (shape: Shape, k: number): number[] => shape.slice(k % (shape.length + 1)).map((d, i) => ((k >> (i + 2)) & 1 ? 1 : d));

const STEPS: readonly StepFn[] = [
  (b, p, s) => [b.op(pick(UNARY, s.b), [recent(p, s.a)])],
  // Two pool values; broadcasting when their shapes allow it, skipped when not.
  (b, p, s) => [b.op(pick(BINARY, s.c), [recent(p, s.a), pick(p, s.b)])],
  // A value with a splat constant (0 and 1 trigger the identities).
  (b, p, s) => {
    const x = recent(p, s.a);
    const k = splat(b, pick(SPLATS, s.b), suffixShape(x.type.shape, s.c));
    return [s.c % 2 ? b.op(pick(['add', 'sub', 'mul', 'div'], s.b >> 3), [x, k]) : b.op(pick(BINARY, s.b >> 3), [k, x])];
  },
  // A constant-only subgraph feeding a value: folding fires.
  (b, p, s) => {
    const x = recent(p, s.a);
    const shape = suffixShape(x.type.shape, s.c);
    const listed = b.op('constant', [], { value: Array.from({ length: numel(shape) }, (_, i) => ((i * 7 + s.b) % 5) / 2 - 1), dtype: 'f32', shape });
    const folded = b.op(pick(UNARY, s.b), [b.op('mul', [listed, splat(b, pick(SPLATS, s.c), [])])]);
    return [b.op(pick(BINARY, s.c >> 2), [x, folded])];
  },
  // Duplicate an existing node exactly (CSE), or apply the same op to the same operand twice.
  (b, p, s) => {
    const x = recent(p, s.a);
    const op = pick(UNARY, s.b);
    return [b.op(op, [x]), b.op(op, [x])];
  },
  (b, p, s) => {
    const x = recent(p, s.a);
    const rank = x.type.shape.length;
    // A scalar has no axis to reduce: the step does not apply.
    if (rank === 0) return [];
    const axes = Array.from({ length: rank }, (_, i) => i).filter((i) => (s.b >> i) & 1);
    return [b.op(pick(REDUCE, s.c), [x], { axes: axes.length ? axes : [0], keepDims: (s.c >> 2) % 2 === 1 })];
  },
  // reshape: reversed, flattened, or the same shape; sometimes a chain of two.
  (b, p, s) => {
    const x = recent(p, s.a);
    const shapes = [[...x.type.shape].reverse(), [numel(x.type.shape)], [...x.type.shape]];
    const r = b.op('reshape', [x], { shape: pick(shapes, s.b) });
    return s.c % 2 ? [r, b.op('reshape', [r], { shape: pick(shapes, s.b + 1) })] : [r];
  },
  // transpose by a rotation or a swap, sometimes twice (composes, or cancels).
  (b, p, s) => {
    const x = recent(p, s.a);
    const t1 = b.op('transpose', [x], { perm: permOf(x.type.shape.length, s.b) });
    return s.c % 2 ? [t1, b.op('transpose', [t1], { perm: permOf(t1.type.shape.length, s.c >> 1) })] : [t1];
  },
  // matmul with a new param (so param-only work can appear around it) or with a pool value.
  (b, p, s) => {
    const x = recent(p, s.a);
    const k = x.type.shape[x.type.shape.length - 1];
    if (x.type.shape.length < 2 || k === undefined) return [];
    const w = s.c % 2 ? b.param(`w${p.length}_${s.b % 97}`, { dtype: 'f32', shape: [k, 1 + (s.b % 3)] }) : pick(p, s.b);
    return [b.op('matmul', [x, w])];
  },
  (b, p, s) => {
    const x = recent(p, s.a);
    const shape = s.b % 2 ? [...x.type.shape] : [1 + (s.c % 3), ...x.type.shape];
    return [b.op('broadcast_to', [x], { shape })];
  },
  // No-op chains: neg∘neg, cast to f32.
  (b, p, s) => {
    const x = recent(p, s.a);
    return s.b % 2 ? [b.op('neg', [b.op('neg', [x])])] : [b.op('cast', [x], { to: 'f32' })];
  },
  // Param-only work (what fold-bn writes): hoist-params moves it to the prepare graph.
  (b, p, s, params) => {
    if (params.length === 0) return [];
    const w = pick(params, s.b);
    const prepared = b.op(pick(UNARY, s.c), [b.op('add', [w, splat(b, 0.5, [])])]);
    return [b.op(pick(BINARY, s.c >> 3), [recent(p, s.a), prepared])];
  },
];

/** A rotation by k (k = 0 is the identity) or, for odd selectors, a swap of the last two axes. */
function permOf(rank: number, sel: number): number[] {
  const axes = Array.from({ length: rank }, (_, i) => i);
  if (rank >= 2 && sel % 2) [axes[rank - 1], axes[rank - 2]] = [axes[rank - 2]!, axes[rank - 1]!];
  const k = (sel >> 1) % Math.max(rank, 1);
  return [...axes.slice(k), ...axes.slice(0, k)];
}

export const STEP_KINDS = STEPS.length;

/** The graph a recipe describes. Steps whose op rejects the chosen operands add nothing. */
export function buildRandomGraph(r: Recipe, name = 'random'): Graph {
  const b = newGraph(name);
  const pool: Value[] = r.args.map((shape, i) => (i === 0 ? b.input('x', f32(shape)) : b.param(`p${i}`, f32(shape))));
  const params = pool.slice(1);
  for (const s of r.steps) {
    try {
      pool.push(...STEPS[s.kind % STEPS.length]!(b, pool, s, params));
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
    }
  }
  b.output('y', pool[pool.length - 1]!);
  r.outputs.forEach((i, k) => b.output(`out${k}`, pick(pool, i)));
  return withSinks(b.build());
}

/** Returns up to two more unused results too, so most of what the steps built stays live. */
function withSinks(g: Graph): Graph {
  const used = new Set([...g.nodes.flatMap((n) => n.inputs), ...g.outputs.map((o) => o.value)]);
  const sinks = g.nodes.filter((n) => !used.has(n.id) && n.op !== 'constant').slice(-2);
  return { ...g, outputs: [...g.outputs, ...sinks.map((n, k) => ({ name: `sink${k}`, value: n.id }))] };
}

function f32(shape: Shape): TensorType {
  return { dtype: 'f32', shape: [...shape] };
}

export interface RandomGraphOptions {
  readonly maxSteps?: number;
  readonly maxArgs?: number;
}

export function recipeArb(fc: typeof FC, opts: RandomGraphOptions = {}): FC.Arbitrary<Recipe> {
  const shape = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 });
  const step = fc.record({ kind: fc.nat(STEPS.length - 1), a: fc.nat(255), b: fc.nat(255), c: fc.nat(255) });
  return fc.record({
    args: fc.array(shape, { minLength: 1, maxLength: opts.maxArgs ?? 3 }),
    steps: fc.array(step, { minLength: 1, maxLength: opts.maxSteps ?? 14 }),
    outputs: fc.array(fc.nat(63), { maxLength: 2 }),
  });
}

export function randomGraphArb(fc: typeof FC, opts: RandomGraphOptions = {}): FC.Arbitrary<RandomGraph> {
  return fc.tuple(recipeArb(fc, opts), fc.integer()).map(([r, seed]) => ({ graph: buildRandomGraph(r), seed }));
}

/** Data for every argument of `g` (f32 in [−2, 2] unless `domainOf` says otherwise), reproducible from `seed`. */
export function randomFeeds(g: Graph, seed: number, domainOf: (name: string) => Domain | undefined = () => undefined): Record<string, HostTensor> {
  const r = rng(seed);
  const feeds: Record<string, HostTensor> = {};
  for (const a of g.args) {
    const d = domainOf(a.name) ?? { min: -2, max: 2 };
    const vals = Array.from({ length: numel(a.type.shape) }, () => (d.integer ? Math.floor(d.min + r() * (d.max - d.min + 1)) : d.min + r() * (d.max - d.min)));
    feeds[a.name] = hostTensor(a.type, vals);
  }
  return feeds;
}

/**
 * Max relative error |a − b| / (|b| + 1) over all elements, where NaN matches NaN and ±inf match
 * themselves: rewrites that are exact in f32 must reproduce even the overflows.
 */
export function mismatch(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < b.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y || (Number.isNaN(x) && Number.isNaN(y))) continue;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return Infinity;
    worst = Math.max(worst, Math.abs(x - y) / (Math.abs(y) + 1));
  }
  return worst;
}

/** One conv/dense + BN block of a random BN graph. */
export interface BnBlock {
  readonly conv: boolean;
  readonly channels: number;
  readonly kernel: number;
  readonly stride: number;
  readonly same: boolean;
  readonly bias: boolean;
  /** The kernel [out, in] with transposeB (dense only). */
  readonly transposed: boolean;
  /** Also return the raw conv/matmul result: the BN must then not fold. */
  readonly shared: boolean;
  /** γ = constant 1 and β = constant 0, as Keras's scale=false, center=false give. */
  readonly plain: boolean;
  readonly relu: boolean;
}

export interface BnRecipe {
  readonly batch: number;
  readonly size: number;
  readonly channels: number;
  readonly blocks: readonly BnBlock[];
}

export function bnRecipeArb(fc: typeof FC): FC.Arbitrary<BnRecipe> {
  const block = fc.record({
    conv: fc.boolean(), channels: fc.integer({ min: 1, max: 4 }), kernel: fc.integer({ min: 1, max: 3 }),
    stride: fc.integer({ min: 1, max: 2 }), same: fc.boolean(), bias: fc.boolean(), transposed: fc.boolean(),
    shared: fc.nat(3).map((x) => x === 0), plain: fc.boolean(), relu: fc.boolean(),
  });
  return fc.record({
    batch: fc.integer({ min: 1, max: 2 }), size: fc.integer({ min: 3, max: 6 }), channels: fc.integer({ min: 1, max: 3 }),
    blocks: fc.array(block, { minLength: 1, maxLength: 3 }),
  });
}

/**
 * conv2d blocks on an NHWC image while the recipe asks for convs, then dense blocks on the
 * flattened features: each `[conv|matmul] [+ bias] → batch_norm{training=false} [→ relu]`.
 * State arguments `bn<i>.moving_variance` need positive data (see `bnDomain`).
 */
export function buildBnGraph(r: BnRecipe): { graph: Graph; foldable: number } {
  const b = newGraph('bn_net');
  let h = b.input('x', f32([r.batch, r.size, r.size, r.channels]));
  let foldable = 0;
  r.blocks.forEach((k, i) => {
    const conv = k.conv && h.type.shape.length === 4;
    if (!conv && h.type.shape.length === 4) h = b.op('reshape', [h], { shape: [r.batch, numel(h.type.shape) / r.batch] });
    const cin = h.type.shape[h.type.shape.length - 1]!;
    const lin = conv ? convBlock(b, h, k, cin, i) : denseBlock(b, h, k, cin, i);
    const y = k.bias ? b.op('add', [lin, b.param(`layer${i}.bias`, f32([k.channels]))]) : lin;
    const bn = b.op('batch_norm', [y, ...bnParams(b, k, i)], { epsilon: 1e-3, training: false });
    if (k.shared) b.output(`raw${i}`, lin);
    else foldable++;
    h = k.relu ? b.op('relu', [bn]) : bn;
  });
  b.output('y', h);
  return { graph: b.build(), foldable };
}

function convBlock(b: GraphBuilder, h: Value, k: BnBlock, cin: number, i: number): Value {
  const w = b.param(`layer${i}.kernel`, f32([k.kernel, k.kernel, cin, k.channels]));
  // 'valid' needs the window to fit; earlier blocks may have shrunk the image below it.
  const same = k.same || h.type.shape[1]! < k.kernel;
  return b.op('conv2d', [h, w], { strides: [k.stride, k.stride], padding: same ? 'same' : 'valid', dilations: [1, 1] });
}

function denseBlock(b: GraphBuilder, h: Value, k: BnBlock, cin: number, i: number): Value {
  const w = b.param(`layer${i}.kernel`, f32(k.transposed ? [k.channels, cin] : [cin, k.channels]));
  return b.op('matmul', [h, w], { transposeA: false, transposeB: k.transposed });
}

function bnParams(b: GraphBuilder, k: BnBlock, i: number): Value[] {
  const ch = [k.channels];
  const gamma = k.plain ? splat(b, 1, ch) : b.param(`bn${i}.gamma`, f32(ch));
  const beta = k.plain ? splat(b, 0, ch) : b.param(`bn${i}.beta`, f32(ch));
  return [gamma, beta, b.state(`bn${i}.moving_mean`, f32(ch)), b.state(`bn${i}.moving_variance`, f32(ch))];
}

/** Data ranges for BN graphs: variances are positive. */
export function bnDomain(name: string): Domain | undefined {
  return name.endsWith('moving_variance') ? { min: 0.1, max: 2 } : undefined;
}
