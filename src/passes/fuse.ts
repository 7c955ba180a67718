/**
 * @file fuse: groups the nodes of a graph into kernels. Elementwise chains (with broadcasting) become
 * one kernel; matmul, conv2d and the conv gradients take their epilogue (bias, activation, residual
 * add, any following elementwise ops, an optimizer update); sibling elementwise chains in one index
 * space merge into one multi-output kernel; a conv2d also takes the max/avg pool after its epilogue; a small dense layer takes
 * the global_avg_pool2d before it and the softmax after it; reductions and softmax take the
 * elementwise chain that produces their input; an op whose own kernel takes an epilogue (losses,
 * count_correct, max_pool2d_grad) takes the ops after it (a running metric sum, the ReLU mask of the
 * layer before a pool). Reshapes alias their operand's buffer, and small
 * constants are baked into the kernels that read them. A slice that only elementwise ops read is a
 * view: they load from its operand (fuse-views.ts).
 *
 * Requires: a verified graph (after simplify / fold-bn / hoist-params, or a training step).
 * Establishes: a FusedGraph (fuse-groups.ts) whose groups cover every node that is neither an
 *   aliasing reshape nor an inlined-only constant, in an order where every group follows the groups
 *   it reads; no group binds more than `maxStorageBuffers` storage buffers (a fusion that would is
 *   refused, so the group splits there); each refused candidate is recorded with a reason.
 * Preserves: the graph itself (the pass only annotates it), so every output value.
 *
 * Greedy, in graph order: an elementwise node joins the group of one of its operands when its shape
 * is that group's current index space, it reads no value from an earlier stage of the group, the
 * join creates no cycle between groups, and the binding count stays within the limit. Anchored
 * groups are preferred, so `add(conv, residual)` lands in the conv's epilogue.
 */
import { numel, type Graph, type Node, type Shape } from '../ir/index.ts';
import { getOp } from '../ops/registry.ts';
import { type FusedGraph, type FusionGroup, type GroupKind, type Rejection } from './fuse-groups.ts';
import { placedConcats, placedTargets } from './fuse-placed.ts';
import { isScanRowsView, isViewable, sliceView, type SliceView } from './fuse-views.ts';
import type { Pass, PassStats } from './pass.ts';

export interface FuseOptions {
  /** The device's maxStorageBuffersPerShaderStage (WebGPU's default is 8). */
  readonly maxStorageBuffers?: number;
  /** Store concat operands straight into the concat's buffer where it is safe (fuse-placed.ts); default true. */
  readonly placeConcats?: boolean;
  /**
   * After the greedy pass, merge elementwise kernels of one index space that fit the binding limit
   * together (regroup); default false. The greedy pass counts a value as stored while its readers
   * are not placed yet, so a cell's gate-gradient chains stay split at the limit although the
   * finished kernel would bind far fewer buffers (a GRU backward cell: 5 elementwise kernels that
   * fit in one of 7 bindings). Compiled scans ask for it (codegen/scan.ts): their body kernels run T times.
   */
  readonly regroup?: boolean;
}

/** Listed constants up to this many elements are baked into kernels as WGSL `const` arrays. */
export const INLINE_CONSTANT_ELEMENTS = 256;
/** A dense layer fuses a softmax over its rows only while one workgroup can hold a row. */
export const ROW_MAX_N = 1024;
/** …and stage the A row (the pooled features) in workgroup memory. */
export const ROW_MAX_K = 2048;

export const fuse: Pass = {
  name: 'fuse',
  summary: 'group elementwise chains, matmul/conv epilogues and reduction prologues into kernels',
  run(g) {
    const f = fuseGraph(g);
    return { graph: g, stats: fuseStats(f) };
  },
};

export function fuseStats(f: FusedGraph): PassStats {
  return { ops: f.graph.nodes.length, kernels: f.groups.length, rejected: f.rejected.length, aliases: f.aliases.size, inlined: f.inlined.size };
}

