/**
 * @file The GEMM kernel family every contraction lowers to (matmul, implicit-GEMM conv2d, its
 * filter and input gradients): C[bi, m, n] = Σ_k A(bi, m, k) · B(bi, n, k), where the caller says how
 * to read one element of A and B (a strided load, or an im2col gather) and how to store one of C (a
 * plain store, or a fused epilogue). Shapes are baked in; two kernels, chosen per shape:
 *
 * - `tile`: a BM×BN block of C per workgroup of (BN/4)×(BM/4) invocations, each holding a 4×4 block
 *   of C in four vec4 registers. K advances BK at a time through workgroup tiles stored as vec4s
 *   (four rows of A, or four columns of B, at one k), so the inner loop is two vec4 loads and four
 *   vec4 FMAs per k — 16 multiply-adds for 2 workgroup loads instead of 2 per multiply-add.
 * - `reg`: no workgroup memory and no barrier: each invocation keeps a 4×4 block of C in four vec4
 *   registers and reads its four rows of A and four columns of B straight from the operands, 8 loads
 *   per 16 multiply-adds. Where a barrier is expensive (CPU implementations, which run a workgroup's
 *   invocations as coroutines and switch at every barrier) this beats both others; on GPUs the
 *   shared-memory tiles pay.
 * - `ksplit`: for few rows (a batch-1 dense layer, a filter gradient with a long reduction): a
 *   workgroup of 16 columns × 16 k-slices computes R ≤ 4 rows; slice s sums k ≡ s (mod 16), then the
 *   slices are added in workgroup memory. This keeps 256 lanes busy where `tile` would leave one
 *   workgroup running a K-long loop with most of its block empty.
 *
 * Ragged edges: tile loads outside [0, M)×[0, K) or [0, N)×[0, K) write zero (guards are emitted only
 * where the shape needs them) and stores outside C are skipped, so any M, N, K works.
 */
import { groupDispatch } from '../ops/workgroup-reduce.ts';
import type { KernelSource } from '../ops/op-def.ts';
import { emitReg, guarded, operandFns, range } from './gemm-reg.ts';
import { emitUni, type UniShape } from './gemm-uni.ts';
import { isSwiftShader, type KernelTarget } from './target.ts';

export { regWorkgroup } from './gemm-reg.ts';

/** One operand: element (r, k) of the current batch item `bi` (r along M for A, along N for B). */
export interface GemmOperand {
  /** WGSL statements of the body of `fn(bi: u32, r: u32, k: u32) -> f32`, called only for r, k in range. */
  readonly body: string;
  /** Consecutive k are adjacent in memory (else consecutive r are): which way tile loads should run. */
  readonly kFast: boolean;
  /**
   * Set when the operand is exactly a strided view of one f32 binding (a plain matmul operand):
   * element (r, k) is `binding[base + r·sr + k·sk]`, `base` a multiple of `align` (0: base is 0).
   * The `reg` kernels then read it as vec4s where the strides allow (gemm-reg.ts).
   */
  readonly view?: { readonly binding: string; readonly base: string; readonly align: number; readonly sr: number; readonly sk: number };
}

export interface GemmSpec {
  readonly batch: number;
  readonly m: number;
  readonly n: number;
  readonly k: number;
  /** Binding declarations and module-scope helpers of the whole kernel. */
  readonly decls: string;
  readonly a: GemmOperand;
  readonly b: GemmOperand;
  /** A WGSL statement storing `value` at flat index `flat` = (bi·M + m)·N + n of C. */
  store(flat: string, value: string): string;
}

/** `reg*`: 4×4 or 4×8 per invocation; `k1`: K one at a time, only row-contiguous operands as vec4s (gemm-reg.ts). */
export type GemmVariant =
  | { kind: 'tile'; bm: number; bn: number } | { kind: 'ksplit' } | { kind: 'reg' } | { kind: 'reg4x8' } | { kind: 'regk1' } | { kind: 'reg4x8k1' }
  | ({ kind: 'uni' } & UniShape);

/**
 * ksplit when the rows are few (≤ 16, batch-1 dense) or the tiled grid would be tiny while K is long
 * (filter gradients: M·N small, K = N·OH·OW); else 64×64 tiles when that still gives ≥ 32
 * workgroups, else 32×32.
 */
/** What the variant choice looks at: the shape, and the operands' views when the caller has them. */
export type GemmShape = Pick<GemmSpec, 'batch' | 'm' | 'n' | 'k'> & Partial<Pick<GemmSpec, 'a' | 'b'>>;

