/**
 * @file Barrier-free register-tiled conv kernels for CPU implementations (the conv counterpart of
 * the `reg` GEMM): each invocation computes four consecutive output channels in a vec4, so every
 * input load feeds four multiply-adds and the four weights of a tap are adjacent (HWIO).
 *
 * - `pooled`: conv → epilogue → pool in one kernel (fused-conv.ts's pooled form), one invocation per
 *   pooled position × 4 channels, every tap of the pooling window accumulated at once (a vec4 per
 *   tap): per (kh, kw, c) four weight loads and one input load per tap feed 4 × taps multiply-adds.
 * - `direct`: a conv whose K = KH·KW·C is too short to tile, one position × 4 channels per invocation.
 *
 * `chooseConv` picks them on software targets; the rule-based choice elsewhere stays the scalar
 * kernel (one output per invocation), and a tuning table (`dlc build --tune`) may override either.
 */
import { wgslInside, wgslTap, type Window2d } from '../ops/conv-geometry.ts';
import type { KernelSource } from '../ops/op-def.ts';
import type { KernelTarget } from './target.ts';
import { dispatch1d, f32Literal } from './wgsl.ts';

export type ConvVariant = 'scalar' | 'reg4';
export const CONV_VARIANTS: readonly ConvVariant[] = ['reg4', 'scalar'];

/** Pool windows of more taps than this keep the scalar kernel (a vec4 register per tap). */
const MAX_POOL_TAPS = 9;

type Dims4 = readonly [number, number, number, number];

/** A conv kernel's identity in a tuning table: form and shapes (the WGSL follows from them). */
export function convKey(form: 'pooled' | 'direct', x: readonly number[], w: readonly number[], win: Window2d, pool?: Window2d): string {
  const ax = (a: Window2d['h']): string => `${a.stride}.${a.dilation}.${a.pad}`;
  const p = pool ? ` pool ${pool.h.size}x${pool.w.size} ${ax(pool.h)} ${ax(pool.w)}` : '';
  return `conv ${form} ${x.join('x')} ${w.join('x')} ${ax(win.h)} ${ax(win.w)}${p}`;
}

/** The tuned variant when the table names one, else reg4 on software targets (where it fits), else scalar. */
export function chooseConv(key: string, target: KernelTarget | undefined, poolTaps = 1): { variant: ConvVariant; tuned: boolean } {
  const t = target?.tuned?.[key];
  const fits = poolTaps <= MAX_POOL_TAPS;
  if ((t === 'reg4' && fits) || t === 'scalar') return { variant: t, tuned: true };
  return { variant: target?.software && fits ? 'reg4' : 'scalar', tuned: false };
}

/** `// conv reg4, chosen for … [key]`: the choice in the kernel, as gemmFor records its own. */
export function convComment(v: ConvVariant, tuned: boolean, target: KernelTarget | undefined, key: string): string {
  return target ? `// conv ${v}, ${tuned ? 'tuned on' : 'chosen for'} ${target.label} [${key}]\n` : '';
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const COMPS = ['x', 'y', 'z', 'w'] as const;

/** Statements adding tap `t`'s input (at output position oh_t, ow_t) times the vec4 of weights to `a_t`, for every (kh, kw, c). */
function accumulate(xs: string, ws: string, x: Dims4, w: Dims4, win: Window2d, taps: readonly number[]): string {
  const [, H, W, C] = x;
  const [KH, KW, , O] = w;
  const wIdx = (j: number): string => (O % 4 === 0 ? `wb + ${j}u` : `wb + min(co0 + ${j}u, ${O - 1}u) - co0`);
  const perTap = (t: number): string =>
    `let tih${t} = ${wgslTap(win.h, `toh${t}`, 'kh')}; let tiw${t} = ${wgslTap(win.w, `tow${t}`, 'kw')};
      let tin${t} = tv${t} && ${wgslInside(`tih${t}`, H)} && ${wgslInside(`tiw${t}`, W)};
      let txb${t} = select(0u, ((n * ${H}u + u32(tih${t})) * ${W}u + u32(tiw${t})) * ${C}u, tin${t});`;
  return `for (var kh = 0u; kh < ${KH}u; kh++) {
    for (var kw = 0u; kw < ${KW}u; kw++) {
      ${taps.map(perTap).join('\n      ')}
      for (var c = 0u; c < ${C}u; c++) {
        let wb = ((kh * ${KW}u + kw) * ${C}u + c) * ${O}u + co0;
        let wv = vec4<f32>(${range(4).map((j) => `${ws}[${wIdx(j)}]`).join(', ')});
        ${taps.map((t) => `ta${t} = fma(vec4<f32>(select(0.0, ${xs}[txb${t} + c], tin${t})), wv, ta${t});`).join('\n        ')}
      }
    }
  }`;
}

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
  /** Module text: preamble, `dlc_mid` (conv → pre-pool value), `dlc_tail` (pooled value → store). */
  readonly module: string;
}

