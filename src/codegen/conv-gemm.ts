/**
 * @file The convolution family as GEMMs over gathered operands (implicit GEMM: no im2col buffer, the
 * tile loads compute each element's address):
 *
 * - conv2d:              M = N·OH·OW, N = O, K = KH·KW·C; A(m, k) = x at tap (kh, kw) of output m
 *                        (0 in the padding), B(o, k) = w[k·O + o] (HWIO is already a K×O matrix).
 * - conv2d_backprop_filter: M = KH·KW·C, N = O, K = N·OH·OW; A(m, k) = x at tap m of output k,
 *                        B(o, k) = dy[k·O + o]. The reduction is long and M·N small: ksplit suits it.
 * - conv2d_transpose:    M = N·OH·OW (its output), N = O, K = KH·KW·C; A(m, k) = x at the input
 *                        pixel tap (kh, kw) of output m came from (0 when no input pixel did),
 *                        B(o, k) = w[(kh·KW + kw)·O·C + o·C + c].
 *
 * K is ordered (kh, kw, c) with c fastest, so consecutive k read consecutive channels of x. A conv
 * whose K is shorter than one tile (one input channel) keeps the direct kernel: `dlc_conv` per output.
 */
import type { TensorType } from '../ir/index.ts';
import { wgslInside, wgslInverseTap, wgslTap, type Window2d } from '../ops/conv-geometry.ts';
import { unravelExprs } from '../ops/kernel.ts';
import { parseVariant, runsOn, variantName, type GemmShape, type GemmSpec } from './gemm.ts';
import type { KernelTarget } from './target.ts';

/** Binding names of the two operands and the store of one output element (plain or epilogue). */
export interface ConvHook {
  readonly decls: string;
  readonly x: string;
  readonly w: string;
  /** Reads element `index` of the weight as f32 when it is packed (codegen/weight-format.ts); default `w[index]`. `channel` = index % O. */
  readonly readW?: (index: string, channel: string) => string;
  store(flat: string, value: string): string;
}

/** `w[index]`, or the hook's packed read. */
function readOf(hook: Pick<ConvHook, 'w' | 'readW'>): (index: string, channel: string) => string {
  return hook.readW ?? ((i) => `${hook.w}[${i}]`);
}

type Dims4 = [number, number, number, number];

/** `let a = …; let b = …;` binding the coordinates of flat index `i` in `shape` to `names`. */
function unravel(names: readonly string[], shape: readonly number[], i: string): string {
  const e = unravelExprs(shape, i);
  return names.map((n, k) => `let ${n} = ${e[k]};`).join(' ');
}

/** x at tap (kh, kw) of output (n, oh, ow), channel c, or 0 in the padding. */
function tapRead(xs: string, x: TensorType, win: Window2d): string {
  const [, H, W, C] = x.shape as Dims4;
  return `let ih = ${wgslTap(win.h, 'oh', 'kh')}; let iw = ${wgslTap(win.w, 'ow', 'kw')};
  if (!(${wgslInside('ih', H)} && ${wgslInside('iw', W)})) { return 0.0; }
  return ${xs}[((n * ${H}u + u32(ih)) * ${W}u + u32(iw)) * ${C}u + c];`;
}

/**
 * A tuning table's name for a subgroup GEMM (`unisg32x2a`, gemm-uni.ts) when this target runs it:
 * the conv families take these names in their tables like their own, but only where the device's
 * fixed subgroup size fits (a table tuned elsewhere falls back to the rule, as gemmFor does).
 */
export function isUniOn(name: string | undefined, target: KernelTarget | undefined): boolean {
  const v = parseVariant(name);
  return v?.kind === 'uni' && runsOn(v, target);
}

/** Mesa's lavapipe (llvmpipe's Vulkan driver): Dawn reports it as vendor `mesa`, architecture `software`. */
export const isLlvmpipe = (t: KernelTarget): boolean => t.software && (/^mesa/i.test(t.vendor ?? '') || /llvmpipe|lavapipe/i.test(`${t.architecture ?? ''} ${t.label}`));

/**
 * On lavapipe with subgroups of 8, every unpooled conv and both conv gradients run as this implicit
 * GEMM in the subgroup form (gemm-uni.ts): a workgroup of 8 lanes computes 16 output rows (pixels;
 * for a filter gradient, taps × input channels) × 32 columns (channels), each lane reading one row's
 * gathered element and sharing it with subgroupBroadcast, so per k it issues 2 gathers of A and 4 of
 * B for 64 FMAs, where the register tiles (col4x8, in4x8, reg8) issue 12 for 32. llvmpipe reads
 * storage lane by lane with a bounds check, so the reads are the cost: the MNIST CNN's convs at b64
 * took half the CPU time or less (conv 13×13×32→64 75 → 36 ms, its input gradient 111 → 46, filter
 * gradient 59 → 28, the first conv 33 → 12; bench/conv-form-ab.ts,
 * bench/results/2026-12-02-h22n-lavapipe-cnn-convs.md). 16 rows (8 when M ≤ 8) × 4 columns per lane
 * (fewer when N is narrow); the `a` form (accumulators in an array) keeps LLVM's compile short.
 * Undefined elsewhere (SwiftShader keeps its register tiles).
 */
