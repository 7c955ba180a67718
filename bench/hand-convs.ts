/**
 * @file Hand-written 'valid' stride-1 conv2d kernels whose filter reads are workgroup-uniform: the
 * output-channel block comes from `workgroup_id.y` only and the lanes of a workgroup run along
 * output pixels, so a driver that keeps NIR's non-divergent values scalar (lavapipe's gallivm) can
 * load each filter value once and broadcast it to the SIMD lanes; only the input reads are
 * per-lane. No early return (the pixel index is clamped, stores past the end skipped).
 * `uni{P}x{4g}`: P output columns × 4g channels per lane; `div{P}x{4g}`: the same kernel with the
 * channel block made divergent, the A/B twin (bench/conv-uni-ab.ts). On this machine's lavapipe
 * (Mesa 25.0.7, LLVM 15, AMD EPYC) the twins cost the same CPU time, so dlc's compiler keeps its
 * column tiles (bench/results/2026-12-01-h21c-conv-uniform.md); `uni4x8` is in the kernel
 * table's hand-written set (bench/hand-kernels.ts), where it is sometimes the fastest.
 * Same Plan format as bench/hand-kernels.ts (params `a` [N,H,W,C], `b` [K,K,C,O], output `y`).
 */
import { PLAN_VERSION, type Plan } from '../src/runtime/plan-types.ts';
import type { ConvDims, HandKernel } from './hand-kernels.ts';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const C4 = ['x', 'y', 'z', 'w'];
const WG = 64;

function onePlan(name: string, code: string, d: ConvDims, workgroups: [number, number, number]): Plan {
  const [oh, ow] = [d.h - d.k + 1, d.w - d.k + 1];
  const buf = (shape: number[], role: 'param' | 'output', n: string) => ({ size: shape.reduce((x, v) => x * v, 1) * 4, dtype: 'f32' as const, shape, role, name: n });
  return {
    version: PLAN_VERSION, name: `hand-${name}`, kernels: [{ code: `// hand-written ${name}\n${code}`, entry: 'main', bindings: ['read', 'read', 'read_write'] }],
    buffers: [buf([d.batch, d.h, d.w, d.cin], 'param', 'a'), buf([d.k, d.k, d.cin, d.cout], 'param', 'b'), buf([d.batch, oh, ow, d.cout], 'output', 'y')],
    dispatches: [{ kernel: 0, bindings: [0, 1, 2], workgroups, label: `hand ${name}` }],
    inputs: {}, params: { a: 0, b: 1 }, states: {}, outputs: { y: 2 }, updates: [],
  };
}

/**
 * P columns × 4g channels per lane, the channel block from workgroup_id.y (uniform filter reads).
 * `divergent`: the same kernel with the block index made divergent in a way no compiler folds (the A/B twin).
 */
function convUni(d: ConvDims, cols: number, g: number, divergent = false): { code: string; workgroups: [number, number, number] } {
  const [oh, ow] = [d.h - d.k + 1, d.w - d.k + 1];
  const o4 = d.cout / 4;
  const xb = Math.ceil(ow / cols);
  const items = d.batch * oh * xb;
  const acc = range(cols).flatMap((x) => range(g).map((c) => `var acc${x}_${c} = vec4<f32>();`)).join(' ');
  const xs = range(cols).map((x) => `let xv${x} = vec4<f32>(a[rb + min(x0 + ${x}u, ${ow - 1}u) * ${d.cin}u + c]);`).join(' ');
  const ws = range(g).map((c) => `let wv${c} = b[wb + c * ${o4}u + ${c}u];`).join(' ');
  const fmas = range(cols).flatMap((x) => range(g).map((c) => `acc${x}_${c} = fma(xv${x}, wv${c}, acc${x}_${c});`)).join(' ');
  const stores = range(cols)
    .map((x) => `if (live && x0 + ${x}u < ${ow}u) { let ob = ((nn * ${oh}u + y0) * ${ow}u + x0 + ${x}u) * ${d.cout}u + cg * ${4 * g}u; ${range(g).map((c) => range(4).map((j) => `y[ob + ${4 * c + j}u] = acc${x}_${c}.${C4[j]};`).join(' ')).join(' ')} }`)
    .join('\n  ');
  const code = `@group(0) @binding(0) var<storage, read> a: array<f32>;
@group(0) @binding(1) var<storage, read> b: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> y: array<f32>;
@compute @workgroup_size(${WG})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let raw = wid.x * ${WG}u + lid.x;
  let cg = ${divergent ? 'wid.y + select(0u, 1u, raw > 4000000000u)' : 'wid.y'};
  let live = raw < ${items}u;
  let q = min(raw, ${items - 1}u);
  let x0 = (q % ${xb}u) * ${cols}u; let y0 = (q / ${xb}u) % ${oh}u; let nn = q / ${xb * oh}u;
  ${acc}
  for (var kh = 0u; kh < ${d.k}u; kh++) {
    for (var kw = 0u; kw < ${d.k}u; kw++) {
      let rb = ((nn * ${d.h}u + y0 + kh) * ${d.w}u + kw) * ${d.cin}u;
      let wb = (kh * ${d.k}u + kw) * ${d.cin * o4}u + cg * ${g}u;
      for (var c = 0u; c < ${d.cin}u; c++) {
        ${xs}
        ${ws}
        ${fmas}
      }
    }
  }
  ${stores}
}
`;
  return { code, workgroups: [Math.ceil(items / WG), d.cout / (4 * g), 1] };
}

/** The uniform-filter forms [P, g, divergent twin?] that handle the shape (4g must divide O). */
export function handUniConvs(d: ConvDims, forms: readonly (readonly [number, number, boolean?])[] = [[1, 2], [2, 2], [4, 2], [1, 4], [2, 4]]): HandKernel[] {
  return forms
    .filter(([, g]) => d.cout % (4 * g) === 0)
    .map(([p, g, div]) => {
      const name = `${div ? 'div' : 'uni'}${p}x${4 * g}`;
      const k = convUni(d, p, g, div);
      return { name, plan: onePlan(name, k.code, d, k.workgroups) };
    });
}