export function chooseGemm(s: GemmShape, target?: KernelTarget): GemmVariant {
  if (target?.software) return chooseSubgroupGemm(s, target) ?? chooseSoftwareGemm(s);
  const groups = (t: number): number => s.batch * Math.ceil(s.m / t) * Math.ceil(s.n / t);
  if ((s.m <= 16 && s.k >= 32) || (groups(32) < 16 && s.k >= 256)) return { kind: 'ksplit' };
  return groups(64) >= 32 ? { kind: 'tile', bm: 64, bn: 64 } : { kind: 'tile', bm: 32, bn: 32 };
}

/**
 * On CPU implementations (bench/gemm-variants.ts, SwiftShader, results in bench/results/): the
 * barrier-free `reg` kernels, since every barrier costs a switch through all of a workgroup's
 * invocations — 1.1-3x faster than the tiles and 10-20x faster than ksplit on the MNIST MLP's shapes.
 * Batch-1 dense layers too, since `reg`'s workgroup fits few rows (regWorkgroup): 1×1600·1600×64
 * reg 7.3 ms against ksplit 19.4 on SwiftShader, 0.25 against 0.40 on lavapipe; 4×784·784×128
 * 6.7 against 66 and 0.77 against 2.3 (interleaved, load 16-18; bench/results/2026-12-01-h20m-reading.md).
 * Which `reg` (bench/results/2026-12-01-{lavapipe,swiftshader}-gemm-vec4-ab.md, process CPU time,
 * interleaved with the hand-written kernels): for a matmul (operands with views) `reg4x8k1` where
 * N % 8 = 0, else `regk1`, on both CPU drivers — vec4 reads along K cost lavapipe 1.3-1.6× and gain
 * SwiftShader nothing over the 4×8 block with row-contiguous vec4 reads. Gathered operands (conv as
 * GEMM) read scalars in every form and keep `reg`.
 */
function chooseSoftwareGemm(s: GemmShape): GemmVariant {
  if (!(s.a?.view || s.b?.view)) return { kind: 'reg' };
  return s.n % 8 === 0 && s.b?.view ? { kind: 'reg4x8k1' } : { kind: 'regk1' };
}

/**
 * The subgroup GEMMs (`unisg`, gemm-uni.ts) for a matmul on a software device with fixed-size
 * subgroups, each element of A read by one lane and shared with subgroupBroadcast instead of read by
 * every lane:
 * - lavapipe (llvmpipe, subgroups of 8): llvmpipe 25 reads every storage-buffer element lane by lane,
 *   bounds-checked, so the reads, not the FMAs, are the cost: 2-3x less CPU time than reg4x8k1 on the
 *   dense autoencoder's shapes (bench/results/2026-12-01-h21g-lavapipe-gemm-uni.md). See uniFor.
 * - SwiftShader (subgroups of 4): see swiftShaderUni.
 * Gathered operands (conv as GEMM) keep the reg rule on both.
 */
function chooseSubgroupGemm(s: GemmShape, target: KernelTarget): GemmVariant | undefined {
  if (!(s.a?.view || s.b?.view)) return undefined;
  if (target.subgroupSize === 4 && isSwiftShader(target)) {
    const u = swiftShaderUni(s);
    return u && { kind: 'uni', ...u };
  }
  if (target.subgroupSize !== 8 || target.vendor !== 'mesa') return undefined;
  // Fewer than 4 rows (a batch-1 dense layer) leave most lanes reading clamped copies: the reg rule is
  // faster there (1×1600×64 on lavapipe, quiet: unisg8x2a 2.25 ms, reg4x8k1 1.54, the hand reg4x4 1.43).
  if (s.m < 4) return undefined;
  return { kind: 'uni', ...uniFor(s) };
}

/** The unisg block for a shape: 32 rows × 2 columns per lane, fewer where C has fewer; accumulators in an array (the `a` form: compile time). */
export function uniFor(s: Pick<GemmShape, 'm' | 'n'>): UniShape {
  const rows = s.m <= 8 ? 8 : s.m <= 16 ? 16 : 32;
  const cols = s.n <= 8 ? 1 : 2;
  return { rows, cols, lanes: 8, unroll: 1, sg: true, arr: true };
}

