/** @file Every `dlc` subcommand, in the order `dlc --help` lists them. One line per command. */
import type { Command } from '../command.ts';
import { buildCommand } from './build.ts';
import { compareCommand } from './compare.ts';
import { checkCommand } from './check.ts';
import { evaluateCommand } from './evaluate.ts';
import { explainCommand } from './explain.ts';
import { exportCommand } from './export.ts';
import { importWeightsCommand } from './import-weights.ts';
import { initCommand } from './init.ts';
import { irCommand } from './ir.ts';
import { opsCommand } from './ops.ts';
import { runCommand } from './run.ts';
import { runIrCommand } from './run-ir.ts';
import { saliencyCommand } from './saliency.ts';
import { featuresCommand } from './features.ts';
import { dreamCommand } from './dream.ts';
import { summaryCommand } from './summary.ts';
import { trainCommand } from './train.ts';
import { weightsCommand } from './weights.ts';

export const COMMANDS: readonly Command[] = [
  checkCommand,
  summaryCommand,
  irCommand,
  opsCommand,
  runIrCommand,
  buildCommand,
  explainCommand,
  runCommand,
  trainCommand,
  evaluateCommand,
  compareCommand,
  weightsCommand,
  initCommand,
  importWeightsCommand,
  exportCommand,
  saliencyCommand,
  featuresCommand,
  dreamCommand,
];
