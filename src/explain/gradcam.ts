/**
 * @file Grad-CAM (Selvaraju et al.) and layer taps as IR graphs. The model is lowered with a probe
 * at one layer (src/frontend/lower.ts `probe`): its activation A [1, H, W, C] is an output, and a
 * zero-fed input added to it makes d score[k] / d A an ordinary input gradient. Grad-CAM weighs each
 * channel by the spatial mean of that gradient, α_c = mean_hw dS/dA[h, w, c], and keeps
 * relu(Σ_c α_c · A[h, w, c]) — a coarse [H, W] map, upsampled to the input on the host (bilinear,
 * half-pixel centres). The same probe gives the feature maps of `dlc features` (the tap alone).
 *
 * Names: inputs `explain/x` (f32[1, ...sample]) and `explain/class` (f32[classes] one-hot); outputs
 * `gradcam` (f32[1, H, W]), `scores` (f32[1, classes]) and `activation` (A).
 */
import type { CompiledModel } from '../frontend/index.ts';
import { CompileError, formatType, GraphBuilder, numel, type Graph } from '../ir/index.ts';
import { inferType } from '../ops/registry.ts';
import { autodiff, gradName } from '../passes/autodiff.ts';
import { inlineGraph } from '../train/inline.ts';
import { EXPLAIN, LOSS, scoreOf, type ExplainOptions } from './graph.ts';
import { EXPLAIN_IO } from '../runtime/explain-host.ts';

export { resizeBilinear } from '../runtime/explain-host.ts';

export const GRADCAM = { map: EXPLAIN_IO.gradcam, activation: EXPLAIN_IO.activation } as const;

const CONV_TYPES = new Set(['Conv2D', 'SeparableConv2D', 'DepthwiseConv2D', 'Conv2DTranspose']);

/** The spatial layers of a model: outputs shaped [batch, H, W, C]. */
export function spatialLayers(model: CompiledModel): { name: string; type: string; shape: readonly number[] }[] {
  return model.layers.filter((l) => l.outputShape.length === 4).map((l) => ({ name: l.name, type: l.type, shape: l.outputShape.slice(1) as number[] }));
}

/** The layer asked for (it must produce [batch, H, W, C]), or by default the last convolution. */
export function camLayer(model: CompiledModel, asked: string | undefined): string {
  const spatial = spatialLayers(model);
  if (asked === undefined) {
    const conv = spatial.filter((l) => CONV_TYPES.has(l.type)).at(-1);
    if (!conv) throw new CompileError('E_EXPLAIN_LAYER', `${model.name} has no 2-D convolution for Grad-CAM`, { hint: spatial.length ? `name a layer with --layer: ${spatial.map((l) => l.name).join(', ')}` : 'Grad-CAM needs a layer with an [H, W, C] output' });
    return conv.name;
  }
  if (spatial.some((l) => l.name === asked)) return asked;
  const exists = model.layers.find((l) => l.name === asked);
  const list = spatial.map((l) => l.name).join(', ') || 'none';
  if (exists) throw new CompileError('E_EXPLAIN_LAYER', `layer '${asked}' outputs [${exists.outputShape.map((d) => d ?? 'batch').join(', ')}], not [batch, H, W, C]`, { hint: `layers with spatial outputs: ${list}` });
  throw new CompileError('E_EXPLAIN_LAYER', `${model.name} has no layer named '${asked}'`, { hint: `layers with spatial outputs: ${list}` });
}

/** The model on one sample, probed at `layer`, with its single f32 input and single output checked. */
export function probed(model: CompiledModel, layer: string): { g: Graph; input: string; output: string } {
  const g = model.graph(1, { probe: layer });
  const inputs = g.args.filter((a) => a.kind === 'input' && !a.name.startsWith('probe/'));
  const outs = g.outputs.filter((o) => !o.name.startsWith('update/') && !o.name.startsWith('tap/'));
  if (inputs.length !== 1 || outs.length !== 1) throw new CompileError('E_EXPLAIN_UNSUPPORTED', `Grad-CAM and feature maps handle models with one input and one output; ${model.name} has ${inputs.length} inputs and ${outs.length} outputs`);
  const input = inputs[0]!;
  if (input.type.dtype !== 'f32') throw new CompileError('E_EXPLAIN_INPUT', `${model.name} takes ${formatType(input.type)} (token ids): there is no gradient with respect to integer inputs`);
  if (!g.outputs.some((o) => o.name === `tap/${layer}`)) throw new CompileError('E_EXPLAIN_LAYER', `layer '${layer}' is inside a nested model; name a layer of ${model.name} itself`);
  return { g, input: input.name, output: outs[0]!.name };
}

