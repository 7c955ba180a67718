/** @file `dlc check model.ts`: TypeScript and dlc errors, each located with a code frame; exit 1 on any. */
import { renderDiagnostic } from '../../ir/index.ts';
import { checkModelFile, projectFiles } from '../../frontend/index.ts';
import { UsageError, type Command, type Io } from '../command.ts';
import { PlanCache, traceCache } from '../plan-cache.ts';

export const checkCommand: Command = {
  name: 'check',
  summary: 'type-check a model file and report dlc errors (shapes, options, sizes, imports)',
  help: `usage: dlc check <model.ts> [more.ts …]

Reads each model file statically (it is never run) and reports every TypeScript type error and the
first dlc error (unknown layers, bad options, shape mismatches, cyclic imports, absurd sizes), each
as file:line:col, an error code, a message, and a code frame. Exits 1 on any error in any file, 0 when
all are clean. Files checked clean before (same content, same dlc) are not checked again: the plan cache
(the one dlc train keeps, in ~/.cache/dlc/plans; DLC_CACHE=0 turns it off).`,
  flags: [],
  async run(args, io) {
    if (args.positional.length === 0) throw new UsageError('expected a model file');
    let failed = 0;
    for (const file of args.positional) failed += checkOne(file, io) ? 0 : 1;
    return failed > 0 ? 1 : 0;
  },
};

/** One file: its diagnostics on stderr, `<file>: ok` on stdout when clean. */
function checkOne(file: string, io: Io): boolean {
  const cache = PlanCache.open(file, 'check');
  if (cache?.checkedClean()) {
    traceCache(io);
    io.out(`${file}: ok`);
    return true;
  }
  const errors = checkModelFile(file);
  for (const e of errors) io.err(renderDiagnostic(e) + '\n');
  if (errors.length > 0) {
    io.err(`${errors.length} error${errors.length === 1 ? '' : 's'} in ${file}`);
    return false;
  }
  cache?.storeClean(projectFiles());
  traceCache(io);
  io.out(`${file}: ok`);
  return true;
}
