/**
 * @file The column-tiled register conv for CPU implementations: one invocation computes P
 * consecutive output columns (along OW) × 4 or 8 consecutive output channels, so per input
 * channel c the 4 or 8 weights (one or two vec4s) meet P input values: a `col4x8` tile issues
 * 8 weight loads and 4 input loads for 32 multiply-adds, where the one-column `reg8`
 * (conv-reg.ts) issues 8 and 1 for 8. It is the hand-written reg2x8c / reg4x8c kernel of
 * bench/hand-kernels.ts for any stride, dilation and padding, with the epilogue on each store.
 *
 * It serves convs with no pool after them, of any K = KH·KW·C (on lavapipe with subgroups of 8 the
 * subgroup implicit GEMM serves them instead: conv-gemm.ts convUniFor): on software targets it replaces
 * the implicit GEMM (whose tile loads unravel two flat indices per element) for long convs and
 * the one-column kernel for short ones. A tuning table (`conv direct …` key) may name any of
 * them, the GEMM's variants included.
 */
import { wgslInside, wgslTap, type Window2d } from '../ops/conv-geometry.ts';
import type { KernelSource } from '../ops/op-def.ts';
import { convUniFor, isUniOn } from './conv-gemm.ts';
import { CONV_VARIANTS, type ConvWeightReads } from './conv-reg.ts';
import { GEMM_VARIANTS, variantName } from './gemm.ts';
import type { KernelTarget } from './target.ts';
import { dispatch1d } from './wgsl.ts';

/** `col{P}x{4g}`: P output columns × 4g output channels per invocation. */
export type ConvColsVariant = 'col4x8' | 'col2x8' | 'col4x4';
export const CONV_COLS_VARIANTS: readonly ConvColsVariant[] = ['col4x8', 'col2x8', 'col4x4'];

/** Columns and vec4 channel groups of a variant. */
export function colsShape(v: ConvColsVariant): { cols: number; groups: number } {
  return { col4x8: { cols: 4, groups: 2 }, col2x8: { cols: 2, groups: 2 }, col4x4: { cols: 4, groups: 1 } }[v];
}

/** The variants that fit a conv of O output channels (8 channels need O % 8 = 0; columns past OW are clamped and skipped). */
export function colsPossible(o: number): readonly ConvColsVariant[] {
  return CONV_COLS_VARIANTS.filter((v) => colsShape(v).groups === 1 || o % 8 === 0);
}

/**
 * The software rule: col4x8 where O % 8 = 0 and OW ≥ 4 (bench/hand-kernels.ts's reg4x8c is the
 * fastest hand kernel for the MNIST CNN's first conv; reg2x8c for 16 channels, 16×16), col2x8 for
 * narrower outputs, col4x4 when O is not a multiple of 8.
 */
export function colsRule(o: number, ow: number): ConvColsVariant {
  if (o % 8 === 0) return ow >= 4 ? 'col4x8' : 'col2x8';
  return 'col4x4';
}

/** Every tap of every output position lies inside the input (no padding read on either side). */
const allInside = (a: Window2d['h']): boolean => a.pad === 0 && (a.outSize - 1) * a.stride + (a.size - 1) * a.dilation < a.inSize;

/** The module declares `name` as a read-only f32 binding and names it nowhere else: its reads may go through a vec4 view. */
function redeclarable(module: string, name: string): boolean {
  const decl = `var<storage, read> ${name}: array<f32>;`;
  return module.includes(decl) && !new RegExp(`(?<![A-Za-z0-9_.])${name}(?![A-Za-z0-9_])`).test(module.replace(decl, ''));
}

/** The module with binding `name` redeclared `array<vec4<f32>>`. */
const asVec4 = (module: string, name: string): string => module.replace(`var<storage, read> ${name}: array<f32>;`, `var<storage, read> ${name}: array<vec4<f32>>;`);

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const COMPS = ['x', 'y', 'z', 'w'] as const;

type Dims4 = readonly [number, number, number, number];

