/**
 * @file Body kernels of a compiled scan that index row t of a sequence (or of a stacked output)
 * themselves: every access of that binding's array gets `offset + t·stride` added, with t from the
 * step uniform, so the kernel binds the scan's outer buffer and no copy kernel is needed.
 */
import type { Plan } from '../runtime/plan-types.ts';

/** A body buffer that stands for row t of an outer buffer (`to`): word offset + t·stride there. */
export interface RowAccess {
  readonly buffer: number;
  readonly to: number;
  readonly offset: number;
  readonly stride: number;
  readonly write: boolean;
}

export interface SteppedRows {
  /** Body dispatch index → its kernel rewritten, and the body buffers it now binds outer buffers in place of. */
  readonly dispatches: Map<number, { readonly code: string; readonly rebind: ReadonlyMap<number, number> }>;
  /** Body buffers every user of which was rewritten: they need no copy kernel. */
  readonly handled: ReadonlySet<number>;
}

export function steppedRows(_plan: Plan, _rows: readonly RowAccess[]): SteppedRows {
  return { dispatches: new Map(), handled: new Set() };
}