/**
 * SwiftShader's unisg block, or undefined where the reg rule is kept. SwiftShader runs 4 invocations
 * as one SIMD group (subgroups of 4), so a workgroup of 4 lanes with R rows × 4 columns per lane holds
 * 4R accumulators per lane, and each k costs R/4 loads of A (broadcast) and 4 of B for 4R FMAs, where
 * reg4x8k1 loads 4 of A and 2 vec4s of B for 32. By process CPU time, interleaved
 * (bench/results/2026-12-01-h22s-swiftshader-gemm-variants{,-big,-m}.md, load 4-11): 16 rows × 4
 * 1.3-2.4x less than reg4x8k1 on the MLP, dense-autoencoder and CNN-dense shapes, forward and both
 * gradients (784×64ᵀ·64×128 7.2 ms against 18.2, 256×128·128×784ᵀ 35 against 71); 32 rows × 4 less
 * again where M and K are both long (128×784·784×128 11.9 against 17.2; 256×256·256×256 13.9 against
 * 18.6; on K = 64 it is not: 1600×64ᵀ·64×64 9.8 against 8.0); 8 rows × 4 where M ≤ 8 (8×784·784×128
 * 1.9 against reg4x8k1's 2.4). The reg rule stays where it wins or ties: fewer than 8 rows (1×784·784×128
 * regk1 1.8 against 2.0-2.4; 4×784 a tie) and fewer than 8 columns (N = 1 or 4: regk1).
 */
export function swiftShaderUni(s: Pick<GemmShape, 'm' | 'n' | 'k'>): UniShape | undefined {
  if (s.m < 8 || s.n < 8) return undefined;
  const rows = s.m <= 8 ? 8 : s.m >= 128 && s.k >= 128 ? 32 : 16;
  return { rows, cols: 4, lanes: 4, unroll: 1, sg: true, arr: true };
}

/** Whether the target can run the variant (subgroup kernels need the device's fixed subgroup size, at least their lanes). */
export function runsOn(v: GemmVariant, target: KernelTarget | undefined): boolean {
  return v.kind !== 'uni' || !v.sg || (target?.subgroupSize !== undefined && v.lanes <= target.subgroupSize);
}

/**
 * The GEMM kernel for the target's variant: the one measured fastest on it (`target.tuned`, from
 * `dlc build --tune`) when its table has this kernel's key, else the rule-based choice (the GPU
 * default when no target is known).
 */
export function gemmFor(s: GemmSpec, target: KernelTarget | undefined): KernelSource {
  const key = gemmKey(s);
  const named = parseVariant(target?.tuned?.[key]);
  const tuned = named && runsOn(named, target) ? named : undefined;
  const v = tuned ?? chooseGemm(s, target);
  const src = emitGemm(s, v);
  // The choice is recorded in the kernel itself (plans, bundles, goldens show it) when a target made
  // it, with the key a tuning table uses for it (src/bundle/tune.ts reads it back from here).
  return target ? { ...src, code: `// gemm ${variantLabel(v)}, ${tuned ? 'tuned on' : 'chosen for'} ${target.label} [${key}]\n${src.code}` } : src;
}

/**
 * The subgroup GEMMs a tuning run tries: lavapipe's 8-lane forms and SwiftShader's 4-lane ones (where the
 * device has no subgroups that wide, gemmFor emits the rule's kernel for them and the run drops the duplicate).
 */
const UNI_VARIANTS: readonly GemmVariant[] = [[32, 2, 1, 8], [32, 2, 0, 8], [16, 4, 1, 8], [16, 2, 1, 8], [8, 4, 1, 8], [32, 4, 1, 4], [16, 4, 1, 4], [8, 4, 1, 4]].map(
  ([rows, cols, arr, lanes]): GemmVariant => ({ kind: 'uni', rows: rows!, cols: cols!, lanes: lanes!, unroll: 1, sg: true, ...(arr ? { arr: true } : {}) }),
);

/** Every variant a tuning run times, in tie-break order. */
export const GEMM_VARIANTS: readonly GemmVariant[] = [
  { kind: 'reg' }, { kind: 'reg4x8' }, { kind: 'regk1' }, { kind: 'reg4x8k1' }, { kind: 'tile', bm: 64, bn: 64 }, { kind: 'tile', bm: 32, bn: 32 }, { kind: 'ksplit' },
];

/**
 * What a tuning run times for a GEMM key: GEMM_VARIANTS and the subgroup forms. Kept apart from
 * GEMM_VARIANTS, which the conv families reuse: their emitters do not check the device's subgroups
 * as gemmFor does (runsOn).
 */
export const GEMM_TUNE_VARIANTS: readonly GemmVariant[] = [...GEMM_VARIANTS, ...UNI_VARIANTS];


/** `reg`, `reg4x8`, `regk1`, `reg4x8k1`, `ksplit`, `tile64`, `tile32`: a variant's name in tuning tables. */
export function variantName(v: GemmVariant): string {
  if (v.kind === 'uni') return uniName(v);
  return v.kind === 'tile' ? `tile${v.bm}` : v.kind;
}

