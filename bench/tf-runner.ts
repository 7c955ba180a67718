/**
 * @file The TF.js peers of a model row: the same architecture, batch and initial weights on the WebGPU
 * backend (dlc's own GPUDevice), WASM and CPU; inference and `trainOnBatch` timed to completion.
 */
import type * as TF from '@tensorflow/tfjs';
import type { CompiledModel } from '../src/frontend/index.ts';
import { message, targetData, type HeldStep, type RunSettings } from './dlc-runner.ts';
import { useBackend, type Tf, type TfBackend } from './devices.ts';
import { countDispatches, pipelinesCreated, startMemoryWindow } from './gpu-probe.ts';
import { randomData, type Weights } from './init-weights.ts';
import { copyWeights, PEERS, peerLoss, peerOptimizer } from './peer-models.ts';
import { timeOnce, timeRuns } from './stats.ts';
import type { SystemFigures } from './types.ts';

/** Builds the peer and copies dlc's initial weights into it. */
export function buildPeer(tf: Tf, model: CompiledModel, weights: Weights): TF.LayersModel {
  const build = PEERS[model.name];
  if (!build) throw new Error(`no TF.js builder for ${model.name}`);
  const peer = build(tf);
  copyWeights(tf, peer, model.params, weights);
  return peer.model;
}

/** One inference call, resolved once the prediction is read back (completion included). */
function predictOnce(tf: Tf, m: TF.LayersModel, x: TF.Tensor): () => Promise<unknown> {
  return async () => {
    const y = m.predict(x) as TF.Tensor;
    await y.data();
    y.dispose();
  };
}

/** Everything TF.js does for one model on one backend; tensors and the model are disposed at the end. */
async function measure(tf: Tf, backend: TfBackend, model: CompiledModel, weights: Weights, s: RunSettings, keep?: (step: HeldStep) => void): Promise<SystemFigures> {
  const notes: string[] = [];
  const isGpu = backend === 'webgpu';
  const peak = startMemoryWindow();
  const pipes0 = pipelinesCreated();
  const input = model.inputs[0]!;
  const xShape = [s.batch, ...input.shape];
  const x = tf.tensor(randomData(xShape.reduce((a, b) => a * b, 1), 21), xShape);
  // Cold start: the model definition in hand to the first prediction read back (shader compiles included).
  // --no-infer (RunSettings.infer false): the model is built, and no prediction is run or timed.
  const withInfer = s.infer !== false;
  const cold = await timeOnce(async () => {
    const m = buildPeer(tf, model, weights);
    if (withInfer) await predictOnce(tf, m, x)();
    return m;
  });
  const m = cold.value;
  const infer = predictOnce(tf, m, x);
  const inferDispatches = isGpu && withInfer ? await countDispatches(infer) : undefined;
  const inferTiming = withInfer ? await timeRuns(infer, s.warmup, s.runs) : undefined;
  let held: HeldStep | undefined;
  const { train, trainDispatches } = await measureTraining(tf, m, model, s, isGpu, notes, keep && ((h) => (held = h))).catch((e: unknown) => {
    notes.push(`training failed: ${message(e)}`);
    return { train: undefined, trainDispatches: undefined };
  });
  const free = (): void => (m.dispose(), x.dispose());
  // A held step keeps the model alive until its caller has timed it.
  if (keep && held) {
    const h: HeldStep = held;
    keep({ run: h.run, dispose: () => (h.dispose(), free()) });
  } else free();
  return {
    system: `tfjs-${backend}`, infer: inferTiming, train, inferDispatches, trainDispatches, ...(withInfer ? { coldStartMs: cold.ms } : {}), notes,
    ...(isGpu ? { pipelines: pipelinesCreated() - pipes0, peakGpuBytes: peak() } : {}),
  };
}

async function measureTraining(tf: Tf, m: TF.LayersModel, model: CompiledModel, s: RunSettings, isGpu: boolean, notes: string[], keep?: (step: HeldStep) => void) {
  const cfg = model.train;
  if (!cfg) throw new Error('the model has no train section');
  const { optimizer, note } = peerOptimizer(tf, cfg.optimizer);
  if (note) notes.push(note);
  m.compile({ optimizer, loss: peerLoss(cfg.loss) });
  const yLen = s.batch * model.outputs[0]!.shape.reduce((a, b) => a * b, 1);
  const x = tf.tensor(randomData(s.batch * model.inputs[0]!.shape.reduce((a, b) => a * b, 1), 11), [s.batch, ...model.inputs[0]!.shape]);
  const y = tf.tensor(targetData(model, s.batch, yLen), [s.batch, ...model.outputs[0]!.shape]);
  // trainOnBatch resolves after reading the loss back, as dlc's step does.
  const step = (): Promise<unknown> => m.trainOnBatch(x, y);
  await step(); // the first step creates optimizer slots: not representative of a step's dispatches.
  const trainDispatches = isGpu ? await countDispatches(step) : undefined;
  const free = (): void => (tf.dispose([x, y]), optimizer.dispose());
  if (keep) {
    keep({ run: step, dispose: free });
    return { train: undefined, trainDispatches };
  }
  const train = await timeRuns(step, s.warmup, s.runs);
  free();
  return { train, trainDispatches };
}

/**
 * TF.js on `backend` for one model; a backend that failed to initialise gives a row with its error.
 * With `keep`, the training step is handed to it untimed (model kept alive) for the caller to time.
 */
export async function runTf(tf: Tf, backend: TfBackend, status: true | string | undefined, model: CompiledModel, weights: Weights, s: RunSettings, fresh?: () => void, keep?: (step: HeldStep) => void): Promise<SystemFigures> {
  if (status !== true) return { system: `tfjs-${backend}`, error: `backend unavailable: ${status ?? 'not registered'}` };
  try {
    fresh?.();
    await useBackend(tf, backend);
    return await measure(tf, backend, model, weights, s, keep);
  } catch (e) {
    return { system: `tfjs-${backend}`, error: message(e) };
  }
}
