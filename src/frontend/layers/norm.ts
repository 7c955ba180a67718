/** @file Normalisation layers (batch norm, layer norm) and PReLU, the per-feature learned activation. */
import { numel } from '../../ir/index.ts';
import type { Value } from '../../ir/index.ts';
import { defineLayer, param, type Lowerer, type ParamSpec } from './layer-def.ts';
import { fmt } from './shape.ts';

interface BatchNormConfig {
  epsilon: number;
  momentum: number;
  center: boolean;
  scale: boolean;
}

/**
 * Batch norm over the channel axis: gamma, beta (trainable) and moving_mean, moving_variance (state,
 * non-trainable), 4 per channel as Keras counts them. Inference graphs use the moving statistics.
 */
export const batchNorm = defineLayer<BatchNormConfig>({
  dslName: 'batchNorm', kerasType: 'BatchNormalization', baseName: 'batch_normalization', arity: 1,
  parse(a) {
    const o = a.options(0, { epsilon: 'positive', momentum: 'rate', center: 'bool', scale: 'bool', name: 'string', trainable: 'bool' });
    a.atMost(1);
    return {
      epsilon: (o.epsilon as number | undefined) ?? 1e-3, momentum: (o.momentum as number | undefined) ?? 0.99,
      center: (o.center as boolean | undefined) ?? true, scale: (o.scale as boolean | undefined) ?? true,
    };
  },
  build(c, [x], at) {
    if (x!.shape.length === 0) throw at.error('E_SHAPE_RANK', `${at.layerName} needs a channel axis, got ${fmt(x!.shape)}`);
    const ch = [x!.shape[x!.shape.length - 1]!];
    const params: ParamSpec[] = [];
    if (c.scale) params.push(param('gamma', ch, 'ones', true));
    if (c.center) params.push(param('beta', ch, 'zeros', true));
    params.push({ name: 'moving_mean', shape: ch, init: 'zeros', trainable: false, kind: 'state' });
    params.push({ name: 'moving_variance', shape: ch, init: 'ones', trainable: false, kind: 'state' });
    return { output: x!.shape, params };
  },
  lower(l, c, [x], p, out) {
    const ch = [out[out.length - 1]!];
    const gamma = p.gamma ?? l.fill(1, ch);
    const beta = p.beta ?? l.fill(0, ch);
    const full = [l.batch, ...out];
    if (!l.training) return l.op('batch_norm', [x!, gamma, beta, p.moving_mean!, p.moving_variance!], { epsilon: c.epsilon, training: false }, full);
    const batch = updateMovingStats(l, c.momentum, x!, p, ch);
    // Training mode leaves its mean and variance operands unused; the batch statistics stand in for
    // the moving ones there, so nothing reads the moving statistics after their update and the plan
    // writes that update in place (no copy per step).
    return l.op('batch_norm', [x!, gamma, beta, batch.mean, batch.variance], { epsilon: c.epsilon, training: true }, full);
  },
});

/**
 * Keras 3 training-mode statistics: moving ← moving·m + batch·(1 − m), with the batch mean and the
 * biased batch variance (`ops.moments`), the same statistics the batch is normalised with (returned).
 */
function updateMovingStats(l: Lowerer, momentum: number, x: Value, p: Readonly<Record<string, Value>>, ch: number[]): { mean: Value; variance: Value } {
  const axes = x.type.shape.slice(0, -1).map((_, i) => i);
  const mean = l.op('reduce_mean', [x], { axes, keepDims: false }, ch);
  const centred = l.op('sub', [x, mean], {}, x.type.shape);
  const variance = l.op('reduce_mean', [l.op('square', [centred], {}, x.type.shape)], { axes, keepDims: false }, ch);
  const m = l.fill(momentum, []);
  const rest = l.fill(1 - momentum, []);
  const blend = (moving: Value, batch: Value): Value => l.op('add', [l.op('mul', [moving, m], {}, ch), l.op('mul', [batch, rest], {}, ch)], {}, ch);
  l.training!.update('moving_mean', blend(p.moving_mean!, mean));
  l.training!.update('moving_variance', blend(p.moving_variance!, variance));
  return { mean, variance };
}

/** Layer norm over the last axis with a learned gamma and beta (Keras epsilon 1e-3). */
export const layerNorm = defineLayer<{ epsilon: number }>({
  dslName: 'layerNorm', kerasType: 'LayerNormalization', baseName: 'layer_normalization', arity: 1,
  parse(a) {
    const o = a.options(0, { epsilon: 'positive', name: 'string', trainable: 'bool' });
    a.atMost(1);
    return { epsilon: (o.epsilon as number | undefined) ?? 1e-3 };
  },
  build(_c, [x], at) {
    if (x!.shape.length === 0) throw at.error('E_SHAPE_RANK', `${at.layerName} needs a feature axis, got ${fmt(x!.shape)}`);
    const ch = [x!.shape[x!.shape.length - 1]!];
    return { output: x!.shape, params: [param('gamma', ch, 'ones', true), param('beta', ch, 'zeros', true)] };
  },
  lower: (l, c, [x], p, out) => l.op('layer_norm', [x!, p.gamma!, p.beta!], { epsilon: c.epsilon }, [l.batch, ...out]),
});

/** PReLU: a learned slope per input element (Keras's default: no shared axes). */
export const prelu = defineLayer<{ init: 'zeros' | 'ones' }>({
  dslName: 'prelu', kerasType: 'PReLU', baseName: 'p_re_lu', arity: 1,
  parse(a) {
    const o = a.options(0, { alphaInitializer: { oneOf: ['zeros', 'ones'] }, name: 'string', trainable: 'bool' });
    a.atMost(1);
    return { init: (o.alphaInitializer as 'zeros' | 'ones' | undefined) ?? 'zeros' };
  },
  build: (c, [x]) => ({ output: x!.shape, params: [param('alpha', x!.shape, c.init, true)] }),
  lower: (l, _c, [x], p, out) => l.op('prelu', [x!, p.alpha!], {}, [l.batch, ...out]),
});

export const countOf = numel;
