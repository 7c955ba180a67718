/**
 * @file The benchmarked models rebuilt with TF.js's Keras layers (activations included, unlike the
 * param-count oracle in tests/unit/keras-oracle.test.ts), layers created in dlc's parameter order so
 * dlc's initial weights can be copied in one layer at a time.
 */
import type * as TF from '@tensorflow/tfjs';
import type { OptimizerConfig, LossKind } from '../src/frontend/index.ts';
import type { Tf } from './devices.ts';
import type { Weights } from './init-weights.ts';

type Sym = TF.SymbolicTensor;
type Act = 'relu' | 'sigmoid' | 'softmax' | 'tanh' | 'linear';

/** A TF.js model and its weighted layers in the order dlc lists their params. */
export interface PeerModel {
  readonly model: TF.LayersModel;
  readonly layers: readonly TF.layers.Layer[];
}

export type PeerBuilder = (tf: Tf) => PeerModel;

/** Records every layer it creates, so weights can be matched to dlc's params by creation order. */
class Maker {
  readonly made: TF.layers.Layer[] = [];
  constructor(readonly tf: Tf) {}
  private keep<L extends TF.layers.Layer>(l: L): L {
    this.made.push(l);
    return l;
  }
  dense(units: number, activation: Act = 'linear'): TF.layers.Layer {
    return this.keep(this.tf.layers.dense({ units, activation }));
  }
  conv(filters: number, k: number, o: { activation?: Act; padding?: 'same' | 'valid'; strides?: number; useBias?: boolean } = {}): TF.layers.Layer {
    return this.keep(this.tf.layers.conv2d({ filters, kernelSize: k, activation: o.activation ?? 'linear', padding: o.padding ?? 'valid', strides: o.strides ?? 1, useBias: o.useBias ?? true }));
  }
  convT(filters: number, k: number, strides: number, activation: Act): TF.layers.Layer {
    return this.keep(this.tf.layers.conv2dTranspose({ filters, kernelSize: k, strides, activation, padding: 'same' }));
  }
  bn(): TF.layers.Layer {
    return this.keep(this.tf.layers.batchNormalization({ axis: -1 }));
  }
  lstm(units: number, returnSequences: boolean): TF.layers.Layer {
    return this.keep(this.tf.layers.lstm({ units, returnSequences, recurrentActivation: 'sigmoid' }));
  }
  /** A sequential stack built functionally; `layers` are thunks so creation order is application order. */
  seq(shape: number[], layers: (() => TF.layers.Layer)[]): PeerModel {
    const x = this.tf.input({ shape });
    const y = layers.reduce((h: Sym, l) => l().apply(h) as Sym, x);
    return { model: this.tf.model({ inputs: x, outputs: y }), layers: this.made };
  }
}

const pool = (m: Maker) => () => m.tf.layers.maxPooling2d({ poolSize: 2 });

function resnet(tf: Tf): PeerModel {
  const m = new Maker(tf);
  const ap = (l: TF.layers.Layer, x: Sym | Sym[]): Sym => l.apply(x) as Sym;
  const relu = (x: Sym): Sym => ap(tf.layers.reLU(), x);
  // conv then its batch norm, created in that order (dlc's param order).
  const convBn = (x: Sym, f: number, k: number, s: number): Sym => {
    const c = m.conv(f, k, { strides: s, padding: 'same', useBias: false });
    return ap(m.bn(), ap(c, x));
  };
  const image = tf.input({ shape: [32, 32, 3] });
  let h = relu(convBn(image, 16, 3, 1));
  for (const [f, s] of [[16, 1], [32, 2], [64, 2]] as const) {
    const y = convBn(relu(convBn(h, f, 3, s)), f, 3, 1);
    const skip = s === 1 && f === 16 ? h : convBn(h, f, 1, s);
    h = relu(ap(tf.layers.add(), [y, skip]));
  }
  const out = ap(m.dense(10, 'softmax'), ap(tf.layers.globalAveragePooling2d({}), h));
  return { model: tf.model({ inputs: image, outputs: out }), layers: m.made };
}