interface Draft {
  kind: GroupKind;
  pre: number[];
  anchor: number | undefined;
  mid: number[];
  post: number | undefined;
  tail: number[];
  /** Index space of the stage elementwise joins go to. */
  space: Shape;
  deps: Set<Draft>;
  dead: boolean;
}

const ANCHORED: ReadonlySet<GroupKind> = new Set(['matmul', 'conv2d', 'gemm', 'reduce', 'rowwise', 'kernel']);
/** Conv gradients lower to the GEMM kernel, so they take an epilogue like a forward conv (e.g. the optimizer update of a filter). */
const GEMM_OPS = new Set(['conv2d_transpose', 'conv2d_backprop_filter']);
const JOINABLE: ReadonlySet<GroupKind> = new Set(['elementwise', ...ANCHORED]);
const REDUCTIONS = new Set(['reduce_sum', 'reduce_mean', 'reduce_max', 'reduce_min']);
const ROW_OPS = new Set(['softmax', 'log_softmax']);
/** FuseOptions.regroup tries every subset of up to this many elementwise groups of one index space (2^n unions). */
const REGROUP_MAX = 10;

export function fuseGraph(graph: Graph, opts: FuseOptions = {}): FusedGraph {
  return new Fuser(graph, opts.maxStorageBuffers ?? 8, opts.placeConcats ?? true, opts.regroup ?? false).run();
}

export function isElementwise(op: string): boolean {
  return op !== 'constant' && getOp(op).wgsl.kind === 'elementwise';
}

class Fuser {
  private readonly defs = new Map<number, Node>();
  private readonly users = new Map<number, Node[]>();
  private readonly graphOutputs: Set<number>;
  private readonly groupOf = new Map<number, Draft>();
  private readonly drafts: Draft[] = [];
  private readonly aliases = new Map<number, number>();
  private readonly views = new Map<number, SliceView>();
  private readonly inlined = new Set<number>();
  private readonly rejected: Rejection[] = [];
  private readonly position = new Map<number, number>();
  /** Concat operands stored straight into their block of the concat (fuse-placed.ts), and those concats. */
  private readonly placed: ReadonlyMap<number, readonly SliceView[]>;
  private readonly placedInto: ReadonlySet<number>;

  constructor(
    private readonly graph: Graph,
    private readonly max: number,
    placeConcats: boolean,
    private readonly regroupAfter: boolean,
  ) {
    for (const [k, n] of graph.nodes.entries()) {
      this.defs.set(n.id, n);
      this.position.set(n.id, k);
      for (const i of n.inputs) this.users.set(i, [...(this.users.get(i) ?? []), n]);
    }
    this.graphOutputs = new Set(graph.outputs.map((o) => o.value));
    this.placed = placeConcats ? placedConcats(graph, this.graphOutputs, isElementwise) : new Map();
    this.placedInto = placedTargets(this.placed);
  }

  run(): FusedGraph {
    for (const n of this.graph.nodes) this.place(n);
    if (this.regroupAfter) this.regroup();
    const live = this.drafts.filter((d) => !d.dead);
    const done = new Map(live.map((d) => [d, this.finish(d)]));
    const deps = (d: Draft): Draft[] => [...new Set(done.get(d)!.inputs.map((v) => this.groupOf.get(this.aliases.get(v) ?? v)).filter((h): h is Draft => !!h && h !== d))];
    // A placed concat's group only ordered its readers after its writers: it has no kernel.
    const groups = orderGroups(live, deps).filter((d) => !(d.anchor !== undefined && this.placedInto.has(d.anchor))).map((d) => done.get(d)!);
    const placed = this.placed.size > 0 ? { placed: this.placed } : {};
    return { graph: this.graph, groups, aliases: this.aliases, views: this.views, ...placed, inlined: this.inlined, rejected: this.rejected, maxStorageBuffers: this.max };
  }

