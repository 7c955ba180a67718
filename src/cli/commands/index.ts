/** @file Every `dlc` subcommand, in the order `dlc --help` lists them. One line per command. */
import type { Command } from '../command.ts';
import { opsCommand } from './ops.ts';

export const COMMANDS: readonly Command[] = [
  opsCommand,
];
