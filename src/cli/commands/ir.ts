/** @file `dlc ir model.ts [--after <pass>] [--batch N]`: the lowered IR text with source locations. */
import { print, type Graph } from '../../ir/index.ts';
import { compileModelFile, type CompiledModel } from '../../frontend/index.ts';
import { compileInference, compileTraining, INFERENCE_STEPS, TRAINING_STEPS } from '../../compile.ts';
import { commandHelp, flagNumber, flagString, UsageError, type Command, type FlagSpec, pickModel } from '../command.ts';

/** `--after frontend` is the lowered graph itself; the rest are the inference pipeline's steps, in order. */
const PASSES: readonly string[] = INFERENCE_STEPS;

const FLAGS: readonly FlagSpec[] = [
  { name: 'batch', kind: 'int', min: 1, max: 1 << 20, help: 'batch size baked into the shapes (default 1)' },
  { name: 'after', kind: 'string', value: '<pass>', help: `print the graph after a pass; valid: ${PASSES.join(', ')}` },
  { name: 'train', kind: 'boolean', help: `the training step instead (forward, loss, backward, optimizer); with --after\none of ${TRAINING_STEPS.join(', ')}` },
  { name: 'model', kind: 'string', value: '<name>', help: 'the named model (files with several models)' },
];

export const irCommand: Command = {
  name: 'ir',
  summary: 'print the IR of a model file, each node with its TypeScript source location',
  help: commandHelp(
    'dlc ir <model.ts> [--batch N] [--after <pass>] [--train] [--model <name>]',
    `Prints the inference graph that the frontend lowers the model to, one node per line with the
source location (file:line:col) of the layer that produced it.`,
    FLAGS,
  ),
  flags: FLAGS,
  maxPositional: 1,
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('expected a model file');
    const after = flagString(args, 'after');
    const isTrain = args.flags.train === true;
    const valid: readonly string[] = isTrain ? TRAINING_STEPS : PASSES;
    if (args.flags.after !== undefined && !valid.includes(after ?? '')) {
      throw new UsageError(`unknown pass '${String(args.flags.after)}' for --after; valid passes: ${valid.join(', ')}`);
    }
    const batch = flagNumber(args, 'batch') ?? 1;
    if (!Number.isInteger(batch) || batch < 1) throw new UsageError(`--batch expects a positive integer, got ${batch}`);
    const p = compileModelFile(file);
    const m = pickModel(p, args);
    // Without --after, the graph as the frontend lowered it; with it, the pipeline up to that step.
    const g = isTrain ? trainingGraph(m, batch, after) : after ? compileInference(m, { batch, after }).graph : m.graph(batch);
    io.out(print(g).trimEnd());
    return 0;
  },
};

/** The training step as `dlc train` compiles it, with the dataset resident on the GPU (its size is a placeholder). */
function trainingGraph(m: CompiledModel, batch: number, after: string | undefined): Graph {
  const x = m.inputs[0];
  if (!x || !m.train) throw new UsageError(`${m.name} has no train: { … } section to compile a training step from`);
  const classes = ['categoricalCrossentropy', 'sparseCategoricalCrossentropy'].includes(m.train.loss);
  const out = m.outputs[0]!.shape;
  const data = classes ? { xShape: x.shape, yShape: out.slice(0, -1), yDtype: 'i32' as const, resident: batch } : { xShape: x.shape, yShape: out, yDtype: 'f32' as const, resident: batch };
  return compileTraining(m, { batch, data, after: after ?? 'simplify' }).graph;
}
