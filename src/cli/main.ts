/** @file The `dlc` command: dispatches to a subcommand; user errors print as diagnostics, never stacks. */
import { CompileError, renderDiagnostic } from '../ir/index.ts';
import { closestName } from '../frontend/diag.ts';
import { parseArgs, UsageError, type Command, type Io, type ParsedArgs } from './command.ts';
import { EXIT_CODES, FlagError, parseFlags } from './flags.ts';
import { COMMANDS } from './commands/index.ts';
import { DataError } from '../data/dataset.ts';

/** For commands without a flag spec (lenient parsing): flags that never take a value. */
const BOOLEAN_FLAGS = ['json', 'train', 'help', 'h', 'version', 'report', 'resume', 'quick', 'accept', 'verbose', 'allow-missing', 'allow-extra', 'values'];

function usage(): string {
  const w = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'dlc — a compile-ahead deep-learning compiler for WebGPU',
    '',
    'usage: dlc <command> [options]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`),
    '',
    'Run `dlc <command> --help` for a command\'s options.',
    '',
    EXIT_CODES,
  ].join('\n');
}

/** `dlc <command> --help`: the command's own help and the exit codes. */
export function helpOf(cmd: Command): string {
  return `${cmd.help}\n\n${EXIT_CODES}`;
}

function wantsHelp(rest: readonly string[]): boolean {
  const end = rest.indexOf('--');
  return (end < 0 ? rest : rest.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    const near = closestName(name, COMMANDS.map((c) => c.name));
    io.err(`dlc: unknown command '${name}'${near ? `; did you mean '${near}'?` : ''}\n\n${usage()}`);
    return 2;
  }
  if (wantsHelp(rest)) {
    io.out(helpOf(cmd));
    return 0;
  }
  let args: ParsedArgs;
  try {
    args = cmd.flags ? parseFlags(rest, cmd.flags, cmd.maxPositional) : parseArgs(rest, BOOLEAN_FLAGS);
  } catch (e) {
    if (!(e instanceof FlagError)) throw e;
    io.err(`dlc ${name}: ${e.message}\n\nRun \`dlc ${name} --help\` for its options.`);
    return 2;
  }
  try {
    return await cmd.run(args, io);
  } catch (e) {
    if (e instanceof CompileError) {
      io.err(renderDiagnostic(e));
      return 1;
    }
    if (e instanceof UsageError) {
      io.err(`dlc ${name}: ${e.message}\n\n${cmd.help}`);
      return 2;
    }
    // Bad data (a CSV cell, an unreadable image folder, samples of the wrong shape): the message says what and where.
    if (e instanceof DataError) {
      io.err(`dlc ${name}: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