export interface ColsConvArgs {
  readonly variant: ConvColsVariant;
  readonly xs: string;
  readonly ws: string;
  /** x [N,H,W,C], w [KH,KW,C,O] (HWIO), out [N,OH,OW,O]. */
  readonly x: readonly number[];
  readonly w: readonly number[];
  readonly win: Window2d;
  readonly out: readonly number[];
  /** Module text: preamble and `dlc_mid` (flat output index, conv value → store). */
  readonly module: string;
  /** Packed weights: how to read them (default f32). */
  readonly reads?: ConvWeightReads;
}

/** conv (any K) → epilogue, P columns × 4g channels per invocation; every output stored once through `dlc_mid`. */
export function emitColsConv(a: ColsConvArgs): KernelSource {
  const [N, H, W, C] = a.x as Dims4;
  const [KH, KW, , O] = a.w as Dims4;
  const [, OH, OW] = a.out as Dims4;
  const { cols: P, groups: g } = colsShape(a.variant);
  const CH = 4 * g;
  const OB = Math.ceil(O / CH);
  const PB = Math.ceil(OW / P);
  const n = N * OH * PB * OB;
  const d = dispatch1d(n, 64);
  const ps = range(P);
  // Bounds tests only on an axis where some tap of some output falls outside the input (padding).
  const [padH, padW] = [!allInside(a.win.h), !allInside(a.win.w)];
  const raggedCols = OW % P !== 0;
  const raggedCh = O % CH !== 0;
  const wIdx = (j: number): string => (raggedCh ? `wb + min(co0 + ${j}u, ${O - 1}u) - co0` : `wb + ${j}u`);
  const one = (j: number): string => (a.reads ? a.reads.one(wIdx(j), `min(co0 + ${j}u, ${O - 1}u)`) : `${a.ws}[${wIdx(j)}]`);
  // O % 4 = 0 and co0 % 4 = 0 make wb a multiple of 4: a packed vec4 read is whole words.
  // f32 weights with O % 4 = 0 are read a vec4 at a time through an array<vec4<f32>> view (wb is a
  // multiple of 4): one load, not four (bench/hand-kernels.ts). A vec4 view of the input (4 channels
  // per load, the loop unrolled by 4) was 2-3x slower on SwiftShader and 1.1-2x on lavapipe.
  const wView = !a.reads && O % 4 === 0 && redeclarable(a.module, a.ws);
  const module = wView ? asVec4(a.module, a.ws) : a.module;
  const vec = (q: number): string =>
    wView ? `${a.ws}[(wb >> 2u) + ${q}u]` : a.reads && O % 4 === 0 ? a.reads.four(`wb + ${q * 4}u`) : `vec4<f32>(${range(4).map((j) => one(q * 4 + j)).join(', ')})`;
  // Column p of the block, clamped to the last column (its loads are valid, its stores skipped).
  const col = (p: number): string => (raggedCols && p > 0 ? `min(owb + ${p}u, ${OW - 1}u)` : `owb + ${p}u`);
  const colTap = (p: number): string =>
    padW
      ? `let iw${p} = ${wgslTap(a.win.w, `oc${p}`, 'kw')}; let okc${p} = ${wgslInside(`iw${p}`, W)}; let xb${p} = select(0u, (xr + u32(iw${p})) * ${C}u, okc${p});`
      : `let xb${p} = (xr + u32(${wgslTap(a.win.w, `oc${p}`, 'kw')})) * ${C}u;`;
  const xload = (p: number): string => (padW ? `select(0.0, ${a.xs}[xb${p} + c], okc${p})` : `${a.xs}[xb${p} + c]`);
  const step = `let wb = wb0 + c * ${O}u; ${range(g).map((k) => `let wv${k} = ${vec(k)};`).join(' ')}
        ${ps.map((p) => `let xv${p} = vec4<f32>(${xload(p)}); ${range(g).map((k) => `a${p}_${k} = fma(xv${p}, wv${k}, a${p}_${k});`).join(' ')}`).join('\n        ')}`;
  const finish = (value: string, j: number): string => (a.reads ? a.reads.finish(value, `co0 + ${j}u`) : value);
  // Column p's 4g stores, under one test when the column may lie past OW.
  const store = (p: number): string => {
    const one = (j: number): string => {
      const s = `dlc_mid(yb${p} + ${j}u, ${finish(`a${p}_${Math.floor(j / 4)}.${COMPS[j % 4]}`, j)});`;
      return raggedCh && j > 0 ? `if (co0 + ${j}u < ${O}u) { ${s} }` : s;
    };
    const body = `let yb${p} = ((n * ${OH}u + oh) * ${OW}u + owb + ${p}u) * ${O}u + co0; ${range(CH).map(one).join(' ')}`;
    return raggedCols && p > 0 ? `if (owb + ${p}u < ${OW}u) { ${body} }` : body;
  };
  const rowTest = padH ? `if (!(${wgslInside('ih', H)})) { continue; }` : '';
  return {
    code: `${module}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${n}u) { return; }
  let co0 = (i % ${OB}u) * ${CH}u;
  let q = i / ${OB}u;
  let owb = (q % ${PB}u) * ${P}u; let oh = (q / ${PB}u) % ${OH}u; let n = q / ${PB * OH}u;
  ${ps.map((p) => `let oc${p} = ${col(p)};`).join(' ')}
  ${ps.map((p) => range(g).map((k) => `var a${p}_${k} = vec4<f32>();`).join(' ')).join(' ')}
  for (var kh = 0u; kh < ${KH}u; kh++) {
    let ih = ${wgslTap(a.win.h, 'oh', 'kh')};
    ${rowTest}
    let xr = (n * ${H}u + u32(ih)) * ${W}u;
    for (var kw = 0u; kw < ${KW}u; kw++) {
      ${ps.map(colTap).join('\n      ')}
      let wb0 = (kh * ${KW}u + kw) * ${C * O}u + co0;
      for (var c = 0u; c < ${C}u; c++) {
        ${step}
      }
    }
  }
  ${ps.map(store).join('\n  ')}
}
`,
    workgroups: d.workgroups,
  };
}

