/** @file Sliding-window geometry shared by the conv, transposed-conv and pooling ops: Keras/TF output sizes and padding, tap iteration in JS and WGSL, attributes and test cases. */
import type * as FC from 'fast-check';
import { CompileError, formatType, type Shape, type TensorType } from '../ir/index.ts';
import type { AttrSpec } from './op-def.ts';
import type { Fc } from './testing.ts';

export type Padding = 'valid' | 'same';

/**
 * One spatial axis of a sliding window. Output position o reads input positions
 * i = o·stride − pad + k·dilation for taps k ∈ [0, size); taps with i ∉ [0, inSize) read padding.
 */
export interface Axis {
  readonly inSize: number;
  readonly outSize: number;
  /** Kernel or pool extent (taps). */
  readonly size: number;
  readonly stride: number;
  readonly dilation: number;
  /** Padding before (top or left); Keras/TF put the odd extra row after. */
  readonly pad: number;
}

/** The two spatial axes of an NHWC window op. */
export interface Window2d {
  readonly h: Axis;
  readonly w: Axis;
}

/** Extent of a dilated window: (k − 1)·d + 1. */
export function effectiveSize(k: number, d: number): number {
  return (k - 1) * d + 1;
}

/** Keras/TF output length: valid ⌊(in − keff)/s⌋ + 1 (0 when the window does not fit), same ⌈in/s⌉. */
export function windowOutSize(inSize: number, k: number, s: number, d: number, padding: Padding): number {
  if (padding === 'same') return Math.ceil(inSize / s);
  const keff = effectiveSize(k, d);
  return inSize >= keff ? Math.floor((inSize - keff) / s) + 1 : 0;
}

/** Keras/TF 'same': pad_total = max((out − 1)·s + keff − in, 0), pad_before = ⌊pad_total/2⌋; 'valid' pads nothing. */
export function padBefore(inSize: number, outSize: number, k: number, s: number, d: number, padding: Padding): number {
  if (padding === 'valid') return 0;
  return Math.floor(Math.max((outSize - 1) * s + effectiveSize(k, d) - inSize, 0) / 2);
}

/** The axis of a forward window over `inSize` elements. */
export function windowAxis(inSize: number, k: number, s: number, d: number, padding: Padding): Axis {
  const outSize = windowOutSize(inSize, k, s, d, padding);
  return { inSize, outSize, size: k, stride: s, dilation: d, pad: padBefore(inSize, outSize, k, s, d, padding) };
}

/** Attributes every window op reads: [h, w] pairs and the padding mode. */
export interface WindowAttrs {
  readonly strides: readonly number[];
  readonly padding: Padding;
  readonly dilations?: readonly number[];
}

/** Both axes of a window of `kh`×`kw` taps over the H and W of an NHWC shape; E_SHAPE_TOO_SMALL if it does not fit. */
export function window2d(op: string, x: Shape, kh: number, kw: number, attrs: WindowAttrs): Window2d {
  const [sh, sw] = pair(op, 'strides', attrs.strides);
  const [dh, dw] = attrs.dilations ? pair(op, 'dilations', attrs.dilations) : [1, 1];
  const h = windowAxis(x[1]!, kh, sh, dh, attrs.padding);
  const w = windowAxis(x[2]!, kw, sw, dw, attrs.padding);
  if (h.outSize === 0 || w.outSize === 0) {
    throw new CompileError(
      'E_SHAPE_TOO_SMALL',
      `${op}: a ${effectiveSize(kh, dh)}×${effectiveSize(kw, dw)} window (dilated) does not fit in a ${x[1]}×${x[2]} input with padding 'valid'`,
      { hint: "use padding 'same', a smaller kernel, or a larger input" },
    );
  }
  return { h, w };
}

