/**
 * @file The `uni` GEMMs (see gemm.ts) for lavapipe (llvmpipe): a workgroup's rows come from the
 * workgroup id alone, so every read of A is uniform across the invocations.
 *
 * llvmpipe runs a workgroup as 8-wide AVX2 vectors of invocations and keeps values its divergence
 * analysis proves equal across them scalar: a load whose address depends only on the workgroup id,
 * constants and uniform loop counters is one scalar load broadcast to the 8 lanes, while a load at a
 * lane-dependent address is a masked gather per component. In the `reg` kernels (gemm-reg.ts) every
 * operand read depends on `local_invocation_id` and is a gather. Here each workgroup of `lanes`
 * invocations computes R rows × lanes·C columns: invocation x owns columns c0 + x + lanes·j
 * (j < C; adjacent invocations on adjacent columns, so a gather of B touches one or two cache lines
 * when B is contiguous along N), and per k it reads R uniform elements of A and C gathered ones of B
 * for R·C vector FMAs. R·C accumulators stay within AVX2's 16 ymm registers.
 *
 * SwiftShader (subgroups of 4) runs the subgroup form with 4 lanes and 4 columns per lane: 4·R
 * accumulators per lane, R/4 broadcast loads of A and 4 of B per k (gemm.ts swiftShaderUni).
 *
 * Operands are read through the scalar element readers (`dlc_a` / `dlc_b`), so any layout and any
 * operand hook works (transposed operands, packed weights, a conv's im2col gather); rows past M and
 * columns past N read the last one (in range, discarded at the store).
 */
import type { KernelSource } from '../ops/op-def.ts';
import { groupDispatch } from '../ops/workgroup-reduce.ts';
import type { GemmSpec } from './gemm.ts';
import { guarded, operandFns, range, runtimeCount } from './gemm-reg.ts';

/** The `uni` shapes: R rows per workgroup, C columns per invocation, `lanes` invocations (8 on lavapipe, 4 on SwiftShader; the subgroup size for `sg`). */
export interface UniShape {
  readonly rows: number;
  readonly cols: number;
  readonly lanes: number;
  /** K steps per loop iteration (unrolled; a tail loop for the rest). */
  readonly unroll: number;
  /** Subgroup form: rows = lanes = the subgroup size; lane i reads row r0 + i of A, `subgroupBroadcast` shares it. */
  readonly sg?: boolean;
  /**
   * Accumulators in one array, the epilogue in a loop over rows: one copy of a fused epilogue per
   * column instead of R·C, which llvmpipe compiles in 2-3 s instead of 30-110 s where the epilogue
   * is an optimizer update (cold Mesa shader cache; bench/results/2026-12-01-h21g-lavapipe-gemm-uni.md).
   */
  readonly arr?: boolean;
}