/** The one-column variants of conv-reg.ts an unpooled conv allows (reg8 needs O % 8 = 0). */
const oneColumn = (o: number): readonly string[] => CONV_VARIANTS.filter((v) => v !== 'reg8' || o % 8 === 0);
const GEMM_NAMES: readonly string[] = GEMM_VARIANTS.map(variantName);

/** Every variant a tuning run times for a `conv …` key, in tie-break order: column tiles, one-column kernels, then the GEMM's (long convs only). */
export const CONV_TUNE_VARIANTS: readonly string[] = [...new Set([...CONV_COLS_VARIANTS, ...CONV_VARIANTS, ...GEMM_NAMES])];

/**
 * An unpooled conv's kernel: the tuned variant when the table names one this conv allows (a
 * subgroup GEMM where the device runs it); else on lavapipe the subgroup implicit GEMM for any K
 * (convUniFor, conv-gemm.ts; `pixels` = N·OH·OW is its M); else on software targets the column tile
 * (colsRule); else `gemm` for a long conv (the GEMM's own rule and key, as before) and `scalar` for
 * a short one (K < DIRECT_CONV_MAX_K).
 */
export function chooseUnpooled(key: string, target: KernelTarget | undefined, o: number, ow: number, long: boolean, pixels = 0): { variant: string; tuned: boolean } {
  const ok = [...colsPossible(o), ...oneColumn(o), ...(long ? GEMM_NAMES : [])];
  const t = target?.tuned?.[key];
  if (t !== undefined && (ok.includes(t) || isUniOn(t, target))) return { variant: t, tuned: true };
  const uni = pixels > 0 ? convUniFor({ m: pixels, n: o }, target) : undefined;
  if (uni) return { variant: uni, tuned: false };
  if (target?.software) return { variant: colsRule(o, ow), tuned: false };
  return { variant: long ? 'gemm' : 'scalar', tuned: false };
}

export const isColsVariant = (v: string): v is ConvColsVariant => (CONV_COLS_VARIANTS as readonly string[]).includes(v);
