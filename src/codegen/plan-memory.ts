/**
 * @file plan-memory: liveness-based buffer sharing. Each temporary value lives from the dispatch
 * that writes it to the last dispatch that reads it; temporaries whose lifetimes do not overlap
 * share one GPU buffer (best fit among the free ones, grown when none is large enough). Inputs,
 * params, states and outputs are never shared: the host reads and writes them between runs.
 *
 * Requires: dispatches in execution order, each naming the logical buffers it reads and writes.
 * Establishes: no two temporaries live at the same dispatch share a buffer — in particular no
 *   dispatch reads and writes one buffer (lifetimes are closed intervals of dispatch indices, and a
 *   buffer is reused only after the last dispatch touching it).
 * Preserves: every non-temporary buffer as given, in order, before the shared temporaries.
 */
import type { BufferRole, PlanBuffer } from '../runtime/plan-types.ts';

export interface LogicalBuffer extends PlanBuffer {
  /** The IR value (or values, for reshape aliases) it holds, for the report. */
  readonly label: string;
}

export interface DispatchUse {
  readonly reads: readonly number[];
  readonly writes: readonly number[];
}

export interface MemoryReport {
  /** One buffer per IR value (args and every node result), as an unfused, unplanned compile allocates. */
  readonly naiveBytes: number;
  /** The sum of the buffers the plan allocates: everything live at the peak, since buffers persist. */
  readonly peakBytes: number;
  /** Of peakBytes, the shared temporaries. */
  readonly tempBytes: number;
  /** Temporaries before sharing (one buffer per stored temporary value). */
  readonly unsharedTempBytes: number;
  /** Physical buffer → the logical buffers it holds, with their lifetimes [first, last] dispatch. */
  readonly slots: readonly { readonly buffer: number; readonly bytes: number; readonly role: BufferRole; readonly holds: readonly string[] }[];
}

export interface MemoryPlan {
  readonly buffers: PlanBuffer[];
  /** Logical buffer index → physical buffer index. */
  readonly physical: readonly number[];
  readonly report: MemoryReport;
}

interface Interval {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

interface Slot {
  bytes: number;
  end: number;
  readonly holds: Interval[];
}

export function planMemory(logical: readonly LogicalBuffer[], uses: readonly DispatchUse[], naiveBytes: number, share = true): MemoryPlan {
  const intervals = lifetimes(logical, uses);
  const buffers: PlanBuffer[] = [];
  const physical: number[] = new Array<number>(logical.length).fill(-1);
  const slots: MemoryReport['slots'][number][] = [];
  logical.forEach((b, i) => {
    if (b.role === 'temp' && share) return;
    physical[i] = buffers.push(strip(b)) - 1;
    slots.push({ buffer: physical[i]!, bytes: b.size, role: b.role, holds: [b.label] });
  });
  const temps = share ? assignSlots(intervals.filter((t) => logical[t.index]!.role === 'temp'), logical) : [];
  for (const s of temps) {
    const first = logical[s.holds[0]!.index]!;
    const at = buffers.push({ ...strip(first), size: s.bytes }) - 1;
    for (const t of s.holds) physical[t.index] = at;
    slots.push({ buffer: at, bytes: s.bytes, role: 'temp', holds: s.holds.map((t) => `${logical[t.index]!.label} [${t.start}..${t.end}]`) });
  }
  const peakBytes = buffers.reduce((s, b) => s + b.size, 0);
  const tempBytes = temps.reduce((s, t) => s + t.bytes, 0);
  const unsharedTempBytes = logical.filter((b) => b.role === 'temp').reduce((s, b) => s + b.size, 0);
  return { buffers, physical, report: { naiveBytes, peakBytes, tempBytes: share ? tempBytes : unsharedTempBytes, unsharedTempBytes, slots } };
}

function strip(b: LogicalBuffer): PlanBuffer {
  const { label: _label, ...rest } = b;
  return rest;
}

/** [first dispatch touching it, last dispatch touching it] per logical buffer (unused: [−1, −1]). */
function lifetimes(logical: readonly LogicalBuffer[], uses: readonly DispatchUse[]): Interval[] {
  const start = new Array<number>(logical.length).fill(-1);
  const end = new Array<number>(logical.length).fill(-1);
  uses.forEach((u, d) => {
    for (const b of [...u.reads, ...u.writes]) {
      if (start[b] === -1) start[b] = d;
      end[b] = d;
    }
  });
  return logical.map((_, index) => ({ index, start: start[index]!, end: end[index]! }));
}

/** Greedy by start time: reuse the smallest free slot that fits, else grow the largest free one, else a new slot. */
function assignSlots(temps: readonly Interval[], logical: readonly LogicalBuffer[]): Slot[] {
  const slots: Slot[] = [];
  for (const t of [...temps].sort((a, b) => a.start - b.start || a.index - b.index)) {
    const bytes = logical[t.index]!.size;
    const free = slots.filter((s) => s.end < t.start);
    const fit = free.filter((s) => s.bytes >= bytes).sort((a, b) => a.bytes - b.bytes)[0];
    const grow = free.sort((a, b) => b.bytes - a.bytes)[0];
    const slot = fit ?? grow;
    if (slot) {
      slot.bytes = Math.max(slot.bytes, bytes);
      slot.end = t.end;
      slot.holds.push(t);
    } else {
      slots.push({ bytes, end: t.end, holds: [t] });
    }
  }
  return slots;
}
