/** @file max_pool2d_grad: max_pool2d's input gradient, each window's cotangent routed to its first maximum. */
import { f32, POOL_ATTRS, poolCaseArb, poolWindow, requireShape, wgslInverseTap, type PoolAttrs } from './conv-geometry.ts';
import { mapKernel, storeVia, unravelExprs } from './kernel.ts';
import { wgslWindowArgmax, windowArgmax } from './max-pool2d.ts';
import type { OpDef } from './op-def.ts';

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
