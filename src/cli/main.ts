/** @file The `dlc` command: dispatches to a subcommand; user errors print as diagnostics, never stacks. */
import { CompileError, renderDiagnostic } from '../ir/index.ts';
import { parseArgs, UsageError, type Io } from './command.ts';
import { COMMANDS } from './commands/index.ts';

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
  ].join('\n');
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`dlc: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  const args = parseArgs(rest, BOOLEAN_FLAGS);
  if (args.flags.help || args.flags.h) {
    io.out(cmd.help);
    return 0;
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
    throw e;
  }
}