  private place(n: Node): void {
    if (n.op === 'constant') return this.placeConstant(n);
    if (n.op === 'reshape' && !this.graphOutputs.has(n.id)) {
      this.aliases.set(n.id, this.aliases.get(n.inputs[0]!) ?? n.inputs[0]!);
      return;
    }
    if (n.op === 'slice' && this.isView(n)) return void this.views.set(n.id, sliceView(n, this.typeOf(n.inputs[0]!).shape));
    if (isElementwise(n.op)) return this.placeElementwise(n);
    if ((n.op === 'max_pool2d' || (n.op === 'avg_pool2d' && n.attrs.padding === 'valid')) && this.attachPost(n, 'conv2d')) return;
    if (ROW_OPS.has(n.op) && this.isLastAxis(n) && this.attachPost(n, 'matmul')) return;
    if (ROW_OPS.has(n.op) || (REDUCTIONS.has(n.op) && this.typeOf(n.inputs[0]!).dtype === 'f32' && this.typeOf(n.inputs[0]!).shape.length > 0)) {
      return this.placeWithPrologue(n, ROW_OPS.has(n.op) ? 'rowwise' : 'reduce');
    }
    if (n.op === 'matmul') return this.placeMatmul(n);
    // An op whose own kernel stores through an epilogue (a loss, the accuracy count, max_pool2d_grad) anchors one.
    if (this.takesEpilogue(n)) return void this.open('kernel', n);
    this.open(n.op === 'conv2d' ? 'conv2d' : GEMM_OPS.has(n.op) ? 'gemm' : 'single', n);
  }

  /** The op's kernel names each input once (epilogue.inputs) and stores f32: a value read twice would need two names. */
  private takesEpilogue(n: Node): boolean {
    const w = getOp(n.op).wgsl;
    return w.kind === 'kernel' && w.epilogue !== undefined && n.type.dtype === 'f32' && new Set(n.inputs).size === n.inputs.length;
  }

  /** Small constants are baked into their elementwise readers; a buffer only when something else reads them. */
  private placeConstant(n: Node): void {
    const inlinable = this.isInlinable(n);
    if (inlinable) this.inlined.add(n.id);
    const needsBuffer = this.graphOutputs.has(n.id) || (this.users.get(n.id) ?? []).some((u) => !inlinable || !isElementwise(u.op));
    if (needsBuffer) this.open('single', n);
  }

  private isView(n: Node): boolean {
    const src = n.inputs[0]!;
    const arg = this.graph.args.find((a) => a.id === (this.aliases.get(src) ?? src));
    const special = this.views.has(src) || this.inlined.has(src);
    return isViewable(this.users.get(n.id) ?? [], this.graphOutputs.has(n.id), special, arg?.kind)
      || isScanRowsView(n.id, sliceView(n, this.typeOf(src).shape), (v) => this.users.get(v) ?? [], this.graphOutputs, special, arg?.kind);
  }

  /** The value whose buffer an operand is read from: through a slice view, then a reshape alias. */
  private base(v: number): number {
    const s = this.views.get(v)?.source ?? v;
    return this.aliases.get(s) ?? s;
  }

  private isInlinable(n: Node): boolean {
    return n.op === 'constant' && (typeof n.attrs.value === 'number' || numel(n.type.shape) <= INLINE_CONSTANT_ELEMENTS);
  }

  private placeElementwise(n: Node): void {
    const candidates = this.candidates(n);
    const reasons: Rejection[] = [];
    for (const g of candidates) {
      const why = this.whyNotJoin(g, n);
      if (why === undefined) {
        this.join(g, n);
        for (const h of candidates) if (h !== g) this.mergeSibling(g, h);
        return;
      }
      reasons.push({ node: n.id, with: this.representative(g), reason: why });
    }
    this.rejected.push(...reasons);
    const d = this.open('elementwise', n);
    d.anchor = undefined;
    d.mid = [n.id];
  }

  /** Producer groups of n's operands, anchored groups first, then the most recent. */
  private candidates(n: Node): Draft[] {
    const seen = new Set<Draft>();
    for (const i of n.inputs) {
      const g = this.producer(i, n);
      if (g && JOINABLE.has(g.kind)) seen.add(g);
    }
    const order = (g: Draft): number => (ANCHORED.has(g.kind) ? 1e9 : 0) + this.drafts.indexOf(g);
    return [...seen].sort((a, b) => order(b) - order(a));
  }

