/**
 * @file Train bundles: the training step (host-fed batches, optimizer update on the GPU) plus an
 * unfolded predict plan that shares its weights, and the initial values of every param and slot.
 */
import { compileInference, compileTraining } from '../compile.ts';
import { compilePlan } from '../codegen/plan.ts';
import type { KernelTarget } from '../codegen/target.ts';
import type { CompiledModel } from '../frontend/index.ts';
import { CompileError, type Graph } from '../ir/index.ts';
import { loadDataset } from '../data/load.ts';
import { imageFolderSpec, type ImageFolderOptions } from '../data/image-folder.ts';
import { LR_INPUT, STEP_INPUT } from '../passes/optimizer.ts';
import type { ManifestTraining } from '../runtime/bundle-types.ts';
import { DROPOUT_STEP, type DataSpec } from '../train/step.ts';
import type { EntrySource } from './manifest.ts';
import type { WeightMap } from './weights.ts';

export interface TrainEntries {
  readonly entries: EntrySource[];
  readonly weights: WeightMap;
  readonly batch: number;
  readonly graphs: Graph[];
  readonly training: ManifestTraining | undefined;
}

export function trainEntries(model: CompiledModel, raw: WeightMap, batchOpt: number | undefined, target?: KernelTarget): TrainEntries {
  const t = target ? { target } : {};
  const cfg = model.train;
  if (!cfg?.data || !cfg.optimizer || !cfg.loss) {
    throw new CompileError('E_TRAIN_CONFIG', `${model.name} has no train section with data, a loss and an optimizer`, { hint: 'add train: { data, loss, optimizer } to the model, or build with --mode inference' });
  }
  const batch = batchOpt ?? cfg.batchSize;
  const step = compileTraining(model, { batch, data: dataSpec(model), seed: 0, ...t });
  // Batch norm stays unfolded here: predict shares the training plan's live weight buffers.
  const forward = compileInference(model, { batch, after: 'simplify' }).graph;
  const predict = compilePlan(forward, t);
  const weights: WeightMap = new Map();
  for (const [name, i] of Object.entries({ ...step.plan!.params, ...step.plan!.states })) {
    const b = step.plan!.buffers[i]!;
    // Optimizer slots and metric sums start at zero, like the training loop's.
    weights.set(name, raw.get(name) ?? { dtype: b.dtype, shape: b.shape, data: b.dtype === 'f32' ? new Float32Array(b.size / 4) : new Int32Array(b.size / 4) });
  }
  const hidden = [LR_INPUT, STEP_INPUT, DROPOUT_STEP];
  return {
    entries: [
      { name: 'trainStep', plan: step.plan!, hiddenInputs: hidden },
      { name: 'predict', plan: predict },
    ],
    weights,
    batch,
    graphs: [step.graph, forward],
    training: { learningRate: cfg.optimizer.learningRate, optimizer: cfg.optimizer.kind, loss: cfg.loss, rateInput: LR_INPUT, stepInput: STEP_INPUT, dropoutInput: DROPOUT_STEP },
  };
}

/** Sample and target shapes of the model's dataset (one sample is loaded to learn them). */
function dataSpec(model: CompiledModel): DataSpec {
  const cfg = model.train!.data!;
  if (cfg.kind === 'imageFolder') return imageFolderSpec(cfg.options as unknown as ImageFolderOptions, model.inputs[0]!.shape);
  const d = loadDataset(cfg, { trainLimit: 1, testLimit: 1 });
  return { xShape: d.xShape, yShape: d.yShape, yDtype: d.yDtype };
}