/** A [h, w] attribute of positive integers. */
export function pair(op: string, name: string, v: readonly number[]): [number, number] {
  if (v.length !== 2 || !v.every((x) => Number.isInteger(x) && x >= 1)) {
    throw new CompileError('E_IR_ATTR', `${op} attribute '${name}' must be two positive integers [h, w], got ${JSON.stringify(v)}`);
  }
  return [v[0]!, v[1]!];
}

/** Throws E_SHAPE_RANK / E_DTYPE unless `t` is an f32 tensor of rank 4 (NHWC activations, HWIO filters). */
export function requireRank4(op: string, t: TensorType, what: string): void {
  if (t.dtype !== 'f32') throw new CompileError('E_DTYPE', `${op}: ${what} must be f32, got ${formatType(t)}`);
  if (t.shape.length !== 4) {
    throw new CompileError('E_SHAPE_RANK', `${op}: ${what} must have rank 4, got ${formatType(t)}`, {
      hint: what.includes('filter') ? 'filters are [kh, kw, in, out]' : 'activations are NHWC: [batch, height, width, channels]',
    });
  }
}

/** Throws E_SHAPE_MISMATCH naming `what` unless `got` equals `want`. */
export function requireShape(op: string, what: string, got: Shape, want: Shape): void {
  if (got.length !== want.length || got.some((d, i) => d !== want[i])) {
    throw new CompileError('E_SHAPE_MISMATCH', `${op}: ${what} must be [${want.join(',')}], got [${got.join(',')}]`);
  }
}

// ---- taps ----------------------------------------------------------------------------------------

/** Input position read by tap `k` of output `o`, or −1 where it falls in the padding. */
export function tapAt(a: Axis, o: number, k: number): number {
  const i = o * a.stride - a.pad + k * a.dilation;
  return i >= 0 && i < a.inSize ? i : -1;
}

/** Number of taps of output `o` inside the input (what Keras 'same' average pooling divides by). */
export function validTaps(a: Axis, o: number): number {
  let n = 0;
  for (let k = 0; k < a.size; k++) if (tapAt(a, o, k) >= 0) n++;
  return n;
}

/** WGSL i32 expression: the input position of tap `k` at output `o` (u32 expressions), possibly out of range. */
export function wgslTap(a: Axis, o: string, k: string): string {
  const base = a.stride === 1 ? `i32(${o})` : `i32(${o}) * ${a.stride}`;
  const tap = a.dilation === 1 ? `i32(${k})` : `i32(${k}) * ${a.dilation}`;
  return a.pad === 0 ? `${base} + ${tap}` : `${base} - ${a.pad} + ${tap}`;
}

/** WGSL bool: an i32 position lies in [0, size) (one unsigned compare also rejects negatives). */
export function wgslInside(pos: string, size: number): string {
  return `u32(${pos}) < ${size}u`;
}

/**
 * WGSL statements for the inverse of a tap, inside a loop over `k`: bind `name` (u32) to the output
 * position o with o·s − pad + k·d = i, or `continue` when no output reads input `i` through tap `k`.
 */
export function wgslInverseTap(a: Axis, i: string, k: string, name: string): string {
  const t = `${name}_t`;
  const dk = a.dilation === 1 ? `i32(${k})` : `i32(${k}) * ${a.dilation}`;
  const head = `let ${t} = i32(${i})${a.pad === 0 ? '' : ` + ${a.pad}`} - ${dk};`;
  if (a.stride === 1) return `${head} if (!(${wgslInside(t, a.outSize)})) { continue; } let ${name} = u32(${t});`;
  const bad = `${t} < 0 || ${t} % ${a.stride} != 0 || ${t} / ${a.stride} >= ${a.outSize}`;
  return `${head} if (${bad}) { continue; } let ${name} = u32(${t} / ${a.stride});`;
}

// ---- attributes ----------------------------------------------------------------------------------

