/**
 * @file Barrier-free register-tiled kernels for the two conv gradients (the counterparts of
 * conv-reg.ts's forward kernels), for CPU implementations, where the implicit-GEMM form
 * (conv-gemm.ts) spends most of its time unravelling two flat indices per operand element:
 *
 * - `filter` (conv2d_backprop_filter, dw[kh,kw,c,o] = Σ_{n,oh,ow} x[n,ih,iw,c]·dy[n,oh,ow,o]): one
 *   invocation per tap (kh, kw) × 4 input channels (fewer when C < 4) × 4 (`reg4`) or 8 (`reg8`)
 *   output channels; it walks n, oh, ow in nested loops (rows whose tap falls in the padding are
 *   skipped whole), and per position loads 4 x and 4 or 8 dy values for 16 or 32 multiply-adds.
 * - `input` (conv2d_transpose, also conv2d's input gradient): one invocation per output row segment
 *   of 4 (`reg4`) or 2 (`reg8`) pixels × 4 or 8 output channels; per (kh, kw) each pixel's source
 *   (the inverse tap, 0 where no input pixel maps to it) is found once, then per channel c the
 *   4 or 8 weights (one vec4 each) meet 4 or 2 input values: 8 or 10 loads for 16 multiply-adds.
 *
 * Every output element is stored once by one invocation through the hook (`dlc_mid` for fused
 * groups, which run their epilogue there: the optimizer update, the next layer's gradient ops).
 * `chooseConvGrad` picks reg8/reg4 on software targets (on lavapipe with subgroups of 8, the subgroup
 * implicit GEMM instead: conv-gemm.ts convUniFor) and the GEMM (its own rule) elsewhere; a
 * tuning table (`dlc build --tune`, key `convgrad …`) may name any of them, GEMM variants included.
 */
import type { TensorType } from '../ir/index.ts';
import { wgslInside, wgslTap, type Window2d } from '../ops/conv-geometry.ts';
import type { KernelSource } from '../ops/op-def.ts';
import { convUniFor, isLlvmpipe, isUniOn, type ConvHook } from './conv-gemm.ts';
import { chooseGemm, emitGemm, GEMM_VARIANTS, parseVariant, variantName, type GemmSpec } from './gemm.ts';
import type { KernelTarget } from './target.ts';
import { dispatch1d } from './wgsl.ts';

export type ConvGradReg = 'reg8' | 'reg4' | 'in4x8';
/** Every variant a tuning run times for a conv gradient, in tie-break order: the register-tiled kernels, then the GEMM's. */
export const CONV_GRAD_VARIANTS: readonly string[] = [...new Set(['in4x8', 'reg8', 'reg4', ...GEMM_VARIANTS.map(variantName)])];
/** The input gradient's pixels per invocation and vec4 channel groups: reg4 4 × 4, reg8 2 × 8, in4x8 4 × 8. */
const INPUT_TILE: Readonly<Record<ConvGradReg, { p: number; g: number }>> = { reg4: { p: 4, g: 1 }, reg8: { p: 2, g: 2 }, in4x8: { p: 4, g: 2 } };

const REG_NAMES: readonly string[] = ['in4x8', 'reg8', 'reg4'];

type Dims4 = readonly [number, number, number, number];
type Form = 'filter' | 'input';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const COMPS = ['x', 'y', 'z', 'w'] as const;
const ax = (a: Window2d['h']): string => `${a.stride}.${a.dilation}.${a.pad}`;

/** A conv gradient's identity in a tuning table: form, operand and output shapes, window. */
export function convGradKey(form: Form, x: readonly number[], y: readonly number[], out: readonly number[], win: Window2d): string {
  return `convgrad ${form} ${x.join('x')} ${y.join('x')} ${out.join('x')} ${ax(win.h)} ${ax(win.w)}`;
}

