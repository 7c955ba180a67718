/** @file `dlc summary model.ts [--json]`: the Keras `model.summary()` table for each model in the file. */
import { compileModelFile, type CompiledModel } from '../../frontend/index.ts';
import { commandHelp, flagString, type Command, type FlagSpec } from '../command.ts';
import { costLines, graphCost, modelGraphSvg } from './summary-graph.ts';
import { writeFileSync } from 'node:fs';

function shapeText(s: readonly (number | null)[]): string {
  const parts = s.map((d) => (d === null ? 'None' : String(d)));
  return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
}

function bytes(n: number): string {
  const b = n * 4;
  if (b < 1024) return `${b} B`;
  if (b < 1024 ** 2) return `${(b / 1024).toFixed(2)} KB`;
  if (b < 1024 ** 3) return `${(b / 1024 ** 2).toFixed(2)} MB`;
  return `${(b / 1024 ** 3).toFixed(2)} GB`;
}

const fmtInt = (n: number): string => n.toLocaleString('en-US');

/** The table Keras prints, with None for the batch axis and sizes at 4 bytes per float32 weight. */
export function summaryTable(m: CompiledModel): string {
  const rows = m.layers.map((l) => [`${l.name} (${l.type})`, shapeText(l.outputShape), fmtInt(l.params)] as const);
  const head = ['Layer (type)', 'Output Shape', 'Param #'] as const;
  const w = [0, 1, 2].map((i) => Math.max(head[i]!.length, ...rows.map((r) => r[i]!.length)) + 2);
  const line = (r: readonly string[]): string => r.map((c, i) => c.padEnd(w[i]!)).join('').trimEnd();
  const rule = (ch: string): string => ch.repeat(w.reduce((a, b) => a + b, 0));
  return [
    `Model: "${m.name}"`,
    rule('━'), line(head), rule('━'),
    ...rows.map(line),
    rule('━'),
    ` Total params: ${fmtInt(m.totalParams)} (${bytes(m.totalParams)})`,
    ` Trainable params: ${fmtInt(m.trainableParams)} (${bytes(m.trainableParams)})`,
    ` Non-trainable params: ${fmtInt(m.nonTrainableParams)} (${bytes(m.nonTrainableParams)})`,
  ].join('\n');
}

/**
 * A layer's weights as checkpoints, bundles and `dlc import-weights` name them (`<layer>.<weight>`),
 * in the layer's own order (Keras's creation order: kernel before bias, gamma, beta, then moving statistics).
 */
function weightsOf(m: CompiledModel, layer: string): object[] {
  return m.params.filter((p) => p.layer === layer).map((p) => ({ name: p.name, weight: p.weight, shape: [...p.shape], trainable: p.trainable, kind: p.kind }));
}

export function summaryJson(m: CompiledModel): object {
  return {
    name: m.name,
    layers: m.layers.map((l) => ({ name: l.name, type: l.type, outputShape: l.outputShape, params: l.params, weights: weightsOf(m, l.name) })),
    totalParams: m.totalParams,
    trainableParams: m.trainableParams,
    nonTrainableParams: m.nonTrainableParams,
  };
}

const FLAGS: readonly FlagSpec[] = [
  { name: 'json', kind: 'boolean', help: `print { "layers": [{ "name", "type", "outputShape", "params", "weights" }], "totalParams",
"trainableParams", "nonTrainableParams" } (a list when the file has several models);
each layer's "weights" lists { "name", "weight", "shape", "trainable", "kind" }, where
"name" (<layer>.<weight>, e.g. dense_1.kernel) is the tensor name that checkpoints,
\`dlc build --weights\` and \`dlc import-weights\` use; kind "state" marks moving statistics
plus "cost": { "macs", "flops", "layers": [{ "label", "kind", "macs", "flops" }] }` },
  { name: 'graph', kind: 'path', value: 'FILE', help: 'draw the model graph as an SVG (like Keras plot_model): a box per layer with its\ntype and output shape, arrows for the data flow, branches side by side' },
  { name: 'model', kind: 'string', value: '<name>', help: 'only the named model (files with several models, e.g. GANs)' },
];

export const summaryCommand: Command = {
  name: 'summary',
  summary: 'print the Keras-style summary: layers, output shapes, param counts',
  help: commandHelp(
    'dlc summary <model.ts> [--json] [--graph model.svg] [--model <name>]',
    `Prints the Keras model.summary() table of the file's model: layer name and type, output shape
(None for the batch), params per layer, and total / trainable / non-trainable params with their size;
then multiply-accumulates (MACs) and FLOPs per layer and in total, per sample at inference.`,
    FLAGS,
  ),
  flags: FLAGS,
  maxPositional: 1,
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new (await import('../command.ts')).UsageError('expected a model file');
    const p = compileModelFile(file);
    const only = flagString(args, 'model');
    const models = only ? p.models.filter((m) => m.name === only) : p.models.length > 1 ? p.models : [p.main];
    if (models.length === 0) throw new (await import('../command.ts')).UsageError(`no model named '${only}'; the file has ${p.models.map((m) => m.name).join(', ')}`);
    const graph = flagString(args, 'graph');
    if (graph) writeFileSync(graph, modelGraphSvg(models[0]!));
    const withCost = (m: CompiledModel): object => {
      const c = graphCost(m);
      return { ...summaryJson(m), cost: { macs: c.macs, flops: c.flops, layers: c.layers.map(({ label, kind, macs, flops }) => ({ label, kind, macs, flops: 2 * macs + flops })) } };
    };
    if (args.flags.json) {
      io.out(JSON.stringify(models.length === 1 ? withCost(models[0]!) : models.map(withCost), null, 2));
    } else {
      io.out(models.map((m) => `${summaryTable(m)}\n\n${costLines(graphCost(m))}`).join('\n\n'));
      if (graph) io.out(`\nmodel graph drawn in ${graph}`);
    }
    return 0;
  },
};