export interface GradCamGraph {
  readonly graph: Graph;
  readonly layer: string;
  /** The layer's activation shape without the batch axis: [H, W, C]. */
  readonly activation: readonly number[];
  readonly sample: readonly number[];
  readonly classes: number;
  readonly logits: boolean;
}

export function gradCamGraph(model: CompiledModel, opts: { layer?: string; score?: ExplainOptions['score'] } = {}): GradCamGraph {
  const layer = camLayer(model, opts.layer);
  const { g: fwd, input, output } = probed(model, layer);
  const probe = `probe/${layer}`;
  const h = GraphBuilder.from(fwd, inferType);
  const { value: score, logits } = scoreOf(h, h.value(fwd.outputs.find((o) => o.name === output)!.value), opts.score ?? 'logit');
  const classes = numel(score.type.shape);
  const flat = h.op('reshape', [score], { shape: [1, classes] });
  const onehot = h.input(EXPLAIN.cls, { dtype: 'f32', shape: [classes] });
  h.output(LOSS, h.op('reduce_sum', [h.op('mul', [flat, onehot])], { axes: [0, 1], keepDims: false }));
  h.output(EXPLAIN.scores, flat);
  const grads = autodiff(h.build(), { loss: LOSS, wrt: [probe] });

  const inType = fwd.args.find((a) => a.name === input)!.type;
  const aType = fwd.args.find((a) => a.name === probe)!.type;
  const b = new GraphBuilder(`${model.name}_gradcam`, inferType);
  const x = b.input(EXPLAIN.x, inType);
  const zeros = b.op('constant', [], { value: 0, dtype: 'f32', shape: [...aType.shape] });
  const got = inlineGraph(b, grads, new Map([[input, x], [probe, zeros]]));
  const a = got.get(`tap/${layer}`)!;
  const alpha = b.op('reduce_mean', [got.get(gradName(probe))!], { axes: [1, 2], keepDims: true });
  b.output(GRADCAM.map, b.op('relu', [b.op('reduce_sum', [b.op('mul', [a, alpha])], { axes: [3], keepDims: false })]));
  b.output(EXPLAIN.scores, got.get(EXPLAIN.scores)!);
  b.output(GRADCAM.activation, a);
  return { graph: b.build(), layer, activation: aType.shape.slice(1), sample: inType.shape.slice(1), classes, logits };
}

/** The model up to `layer` on one sample: input `explain/x`, output `activation` [1, H, W, C]. */
export function tapGraph(model: CompiledModel, layer: string): { graph: Graph; activation: readonly number[]; sample: readonly number[] } {
  const name = camLayer(model, layer);
  const { g: fwd, input } = probed(model, name);
  const probe = `probe/${name}`;
  const inType = fwd.args.find((a) => a.name === input)!.type;
  const aType = fwd.args.find((a) => a.name === probe)!.type;
  const b = new GraphBuilder(`${model.name}_tap`, inferType);
  const x = b.input(EXPLAIN.x, inType);
  const zeros = b.op('constant', [], { value: 0, dtype: 'f32', shape: [...aType.shape] });
  const got = inlineGraph(b, { ...fwd, outputs: fwd.outputs.filter((o) => o.name === `tap/${name}`) }, new Map([[input, x], [probe, zeros]]));
  b.output(GRADCAM.activation, got.get(`tap/${name}`)!);
  return { graph: b.build(), activation: aType.shape.slice(1), sample: inType.shape.slice(1) };
}
