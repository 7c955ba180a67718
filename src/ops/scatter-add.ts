/** @file scatter_add: the adjoint of gather, out[p, s, r] = Σ_{q : indices[q] = s} updates[p, q, r] (out-of-range indices dropped). */
import type * as FC from 'fast-check';
import { CompileError, formatType, sameShape, type TensorType } from '../ir/index.ts';
import { normAxis } from './attrs.ts';
import { emitter } from './emit.ts';
import { gatherSpace, indexAt, requireIndices, type GatherSpace } from './gather.ts';
import { bindingDecls } from './kernel.ts';
import type { KernelSource, OpCase, OpDef } from './op-def.ts';
import { shapeArb, type Fc } from './testing.ts';
import { groupDispatch } from './workgroup-reduce.ts';

export interface ScatterAddAttrs {
  /** Where the indices' axes sit in `updates`, and where the `size` axis sits in the output. */
  axis: number;
  /** Length of the output axis the indices address. */
  size: number;
}

/** updates = [pre…, indices…, post…] ↦ out = [pre…, size, post…]. */
function inferScatter([indices, updates]: readonly TensorType[], { axis, size }: ScatterAddAttrs): TensorType {
  requireIndices('scatter_add', indices!);
  if (updates!.dtype !== 'f32') throw new CompileError('E_DTYPE', `scatter_add takes f32 updates, got ${formatType(updates!)}`);
  const r = indices!.shape.length;
  const a = normAxis('scatter_add', axis, updates!.shape.length - r + 1);
  if (!(size >= 0) || !sameShape(updates!.shape.slice(a, a + r), indices!.shape)) {
    throw new CompileError(
      'E_SHAPE_SCATTER',
      `scatter_add: updates ${formatType(updates!)} must hold indices ${formatType(indices!)} at axis ${axis}, and size (${size}) must be ≥ 0`,
    );
  }
  return { dtype: 'f32', shape: [...updates!.shape.slice(0, a), size, ...updates!.shape.slice(a + r)] };
}

function spaceOf(out: TensorType, indices: TensorType, attrs: ScatterAddAttrs): GatherSpace {
  return gatherSpace(out.shape, normAxis('scatter_add', attrs.axis, out.shape.length), indices.shape);
}

/**
 * No float atomics in WGSL, so each output element pulls its sum, deterministically in index
 * order. A workgroup owns one (p, s) and 64 consecutive r; per chunk of 64 indices, its threads
 * flag the matches, compact their positions with a prefix sum in workgroup memory, and then each
 * thread adds only the matched updates. Work: P·S·⌈Q/64⌉·N compares + N·P·Q adds.
 */
function scatterKernel(indices: TensorType, updates: TensorType, out: TensorType, s: GatherSpace): KernelSource {
  const chunks = Math.max(1, Math.ceil(s.Q / 64));
  const d = groupDispatch(s.P * s.S * chunks);
  const bindings = [
    { name: 'indices', type: indices },
    { name: 'updates', type: updates },
  ];
  return {
    code: `${bindingDecls(bindings, out)}
var<workgroup> hits: array<u32, 64>;
var<workgroup> pos: array<u32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  ${d.index}
  let c = g % ${chunks}u;
  let s = (g / ${chunks}u) % ${s.S}u;
  let p = g / ${chunks * s.S}u;
  let r = c * 64u + t;
  var acc = 0.0;
  for (var q0 = 0u; q0 < ${s.N}u; q0 += 64u) {
    let q = q0 + t;
    var hit = 0u;
    if (q < ${s.N}u && indices[q] == i32(s)) { hit = 1u; }
    hits[t] = hit;
    workgroupBarrier();
    // Inclusive prefix sum (Hillis–Steele): hits[t] = matches among this chunk's first t + 1.
    for (var d = 1u; d < 64u; d *= 2u) {
      var v = hits[t];
      if (t >= d) { v += hits[t - d]; }
      workgroupBarrier();
      hits[t] = v;
      workgroupBarrier();
    }
    if (hit == 1u) { pos[hits[t] - 1u] = q; }
    let m = hits[63];
    workgroupBarrier();
    if (r < ${s.Q}u) {
      for (var h = 0u; h < m; h++) { acc += updates[(p * ${s.N}u + pos[h]) * ${s.Q}u + r]; }
    }
    workgroupBarrier();
  }
  if (r < ${s.Q}u) { out[(p * ${s.S}u + s) * ${s.Q}u + r] = acc; }
}
`,
    workgroups: d.workgroups,
  };
}

