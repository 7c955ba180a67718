/** @file Activations as registry ops, and the activation layers (`relu`, `leakyRelu({ alpha })`, …). */
import type { Value } from '../../ir/index.ts';
import type { ActivationName } from '../args.ts';
import { defineLayer, type Lowerer } from './layer-def.ts';

/** Keras defaults: LeakyReLU alpha 0.3, ELU alpha 1, exact GELU, softmax over the last axis. */
export function applyActivation(l: Lowerer, name: ActivationName, x: Value, shape: readonly number[], alpha?: number): Value {
  switch (name) {
    case 'linear':
      return x;
    case 'relu':
    case 'sigmoid':
    case 'tanh':
      return l.op(name, [x], {}, shape);
    case 'softmax':
      return l.op('softmax', [x], { axis: -1 }, shape);
    case 'leakyRelu':
      return l.op('leaky_relu', [x], { alpha: alpha ?? 0.3 }, shape);
    case 'elu':
      return l.op('elu', [x], { alpha: alpha ?? 1 }, shape);
    case 'gelu':
      return l.op('gelu', [x], { approximate: false }, shape);
  }
}

/** Keras class and auto-name stem of each activation used as a layer. */
const KERAS: Record<ActivationName, [string, string]> = {
  relu: ['ReLU', 're_lu'],
  softmax: ['Softmax', 'softmax'],
  leakyRelu: ['LeakyReLU', 'leaky_re_lu'],
  elu: ['ELU', 'elu'],
  sigmoid: ['Activation', 'activation'],
  tanh: ['Activation', 'activation'],
  gelu: ['Activation', 'activation'],
  linear: ['Activation', 'activation'],
};

export interface ActivationConfig {
  readonly alpha: number | undefined;
}

/** The layer form of an activation; `leakyRelu` and `elu` take `{ alpha }`. */
export function activationLayer(name: ActivationName) {
  const [kerasType, baseName] = KERAS[name];
  const hasAlpha = name === 'leakyRelu' || name === 'elu';
  return defineLayer<ActivationConfig>({
    dslName: name,
    kerasType,
    baseName,
    arity: 1,
    parse: (a) => {
      const o = a.options(0, hasAlpha ? { alpha: 'number', name: 'string', trainable: 'bool' } : { name: 'string', trainable: 'bool' });
      a.atMost(1);
      return { alpha: o.alpha as number | undefined };
    },
    build: (_cfg, [x]) => ({ output: x!.shape, params: [] }),
    lower: (l, cfg, [x], _p, out) => applyActivation(l, name, x!, [l.batch, ...out], cfg.alpha),
  });
}
