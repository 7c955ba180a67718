/**
 * @file Deep Dream's step as one IR graph: gradient ascent on the input image to raise a layer's
 * (or one channel's) mean activation. The image of one octave, x [1, h, w, C], is resized to the
 * model's input H×W (bilinear, half-pixel centres: two matmuls with constant interpolation matrices,
 * as the `resizing` layer; none at the last octave), run through the model probed at the layer
 * (gradcam.ts `probed`), and the objective J = mean A (or mean A[..., k]) differentiated with respect
 * to x. The step is normalised as in the classic algorithm: x' = clamp(x + η · g / (mean |g| + ε),
 * lo, hi), so η is in pixel-value units whatever the gradient's scale.
 *
 * Names: inputs `dream/x` (f32[1, h, w, C]) and `dream/step` (f32[1], η; 0 evaluates J only);
 * outputs `dream/image` (x', f32[1, h, w, C]) and `dream/objective` (J at x, f32[1]).
 */
import type { CompiledModel } from '../frontend/index.ts';
import { resizeWeights } from '../frontend/layers/image-preprocessing.ts';
import { CompileError, GraphBuilder, type Graph, type Value } from '../ir/index.ts';
import { inferType } from '../ops/registry.ts';
import { autodiff, gradName } from '../passes/autodiff.ts';
import { inlineGraph } from '../train/inline.ts';
import { camLayer, probed } from './gradcam.ts';
import { LOSS } from './graph.ts';

export const DREAM = { x: 'dream/x', step: 'dream/step', image: 'dream/image', objective: 'dream/objective' } as const;

export interface DreamGraphOptions {
  /** The layer whose activation is raised (default: the last convolution). */
  readonly layer?: string;
  /** One channel (index into the layer's last axis); default: every channel. */
  readonly channel?: number;
  /** The octave's image height and width (default: the model's input). */
  readonly size?: readonly [number, number];
  /** Pixel values are clamped to [lo, hi] after each step (default: no clamp). */
  readonly range?: readonly [number, number];
}

export interface DreamGraph {
  readonly graph: Graph;
  readonly layer: string;
  readonly channel: number | undefined;
  /** The model input without its batch axis: [H, W, C]. */
  readonly sample: readonly [number, number, number];
  /** This graph's image: [h, w, C]. */
  readonly image: readonly [number, number, number];
  /** The layer's activation shape without the batch axis. */
  readonly activation: readonly number[];
}

/** The layer asked for (any layer of the model itself), else the last convolution. */
export function dreamLayer(model: CompiledModel, asked: string | undefined): string {
  if (asked === undefined) return camLayer(model, undefined);
  if (model.layers.some((l) => l.name === asked)) return asked;
  throw new CompileError('E_EXPLAIN_LAYER', `${model.name} has no layer named '${asked}'`, { hint: `its layers: ${model.layers.map((l) => l.name).join(', ')}` });
}

export function dreamGraph(model: CompiledModel, opts: DreamGraphOptions = {}): DreamGraph {
  const layer = dreamLayer(model, opts.layer);
  const { g: fwd, input } = probed(model, layer);
  const inShape = fwd.args.find((a) => a.name === input)!.type.shape;
  if (inShape.length !== 4) throw new CompileError('E_EXPLAIN_PICTURE', `Deep Dream needs an image input [H, W, C]; ${model.name} takes [${inShape.slice(1).join(', ')}]`);
  const [, H, W, C] = inShape as [number, number, number, number];
  const [h, w] = opts.size ?? [H, W];
  if (!(Number.isInteger(h) && Number.isInteger(w) && h >= 1 && w >= 1)) throw new CompileError('E_DREAM_SIZE', `an octave's size must be positive integers, got ${h}×${w}`);
  const probe = `probe/${layer}`;
  const aType = fwd.args.find((a) => a.name === probe)!.type;
  const channels = aType.shape.at(-1)!;
  const k = opts.channel;
  if (k !== undefined && !(Number.isInteger(k) && k >= 0 && k < channels)) {
    throw new CompileError('E_DREAM_CHANNEL', `channel ${k} is out of range: layer '${layer}' has ${channels} channels (0..${channels - 1})`);
  }

  // Forward: the octave's image resized to the model input, the model, the objective; autodiff w.r.t. the image.
  const f = new GraphBuilder(`${model.name}_dream`, inferType);
  const x0 = f.input(DREAM.x, { dtype: 'f32', shape: [1, h, w, C] });
  const zeros = f.op('constant', [], { value: 0, dtype: 'f32', shape: [...aType.shape] });
  const got = inlineGraph(f, { ...fwd, outputs: fwd.outputs.filter((o) => o.name === `tap/${layer}`) }, new Map([[input, resize(f, x0, H, W)], [probe, zeros]]));
  let a = got.get(`tap/${layer}`)!;
  if (k !== undefined) {
    const rank = aType.shape.length;
    a = f.op('slice', [a], { begin: aType.shape.map((_, i) => (i === rank - 1 ? k : 0)), size: aType.shape.map((d, i) => (i === rank - 1 ? 1 : d)) });
  }
  f.output(LOSS, f.op('reduce_mean', [a], { axes: a.type.shape.map((_, i) => i), keepDims: false }));
  const grads = autodiff(f.build(), { loss: LOSS, wrt: [DREAM.x] });

  // The normalised ascent step.
  const b = new GraphBuilder(`${model.name}_dream`, inferType);
  const x = b.input(DREAM.x, { dtype: 'f32', shape: [1, h, w, C] });
  const eta = b.input(DREAM.step, { dtype: 'f32', shape: [1] });
  const out = inlineGraph(b, grads, new Map([[DREAM.x, x]]));
  const g = out.get(gradName(DREAM.x))!;
  const norm = b.op('add', [b.op('reduce_mean', [b.op('abs', [g])], { axes: [0, 1, 2, 3], keepDims: false }), scalar(b, 1e-8)]);
  let next = b.op('add', [x, b.op('mul', [b.op('div', [g, norm]), eta])]);
  if (opts.range) next = b.op('minimum', [b.op('maximum', [next, scalar(b, opts.range[0])]), scalar(b, opts.range[1])]);
  b.output(DREAM.image, next);
  b.output(DREAM.objective, b.op('reshape', [out.get(LOSS)!], { shape: [1] }));
  return { graph: b.build(), layer, channel: k, sample: [H, W, C], image: [h, w, C], activation: aType.shape.slice(1) };
}

const scalar = (b: GraphBuilder, v: number): Value => b.op('constant', [], { value: v, dtype: 'f32', shape: [] });

/** x [1, h, w, c] → [1, oh, ow, c] (the `resizing` layer's bilinear matrices, rows then columns). */
function resize(b: GraphBuilder, x: Value, oh: number, ow: number): Value {
  const [n, h, w, c] = x.type.shape as [number, number, number, number];
  let y = x;
  if (oh !== h) {
    const ry = b.op('constant', [], { value: resizeWeights(h, oh, 'bilinear'), dtype: 'f32', shape: [oh, h] });
    y = b.op('reshape', [b.op('matmul', [ry, b.op('reshape', [y], { shape: [n, h, w * c] })], { transposeA: false, transposeB: false })], { shape: [n, oh, w, c] });
  }
  if (ow !== w) {
    const rx = b.op('constant', [], { value: resizeWeights(w, ow, 'bilinear'), dtype: 'f32', shape: [ow, w] });
    y = b.op('reshape', [b.op('matmul', [rx, b.op('reshape', [y], { shape: [n * oh, w, c] })], { transposeA: false, transposeB: false })], { shape: [n, oh, ow, c] });
  }
  return y;
}
