/**
 * @file Hand-written matmul and conv2d kernels: the yardstick the kernel table holds dlc's compiled
 * kernels to ("within 1.5× of the best hand-written kernel", issue #20). Each is a one-dispatch Plan
 * with params `a`, `b` and output `y`, exactly like the one-op graph dlc compiles for the same shape,
 * so both run through loadPlan and are timed the same way.
 *
 * Matmul C[M,N] = A[M,K]·B[K,N], row-major:
 * - `naive`: one output per invocation, 8×8 workgroups.
 * - `reg4x4`: barrier-free; each invocation keeps a 4×4 block of C in four vec4 registers, reading
 *   four scalars of A and one vec4 row of B per k (needs N % 4 = 0).
 * - `reg4x4k4`: the same, K stepped by 4 with vec4 loads of A too (needs K % 4 = 0 and N % 4 = 0).
 * - `reg4x8`: each invocation a 4×8 block (two vec4 columns), vec4 loads of A (K % 4 = 0, N % 8 = 0).
 * - `tile32`: shared-memory 32×32 tiles, K step 16, 4×4 per invocation, two barriers per K step.
 * - `sg<R>x4` (only given a device subgroup size S, the workgroup one subgroup of S invocations): R
 *   rows × S vec4 columns per workgroup; invocation i reads rows i, i + S, … of A and one vec4 of B
 *   per k, and `subgroupBroadcast` hands each A element to all of them (the form llvmpipe, which reads
 *   storage lane by lane, is fastest with; needs N % 4 = 0).
 *
 * Conv2d 'valid', stride 1, NHWC input [N,H,W,C], HWIO filter [K,K,C,O] → [N,OH,OW,O]:
 * - `direct`: one output per invocation.
 * - `reg4c`: an invocation holds 4 output columns × 4 channels (four vec4 accumulators), vec4 filter loads
 *   (O % 4 = 0).
 * - `reg2x8c`: 2 output columns × 8 channels (O % 8 = 0).
 * - `uni4x8` (bench/hand-convs.ts): 4 columns × 8 channels, lanes along pixels, the channel block per workgroup (O % 8 = 0).
 *
 * Every kernel is checked against the reference interpreter in tests/bench/hand-kernels.test.ts.
 */
import { PLAN_VERSION, type Plan } from '../src/runtime/plan-types.ts';
import { handUniConvs } from './hand-convs.ts';

export interface HandKernel {
  readonly name: string;
  readonly plan: Plan;
}

const WG = 64;

function dispatch1d(invocations: number): [number, number, number] {
  const groups = Math.ceil(invocations / WG);
  return groups > 65535 ? [65535, Math.ceil(groups / 65535), 1] : [groups, 1, 1];
}

/** The flat invocation index of a 1-D dispatch that may wrap into y (dispatch1d). */
const FLAT = `let i = gid.x + gid.y * nw.x * ${WG}u;`;
const MAIN_1D = `@compute @workgroup_size(${WG})\nfn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nw: vec3<u32>)`;

function onePlan(name: string, code: string, aShape: number[], bShape: number[], yShape: number[], workgroups: [number, number, number]): Plan {
  const buf = (shape: number[], role: 'param' | 'output', n: string) => ({ size: shape.reduce((x, v) => x * v, 1) * 4, dtype: 'f32' as const, shape, role, name: n });
  return {
    version: PLAN_VERSION, name: `hand-${name}`, kernels: [{ code: `// hand-written ${name}\n${code}`, entry: 'main', bindings: ['read', 'read', 'read_write'] }],
    buffers: [buf(aShape, 'param', 'a'), buf(bShape, 'param', 'b'), buf(yShape, 'output', 'y')],
    dispatches: [{ kernel: 0, bindings: [0, 1, 2], workgroups, label: `hand ${name}` }],
    inputs: {}, params: { a: 0, b: 1 }, states: {}, outputs: { y: 2 }, updates: [],
  };
}

const decls = (aVec: boolean, bVec: boolean): string =>
  `@group(0) @binding(0) var<storage, read> a: array<${aVec ? 'vec4<f32>' : 'f32'}>;\n` +
  `@group(0) @binding(1) var<storage, read> b: array<${bVec ? 'vec4<f32>' : 'f32'}>;\n` +
  `@group(0) @binding(2) var<storage, read_write> y: array<f32>;\n`;

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const C4 = ['x', 'y', 'z', 'w'];

