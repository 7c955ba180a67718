/**
 * @file What the backward cell of a scan reads from the forward instead of recomputing it
 * (scan-grad.ts). The backward cell differentiates a copy of the forward cell; the gradient ops
 * read some forward values (a sigmoid's output, the other factor of a product). Those the forward
 * already stacks per step (its ys: the carries when training, and any value saved for the
 * backward) are read from there, row t; the rest is recomputed. Recomputing elementwise ops and
 * slices costs nothing extra (they fuse into the gradient kernels, slices as views); recomputing a
 * matmul costs a dispatch and its work per step, so the forward saves its result instead: the
 * value it flows into through a chain of single-use elementwise ops (the LSTM's pre-activation
 * x_t + h·U, which the forward's matmul kernel stores anyway). Memory: T rows of each saved value.
 */
import type { Graph, Node } from '../ir/index.ts';
import { isElementwise } from './fuse.ts';

export interface ForwardReads {
  /** Forward-copy value (id in the backward graph) → index of the forward y it is read from. */
  readonly subst: ReadonlyMap<number, number>;
  /** Forward body nodes worth saving that the forward does not stack (recomputed for now). */
  readonly needs: readonly number[];
}

const cheap = (op: string): boolean => op === 'slice' || op === 'reshape' || op === 'constant' || isElementwise(op);

/**
 * `d`: the backward graph (forward copy + gradient ops, outputs the backward's); `forward`: id of
 * each forward-copy node in d → its id in the forward body; `stacked`: forward body value → y index.
 */
export function forwardReads(d: Graph, forward: ReadonlyMap<number, number>, stacked: ReadonlyMap<number, number>): ForwardReads {
  const defs = new Map(d.nodes.map((n) => [n.id, n]));
  const live = new Set<number>();
  const stack = d.outputs.map((o) => o.value);
  while (stack.length > 0) {
    const v = stack.pop()!;
    const n = defs.get(v);
    if (!n || live.has(v)) continue;
    live.add(v);
    stack.push(...n.inputs);
  }
  const users = new Map<number, Node[]>();
  for (const n of d.nodes) if (forward.has(n.id)) for (const i of n.inputs) users.set(i, [...(users.get(i) ?? []), n]);
  const subst = new Map<number, number>();
  const needs: number[] = [];
  const seen = new Set<number>();
  const visit = (v: number): void => {
    const b = forward.get(v);
    if (b === undefined || seen.has(v)) return;
    seen.add(v);
    const j = stacked.get(b);
    if (j !== undefined) return void subst.set(v, j);
    const n = defs.get(v)!;
    if (!cheap(n.op)) {
      const c = climb(v, defs, users);
      if (defs.get(c)!.type.dtype === 'f32' && !needs.includes(forward.get(c)!)) needs.push(forward.get(c)!);
    }
    n.inputs.forEach(visit);
  };
  // The forward values the live gradient ops (and the backward's outputs) read.
  for (const n of d.nodes) if (live.has(n.id) && !forward.has(n.id)) n.inputs.forEach(visit);
  d.outputs.forEach((o) => visit(o.value));
  return { subst, needs };
}

/** From an expensive node down its chain of single-use elementwise ops of one shape: the value to save. */
function climb(v: number, defs: ReadonlyMap<number, Node>, users: ReadonlyMap<number, readonly Node[]>): number {
  let c = v;
  for (;;) {
    const u = users.get(c) ?? [];
    const next = u[0];
    if (u.length !== 1 || !next || !isElementwise(next.op) || next.type.shape.join() !== defs.get(c)!.type.shape.join()) return c;
    c = next.id;
  }
}