function variantLabel(v: GemmVariant): string {
  if (v.kind === 'uni') return uniName(v);
  return v.kind === 'tile' ? `tile ${v.bm}x${v.bn}` : v.kind;
}

/** The variant a tuning table names, or undefined for a name this compiler does not know (a table from another version). */
export function parseVariant(name: string | undefined): GemmVariant | undefined {
  return GEMM_VARIANTS.find((v) => variantName(v) === name) ?? (name ? uniVariant(name) : undefined);
}

/**
 * A GEMM's identity in a tuning table: its shape and a hash of how it reads its operands (a matmul,
 * a conv's im2col gather, a filter gradient), so one table serves every kernel of the same kind and
 * shape and no other. Epilogues are left out: they cost the same in every variant.
 */
export function gemmKey(s: Pick<GemmSpec, 'batch' | 'm' | 'n' | 'k' | 'a' | 'b'>): string {
  return `gemm ${s.batch}x${s.m}x${s.n}x${s.k} ${fnv1a(`${s.a.body}\n${s.a.kFast}\n${s.b.body}\n${s.b.kFast}`)}`;
}

/** 32-bit FNV-1a as 8 hex digits: a short, stable name for a text. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** `uni<R>x<C>` or `unisg<R>x<C>`, then `l<lanes>` unless 8 and `u<unroll>` unless 1. */
function uniName(v: UniShape): string {
  return `uni${v.sg ? 'sg' : ''}${v.rows}x${v.cols}${v.lanes === 8 ? '' : `l${v.lanes}`}${v.unroll === 1 ? '' : `u${v.unroll}`}${v.arr ? 'a' : ''}`;
}

/** `uni8x2`, `uni4x4l16u1`, …: a uni variant by name (bench flags). */
export function uniVariant(name: string): GemmVariant | undefined {
  const m = /^uni(sg)?(\d+)x(\d+)(?:l(\d+))?(?:u(\d+))?(a)?$/.exec(name);
  if (!m) return undefined;
  const v = { kind: 'uni' as const, rows: Number(m[2]), cols: Number(m[3]), lanes: Number(m[4] ?? 8), unroll: Number(m[5] ?? 1), ...(m[1] ? { sg: true } : {}), ...(m[6] ? { arr: true } : {}) };
  const ok = [v.rows, v.cols, v.lanes, v.unroll].every((x) => x >= 1 && x <= 64) && (!v.sg || v.rows % v.lanes === 0);
  return ok ? v : undefined;
}

export function emitGemm(s: GemmSpec, v: GemmVariant = chooseGemm(s)): KernelSource {
  if (v.kind === 'uni') return emitUni(s, v);
  if (v.kind !== 'tile' && v.kind !== 'ksplit') return emitReg(s, v.kind.startsWith('reg4x8') ? 8 : 4, v.kind.endsWith('k1'));
  return v.kind === 'ksplit' ? emitKsplit(s) : emitTile(s, v.bm, v.bn);
}

function emitTile(s: GemmSpec, bm: number, bn: number): KernelSource {
  const wx = bn / 4;
  const wy = bm / 4;
  const threads = wx * wy;
  // K step: 16, or K rounded up to 4 when shorter (so a 3×3×1 conv does not load 16-wide zero tiles).
  const bk = Math.min(16, Math.ceil(s.k / 4) * 4);
  const tilesM = Math.ceil(s.m / bm);
  const tilesN = Math.ceil(s.n / bn);
  const d = groupDispatch(s.batch * tilesM * tilesN);
  const loadA = tileLoad('As', 'dlc_a', s.a.kFast, { rows: s.m, rowsPerTile: bm, origin: 'row0' }, s.k, bk, threads);
  const loadB = tileLoad('Bs', 'dlc_b', s.b.kFast, { rows: s.n, rowsPerTile: bn, origin: 'col0' }, s.k, bk, threads);
  const comps = ['x', 'y', 'z', 'w'];
  const fma = range(4).map((i) => `acc${i} = fma(vec4<f32>(a.${comps[i]}), b, acc${i});`).join(' ');
  const stores = range(4)
    .map((i) => {
      const cols = range(4).map((j) => guarded(`c0 + ${j}u < ${s.n}u`, s.n % bn !== 0, s.store(`yo + r * ${s.n}u + c0 + ${j}u`, `acc${i}.${comps[j]}`)));
      return `{ let r = row0 + ty * 4u + ${i}u; ${guarded(`r < ${s.m}u`, s.m % bm !== 0, cols.join(' '))} }`;
    })
    .join('\n  ');
  return {
    code: `${s.decls}
${operandFns(s)}
var<workgroup> As: array<vec4<f32>, ${(bk * bm) / 4}>;
var<workgroup> Bs: array<vec4<f32>, ${(bk * bn) / 4}>;
@compute @workgroup_size(${wx}, ${wy})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  ${d.index}
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * ${wx}u + tx;
  let col0 = (g % ${tilesN}u) * ${bn}u;
  let row0 = ((g / ${tilesN}u) % ${tilesM}u) * ${bm}u;
  let bi = g / ${tilesN * tilesM}u;
  let yo = bi * ${s.m * s.n}u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < ${s.k}u; k0 += ${bk}u) {
    ${loadA}
    ${loadB}
    workgroupBarrier();
    for (var kk = 0u; kk < ${bk}u; kk++) {
      let a = As[kk * ${bm / 4}u + ty];
      let b = Bs[kk * ${bn / 4}u + tx];
      ${fma}
    }
    workgroupBarrier();
  }
  ${stores}
}
`,
    workgroups: d.workgroups,
  };
}

