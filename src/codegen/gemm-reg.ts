/**
 * @file The barrier-free `reg` GEMM (see gemm.ts): each invocation keeps a 4×4 block of C (`reg`) or a
 * 4×8 block (`reg4x8`, two vec4 columns) in vec4 registers and reads its rows of A and columns of B
 * straight from the operands, with no workgroup memory.
 *
 * Operands that are plain strided views of an f32 binding (`GemmOperand.view`: a matmul's a and b)
 * are read four elements at a time where the layout allows, the binding then declared
 * `array<vec4<f32>>`:
 * - `k4`: consecutive k adjacent (A = a, B = bᵀ) and K % 4 = 0: one vec4 per row holds k … k+3;
 * - `r4`: consecutive rows adjacent (A = aᵀ, B = b) and rows % 4 = 0: one vec4 per k holds 4 rows.
 * The `k1` forms (`regk1`, `reg4x8k1`) step K by one and read only `r4` operands as vec4s.
 * Anything else (a conv's gathered operand, a packed weight, a ragged width, a binding the fused
 * epilogue also reads) keeps the scalar read through `dlc_a` / `dlc_b`. On SwiftShader the vec4
 * reads are what made the hand-written kernels of bench/hand-kernels.ts 1.6-1.8× faster (robust
 * access bounds-checks every load, and a vec4 is one load instead of four).
 *
 * K advances 4 at a time (a scalar tail when K % 4 ≠ 0); rows (columns) past M (N) read the last one,
 * in range and discarded at the store, so the loop needs no guard.
 */
import type { KernelSource } from '../ops/op-def.ts';
import { groupDispatch } from '../ops/workgroup-reduce.ts';
import type { GemmOperand, GemmSpec } from './gemm.ts';

export const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** `if (cond) { body }` when the shape needs the guard, else the body alone. */
export function guarded(cond: string, needed: boolean, body: string): string {
  return needed ? `if (${cond}) { ${body} }` : body;
}

/** The scalar element readers `dlc_a(bi, r, k)` and `dlc_b(bi, r, k)` (those of `sides`). */
export function operandFns(s: GemmSpec, sides: readonly ('a' | 'b')[] = ['a', 'b']): string {
  const fn = (name: string, o: GemmOperand): string => `fn ${name}(bi: u32, r: u32, k: u32) -> f32 {\n  ${o.body.trim()}\n}`;
  return sides.map((side) => fn(`dlc_${side}`, s[side])).join('\n');
}

/** Invocations per `reg` workgroup along N and M at most. */
const REG_WG = 8;
/** Workgroups a `reg` GEMM with a reduction of REG_LONG_K or more keeps at least, where C has the rows for them. */
const REG_MIN_GROUPS = 8;
const REG_LONG_K = 512;

/**
 * The `reg` workgroup's invocations along N and M: 8×8, narrowed to the columns there are (N/cols,
 * at least 1; cols = 4 or 8 per invocation) with the rows widened to keep 64 invocations, and both
 * cut to the rows there are. A narrow C (a conv with 1–16 output channels, its gradients, a
 * 10-class dense layer) then keeps every invocation on real columns instead of 3 of 4 (N = 8) or 31
 * of 32 (N = 1) clamped ones (conv autoencoder on lavapipe: its 28×28 conv input gradient 39 → 19
 * ms, the 16 → 1 conv 21 → 3 ms).
 */
export function regWorkgroup(batch: number, m: number, n: number, k: number, cols = 4): { wx: number; wy: number } {
  const wx = Math.min(REG_WG, Math.max(1, Math.ceil(n / cols)));
  let wy = Math.max(1, Math.min(Math.floor((REG_WG * REG_WG) / wx), Math.ceil(m / 4)));
  // A small C with a long K (a filter gradient: M·N small, K = batch·OH·OW) would be one or two
  // workgroups, each looping over all of K on one thread: fewer rows per workgroup keep ≥ 8 of them.
  const groups = (y: number): number => batch * Math.ceil(m / (4 * y)) * Math.ceil(n / (cols * wx));
  while (k >= REG_LONG_K && wy > 1 && groups(wy) < REG_MIN_GROUPS) wy = Math.ceil(wy / 2);
  return { wx, wy };
}

/** How one operand is read: four k of a row (`k4`), four rows at a k (`r4`), or one element (`scalar`). */
type Mode = 'k4' | 'r4' | 'scalar';

interface Views {
  readonly decls: string;
  readonly a: Mode;
  readonly b: Mode;
}

const word = (name: string): RegExp => new RegExp(`(?<![A-Za-z0-9_.])${name}(?![A-Za-z0-9_])`, 'g');

/** The operand's vec4 mode its layout allows (ignoring whether its binding can be redeclared). */
function modeOf(o: GemmOperand, rows: number, depth: number): Mode {
  const v = o.view;
  if (!v || v.align % 4 !== 0) return 'scalar';
  if (v.sk === 1 && depth % 4 === 0 && v.sr % 4 === 0) return 'k4';
  if (v.sr === 1 && rows % 4 === 0 && v.sk % 4 === 0) return 'r4';
  return 'scalar';
}

