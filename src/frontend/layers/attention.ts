/** @file Multi-head attention (Keras `MultiHeadAttention`): query/key/value/output projections per head. */
import type { Value } from '../../ir/index.ts';
import { defineLayer, param, type InitName, type Lowerer, type ParamSpec } from './layer-def.ts';
import { fmt } from './shape.ts';

interface MhaConfig {
  heads: number;
  keyDim: number;
  valueDim: number;
  useBias: boolean;
  init: InitName;
}

/**
 * Applied to [query, value] or [query, value, key], each [B, T, D]. Weights as Keras shapes them:
 * query/key/value kernels [D, heads, dim] with biases [heads, dim], output kernel [heads, dim, Dq].
 */
export const multiHeadAttention = defineLayer<MhaConfig>({
  dslName: 'multiHeadAttention', kerasType: 'MultiHeadAttention', baseName: 'multi_head_attention', arity: 'many',
  parse(a) {
    const heads = a.required(0, 'the number of heads', 'size') as number;
    const o = a.options(1, { keyDim: 'size', valueDim: 'size', useBias: 'bool', kernelInitializer: 'initializer', name: 'string', trainable: 'bool' });
    if (o.keyDim === undefined) throw a.missing('keyDim');
    a.atMost(2);
    const keyDim = o.keyDim as number;
    return { heads, keyDim, valueDim: (o.valueDim as number | undefined) ?? keyDim, useBias: (o.useBias as boolean | undefined) ?? true, init: (o.kernelInitializer as InitName | undefined) ?? 'glorotUniform' };
  },
  build(c, xs, at) {
    if (xs.length < 2 || xs.length > 3) throw at.error('E_ARGUMENT_COUNT', `${at.layerName} is applied to [query, value] or [query, value, key], got ${xs.length} tensors`);
    for (const x of xs) if (x.shape.length !== 2) throw at.error('E_SHAPE_RANK', `${at.layerName} expects sequences [batch, time, features], got ${fmt(x.shape)}`);
    const [q, v] = [xs[0]!.shape, xs[1]!.shape];
    const k = (xs[2] ?? xs[1]!).shape;
    if (k[0] !== v[0]) throw at.error('E_SHAPE_MISMATCH', `${at.layerName}: key ${fmt(k)} and value ${fmt(v)} must have the same length`);
    const h = c.heads;
    const proj = (name: string, d: number, dim: number): ParamSpec[] => [
      param(`${name}/kernel`, [d, h, dim], c.init, true), ...(c.useBias ? [param(`${name}/bias`, [h, dim], 'zeros', true)] : []),
    ];
    const params = [...proj('query', q[1]!, c.keyDim), ...proj('key', k[1]!, c.keyDim), ...proj('value', v[1]!, c.valueDim),
      param('attention_output/kernel', [h, c.valueDim, q[1]!], c.init, true), ...(c.useBias ? [param('attention_output/bias', [q[1]!], 'zeros', true)] : [])];
    return { output: q, params };
  },
  lower: (l, c, xs, p, out) => attention(l, c, xs, p, out),
});

/** Projects [N, T, D] to per-head [N, h, T, dim]. */
function heads(l: Lowerer, x: Value, kernel: Value, bias: Value | undefined, h: number, dim: number): Value {
  const [n, t, d] = x.type.shape as [number, number, number];
  const flat = l.op('reshape', [x], { shape: [n * t, d] }, [n * t, d]);
  const w = l.op('reshape', [kernel], { shape: [d, h * dim] }, [d, h * dim]);
  let y = l.op('matmul', [flat, w], { transposeA: false, transposeB: false }, [n * t, h * dim]);
  if (bias) y = l.op('add', [y, l.op('reshape', [bias], { shape: [h * dim] }, [h * dim])], {}, [n * t, h * dim]);
  const split = l.op('reshape', [y], { shape: [n, t, h, dim] }, [n, t, h, dim]);
  return l.op('transpose', [split], { perm: [0, 2, 1, 3] }, [n, h, t, dim]);
}

function attention(l: Lowerer, c: MhaConfig, xs: readonly Value[], p: Readonly<Record<string, Value>>, out: readonly number[]): Value {
  const [query, value] = [xs[0]!, xs[1]!];
  const key = xs[2] ?? value;
  const n = l.batch;
  const [tq, dq] = [query.type.shape[1]!, query.type.shape[2]!];
  const tk = key.type.shape[1]!;
  const h = c.heads;
  const q = heads(l, query, p['query/kernel']!, p['query/bias'], h, c.keyDim);
  const k = heads(l, key, p['key/kernel']!, p['key/bias'], h, c.keyDim);
  const v = heads(l, value, p['value/kernel']!, p['value/bias'], h, c.valueDim);
  const scores = l.op('matmul', [q, k], { transposeA: false, transposeB: true }, [n, h, tq, tk]);
  const scaled = l.op('mul', [scores, l.fill(1 / Math.sqrt(c.keyDim), [])], {}, [n, h, tq, tk]);
  const probs = l.op('softmax', [scaled], { axis: -1 }, [n, h, tq, tk]);
  const ctx = l.op('matmul', [probs, v], { transposeA: false, transposeB: false }, [n, h, tq, c.valueDim]);
  const merged = l.op('reshape', [l.op('transpose', [ctx], { perm: [0, 2, 1, 3] }, [n, tq, h, c.valueDim])], { shape: [n * tq, h * c.valueDim] }, [n * tq, h * c.valueDim]);
  const wo = l.op('reshape', [p['attention_output/kernel']!], { shape: [h * c.valueDim, dq] }, [h * c.valueDim, dq]);
  let y = l.op('matmul', [merged, wo], { transposeA: false, transposeB: false }, [n * tq, dq]);
  if (p['attention_output/bias']) y = l.op('add', [y, p['attention_output/bias']], {}, [n * tq, dq]);
  return l.op('reshape', [y], { shape: [n, ...out] }, [n, ...out]);
}
