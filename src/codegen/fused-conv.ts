/**
 * @file The fused conv2d kernel: a direct convolution per output element with the epilogue applied
 * before the store, or, when a pooling window follows, one invocation per pooled element that
 * computes the conv (and its epilogue) at each tap of its window, so the full-size activation never
 * reaches memory.
 */
import { numel } from '../ir/index.ts';
import { poolWindow, wgslInside, wgslTap, type PoolAttrs, type Window2d } from '../ops/conv-geometry.ts';
import { conv2dShapes, type Conv2dAttrs } from '../ops/conv2d.ts';
import { unravelExprs } from '../ops/kernel.ts';
import type { KernelSource } from '../ops/op-def.ts';
import type { GroupContext } from './fused-kernels.ts';
import { dispatch1d, f32Literal } from './wgsl.ts';

export function emitConvGroup(ctx: GroupContext): KernelSource {
  const conv = ctx.node(ctx.group.anchor!);
  const [x, w] = conv.inputs as [number, number];
  const { win } = conv2dShapes('conv2d', ctx.type(x), ctx.type(w), conv.attrs as unknown as Conv2dAttrs);
  const convFn = convFunction(ctx.scope.inputName.get(x)!, ctx.scope.inputName.get(w)!, ctx.type(x).shape, ctx.type(w).shape, win);
  const post = ctx.group.post;
  if (post === undefined) return direct(ctx, convFn, conv.type.shape);
  return pooled(ctx, convFn, conv.type.shape, post);
}

/** `fn dlc_conv(n, oh, ow, co) -> f32`: Σ over taps and input channels, padding skipped. */
function convFunction(xs: string, ws: string, xShape: readonly number[], wShape: readonly number[], win: Window2d): string {
  const [, H, W, C] = xShape as [number, number, number, number];
  const [KH, KW, , O] = wShape as [number, number, number, number];
  return `fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < ${KH}u; kh++) {
    let ih = ${wgslTap(win.h, 'oh', 'kh')};
    if (!(${wgslInside('ih', H)})) { continue; }
    for (var kw = 0u; kw < ${KW}u; kw++) {
      let iw = ${wgslTap(win.w, 'ow', 'kw')};
      if (!(${wgslInside('iw', W)})) { continue; }
      let xb = ((n * ${H}u + u32(ih)) * ${W}u + u32(iw)) * ${C}u;
      let wb = (kh * ${KW}u + kw) * ${C * O}u + co;
      for (var c = 0u; c < ${C}u; c++) { acc = fma(${xs}[xb + c], ${ws}[wb + c * ${O}u], acc); }
    }
  }
  return acc;
}`;
}

function direct(ctx: GroupContext, convFn: string, out: readonly number[]): KernelSource {
  const mid = ctx.mid();
  const n = numel(out);
  const d = dispatch1d(n, 64);
  const [b, oh, ow, co] = unravelExprs(out, 'i');
  return {
    code: `${ctx.preamble()}
${convFn}
${mid}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${n}u) { return; }
  dlc_mid(i, dlc_conv(${b}, ${oh}, ${ow}, ${co}));
}
`,
    workgroups: d.workgroups,
  };
}

function pooled(ctx: GroupContext, convFn: string, convShape: readonly number[], post: number): KernelSource {
  const pool = ctx.node(post);
  const pwin = poolWindow(pool.op, ctx.type(pool.inputs[0]!), pool.attrs as unknown as PoolAttrs);
  const isMax = pool.op === 'max_pool2d';
  const mid = ctx.mid(pool.inputs[0]!);
  const tail = ctx.tail();
  const [, OH, OW, O] = convShape as [number, number, number, number];
  const n = numel(pool.type.shape);
  const d = dispatch1d(n, 64);
  const [b, ph, pw, co] = unravelExprs(pool.type.shape, 'i');
  const combine = isMax ? 'm = max(m, v);' : 'm += v;';
  const result = isMax ? 'm' : `m / ${f32Literal(pwin.h.size * pwin.w.size)}`;
  return {
    code: `${ctx.preamble()}
${convFn}
${mid}
${tail}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${n}u) { return; }
  let n = ${b}; let ph = ${ph}; let pw = ${pw}; let co = ${co};
  var m = ${isMax ? '-3.4028234e38' : '0.0'};
  for (var kh = 0u; kh < ${pwin.h.size}u; kh++) {
    let oh = ${wgslTap(pwin.h, 'ph', 'kh')};
    if (!(${wgslInside('oh', OH)})) { continue; }
    for (var kw = 0u; kw < ${pwin.w.size}u; kw++) {
      let ow = ${wgslTap(pwin.w, 'pw', 'kw')};
      if (!(${wgslInside('ow', OW)})) { continue; }
      let v = dlc_mid(((n * ${OH}u + u32(oh)) * ${OW}u + u32(ow)) * ${O}u + co, dlc_conv(n, u32(oh), u32(ow), co));
      ${combine}
    }
  }
  dlc_tail(i, ${result});
}
`,
    workgroups: d.workgroups,
  };
}
