/**
 * @file Barrier-free register-tiled conv kernels for CPU implementations (the conv counterpart of
 * the `reg` GEMM): each invocation computes 4 (`reg4`) or 8 (`reg8`) consecutive output channels in
 * vec4s, so every input load feeds 4 or 8 multiply-adds and a tap's weights are adjacent (HWIO).
 *
 * - `pooled`: conv → epilogue → pool in one kernel (fused-conv.ts's pooled form), one invocation per
 *   pooled position × 4 or 8 channels, every tap of the pooling window accumulated at once (vec4s
 *   per tap): per (kh, kw, c) 4 or 8 weight loads and one input load per tap feed (4 or 8) × taps
 *   multiply-adds (a 2×2 pool with reg8: 12 loads for 32 multiply-adds).
 * - `direct`: a conv whose K = KH·KW·C is too short to tile, one position × 4 or 8 channels per invocation.
 *
 * `chooseConv` picks them on software targets; the rule-based choice elsewhere stays the scalar
 * kernel (one output per invocation), and a tuning table (`dlc build --tune`) may override either.
 */
import { wgslInside, wgslTap, type Window2d } from '../ops/conv-geometry.ts';
import type { KernelSource } from '../ops/op-def.ts';
import { runtimeCount } from './gemm-reg.ts';
import type { KernelTarget } from './target.ts';
import { dispatch1d, f32Literal } from './wgsl.ts';

export type ConvVariant = 'scalar' | 'reg4' | 'reg8';
export const CONV_VARIANTS: readonly ConvVariant[] = ['reg8', 'reg4', 'scalar'];

/** Pool windows of more taps than this keep the scalar kernel (a vec4 register per tap). */
const MAX_POOL_TAPS = 9;
/** reg8 holds two vec4s per tap: only for pools of at most this many taps, and channel counts divisible by 8. */
const MAX_REG8_TAPS = 4;

/** The variants that can be emitted for this conv (reg8 needs O % 8 = 0 and a small pool; reg4 a pool of ≤ 9 taps). */
function possible(o: number, poolTaps: number): readonly ConvVariant[] {
  return CONV_VARIANTS.filter((v) => v === 'scalar' || (v === 'reg4' && poolTaps <= MAX_POOL_TAPS) || (v === 'reg8' && o % 8 === 0 && poolTaps <= MAX_REG8_TAPS));
}

/** vec4 accumulators per tap. */
export const groupsOf = (v: ConvVariant): number => (v === 'reg8' ? 2 : 1);

type Dims4 = readonly [number, number, number, number];

/** A conv kernel's identity in a tuning table: form and shapes (the WGSL follows from them). */
export function convKey(form: 'pooled' | 'direct', x: readonly number[], w: readonly number[], win: Window2d, pool?: Window2d): string {
  const ax = (a: Window2d['h']): string => `${a.stride}.${a.dilation}.${a.pad}`;
  const p = pool ? ` pool ${pool.h.size}x${pool.w.size} ${ax(pool.h)} ${ax(pool.w)}` : '';
  return `conv ${form} ${x.join('x')} ${w.join('x')} ${ax(win.h)} ${ax(win.w)}${p}`;
}

/**
 * The tuned variant when the table names one this conv allows; else on software targets reg8
 * where it fits (8 channels per invocation: bench/cnn-profile.ts), else reg4; else scalar.
 */
export function chooseConv(key: string, target: KernelTarget | undefined, outChannels: number, poolTaps = 1): { variant: ConvVariant; tuned: boolean } {
  const ok = possible(outChannels, poolTaps);
  const t = ok.find((v) => v === target?.tuned?.[key]);
  if (t) return { variant: t, tuned: true };
  return { variant: target?.software ? ok[0]! : 'scalar', tuned: false };
}

