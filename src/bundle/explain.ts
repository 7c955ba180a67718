/**
 * @file `dlc build --explain`: the input-attribution programs of src/explain as extra entry points of
 * a bundle (saliency: gradient, smoothgrad, integrated; gradCam at one spatial layer), their raw
 * weights (explain programs differentiate the unfolded model, so batch norm is not folded there),
 * and the manifest's explain section the runtime's saliency() / gradCam() read.
 */
import type { CompiledModel } from '../frontend/index.ts';
import type { Graph } from '../ir/index.ts';
import { camLayer, spatialLayers } from '../explain/gradcam.ts';
import { compileGradCam } from '../explain/gradcam-program.ts';
import { EXPLAIN_METHODS, explainGraph } from '../explain/graph.ts';
import { compileExplain } from '../explain/program.ts';
import type { ManifestExplain, SaliencyMethod } from '../runtime/bundle-types.ts';
import { EXPLAIN_IO } from '../runtime/explain-host.ts';
import type { Plan } from '../runtime/plan-types.ts';
import type { EntrySource } from './manifest.ts';
import type { WeightMap } from './weights.ts';

export interface ExplainBuildOptions {
  /** SmoothGrad's noisy copies and integrated gradients' path points, fixed in the plans (default 16). */
  readonly samples?: number;
  /** Grad-CAM's layer (default: the last convolution; none when the model has no spatial layer). */
  readonly layer?: string;
  /** Which to build (default: every saliency method, and gradcam where the model has a convolution). */
  readonly methods?: readonly ExplainBuildMethod[];
}

export type ExplainBuildMethod = SaliencyMethod | 'gradcam';
export const EXPLAIN_BUILD_METHODS: readonly ExplainBuildMethod[] = [...EXPLAIN_METHODS, 'gradcam'];

export interface ExplainEntries {
  readonly entries: EntrySource[];
  /** The raw weights the explain plans read. */
  readonly weights: WeightMap;
  readonly explain: ManifestExplain;
  readonly graphs: Graph[];
}

/** Entry point names, as the runtime's saliency() finds them through the manifest. */
const ENTRY: Readonly<Record<SaliencyMethod, string>> = { gradient: 'saliency', smoothgrad: 'smoothgrad', integrated: 'integrated' };

export function explainEntries(model: CompiledModel, raw: WeightMap, opts: ExplainBuildOptions = {}): ExplainEntries {
  const samples = opts.samples ?? 16;
  const entries: EntrySource[] = [];
  const graphs: Graph[] = [];
  const methods: Partial<Record<SaliencyMethod, { entry: string; samples: number }>> = {};
  let shape: { classes: number; sample: readonly number[]; logits: boolean } | undefined;
  const wanted = new Set(opts.methods ?? EXPLAIN_BUILD_METHODS);
  for (const method of EXPLAIN_METHODS.filter((m) => wanted.has(m))) {
    const p = compileExplain(model, { method, samples });
    shape ??= { classes: p.classes, sample: p.sample, logits: p.logits };
    entries.push({ name: ENTRY[method], plan: p.plan, hiddenInputs: [EXPLAIN_IO.cls, EXPLAIN_IO.noise] });
    graphs.push(p.graph);
    methods[method] = { entry: ENTRY[method], samples: p.samples };
  }
  let gradCam: ManifestExplain['gradCam'];
  const camAsked = opts.methods?.includes('gradcam') === true || opts.layer !== undefined;
  if (wanted.has('gradcam') && (camAsked || spatialLayers(model).length > 0)) {
    // Asked for by name (or a layer given): a model without a convolution is an error; by default it is left out.
    const layer = opts.layer ?? (camAsked ? camLayer(model, undefined) : defaultLayer(model));
    if (layer !== undefined) {
      const g = compileGradCam(model, { layer });
      entries.push({ name: 'gradCam', plan: g.plan, hiddenInputs: [EXPLAIN_IO.cls] });
      graphs.push(g.graph);
      gradCam = { entry: 'gradCam', layer: g.layer, activation: [...g.activation] };
    }
  }
  // Only gradcam built: the plain gradient's graph (not planned) gives the manifest's shapes.
  shape ??= explainGraph(model, { method: 'gradient' });
  return { entries, weights: planWeights(entries.map((e) => e.plan), raw), explain: { classes: shape.classes, sample: [...shape.sample], logits: shape.logits, methods, ...(gradCam ? { gradCam } : {}) }, graphs };
}

/** The last convolution, or none when the model has spatial layers but no convolution. */
function defaultLayer(model: CompiledModel): string | undefined {
  try {
    return camLayer(model, undefined);
  } catch {
    return undefined;
  }
}

function planWeights(plans: readonly Plan[], raw: WeightMap): WeightMap {
  const out: WeightMap = new Map();
  for (const p of plans) for (const name of [...Object.keys(p.params), ...Object.keys(p.states)]) out.set(name, raw.get(name)!);
  return out;
}
