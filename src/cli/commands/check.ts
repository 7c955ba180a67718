/** @file `dlc check model.ts`: TypeScript and dlc errors, each located with a code frame; exit 1 on any. */
import { renderDiagnostic } from '../../ir/index.ts';
import { checkModelFile, projectFiles } from '../../frontend/index.ts';
import { UsageError, type Command } from '../command.ts';
import { PlanCache, traceCache } from '../plan-cache.ts';

export const checkCommand: Command = {
  name: 'check',
  summary: 'type-check a model file and report dlc errors (shapes, options, sizes, imports)',
  help: `usage: dlc check <model.ts>

Reads the model file statically (it is never run) and reports every TypeScript type error and the
first dlc error (unknown layers, bad options, shape mismatches, cyclic imports, absurd sizes), each
as file:line:col, an error code, a message, and a code frame. Exits 1 on any error, 0 when clean.
Files checked clean before (same content, same dlc) are not checked again: the plan cache
(the one dlc train keeps, in ~/.cache/dlc/plans; DLC_CACHE=0 turns it off).`,
  flags: [],
  maxPositional: 1,
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('expected a model file');
    const cache = PlanCache.open(file, 'check');
    if (cache?.checkedClean()) {
      traceCache(io);
      io.out(`${file}: ok`);
      return 0;
    }
    const errors = checkModelFile(file);
    for (const e of errors) io.err(renderDiagnostic(e) + '\n');
    if (errors.length > 0) {
      io.err(`${errors.length} error${errors.length === 1 ? '' : 's'} in ${file}`);
      return 1;
    }
    cache?.storeClean(projectFiles());
    traceCache(io);
    io.out(`${file}: ok`);
    return 0;
  },
};
