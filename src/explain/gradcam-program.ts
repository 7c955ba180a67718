/**
 * @file Grad-CAM and layer taps as compiled programs (planned as compileExplain plans, program.ts):
 * one submit per call; without a class the first call reads the scores and picks the top one. The
 * coarse map is upsampled to the input's H×W on the host.
 */
import type { CompileOptions } from '../compile.ts';
import type { CompiledModel } from '../frontend/index.ts';
import { CompileError } from '../ir/index.ts';
import { loadPlan } from '../runtime/index.ts';
import type { Plan } from '../runtime/plan-types.ts';
import { EXPLAIN, type ExplainOptions } from './graph.ts';
import { GRADCAM, gradCamGraph, resizeBilinear, tapGraph, type GradCamGraph } from './gradcam.ts';
import { pickClass, planGraph } from './program.ts';

export interface GradCamProgram extends GradCamGraph {
  readonly plan: Plan;
}

export function compileGradCam(model: CompiledModel, opts: { layer?: string; score?: ExplainOptions['score'] } & CompileOptions = {}): GradCamProgram {
  const e = gradCamGraph(model, opts);
  return { ...e, plan: planGraph(e.graph, opts) };
}

export interface GradCamResult {
  /** relu(Σ_c α_c A_c) at the layer's resolution, flat [H, W]. */
  readonly cam: Float32Array;
  /** The map bilinearly upsampled to the input's height × width (flat). */
  readonly map: Float32Array;
  readonly scores: Float32Array;
  readonly classIndex: number;
}

export interface GradCamRunner {
  explain(req: { x: ArrayLike<number>; classIndex?: number }): Promise<GradCamResult>;
  destroy(): void;
}

type Weights = Readonly<Record<string, ArrayLike<number>>>;

/** The input's picture height and width: [H, W, C] or [H, W]. */
function inputHw(sample: readonly number[]): [number, number] {
  return [sample[0]!, sample[1] ?? 1];
}

function checkX(sample: readonly number[], x: ArrayLike<number>): void {
  const n = sample.reduce((a, d) => a * d, 1);
  if (x.length !== n) throw new CompileError('E_EXPLAIN_INPUT', `the input has ${x.length} values but the model takes [${sample.join(', ')}] (${n})`);
}

export async function loadGradCam(device: GPUDevice, p: GradCamProgram, weights: Weights): Promise<GradCamRunner> {
  const exe = await loadPlan(device, p.plan);
  await exe.setParams(Object.fromEntries(exe.params.map((a) => [a.name, weights[a.name]!])));
  const run = async (x: ArrayLike<number>, cls: number | undefined) => {
    const onehot = new Float32Array(p.classes);
    if (cls !== undefined) onehot[cls] = 1;
    const feeds: Record<string, Float32Array> = { [EXPLAIN.x]: Float32Array.from(x), [EXPLAIN.cls]: onehot };
    const out = await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])));
    return { cam: Float32Array.from(out[GRADCAM.map] as Float32Array), scores: Float32Array.from(out[EXPLAIN.scores] as Float32Array) };
  };
  return {
    async explain(req) {
      checkX(p.sample, req.x);
      if (req.classIndex !== undefined) pickClass(p.classes, [], req.classIndex);
      const k = req.classIndex ?? pickClass(p.classes, (await run(req.x, undefined)).scores, undefined);
      const r = await run(req.x, k);
      const [H, W] = inputHw(p.sample);
      return { ...r, map: resizeBilinear(r.cam, p.activation[0]!, p.activation[1]!, H, W), classIndex: k };
    },
    destroy: () => exe.destroy(),
  };
}

export interface TapProgram {
  readonly layer: string;
  readonly activation: readonly number[];
  readonly sample: readonly number[];
  readonly plan: Plan;
}

export function compileTap(model: CompiledModel, layer: string, opts: CompileOptions = {}): TapProgram {
  const t = tapGraph(model, layer);
  return { layer, activation: t.activation, sample: t.sample, plan: planGraph(t.graph, opts) };
}

/** Runs the model up to the layer on one sample: its activation, flat [H, W, C]. */
export async function runTap(device: GPUDevice, p: TapProgram, weights: Weights, x: ArrayLike<number>): Promise<Float32Array> {
  checkX(p.sample, x);
  const exe = await loadPlan(device, p.plan);
  try {
    await exe.setParams(Object.fromEntries(exe.params.map((a) => [a.name, weights[a.name]!])));
    const out = await exe.run({ [EXPLAIN.x]: Float32Array.from(x) });
    return Float32Array.from(out[GRADCAM.activation] as Float32Array);
  } finally {
    exe.destroy();
  }
}
