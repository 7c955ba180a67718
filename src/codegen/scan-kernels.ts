/**
 * @file The small kernels a compiled scan adds around its body (codegen/scan.ts): word copies that
 * move carries in and out and, where a body kernel cannot index a sequence itself, row t of a
 * sequence in or out, with t read from the step uniform (PlanKernel.step). They run inside the
 * loop's compute pass, so a step needs no buffer copy and no pass boundary.
 */

/** Binding declaration of the step index, after a kernel's `storage` bindings. */
export function stepDecl(binding: number): string {
  return `@group(0) @binding(${binding}) var<uniform> dlc_step: vec4<u32>;`;
}

export interface WordCopy {
  /** 4-byte words copied. */
  readonly words: number;
  /** Word offsets; with `stepped`, strides per step (offset + stride·t). */
  readonly fromOffset: number;
  readonly toOffset: number;
  readonly fromStride: number;
  readonly toStride: number;
  readonly stepped: boolean;
}

const WG = 64;
const MAX_GROUPS = 65535;

/** dst[toOffset + toStride·t + i] = src[fromOffset + fromStride·t + i] for i < words (bit copies: any 4-byte dtype). */
export function copyKernel(c: WordCopy): { code: string; workgroups: [number, number, number] } {
  const groups = Math.max(1, Math.min(MAX_GROUPS, Math.ceil(c.words / WG)));
  const at = (offset: number, stride: number): string => (c.stepped && stride !== 0 ? `${offset}u + t * ${stride}u + i` : `${offset}u + i`);
  const code = [
    '@group(0) @binding(0) var<storage, read> src: array<u32>;',
    '@group(0) @binding(1) var<storage, read_write> dst: array<u32>;',
    ...(c.stepped ? [stepDecl(2)] : []),
    '',
    `@compute @workgroup_size(${WG})`,
    'fn main(@builtin(global_invocation_id) gid: vec3<u32>) {',
    ...(c.stepped ? ['  let t = dlc_step.x;'] : []),
    `  for (var i = gid.x; i < ${c.words}u; i += ${groups * WG}u) {`,
    `    dst[${at(c.toOffset, c.toStride)}] = src[${at(c.fromOffset, c.fromStride)}];`,
    '  }',
    '}',
    '',
  ].join('\n');
  return { code, workgroups: [groups, 1, 1] };
}
