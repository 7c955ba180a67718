/**
 * @file Trains the example's model for a few hundred steps on dlc's reference interpreter (CPU, no
 * GPU needed) and writes the weights for `dlc build --weights`. Run: npx tsx examples/mnist-web/train.ts [out.safetensors]
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileTraining } from '../../src/compile.ts';
import { loadDataset } from '../../src/data/load.ts';
import { compileModelFile } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { initialWeights } from '../../src/train/init.ts';
import { encodeSafetensors, type NamedTensor } from '../../src/train/safetensors.ts';

export const MODEL_FILE = fileURLToPath(new URL('./model.ts', import.meta.url));

export interface TrainResult {
  readonly weights: Map<string, NamedTensor>;
  readonly losses: number[];
}

/** The compiled training step (loss, backward, Adam) run on the interpreter; `update/<x>` outputs become the next `<x>`. */
export function trainOnInterpreter(steps = 300, samples = 6000, seed = 0): TrainResult {
  const model = compileModelFile(MODEL_FILE).main;
  const cfg = model.train!;
  const d = loadDataset(cfg.data!, { trainLimit: samples, testLimit: 1 });
  const batch = cfg.batchSize;
  const step = compileTraining(model, { batch, data: { xShape: d.xShape, yShape: d.yShape, yDtype: d.yDtype }, seed });
  const state: Record<string, ArrayLike<number>> = { ...initialWeights(model.params, seed) };
  for (const a of step.graph.args) if (a.kind !== 'input' && !(a.name in state)) state[a.name] = new Float32Array(a.type.shape.reduce((x, y) => x * y, 1));
  const size = d.xShape.reduce((a, b) => a * b, 1);
  const losses: number[] = [];
  for (let s = 0; s < steps; s++) {
    const at = ((s * batch) % (d.train.n - batch + 1));
    const feeds = { ...state, 'batch/x': d.train.x.subarray(at * size, (at + batch) * size), 'batch/y': d.train.y.subarray(at, at + batch), 'opt/lr': [cfg.optimizer!.learningRate], 'opt/t': [s + 1] };
    const out = interpret(step.graph, feeds);
    for (const [name, t] of Object.entries(out)) if (name.startsWith('update/')) state[name.slice(7)] = t.data;
    losses.push(out.loss!.data[0]!);
  }
  const weights = new Map<string, NamedTensor>(model.params.map((p) => [p.name, { dtype: 'f32', shape: p.shape, data: Float32Array.from(state[p.name]!) }]));
  return { weights, losses };
}

/** The dataset's class names and preprocessing as `dlc train` records them, so `dlc build` puts them in the bundle (the page classifies its canvas with them). */
export function dataMetadata(): Record<string, string> {
  const info = loadDataset(compileModelFile(MODEL_FILE).main.train!.data!, { trainLimit: 1, testLimit: 1 }).info;
  return info ? { data: JSON.stringify(info) } : {};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? 'mnist-web.safetensors';
  const { weights, losses } = trainOnInterpreter();
  writeFileSync(out, encodeSafetensors(weights, dataMetadata()));
  console.log(`loss ${losses[0]!.toFixed(3)} → ${losses.at(-1)!.toFixed(3)}; weights written to ${out}`);
}
