/** @file `dlc run DIR --input x.json|x.npy`: loads a bundle through its own index.js and prints predict()'s outputs. */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseNpy } from '../../bundle/npy.ts';
import { acquireDevice, type DeviceHandle } from '../../runtime/index.ts';
import { flagString, UsageError, type Command, type FlagSpec, type Io, type ParsedArgs } from '../command.ts';
import { optionsHelp } from '../flags.ts';

const FLAGS: readonly FlagSpec[] = [
  { name: 'input', kind: 'string', value: 'spec', help: "a .json file holding the input's values (nested or flat), or an object\n{ \"name\": values, ... } for several inputs; a .npy array; or name=file pairs\nseparated by commas" },
  { name: 'json', kind: 'boolean', help: 'print { outputs: { name: { dtype, shape, data } } }' },
  { name: 'allow-non-finite', kind: 'boolean', help: 'pass NaN/Inf inputs through instead of refusing them' },
];

const INTRO = `usage: dlc run <bundle-dir> --input <file.json|file.npy|name=file,...> [--json] [--allow-non-finite]

Loads the bundle exactly as an application would (its index.js, on this machine's GPU or on
SwiftShader) and prints the outputs of predict().`;

const HELP = `${INTRO}\n\n${optionsHelp(FLAGS)}`;

interface BundleModule {
  load(device?: unknown, opts?: { nonFinite?: 'reject' | 'allow' }): Promise<LoadedBundle>;
}

interface LoadedBundle {
  readonly inputs: readonly { name: string; dtype: string; shape: readonly number[] }[];
  readonly outputs: readonly { name: string; dtype: string; shape: readonly number[] }[];
  predict(inputs: Record<string, unknown>): Promise<Record<string, ArrayLike<number>>>;
  destroy(): void;
}

export const runCommand: Command = {
  name: 'run',
  summary: 'run a bundle built by dlc build on an input file (.json or .npy)',
  help: HELP,
  flags: FLAGS,
  maxPositional: 1,
  async run(rawArgs, io) {
    const args = ownBooleans(rawArgs);
    for (const f of Object.keys(args.flags)) if (!['input', 'json', 'allow-non-finite'].includes(f)) throw new UsageError(`unknown option --${f}`);
    const dir = args.positional[0];
    if (!dir) throw new UsageError('expected a bundle folder');
    const spec = flagString(args, 'input');
    if (!spec) throw new UsageError('expected --input <file.json|file.npy>');
    const mod = await importBundle(dir);
    let gpu: DeviceHandle | undefined;
    try {
      // The bundle would find Dawn itself only where its folder can resolve the 'webgpu' package; dlc's own always resolves.
      gpu = await acquireDevice();
      const bundle = await mod.load(gpu.device, args.flags['allow-non-finite'] === true ? { nonFinite: 'allow' } : {});
      try {
        const inputs = await readInputs(spec, bundle.inputs.map((i) => i.name));
        print(io, bundle, await bundle.predict(inputs), args);
      } finally {
        bundle.destroy();
      }
    } catch (e) {
      if (!(e instanceof Error && e.name === 'RuntimeError')) throw e;
      io.err(`dlc run: error ${(e as Error & { code: string }).code}: ${e.message}`);
      return 1;
    } finally {
      gpu?.destroy();
      await gpu?.lost;
    }
    return 0;
  },
};

/** `main` does not know --allow-non-finite takes no value, so `--allow-non-finite DIR` swallowed DIR. */
function ownBooleans(args: ParsedArgs): ParsedArgs {
  const v = args.flags['allow-non-finite'];
  if (typeof v !== 'string') return args;
  return { positional: [v, ...args.positional], flags: { ...args.flags, 'allow-non-finite': true } };
}

async function importBundle(dir: string): Promise<BundleModule> {
  const entry = join(resolve(dir), 'index.js');
  try {
    await readFile(entry);
  } catch {
    throw new UsageError(`${dir} is not a bundle (no index.js): build one with dlc build`);
  }
  return (await import(pathToFileURL(entry).href)) as BundleModule;
}

/** One file for the only input, `{ name: values }` JSON for several, or `name=file` pairs. */
async function readInputs(spec: string, names: readonly string[]): Promise<Record<string, unknown>> {
  if (spec.includes('=')) {
    const pairs = spec.split(',').map((p) => p.split('=') as [string, string]);
    return Object.fromEntries(await Promise.all(pairs.map(async ([n, f]) => [n, await readValue(f)] as const)));
  }
  const v = await readValue(spec);
  const isNamed = typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v) && !('shape' in v && 'data' in v);
  if (isNamed) return v as Record<string, unknown>;
  if (names.length !== 1) throw new UsageError(`the bundle has inputs ${names.join(', ')}: pass { "name": values, ... } or name=file pairs`);
  return { [names[0]!]: v };
}

async function readValue(file: string): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UsageError(`cannot read input file '${file}'`);
  }
  if (file.endsWith('.npy')) {
    try {
      return parseNpy(bytes, file);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
}

function print(io: Io, bundle: LoadedBundle, outputs: Record<string, ArrayLike<number>>, args: ParsedArgs): void {
  if (args.flags.json === true) {
    const json = Object.fromEntries(bundle.outputs.map((o) => [o.name, { dtype: o.dtype, shape: o.shape, data: Array.from(outputs[o.name]!) }]));
    io.out(JSON.stringify({ outputs: json }));
    return;
  }
  for (const o of bundle.outputs) io.out(`${o.name}: ${o.dtype}[${o.shape.join(',')}] = [${Array.from(outputs[o.name]!, (x) => Number(x.toPrecision(6))).join(', ')}]`);
}
