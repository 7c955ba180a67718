/** @file The graph-to-graph passes by name, for `dlc ir --after <pass>` and for pipelines built from names. */
import { foldBn } from './fold-bn.ts';
import { hoistParams } from './hoist-params.ts';
import { unknownPass, type Pass } from './pass.ts';
import { simplify } from './simplify.ts';

export { runPipeline, Stepper, formatStep, type Pass, type PassContext, type PassResult, type PassStats, type StepRecord } from './pass.ts';

/** Every Pass object, in the order an inference compile runs them. */
export const PASSES: readonly Pass[] = [simplify, foldBn, hoistParams];

export const PASS_NAMES: readonly string[] = PASSES.map((p) => p.name);

/** The pass named `name`, or E_PASS_UNKNOWN listing the names there are. */
export function getPass(name: string): Pass {
  const p = PASSES.find((x) => x.name === name);
  if (!p) throw unknownPass(name, PASS_NAMES);
  return p;
}
