/** @file Activations lowered to registry ops, and the activation layers (`relu`, `leakyRelu({ alpha })`, `activation('selu')`, …). */
import type { Value } from '../../ir/index.ts';
import type { ActivationName } from '../args.ts';
import { defineLayer, type Lowerer } from './layer-def.ts';

/** Per-activation options: LeakyReLU/ELU `alpha`, ThresholdedReLU `theta`, RReLU `lower`/`upper` and its noise `seed`. */
export interface ActivationParams {
  readonly alpha?: number | undefined;
  readonly theta?: number | undefined;
  readonly lower?: number | undefined;
  readonly upper?: number | undefined;
  readonly seed?: number | undefined;
}

/** SELU's constants (Klambauer et al. 2017), as Keras. */
const SELU_ALPHA = 1.6732632423543772;
const SELU_SCALE = 1.0507009873554805;

/**
 * Keras defaults: LeakyReLU alpha 0.3, ELU alpha 1, exact GELU, softmax over the last axis,
 * ThresholdedReLU theta 1, hard sigmoid as Keras 3 (relu6(x + 3) / 6; Keras 2 and TF.js use
 * clip(0.2·x + 0.5, 0, 1)), RReLU slopes in [1/8, 1/3] (PyTorch's defaults; Keras has no RReLU).
 */
export function applyActivation(l: Lowerer, name: ActivationName, x: Value, shape: readonly number[], o: ActivationParams = {}): Value {
  const op = (n: string, xs: readonly Value[], attrs: Record<string, number | boolean> = {}): Value => l.op(n, xs, attrs, shape);
  const k = (v: number): Value => l.fill(v, []);
  switch (name) {
    case 'linear':
      return x;
    case 'relu':
    case 'sigmoid':
    case 'tanh':
    case 'softplus':
      return op(name, [x]);
    case 'exponential':
      return op('exp', [x]);
    case 'softmax':
      return op('softmax', [x], { axis: -1 });
    case 'leakyRelu':
      return op('leaky_relu', [x], { alpha: o.alpha ?? 0.3 });
    case 'elu':
      return op('elu', [x], { alpha: o.alpha ?? 1 });
    case 'gelu':
      return op('gelu', [x], { approximate: false });
    case 'selu':
      return op('mul', [op('elu', [x], { alpha: SELU_ALPHA }), k(SELU_SCALE)]);
    case 'swish':
    case 'silu':
      return op('mul', [x, op('sigmoid', [x])]);
    case 'softsign':
      return op('div', [x, op('add', [op('abs', [x]), k(1)])]);
    case 'relu6':
      return op('minimum', [op('relu', [x]), k(6)]);
    case 'hardSigmoid':
      return op('minimum', [op('relu', [op('add', [op('mul', [x, k(1 / 6)]), k(0.5)])]), k(1)]);
    case 'mish':
      return op('mul', [x, op('tanh', [op('softplus', [x])])]);
    case 'thresholdedRelu': {
      const keep = l.op('greater', [x, k(o.theta ?? 1)], {}, shape, 'bool');
      return op('where', [keep, x, k(0)]);
    }
    case 'rrelu':
      return rrelu(l, x, shape, o);
  }
}

/** RReLU: x for x ≥ 0, a·x otherwise, a ~ U(lower, upper) per element in training, (lower + upper)/2 at inference. */
function rrelu(l: Lowerer, x: Value, shape: readonly number[], o: ActivationParams): Value {
  const lo = o.lower ?? 1 / 8;
  const hi = o.upper ?? 1 / 3;
  if (!l.training || lo === hi) return l.op('leaky_relu', [x], { alpha: (lo + hi) / 2 }, shape);
  const u = l.op('random_uniform', [l.training.step()], { seed: l.training.seed(o.seed ?? 0), shape: [...shape], distribution: 'uniform' }, shape);
  const slope = l.op('add', [l.op('mul', [u, l.fill(hi - lo, [])], {}, shape), l.fill(lo, [])], {}, shape);
  const neg = l.op('minimum', [x, l.fill(0, [])], {}, shape);
  return l.op('add', [l.op('relu', [x], {}, shape), l.op('mul', [neg, slope], {}, shape)], {}, shape);
}

/** Keras class and auto-name stem of each activation used as a layer. */
const KERAS: Record<ActivationName, [string, string]> = {
  relu: ['ReLU', 're_lu'],
  softmax: ['Softmax', 'softmax'],
  leakyRelu: ['LeakyReLU', 'leaky_re_lu'],
  elu: ['ELU', 'elu'],
  thresholdedRelu: ['ThresholdedReLU', 'thresholded_re_lu'],
  rrelu: ['RReLU', 'r_re_lu'],
  sigmoid: ['Activation', 'activation'],
  tanh: ['Activation', 'activation'],
  gelu: ['Activation', 'activation'],
  linear: ['Activation', 'activation'],
  selu: ['Activation', 'activation'],
  swish: ['Activation', 'activation'],
  silu: ['Activation', 'activation'],
  softplus: ['Activation', 'activation'],
  softsign: ['Activation', 'activation'],
  relu6: ['Activation', 'activation'],
  hardSigmoid: ['Activation', 'activation'],
  exponential: ['Activation', 'activation'],
  mish: ['Activation', 'activation'],
};

/** The options each activation's layer form takes besides `name` and `trainable`. */
const OPTIONS: Partial<Record<ActivationName, Record<string, 'number' | 'int'>>> = {
  leakyRelu: { alpha: 'number' },
  elu: { alpha: 'number' },
  thresholdedRelu: { theta: 'number' },
  rrelu: { lower: 'number', upper: 'number', seed: 'int' },
};

export type ActivationConfig = ActivationParams;

/** The layer form of an activation; `leakyRelu`/`elu` take `{ alpha }`, `thresholdedRelu` `{ theta }`, `rrelu` `{ lower, upper, seed }`. */
export function activationLayer(name: ActivationName) {
  const [kerasType, baseName] = KERAS[name];
  const extra = OPTIONS[name] ?? {};
  return defineLayer<ActivationConfig>({
    dslName: name,
    kerasType,
    baseName,
    arity: 1,
    parse: (a) => {
      const o = a.options(0, { ...extra, name: 'string', trainable: 'bool' });
      a.atMost(1);
      return o as ActivationConfig;
    },
    build: (_cfg, [x]) => ({ output: x!.shape, params: [] }),
    lower: (l, cfg, [x], _p, out) => applyActivation(l, name, x!, [l.batch, ...out], cfg),
  });
}

/** Keras `Activation(name)`: any activation by name as a layer, `activation('selu')`. */
export const activation = defineLayer<{ name: ActivationName }>({
  dslName: 'activation', kerasType: 'Activation', baseName: 'activation', arity: 1,
  parse(a) {
    const name = a.required(0, 'the activation name', 'activation') as ActivationName;
    a.options(1, { name: 'string', trainable: 'bool' });
    a.atMost(2);
    return { name };
  },
  build: (_c, [x]) => ({ output: x!.shape, params: [] }),
  lower: (l, c, [x], _p, out) => applyActivation(l, c.name, x!, [l.batch, ...out]),
});