/**
 * WGSL filling the vec4 tile `tile[kk·(rowsPerTile/4) + r/4][r%4]` (element (origin + r, k0 + kk))
 * in rowsPerTile·bk/threads passes; the fastest-moving index follows memory (k or r) so reads coalesce.
 */
function tileLoad(tile: string, fn: string, kFast: boolean, t: { rows: number; rowsPerTile: number; origin: string }, depth: number, bk: number, threads: number): string {
  const passes = (t.rowsPerTile * bk) / threads;
  const [r, kk] = kFast ? [`e / ${bk}u`, `e % ${bk}u`] : [`e % ${t.rowsPerTile}u`, `e / ${t.rowsPerTile}u`];
  const needsGuard = t.rows % t.rowsPerTile !== 0 || depth % bk !== 0;
  const read = `${fn}(bi, ${t.origin} + r, k0 + kk)`;
  // An if, not select(): select evaluates both sides, and an out-of-range read must not happen.
  const body = needsGuard ? `var v = 0.0; if (${t.origin} + r < ${t.rows}u && k0 + kk < ${depth}u) { v = ${read}; }` : `let v = ${read};`;
  return `for (var l = 0u; l < ${passes}u; l++) {
      let e = lane + l * ${threads}u;
      let r = ${r}; let kk = ${kk};
      ${body}
      ${tile}[kk * ${t.rowsPerTile / 4}u + r / 4u][r % 4u] = v;
    }`;
}

/** Rows per ksplit workgroup (unrolled accumulators). */
const KSPLIT_ROWS = 4;

function emitKsplit(s: GemmSpec): KernelSource {
  const R = Math.min(KSPLIT_ROWS, s.m);
  const colBlocks = Math.ceil(s.n / 16);
  const rowBlocks = Math.ceil(s.m / R);
  const d = groupDispatch(s.batch * colBlocks * rowBlocks);
  // Rows past M read row M−1 (in range, discarded at the store) so the loop needs no row guard.
  const rows = range(R).map((i) => (s.m % R === 0 ? `row0 + ${i}u` : `min(row0 + ${i}u, ${s.m - 1}u)`));
  const fmas = range(R).map((i) => `acc${i} = fma(dlc_a(bi, ${rows[i]}, k), bv, acc${i});`).join(' ');
  const stores = range(R).map((i) => guarded(`row0 + ${i}u < ${s.m}u`, s.m % R !== 0, s.store(`yo + (row0 + ${i}u) * ${s.n}u + col`, `red[${i * 256}u + c]`))).join('\n    ');
  const colGuard = s.n % 16 !== 0;
  return {
    code: `${s.decls}
${operandFns(s)}
var<workgroup> red: array<f32, ${256 * R}>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  ${d.index}
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % ${colBlocks}u) * 16u + c;
  let row0 = ((g / ${colBlocks}u) % ${rowBlocks}u) * ${R}u;
  let bi = g / ${colBlocks * rowBlocks}u;
  let yo = bi * ${s.m * s.n}u;
  ${range(R).map((i) => `var acc${i} = 0.0;`).join(' ')}
  ${colGuard ? `if (col < ${s.n}u) {` : '{'}
    for (var k = sl; k < ${s.k}u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      ${fmas}
    }
  }
  ${range(R).map((i) => `red[${i * 256}u + lane] = acc${i};`).join(' ')}
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { ${range(R).map((i) => `red[${i * 256}u + lane] += red[${i * 256}u + lane + st * 16u];`).join(' ')} }
    workgroupBarrier();
  }
  if (sl == 0u${colGuard ? ` && col < ${s.n}u` : ''}) {
    ${stores}
  }
}
`,
    workgroups: d.workgroups,
  };
}
