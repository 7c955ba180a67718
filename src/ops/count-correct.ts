/**
 * @file count_correct: how many rows (over the last axis) of `pred` have their argmax where the
 * target's is: the argmax of a dense target row, or an i32 class label per row. The accuracy
 * metric's count in one kernel, instead of argmax, argmax, equal, cast and two sums (ties and NaN
 * as argmax: the first largest wins, a NaN never does). An integer count, so the sum is exact
 * in f32 (below 2^24 rows) whatever the order.
 */
import { CompileError, formatType, sameShape, type TensorType } from '../ir/index.ts';
import { classRows } from './cross-entropy.ts';
import { LOSS_TYPE } from './loss.ts';
import type { HostTensor, KernelHook, KernelSource, OpDef } from './op-def.ts';
import { bindingDecls, storeVia } from './kernel.ts';
import { LANES, WGSL_LANE_SUM } from './workgroup-reduce.ts';

const NAME = 'count_correct';

function argmaxOf(data: ArrayLike<number>, base: number, size: number): number {
  let best = 0;
  for (let k = 1; k < size; k++) if (data[base + k]! > data[base + best]!) best = k;
  return best;
}

function evaluate(pred: HostTensor, truth: HostTensor): number {
  const rows = classRows(NAME, pred.type.shape);
  const dense = truth.type.dtype === 'f32';
  let hits = 0;
  for (let r = 0; r < rows.count; r++) {
    const guess = argmaxOf(pred.data, r * rows.size, rows.size);
    const want = dense ? argmaxOf(truth.data, r * rows.size, rows.size) : truth.data[r]!;
    if (guess === want) hits++;
  }
  return hits;
}

function infer(pred: TensorType, truth: TensorType): TensorType {
  if (pred.dtype !== 'f32') throw new CompileError('E_DTYPE', `${NAME} takes f32 predictions, got ${formatType(pred)}`);
  classRows(NAME, pred.shape);
  const dense = truth.dtype === 'f32' && sameShape(truth.shape, pred.shape);
  const labels = truth.dtype === 'i32' && sameShape(truth.shape, pred.shape.slice(0, -1));
  if (!dense && !labels) throw new CompileError('E_SHAPE', `${NAME}: the target ${formatType(truth)} must be f32 like the predictions ${formatType(pred)}, or i32 class labels of shape [${pred.shape.slice(0, -1).join(', ')}]`);
  return LOSS_TYPE;
}

/** One workgroup: each lane counts its rows, then a tree sum over the lanes; lane 0 stores. */
function countKernel(pred: TensorType, truth: TensorType, hook: KernelHook | undefined): KernelSource {
  const rows = classRows(NAME, pred.shape);
  const dense = truth.dtype === 'f32';
  // A label outside [0, C) (a negative one reads as a huge u32) matches no row, as equal() of argmax would not.
  const want = dense ? 'dlc_argmax_truth(base)' : 'u32(truth[k])';
  const decls = hook ? hook.decls : bindingDecls([{ name: 'pred', type: pred }, { name: 'truth', type: truth }], LOSS_TYPE);
  const argmaxFn = (name: string, arr: string): string => `fn ${name}(base: u32) -> u32 {
  var best = ${arr}[base];
  var arg = 0u;
  for (var c = 1u; c < ${rows.size}u; c++) {
    let v = ${arr}[base + c];
    if (v > best) { best = v; arg = c; }
  }
  return arg;
}`;
  return {
    code: `${decls}
${argmaxFn('dlc_argmax_pred', 'pred')}
${dense ? argmaxFn('dlc_argmax_truth', 'truth') : ''}
${WGSL_LANE_SUM}
@compute @workgroup_size(${LANES})
fn main(@builtin(local_invocation_index) lane: u32) {
  var acc = 0.0;
  for (var k = lane; k < ${rows.count}u; k += ${LANES}u) {
    let base = k * ${rows.size}u;
    if (dlc_argmax_pred(base) == ${want}) { acc += 1.0; }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { ${storeVia(hook)('0', 'total')} }
}
`,
    workgroups: [1, 1, 1],
  };
}

export const count_correct: OpDef<Record<string, never>> = {
  name: NAME,
  kind: 'reduce',
  summary: 'number of rows whose argmax matches the target row’s argmax (or its i32 label)',
  arity: 2,
  attrs: {},
  infer: ([p, t]) => infer(p!, t!),
  evaluate([p, t], _attrs, ctx) {
    const out = ctx.alloc(LOSS_TYPE);
    out.data[0] = evaluate(p!, t!);
    return out;
  },
  vjp: null,
  wgsl: {
    kind: 'kernel',
    // The running sum (metric/correct += count) fuses as the epilogue.
    epilogue: { inputs: ['pred', 'truth'] },
    emit: ({ inputs: [p, t], hook }) => countKernel(p!, t!, hook),
  },
  testing: {
    // Dense targets (argmax of each row) and i32 labels; small integer-valued logits make ties common.
    cases: (fc) =>
      fc.tuple(fc.integer({ min: 1, max: 70 }), fc.integer({ min: 1, max: 7 }), fc.boolean()).map(([rows, classes, dense]) => ({
        inputs: [
          { dtype: 'f32' as const, shape: [rows, classes] },
          dense ? { dtype: 'f32' as const, shape: [rows, classes] } : { dtype: 'i32' as const, shape: [rows] },
        ],
        attrs: {},
        domains: [{ min: -2, max: 2, integer: true }, dense ? { min: 0, max: 1, integer: true } : { min: 0, max: classes - 1, integer: true }],
      })),
  },
};
