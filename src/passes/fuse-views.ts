/**
 * @file Slice views: a `slice` read only by elementwise ops needs no kernel of its own. Its readers
 * load the sliced value straight from the slice's operand, at the element the slice would have
 * copied (codegen/fused-chain.ts), so four gate slices of an LSTM's [n, 4u] pre-activation cost no
 * dispatch and bind the pre-activation once instead of four buffers.
 *
 * The fuse pass (fuse.ts) makes a view of a slice when it is not a graph output, every user is
 * elementwise, and its operand is neither an inlined constant nor a param or state argument (those
 * may be written in place by the kernel that reads them, plan-in-place.ts). A reader never fuses
 * into the group that computes the view's source: it would read that group's value at another index.
 */
import { stridesOf, type ArgKind, type Node, type Shape } from '../ir/index.ts';
import { isElementwise } from './fuse.ts';

/** One axis of the source walked by the view: `size` elements, `stride` source elements apart. */
export interface ViewDim {
  readonly size: number;
  readonly stride: number;
}

export interface SliceView {
  /** The value the slice reads (a reshape alias is resolved by the planner like any operand). */
  readonly source: number;
  /** Source element of the view's element 0. */
  readonly offset: number;
  /** Outermost first, size-1 axes dropped, neighbours that walk the source contiguously merged. */
  readonly dims: readonly ViewDim[];
}

/**
 * Whether a slice with these users is a view: read only by elementwise ops, not a graph output, its
 * operand not itself a view or an inlined constant (`special`), nor a param/state argument.
 */
export function isViewable(users: readonly Node[], graphOutput: boolean, special: boolean, argKind: ArgKind | undefined): boolean {
  return !graphOutput && users.length > 0 && users.every((u) => isElementwise(u.op)) && !special && (argKind === undefined || argKind === 'input');
}

/**
 * Whether a slice is read in place as a scan's per-step sequence: one contiguous run of its source
 * (a range of a scan's packed output, as scanResults slices it), read only by scans as an `xs`
 * operand, directly or through reshapes, and not a graph output. The scan's body kernels then read
 * row t at the view's offset in the source's buffer (codegen/scan.ts), so the backward of a
 * training scan reads the forward's stacked values and the ∂ys where they are, with no copy.
 */
export function isScanRowsView(id: number, view: SliceView, users: (v: number) => readonly Node[], graphOutputs: ReadonlySet<number>, special: boolean, argKind: ArgKind | undefined): boolean {
  if (special || (argKind !== undefined && argKind !== 'input')) return false;
  if (view.dims.length > 1 || (view.dims[0] !== undefined && view.dims[0].stride !== 1)) return false;
  const readOnlyAsRows = (v: number): boolean => {
    const us = users(v);
    return !graphOutputs.has(v) && us.length > 0 && us.every((u) => (u.op === 'reshape' ? readOnlyAsRows(u.id) : u.op === 'scan' && u.inputs.every((x, k) => x !== v || isXs(u, k))));
  };
  return readOnlyAsRows(id);
}

function isXs(scan: Node, k: number): boolean {
  const nc = scan.attrs.carries as number;
  const nx = scan.attrs.xs as number;
  return k >= nc && k < nc + nx;
}

/** The view of slice node `n` over an operand of shape `source`. */
export function sliceView(n: Node, source: Shape): SliceView {
  const begin = n.attrs.begin as readonly number[];
  const size = n.attrs.size as readonly number[];
  const steps = (n.attrs.strides as readonly number[] | undefined) ?? source.map(() => 1);
  const xs = stridesOf(source);
  const offset = begin.reduce((acc, b, k) => acc + b * xs[k]!, 0);
  const dims: ViewDim[] = [];
  size.forEach((s, k) => {
    if (s === 1) return;
    const stride = xs[k]! * steps[k]!;
    const last = dims[dims.length - 1];
    if (last && last.stride === stride * s) dims[dims.length - 1] = { size: last.size * s, stride };
    else dims.push({ size: s, stride });
  });
  return { source: n.inputs[0]!, offset, dims };
}

/** WGSL for the source element of the view's flat element `index`. */
export function viewIndex(view: SliceView, index: string): string {
  const dense = stridesOf(view.dims.map((d) => d.size));
  const j = /^\w+$/.test(index) ? index : `(${index})`;
  const terms = view.dims.map((d, k) => {
    const q = dense[k] === 1 ? j : `(${j} / ${dense[k]}u)`;
    const c = k === 0 ? q : `(${q} % ${d.size}u)`;
    return d.stride === 1 ? c : `${c} * ${d.stride}u`;
  });
  if (view.offset !== 0 || terms.length === 0) terms.push(`${view.offset}u`);
  return terms.join(' + ');
}
