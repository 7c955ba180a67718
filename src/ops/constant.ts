/** @file constant: a tensor baked into the graph, either one value splatted or every value listed. */
import { CompileError, formatShape, numel, type DType } from '../ir/index.ts';
import type { OpDef } from './op-def.ts';
import { wgslStorageType } from './op-def.ts';
import { shapeArb } from './testing.ts';
import { dispatch1d, wgslLiteral } from '../codegen/wgsl.ts';

export interface ConstantAttrs {
  /** One number (splat) or numel(shape) numbers, row-major. */
  value: number | readonly number[];
  dtype: DType;
  shape: readonly number[];
}

function valueAt(attrs: ConstantAttrs, i: number): number {
  return typeof attrs.value === 'number' ? attrs.value : attrs.value[i]!;
}

export const constant: OpDef<ConstantAttrs> = {
  name: 'constant',
  kind: 'source',
  summary: 'a constant tensor (a splat value, or every value listed)',
  arity: 0,
  attrs: {
    value: { kind: 'values', doc: 'one value, or numel(shape) values' },
    dtype: { kind: 'dtype' },
    shape: { kind: 'ints' },
  },
  infer(_inputs, { value, dtype, shape }) {
    if (shape.some((d) => !Number.isInteger(d) || d < 0)) {
      throw new CompileError('E_SHAPE_INVALID', `constant shape ${formatShape(shape)} has a negative or fractional dimension`);
    }
    if (typeof value !== 'number' && value.length !== numel(shape)) {
      throw new CompileError('E_SHAPE_MISMATCH', `constant lists ${value.length} values for shape ${formatShape(shape)} (${numel(shape)} elements)`);
    }
    return { dtype, shape: [...shape] };
  },
  evaluate(_inputs, attrs, ctx) {
    const out = ctx.alloc(this.infer([], attrs));
    for (let i = 0; i < out.data.length; i++) out.data[i] = valueAt(attrs, i);
    return out;
  },
  vjp: null,
  wgsl: {
    kind: 'kernel',
    emit({ output, attrs }) {
      const n = numel(output.shape);
      const t = wgslStorageType(output.dtype);
      const d = dispatch1d(n, 64);
      const splat = typeof attrs.value === 'number';
      const table = splat
        ? ''
        : `const VALUES = array<${t}, ${n}>(${(attrs.value as readonly number[]).map((v) => wgslLiteral(v, output.dtype)).join(', ')});\n`;
      const v = splat ? wgslLiteral(attrs.value as number, output.dtype) : 'VALUES[i]';
      return {
        code: `${table}@group(0) @binding(0) var<storage, read_write> out: array<${t}>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${n}u) { return; }
  out[i] = ${v};
}
`,
        workgroups: d.workgroups,
      };
    },
  },
  testing: {
    cases: (fc) =>
      fc.tuple(shapeArb(fc), fc.boolean(), fc.double({ min: -5, max: 5, noNaN: true })).map(([shape, splat, v]) => ({
        inputs: [],
        attrs: { dtype: 'f32', shape, value: splat ? v : Array.from({ length: numel(shape) }, (_, i) => v + i) },
      })),
  },
};
