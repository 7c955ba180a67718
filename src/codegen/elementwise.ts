/** @file The generic broadcasting elementwise kernel: an op's WGSL expression wrapped in baked-in index math. */
import { numel, stridesOf, type Shape, type TensorType } from '../ir/index.ts';
import { broadcastStrides } from '../ops/broadcast.ts';
import { wgslStorageType, type ElementwiseWgsl, type KernelSource } from '../ops/op-def.ts';
import { dispatch1d } from './wgsl.ts';

const WORKGROUP = 64;

/** The output's dimensions after merging, and each operand's element stride along them (0: broadcast). */
export interface IndexSpace {
  readonly sizes: readonly number[];
  readonly strides: readonly (readonly number[])[];
}

/**
 * Drops size-1 dimensions and merges neighbours that every operand walks contiguously (or
 * broadcasts along both), so `[4,5,6] + [6]` indexes as `[20,6]`: fewer divisions on the GPU, and
 * kernels that differ only in such reshapes become identical code, which the plan deduplicates.
 */
export function indexSpace(inputs: readonly Shape[], output: Shape): IndexSpace {
  const all = inputs.map((s) => broadcastStrides(s, output));
  const keep = output.map((_, d) => d).filter((d) => output[d] !== 1);
  const sizes: number[] = [];
  const strides: number[][] = inputs.map(() => []);
  for (const d of keep) {
    const last = sizes.length - 1;
    const mergeable = last >= 0 && all.every((s, k) => strides[k]![last] === s[d]! * output[d]!);
    if (mergeable) {
      sizes[last] = sizes[last]! * output[d]!;
      all.forEach((s, k) => (strides[k]![last] = s[d]!));
    } else {
      sizes.push(output[d]!);
      all.forEach((s, k) => strides[k]!.push(s[d]!));
    }
  }
  return { sizes, strides };
}

/** WGSL for the flat element index of one operand, given the coordinate names `c<k>`. */
export function operandIndex(space: IndexSpace, k: number, used: Set<number>): string {
  const own = space.strides[k]!;
  const dense = stridesOf(space.sizes);
  if (own.every((s, d) => s === dense[d])) return 'i';
  const terms: string[] = [];
  own.forEach((s, d) => {
    if (s === 0) return;
    used.add(d);
    terms.push(s === 1 ? `c${d}` : `c${d} * ${s}u`);
  });
  return terms.length === 0 ? '0u' : terms.join(' + ');
}

/** `let c<d> = …;` for each coordinate an operand needs (the outermost needs no modulo, since i < n). */
export function coordinateLets(sizes: readonly number[], used: ReadonlySet<number>): string[] {
  const dense = stridesOf(sizes);
  return [...used]
    .sort((a, b) => a - b)
    .map((d) => {
      const q = dense[d] === 1 ? 'i' : `(i / ${dense[d]}u)`;
      return `  let c${d} = ${d === 0 ? q : `${q} % ${sizes[d]}u`};`;
    });
}

/** The operand as its logical type: bool is stored as u32, so it is compared back to bool on load. */
function loadOperand(t: TensorType, k: number, index: string): string {
  const v = `in${k}[${index}]`;
  return t.dtype === 'bool' ? `(${v} != 0u)` : v;
}

/**
 * One invocation per output element: load each operand at its broadcast index, evaluate the op's
 * expression, store (bool as `select(0u, 1u, e)`). Bindings follow the op contract.
 */
export function emitElementwise<A>(
  wgsl: ElementwiseWgsl<A>,
  attrs: A,
  inputs: readonly TensorType[],
  output: TensorType,
): KernelSource {
  const n = numel(output.shape);
  const space = indexSpace(
    inputs.map((t) => t.shape),
    output.shape,
  );
  const used = new Set<number>();
  const indices = inputs.map((_, k) => operandIndex(space, k, used));
  const expr = wgsl.expr(
    inputs.map((_, k) => `x${k}`),
    attrs,
    { inputs, output },
  );
  const stored = output.dtype === 'bool' ? `select(0u, 1u, ${expr})` : expr;
  const d = dispatch1d(n, WORKGROUP);
  const decls = inputs.map((t, k) => `@group(0) @binding(${k}) var<storage, read> in${k}: array<${wgslStorageType(t.dtype)}>;`);
  const body = [
    `  ${d.index}`,
    `  if (i >= ${n}u) { return; }`,
    ...coordinateLets(space.sizes, used),
    ...inputs.map((t, k) => `  let x${k} = ${loadOperand(t, k, indices[k]!)};`),
    `  out[i] = ${stored};`,
  ];
  const code = [
    ...(wgsl.helpers ? [wgsl.helpers.trim(), ''] : []),
    ...decls,
    `@group(0) @binding(${inputs.length}) var<storage, read_write> out: array<${wgslStorageType(output.dtype)}>;`,
    '',
    `@compute @workgroup_size(${WORKGROUP})`,
    'fn main(@builtin(global_invocation_id) gid: vec3<u32>) {',
    ...body,
    '}',
    '',
  ].join('\n');
  return { code, workgroups: d.workgroups };
}