/** Builders by dlc model name. */
export const PEERS: Readonly<Record<string, PeerBuilder>> = {
  iris_mlp: (tf) => { const m = new Maker(tf); return m.seq([4], [() => m.dense(32, 'relu'), () => m.dense(16, 'relu'), () => m.dense(3, 'softmax')]); },
  mnist_mlp: (tf) => {
    const m = new Maker(tf);
    return m.seq([784], [() => m.dense(128, 'relu'), () => tf.layers.dropout({ rate: 0.2 }), () => m.dense(64, 'relu'), () => m.dense(10, 'softmax')]);
  },
  mnist_cnn: (tf) => {
    const m = new Maker(tf);
    return m.seq([28, 28, 1], [() => m.conv(32, 3, { activation: 'relu' }), pool(m), () => m.conv(64, 3, { activation: 'relu' }), pool(m), () => tf.layers.flatten(), () => m.dense(64, 'relu'), () => m.dense(10, 'softmax')]);
  },
  resnet_small: resnet,
  lstm: (tf) => { const m = new Maker(tf); return m.seq([100, 1], [() => m.lstm(50, true), () => m.lstm(50, false), () => m.dense(1)]); },
  dense_autoencoder: (tf) => {
    const m = new Maker(tf);
    return m.seq([784], [() => m.dense(128, 'relu'), () => m.dense(32, 'relu'), () => m.dense(128, 'relu'), () => m.dense(784, 'sigmoid')]);
  },
  conv_autoencoder: (tf) => {
    const m = new Maker(tf);
    const same = { activation: 'relu' as const, padding: 'same' as const };
    return m.seq([28, 28, 1], [
      () => m.conv(16, 3, same), pool(m), () => m.conv(8, 3, same), pool(m), () => m.convT(8, 3, 2, 'relu'),
      () => tf.layers.upSampling2d({ size: [2, 2] }), () => m.conv(16, 3, same), () => m.conv(1, 3, { activation: 'sigmoid', padding: 'same' }),
    ]);
  },
};

/**
 * Copies dlc's initial weights into the peer: dlc's params grouped by layer, in order, against the
 * peer's weighted layers in creation order; every shape must agree or the comparison is refused.
 */
export function copyWeights(tf: Tf, peer: PeerModel, params: readonly { name: string; layer: string; shape: readonly number[] }[], weights: Weights): void {
  const groups = new Map<string, typeof params[number][]>();
  for (const p of params) groups.set(p.layer, [...(groups.get(p.layer) ?? []), p]);
  const dlcLayers = [...groups.values()];
  if (dlcLayers.length !== peer.layers.length) throw new Error(`peer has ${peer.layers.length} weighted layers, dlc ${dlcLayers.length}`);
  dlcLayers.forEach((ps, i) => {
    const layer = peer.layers[i]!;
    const shapes = layer.getWeights().map((w) => w.shape.join('×'));
    const ours = ps.map((p) => p.shape.join('×'));
    if (shapes.join(',') !== ours.join(',')) throw new Error(`layer ${i} (${ps[0]!.layer}) shapes differ: TF.js ${shapes} vs dlc ${ours}`);
    const ts = ps.map((p) => tf.tensor(weights.get(p.name)!, [...p.shape]));
    layer.setWeights(ts);
    tf.dispose(ts);
  });
}

/** The TF.js optimizer closest to dlc's config (TF.js has no decoupled weight decay: noted, not emulated). */
export function peerOptimizer(tf: Tf, o: OptimizerConfig): { optimizer: TF.Optimizer; note?: string } {
  const c = o as unknown as Record<string, number | boolean | string>;
  const lr = Number(c.learningRate ?? 1e-3);
  const note = Number(c.weightDecay ?? 0) > 0 ? 'TF.js has no decoupled weight decay; its optimizer runs without it' : undefined;
  switch (c.kind) {
    case 'adam': return { optimizer: tf.train.adam(lr, Number(c.beta1 ?? 0.9), Number(c.beta2 ?? 0.999), Number(c.epsilon ?? 1e-7)), note };
    case 'rmsprop': return { optimizer: tf.train.rmsprop(lr, Number(c.rho ?? 0.9), Number(c.momentum ?? 0), Number(c.epsilon ?? 1e-7)), note };
    case 'sgd': {
      const momentum = Number(c.momentum ?? 0);
      return { optimizer: momentum > 0 ? tf.train.momentum(lr, momentum, Boolean(c.nesterov)) : tf.train.sgd(lr), note };
    }
    default: return { optimizer: tf.train.adam(lr), note: `optimizer ${String(c.kind)} mapped to Adam` };
  }
}

export function peerLoss(loss: LossKind): string {
  const map: Record<string, string> = { categoricalCrossentropy: 'categoricalCrossentropy', binaryCrossentropy: 'binaryCrossentropy', mse: 'meanSquaredError', mae: 'meanAbsoluteError', sparseCategoricalCrossentropy: 'sparseCategoricalCrossentropy' };
  return map[loss] ?? 'meanSquaredError';
}