/**
 * The tuned variant when the table names a known one (a subgroup GEMM only where the device runs
 * it); else on lavapipe with subgroups of 8 the subgroup implicit GEMM (convUniFor: 2.1-2.4x less
 * CPU than the register tiles below on the MNIST CNN); else on software targets reg8 for filter
 * gradients of ≥ 8 output channels and reg4 otherwise (lavapipe, MNIST CNN b32, one dispatch each,
 * interleaved, against the GEMM's reg kernel: filter 3×3×32×64 1.8× faster with reg8, input
 * 32×13×13×32 1.6× with reg4, where reg8 gained 1.3×; bench/cnn-train-profile.ts times every
 * variant), except, on lavapipe, a filter gradient of one input channel (an image's first conv),
 * which takes the GEMM's `reg`: its reg8 has only KH·KW·O/8 invocations, each walking the whole
 * batch. MNIST CNN 3×3×1×32 by process CPU time (bench/conv-grad-ab.ts, load 15-23,
 * bench/results/2026-12-01-h21c-conv-lavapipe.md): lavapipe b64 reg 34 ms against reg8's 50, b32
 * 13.8 against 15.0 and 19.4 against 16.4 (and 2.6× in the last session's wall-clock run);
 * SwiftShader split, b32 79 against 89 but b64 185 against 163, so it keeps reg8. On lavapipe a
 * stride-1 input gradient (or transposed conv) of ≥ 8 channels takes in4x8 (4 pixels × 8
 * channels): MNIST CNN b64 64×13×13×32, two runs, 243 and 230 ms of CPU against reg4's 285 and
 * 267 (strided windows were not measured and keep reg4). Else the GEMM's rule.
 */
export function chooseConvGrad(key: string, target: KernelTarget | undefined, spec: GemmSpec, form: Form, channels: number, inChannels = 0, unitStride = false): { variant: string; tuned: boolean } {
  const t = target?.tuned?.[key];
  // in4x8 is an input-gradient tile only (the filter gradient's reg8 already holds 4 × 8).
  if (t !== undefined && (CONV_GRAD_VARIANTS.includes(t) || isUniOn(t, target)) && !(t === 'in4x8' && form === 'filter')) return { variant: t, tuned: true };
  const uni = convUniFor(spec, target);
  if (uni) return { variant: uni, tuned: false };
  if (target?.software && isLlvmpipe(target)) {
    if (form === 'filter' && inChannels === 1) return { variant: 'reg', tuned: false };
    if (form === 'input' && channels >= 8 && unitStride) return { variant: 'in4x8', tuned: false };
  }
  if (target?.software) return { variant: form === 'filter' && channels >= 8 ? 'reg8' : 'reg4', tuned: false };
  return { variant: variantName(chooseGemm(spec, target)), tuned: false };
}

export { isLlvmpipe };

export interface ConvGradArgs {
  readonly form: Form;
  /** filter: x [N,H,W,C] and dy [N,OH,OW,O]; input: the transpose's x [N,H,W,C] and w [KH,KW,O,C]. */
  readonly x: TensorType;
  readonly y: TensorType;
  /** The output shape: the filter [KH,KW,C,O], or the transpose's output [N,OH,OW,O]. */
  readonly out: readonly number[];
  readonly win: Window2d;
  readonly hook: ConvHook;
  /** The implicit GEMM of the same gradient (conv-gemm.ts): the GEMM variants, and the key's fallback rule. */
  readonly gemm: GemmSpec;
}

/**
 * The conv gradient kernel for the target: register-tiled or a GEMM variant, with a choice comment
 * (`// convgrad reg8, chosen for … [convgrad …]`) when a target made the choice. Without a target
 * this is exactly the GEMM kernel gemmFor would emit (plans compiled without a device are unchanged).
 */
export function convGradFor(a: ConvGradArgs, target: KernelTarget | undefined): KernelSource {
  if (!target) return emitGemm(a.gemm);
  const key = convGradKey(a.form, a.x.shape, a.y.shape, a.out, a.win);
  const channels = a.out[3]!;
  const unitStride = a.win.h.stride === 1 && a.win.w.stride === 1;
  const { variant, tuned } = chooseConvGrad(key, target, a.gemm, a.form, channels, a.form === 'filter' ? a.out[2]! : 0, unitStride);
  const gv = REG_NAMES.includes(variant) ? undefined : parseVariant(variant);
  const src = gv ? emitGemm(a.gemm, gv) : a.form === 'filter' ? emitFilterGradReg(a, variant as ConvGradReg) : emitInputGradReg(a, variant as ConvGradReg);
  return { ...src, code: `// convgrad ${variant}, ${tuned ? 'tuned on' : 'chosen for'} ${target.label} [${key}]\n${src.code}` };
}

/** Workgroup size: 64, smaller when that would leave fewer than 16 workgroups to spread over the CPU's threads. */
function workgroupFor(n: number): number {
  for (const wg of [64, 32, 16, 8]) if (Math.ceil(n / wg) >= 16) return wg;
  return 4;
}