export const STRIDES_ATTR: AttrSpec = { kind: 'ints', doc: '[sh, sw]: window step along height and width' };
export const PADDING_ATTR: AttrSpec = {
  kind: 'string',
  oneOf: ['valid', 'same'],
  doc: "'valid': no padding; 'same': output ⌈in/stride⌉, zero/ignored padding split as Keras/TF do (extra row after)",
};
export const DILATIONS_ATTR: AttrSpec = { kind: 'ints', doc: '[dh, dw]: spacing between kernel taps (1 = dense)' };

// ---- test cases ----------------------------------------------------------------------------------

/** A small random NHWC window problem whose window fits (inputs are enlarged for 'valid'). */
export interface WindowCase {
  readonly n: number;
  readonly h: number;
  readonly w: number;
  readonly c: number;
  readonly o: number;
  readonly kh: number;
  readonly kw: number;
  readonly strides: [number, number];
  readonly dilations: [number, number];
  readonly padding: Padding;
}

/** N 1–2, H/W 1–7, channels 1–4, kernel 1–`maxK`, stride 1–2, dilation 1–2 (when `dilate`), both paddings. */
export function windowCaseArb(fc: Fc, opts: { dilate?: boolean; maxK?: number } = {}): FC.Arbitrary<WindowCase> {
  const dim = (max: number): FC.Arbitrary<number> => fc.integer({ min: 1, max });
  const d = opts.dilate ? dim(2) : fc.constant(1);
  const k = dim(opts.maxK ?? 3);
  return fc
    .tuple(dim(2), dim(7), dim(7), dim(4), dim(4), k, k, dim(2), dim(2), d, d, fc.constantFrom<Padding>('valid', 'same'))
    .map(([n, h, w, c, o, kh, kw, sh, sw, dh, dw, padding]) => ({
      n,
      h: padding === 'valid' ? Math.max(h, effectiveSize(kh, dh)) : h,
      w: padding === 'valid' ? Math.max(w, effectiveSize(kw, dw)) : w,
      c,
      o,
      kh,
      kw,
      strides: [sh, sw],
      dilations: [dh, dw],
      padding,
    }));
}

/** An f32 tensor type. */
export function f32(shape: Shape): TensorType {
  return { dtype: 'f32', shape: [...shape] };
}

// ---- pooling -------------------------------------------------------------------------------------

/** Pooling attributes (Keras MaxPooling2D / AveragePooling2D; the frontend defaults strides to poolSize). */
export interface PoolAttrs {
  poolSize: readonly number[];
  strides: readonly number[];
  padding: Padding;
}

export const POOL_ATTRS = {
  poolSize: { kind: 'ints', doc: '[ph, pw]: window extent' } as AttrSpec,
  strides: STRIDES_ATTR,
  padding: PADDING_ATTR,
};

/** Checks an NHWC input and returns the pooling window over it (pools never dilate). */
export function poolWindow(op: string, x: TensorType, attrs: PoolAttrs): Window2d {
  requireRank4(op, x, 'input');
  const [ph, pw] = pair(op, 'poolSize', attrs.poolSize);
  return window2d(op, x.shape, ph, pw, { strides: attrs.strides, padding: attrs.padding });
}

/** WGSL f32: the number of taps of output `o` (u32) inside the input, for undilated windows. */
export function wgslValidTaps(a: Axis, o: string): string {
  const start = a.stride === 1 ? `i32(${o})` : `i32(${o}) * ${a.stride}`;
  const s0 = a.pad === 0 ? start : `${start} - ${a.pad}`;
  return `f32(min(${s0} + ${a.size}, ${a.inSize}) - max(${s0}, 0))`;
}

/** Pool test cases: an input and pool attributes (pool 1–3, stride 1–2, both paddings). */
export function poolCaseArb(fc: Fc): FC.Arbitrary<{ x: TensorType; attrs: PoolAttrs }> {
  return windowCaseArb(fc).map((k) => ({
    x: f32([k.n, k.h, k.w, k.c]),
    attrs: { poolSize: [k.kh, k.kw], strides: k.strides, padding: k.padding },
  }));
}
