/**
 * @file gelu: x·Φ(x), Φ the standard normal CDF; exact (erf) or the tanh approximation.
 *
 * Exact: Φ(x) = ½·erfc(−x/√2). WGSL has no erf, so both the kernel and the reference use the same
 * Abramowitz–Stegun 7.1.26 formula (|error in erf| ≤ 1.5e-7): for a ≥ 0,
 * erfc(a) ≈ t(a1 + t(a2 + t(a3 + t(a4 + t·a5))))·e^(−a²), t = 1/(1 + p·a). Taking Φ from erfc on
 * the tail side (Φ = ½erfc(|x|/√2) for x < 0, 1 − that for x ≥ 0) avoids the cancellation of
 * 1 + erf(x/√2) for negative x, and e^(−a²) → 0 makes Φ(−100) exactly 0, never NaN.
 *
 * Approximate: ½x(1 + tanh v), v = √(2/π)(x + 0.044715x³), rewritten as x·σ(2v) (since
 * 1 + tanh v = 2σ(2v)) with the overflow-free sigmoid, so no tanh and no cancellation.
 */
import type { Value } from '../ir/index.ts';
import type { Emitter } from './emit.ts';
import { defineUnary } from './elementwise.ts';

interface GeluAttrs {
  approximate: boolean;
}

const P = 0.3275911;
const A = [0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429] as const;
/** 2·√(2/π): the tanh form's slope, doubled for the sigmoid. */
const TWO_SQRT_2_OVER_PI = 1.5957691216057308;
const CUBIC = 0.044715;

/** erfc(a) for a ≥ 0, Abramowitz–Stegun 7.1.26. */
function erfcPos(a: number): number {
  const t = 1 / (1 + P * a);
  const poly = t * (A[0] + t * (A[1] + t * (A[2] + t * (A[3] + t * A[4]))));
  return poly * Math.exp(-a * a);
}

function normalCdf(x: number): number {
  const h = 0.5 * erfcPos(Math.abs(x) * Math.SQRT1_2);
  return x >= 0 ? 1 - h : h;
}

function sigmoid(x: number): number {
  const z = Math.exp(-Math.abs(x));
  return x >= 0 ? 1 / (1 + z) : z / (1 + z);
}

function geluRef(x: number, { approximate }: GeluAttrs): number {
  if (!approximate) return x * normalCdf(x);
  return x * sigmoid(TWO_SQRT_2_OVER_PI * (x + CUBIC * x * x * x));
}

const GELU_HELPERS = `fn dlc_gelu_erfc(a: f32) -> f32 {
  let t = 1.0 / (1.0 + ${P} * a);
  let poly = t * (${A[0]} + t * (${A[1]} + t * (${A[2]} + t * (${A[3]} + t * ${A[4]}))));
  return poly * exp(-a * a);
}
fn dlc_gelu_cdf(x: f32) -> f32 {
  let h = 0.5 * dlc_gelu_erfc(abs(x) * 0.70710678);
  return select(h, 1.0 - h, x >= 0.0);
}
fn dlc_gelu(x: f32) -> f32 {
  return x * dlc_gelu_cdf(x);
}
fn dlc_gelu_tanh(x: f32) -> f32 {
  let w = ${TWO_SQRT_2_OVER_PI} * (x + ${CUBIC} * x * x * x);
  let z = exp(-abs(w));
  let s = 1.0 / (1.0 + z);
  return x * select(z * s, s, w >= 0.0);
}`;

/**
 * Exact: gelu' = Φ(x) + x·φ(x), φ(x) = e^(−x²/2)/√(2π). There is no erf op, so Φ is recovered from
 * the output as y/x, to within a rounding; below |x| = 1e-30 (where y/x would lose bits to
 * subnormals) Φ is ½ to far better than f32 precision.
 */
function exactDx(e: Emitter, x: Value, y: Value, g: Value): Value {
  const isSafe = e.op('greater', [e.op('abs', [x]), e.scalar(1e-30)]);
  const safeX = e.op('where', [isSafe, x, e.scalar(1)]);
  const cdf = e.op('where', [isSafe, e.div(y, safeX), e.scalar(0.5)]);
  const pdf = e.mul(e.op('exp', [e.mul(e.mul(x, x), e.scalar(-0.5))]), e.scalar(1 / Math.sqrt(2 * Math.PI)));
  return e.mul(g, e.add(cdf, e.mul(x, pdf)));
}

/** Approximate: with s = σ(w), w = 2v: gelu' = s + x·s(1 − s)·w', w' = 2√(2/π)(1 + 3·0.044715x²). */
function approximateDx(e: Emitter, x: Value, g: Value): Value {
  const x2 = e.mul(x, x);
  const k = e.scalar(TWO_SQRT_2_OVER_PI);
  const w = e.mul(k, e.mul(x, e.add(e.scalar(1), e.mul(x2, e.scalar(CUBIC)))));
  const dw = e.mul(k, e.add(e.scalar(1), e.mul(x2, e.scalar(3 * CUBIC))));
  const s = e.op('sigmoid', [w]);
  const ds = e.mul(e.mul(s, e.sub(e.scalar(1), s)), dw);
  return e.mul(g, e.add(s, e.mul(x, ds)));
}

export const gelu = defineUnary<GeluAttrs>({
  name: 'gelu',
  summary: 'x * Phi(x) (exact via erf, or the tanh approximation)',
  attrs: { approximate: { kind: 'bool', doc: 'false: x·Φ(x) via erf; true: the tanh approximation' } },
  attrCases: (fc) => fc.boolean().map((approximate) => ({ approximate })),
  f: geluRef,
  dx: (e, x, y, g, { approximate }) => (approximate ? approximateDx(e, x, g) : exactDx(e, x, y, g)),
  wgsl: (x, { approximate }) => (approximate ? `dlc_gelu_tanh(${x})` : `dlc_gelu(${x})`),
  helpers: GELU_HELPERS,
  extremes: { min: -100, max: 100 },
});