function mmNaive(m: number, k: number, n: number): string {
  return `${decls(false, false)}@compute @workgroup_size(8, 8)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let r = gid.y; let c = gid.x;
  if (r >= ${m}u || c >= ${n}u) { return; }
  var s = 0.0;
  for (var kk = 0u; kk < ${k}u; kk++) { s = fma(a[r * ${k}u + kk], b[kk * ${n}u + c], s); }
  y[r * ${n}u + c] = s;
}
`;
}

/** Rows of C per invocation: 4; columns: 4·cols4 (vec4 columns). `k4`: A read as vec4 along K. */
function mmReg(m: number, k: number, n: number, cols4: number, k4: boolean): string {
  const n4 = n / 4;
  const mb = Math.ceil(m / 4);
  const nb = n4 / cols4;
  const acc = range(4).flatMap((r) => range(cols4).map((c) => `var acc${r}_${c} = vec4<f32>();`)).join(' ');
  const rowOf = (r: number): string => `min(r0 + ${r}u, ${m - 1}u)`;
  const body = k4
    ? `for (var kk = 0u; kk < ${k / 4}u; kk++) {
    ${range(4).map((r) => `let a${r} = a[${rowOf(r)} * ${k / 4}u + kk];`).join(' ')}
    ${range(4).map((j) => `{ let kb = (kk * 4u + ${j}u) * ${n4}u + c0; ${range(cols4).map((c) => `let b${c} = b[kb + ${c}u]; ${range(4).map((r) => `acc${r}_${c} = fma(vec4<f32>(a${r}.${C4[j]}), b${c}, acc${r}_${c});`).join(' ')}`).join(' ')} }`).join('\n    ')}
  }`
    : `for (var kk = 0u; kk < ${k}u; kk++) {
    ${range(4).map((r) => `let a${r} = a[${rowOf(r)} * ${k}u + kk];`).join(' ')}
    ${range(cols4).map((c) => `let b${c} = b[kk * ${n4}u + c0 + ${c}u]; ${range(4).map((r) => `acc${r}_${c} = fma(vec4<f32>(a${r}), b${c}, acc${r}_${c});`).join(' ')}`).join('\n    ')}
  }`;
  const stores = range(4)
    .map((r) => `if (r0 + ${r}u < ${m}u) { ${range(cols4).map((c) => range(4).map((j) => `y[(r0 + ${r}u) * ${n}u + (c0 + ${c}u) * 4u + ${j}u] = acc${r}_${c}.${C4[j]};`).join(' ')).join(' ')} }`)
    .join('\n  ');
  return `${decls(k4, true)}${MAIN_1D} {
  ${FLAT}
  if (i >= ${mb * nb}u) { return; }
  let r0 = (i / ${nb}u) * 4u; let c0 = (i % ${nb}u) * ${cols4}u;
  ${acc}
  ${body}
  ${stores}
}
`;
}

/** Classic shared-memory tiling: 32×32 block of C per 8×8 workgroup, 4×4 per invocation, K step 16. */
function mmTile(m: number, k: number, n: number): string {
  return `${decls(false, false)}var<workgroup> As: array<array<f32, 16>, 32>;
var<workgroup> Bs: array<array<f32, 32>, 16>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let row0 = wid.y * 32u; let col0 = wid.x * 32u;
  let t = lid.y * 8u + lid.x;
  var acc: array<array<f32, 4>, 4>;
  for (var k0 = 0u; k0 < ${k}u; k0 += 16u) {
    for (var e = t; e < 512u; e += 64u) {
      let ar = e / 16u; let ak = e % 16u;
      let gr = row0 + ar; let gk = k0 + ak;
      As[ar][ak] = select(0.0, a[min(gr, ${m - 1}u) * ${k}u + min(gk, ${k - 1}u)], gr < ${m}u && gk < ${k}u);
      let bk = e / 32u; let bc = e % 32u;
      let gk2 = k0 + bk; let gc = col0 + bc;
      Bs[bk][bc] = select(0.0, b[min(gk2, ${k - 1}u) * ${n}u + min(gc, ${n - 1}u)], gk2 < ${k}u && gc < ${n}u);
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      for (var r = 0u; r < 4u; r++) {
        let av = As[lid.y * 4u + r][kk];
        for (var c = 0u; c < 4u; c++) { acc[r][c] = fma(av, Bs[kk][lid.x * 4u + c], acc[r][c]); }
      }
    }
    workgroupBarrier();
  }
  for (var r = 0u; r < 4u; r++) {
    for (var c = 0u; c < 4u; c++) {
      let gr = row0 + lid.y * 4u + r; let gc = col0 + lid.x * 4u + c;
      if (gr < ${m}u && gc < ${n}u) { y[gr * ${n}u + gc] = acc[r][c]; }
    }
  }
}
`;
}