/** Output rows (values of s) one thread of the software kernel owns: fewer index reads per row, enough threads left to spread. */
export function rowsPerThread(P: number, S: number): number {
  const threads = (k: number): number => P * Math.ceil(S / k);
  let k = 1;
  while (k < 16 && threads(k * 2) >= 256) k *= 2;
  return k;
}

/**
 * Software adapters (SwiftShader, llvmpipe) run a workgroup barrier as a switch through all its
 * invocations, so the barrier-heavy kernel above costs seconds for an embedding's gradient (vocab
 * 1000 × 16 at batch 32 × 20 tokens: 2.8 s on SwiftShader). Here one thread owns k consecutive output
 * rows (p, s0 … s0 + k − 1): it zeroes them, reads every index once and adds each matching update row,
 * in index order, so sums stay deterministic, with no barriers. Work: P·⌈S/k⌉·N index reads + N·P·Q adds.
 */
function scatterKernelSoftware(indices: TensorType, updates: TensorType, out: TensorType, s: GatherSpace): KernelSource {
  const k = rowsPerThread(s.P, s.S);
  const blocks = Math.ceil(s.S / k);
  const threads = s.P * blocks;
  const d = groupDispatch(Math.ceil(threads / 64));
  const bindings = [
    { name: 'indices', type: indices },
    { name: 'updates', type: updates },
  ];
  return {
    code: `${bindingDecls(bindings, out)}
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  ${d.index}
  let id = g * 64u + t;
  if (id >= ${threads}u) { return; }
  let p = id / ${blocks}u;
  let s0 = (id % ${blocks}u) * ${k}u;
  let rows = min(${k}u, ${s.S}u - s0);
  for (var i = 0u; i < rows * ${s.Q}u; i++) { out[(p * ${s.S}u + s0) * ${s.Q}u + i] = 0.0; }
  for (var q = 0u; q < ${s.N}u; q++) {
    let j = indices[q] - i32(s0);
    if (j < 0 || u32(j) >= rows) { continue; }
    let o = (p * ${s.S}u + s0 + u32(j)) * ${s.Q}u;
    let u = (p * ${s.N}u + q) * ${s.Q}u;
    for (var r = 0u; r < ${s.Q}u; r++) { out[o + r] += updates[u + r]; }
  }
}
`,
    workgroups: d.workgroups,
  };
}

function scatterCases(fc: Fc): FC.Arbitrary<OpCase<ScatterAddAttrs>> {
  const dims = (maxRank: number): FC.Arbitrary<number[]> => shapeArb(fc, { maxRank, maxDim: 3 });
  return fc.tuple(dims(1), dims(2), dims(2), fc.integer({ min: 1, max: 4 })).map(([pre, ind, post, size]) => ({
    inputs: [
      { dtype: 'i32' as const, shape: ind },
      { dtype: 'f32' as const, shape: [...pre, ...ind, ...post] },
    ],
    attrs: { axis: pre.length, size },
    domains: [{ min: -1, max: size, integer: true }, undefined],
  }));
}

export const scatter_add: OpDef<ScatterAddAttrs> = {
  name: 'scatter_add',
  kind: 'layout',
  summary: 'sum updates into rows picked by indices (the adjoint of gather)',
  arity: 2,
  attrs: {
    axis: { kind: 'int', doc: 'output axis the indices address (negative counts from the end)' },
    size: { kind: 'int', doc: 'length of that axis' },
  },
  infer: (inputs, attrs) => inferScatter(inputs, attrs),
  evaluate([indices, updates], attrs, ctx) {
    const out = ctx.alloc(inferScatter([indices!.type, updates!.type], attrs));
    const { P, S, N, Q } = spaceOf(out.type, indices!.type, attrs);
    for (let p = 0; p < P; p++) {
      for (let q = 0; q < N; q++) {
        const k = indexAt(indices!.data, q, S);
        for (let r = 0; k >= 0 && r < Q; r++) out.data[(p * S + k) * Q + r]! += updates!.data[(p * N + q) * Q + r]!;
      }
    }
    return out;
  },
  // Adjoint of the adjoint: the updates' cotangent gathers g.
  vjp: ({ b, inputs: [indices], output, grad, attrs }) => {
    const { axis } = spaceOf(output.type, indices!.type, attrs);
    return [null, emitter(b).op('gather', [grad, indices!], { axis })];
  },
  wgsl: {
    kind: 'kernel',
    emit: ({ inputs: [indices, updates], output, attrs, target }) => (target?.software ? scatterKernelSoftware : scatterKernel)(indices!, updates!, output, spaceOf(output, indices!, attrs)),
  },
  testing: { cases: scatterCases, gpuTolerance: 1e-5 },
};
