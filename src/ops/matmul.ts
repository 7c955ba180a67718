/** @file matmul: batched matrix product op(a)·op(b) over the last two axes, leading batch axes broadcast NumPy-style. */
import { CompileError, formatType, numel, stridesOf, type TensorType } from '../ir/index.ts';
import { broadcastIndexMap, broadcastShapes, broadcastStrides } from './broadcast.ts';
import { f32 } from './conv-geometry.ts';
import { emitter } from './emit.ts';
import { bindingDecls } from './kernel.ts';
import type { KernelSource, OpDef } from './op-def.ts';
import { broadcastPairArb } from './testing.ts';
import { groupDispatch } from './workgroup-reduce.ts';

export interface MatmulAttrs {
  transposeA?: boolean;
  transposeB?: boolean;
}

/** The problem: out[batch…, m, n] = Σ_k A[m,k]·B[k,n], with A = a or aᵀ and B = b or bᵀ per batch. */
interface Problem {
  readonly m: number;
  readonly n: number;
  readonly k: number;
  readonly batch: number[];
  readonly aBatch: number[];
  readonly bBatch: number[];
  readonly ta: boolean;
  readonly tb: boolean;
}

function problem(a: TensorType, b: TensorType, attrs: MatmulAttrs): Problem {
  for (const [t, what] of [[a, 'a'], [b, 'b']] as const) {
    if (t.dtype !== 'f32') throw new CompileError('E_DTYPE', `matmul: ${what} must be f32, got ${formatType(t)}`);
    if (t.shape.length < 2) {
      throw new CompileError('E_SHAPE_RANK', `matmul: ${what} must have rank ≥ 2, got ${formatType(t)}`, { hint: 'reshape a vector to [1, n] or [n, 1]' });
    }
  }
  const ta = attrs.transposeA ?? false;
  const tb = attrs.transposeB ?? false;
  const [ar, ac] = a.shape.slice(-2) as [number, number];
  const [br, bc] = b.shape.slice(-2) as [number, number];
  const [m, ka] = ta ? [ac, ar] : [ar, ac];
  const [kb, n] = tb ? [bc, br] : [br, bc];
  if (ka !== kb) {
    throw new CompileError(
      'E_SHAPE_MISMATCH',
      `matmul: inner dimensions differ: ${formatType(a)}${ta ? 'ᵀ' : ''} · ${formatType(b)}${tb ? 'ᵀ' : ''} contracts ${ka} with ${kb}`,
    );
  }
  const aBatch = a.shape.slice(0, -2);
  const bBatch = b.shape.slice(0, -2);
  return { m, n, k: ka, batch: broadcastShapes(aBatch, bBatch), aBatch, bBatch, ta, tb };
}

/** Memory strides of element (m, k) of op(A) and (k, n) of op(B) within one batch. */
function strides(p: Problem): { sam: number; sak: number; sbk: number; sbn: number } {
  return { sam: p.ta ? 1 : p.k, sak: p.ta ? p.m : 1, sbk: p.tb ? 1 : p.n, sbn: p.tb ? p.k : 1 };
}