export function emitUni(s: GemmSpec, u: UniShape): KernelSource {
  const { rows: R, cols: C, lanes: L, unroll: U } = u;
  const bn = L * C;
  const tilesN = Math.ceil(s.n / bn);
  const tilesM = Math.ceil(s.m / R);
  const d = groupDispatch(s.batch * tilesM * tilesN);
  const rowOf = (i: number): string => (s.m % R === 0 ? `r0 + ${i}u` : `min(r0 + ${i}u, ${s.m - 1}u)`);
  const colOf = (j: number): string => (s.n % bn === 0 ? `c0 + ${L * j}u` : `min(c0 + ${L * j}u, ${s.n - 1}u)`);
  const sgRow = (t: number): string => (s.m % R === 0 ? `r0 + lid.x${t ? ` + ${t * L}u` : ''}` : `min(r0 + lid.x${t ? ` + ${t * L}u` : ''}, ${s.m - 1}u)`);
  const step = (k: string): string =>
    [
      ...range(C).map((j) => `let b${j} = dlc_b(bi, ${colOf(j)}, ${k});`),
      ...(u.sg
        ? [...range(R / L).map((t) => `let av${t} = dlc_a(bi, ${sgRow(t)}, ${k});`), ...range(R).map((i) => `let a${i} = subgroupBroadcast(av${Math.floor(i / L)}, ${i % L}u);`)]
        : range(R).map((i) => `let a${i} = dlc_a(bi, ${rowOf(i)}, ${k});`)),
      ...range(R).flatMap((i) => range(C).map((j) => (u.arr ? `acc[${i * C + j}] = fma(a${i}, b${j}, acc[${i * C + j}]);` : `acc${i}_${j} = fma(a${i}, b${j}, acc${i}_${j});`))),
    ].join(' ');
  const main = U > 1 ? Math.floor(s.k / U) * U : 0;
  const loops = [
    main > 0 ? `for (var k = 0u; k < ${main}u; k += ${U}u) {\n    ${range(U).map((t) => `{ ${step(t ? `k + ${t}u` : 'k')} }`).join('\n    ')}\n  }` : '',
    s.k > main ? `for (var k = ${main}u; k < ${s.k}u; k++) {\n    ${step('k')}\n  }` : '',
  ].filter(Boolean);
  // arr: the accumulators in one array and the epilogue in a loop over rows (one copy of it per column instead of R·C).
  // The loop reads a copy of the accumulators (dlc_accs): indexed at run time, an array lives in
  // memory, and only the copy does; `acc`, indexed by constants, stays in registers through the k loop.
  // Only for the 8-lane forms (llvmpipe's): SwiftShader's 4-lane ones keep main's loop (not NIR; no gain measured).
  const opaque = L >= 8;
  const arrStores = `${opaque ? 'var dlc_accs = acc;\n  ' : ''}for (var i = 0u; i < ${opaque ? rowCount(s.decls, R) : `${R}u`}; i++) {
    let r = r0 + i;
    ${guarded(`r < ${s.m}u`, s.m % R !== 0, range(C).map((j) => guarded(`c0 + ${L * j}u < ${s.n}u`, s.n % bn !== 0, s.store(`yo + r * ${s.n}u + c0 + ${L * j}u`, `${opaque ? 'dlc_accs' : 'acc'}[i * ${C}u + ${j}u]`))).join(' '))}
  }`;
  const stores = u.arr ? arrStores : range(R)
    .map((i) => {
      const cs = range(C).map((j) => guarded(`c0 + ${L * j}u < ${s.n}u`, s.n % bn !== 0, s.store(`yo + r * ${s.n}u + c0 + ${L * j}u`, `acc${i}_${j}`)));
      return `{ let r = r0 + ${i}u; ${guarded(`r < ${s.m}u`, s.m % R !== 0, cs.join(' '))} }`;
    })
    .join('\n  ');
  return {
    code: `${u.sg ? 'enable subgroups;\n' : ''}${s.decls}
${operandFns(s)}
@compute @workgroup_size(${L})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  ${d.index}
  let c0 = (g % ${tilesN}u) * ${bn}u + lid.x;
  let r0 = ((g / ${tilesN}u) % ${tilesM}u) * ${R}u;
  let bi = g / ${tilesN * tilesM}u;
  let yo = bi * ${s.m * s.n}u;
  ${u.arr ? `var acc: array<f32, ${R * C}>;` : range(R).flatMap((i) => range(C).map((j) => `var acc${i}_${j} = 0.0;`)).join(' ')}
  ${loops.join('\n  ')}
  ${stores}
}
`,
    workgroups: d.workgroups,
  };
}

/**
 * The `a` form's row-loop count: R, in a form Mesa's NIR cannot fold to the constant. With the
 * constant it unrolls the loop whole (R = 8 and 16 always; R = 32 where the epilogue is small), and
 * llvmpipe compiles the fused epilogue R times: `min(R, arrayLength(&x) + R)`, x the kernel's first
 * storage array (always R: arrayLength < 2³⁰, the sum never wraps). The workgroup id does not do
 * (`min(R, wid.x + R)`: NIR bounds it and still unrolls, bench/results/2026-12-02-h22e-epilogue-loop.md).
 * A binding so named can still hold f16 activations: half-storage.ts rewrites its arrayLength.
 * Cold first step on lavapipe: bench/results/2026-12-02-h23c-cold-first-step.md (iris 24.8 → 5.7 s
 * CPU, mnist_mlp 12.3 → 7.0, mnist_cnn 18.6 → 10.0). Used for the 8-lane forms only: on SwiftShader
 * (4 lanes; its compiler is not NIR) mnist_mlp's first step read 8-18 % more CPU with it.
 */
function rowCount(decls: string, R: number): string {
  const binding = /var<storage,[^>]*>\s*(\w+)\s*:\s*array<(?:[^<>,]|<[^<>]*>)+>\s*;/.exec(decls)?.[1];
  return binding ? runtimeCount(R, `arrayLength(&${binding})`) : `${R}u`;
}