/** Subgroup form: `rows` rows × `lanes` vec4 columns per workgroup of one subgroup (`lanes` invocations). */
function mmSubgroup(m: number, k: number, n: number, lanes: number, rows: number): string {
  const n4 = n / 4;
  const nb = Math.ceil(n4 / lanes);
  const loads = range(rows / lanes).map((t) => `let av${t} = a[min(r0 + lid.x + ${t * lanes}u, ${m - 1}u) * ${k}u + kk];`).join(' ');
  const fmas = range(rows).map((r) => `acc${r} = fma(vec4<f32>(subgroupBroadcast(av${Math.floor(r / lanes)}, ${r % lanes}u)), bv, acc${r});`).join(' ');
  const stores = range(rows)
    .map((r) => `if (r0 + ${r}u < ${m}u) { ${range(4).map((j) => `y[(r0 + ${r}u) * ${n}u + c4 * 4u + ${j}u] = acc${r}.${C4[j]};`).join(' ')} }`)
    .join('\n    ');
  return `enable subgroups;\n${decls(false, true)}@compute @workgroup_size(${lanes})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let r0 = (wid.x / ${nb}u) * ${rows}u;
  let c4 = (wid.x % ${nb}u) * ${lanes}u + lid.x;
  let cb = min(c4, ${n4 - 1}u);
  ${range(rows).map((r) => `var acc${r} = vec4<f32>();`).join(' ')}
  for (var kk = 0u; kk < ${k}u; kk++) {
    let bv = b[kk * ${n4}u + cb];
    ${loads}
    ${fmas}
  }
  if (c4 < ${n4}u) {
    ${stores}
  }
}
`;
}

/**
 * Every hand-written matmul that handles [m, k] · [k, n]; the subgroup forms too given the device's
 * fixed subgroup size (the device created with the `subgroups` feature).
 */
export function handMatmuls(m: number, k: number, n: number, subgroupSize?: number): HandKernel[] {
  const plan = (name: string, code: string, wg: [number, number, number]): HandKernel => ({ name, plan: onePlan(name, code, [m, k], [k, n], [m, n], wg) });
  const out = [plan('naive', mmNaive(m, k, n), [Math.ceil(n / 8), Math.ceil(m / 8), 1])];
  if (n % 4 === 0) out.push(plan('reg4x4', mmReg(m, k, n, 1, false), dispatch1d(Math.ceil(m / 4) * (n / 4))));
  if (n % 4 === 0 && k % 4 === 0) out.push(plan('reg4x4k4', mmReg(m, k, n, 1, true), dispatch1d(Math.ceil(m / 4) * (n / 4))));
  if (n % 8 === 0 && k % 4 === 0) out.push(plan('reg4x8k4', mmReg(m, k, n, 2, true), dispatch1d(Math.ceil(m / 4) * (n / 8))));
  out.push(plan('tile32', mmTile(m, k, n), [Math.ceil(n / 32), Math.ceil(m / 32), 1]));
  if (subgroupSize && n % 4 === 0) {
    const groups = (rows: number): [number, number, number] => [Math.ceil(m / rows) * Math.ceil(n / 4 / subgroupSize), 1, 1];
    for (const rows of [subgroupSize, 2 * subgroupSize]) out.push(plan(`sg${rows}x4`, mmSubgroup(m, k, n, subgroupSize, rows), groups(rows)));
  }
  return out;
}

export interface ConvDims {
  readonly batch: number;
  readonly h: number;
  readonly w: number;
  readonly cin: number;
  readonly cout: number;
  readonly k: number;
}