/** `let d0 = vec4<f32>(…);` reading 4·g consecutive channels from `base` (clamped to the last channel when ragged). */
function vecLoads(name: string, buf: string, base: string, first: string, count: number, g: number): string {
  const at = (j: number): string => (count % 4 === 0 ? `${base} + ${first} + ${j}u` : `${base} + min(${first} + ${j}u, ${count - 1}u)`);
  return range(g).map((q) => `let ${name}${q} = vec4<f32>(${range(4).map((j) => `${buf}[${at(q * 4 + j)}]`).join(', ')});`).join(' ');
}

/** The kernel head over `items` × `nb` invocations, the block index fastest (consecutive invocations share the item's loads). */
function blocks(items: number, nb: number): { head: string; block: string; item: string; workgroups: readonly [number, number, number] } {
  const n = items * nb;
  const wg = workgroupFor(n);
  const d = dispatch1d(n, wg);
  return {
    head: `@compute @workgroup_size(${wg})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${n}u) { return; }`,
    block: `(i % ${nb}u)`, item: `i / ${nb}u`, workgroups: d.workgroups,
  };
}

function emitFilterGradReg(a: ConvGradArgs, v: ConvGradReg): KernelSource {
  const [N, H, W, C] = a.x.shape as Dims4;
  const [, OH, OW, O] = a.y.shape as Dims4;
  const [KH, KW] = a.out as Dims4;
  const g = v === 'reg8' ? 2 : 1;
  const CB = Math.min(4, C);
  const OB = Math.ceil(O / (4 * g));
  const CBLK = Math.ceil(C / CB);
  const n = KH * KW * CBLK * OB;
  const wg = workgroupFor(n);
  const d = dispatch1d(n, wg);
  const xc = (j: number): string => (C % CB === 0 ? `xb + ${j}u` : `xb + min(c0 + ${j}u, ${C - 1}u) - c0`);
  const xs = range(CB).map((j) => `let x${j} = vec4<f32>(${a.hook.x}[${xc(j)}]);`).join(' ');
  const fmas = range(CB).flatMap((j) => range(g).map((q) => `a${j}_${q} = fma(x${j}, d${q}, a${j}_${q});`)).join(' ');
  const store = (j: number, q: number, k: number): string => {
    const o = `o0 + ${q * 4 + k}u`;
    const s = a.hook.store(`((kh * ${KW}u + kw) * ${C}u + c0 + ${j}u) * ${O}u + ${o}`, `a${j}_${q}.${COMPS[k]}`);
    const conds = [...(C % CB !== 0 && j > 0 ? [`c0 + ${j}u < ${C}u`] : []), ...(O % (4 * g) !== 0 && q * 4 + k > 0 ? [`${o} < ${O}u`] : [])];
    return conds.length ? `if (${conds.join(' && ')}) { ${s} }` : s;
  };
  return {
    code: `${a.hook.decls}
@compute @workgroup_size(${wg})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${n}u) { return; }
  let o0 = (i % ${OB}u) * ${4 * g}u;
  let c0 = ((i / ${OB}u) % ${CBLK}u) * ${CB}u;
  let t = i / ${OB * CBLK}u;
  let kh = t / ${KW}u; let kw = t % ${KW}u;
  ${range(CB).map((j) => range(g).map((q) => `var a${j}_${q} = vec4<f32>();`).join(' ')).join(' ')}
  for (var n = 0u; n < ${N}u; n++) {
    for (var oh = 0u; oh < ${OH}u; oh++) {
      let ih = ${wgslTap(a.win.h, 'oh', 'kh')};
      if (!(${wgslInside('ih', H)})) { continue; }
      let xr = (n * ${H}u + u32(ih)) * ${W}u;
      let gr = (n * ${OH}u + oh) * ${OW}u;
      for (var ow = 0u; ow < ${OW}u; ow++) {
        let iw = ${wgslTap(a.win.w, 'ow', 'kw')};
        if (!(${wgslInside('iw', W)})) { continue; }
        let xb = (xr + u32(iw)) * ${C}u + c0;
        let gb = (gr + ow) * ${O}u;
        ${vecLoads('d', a.hook.w, 'gb', 'o0', O, g)}
        ${xs}
        ${fmas}
      }
    }
  }
  ${range(CB).flatMap((j) => range(g).flatMap((q) => range(4).map((k) => store(j, q, k)))).join('\n  ')}
}
`,
    workgroups: d.workgroups,
  };
}

