/** @file `dlc import-weights model.ts <file> -o weights.safetensors`: Keras / TF.js weights into dlc's names, matched by name. */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { compileModelFile } from '../../frontend/index.ts';
import { CompileError } from '../../ir/index.ts';
import { importWeights, renderReport } from '../../interop/import.ts';
import { writeFileAtomic } from '../../train/atomic-write.ts';
import { flagString, UsageError, type Command, type FlagSpec, pickModel } from '../command.ts';

const HELP = `usage: dlc import-weights <model.ts> <file> -o <weights.safetensors> [--model name] [--rename from=to,…] [--allow-missing] [--allow-extra]

Reads weights trained elsewhere and writes them under dlc's names (<layer>.<weight>, as
\`dlc summary --json\` lists them), ready for \`dlc build --weights\` or a model's weights: option.
<file> is one of:
  model.h5 / x.weights.h5   Keras HDF5: weights-only (model.save_weights) or whole-model (model.save)
                            files, Keras 2 layout (weight_names) or Keras 3 layout (layers/<name>/vars)
  model.keras               a Keras 3 archive (its model.weights.h5 is read)
  model.json                a TF.js Layers model (model.save), with its .bin shards beside it
Weights are matched by name, never by their order in the file: the layer's name (the HDF5 group or
the name's layer part; a nested model's layers by their own names) and the weight's (kernel:0 and
Keras 1's _W/_b spellings included; Keras 3 variables by their index within the layer, which follows
the layer's creation order). Keras, TF.js and dlc store every layer alike (dense [in, out], conv
[kh, kw, in, out], LSTM gates i, f, c, o), so values are copied unchanged. Optimizer state is ignored.

A table shows each model weight: ok, MISSING, SHAPE (with a hint), TYPE (the file's own config —
whole-model .h5, .keras, TF.js — says the layer is of another class), COLLISION (two file tensors
claim it); then the file's tensors the model has no place for. Unless every weight matched (and nothing
is extra), nothing is written and the exit code is 1. The output is written atomically.

options:
  -o, --out file     the safetensors file to write
  --model name       the model of the file to import into (files with several models)
  --rename a=b,…     take the file's layer a as the model's layer b (e.g. TF.js's dense_Dense1=dense)
  --allow-missing    write what matched even if some model weights are not in the file
  --allow-extra      accept tensors of the file the model does not have (e.g. a replaced head)`;

const KNOWN = ['o', 'out', 'model', 'rename', 'allow-missing', 'allow-extra'];
const FLAGS: readonly FlagSpec[] = [
  { name: 'out', short: 'o', kind: 'path', value: 'file', help: 'the safetensors file to write' },
  { name: 'model', kind: 'string', value: 'name', help: 'the model of the file to import into (files with several models)' },
  { name: 'rename', kind: 'string', value: 'a=b,…', help: "take the file's layer a as the model's layer b" },
  { name: 'allow-missing', kind: 'boolean', help: 'write what matched even if some model weights are not in the file' },
  { name: 'allow-extra', kind: 'boolean', help: 'accept tensors of the file the model does not have' },
];

function renames(text: string | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const pair of (text ?? '').split(',').filter((s) => s.trim() !== '')) {
    const [from, to, more] = pair.split('=').map((s) => s.trim());
    if (!from || !to || more !== undefined) throw new UsageError(`--rename expects from=to pairs separated by commas, got '${pair}'`);
    m.set(from, to);
  }
  return m;
}

export const importWeightsCommand: Command = {
  name: 'import-weights',
  summary: 'convert Keras (.h5, .keras) or TF.js (model.json) weights into a dlc safetensors file',
  help: HELP,
  flags: FLAGS,
  maxPositional: 2,
  async run(args, io) {
    for (const f of Object.keys(args.flags)) if (!KNOWN.includes(f)) throw new UsageError(`unknown option --${f}`);
    const [modelFile, file, more] = args.positional;
    if (!modelFile || !file) throw new UsageError('expected a model file and a weights file');
    if (more !== undefined) throw new UsageError(`unexpected argument '${more}'`);
    const out = flagString(args, 'o') ?? flagString(args, 'out');
    if (!out) throw new UsageError('expected an output file: -o <weights.safetensors>');
    if (!existsSync(modelFile)) throw new CompileError('E_FILE_NOT_FOUND', `${modelFile} does not exist`);
    if (!existsSync(dirname(out))) throw new CompileError('E_IMPORT_OUTPUT', `cannot write ${out}: the folder ${dirname(out)} does not exist`, { hint: 'create it first, or choose another -o' });
    const program = compileModelFile(modelFile);
    const model = pickModel(program, args);
    const result = await importWeights(model, file, { renames: renames(flagString(args, 'rename')), allowMissing: args.flags['allow-missing'] === true, allowExtra: args.flags['allow-extra'] === true });
    const table = renderReport(result.report);
    if (!result.bytes) {
      io.err(`${table}\n\nerror E_IMPORT_MISMATCH: ${result.problems.join('; ')}; nothing written`);
      return 1;
    }
    writeFileAtomic(out, result.bytes);
    io.out(`${table}\n\nwrote ${out}: ${result.report.tensors.size} tensors for ${model.name}`);
    return 0;
  },
};
