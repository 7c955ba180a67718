/** @file concat: joins one or more tensors along an axis; the others must agree. */
import { CompileError, formatType, type TensorType } from '../ir/index.ts';
import { AXIS_ATTRS, axisCaseArb, axisRows, type AxisAttrs } from './axis-rows.ts';
import { emitter } from './emit.ts';
import { mapKernel } from './kernel.ts';
import type { KernelSource, OpDef } from './op-def.ts';

function mismatch(inputs: readonly TensorType[], why: string): CompileError {
  return new CompileError('E_SHAPE_CONCAT', `concat: ${inputs.map(formatType).join(', ')} ${why}`);
}

/** Offsets along the (normalised) axis where each operand starts, and the total length. */
function axisOffsets(inputs: readonly TensorType[], axis: number): { starts: number[]; total: number } {
  const starts: number[] = [];
  let total = 0;
  for (const t of inputs) {
    starts.push(total);
    total += t.shape[axis]!;
  }
  return { starts, total };
}

function inferConcat(inputs: readonly TensorType[], axis: number): TensorType {
  const first = inputs[0];
  if (!first) throw new CompileError('E_IR_ARITY', 'concat needs at least one operand');
  const a = axisRows('concat', first.shape, axis).axis;
  for (const t of inputs) {
    if (t.dtype !== first.dtype) throw mismatch(inputs, 'do not share a dtype');
    if (t.shape.length !== first.shape.length || t.shape.some((d, k) => k !== a && d !== first.shape[k])) {
      throw mismatch(inputs, `differ in a dimension other than axis ${axis}`);
    }
  }
  const shape = [...first.shape];
  shape[a] = axisOffsets(inputs, a).total;
  return { dtype: first.dtype, shape };
}

/**
 * One invocation per output element (o, k, r) — o over the leading axes, k along the axis, r over
 * the trailing ones — reading operand j where start_j ≤ k < start_{j+1}, at (o·len_j + k − start_j)·inner + r.
 * Each operand is a binding: past 7 operands the device's default storage-buffer limit (8) is
 * exceeded, and codegen should split the concat into a tree.
 */
function concatKernel(inputs: readonly TensorType[], output: TensorType, axis: number): KernelSource {
  const rows = axisRows('concat', output.shape, axis);
  const { starts } = axisOffsets(inputs, rows.axis);
  const read = (j: number): string => {
    const row = `o * ${inputs[j]!.shape[rows.axis]}u + ${starts[j] === 0 ? 'k' : `k - ${starts[j]}u`}`;
    return `out[i] = x${j}[${rows.inner === 1 ? row : `(${row}) * ${rows.inner}u + r`}];`;
  };
  const branches = inputs.map((_, j) => (j === inputs.length - 1 ? `{ ${read(j)} }` : `if (k < ${starts[j + 1]}u) { ${read(j)} }`));
  const body = `let o = i / ${rows.size * rows.inner}u;
  let k = (i / ${rows.inner}u) % ${rows.size}u;
  let r = i % ${rows.inner}u;
  ${branches.join(' else ')}`;
  return mapKernel(inputs.map((type, j) => ({ name: `x${j}`, type })), output, body);
}

export const concat: OpDef<AxisAttrs> = {
  name: 'concat',
  kind: 'layout',
  summary: 'join tensors along an axis',
  arity: 'variadic',
  attrs: AXIS_ATTRS,
  infer: (inputs, { axis }) => inferConcat(inputs, axis),
  // Output row o (over the leading axes) is x_0's row o, then x_1's row o, …; each row part is contiguous.
  evaluate(inputs, { axis }, ctx) {
    const out = ctx.alloc(inferConcat(inputs.map((x) => x.type), axis));
    const rows = axisRows('concat', out.type.shape, axis);
    const { starts } = axisOffsets(inputs.map((x) => x.type), rows.axis);
    inputs.forEach((x, j) => {
      const len = x.type.shape[rows.axis]! * rows.inner;
      for (let o = 0; o < rows.outer; o++) {
        out.data.set(x.data.subarray(o * len, (o + 1) * len), (o * rows.size + starts[j]!) * rows.inner);
      }
    });
    return out;
  },
  // Each operand's cotangent is its window of g.
  vjp: ({ b, inputs, grad, attrs }) => {
    const e = emitter(b);
    const a = axisRows('concat', grad.type.shape, attrs.axis).axis;
    const { starts } = axisOffsets(inputs.map((x) => x.type), a);
    return inputs.map((x, j) => {
      const begin = x.type.shape.map((_, k) => (k === a ? starts[j]! : 0));
      return e.op('slice', [grad], { begin, size: [...x.type.shape] });
    });
  },
  wgsl: { kind: 'kernel', emit: ({ inputs, output, attrs }) => concatKernel(inputs, output, attrs.axis) },
  testing: {
    cases: (fc) =>
      axisCaseArb(fc, { maxRank: 3, maxDim: 4 }).chain(({ shape, axis }) =>
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }).map((sizes) => ({
          inputs: sizes.map((d) => ({ dtype: 'f32' as const, shape: shape.map((s, k) => (k === (axis + shape.length) % shape.length ? d : s)) })),
          attrs: { axis },
        })),
      ),
  },
};
