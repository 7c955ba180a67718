/** @file max_pool2d: the maximum over each NHWC pooling window (Keras MaxPooling2D; 'same' padding is ignored, never a value). */
import type { HostData } from './op-def.ts';
import { f32, POOL_ATTRS, poolCaseArb, poolWindow, tapAt, wgslInside, wgslTap, type PoolAttrs, type Window2d } from './conv-geometry.ts';
import { emitter } from './emit.ts';
import { mapKernel, unravelExprs } from './kernel.ts';
import type { OpDef } from './op-def.ts';

/**
 * Flat offset in x of the first maximum of window (n, oh, ow) in channel c, scanning taps row-major
 * and replacing only on a strictly greater value: the tie rule the WGSL below reproduces.
 */
export function windowArgmax(x: HostData, shape: readonly number[], win: Window2d, n: number, oh: number, ow: number, c: number): number {
  const [, H, W, C] = shape as [number, number, number, number];
  let best = -Infinity;
  let at = -1;
  for (let kh = 0; kh < win.h.size; kh++) {
    const ih = tapAt(win.h, oh, kh);
    if (ih < 0) continue;
    for (let kw = 0; kw < win.w.size; kw++) {
      const iw = tapAt(win.w, ow, kw);
      if (iw < 0) continue;
      const off = ((n * H + ih) * W + iw) * C + c;
      if (at < 0 || x[off]! > best) {
        best = x[off]!;
        at = off;
      }
    }
  }
  return at;
}

/**
 * WGSL `fn dlc_pool_argmax(n, oh, ow, c) -> u32` over module-scope `x`, same scan and tie rule as
 * windowArgmax (every window holds at least one real tap, as Keras/TF padding guarantees).
 */
export function wgslWindowArgmax(shape: readonly number[], win: Window2d): string {
  const [, H, W, C] = shape as [number, number, number, number];
  return `fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < ${win.h.size}u; kh++) {
    let ih = ${wgslTap(win.h, 'oh', 'kh')};
    if (!(${wgslInside('ih', H)})) { continue; }
    for (var kw = 0u; kw < ${win.w.size}u; kw++) {
      let iw = ${wgslTap(win.w, 'ow', 'kw')};
      if (!(${wgslInside('iw', W)})) { continue; }
      let off = ((n * ${H}u + u32(ih)) * ${W}u + u32(iw)) * ${C}u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}`;
}

export const max_pool2d: OpDef<PoolAttrs> = {
  name: 'max_pool2d',
  kind: 'pool',
  summary: 'y[n,oh,ow,c] = max over the window of x[n, oh·sh − ph + kh, ow·sw − pw + kw, c] (padding ignored)',
  arity: 1,
  attrs: POOL_ATTRS,
  infer([x], attrs) {
    const win = poolWindow('max_pool2d', x!, attrs);
    return f32([x!.shape[0]!, win.h.outSize, win.w.outSize, x!.shape[3]!]);
  },
  evaluate([x], attrs, ctx) {
    const win = poolWindow('max_pool2d', x!.type, attrs);
    const out = ctx.alloc(this.infer([x!.type], attrs));
    const [N, , , C] = x!.type.shape as [number, number, number, number];
    let y = 0;
    for (let n = 0; n < N; n++) {
      for (let oh = 0; oh < win.h.outSize; oh++) {
        for (let ow = 0; ow < win.w.outSize; ow++) {
          for (let c = 0; c < C; c++) out.data[y++] = x!.data[windowArgmax(x!.data, x!.type.shape, win, n, oh, ow, c)]!;
        }
      }
    }
    return out;
  },
  // The cotangent flows to each window's (first) maximum.
  vjp: ({ b, inputs: [x], grad, attrs }) => [
    emitter(b).op('max_pool2d_grad', [x!, grad], { poolSize: [...attrs.poolSize], strides: [...attrs.strides], padding: attrs.padding }),
  ],
  wgsl: {
    kind: 'kernel',
    emit({ inputs: [x], output, attrs }) {
      const win = poolWindow('max_pool2d', x!, attrs);
      const [n, oh, ow, c] = unravelExprs(output.shape, 'i');
      return mapKernel([{ name: 'x', type: x! }], output, `out[i] = x[dlc_pool_argmax(${n}, ${oh}, ${ow}, ${c})];`, wgslWindowArgmax(x!.shape, win));
    },
  },
  testing: {
    cases: (fc) => poolCaseArb(fc).map(({ x, attrs }) => ({ inputs: [x], attrs })),
  },
};
