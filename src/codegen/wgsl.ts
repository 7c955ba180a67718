/** @file Small WGSL building blocks shared by every kernel emitter (dispatch shape, literals). */
import type { DType } from '../ir/index.ts';

/** WebGPU's default maxComputeWorkgroupsPerDimension. */
export const MAX_WORKGROUPS_PER_DIM = 65535;

export interface Dispatch1d {
  readonly workgroups: readonly [number, number, number];
  /** A WGSL statement defining `let i: u32` from `gid` (the global invocation id). */
  readonly index: string;
}

/**
 * Workgroups for `n` invocations of size `wg`, folded into a second dimension past 65535 groups so
 * large tensors still dispatch; kernels guard with `if (i >= n) { return; }`.
 */
export function dispatch1d(n: number, wg: number): Dispatch1d {
  const groups = Math.max(1, Math.ceil(n / wg));
  if (groups <= MAX_WORKGROUPS_PER_DIM) return { workgroups: [groups, 1, 1], index: 'let i = gid.x;' };
  const x = MAX_WORKGROUPS_PER_DIM;
  const y = Math.ceil(groups / x);
  return { workgroups: [x, y, 1], index: `let i = gid.x + gid.y * ${x * wg}u;` };
}

/** A WGSL literal of the dtype's value type (bool as true/false); f32 keeps full precision. */
export function wgslLiteral(v: number, dtype: DType): string {
  switch (dtype) {
    case 'f32':
      if (Number.isNaN(v)) return 'bitcast<f32>(0x7fc00000u)';
      if (v === Infinity) return 'bitcast<f32>(0x7f800000u)';
      if (v === -Infinity) return 'bitcast<f32>(0xff800000u)';
      return f32Literal(v);
    case 'i32':
      return `i32(${Math.trunc(v)})`;
    case 'u32':
      return `${Math.trunc(v) >>> 0}u`;
    case 'bool':
      return v !== 0 ? 'true' : 'false';
  }
}

/** Shortest decimal of the float32 nearest to v, always with a `.` or exponent so WGSL reads it as f32. */
export function f32Literal(v: number): string {
  const f = Math.fround(v);
  if (Math.abs(f) > 3.4028234663852886e38) return f > 0 ? 'bitcast<f32>(0x7f800000u)' : 'bitcast<f32>(0xff800000u)';
  let s = String(f);
  for (let p = 1; p <= 17; p++) {
    const t = f.toPrecision(p);
    if (Math.fround(Number(t)) === f) {
      s = t;
      break;
    }
  }
  if (!/[.eE]/.test(s)) s += '.0';
  return s.replace(/e\+?/, 'e');
}