/**
 * Which operands read vec4s, and the kernel's declarations with their bindings redeclared as
 * `array<vec4<f32>>`. A binding is redeclared only when nothing else in the kernel names it (the
 * epilogue, the store, an operand read as scalars), so no other read needs rewriting.
 */
export function vec4Views(s: GemmSpec, k4 = true): Views {
  let decls = s.decls;
  const allow = (m: Mode): Mode => (m === 'k4' && !k4 ? 'scalar' : m);
  const modes = { a: allow(modeOf(s.a, s.m, s.k)), b: allow(modeOf(s.b, s.n, s.k)) };
  const store = s.store('0u', '0.0');
  for (const side of ['a', 'b'] as const) {
    const o = s[side];
    const v = o.view;
    if (modes[side] === 'scalar' || !v) continue;
    const other = side === 'a' ? s.b : s.a;
    const otherMode = side === 'a' ? modes.b : modes.a;
    const decl = new RegExp(`(var<storage, read> ${v.binding}: )array<f32>;`);
    const sameBinding = other.view?.binding === v.binding;
    const elsewhere = (decls.replace(decl, '').match(word(v.binding))?.length ?? 0) > 0 || word(v.binding).test(store);
    const otherScalar = sameBinding ? otherMode === 'scalar' : word(v.binding).test(other.body);
    if (!decl.test(decls) && !(sameBinding && decls.includes(`var<storage, read> ${v.binding}: array<vec4<f32>>;`))) {
      modes[side] = 'scalar';
      continue;
    }
    if (elsewhere || otherScalar) {
      modes[side] = 'scalar';
      continue;
    }
    decls = decls.replace(decl, '$1array<vec4<f32>>;');
  }
  return { decls, a: modes.a, b: modes.b };
}

/**
 * `reg` (4 columns per invocation) or `reg4x8` (8); `k1`: K one at a time and k-contiguous operands
 * read as scalars (only row-contiguous ones as vec4s): the fastest form on both CPU drivers with the
 * 4×8 block (bench/results/2026-12-01-{lavapipe,swiftshader}-gemm-vec4-ab.md).
 */
export function emitReg(s: GemmSpec, cols = 4, k1 = false): KernelSource {
  const { wx, wy } = regWorkgroup(s.batch, s.m, s.n, s.k, cols);
  const groupsN = cols / 4;
  const bm = wy * 4;
  const bn = wx * cols;
  const tilesM = Math.ceil(s.m / bm);
  const tilesN = Math.ceil(s.n / bn);
  const d = groupDispatch(s.batch * tilesM * tilesN);
  const v = vec4Views(s, !k1);
  const C4 = ['x', 'y', 'z', 'w'];
  const clampR = (i: number): string => (s.m % bm === 0 ? `r0 + ${i}u` : `min(r0 + ${i}u, ${s.m - 1}u)`);
  const clampC = (j: number): string => (s.n % bn === 0 ? `c0 + ${j}u` : `min(c0 + ${j}u, ${s.n - 1}u)`);
  // The vec4 of 4 rows (columns) starting at a multiple of 4: clamped to the last 4 when the block is past the edge.
  const clamp4R = s.m % bm === 0 ? 'r0' : `min(r0, ${s.m - 4}u)`;
  const clamp4C = (g: number): string => (s.n % bn === 0 ? (g ? `c0 + ${4 * g}u` : 'c0') : `min(c0 + ${4 * g}u, ${s.n - 4}u)`);
  const base = (side: 'a' | 'b'): string => `dlc_${side}base`;
  const vecAt = (side: 'a' | 'b', r: string, k: string): string => {
    const view = s[side].view!;
    return `${view.binding}[${base(side)} + ${mul(r, view.sr / 4)} + ${mul(k, view.sk)}]`;
  };
  const vecAtR = (side: 'a' | 'b', r4: string, k: string): string => {
    const view = s[side].view!;
    return `${view.binding}[${base(side)} + (${r4}) / 4u + ${mul(k, view.sk / 4)}]`;
  };
  /** The WGSL of one k step of width w (w = 4: k … k+3, k a multiple of 4; w = 1: k). */
  const step = (w: number): string => {
    const lines: string[] = [];
    const kk = (j: number): string => (j === 0 ? 'k' : `k + ${j}u`);
    // A: element (i, j) as an f32 expression.
    let aAt: (i: number, j: number) => string;
    if (v.a === 'k4' && w === 4) {
      range(4).forEach((i) => lines.push(`let dlc_va${i} = ${vecAt('a', clampR(i), 'k / 4u')};`));
      aAt = (i, j) => `dlc_va${i}.${C4[j]}`;
    } else if (v.a === 'r4') {
      range(w).forEach((j) => lines.push(`let dlc_va${j} = ${vecAtR('a', clamp4R, kk(j))};`));
      aAt = (i, j) => `dlc_va${j}.${C4[i]}`;
    } else aAt = (i, j) => `dlc_a(bi, ${clampR(i)}, ${kk(j)})`;
    // B: the vec4 of columns 4g … 4g+3 at sub-step j.
    let bAt: (g: number, j: number) => string;
    if (v.b === 'k4' && w === 4) {
      range(cols).forEach((c) => lines.push(`let dlc_vb${c} = ${vecAt('b', clampC(c), 'k / 4u')};`));
      bAt = (g, j) => `vec4<f32>(${range(4).map((t) => `dlc_vb${4 * g + t}.${C4[j]}`).join(', ')})`;
    } else if (v.b === 'r4') {
      range(groupsN).forEach((g) => range(w).forEach((j) => lines.push(`let dlc_vb${g}_${j} = ${vecAtR('b', clamp4C(g), kk(j))};`)));
      bAt = (g, j) => `dlc_vb${g}_${j}`;
    } else bAt = (g, j) => `vec4<f32>(${range(4).map((t) => `dlc_b(bi, ${clampC(4 * g + t)}, ${kk(j)})`).join(', ')})`;
    for (const j of range(w)) {
      range(groupsN).forEach((g) => lines.push(`{ let bv = ${bAt(g, j)}; ${range(4).map((i) => `acc${i}_${g} = fma(vec4<f32>(${aAt(i, j)}), bv, acc${i}_${g});`).join(' ')} }`));
    }
    return lines.join('\n      ');
  };
  // Scalar reads throughout (a conv's gathered operands): K one at a time, as before vec4 reads.
  const k4 = k1 || (v.a === 'scalar' && v.b === 'scalar') ? 0 : Math.floor(s.k / 4) * 4;
  const loops = [
    k4 > 0 ? `for (var k = 0u; k < ${k4}u; k += 4u) {\n      ${step(4)}\n  }` : '',
    s.k > k4 ? `for (var k = ${k4}u; k < ${s.k}u; k++) {\n      ${step(1)}\n  }` : '',
  ].filter(Boolean);
  const stores = epilogueLoop(s, cols, bm, bn);
  const bases = (['a', 'b'] as const).filter((side) => v[side] !== 'scalar').map((side) => `let ${base(side)} = (${s[side].view!.base}) / 4u;`);
  return {
    code: `${v.decls}
${operandFns(s, (['a', 'b'] as const).filter((side) => v[side] === 'scalar'))}
@compute @workgroup_size(${wx}, ${wy})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  ${d.index}
  let c0 = (g % ${tilesN}u) * ${bn}u + lid.x * ${cols}u;
  let r0 = ((g / ${tilesN}u) % ${tilesM}u) * ${bm}u + lid.y * 4u;
  let bi = g / ${tilesN * tilesM}u;
  let yo = bi * ${s.m * s.n}u;
  ${bases.join(' ')}
  ${range(4).flatMap((i) => range(groupsN).map((g) => `var acc${i}_${g} = vec4<f32>();`)).join(' ')}
  ${loops.join('\n  ')}
  ${stores}
}
`,
    workgroups: d.workgroups,
  };
}