function convDirect(d: ConvDims): string {
  const [oh, ow] = [d.h - d.k + 1, d.w - d.k + 1];
  return `${decls(false, false)}${MAIN_1D} {
  ${FLAT}
  if (i >= ${d.batch * oh * ow * d.cout}u) { return; }
  let o = i % ${d.cout}u; let q = i / ${d.cout}u;
  let x0 = q % ${ow}u; let y0 = (q / ${ow}u) % ${oh}u; let nn = q / ${ow * oh}u;
  var s = 0.0;
  for (var kh = 0u; kh < ${d.k}u; kh++) {
    for (var kw = 0u; kw < ${d.k}u; kw++) {
      let xb = ((nn * ${d.h}u + y0 + kh) * ${d.w}u + x0 + kw) * ${d.cin}u;
      let wb = (kh * ${d.k}u + kw) * ${d.cin * d.cout}u + o;
      for (var c = 0u; c < ${d.cin}u; c++) { s = fma(a[xb + c], b[wb + c * ${d.cout}u], s); }
    }
  }
  y[i] = s;
}
`;
}

/** `cols` output columns × 4·ch4 channels per invocation; columns past OW are clamped on load, skipped on store. */
function convReg(d: ConvDims, cols: number, ch4: number): string {
  const [oh, ow] = [d.h - d.k + 1, d.w - d.k + 1];
  const o4 = d.cout / 4;
  const cb = o4 / ch4;
  const xb = Math.ceil(ow / cols);
  const acc = range(cols).flatMap((x) => range(ch4).map((c) => `var acc${x}_${c} = vec4<f32>();`)).join(' ');
  const xs = range(cols).map((x) => `let xv${x} = vec4<f32>(a[rb + min(x0 + ${x}u, ${ow - 1}u) * ${d.cin}u + c]);`).join(' ');
  const ws = range(ch4).map((c) => `let wv${c} = b[wb + c * ${o4}u + ${c}u];`).join(' ');
  const fmas = range(cols).flatMap((x) => range(ch4).map((c) => `acc${x}_${c} = fma(xv${x}, wv${c}, acc${x}_${c});`)).join(' ');
  const stores = range(cols)
    .map((x) => `if (x0 + ${x}u < ${ow}u) { let ob = ((nn * ${oh}u + y0) * ${ow}u + x0 + ${x}u) * ${d.cout}u + cg * ${4 * ch4}u; ${range(ch4).map((c) => range(4).map((j) => `y[ob + ${4 * c + j}u] = acc${x}_${c}.${C4[j]};`).join(' ')).join(' ')} }`)
    .join('\n  ');
  return `${decls(false, true)}${MAIN_1D} {
  ${FLAT}
  if (i >= ${d.batch * oh * xb * cb}u) { return; }
  let cg = i % ${cb}u; let q = i / ${cb}u;
  let x0 = (q % ${xb}u) * ${cols}u; let y0 = (q / ${xb}u) % ${oh}u; let nn = q / ${xb * oh}u;
  ${acc}
  for (var kh = 0u; kh < ${d.k}u; kh++) {
    for (var kw = 0u; kw < ${d.k}u; kw++) {
      let rb = ((nn * ${d.h}u + y0 + kh) * ${d.w}u + kw) * ${d.cin}u;
      let wb = (kh * ${d.k}u + kw) * ${d.cin * o4}u + cg * ${ch4}u;
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
}

/** Every hand-written 'valid' stride-1 conv2d that handles the shape. */
export function handConvs(d: ConvDims): HandKernel[] {
  const [oh, ow] = [d.h - d.k + 1, d.w - d.k + 1];
  const shapes = [[d.batch, d.h, d.w, d.cin], [d.k, d.k, d.cin, d.cout], [d.batch, oh, ow, d.cout]] as const;
  const plan = (name: string, code: string, invocations: number): HandKernel => ({ name, plan: onePlan(name, code, [...shapes[0]], [...shapes[1]], [...shapes[2]], dispatch1d(invocations)) });
  const out = [plan('direct', convDirect(d), d.batch * oh * ow * d.cout)];
  if (d.cout % 4 === 0) out.push(plan('reg4x4c', convReg(d, 4, 1), d.batch * oh * Math.ceil(ow / 4) * (d.cout / 4)));
  if (d.cout % 8 === 0) out.push(plan('reg2x8c', convReg(d, 2, 2), d.batch * oh * Math.ceil(ow / 2) * (d.cout / 8)));
  if (d.cout % 8 === 0) out.push(plan('reg4x8c', convReg(d, 4, 2), d.batch * oh * Math.ceil(ow / 4) * (d.cout / 8)));
  // The uniform-filter form (bench/hand-convs.ts): lanes along pixels, the channel block per workgroup.
  out.push(...handUniConvs(d, [[4, 2]]));
  return out;
}
