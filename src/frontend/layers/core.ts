/** @file Core layers: dense, flatten, reshape, dropout, embedding, and the merge layers add and concatenate. */
import { numel } from '../../ir/index.ts';
import type { ActivationName } from '../args.ts';
import { applyActivation } from './activation.ts';
import { weightInit } from '../initializers.ts';
import { defineLayer, param, regularized, type InitName, type Regularization, type WeightConstraint } from './layer-def.ts';
import { checkElements, expectRank, fmt } from './shape.ts';
import { EMBEDDING_WEIGHTS, penaltyOptions, readPenalties, withPenalties, type Penalties } from './penalties.ts';

const WEIGHTED = {
  activation: 'activation', useBias: 'bool', kernelInitializer: 'initializer', biasInitializer: 'initializer', kernel: 'weights', bias: 'weights',
  kernelRegularizer: 'regularizer', biasRegularizer: 'regularizer', kernelConstraint: 'constraint', biasConstraint: 'constraint', activityRegularizer: 'regularizer',
  name: 'string', trainable: 'bool',
} as const;

interface DenseConfig {
  units: number;
  activation: ActivationName;
  useBias: boolean;
  kernelInit: InitName;
  biasInit: InitName;
  kernelReg?: Regularization | undefined;
  biasReg?: Regularization | undefined;
  kernelCon?: WeightConstraint | undefined;
  biasCon?: WeightConstraint | undefined;
}

/** Dense on [B, D] (or [B, T, D], per time step): kernel [D, units], bias [units]. */
export const dense = defineLayer<DenseConfig>({
  dslName: 'dense', kerasType: 'Dense', baseName: 'dense', arity: 1,
  parse(a) {
    const units = a.required(0, 'the number of units', 'size') as number;
    const o = a.options(1, WEIGHTED);
    a.atMost(2);
    return {
      units, activation: (o.activation as ActivationName | undefined) ?? 'linear', useBias: (o.useBias as boolean | undefined) ?? true,
      kernelInit: weightInit(a, o, 'kernel', 'kernelInitializer', 'glorotUniform'), biasInit: weightInit(a, o, 'bias', 'biasInitializer', 'zeros', o.useBias !== false),
      kernelReg: o.kernelRegularizer as Regularization | undefined, biasReg: o.biasRegularizer as Regularization | undefined,
      kernelCon: o.kernelConstraint as WeightConstraint | undefined, biasCon: o.biasConstraint as WeightConstraint | undefined,
    };
  },
  build(cfg, [x], at) {
    if (x!.shape.length === 0 || x!.shape.length > 2) {
      throw at.error('E_SHAPE_RANK', `${at.layerName} expects a rank-2 input [batch, features] (or a sequence [batch, time, features]), got ${fmt(x!.shape)}`, x!.shape.length > 2 ? 'insert flatten() (or globalAvgPool2d()) before this layer' : undefined);
    }
    const d = x!.shape[x!.shape.length - 1]!;
    const kernel = checkElements(at, [d, cfg.units], 'kernel');
    const params = [regularized(param('kernel', kernel, cfg.kernelInit, true), cfg.kernelReg, cfg.kernelCon)];
    if (cfg.useBias) params.push(regularized(param('bias', [cfg.units], cfg.biasInit, true), cfg.biasReg, cfg.biasCon));
    return { output: [...x!.shape.slice(0, -1), cfg.units], params };
  },
  lower(l, cfg, [x], p, out) {
    const d = x!.type.shape[x!.type.shape.length - 1]!;
    const rows = numel(x!.type.shape) / d;
    const flat = x!.type.shape.length === 2 ? x! : l.op('reshape', [x!], { shape: [rows, d] }, [rows, d]);
    let y = l.op('matmul', [flat, p.kernel!], { transposeA: false, transposeB: false }, [rows, cfg.units]);
    if (cfg.useBias) y = l.op('add', [y, p.bias!], {}, [rows, cfg.units]);
    const full = [l.batch, ...out];
    if (full.length !== 2) y = l.op('reshape', [y], { shape: full }, full);
    return applyActivation(l, cfg.activation, y, full);
  },
});

