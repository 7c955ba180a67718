/** @file broadcast_to: NumPy broadcast of one tensor to a larger shape. */
import { CompileError, formatShape, numel, sameShape, stridesOf } from '../ir/index.ts';
import { dispatch1d } from '../codegen/wgsl.ts';
import { broadcastIndexMap, broadcastShapes, broadcastStrides } from './broadcast.ts';
import type { OpDef } from './op-def.ts';
import { wgslStorageType } from './op-def.ts';
import { broadcastPairArb } from './testing.ts';

export interface BroadcastToAttrs {
  shape: readonly number[];
}

export const broadcast_to: OpDef<BroadcastToAttrs> = {
  name: 'broadcast_to',
  kind: 'layout',
  summary: 'broadcast to a shape (NumPy rules)',
  arity: 1,
  attrs: { shape: { kind: 'ints', doc: 'target shape' } },
  infer([x], { shape }) {
    const ok = (() => {
      try {
        return sameShape(broadcastShapes(x!.shape, shape), shape);
      } catch {
        return false;
      }
    })();
    if (!ok) throw new CompileError('E_SHAPE_BROADCAST', `cannot broadcast ${formatShape(x!.shape)} to ${formatShape(shape)}`);
    return { dtype: x!.dtype, shape: [...shape] };
  },
  evaluate([x], attrs, ctx) {
    const out = ctx.alloc(this.infer([x!.type], attrs));
    const idx = broadcastIndexMap(x!.type.shape, out.type.shape);
    for (let i = 0; i < out.data.length; i++) out.data[i] = x!.data[idx(i)]!;
    return out;
  },
  // The central sum-to-shape in autodiff undoes the broadcast.
  vjp: ({ grad }) => [grad],
  wgsl: {
    kind: 'kernel',
    emit({ inputs: [x], output }) {
      const n = numel(output.shape);
      const t = wgslStorageType(output.dtype);
      const d = dispatch1d(n, 64);
      const os = stridesOf(output.shape);
      const bs = broadcastStrides(x!.shape, output.shape);
      const src = output.shape.map((dim, k) => (bs[k] === 0 ? '' : `((i / ${os[k]}u) % ${dim}u) * ${bs[k]}u`)).filter(Boolean).join(' + ') || '0u';
      return {
        code: `@group(0) @binding(0) var<storage, read> x: array<${t}>;
@group(0) @binding(1) var<storage, read_write> out: array<${t}>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${d.index}
  if (i >= ${n}u) { return; }
  out[i] = x[${src}];
}
`,
        workgroups: d.workgroups,
      };
    },
  },
  testing: {
    cases: (fc) =>
      broadcastPairArb(fc).map(([a, b]) => {
        const full = broadcastShapes(a, b);
        return { inputs: [{ dtype: 'f32', shape: a }], attrs: { shape: full } };
      }),
  },
};
