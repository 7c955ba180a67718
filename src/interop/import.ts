/**
 * @file `dlc import-weights`' core: a Keras (.h5, .weights.h5, .keras) or TF.js (model.json) file
 * in, the model's weights as `<layer>.<weight>` safetensors out, with a report of what matched.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import type { CompiledModel } from '../frontend/index.ts';
import { formatShape } from '../ir/index.ts';
import { encodeSafetensors } from '../train/safetensors.ts';
import { readKerasH5 } from './hdf5.ts';
import { readKerasArchive } from './keras-archive.ts';
import { matchWeights, type MatchReport } from './match.ts';
import { ImportError, type FileWeight, type WeightFile } from './source.ts';
import { readTfjsModel } from './tfjs.ts';

export interface ImportOptions {
  /** Layer renames, file name → model name (`dense_Dense1` → `dense`). */
  readonly renames?: ReadonlyMap<string, string>;
  /** Write what matched even if some model weights are missing (they keep their initialisers elsewhere). */
  readonly allowMissing?: boolean;
  /** Accept file weights the model has no place for (a classifier head that is replaced). */
  readonly allowExtra?: boolean;
}

export interface ImportResult {
  readonly report: MatchReport;
  /** The safetensors bytes, or undefined when the import is refused (nothing is written then). */
  readonly bytes: Uint8Array | undefined;
  readonly problems: readonly string[];
}

/** Reads any supported file, chosen by its first bytes (zip, HDF5) or a .json name. */
export async function readWeightFile(path: string): Promise<WeightFile> {
  if (!existsSync(path)) throw new ImportError(`${path} does not exist`);
  if (path.endsWith('.json')) return readTfjsModel(path);
  const head = Buffer.alloc(4);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PK\x03\x04') return readKerasArchive(path);
  return { path, ...(await readKerasH5(path)) };
}

export async function importWeights(model: CompiledModel, path: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const file = await readWeightFile(path);
  const report = matchWeights(model, file, opts.renames);
  const count = (s: string): number => report.rows.filter((r) => r.status === s).length;
  const problems: string[] = [];
  if (count('missing') > 0 && !opts.allowMissing) problems.push(`${count('missing')} model weights are not in the file`);
  if (count('shape') > 0) problems.push(`${count('shape')} weights have another shape in the file`);
  if (count('type') > 0) problems.push(`${count('type')} weights belong to a layer of another kind in the file`);
  if (count('collision') > 0) problems.push(`${count('collision')} weights are claimed by more than one tensor of the file`);
  if (report.extra.length > 0 && !opts.allowExtra) problems.push(`${report.extra.length} tensors of the file have no place in the model`);
  if (report.tensors.size === 0 && problems.length === 0) problems.push('no weight of the model is in the file');
  const bytes = problems.length > 0 ? undefined : encodeSafetensors(report.tensors, { format: 'dlc-weights', model: model.name, source: file.format });
  return { report, bytes, problems };
}

const shape = (s: readonly number[]): string => formatShape(s);

/** The report: one row per model weight, then the file's extra tensors, then the totals. */
export function renderReport(r: MatchReport): string {
  const rows = r.rows.map((x) => [x.param.name, shape(x.param.shape), x.from.map(where).join(' | ') || '—', x.status === 'matched' ? 'ok' : x.status.toUpperCase(), x.hint ?? ''] as const);
  const head = ['model weight', 'shape', 'from the file', 'status'] as const;
  const w = [0, 1, 2, 3].map((i) => Math.max(head[i]!.length, ...rows.map((x) => x[i]!.length)) + 2);
  const line = (x: readonly string[]): string => x.slice(0, 4).map((c, i) => c.padEnd(w[i]!)).join('').trimEnd();
  const out = [`${r.file.path} (${r.file.format}) → ${r.model}`, line(head)];
  for (const x of rows) out.push(line(x), ...(x[4] ? [`    hint: ${x[4]}`] : []));
  if (r.extra.length > 0) {
    out.push(`extra (in the file, not in the model):`);
    for (const e of r.extra.slice(0, 20)) out.push(`  ${where(e)}`);
    if (r.extra.length > 20) out.push(`  … and ${r.extra.length - 20} more`);
    if (r.extraHint) out.push(`    hint: ${r.extraHint}`);
  }
  if (r.file.ignored.length > 0) out.push(`ignored: ${r.file.ignored.join(', ')} (optimizer state and model-level variables are not weights)`);
  const n = (s: string): number => r.rows.filter((x) => x.status === s).length;
  out.push(`matched ${n('matched')}, missing ${n('missing')}, shape mismatches ${n('shape')}, type mismatches ${n('type')}, collisions ${n('collision')}, extra ${r.extra.length}`);
  return out.join('\n');
}

const where = (w: FileWeight): string => `${w.where} ${shape(w.shape)}`;