/**
 * A trip count of `n` that the shader compilers cannot fold to the constant: `min(n, id + n)`, `id` a
 * workgroup-uniform built-in value of the kernel (`wid.x`: the workgroup id, < 2¹⁶, so id + n never
 * wraps). Mesa's NIR unrolls every loop of constant trip count whole, and llvmpipe then scalarises each
 * storage access of the copies lane by lane; a count read at run time keeps the loop one copy of its
 * body. Not `arrayLength` of a binding: a binding so used cannot hold f16 activations (half-storage.ts).
 */
export function runtimeCount(n: number, id = 'wid.x'): string {
  return `min(${n}u, ${id} + ${n}u)`;
}

/**
 * The stores of the 4×cols block, the store (a fused epilogue: an optimizer update is 3 loads and
 * 3 stores) written once in a loop over the block's elements with a run-time trip count (runtimeCount),
 * not 16 or 32 times: llvmpipe compiles iris's Adam matmul in 0.2-0.4 s CPU instead of 3.9-4.9 s,
 * SwiftShader creates its pipeline in 58-113 ms instead of 368-526, the step no slower
 * (bench/results/2026-12-02-h22e-epilogue-loop.md). Each
 * element is the same value stored with the same expression as unrolled, so outputs are bit-identical.
 */
function epilogueLoop(s: GemmSpec, cols: number, bm: number, bn: number): string {
  const accs = range(4).flatMap((i) => range(cols / 4).map((g) => `acc${i}_${g}`));
  const store = s.store(`yo + r * ${s.n}u + c`, 'dlc_accs[dlc_t / 4u][dlc_t % 4u]');
  return `var dlc_accs = array<vec4<f32>, ${accs.length}>(${accs.join(', ')});
  let dlc_n = ${runtimeCount(4 * cols)};
  for (var dlc_t = 0u; dlc_t < dlc_n; dlc_t++) {
    let r = r0 + dlc_t / ${cols}u; let c = c0 + dlc_t % ${cols}u;
    ${guarded(`r < ${s.m}u && c < ${s.n}u`, s.m % bm !== 0 || s.n % bn !== 0, store)}
  }`;
}

/** `x · f` as WGSL (`x` alone for 1). */
function mul(x: string, f: number): string {
  return f === 1 ? x : `(${x}) * ${f}u`;
}
