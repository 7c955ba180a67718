/** @file matmul: batched matrix product op(a)·op(b) over the last two axes, leading batch axes broadcast NumPy-style. */
import { CompileError, formatType, numel, stridesOf, type TensorType } from '../ir/index.ts';
import { emitGemm, gemmFor, type GemmSpec, type GemmVariant } from '../codegen/gemm.ts';
import type { KernelTarget } from '../codegen/target.ts';
import { broadcastIndexMap, broadcastShapes, broadcastStrides } from './broadcast.ts';
import { f32 } from './conv-geometry.ts';
import { emitter } from './emit.ts';
import { bindingDecls } from './kernel.ts';
import type { KernelSource, OpDef } from './op-def.ts';
import { broadcastPairArb } from './testing.ts';

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
  wgsl: { kind: 'kernel', emit: ({ inputs: [a, b], output, attrs, target }) => emitMatmul(problem(a!, b!, attrs), plainHook(a!, b!, output), target) },
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
 * How a kernel around the matmul names its operands and stores results: the plain op binds a, b and
 * out; the fuser binds its own buffers and stores through its epilogue function.
 */
export interface MatmulHook {
  /** Binding declarations (and any module-scope helpers) of the whole kernel. */
  readonly decls: string;
  readonly a: string;
  readonly b: string;
  /** Reads element `index` of B as f32 when B is a packed weight (codegen/weight-format.ts); default `b[index]`. `channel` = index % B's last axis. */
  readonly readB?: (index: string, channel: string) => string;
  /** A WGSL statement storing `value` at flat output index `flat`. */
  store(flat: string, value: string): string;
}

function plainHook(a: TensorType, b: TensorType, output: TensorType): MatmulHook {
  return { decls: bindingDecls([{ name: 'a', type: a }, { name: 'b', type: b }], output), a: 'a', b: 'b', store: (f, v) => `out[${f}] = ${v};` };
}

/** The GEMM kernel for C = op(A)·op(B) with fused stores: see MatmulHook. */
export function emitMatmulFused(a: TensorType, b: TensorType, attrs: MatmulAttrs, hook: MatmulHook, target?: KernelTarget): KernelSource {
  return emitMatmul(problem(a, b, attrs), hook, target);
}

/** The matmul as a GEMM: element (m, k) of op(A) and (n, k) of op(B) are strided loads at the batch item's offset. */
function gemmOf(p: Problem, hook: MatmulHook): GemmSpec {
  const { sam, sak, sbk, sbn } = strides(p);
  const at = (x: string, k: number): string => (k === 1 ? x : `${x} * ${k}u`);
  const load = (src: string, own: number[], size: number, sr: number, sk: number, read = (i: string, _ch: string): string => `${src}[${i}]`): string =>
    `return ${read(`${batchOffset(own, p.batch, size)} + ${at('r', sr)} + ${at('k', sk)}`, p.tb ? 'k' : 'r')};`;
  // A strided view of the binding (vec4 reads in the reg kernels) unless B is read through a packed weight's decoder.
  const view = (binding: string, own: number[], size: number, sr: number, sk: number) => ({ binding, base: batchOffset(own, p.batch, size), align: size, sr, sk });
  const plainB = !hook.readB || hook.readB('dlc_i', 'dlc_c') === `${hook.b}[dlc_i]`;
  return {
    batch: numel(p.batch),
    m: p.m,
    n: p.n,
    k: p.k,
    decls: hook.decls,
    a: { body: load(hook.a, p.aBatch, p.m * p.k, sam, sak), kFast: !p.ta, view: view(hook.a, p.aBatch, p.m * p.k, sam, sak) },
    b: { body: load(hook.b, p.bBatch, p.k * p.n, sbn, sbk, hook.readB), kFast: p.tb, ...(plainB ? { view: view(hook.b, p.bBatch, p.k * p.n, sbn, sbk) } : {}) },
    store: hook.store,
  };
}

function emitMatmul(p: Problem, hook: MatmulHook, choice?: KernelTarget | GemmVariant): KernelSource {
  const spec = gemmOf(p, hook);
  return choice && 'kind' in choice ? emitGemm(spec, choice) : gemmFor(spec, choice);
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

/** For tests and benchmarks: the plain matmul kernel with a forced GEMM variant. */
export function emitMatmulVariant(a: TensorType, b: TensorType, attrs: MatmulAttrs, variant: GemmVariant): KernelSource {
  const p = problem(a, b, attrs);
  return emitMatmul(p, plainHook(a, b, f32([...p.batch, p.m, p.n])), variant);
}
