/** @file WGSL for kernels that give each workgroup one item (a filter tap, a channel, a row, a tile): the folded dispatch and a 64-lane tree sum. */
import { MAX_WORKGROUPS_PER_DIM } from '../codegen/wgsl.ts';

/** Lanes per workgroup in the reducing kernels. */
export const LANES = 64;

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

/**
 * `fn dlc_lane_sum(v, lane) -> f32`: the sum of `v` over the workgroup's 64 lanes, returned to all
 * of them. Call it from uniform control flow (it holds barriers); `dlc_lanes` is its scratch.
 */
export const WGSL_LANE_SUM = `var<workgroup> dlc_lanes: array<f32, ${LANES}>;
fn dlc_lane_sum(v: f32, lane: u32) -> f32 {
  dlc_lanes[lane] = v;
  workgroupBarrier();
  for (var s = ${LANES / 2}u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] += dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  let total = dlc_lanes[0];
  workgroupBarrier();
  return total;
}`;
