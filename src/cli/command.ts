/** @file The shape of a `dlc` subcommand, and the argv parser they share. */
import type { FlagSpec } from './flags.ts';
import type { CompiledModel, Program } from '../frontend/program.ts';

export type { FlagKind, FlagSpec } from './flags.ts';
export { commandHelp } from './flags.ts';

export interface Command {
  readonly name: string;
  /** One line for `dlc --help`. */
  readonly summary: string;
  /** Full help text for `dlc <name> --help`: usage line, then options. */
  readonly help: string;
  /**
   * The flags the command accepts. With it, `main` parses strictly: an unknown flag is a usage error
   * with a did-you-mean, every value is parsed and range-checked before `run`. Without it, the
   * lenient `parseArgs` is used (any flag, values unchecked).
   */
  readonly flags?: readonly FlagSpec[];
  /** With `flags`: the most positional arguments accepted (an extra one is a usage error). */
  readonly maxPositional?: number;
  /** Returns the process exit code. Writes to the given streams, never to console directly. */
  run(args: ParsedArgs, io: Io): Promise<number>;
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal (progress bars redraw in place; otherwise plain lines). */
  readonly isTTY: boolean;
}

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: Readonly<Record<string, string | boolean>>;
}

/** Lenient parsing for commands without a flag spec: `--key value`, `--key=value` and bare `--flag`; `booleans` lists flags that never take a value. */
export function parseArgs(argv: readonly string[], booleans: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--') && !(a.startsWith('-') && a.length === 2 && /[a-z]/i.test(a[1]!))) {
      positional.push(a);
      continue;
    }
    const body = a.replace(/^--?/, '');
    const eq = body.indexOf('=');
    if (eq >= 0) flags[body.slice(0, eq)] = body.slice(eq + 1);
    else if (booleans.includes(body) || i + 1 >= argv.length || argv[i + 1]!.startsWith('-')) flags[body] = true;
    else flags[body] = argv[++i]!;
  }
  return { positional, flags };
}

export function flagString(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}

export function flagNumber(args: ParsedArgs, name: string): number | undefined {
  const v = flagString(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} expects a number, got '${v}'`);
  return n;
}

/** The model `--model name` picks from a compiled file (its default export without the flag). */
export function pickModel(program: Program, args: ParsedArgs): CompiledModel {
  const only = flagString(args, 'model');
  const model = only ? program.models.find((m) => m.name === only) : program.main;
  if (!model) throw new UsageError(`no model named '${only}'; the file has ${program.models.map((m) => m.name).join(', ')}`);
  return model;
}

/** A mistake in how the command was called: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}