/** `// conv reg4, chosen for … [key]`: the choice in the kernel, as gemmFor records its own. */
export function convComment(v: string, tuned: boolean, target: KernelTarget | undefined, key: string): string {
  return target ? `// conv ${v}, ${tuned ? 'tuned on' : 'chosen for'} ${target.label} [${key}]\n` : '';
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/**
 * How a kernel reads packed weights (weight-format.ts): one element as f32, four adjacent channels
 * as a vec4 (index a multiple of 4; one u32 word of int8, two of f16), and the finished sum of a
 * channel (int8: times its scale, which the reads leave out). Absent: f32 `ws[i]`, sums as they are.
 */
export interface ConvWeightReads {
  one(index: string, channel: string): string;
  four(index: string): string;
  finish(value: string, channel: string): string;
}

/** Statements adding tap `t`'s input (at output position toh_t, tow_t) times `g` vec4s of weights to ta_t_j, for every (kh, kw, c). */
function accumulate(xs: string, ws: string, x: Dims4, w: Dims4, win: Window2d, taps: readonly number[], g: number, reads?: ConvWeightReads): string {
  const [, H, W, C] = x;
  const [KH, KW, , O] = w;
  const wIdx = (j: number): string => (O % 4 === 0 ? `wb + ${j}u` : `wb + min(co0 + ${j}u, ${O - 1}u) - co0`);
  const one = (j: number): string => (reads ? reads.one(wIdx(j), `min(co0 + ${j}u, ${O - 1}u)`) : `${ws}[${wIdx(j)}]`);
  // O % 4 = 0 and co0 % 4 = 0 make wb a multiple of 4: a packed vec4 read is whole words.
  const vec = (q: number): string =>
    reads && O % 4 === 0 ? reads.four(`wb + ${q * 4}u`) : `vec4<f32>(${range(4).map((j) => one(q * 4 + j)).join(', ')})`;
  const perTap = (t: number): string =>
    `let tih${t} = ${wgslTap(win.h, `toh${t}`, 'kh')}; let tiw${t} = ${wgslTap(win.w, `tow${t}`, 'kw')};
      let tin${t} = tv${t} && ${wgslInside(`tih${t}`, H)} && ${wgslInside(`tiw${t}`, W)};
      let txb${t} = select(0u, ((n * ${H}u + u32(tih${t})) * ${W}u + u32(tiw${t})) * ${C}u, tin${t});`;
  const weights = range(g).map((q) => `let wv${q} = ${vec(q)};`);
  const fmas = taps.map((t) => `let xv${t} = vec4<f32>(select(0.0, ${xs}[txb${t} + c], tin${t})); ${range(g).map((q) => `ta${t}_${q} = fma(xv${t}, wv${q}, ta${t}_${q});`).join(' ')}`);
  return `for (var kh = 0u; kh < ${KH}u; kh++) {
    for (var kw = 0u; kw < ${KW}u; kw++) {
      ${taps.map(perTap).join('\n      ')}
      for (var c = 0u; c < ${C}u; c++) {
        let wb = ((kh * ${KW}u + kw) * ${C}u + c) * ${O}u + co0;
        ${weights.join(' ')}
        ${fmas.join('\n        ')}
      }
    }
  }`;
}

/** The guard of a channel past O (a ragged last block of channels), around a statement that uses `dlc_j`. */
const guardChannel = (ragged: boolean, o: number) => (body: string): string => (ragged ? `if (co0 + dlc_j < ${o}u) { ${body} }` : body);

/** `var ta0_0 = vec4<f32>(); …` for every tap and group. */
const accDecls = (taps: readonly number[], g: number): string => taps.map((t) => range(g).map((q) => `var ta${t}_${q} = vec4<f32>();`).join(' ')).join(' ');
/** The sum of channel co0 + j as the epilogue takes it (packed int8: times the channel's scale). */
const finish = (reads: ConvWeightReads | undefined, value: string, channel: string): string => (reads ? reads.finish(value, channel) : value);

export interface PooledConvArgs {
  readonly xs: string;
  readonly ws: string;
  readonly x: readonly number[];
  readonly w: readonly number[];
  readonly win: Window2d;
  readonly conv: readonly number[];
  readonly pool: Window2d;
  readonly poolShape: readonly number[];
  readonly isMax: boolean;
  readonly variant: 'reg4' | 'reg8';
  /** Module text: preamble, `dlc_mid` (conv → pre-pool value), `dlc_tail` (pooled value → store). */
  readonly module: string;
  /** Packed weights: how to read them (default f32). */
  readonly reads?: ConvWeightReads;
}

/** conv → epilogue → pool, 4 (reg4) or 8 (reg8) channels and every pooling tap per invocation. */
export function emitPooledConvReg(a: PooledConvArgs): KernelSource {
  const [, OH, OW, O] = a.conv as Dims4;
  const [N, PH, PW] = a.poolShape as Dims4;
  const g = groupsOf(a.variant);
  const CH = 4 * g;
  const OB = Math.ceil(O / CH);
  const n = N * PH * PW * OB;
  const d = dispatch1d(n, 64);
  const taps = range(a.pool.h.size * a.pool.w.size);
  const tapPos = (t: number): string => {
    const th = Math.floor(t / a.pool.w.size);
    const tw = t % a.pool.w.size;
    return `let toh${t} = ${wgslTap(a.pool.h, 'ph', `${th}u`)}; let tow${t} = ${wgslTap(a.pool.w, 'pw', `${tw}u`)}; let tv${t} = ${wgslInside(`toh${t}`, OH)} && ${wgslInside(`tow${t}`, OW)};`;
  };
  const T = taps.length;
  const chan = guardChannel(O % CH !== 0, O);
  const sum = finish(a.reads, `dlc_ta[dlc_t * ${g}u + dlc_j / 4u][dlc_j % 4u]`, 'co0 + dlc_j');
  const v = `dlc_mid(((n * ${OH}u + u32(dlc_toh[dlc_t])) * ${OW}u + u32(dlc_tow[dlc_t])) * ${O}u + co0 + dlc_j, ${sum})`;
  const result = a.isMax ? 'dlc_tm[dlc_j]' : `dlc_tm[dlc_j] / ${f32Literal(T)}`;
  return {
    code: `${a.module}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${n}u) { return; }
  let co0 = (i % ${OB}u) * ${CH}u;
  let q = i / ${OB}u;
  let pw = q % ${PW}u; let ph = (q / ${PW}u) % ${PH}u; let n = q / ${PW * PH}u;
  ${taps.map(tapPos).join('\n  ')}
  ${accDecls(taps, g)}
  ${accumulate(a.xs, a.ws, a.x as Dims4, a.w as Dims4, a.win, taps, g, a.reads)}
  // The epilogue (dlc_mid) and the pooled store (dlc_tail) once each, in loops of run-time count (epilogueLoop in gemm-reg.ts: why).
  var dlc_ta = array<vec4<f32>, ${T * g}>(${taps.flatMap((t) => range(g).map((q) => `ta${t}_${q}`)).join(', ')});
  var dlc_toh = array<i32, ${T}>(${taps.map((t) => `toh${t}`).join(', ')}); var dlc_tow = array<i32, ${T}>(${taps.map((t) => `tow${t}`).join(', ')});
  var dlc_tv = array<bool, ${T}>(${taps.map((t) => `tv${t}`).join(', ')});
  var dlc_tm = array<f32, ${CH}>(${range(CH).map(() => (a.isMax ? '-3.4028234e38' : '0.0')).join(', ')});
  let dlc_n = ${runtimeCount(T * CH, 'gid.z')};
  for (var dlc_e = 0u; dlc_e < dlc_n; dlc_e++) {
    let dlc_t = dlc_e / ${CH}u; let dlc_j = dlc_e % ${CH}u;
    if (dlc_tv[dlc_t]) { ${chan(a.isMax ? `dlc_tm[dlc_j] = max(dlc_tm[dlc_j], ${v});` : `dlc_tm[dlc_j] += ${v};`)} }
  }
  for (var dlc_j = 0u; dlc_j < min(dlc_n, ${CH}u); dlc_j++) {
    ${chan(`dlc_tail(((n * ${PH}u + ph) * ${PW}u + pw) * ${O}u + co0 + dlc_j, ${result});`)}
  }
}
`,
    workgroups: d.workgroups,
  };
}

/** A conv too short to tile, 4 or 8 channels per invocation; each output goes through `dlc_mid` (in `module`). */
export function emitDirectConvReg(
  variant: 'reg4' | 'reg8',
  xs: string,
  ws: string,
  x: readonly number[],
  w: readonly number[],
  win: Window2d,
  out: readonly number[],
  module: string,
  reads?: ConvWeightReads,
): KernelSource {
  const [N, OH, OW, O] = out as Dims4;
  const g = groupsOf(variant);
  const CH = 4 * g;
  const OB = Math.ceil(O / CH);
  const n = N * OH * OW * OB;
  const d = dispatch1d(n, 64);
  const sum = finish(reads, 'dlc_ta[dlc_j / 4u][dlc_j % 4u]', 'co0 + dlc_j');
  // The epilogue once, in a loop of run-time count (epilogueLoop in gemm-reg.ts: why).
  const stores = `var dlc_ta = array<vec4<f32>, ${g}>(${range(g).map((q) => `ta0_${q}`).join(', ')});
  for (var dlc_j = 0u; dlc_j < ${runtimeCount(CH, 'gid.z')}; dlc_j++) {
    ${guardChannel(O % CH !== 0, O)(`dlc_mid(((n * ${OH}u + oh) * ${OW}u + ow) * ${O}u + co0 + dlc_j, ${sum});`)}
  }`;
  return {
    code: `${module}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${n}u) { return; }
  let co0 = (i % ${OB}u) * ${CH}u;
  let q = i / ${OB}u;
  let ow = q % ${OW}u; let oh = (q / ${OW}u) % ${OH}u; let n = q / ${OW * OH}u;
  let toh0 = i32(oh); let tow0 = i32(ow); let tv0 = true; ${accDecls([0], g)}
  ${accumulate(xs, ws, x as Dims4, w as Dims4, win, [0], g, reads)}
  ${stores}
}
`,
    workgroups: d.workgroups,
  };
}
