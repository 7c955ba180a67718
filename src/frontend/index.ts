/** @file Frontend entry: a model file in, a Program out (models, graphs, params, training config); never runs user code. */
import { CompileError } from '../ir/index.ts';
import { displayPath } from './diag.ts';
import { Loader } from './module.ts';
import { programOf, type Program } from './program.ts';
import { isStackOverflow, loadSource, projectFiles, typeErrors } from './project.ts';
export { projectFiles };

export type { Program, CompiledModel, LayerRow, ParamInfo } from './program.ts';
export type { TrainConfig, TrainStepConfig, OptimizerConfig, LossKind, LossOptions, DatasetConfig } from './train-config.ts';
export type { WeightSource } from './pretrained.ts';
export { distillerModel, type DistillerDef } from './distiller.ts';
export type { LowerOptions } from './lower.ts';

/** Evaluates a model file statically. Throws a located CompileError for any bad input. */
export function compileModelFile(path: string): Program {
  return compileModelFileSources(path).program;
}

/** compileModelFile, and the absolute paths of the model files it read (the file and all it imports): what a cached compile re-checks. */
export function compileModelFileSources(path: string): { program: Program; files: string[] } {
  try {
    const loader = new Loader();
    const rec = loader.entry(path);
    return { program: programOf(displayPath(rec.file.getFilePath()), rec.exports, rec.file), files: [...loader.modules.keys()] };
  } catch (e) {
    if (e instanceof CompileError) throw e;
    // Anything else is a bug in dlc; say so without a stack trace, at the file level.
    throw new CompileError('E_INTERNAL', `internal error while compiling ${path}: ${e instanceof Error ? e.message : String(e)}`, {
      hint: 'this is a bug in dlc; please report it with the model file',
    });
  }
}

/** `dlc check`: TypeScript's errors and dlc's, in source order; empty when the model is clean. */
export function checkModelFile(path: string): CompileError[] {
  const errors: CompileError[] = [];
  let dlcError: CompileError | undefined;
  try {
    compileModelFile(path);
  } catch (e) {
    dlcError = e as CompileError;
  }
  // TypeScript's checker recurses like dlc's evaluator: code too deeply nested for one is for the other.
  if (dlcError?.code === 'E_FILE_NOT_FOUND' || dlcError?.code === 'E_SYNTAX' || dlcError?.code === 'E_NESTING') return [dlcError];
  const sf = loadSource(path);
  // A TypeScript error on the same line as dlc's is the same mistake seen twice; dlc's says more.
  if (sf) errors.push(...typeErrorsOrNone(sf).filter((t) => !dlcError?.loc || t.loc?.line !== dlcError.loc.line || t.loc.file !== dlcError.loc.file));
  if (dlcError) errors.push(dlcError);
  return errors.sort((a, b) => (a.loc?.file ?? '').localeCompare(b.loc?.file ?? '') || (a.loc?.line ?? 0) - (b.loc?.line ?? 0) || (a.loc?.col ?? 0) - (b.loc?.col ?? 0));
}

/** TypeScript's own errors; none when its checker overflows the stack (dlc's error still stands). */
function typeErrorsOrNone(sf: NonNullable<ReturnType<typeof loadSource>>): CompileError[] {
  try {
    return typeErrors(sf);
  } catch (e) {
    if (isStackOverflow(e)) return [];
    throw e;
  }
}