/** Flatten: every axis but the batch into one. */
export const flatten = defineLayer<Record<string, never>>({
  dslName: 'flatten', kerasType: 'Flatten', baseName: 'flatten', arity: 1,
  parse(a) {
    a.options(0, { name: 'string', trainable: 'bool' });
    a.atMost(1);
    return {};
  },
  build: (_c, [x]) => ({ output: [numel(x!.shape)], params: [] }),
  lower: (l, _c, [x], _p, out) => l.op('reshape', [x!], { shape: [l.batch, ...out] }, [l.batch, ...out], x!.type.dtype === 'i32' ? 'i32' : 'f32'),
});

/** Reshape the non-batch axes; one -1 entry is inferred. */
export const reshape = defineLayer<{ target: readonly number[] }>({
  dslName: 'reshape', kerasType: 'Reshape', baseName: 'reshape', arity: 1,
  parse(a) {
    const target = a.required(0, 'the target shape', 'ints') as number[];
    a.options(1, { name: 'string', trainable: 'bool' });
    a.atMost(2);
    return { target };
  },
  build(cfg, [x], at) {
    const n = numel(x!.shape);
    const known = cfg.target.filter((d) => d !== -1);
    if (cfg.target.filter((d) => d === -1).length > 1 || known.some((d) => d <= 0)) {
      throw at.error('E_SHAPE_RESHAPE', `${at.layerName}: target shape [${cfg.target.join(', ')}] must have positive sizes and at most one -1`);
    }
    const rest = numel(known);
    const output = cfg.target.map((d) => (d === -1 ? n / rest : d));
    if (numel(output) !== n || !output.every(Number.isInteger)) {
      throw at.error('E_SHAPE_RESHAPE', `${at.layerName}: cannot reshape ${fmt(x!.shape)} (${n} elements per sample) to (None, ${cfg.target.join(', ')})`);
    }
    return { output, params: [] };
  },
  lower: (l, _c, [x], _p, out) => l.op('reshape', [x!], { shape: [l.batch, ...out] }, [l.batch, ...out]),
});

/** Dropout: the identity in inference graphs; in training mode a counter-based mask keyed by (seed, step, element). */
export const dropout = defineLayer<{ rate: number; seed: number }>({
  dslName: 'dropout', kerasType: 'Dropout', baseName: 'dropout', arity: 1,
  parse(a) {
    const rate = a.required(0, 'the drop rate', 'rate') as number;
    const o = a.options(1, { seed: 'int', name: 'string', trainable: 'bool' });
    a.atMost(2);
    return { rate, seed: (o.seed as number | undefined) ?? 0 };
  },
  build: (_c, [x]) => ({ output: x!.shape, params: [] }),
  lower: (l, c, [x], _p, out) => (l.training && c.rate > 0 ? l.op('dropout', [x!, l.training.step()], { rate: c.rate, seed: l.training.seed(c.seed) }, [l.batch, ...out]) : x!),
});

/** Embedding: int token ids [B, T] → [B, T, outputDim] through a [inputDim, outputDim] table. */
export const embedding = defineLayer<{ inputDim: number; outputDim: number; init: InitName; penalties: Penalties }>({
  dslName: 'embedding', kerasType: 'Embedding', baseName: 'embedding', arity: 1,
  parse(a) {
    const inputDim = a.required(0, 'the vocabulary size (inputDim)', 'size') as number;
    const outputDim = a.required(1, 'the embedding size (outputDim)', 'size') as number;
    const o = a.options(2, { embeddingsInitializer: 'initializer', name: 'string', trainable: 'bool', ...penaltyOptions(EMBEDDING_WEIGHTS) });
    a.atMost(3);
    return { inputDim, outputDim, init: (o.embeddingsInitializer as InitName | undefined) ?? 'glorotUniform', penalties: readPenalties(o, EMBEDDING_WEIGHTS) };
  },
  build(cfg, [x], at) {
    if (x!.dtype !== 'i32') {
      throw at.error('E_DTYPE', `${at.layerName} looks up integer token ids, but its input is float32`, "declare the input with input([...], { dtype: 'int32' }) (or inputDtype: 'int32' in sequential)");
    }
    const table = checkElements(at, [cfg.inputDim, cfg.outputDim], 'embedding table');
    return { output: [...x!.shape, cfg.outputDim], params: withPenalties([param('embeddings', table, cfg.init, true)], cfg.penalties) };
  },
  lower: (l, _c, [x], p, out) => l.op('gather', [p.embeddings!, x!], { axis: 0 }, [l.batch, ...out]),
});