/** conv → epilogue → pool, four channels and every pooling tap per invocation. */
export function emitPooledConvReg(a: PooledConvArgs): KernelSource {
  const [, OH, OW, O] = a.conv as Dims4;
  const [N, PH, PW] = a.poolShape as Dims4;
  const O4 = Math.ceil(O / 4);
  const n = N * PH * PW * O4;
  const d = dispatch1d(n, 64);
  const taps = range(a.pool.h.size * a.pool.w.size);
  const tapPos = (t: number): string => {
    const th = Math.floor(t / a.pool.w.size);
    const tw = t % a.pool.w.size;
    return `let toh${t} = ${wgslTap(a.pool.h, 'ph', `${th}u`)}; let tow${t} = ${wgslTap(a.pool.w, 'pw', `${tw}u`)}; let tv${t} = ${wgslInside(`toh${t}`, OH)} && ${wgslInside(`tow${t}`, OW)}; var ta${t} = vec4<f32>();`;
  };
  const ragged = O % 4 !== 0;
  const chan = (j: number, body: string): string => (ragged && j > 0 ? `if (co0 + ${j}u < ${O}u) { ${body} }` : body);
  const combine = (j: number, t: number): string => {
    const v = `dlc_mid(((n * ${OH}u + u32(toh${t})) * ${OW}u + u32(tow${t})) * ${O}u + co0 + ${j}u, ta${t}.${COMPS[j]})`;
    return chan(j, a.isMax ? `tm${j} = max(tm${j}, ${v});` : `tm${j} += ${v};`);
  };
  const result = (j: number): string => (a.isMax ? `tm${j}` : `tm${j} / ${f32Literal(a.pool.h.size * a.pool.w.size)}`);
  return {
    code: `${a.module}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${n}u) { return; }
  let co0 = (i % ${O4}u) * 4u;
  let q = i / ${O4}u;
  let pw = q % ${PW}u; let ph = (q / ${PW}u) % ${PH}u; let n = q / ${PW * PH}u;
  ${taps.map(tapPos).join('\n  ')}
  ${accumulate(a.xs, a.ws, a.x as Dims4, a.w as Dims4, a.win, taps)}
  ${range(4).map((j) => `var tm${j} = ${a.isMax ? '-3.4028234e38' : '0.0'};`).join(' ')}
  ${taps.map((t) => `if (tv${t}) { ${range(4).map((j) => combine(j, t)).join(' ')} }`).join('\n  ')}
  ${range(4).map((j) => chan(j, `dlc_tail(((n * ${PH}u + ph) * ${PW}u + pw) * ${O}u + co0 + ${j}u, ${result(j)});`)).join('\n  ')}
}
`,
    workgroups: d.workgroups,
  };
}

/** A conv too short to tile, four channels per invocation; each output goes through `dlc_mid` (in `module`). */
export function emitDirectConvReg(xs: string, ws: string, x: readonly number[], w: readonly number[], win: Window2d, out: readonly number[], module: string): KernelSource {
  const [N, OH, OW, O] = out as Dims4;
  const O4 = Math.ceil(O / 4);
  const n = N * OH * OW * O4;
  const d = dispatch1d(n, 64);
  const ragged = O % 4 !== 0;
  const store = (j: number): string => {
    const s = `dlc_mid(((n * ${OH}u + oh) * ${OW}u + ow) * ${O}u + co0 + ${j}u, ta0.${COMPS[j]});`;
    return ragged && j > 0 ? `if (co0 + ${j}u < ${O}u) { ${s} }` : s;
  };
  return {
    code: `${module}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${n}u) { return; }
  let co0 = (i % ${O4}u) * 4u;
  let q = i / ${O4}u;
  let ow = q % ${OW}u; let oh = (q / ${OW}u) % ${OH}u; let n = q / ${OW * OH}u;
  let toh0 = i32(oh); let tow0 = i32(ow); let tv0 = true; var ta0 = vec4<f32>();
  ${accumulate(xs, ws, x as Dims4, w as Dims4, win, [0])}
  ${range(4).map(store).join('\n  ')}
}
`,
    workgroups: d.workgroups,
  };
}
