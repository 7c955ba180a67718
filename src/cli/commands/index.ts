/** @file Every `dlc` subcommand, in the order `dlc --help` lists them. One line per command. */
import type { Command } from '../command.ts';
import { checkCommand } from './check.ts';
import { irCommand } from './ir.ts';
import { opsCommand } from './ops.ts';
import { runIrCommand } from './run-ir.ts';
import { summaryCommand } from './summary.ts';

export const COMMANDS: readonly Command[] = [
  checkCommand,
  summaryCommand,
  irCommand,
  opsCommand,
  runIrCommand,
];
