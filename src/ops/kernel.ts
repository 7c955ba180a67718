/** @file WGSL scaffolding for unfused op kernels: bindings, a one-invocation-per-output-element template, and baked index math. */
import { numel, stridesOf, type DType, type Shape, type TensorType } from '../ir/index.ts';
import { dispatch1d, wgslLiteral } from '../codegen/wgsl.ts';
import type { KernelHook, KernelSource } from './op-def.ts';
import { wgslStorageType } from './op-def.ts';

/** A kernel operand: the WGSL name of its storage array and its tensor type. */
export interface Binding {
  readonly name: string;
  readonly type: TensorType;
}

/** Input k at binding k (read), the output `out` at binding inputs.length (read_write). */
export function bindingDecls(inputs: readonly Binding[], output: TensorType): string {
  const decl = (k: number, name: string, access: string, dtype: DType): string =>
    `@group(0) @binding(${k}) var<storage, ${access}> ${name}: array<${wgslStorageType(dtype)}>;`;
  const ins = inputs.map((b, k) => decl(k, b.name, 'read', b.type.dtype));
  return [...ins, decl(inputs.length, 'out', 'read_write', output.dtype)].join('\n');
}

/** A literal of the dtype's storage type (bool as 0u/1u), with the value converted as `cast` would. */
export function storageLiteral(v: number, dtype: DType): string {
  return dtype === 'bool' ? (v !== 0 ? '1u' : '0u') : wgslLiteral(v, dtype);
}

/**
 * Per-axis coordinates of flat index `i` in `shape` (row-major): (i / stride_k) % dim_k, with the
 * division skipped for stride 1, the modulo skipped on the leading axis, and unit axes folded to 0.
 */
export function unravelExprs(shape: Shape, i: string): string[] {
  const strides = stridesOf(shape);
  return shape.map((dim, k) => {
    if (dim === 1) return '0u';
    const q = strides[k] === 1 ? i : `(${i} / ${strides[k]}u)`;
    return k === 0 ? q : `(${q} % ${dim}u)`;
  });
}

/** Σ expr_k · coef_k + constant, as a u32 expression (zero coefficients and '0u' terms dropped). */
export function linearExpr(terms: readonly (readonly [string, number])[], constant = 0): string {
  const parts = terms.filter(([e, c]) => c !== 0 && e !== '0u').map(([e, c]) => (c === 1 ? e : `${e} * ${c}u`));
  if (constant !== 0 || parts.length === 0) parts.push(`${constant}u`);
  return parts.join(' + ');
}

/**
 * One invocation per output element: `body` is WGSL statements that see `i` (the flat output
 * index, already bounds-checked) and assign `out[i]`. `helpers` are module-scope declarations.
 */
export function mapKernel(inputs: readonly Binding[], output: TensorType, body: string, helpers = '', hook?: KernelHook): KernelSource {
  return invocationKernel(inputs, output, numel(output.shape), body, helpers, hook);
}

/** The store statement of an op's kernel: `out[flat] = value;`, or the fused kernel's epilogue. */
export function storeVia(hook: KernelHook | undefined): (flat: string, value: string) => string {
  return hook ? (f, v) => hook.store(f, v) : (f, v) => `out[${f}] = ${v};`;
}

/** `n` invocations of `body`, each seeing its index `i` < n (rows, output elements, …). */
export function invocationKernel(inputs: readonly Binding[], output: TensorType, n: number, body: string, helpers = '', hook?: KernelHook): KernelSource {
  const d = dispatch1d(n, 64);
  return {
    code: `${hook ? hook.decls : bindingDecls(inputs, output)}
${helpers}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${n}u) { return; }
  ${body}
}
`,
    workgroups: d.workgroups,
  };
}