export const matmul: OpDef<MatmulAttrs> = {
  name: 'matmul',
  kind: 'linalg',
  summary: 'y[…, m, n] = Σ_k op(a)[…, m, k] · op(b)[…, k, n], op = transpose if asked; batch axes broadcast',
  arity: 2,
  attrs: {
    transposeA: { kind: 'bool', optional: true, doc: 'use aᵀ (the last two axes swapped)' },
    transposeB: { kind: 'bool', optional: true, doc: 'use bᵀ (the last two axes swapped)' },
  },
  infer([a, b], attrs) {
    const p = problem(a!, b!, attrs);
    return f32([...p.batch, p.m, p.n]);
  },
  evaluate([a, b], attrs, ctx) {
    const p = problem(a!.type, b!.type, attrs);
    const out = ctx.alloc(f32([...p.batch, p.m, p.n]));
    const { sam, sak, sbk, sbn } = strides(p);
    const ia = broadcastIndexMap(p.aBatch, p.batch);
    const ib = broadcastIndexMap(p.bBatch, p.batch);
    const ad = a!.data;
    const bd = b!.data;
    for (let bi = 0; bi < numel(p.batch); bi++) {
      const ao = ia(bi) * p.m * p.k;
      const bo = ib(bi) * p.k * p.n;
      const yo = bi * p.m * p.n;
      for (let m = 0; m < p.m; m++) {
        for (let n = 0; n < p.n; n++) {
          let s = 0;
          for (let k = 0; k < p.k; k++) s += ad[ao + m * sam + k * sak]! * bd[bo + k * sbk + n * sbn]!;
          out.data[yo + m * p.n + n] = s;
        }
      }
    }
    return out;
  },
  // C = op(A)·op(B): dop(A) = g·op(B)ᵀ and dop(B) = op(A)ᵀ·g, each folded into one matmul with
  // transposes (dA = dop(A)ᵀ when A is transposed). Broadcast batch axes are summed by autodiff.
  vjp: ({ b, inputs: [x, y], grad, attrs }) => {
    const e = emitter(b);
    const ta = attrs.transposeA ?? false;
    const tb = attrs.transposeB ?? false;
    const mm = (l: typeof grad, r: typeof grad, transposeA: boolean, transposeB: boolean): typeof grad =>
      e.op('matmul', [l, r], { transposeA, transposeB });
    const da = ta ? mm(y!, grad, tb, true) : mm(grad, y!, false, !tb);
    const db = tb ? mm(grad, x!, true, ta) : mm(x!, grad, !ta, false);
    return [da, db];
  },
  wgsl: { kind: 'kernel', emit: ({ inputs: [a, b], output, attrs }) => emitMatmul(problem(a!, b!, attrs), plainHook(a!, b!, output)) },
  testing: {
    // Batch shapes that broadcast (ranks 0–2 of batch axes), odd M, N, K around the 16-wide tile.
    cases: (fc) =>
      fc
        .tuple(broadcastPairArb(fc, 2), fc.integer({ min: 1, max: 19 }), fc.integer({ min: 1, max: 19 }), fc.integer({ min: 1, max: 19 }), fc.boolean(), fc.boolean())
        .map(([[ba, bb], m, n, k, ta, tb]) => ({
          inputs: [f32([...ba, ...(ta ? [k, m] : [m, k])]), f32([...bb, ...(tb ? [n, k] : [k, n])])],
          attrs: { transposeA: ta, transposeB: tb },
        })),
    gpuTolerance: 1e-4,
  },
};

/**
 * Tile configuration: a BM×BN block of C per workgroup of 16×16 invocations, each computing T×T
 * outputs (rows ty + 16·i, columns tx + 16·j), stepping K by BK through workgroup memory.
 */
interface Tiling {
  readonly t: number;
  readonly bm: number;
  readonly bk: number;
}

/** The largest register tile that still gives ≥ 128 workgroups (a crude occupancy rule; tuning comes later). */
function chooseTiling(p: Problem): Tiling {
  const groups = (bm: number): number => numel(p.batch) * Math.ceil(p.m / bm) * Math.ceil(p.n / bm);
  for (const t of [4, 2]) if (groups(16 * t) >= 128) return { t, bm: 16 * t, bk: 16 };
  return { t: 1, bm: 16, bk: 16 };
}

/**
 * How a kernel around the matmul names its operands and stores results: the plain op binds a, b and
 * out; the fuser binds its own buffers and stores through its epilogue function.
 */
export interface MatmulHook {
  /** Binding declarations (and any module-scope helpers) of the whole kernel. */
  readonly decls: string;
  readonly a: string;
  readonly b: string;
  /** A WGSL statement storing `value` at flat output index `flat`. */
  store(flat: string, value: string): string;
}

function plainHook(a: TensorType, b: TensorType, output: TensorType): MatmulHook {
  return { decls: bindingDecls([{ name: 'a', type: a }, { name: 'b', type: b }], output), a: 'a', b: 'b', store: (f, v) => `out[${f}] = ${v};` };
}

/** The tiled kernel for C = op(A)·op(B) with fused stores: see MatmulHook. */
export function emitMatmulFused(a: TensorType, b: TensorType, attrs: MatmulAttrs, hook: MatmulHook): KernelSource {
  return emitMatmul(problem(a, b, attrs), hook);
}