/** WGSL: bind `ok${p}` (pixel p of the segment reads an input pixel through tap kw) and `src${p}` (its column). */
function inverseColumn(win: Window2d['w'], W: number, p: number): string {
  const t = `tw${p}`;
  const dk = win.dilation === 1 ? 'i32(kw)' : `i32(kw) * ${win.dilation}`;
  const head = `let ${t} = i32(yw${p})${win.pad === 0 ? '' : ` + ${win.pad}`} - ${dk};`;
  if (win.stride === 1) return `${head} let ok${p} = v${p} && ${wgslInside(t, W)}; let src${p} = u32(${t});`;
  return `${head} let ok${p} = v${p} && ${t} >= 0 && ${t} % ${win.stride} == 0 && ${t} / ${win.stride} < ${W}; let src${p} = u32(${t} / ${win.stride});`;
}

function emitInputGradReg(a: ConvGradArgs, v: ConvGradReg): KernelSource {
  const [, H, W, C] = a.x.shape as Dims4;
  const [KH, KW, O] = a.y.shape as Dims4;
  const [N, OH, OW] = a.out as Dims4;
  const { p: P, g } = INPUT_TILE[v];
  const OB = Math.ceil(O / (4 * g));
  const PB = Math.ceil(OW / P);
  const ps = range(P);
  const lay = blocks(N * OH * PB, OB);
  const hDk = a.win.h.dilation === 1 ? 'i32(kh)' : `i32(kh) * ${a.win.h.dilation}`;
  const th = `i32(yh)${a.win.h.pad === 0 ? '' : ` + ${a.win.h.pad}`} - ${hDk}`;
  const rowOk = a.win.h.stride === 1 ? `${wgslInside('th', H)}` : `th >= 0 && th % ${a.win.h.stride} == 0 && th / ${a.win.h.stride} < ${H}`;
  const srcRow = a.win.h.stride === 1 ? 'u32(th)' : `u32(th / ${a.win.h.stride})`;
  // Weight w[kh, kw, o, c] for output channel o0 + 4q + j at input channel c.
  const wAt = (j: number): string => (O % (4 * g) === 0 ? `wb + (o0 + ${j}u) * ${C}u` : `wb + min(o0 + ${j}u, ${O - 1}u) * ${C}u`);
  const wv = range(g).map((q) => `let w${q} = vec4<f32>(${range(4).map((j) => `${a.hook.w}[${wAt(q * 4 + j)} + c]`).join(', ')});`).join(' ');
  const xv = ps.map((p) => `let x${p} = vec4<f32>(select(0.0, ${a.hook.x}[xb${p} + c], ok${p}));`).join(' ');
  const fmas = ps.flatMap((p) => range(g).map((q) => `a${p}_${q} = fma(x${p}, w${q}, a${p}_${q});`)).join(' ');
  const store = (p: number, q: number, k: number): string => {
    const o = `o0 + ${q * 4 + k}u`;
    const s = a.hook.store(`((n * ${OH}u + yh) * ${OW}u + yw${p}) * ${O}u + ${o}`, `a${p}_${q}.${COMPS[k]}`);
    const conds = [...(OW % P !== 0 && p > 0 ? [`v${p}`] : []), ...(O % (4 * g) !== 0 && q * 4 + k > 0 ? [`${o} < ${O}u`] : [])];
    return conds.length ? `if (${conds.join(' && ')}) { ${s} }` : s;
  };
  return {
    code: `${a.hook.decls}
${lay.head}
  let o0 = ${lay.block} * ${4 * g}u;
  let q = ${lay.item};
  let ywb = (q % ${PB}u) * ${P}u; let yh = (q / ${PB}u) % ${OH}u; let n = q / ${PB * OH}u;
  ${ps.map((p) => `let yw${p} = ywb + ${p}u; let v${p} = yw${p} < ${OW}u;`).join(' ')}
  ${ps.map((p) => range(g).map((qq) => `var a${p}_${qq} = vec4<f32>();`).join(' ')).join(' ')}
  for (var kh = 0u; kh < ${KH}u; kh++) {
    let th = ${th};
    if (!(${rowOk})) { continue; }
    let xr = (n * ${H}u + ${srcRow}) * ${W}u;
    for (var kw = 0u; kw < ${KW}u; kw++) {
      ${ps.map((p) => inverseColumn(a.win.w, W, p)).join('\n      ')}
      ${ps.map((p) => `let xb${p} = select(0u, (xr + src${p}) * ${C}u, ok${p});`).join(' ')}
      let wb = (kh * ${KW}u + kw) * ${O * C}u;
      for (var c = 0u; c < ${C}u; c++) {
        ${wv}
        ${xv}
        ${fmas}
      }
    }
  }
  ${ps.flatMap((p) => range(g).flatMap((qq) => range(4).map((k) => store(p, qq, k)))).join('\n  ')}
}
`,
    workgroups: lay.workgroups,
  };
}
