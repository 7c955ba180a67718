/** @file WGSL for kernels that give each workgroup one item (a filter tap, a channel, a row, a tile): the folded dispatch and a tree sum over the workgroup's lanes. */
import { MAX_WORKGROUPS_PER_DIM } from '../codegen/wgsl.ts';

export interface GroupDispatch {
  readonly workgroups: readonly [number, number, number];
  /** WGSL statements binding `let g: u32` (the item) from `wid` and returning past the last item. */
  readonly index: string;
}

/**
 * One workgroup per item, folded into a second dimension past 65535 groups. `g` derives from the
 * workgroup id only, so the early return is uniform and barriers after it stay legal.
 */
export function groupDispatch(count: number): GroupDispatch {
  const x = Math.min(Math.max(count, 1), MAX_WORKGROUPS_PER_DIM);
  const y = Math.ceil(Math.max(count, 1) / x);
  const g = y === 1 ? 'wid.x' : `wid.x + wid.y * ${x}u`;
  return { workgroups: [x, y, 1], index: `let g = ${g};\n  if (g >= ${count}u) { return; }` };
}

/** The default workgroup width of the reducing kernels. */
export const LANES = 64;

/** Lanes for a reduction of `length` elements per item: 64, or 256 when each lane would loop long. */
export function lanesFor(length: number): 64 | 256 {
  return length >= 16384 ? 256 : 64;
}

/**
 * `fn dlc_lane_sum(v, lane) -> f32`: the sum of `v` over a workgroup of `lanes` invocations (a power
 * of two), returned to all of them. Call it from uniform control flow (it holds barriers).
 */
export function wgslLaneSum(lanes: number): string {
  return `var<workgroup> dlc_lanes: array<f32, ${lanes}>;
fn dlc_lane_sum(v: f32, lane: u32) -> f32 {
  dlc_lanes[lane] = v;
  workgroupBarrier();
  for (var s = ${lanes / 2}u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] += dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  let total = dlc_lanes[0];
  workgroupBarrier();
  return total;
}`;
}

/** dlc_lane_sum over the default LANES. */
export const WGSL_LANE_SUM = wgslLaneSum(LANES);
