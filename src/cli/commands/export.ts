/** @file `dlc export model.ts --format onnx -o model.onnx`: the inference graph as an ONNX model for ONNX Runtime and friends. */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { compileModelFile } from '../../frontend/index.ts';
import { CompileError } from '../../ir/index.ts';
import { modelWeights } from '../../bundle/weights.ts';
import { exportOnnx, OPSET } from '../../interop/onnx-export.ts';
import { writeFileAtomic } from '../../train/atomic-write.ts';
import { flagNumber, flagString, UsageError, type Command, type FlagSpec, pickModel } from '../command.ts';

const HELP = `usage: dlc export <model.ts> --format onnx -o <model.onnx> [--weights file] [--batch n] [--model name] [--seed n]

Writes the model's inference graph as an ONNX model (opset ${OPSET}) that ONNX Runtime (Node, Python,
C++, the Triton server) and other ONNX tools load. It is the graph \`dlc build\` bundles: batch norm
folded into the preceding weights where the bundle folds it, dropout and augmentation removed; inputs
and outputs have the bundle's names, dtypes and shapes (a static batch, as in the bundle). The
weights are stored in the file as initializers. An op without an ONNX form is refused with its name
and the model line it comes from.

options:
  --format onnx      the output format (onnx is the only one)
  -o, --out file     the .onnx file to write (atomically)
  --weights file     the model's weights: a safetensors file of <layer>.<weight> tensors (a dlc train
                     checkpoint or a dlc import-weights file); default: initialised with --seed
  --batch n          static batch size (default 1, as dlc build)
  --model name       the model of the file to export (files with several models)
  --seed n           initialiser seed when no --weights are given (default 0)`;

const FLAGS: readonly FlagSpec[] = [
  { name: 'format', kind: 'string', value: 'onnx', help: 'the output format (onnx is the only one)' },
  { name: 'out', short: 'o', kind: 'path', value: 'file', help: 'the .onnx file to write (atomically)' },
  { name: 'weights', kind: 'path', value: 'file', help: "the model's weights (a safetensors file of <layer>.<weight> tensors)" },
  { name: 'batch', kind: 'int', value: 'n', min: 1, max: 1 << 20, help: 'static batch size (default 1, as dlc build)' },
  { name: 'model', kind: 'string', value: 'name', help: 'the model of the file to export (files with several models)' },
  { name: 'seed', kind: 'int', value: 'n', min: 0, max: 2 ** 32 - 1, help: 'initialiser seed when no --weights are given (default 0)' },
];

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the inference graph as an ONNX model (for ONNX Runtime / Triton serving)',
  help: HELP,
  flags: FLAGS,
  maxPositional: 1,
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('expected a model file');
    const format = flagString(args, 'format');
    if (format !== 'onnx') throw new UsageError(format ? `--format must be onnx, got '${format}'` : 'expected --format onnx');
    const out = flagString(args, 'o') ?? flagString(args, 'out');
    if (!out) throw new UsageError('expected an output file: -o <model.onnx>');
    const batch = flagNumber(args, 'batch') ?? 1;
    if (!(Number.isInteger(batch) && batch >= 1)) throw new UsageError(`--batch must be a positive integer, got ${batch}`);
    if (args.flags.weights === true) throw new UsageError('--weights expects a file');
    if (!existsSync(dirname(out))) throw new CompileError('E_EXPORT_OUTPUT', `cannot write ${out}: the folder ${dirname(out)} does not exist`, { hint: 'create it first, or choose another -o' });
    const program = compileModelFile(file);
    const model = pickModel(program, args);
    const raw = modelWeights(model, flagString(args, 'weights'), flagNumber(args, 'seed') ?? 0);
    const onnx = exportOnnx(model, raw, batch);
    writeFileAtomic(out, onnx.bytes);
    const io1 = (xs: typeof onnx.inputs): string => xs.map((x) => `${x.name}: ${x.dtype}[${x.shape.join(',')}]`).join(', ');
    io.out(`${out}: ${model.name} (ONNX opset ${OPSET}, ${onnx.nodes} IR ops), inputs ${io1(onnx.inputs)}; outputs ${io1(onnx.outputs)}; ${onnx.bytes.length} bytes`);
    return 0;
  },
};