  private whyNotJoin(g: Draft, n: Node): string | undefined {
    if (!sameShape(n.type.shape, g.space)) return `shape ${fmt(n.type.shape)} is not the kernel's index space ${fmt(g.space)}`;
    const viaReshape = n.inputs.find((i) => (this.aliases.has(i) || this.views.has(i)) && this.producer(i, n) === g);
    if (viaReshape !== undefined) return `reads %${viaReshape}, a ${this.views.has(viaReshape) ? 'slice' : 'reshape'} of a value this kernel computes (another index space)`;
    const stage = new Set(this.stageValues(g));
    const early = n.inputs.find((i) => this.groupOf.get(i) === g && !stage.has(i));
    if (early !== undefined) return `reads %${early}, computed before the ${this.defs.get(g.post ?? g.anchor!)?.op ?? 'anchor'} in that kernel`;
    const cyc = n.inputs.map((i) => this.producer(i, n)).find((h) => h && h !== g && reaches(h, g));
    if (cyc) return 'another operand is computed by a kernel that itself reads this one (fusing would make a cycle)';
    const count = this.bindings([...this.memberIds(g), n.id]);
    if (count > this.max) return `would bind ${count} storage buffers, more than the limit of ${this.max}`;
    return undefined;
  }

  private join(g: Draft, n: Node): void {
    (g.post === undefined ? g.mid : g.tail).push(n.id);
    this.groupOf.set(n.id, g);
    for (const i of n.inputs) {
      const h = this.producer(i, n);
      if (h && h !== g) g.deps.add(h);
    }
  }

  /**
   * After n joined g, another elementwise group h that n also reads moves into g's current stage:
   * independent chains in one index space (an optimizer update's p, m and v chains, the two halves
   * of a gradient) then run as one multi-output kernel instead of one kernel each.
   */
  private mergeSibling(g: Draft, h: Draft): void {
    if (h.dead || h.kind !== 'elementwise') return;
    const why = this.whyNotUnite(g, h, true);
    if (why !== undefined) return void this.rejected.push({ node: h.mid[0]!, with: this.representative(g), reason: why });
    this.unite(g, h);
  }

  /** Moves elementwise group h into g's current stage. */
  private unite(g: Draft, h: Draft): void {
    const stage = g.post === undefined ? g.mid : g.tail;
    const position = (id: number): number => this.position.get(id)!;
    stage.push(...h.mid);
    stage.sort((a, b) => position(a) - position(b));
    for (const m of h.mid) this.groupOf.set(m, g);
    for (const x of h.deps) if (x !== g) g.deps.add(x);
    g.deps.delete(h);
    h.dead = true;
    for (const d of this.drafts) if (d.deps.delete(h) && d !== g) d.deps.add(g);
  }

  /**
   * What forbids moving h into g: index spaces, reads of its own values through a reshape or view,
   * cycles, bindings; a sibling merge during the greedy pass (g may be anchored, with stages) also
   * refuses an h that reads g or that an earlier stage of g reads.
   */
  private whyNotUnite(g: Draft, h: Draft, sibling: boolean): string | undefined {
    if (!sameShape(h.space, g.space)) return `its index space ${fmt(h.space)} is not the kernel's ${fmt(g.space)}`;
    if (sibling && h.deps.has(g)) return 'it reads a value of that kernel';
    if (sibling) {
      const hm = new Set(h.mid);
      const earlier = this.memberIds(g).filter((m) => !this.stageValues(g).includes(m) || m === g.anchor || m === g.post);
      const merged = new Set([...this.memberIds(g), ...h.mid]);
      if (this.readsOwnView(merged)) return 'the merged kernel would read its own value through a reshape (another index space)';
      if (earlier.some((m) => this.defs.get(m)!.inputs.some((i) => hm.has(this.base(i))))) return 'an earlier stage of that kernel reads it';
    }
    return this.whyNotUniteAll([g, h]);
  }

