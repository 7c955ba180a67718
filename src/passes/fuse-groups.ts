/**
 * @file The grouping the fuse pass hands to codegen: which nodes become one kernel, in which stages,
 * which values each kernel reads and stores, and why candidate fusions were refused.
 *
 * A group is one kernel launch. Its members fall into stages that codegen turns into code around an
 * anchor: `pre` (elementwise ops computed inline as the anchor's input, or a global_avg_pool2d that
 * feeds a dense layer), the `anchor` (matmul, conv2d, a conv gradient (`gemm`), a reduction, softmax,
 * or any other op), `mid`
 * (elementwise epilogue in the anchor's output space; a `kernel` group is an op's own kernel that stores through it), `post` (a pooling window over a conv's
 * epilogue, or a softmax over a dense layer's rows) and `tail` (elementwise ops after `post`).
 * Elementwise-only groups have just `mid`. Every stage's elementwise members have the shape of that
 * stage's index space, so one flat index addresses all of them and broadcasting operands alike.
 */
import type { Graph, Node } from '../ir/index.ts';
import type { SliceView } from './fuse-views.ts';

export type GroupKind = 'elementwise' | 'matmul' | 'conv2d' | 'gemm' | 'reduce' | 'rowwise' | 'kernel' | 'single' | 'copy';

export interface FusionGroup {
  readonly kind: GroupKind;
  readonly pre: readonly number[];
  readonly anchor: number | undefined;
  readonly mid: readonly number[];
  readonly post: number | undefined;
  readonly tail: readonly number[];
  /** External values the kernel reads, one storage binding each, in binding order. */
  readonly inputs: readonly number[];
  /** Member values the kernel writes to memory (read outside the group, or graph outputs). */
  readonly outputs: readonly number[];
  /**
   * Set by the planner (codegen/plan-in-place.ts), never by the fuse pass: argument → the stored
   * member written into its buffer; the kernel reads the argument through that output's binding.
   */
  readonly inPlace?: ReadonlyMap<number, number>;
}

/** A fusion that was considered and refused, with the reason, for `dlc explain`. */
export interface Rejection {
  /** The node that did not join (or did not absorb) the group. */
  readonly node: number;
  /** A member of the group it would have joined (the group's anchor when it has one). */
  readonly with: number;
  readonly reason: string;
}

/**
 * The fuse pass's result: the graph is unchanged; `groups` are in dispatch order (every group after
 * the groups whose values it reads). `aliases` maps a reshape to the value whose buffer it reuses
 * (row-major data is unchanged by a reshape, so it needs no kernel); `inlined` are constants baked
 * into the kernels that read them (no buffer, no dispatch).
 */
export interface FusedGraph {
  readonly graph: Graph;
  readonly groups: readonly FusionGroup[];
  readonly aliases: ReadonlyMap<number, number>;
  /** Slices read in place by their elementwise users (fuse-views.ts): no kernel, no buffer. */
  readonly views?: ReadonlyMap<number, SliceView>;
  /** Concat operands stored straight into their block of the concat (fuse-placed.ts): the concat has no kernel; its writers list it as an output. */
  readonly placed?: ReadonlyMap<number, readonly SliceView[]>;
  readonly inlined: ReadonlySet<number>;
  readonly rejected: readonly Rejection[];
  /** The storage-buffer limit the grouping respects. */
  readonly maxStorageBuffers: number;
}

export function members(g: FusionGroup): number[] {
  const one = (x: number | undefined): number[] => (x === undefined ? [] : [x]);
  return [...g.pre, ...one(g.anchor), ...g.mid, ...one(g.post), ...g.tail];
}

/** The group's nodes in graph (topological) order; `position` is each node's index in graph.nodes. */
export function memberNodes(g: FusionGroup, defs: ReadonlyMap<number, Node>, position: ReadonlyMap<number, number>): Node[] {
  return members(g)
    .map((id) => defs.get(id)!)
    .sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

/** The storage bindings a group's kernel needs. */
export function bindingCount(g: FusionGroup): number {
  return g.inputs.length + g.outputs.length;
}

/** The trivial grouping: one kernel per node, as the unfused compiler emits (reshapes copy). */
export function unfusedGroups(graph: Graph, maxStorageBuffers = 8): FusedGraph {
  const groups: FusionGroup[] = graph.nodes.map((n) => ({
    kind: 'single',
    pre: [],
    anchor: n.id,
    mid: [],
    post: undefined,
    tail: [],
    inputs: [...n.inputs],
    outputs: [n.id],
  }));
  return { graph, groups, aliases: new Map(), inlined: new Set(), rejected: [], maxStorageBuffers };
}
