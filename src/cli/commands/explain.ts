/** @file `dlc explain model.ts`: what the compiler fused into each kernel, from which source lines, with how many buffers and workgroups, and why other fusions did not happen. */
import { compileInference } from '../../compile.ts';
import { buildReport, formatReport } from '../../codegen/report.ts';
import { compileModelFile } from '../../frontend/index.ts';
import { commandHelp, flagNumber, UsageError, type Command, type FlagSpec, pickModel } from '../command.ts';

const FLAGS: readonly FlagSpec[] = [
  { name: 'json', kind: 'boolean', help: 'one JSON object: { name, ops, kernels, pipelines, peakBytes, naiveBytes, perKernel, rejected }' },
  { name: 'batch', kind: 'int', min: 1, max: 1 << 20, help: 'static batch size (default 1)' },
  { name: 'model', kind: 'string', value: 'NAME', help: 'which model of the file (default: its default export)' },
  { name: 'max-storage-buffers', kind: 'int', min: 4, max: 64, help: "the device's storage-buffer limit per kernel (default 8)" },
];

export const explainCommand: Command = {
  name: 'explain',
  summary: 'show the fused kernels of a model: ops, source lines, buffers, workgroups, peak memory',
  help: commandHelp(
    'dlc explain <model.ts> [--json] [--batch N] [--model NAME] [--max-storage-buffers N]',
    'What the compiler fused into each kernel, from which source lines, with how many buffers and\nworkgroups, and why other fusions did not happen.',
    FLAGS,
  ),
  flags: FLAGS,
  maxPositional: 1,
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('explain needs a model file');
    const batch = flagNumber(args, 'batch') ?? 1;
    if (!Number.isInteger(batch) || batch < 1) throw new UsageError(`--batch expects a positive integer, got ${batch}`);
    const maxStorageBuffers = flagNumber(args, 'max-storage-buffers') ?? 8;
    const p = compileModelFile(file);
    const m = pickModel(p, args);
    const prog = compileInference(m, { batch, maxStorageBuffers });
    const report = buildReport(prog.graph, prog.compiled!);
    io.out(args.flags.json === true ? JSON.stringify(report, null, 2) : formatReport(report));
    return 0;
  },
};
