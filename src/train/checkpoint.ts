/**
 * @file Checkpoints: every param, state and optimizer slot plus the loop's own position, in one
 * safetensors file written atomically, so a kill at any moment leaves the previous one intact and
 * `--resume` continues bit-identically.
 */
import { existsSync, readFileSync } from 'node:fs';
import { formatType, type TensorType } from '../ir/index.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { validateLoopState, type LoopState, type ResumeRequest } from './loop-state.ts';
import { decodeSafetensors, encodeSafetensors, type NamedTensor } from './safetensors.ts';
import { checkData } from '../runtime/bundle-data.ts';
import { clip } from '../runtime/errors.ts';
import type { DataInfo } from '../runtime/preprocess.ts';

export type { LoopState, PartialMetrics, ResumeRequest } from './loop-state.ts';

export interface Checkpoint {
  readonly tensors: Map<string, NamedTensor>;
  readonly loop: LoopState;
  readonly model: string;
  /** Class names and preprocessing of the training data (JSON in the metadata), for `dlc build` to put in the bundle. */
  readonly data?: DataInfo;
}

export function saveCheckpoint(path: string, ck: Checkpoint): void {
  const bytes = encodeSafetensors(ck.tensors, { format: 'dlc-checkpoint', version: '1', model: ck.model, loop: JSON.stringify(ck.loop), ...(ck.data ? { data: JSON.stringify(ck.data) } : {}) });
  writeFileAtomic(path, bytes);
}

/**
 * Reads a checkpoint and checks it against what the compiled step expects (every name, dtype and
 * shape), so a checkpoint of another model or a damaged file is refused before any GPU work.
 */
export function loadCheckpoint(path: string, expected: ReadonlyMap<string, TensorType>, model: string, run: ResumeRequest = {}): Checkpoint {
  const { tensors, metadata } = readCheckpointFile(path, model);
  matchTensors(path, tensors, expected, true);
  return { tensors, loop: parseLoop(path, metadata, run), model };
}

/** Every expected tensor present with its dtype and shape; with `exact`, nothing else either. */
function matchTensors(path: string, tensors: ReadonlyMap<string, NamedTensor>, expected: ReadonlyMap<string, TensorType>, exact: boolean): void {
  const missing = [...expected.keys()].filter((k) => !tensors.has(k));
  const extra = exact ? [...tensors.keys()].filter((k) => !expected.has(k)) : [];
  if (missing.length || extra.length) {
    const list = (names: string[]): string => names.slice(0, 5).map((n) => clip(n, 80)).join(', ');
    throw new Error(`${path} does not match the model: ${missing.length ? `missing ${list(missing)}` : ''}${missing.length && extra.length ? '; ' : ''}${extra.length ? `unexpected ${list(extra)}` : ''}`);
  }
  for (const [name, want] of expected) {
    const got = tensors.get(name)!;
    if (got.dtype !== want.dtype || got.shape.length !== want.shape.length || got.shape.some((d, i) => d !== want.shape[i])) {
      throw new Error(`${path}: tensor '${name}' is ${formatType(got)} but the model needs ${formatType(want)}`);
    }
  }
}

/** The file decoded, a dlc checkpoint of this model: damage, truncation or another model's file is refused here. */
function readCheckpointFile(path: string, model: string): ReturnType<typeof decodeSafetensors> {
  if (!existsSync(path)) throw new Error(`checkpoint ${path} does not exist`);
  const decoded = decodeSafetensors(readFileSync(path), path);
  const { metadata } = decoded;
  if (metadata.format !== 'dlc-checkpoint') throw new Error(`${path} is not a dlc checkpoint (format ${JSON.stringify(metadata.format)})`);
  if (metadata.model !== model) throw new Error(`${path} is a checkpoint of model '${clip(String(metadata.model), 80)}', not '${model}'`);
  return decoded;
}

/**
 * What can be checked before any GPU work (the optimizer slots are known only once the step is
 * compiled): the file is whole, of this model, holds every model weight at its shape, and its loop
 * state is valid and consistent with the run that resumes it (`run`: epochs, seed, batch asked for).
 */
export function precheckCheckpoint(path: string, model: string, params: readonly { readonly name: string; readonly shape: readonly number[] }[], run: ResumeRequest = {}): LoopState {
  const { tensors, metadata } = readCheckpointFile(path, model);
  const expected = new Map<string, TensorType>(params.map((p) => [p.name, { dtype: 'f32', shape: [...p.shape] }]));
  matchTensors(path, tensors, expected, false);
  return parseLoop(path, metadata, run);
}

function parseLoop(path: string, metadata: Record<string, string>, run: ResumeRequest): LoopState {
  let raw: unknown;
  try {
    raw = JSON.parse(metadata.loop ?? '');
  } catch {
    throw new Error(`${path}: the training-loop state in its metadata is damaged`);
  }
  return validateLoopState(path, raw, run);
}

/**
 * The training data's class names and preprocessing from a checkpoint's (or any safetensors file's)
 * metadata; undefined when absent, or when it is not what a bundle's runtime accepts (bundle-data.ts:
 * a crafted file's labels never reach a bundle).
 */
export function checkpointDataInfo(metadata: Readonly<Record<string, string>>): DataInfo | undefined {
  if (!metadata.data) return undefined;
  try {
    const info: unknown = JSON.parse(metadata.data);
    checkData(info, (m) => {
      throw new Error(m);
    });
    return info as DataInfo;
  } catch {
    return undefined;
  }
}

/** The seed of the run that wrote a dlc checkpoint (what it shuffled and split with); undefined for other weight files. */
export function checkpointSeed(file: string): number | undefined {
  try {
    const { metadata } = decodeSafetensors(readFileSync(file), file);
    return metadata.format === 'dlc-checkpoint' ? parseLoop(file, metadata, {}).seed : undefined;
  } catch {
    return undefined;
  }
}

/** The same, read from a weights file (already read and checked by its loader): undefined when absent or unreadable. */
export function fileDataInfo(file: string | undefined): DataInfo | undefined {
  if (!file) return undefined;
  try {
    return checkpointDataInfo(decodeSafetensors(readFileSync(file), file).metadata);
  } catch {
    return undefined;
  }
}