  /** Whether a member of `merged` reads a member's value through a reshape or a slice view (another index space). */
  private readsOwnView(merged: ReadonlySet<number>): boolean {
    return [...merged].some((m) => this.defs.get(m)!.inputs.some((i) => (this.aliases.has(i) || this.views.has(i)) && merged.has(this.base(i))));
  }

  /** What forbids one kernel of all of `ds` (one index space assumed): own values through views, cycles, bindings. */
  private whyNotUniteAll(ds: readonly Draft[]): string | undefined {
    const merged = new Set(ds.flatMap((d) => this.memberIds(d)));
    if (this.readsOwnView(merged)) return 'the merged kernel would read its own value through a reshape (another index space)';
    const set = new Set(ds);
    const others = [...new Set(ds.flatMap((d) => [...d.deps]))].filter((x) => !set.has(x));
    if (others.some((x) => ds.some((d) => reaches(x, d)))) return 'merging would make a cycle between kernels';
    const count = this.bindings([...merged]);
    if (count > this.max) return `merging would bind ${count} storage buffers, more than the limit of ${this.max}`;
    return undefined;
  }

  /**
   * FuseOptions.regroup: with every node placed, the binding count of a union is exact. Plain
   * elementwise groups of one index space merge into one kernel, the largest set of them that fits
   * first (earliest on ties): a union of two may bind more than a union of three, whose values the
   * third reads no longer stored. A group reading another's values is fine: one index space, computed
   * in graph order. Past REGROUP_MAX groups of a space only pairs are tried.
   */
  private regroup(): void {
    const plain = (d: Draft): boolean => !d.dead && d.kind === 'elementwise' && d.anchor === undefined && d.pre.length === 0 && d.post === undefined && d.tail.length === 0;
    const spaces = new Map<string, Draft[]>();
    for (const d of this.drafts.filter(plain)) spaces.set(fmt(d.space), [...(spaces.get(fmt(d.space)) ?? []), d]);
    for (let ds of spaces.values()) {
      for (;;) {
        ds = ds.filter((d) => !d.dead);
        const best = this.largestUnion(ds);
        if (!best) break;
        for (const h of best.slice(1)) this.unite(best[0]!, h);
      }
    }
  }