export function convUniFor(s: Pick<GemmShape, 'm' | 'n'>, target: KernelTarget | undefined): string | undefined {
  if (!target || !isLlvmpipe(target) || target.subgroupSize !== 8) return undefined;
  let rows = s.m <= 8 ? 8 : 16;
  let cols = s.n <= 8 ? 1 : s.n <= 16 ? 2 : 4;
  // llvmpipe runs each workgroup on one thread: a grid of fewer than MIN_UNI_GROUPS (the first conv's
  // filter gradient, 3·3·1 × 32: one workgroup walking the whole batch) takes smaller blocks, rows
  // first (b64: unisg8x4a 6.0 ms CPU / 4.1 wall against unisg16x4a's 8.0 / 21).
  const groups = (): number => Math.ceil(s.m / rows) * Math.ceil(s.n / (8 * cols));
  while (groups() < MIN_UNI_GROUPS && (rows > 8 || cols > 1)) {
    if (rows > 8) rows = 8;
    else cols /= 2;
  }
  return variantName({ kind: 'uni', rows, cols, lanes: 8, unroll: 1, sg: true, arr: true });
}

/** The fewest workgroups a conv's subgroup GEMM grid is given where the shape allows (threads to spread over). */
const MIN_UNI_GROUPS = 4;

/** Below this K = KH·KW·C (a 3×3 conv of one channel) the direct kernel beats the tiled GEMM (bench/kernels.ts). */
export const DIRECT_CONV_MAX_K = 16;

export function isDirectConv(wShape: readonly number[]): boolean {
  const [KH, KW, C] = wShape as Dims4;
  return KH * KW * C < DIRECT_CONV_MAX_K;
}

/** `fn dlc_conv(n, oh, ow, co) -> f32`: Σ over taps and input channels, padding skipped. */
/**
 * `scaleOut`, when given, finishes the sum of output channel `co` (an int8 weight's scale, read
 * unscaled by `readW`: weight-format.ts, weightReadUnscaled).
 */
export function directConvFunction(
  xs: string,
  ws: string,
  xShape: readonly number[],
  wShape: readonly number[],
  win: Window2d,
  readW?: (index: string, channel: string) => string,
  scaleOut?: (value: string, channel: string) => string,
): string {
  const w = readOf({ w: ws, ...(readW ? { readW } : {}) });
  const [, H, W, C] = xShape as [number, number, number, number];
  const [KH, KW, , O] = wShape as [number, number, number, number];
  return `fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < ${KH}u; kh++) {
    let ih = ${wgslTap(win.h, 'oh', 'kh')};
    if (!(${wgslInside('ih', H)})) { continue; }
    for (var kw = 0u; kw < ${KW}u; kw++) {
      let iw = ${wgslTap(win.w, 'ow', 'kw')};
      if (!(${wgslInside('iw', W)})) { continue; }
      let xb = ((n * ${H}u + u32(ih)) * ${W}u + u32(iw)) * ${C}u;
      let wb = (kh * ${KW}u + kw) * ${C * O}u + co;
      for (var c = 0u; c < ${C}u; c++) { acc = fma(${xs}[xb + c], ${w(`wb + c * ${O}u`, 'co')}, acc); }
    }
  }
  return ${scaleOut ? scaleOut('acc', 'co') : 'acc'};
}`;
}

export function conv2dGemm(x: TensorType, w: TensorType, out: TensorType, win: Window2d, hook: ConvHook): GemmSpec {
  const [KH, KW, C, O] = w.shape as Dims4;
  const [N, OH, OW] = out.shape as Dims4;
  return {
    batch: 1,
    m: N * OH * OW,
    n: O,
    k: KH * KW * C,
    decls: hook.decls,
    a: { body: `${unravel(['n', 'oh', 'ow'], [N, OH, OW], 'r')} ${unravel(['kh', 'kw', 'c'], [KH, KW, C], 'k')}\n  ${tapRead(hook.x, x, win)}`, kFast: C > 1 },
    b: { body: `return ${readOf(hook)(`k * ${O}u + r`, 'r')};`, kFast: false },
    store: hook.store,
  };
}

export function backpropFilterGemm(x: TensorType, dy: TensorType, filter: readonly number[], win: Window2d, hook: ConvHook): GemmSpec {
  const [KH, KW, C, O] = filter as Dims4;
  const [N, OH, OW] = dy.shape as Dims4;
  return {
    batch: 1,
    m: KH * KW * C,
    n: O,
    k: N * OH * OW,
    decls: hook.decls,
    a: { body: `${unravel(['kh', 'kw', 'c'], [KH, KW, C], 'r')} ${unravel(['n', 'oh', 'ow'], [N, OH, OW], 'k')}\n  ${tapRead(hook.x, x, win)}`, kFast: false },
    b: { body: `return ${hook.w}[k * ${O}u + r];`, kFast: false },
    store: hook.store,
  };
}

export function transposeGemm(x: TensorType, w: TensorType, out: TensorType, win: Window2d, hook: ConvHook): GemmSpec {
  const [, H, W, C] = x.shape as Dims4;
  const [KH, KW, O] = w.shape as Dims4;
  const [N, OH, OW] = out.shape as Dims4;
  // The inverse tap skips with `continue` in a loop; here a skipped tap reads as zero.
  const inverse = (ax: Window2d['h'], i: string, k: string, name: string): string => wgslInverseTap(ax, i, k, name).replaceAll('continue;', 'return 0.0;');
  const a = `${unravel(['n', 'yh', 'yw'], [N, OH, OW], 'r')} ${unravel(['kh', 'kw', 'c'], [KH, KW, C], 'k')}
  ${inverse(win.h, 'yh', 'kh', 'h')}
  ${inverse(win.w, 'yw', 'kw', 'wi')}
  return ${hook.x}[((n * ${H}u + h) * ${W}u + wi) * ${C}u + c];`;
  const b = `let t = k / ${C}u; let c = k % ${C}u;\n  return ${hook.w}[t * ${O * C}u + r * ${C}u + c];`;
  return { batch: 1, m: N * OH * OW, n: O, k: KH * KW * C, decls: hook.decls, a: { body: a, kFast: C > 1 }, b: { body: b, kFast: C > 1 }, store: hook.store };
}