function emitMatmul(p: Problem, hook: MatmulHook, tiling = chooseTiling(p)): KernelSource {
  const { t, bm, bk } = tiling;
  // Tiles are stored K-major with a padded row (bm + 1), so the k-fastest loads of a row-major
  // operand write to distinct banks.
  const ld = bm + 1;
  const tilesM = Math.ceil(p.m / bm);
  const tilesN = Math.ceil(p.n / bm);
  const d = groupDispatch(numel(p.batch) * tilesM * tilesN);
  const { sam, sak, sbk, sbn } = strides(p);
  const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  const acc = range(t).flatMap((i) => range(t).map((j) => `acc_${i}_${j}`));
  // Tile loads: the 256 invocations cover a bm×bk block in bm·bk/256 = t passes, the fastest-moving
  // index along memory (k for a row-major A, m for a transposed one) so global reads coalesce.
  const loadA = tileLoad('As', hook.a, 'ao', p.m, p.k, { bm, bk, ld, passes: t }, sam, sak, 'row0', !p.ta);
  const loadB = tileLoad('Bs', hook.b, 'bo', p.n, p.k, { bm, bk, ld, passes: t }, sbn, sbk, 'col0', p.tb);
  const fma = range(t)
    .flatMap((i) => range(t).map((j) => `acc_${i}_${j} = fma(a${i}, b${j}, acc_${i}_${j});`))
    .join(' ');
  const stores = range(t)
    .flatMap((i) =>
      range(t).map(
        (j) => `{ let r = row0 + ty + ${16 * i}u; let c = col0 + tx + ${16 * j}u; if (r < ${p.m}u && c < ${p.n}u) { ${hook.store(`yo + r * ${p.n}u + c`, `acc_${i}_${j}`)} } }`,
      ),
    )
    .join('\n  ');
  return {
    code: `${hook.decls}
var<workgroup> As: array<f32, ${ld * bk}>;
var<workgroup> Bs: array<f32, ${ld * bk}>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  ${d.index}
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % ${tilesN}u) * ${bm}u;
  let row0 = ((g / ${tilesN}u) % ${tilesM}u) * ${bm}u;
  let bi = g / ${tilesN * tilesM}u;
  let ao = ${batchOffset(p.aBatch, p.batch, p.m * p.k)};
  let bo = ${batchOffset(p.bBatch, p.batch, p.k * p.n)};
  let yo = bi * ${p.m * p.n}u;
  ${acc.map((v) => `var ${v} = 0.0;`).join(' ')}
  for (var k0 = 0u; k0 < ${p.k}u; k0 += ${bk}u) {
    ${loadA}
    ${loadB}
    workgroupBarrier();
    for (var kk = 0u; kk < ${bk}u; kk++) {
      ${range(t).map((i) => `let a${i} = As[kk * ${ld}u + ty + ${16 * i}u];`).join(' ')}
      ${range(t).map((j) => `let b${j} = Bs[kk * ${ld}u + tx + ${16 * j}u];`).join(' ')}
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
 * WGSL filling `tile[kk·ld + r]` (r along M or N, kk along K) from the operand `src` whose element
 * (r, k) of the current batch sits at base + r·sr + k·sk; zero outside [0, rows)×[0, depth).
 */
function tileLoad(
  tile: string, src: string, base: string, rows: number, depth: number, shape: { bm: number; bk: number; ld: number; passes: number },
  sr: number, sk: number, origin: string, kFastest: boolean,
): string {
  const { bm, bk, ld, passes } = shape;
  const [r, kk] = kFastest ? [`e / ${bk}u`, `e % ${bk}u`] : [`e % ${bm}u`, `e / ${bm}u`];
  const scaled = (v: string, k: number): string => (k === 1 ? v : `${v} * ${k}u`);
  return `for (var l = 0u; l < ${passes}u; l++) {
      let e = lane + l * 256u;
      let r = ${r}; let kk = ${kk};
      let gr = ${origin} + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < ${rows}u && gk < ${depth}u) { v = ${src}[${base} + ${scaled('gr', sr)} + ${scaled('gk', sk)}]; }
      ${tile}[kk * ${ld}u + r] = v;
    }`;
}

/** WGSL u32 offset of batch `bi` (of the broadcast batch shape) in an operand with batch shape `own`. */
function batchOffset(own: readonly number[], batch: readonly number[], matrix: number): string {
  const bs = broadcastStrides(own, batch);
  const os = stridesOf(batch);
  const terms = batch
    .map((dim, i) => {
      if (bs[i] === 0 || dim === 1) return '';
      const q = os[i] === 1 ? 'bi' : `(bi / ${os[i]}u)`;
      return `${i === 0 ? q : `(${q} % ${dim}u)`} * ${bs[i]! * matrix}u`;
    })
    .filter(Boolean);
  return terms.join(' + ') || '0u';
}

/** For tests and benchmarks: the kernel with a forced tile configuration (t = 1, 2 or 4). */
export function emitMatmulWithTile(a: TensorType, b: TensorType, attrs: MatmulAttrs, t: 1 | 2 | 4): KernelSource {
  const p = problem(a, b, attrs);
  return emitMatmul(p, plainHook(a, b, f32([...p.batch, p.m, p.n])), { t, bm: 16 * t, bk: 16 });
}