  /** The largest (then earliest) set of at least two of `ds` that may be one kernel. */
  private largestUnion(ds: readonly Draft[]): Draft[] | undefined {
    if (ds.length < 2) return undefined;
    const sets: Draft[][] = [];
    if (ds.length <= REGROUP_MAX) {
      for (let mask = 1; mask < 1 << ds.length; mask++) sets.push(ds.filter((_, i) => mask & (1 << i)));
    } else {
      ds.forEach((g, i) => ds.slice(i + 1).forEach((h) => sets.push([g, h])));
    }
    const key = (s: readonly Draft[]): number[] => [-s.length, ...s.map((d) => ds.indexOf(d))];
    const order = (a: readonly Draft[], b: readonly Draft[]): number => {
      const [ka, kb] = [key(a), key(b)];
      for (let i = 0; i < Math.min(ka.length, kb.length); i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
      return 0;
    };
    return sets.filter((s) => s.length >= 2).sort(order).find((s) => this.whyNotUniteAll(s) === undefined);
  }

  /** Values an elementwise join may read from its own group: the current stage and its seed. */
  private stageValues(g: Draft): number[] {
    if (g.post !== undefined) return [g.post, ...g.tail];
    return [...(g.anchor === undefined ? [] : [g.anchor]), ...g.mid];
  }

  /** A pool after a conv epilogue, or a softmax after a small dense layer, becomes the group's `post`. */
  private attachPost(n: Node, kind: 'conv2d' | 'matmul'): boolean {
    const v = n.inputs[0]!;
    const g = this.groupOf.get(v);
    if (!g || g.kind !== kind || this.aliases.has(v)) return false;
    const why = this.whyNotPost(g, n, v);
    if (why !== undefined) {
      this.rejected.push({ node: n.id, with: g.anchor!, reason: why });
      return false;
    }
    g.post = n.id;
    g.space = n.type.shape;
    this.groupOf.set(n.id, g);
    return true;
  }

  private whyNotPost(g: Draft, n: Node, v: number): string | undefined {
    if (g.post !== undefined) return 'that kernel already ends in a pool or row reduction';
    if (!this.stageValues(g).includes(v)) return 'its operand is not the kernel epilogue’s value';
    const leak = this.memberIds(g).find((m) => this.graphOutputs.has(m) || (this.users.get(m) ?? []).some((u) => u !== n && this.groupOf.get(u.id) !== g));
    if (leak !== undefined) return `%${leak} is also read elsewhere, and a fused ${n.op} never stores it`;
    if (g.kind === 'matmul') return this.whyNotRow(g);
    return undefined;
  }

  private whyNotRow(g: Draft): string | undefined {
    const mm = this.defs.get(g.anchor!)!;
    const [a, b] = mm.inputs.map((i) => this.typeOf(i));
    if (a!.shape.length !== 2 || b!.shape.length !== 2) return 'the row kernel takes 2-D matmuls only';
    const n = mm.type.shape[1]!;
    const k = mm.attrs.transposeA === true ? a!.shape[0]! : a!.shape[1]!;
    if (n > ROW_MAX_N || k > ROW_MAX_K) return `rows of ${n} outputs over ${k} inputs do not fit one workgroup (max ${ROW_MAX_N} × ${ROW_MAX_K})`;
    return undefined;
  }

  /** A reduction or softmax pulls in the elementwise group that computes its input (its prologue). */
  private placeWithPrologue(n: Node, kind: 'reduce' | 'rowwise'): void {
    const d = this.open(kind, n);
    const v = n.inputs[0]!;
    const p = this.groupOf.get(v);
    if (!p || p.kind !== 'elementwise' || this.aliases.has(v)) return;
    const leak = p.mid.find((m) => this.graphOutputs.has(m) || (this.users.get(m) ?? []).some((u) => u !== n && this.groupOf.get(u.id) !== p));
    if (leak !== undefined) return void this.rejected.push({ node: p.mid[0]!, with: n.id, reason: `%${leak} is also read elsewhere, and a prologue never stores it` });
    const count = this.bindings([...p.mid, n.id]);
    if (count > this.max) return void this.rejected.push({ node: p.mid[0]!, with: n.id, reason: `would bind ${count} storage buffers, more than the limit of ${this.max}` });
    this.absorb(d, p, 'pre');
  }

  /** A dense layer reading a global_avg_pool2d (and nothing else reading it) computes the pool as it stages its rows. */
  private placeMatmul(n: Node): void {
    const d = this.open('matmul', n);
    const a = n.inputs[0]!;
    const p = this.groupOf.get(a);
    const gap = p?.anchor === undefined ? undefined : this.defs.get(p.anchor);
    if (!p || !gap || gap.op !== 'global_avg_pool2d' || p.kind !== 'single' || this.aliases.has(a)) return;
    const why = this.graphOutputs.has(a) || (this.users.get(a) ?? []).length !== 1 ? 'the pooled features are also read elsewhere' : this.whyNotRow(d);
    if (why !== undefined) return void this.rejected.push({ node: gap.id, with: n.id, reason: why });
    this.absorb(d, p, 'pre');
  }

  private absorb(d: Draft, p: Draft, into: 'pre'): void {
    d[into] = [...(p.anchor === undefined ? [] : [p.anchor]), ...p.mid];
    for (const m of d[into]) this.groupOf.set(m, d);
    p.dead = true;
    for (const x of p.deps) d.deps.add(x);
    d.deps.delete(p);
  }

  private open(kind: GroupKind, n: Node): Draft {
    const d: Draft = { kind, pre: [], anchor: n.id, mid: [], post: undefined, tail: [], space: n.type.shape, deps: new Set(), dead: false };
    for (const i of n.inputs) {
      const h = this.producer(i, n);
      if (h) d.deps.add(h);
    }
    this.drafts.push(d);
    this.groupOf.set(n.id, d);
    return d;
  }

  /** The group whose buffer an operand is read from (none for arguments and inlined constants). */
  private producer(v: number, reader: Node): Draft | undefined {
    if (this.inlined.has(v) && isElementwise(reader.op)) return undefined;
    return this.groupOf.get(this.base(v));
  }

  private memberIds(g: Draft): number[] {
    return [...g.pre, ...(g.anchor === undefined ? [] : [g.anchor]), ...g.mid, ...(g.post === undefined ? [] : [g.post]), ...g.tail];
  }

  private representative(g: Draft): number {
    return g.anchor ?? g.mid[0]!;
  }

  /** Storage bindings of a kernel made of `ids`: external values read plus member values stored. */
  private bindings(ids: readonly number[]): number {
    const io = this.io(ids);
    return io.inputs.length + io.outputs.length;
  }

  private io(ids: readonly number[]): { inputs: number[]; outputs: number[] } {
    const set = new Set(ids);
    const inputs: number[] = [];
    for (const id of [...ids].sort((a, b) => a - b)) {
      const n = this.defs.get(id)!;
      for (const v of n.inputs) {
        const baked = this.inlined.has(v) && isElementwise(n.op);
        // A view is read through its source's binding (one binding for every view of it); a scan's rows view through a reshape too.
        const a = this.aliases.get(v);
        const i = this.views.get(v)?.source ?? (a !== undefined ? this.views.get(a)?.source : undefined) ?? v;
        if (!set.has(i) && !baked && !inputs.includes(i)) inputs.push(i);
      }
    }
    const outside = (m: number, u: Node): boolean => !set.has(u.id) && !this.placedInto.has(u.id);
    // A placed concat operand is stored through its concats' bindings, and through its own only if something else reads it.
    const outputs: number[] = [];
    for (const m of [...ids].sort((a, b) => a - b)) {
      const own = this.graphOutputs.has(m) || (this.users.get(m) ?? []).some((u) => outside(m, u));
      for (const o of [...(own ? [m] : []), ...(this.placed.get(m) ?? []).map((p) => p.source)]) if (!outputs.includes(o)) outputs.push(o);
    }
    return { inputs, outputs };
  }

  private finish(d: Draft): FusionGroup {
    const { inputs, outputs } = this.io(this.memberIds(d));
    return { kind: d.kind, pre: d.pre, anchor: d.anchor, mid: d.mid, post: d.post, tail: d.tail, inputs, outputs };
  }

  private typeOf(v: number): { dtype: string; shape: Shape } {
    return this.defs.get(v)?.type ?? this.graph.args.find((a) => a.id === v)!.type;
  }

  private isLastAxis(n: Node): boolean {
    const rank = n.type.shape.length;
    const axis = n.attrs.axis as number;
    return axis === -1 || axis === rank - 1;
  }
}

/** True when `from` reads (transitively) a value computed by `to`. */
function reaches(from: Draft, to: Draft): boolean {
  const stack = [from];
  const seen = new Set<Draft>();
  while (stack.length > 0) {
    const d = stack.pop()!;
    if (d === to) return true;
    if (seen.has(d)) continue;
    seen.add(d);
    stack.push(...d.deps);
  }
  return false;
}

/** Dependencies first, otherwise in creation order (a stable, deterministic topological order). */
function orderGroups(drafts: readonly Draft[], depsOf: (d: Draft) => Draft[]): Draft[] {
  const rank = new Map(drafts.map((d, i) => [d, i]));
  const out: Draft[] = [];
  const state = new Map<Draft, 'visiting' | 'done'>();
  const visit = (d: Draft): void => {
    if (state.get(d) === 'done') return;
    if (state.get(d) === 'visiting') throw new Error('internal error: fuse produced a cycle between kernels');
    state.set(d, 'visiting');
    for (const x of depsOf(d).sort((a, b) => rank.get(a)! - rank.get(b)!)) visit(x);
    state.set(d, 'done');
    out.push(d);
  };
  drafts.forEach(visit);
  return out;
}

function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

function fmt(s: Shape): string {
  return `[${s.join(',')}]`;
}
