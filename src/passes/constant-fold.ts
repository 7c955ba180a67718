/**
 * @file Constant folding for simplify: a node whose operands are all `constant` nodes is evaluated
 * with its op's reference `evaluate` in f32 (exactly what the interpreter would compute) and
 * replaced by a constant, but only when the result stays small or is uniform (a splat), so
 * folding never bloats the graph text or the shader constants.
 */
import { numel, type Attrs, type Node, type TensorType } from '../ir/index.ts';
import { evalCtx } from '../ops/host.ts';
import type { EvalCtx, HostTensor } from '../ops/op-def.ts';
import { getOp } from '../ops/registry.ts';
import type { Candidate, Rewriter } from './rewriter.ts';

/** Results up to this many elements are folded even when their values differ. */
export const DEFAULT_MAX_FOLD_ELEMENTS = 64;
/** Splat operands are materialised to look for a uniform result only up to this size. */
const MAX_EVAL_ELEMENTS = 4096;
/** Longest reduction row of a splat that is evaluated (one row stands for all of them). */
const MAX_ROW = 1 << 20;
/** Layout ops that only move elements: a splat in is the same splat out, at any size. */
const MOVES_ONLY = new Set(['reshape', 'broadcast_to', 'transpose']);
/** Axis reductions: every output element reduces the same number of equal values. */
const REDUCTIONS = new Set(['reduce_sum', 'reduce_mean', 'reduce_max', 'reduce_min']);

/** The folded constant for `c`, or null when it does not fold (or folding would bloat the graph). */
export function foldConstant(c: Candidate, rw: Rewriter, maxElements = DEFAULT_MAX_FOLD_ELEMENTS): Candidate | null {
  if (c.op === 'constant' || c.inputs.length === 0) return null;
  const operands = c.inputs.map((i) => rw.producer(i));
  if (!operands.every((n): n is Node => n?.op === 'constant')) return null;
  const def = getOp(c.op);
  if (def.summary === 'not implemented') return null;
  const splats = operands.map((n) => n.attrs.value).filter((v): v is number => typeof v === 'number');
  const allSplat = splats.length === operands.length;
  const n = numel(c.type.shape);
  try {
    if (allSplat && MOVES_ONLY.has(c.op)) return constantNode(c, splats[0]!);
    if (allSplat && def.kind === 'elementwise') return constantNode(c, evalOnScalars(c, operands));
    const row = n > 0 ? numel(operands[0]!.type.shape) / n : Infinity;
    if (allSplat && REDUCTIONS.has(c.op) && row <= MAX_ROW) return constantNode(c, evalOneRow(c, operands[0]!));
    if (n <= maxElements) return fromTensor(c, evaluate(c, operands));
    if (allSplat && n <= MAX_EVAL_ELEMENTS && operands.every((o) => numel(o.type.shape) <= MAX_EVAL_ELEMENTS)) {
      const t = evaluate(c, operands);
      return uniformValue(t.data) === undefined ? null : fromTensor(c, t);
    }
  } catch {
    // An op that cannot evaluate these operands (it would fail at run time too) is left alone.
    return null;
  }
  return null;
}

const ctx: EvalCtx = evalCtx('f32');

function evaluate(c: Candidate, operands: readonly Node[]): HostTensor {
  const inputs = operands.map((o) => getOp('constant').evaluate([], o.attrs, ctx));
  return getOp(c.op).evaluate(inputs, c.attrs, ctx);
}

/**
 * Elementwise ops act on each element alone, so with splat operands every result element is the
 * op applied to the splat values: evaluate on scalars instead of materialising the full shape.
 */
function evalOnScalars(c: Candidate, operands: readonly Node[]): number {
  const scalar = (o: Node): Node => ({ ...o, attrs: { ...o.attrs, shape: [] }, type: { dtype: o.type.dtype, shape: [] } });
  const t = evaluate({ ...c, type: { dtype: c.type.dtype, shape: [] } }, operands.map(scalar));
  return t.data[0]!;
}

/**
 * A reduction of a splat: each output element reduces numel(in)/numel(out) copies of the same
 * value in the same order, so reducing one row of that length gives every element exactly.
 */
function evalOneRow(c: Candidate, x: Node): number {
  const count = numel(x.type.shape) / numel(c.type.shape);
  const row: Node = { ...x, attrs: { ...x.attrs, shape: [count] }, type: { dtype: x.type.dtype, shape: [count] } };
  const t = evaluate({ ...c, attrs: { axes: [0], keepDims: false }, type: { dtype: c.type.dtype, shape: [] } }, [row]);
  return t.data[0]!;
}

function uniformValue(data: ArrayLike<number>): number | undefined {
  if (data.length === 0) return undefined;
  const first = data[0]!;
  for (let i = 1; i < data.length; i++) if (!Object.is(data[i], first)) return undefined;
  return first;
}

function fromTensor(c: Candidate, t: HostTensor): Candidate {
  const u = uniformValue(t.data);
  return constantNode(c, u ?? Array.from(t.data));
}

function constantNode(c: Candidate, value: number | number[]): Candidate {
  const { dtype, shape } = c.type as TensorType;
  const attrs: Attrs = { value, dtype, shape: [...shape] };
  return { op: 'constant', inputs: [], attrs, type: c.type, loc: c.loc };
}