/**
 * PositionEmbedding (keras_nlp): a learned [sequenceLength, D] table whose first T rows are returned for a
 * [B, T, D] input, broadcast over the batch; add it to token embeddings to give attention word order.
 */
export const positionEmbedding = defineLayer<{ length: number; init: InitName }>({
  dslName: 'positionEmbedding', kerasType: 'PositionEmbedding', baseName: 'position_embedding', arity: 1,
  parse(a) {
    const length = a.required(0, 'the longest sequence length', 'size') as number;
    const o = a.options(1, { initializer: 'initializer', name: 'string', trainable: 'bool' });
    a.atMost(2);
    return { length, init: (o.initializer as InitName | undefined) ?? 'glorotUniform' };
  },
  build(cfg, [x], at) {
    expectRank(at, x!.shape, 2, 'a sequence [batch, time, features]', 'apply it to token embeddings [batch, time, features]');
    const [t, d] = x!.shape as [number, number];
    if (t > cfg.length) throw at.error('E_SHAPE_MISMATCH', `${at.layerName}: sequences of length ${t} are longer than its ${cfg.length} positions`, `use positionEmbedding(${t})`);
    return { output: x!.shape, params: [param('embeddings', checkElements(at, [cfg.length, d], 'position table'), cfg.init, true)] };
  },
  lower(l, cfg, _xs, p, out) {
    const [t, d] = out as [number, number];
    const rows = t === cfg.length ? p.embeddings! : l.op('slice', [p.embeddings!], { begin: [0, 0], size: [t, d] }, [t, d]);
    const one = l.op('reshape', [rows], { shape: [1, t, d] }, [1, t, d]);
    return l.op('broadcast_to', [one], { shape: [l.batch, t, d] }, [l.batch, t, d]);
  },
});

/** add: elementwise sum of two or more same-shaped tensors (Keras `Add`). */
export const add = defineLayer<Record<string, never>>({
  dslName: 'add', kerasType: 'Add', baseName: 'add', arity: 'many',
  parse: () => ({}),
  build(_c, xs, at) {
    const first = xs[0]!.shape;
    for (const x of xs.slice(1)) {
      if (x.shape.length !== first.length || x.shape.some((d, i) => d !== first[i])) {
        throw at.error('E_SHAPE_MISMATCH', `${at.layerName}: cannot add tensors of shapes ${fmt(first)} and ${fmt(x.shape)}`, 'project the shortcut (e.g. a 1×1 conv2d with matching filters and strides) so both shapes agree');
      }
    }
    return { output: first, params: [] };
  },
  lower(l, _c, xs, _p, out) {
    let acc = xs[0]!;
    for (const x of xs.slice(1)) acc = l.op('add', [acc, x], {}, [l.batch, ...out]);
    return acc;
  },
});

/** concatenate: joins tensors along `axis` (default -1); other axes must agree. */
export const concatenate = defineLayer<{ axis: number }>({
  dslName: 'concatenate', kerasType: 'Concatenate', baseName: 'concatenate', arity: 'many',
  parse: (a) => ({ axis: (a.options(1, { axis: 'int', name: 'string', trainable: 'bool' }).axis as number | undefined) ?? -1 }),
  build(cfg, xs, at) {
    const rank = xs[0]!.shape.length + 1;
    const axis = cfg.axis < 0 ? cfg.axis + rank : cfg.axis;
    if (axis < 1 || axis >= rank) throw at.error('E_SHAPE_AXIS', `${at.layerName}: axis ${cfg.axis} is out of range for rank ${rank} tensors (the batch axis 0 cannot be joined)`);
    const out = [...xs[0]!.shape];
    for (const x of xs.slice(1)) {
      const ok = x.shape.length === rank - 1 && x.shape.every((d, i) => i === axis - 1 || d === out[i]);
      if (!ok) throw at.error('E_SHAPE_MISMATCH', `${at.layerName}: cannot concatenate ${fmt(xs[0]!.shape)} and ${fmt(x.shape)} along axis ${cfg.axis}`);
      out[axis - 1]! += x.shape[axis - 1]!;
    }
    return { output: out, params: [] };
  },
  lower: (l, cfg, xs, _p, out) => {
    const rank = out.length + 1;
    return l.op('concat', xs, { axis: cfg.axis < 0 ? cfg.axis + rank : cfg.axis }, [l.batch, ...out]);
  },
});

export { expectRank };
