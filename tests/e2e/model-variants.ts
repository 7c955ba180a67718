/** @file Small variants of the models in models/ for training tests: the same architecture with smaller inputs, widths and datasets. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { compileModelFile, type CompiledModel, type Program } from '../../src/frontend/index.ts';

/** A source edit: every occurrence of `from` becomes `to`; a missing `from` fails (the model changed). */
export type Edit = readonly [from: string, to: string];

/**
 * `models/<file>` with `edits` applied, written to a fresh temp folder (with any files it imports
 * from models/), compiled; `dir` is that folder, for checkpoints a model names relative to itself.
 */
export function variantProgram(file: string, edits: readonly Edit[], dir = mkdtempSync(join(tmpdir(), 'dlc-variant-'))): { program: Program; dir: string } {
  let src = readFileSync(join('models', file), 'utf8');
  for (const [from, to] of edits) {
    if (!src.includes(from)) throw new Error(`models/${file} no longer contains ${JSON.stringify(from)}; update the test's variant`);
    src = src.split(from).join(to);
  }
  mkdirSync(dir, { recursive: true });
  for (const m of src.matchAll(/from '\.\/([\w-]+)(\.ts)?'/g)) {
    const dep = `${m[1]}.ts`;
    if (!existsSync(join(dir, dep))) copyFileSync(join('models', dep), join(dir, dep));
  }
  const path = join(dir, basename(file));
  writeFileSync(path, src);
  return { program: compileModelFile(path), dir };
}

/** The trainable model of a variant: `name` picks one of several, else the default export. */
export function variant(file: string, edits: readonly Edit[], name?: string): CompiledModel {
  const { program } = variantProgram(file, edits);
  const m = name ? program.models.find((x) => x.name === name) : program.main;
  if (!m) throw new Error(`models/${file} has no model named ${name}`);
  return m;
}
