/** @file max_pool2d_grad: max_pool2d's input gradient, each window's cotangent routed to its first maximum. */
import { f32, POOL_ATTRS, poolCaseArb, poolWindow, requireShape, wgslInverseTap, type Axis, type PoolAttrs, type Window2d } from './conv-geometry.ts';
import { numel, type TensorType } from '../ir/index.ts';
import { invocationKernel, mapKernel, storeVia, unravelExprs } from './kernel.ts';
import { wgslWindowArgmax, windowArgmax } from './max-pool2d.ts';
import type { KernelHook, KernelSource, OpDef } from './op-def.ts';

export const max_pool2d_grad: OpDef<PoolAttrs> = {
  name: 'max_pool2d_grad',
  kind: 'pool',
  summary: 'dx = Σ over windows of dy[window] at the window’s first argmax (x, dy → dx shaped like x)',
  arity: 2,
  attrs: POOL_ATTRS,
  infer([x, dy], attrs) {
    const win = poolWindow('max_pool2d_grad', x!, attrs);
    requireShape('max_pool2d_grad', 'the output gradient', dy!.shape, [x!.shape[0]!, win.h.outSize, win.w.outSize, x!.shape[3]!]);
    return f32(x!.shape);
  },
  // Scatter form: each window adds its cotangent at its argmax.
  evaluate([x, dy], attrs, ctx) {
    const out = ctx.alloc(this.infer([x!.type, dy!.type], attrs));
    const win = poolWindow('max_pool2d_grad', x!.type, attrs);
    const [N, , , C] = x!.type.shape as [number, number, number, number];
    const acc = new Float64Array(out.data.length);
    let y = 0;
    for (let n = 0; n < N; n++) {
      for (let oh = 0; oh < win.h.outSize; oh++) {
        for (let ow = 0; ow < win.w.outSize; ow++) {
          for (let c = 0; c < C; c++) acc[windowArgmax(x!.data, x!.type.shape, win, n, oh, ow, c)]! += dy!.data[y++]!;
        }
      }
    }
    out.data.set(acc);
    return out;
  },
  // Piecewise constant in x (zero gradient almost everywhere); linear in dy, but its adjoint (a
  // gather at each window's argmax) has no op yet, so no second-order gradient through max pooling.
  vjp: null,
  wgsl: {
    kind: 'kernel',
    // Gather form (no float atomics in WGSL): each x element visits the windows that contain it
    // and takes their cotangent if it is that window's argmax.
    // One invocation per input element (a gather over the windows): the ReLU mask after it fuses as the epilogue.
    epilogue: { inputs: ['x', 'dy'] },
    emit({ inputs: [x, dy], output, attrs, hook }) {
      const win = poolWindow('max_pool2d_grad', x!, attrs);
      if (disjoint(win) && win.h.outSize > 0 && win.w.outSize > 0) return windowMajor(x!, dy!, output, win, hook);
      const [, OH, OW, C] = dy!.shape as [number, number, number, number];
      const [n, h, w, c] = unravelExprs(output.shape, 'i');
      const body = `let n = ${n}; let ih = ${h}; let iw = ${w}; let c = ${c};
  var acc = 0.0;
  for (var kh = 0u; kh < ${win.h.size}u; kh++) {
    ${wgslInverseTap(win.h, 'ih', 'kh', 'oh')}
    for (var kw = 0u; kw < ${win.w.size}u; kw++) {
      ${wgslInverseTap(win.w, 'iw', 'kw', 'ow')}
      if (dlc_pool_argmax(n, oh, ow, c) == i) { acc += dy[((n * ${OH}u + oh) * ${OW}u + ow) * ${C}u + c]; }
    }
  }
  ${storeVia(hook)('i', 'acc')}`;
      return mapKernel([{ name: 'x', type: x! }, { name: 'dy', type: dy! }], output, body, wgslWindowArgmax(x!.shape, win), hook);
    },
  },
  testing: {
    // Half the cases draw x from {0, 1, 2}, so windows hold ties and the first-max rule is checked.
    cases: (fc) =>
      fc.tuple(poolCaseArb(fc), fc.boolean()).map(([{ x, attrs }, ties]) => {
        const win = poolWindow('max_pool2d_grad', x, attrs);
        const dy = f32([x.shape[0]!, win.h.outSize, win.w.outSize, x.shape[3]!]);
        return { inputs: [x, dy], attrs, ...(ties ? { domains: [{ min: 0, max: 2, integer: true }, undefined] } : {}) };
      }),
  },
};

/** Windows that never share an input element (stride ≥ size on both axes: the usual 2×2 pool of stride 2). */
const disjoint = (win: Window2d): boolean => [win.h, win.w].every((a) => a.stride >= a.size && a.dilation === 1);

/**
 * WGSL binding `${p}0` and `${p}1`, the input rows (or columns) [start, end) that pooled row `o`
 * owns: from its window's start to the next window's (the first from 0, the last to the edge), so
 * the pooled positions partition the input, each window inside its own cell. Returns the longest cell.
 */
function cell(a: Axis, o: string, p: string): { wgsl: string; longest: number } {
  const start = (e: string): string => `${e} * ${a.stride}${a.pad ? ` - ${a.pad}` : ''}`;
  const last = a.outSize - 1;
  const wgsl = `let ${p}0 = max(${start(`i32(${o})`)}, 0); let ${p}1 = select(${start(`(i32(${o}) + 1)`)}, ${a.inSize}, ${o} == ${last}u);`;
  return { wgsl, longest: Math.max(a.stride, a.inSize - (last * a.stride - a.pad)) };
}

/**
 * Disjoint windows, one invocation per pooled element: its argmax found once (the window's reads
 * once, where the gather form finds each window's argmax once per element of it, size_h·size_w
 * times) and dy read once, then every input element of its cell stored (dy at the argmax, 0
 * elsewhere) through the epilogue. MNIST CNN's first pool gradient on lavapipe: 24 reads per 4
 * elements become 5 (4 x, 1 dy).
 */
function windowMajor(x: TensorType, dy: TensorType, output: TensorType, win: Window2d, hook?: KernelHook): KernelSource {
  const [, H, W, C] = x.shape as [number, number, number, number];
  const [n, ph, pw, c] = unravelExprs(dy.shape, 'i');
  const [rows, cols] = [cell(win.h, 'ph', 'h'), cell(win.w, 'pw', 'w')];
  const body = `let n = ${n}; let ph = ${ph}; let pw = ${pw}; let c = ${c};
  let at = dlc_pool_argmax(n, ph, pw, c);
  let g = dy[i];
  ${rows.wgsl}
  ${cols.wgsl}
  for (var r = 0u; r < ${rows.longest}u; r++) {
    let ih = h0 + i32(r);
    if (ih >= h1) { break; }
    for (var q = 0u; q < ${cols.longest}u; q++) {
      let iw = w0 + i32(q);
      if (iw >= w1) { break; }
      let off = ((n * ${H}u + u32(ih)) * ${W}u + u32(iw)) * ${C}u + c;
      ${storeVia(hook)('off', 'select(0.0, g, off == at)')}
    }
  }`;
  return invocationKernel([{ name: 'x', type: x }, { name: 'dy', type: dy }], output, numel(dy.shape), body, wgslWindowArgmax(x.shape, win), hook);
}
