/** @file reshape: same elements, new static shape (row-major order is unchanged). */
import { CompileError, formatShape, numel } from '../ir/index.ts';
import { dispatch1d } from '../codegen/wgsl.ts';
import { emitter } from './emit.ts';
import type { OpDef } from './op-def.ts';
import { wgslStorageType } from './op-def.ts';
import { shapeArb } from './testing.ts';

export interface ReshapeAttrs {
  shape: readonly number[];
}

export const reshape: OpDef<ReshapeAttrs> = {
  name: 'reshape',
  kind: 'layout',
  summary: 'same elements in a new shape',
  arity: 1,
  attrs: { shape: { kind: 'ints', doc: 'the new shape; its element count must match' } },
  infer([x], { shape }) {
    if (shape.some((d) => !Number.isInteger(d) || d < 0) || numel(shape) !== numel(x!.shape)) {
      throw new CompileError(
        'E_SHAPE_RESHAPE',
        `cannot reshape ${formatShape(x!.shape)} (${numel(x!.shape)} elements) to ${formatShape(shape)} (${numel(shape)} elements)`,
      );
    }
    return { dtype: x!.dtype, shape: [...shape] };
  },
  evaluate([x], attrs, ctx) {
    const out = ctx.alloc(this.infer([x!.type], attrs));
    out.data.set(x!.data);
    return out;
  },
  vjp: ({ b, inputs: [x], grad }) => [emitter(b).op('reshape', [grad], { shape: [...x!.type.shape] })],
  wgsl: {
    kind: 'kernel',
    emit({ output }) {
      const n = numel(output.shape);
      const t = wgslStorageType(output.dtype);
      const d = dispatch1d(n, 64);
      return {
        code: `@group(0) @binding(0) var<storage, read> x: array<${t}>;
@group(0) @binding(1) var<storage, read_write> out: array<${t}>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${n}u) { return; }
  out[i] = x[i];
}
`,
        workgroups: d.workgroups,
      };
    },
  },
  testing: {
    // Reshape to the reversed shape (same element count) with a unit axis inserted.
    cases: (fc) => shapeArb(fc).map((shape) => ({ inputs: [{ dtype: 'f32', shape }], attrs: { shape: [...[...shape].reverse(), 1] } })),
  },
};
