/** @file Image inputs of `dlc run`: which arguments are images (files, folders, lists), decoded into one batch exactly as imageFolder() decoded the training data. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeImageFile, ImageDecodeError, isImageFile } from '../../data/image-decode.ts';
import { toFeatures, type ImagePreprocess } from '../../runtime/preprocess.ts';
import { UsageError } from '../command.ts';

/** The image files named by the --input spec and the extra arguments, or undefined when the input is not images. */
export function imageInputFiles(specs: readonly string[]): string[] | undefined {
  const parts = specs.flatMap((s) => s.split(',')).filter(Boolean);
  const isDir = (p: string): boolean => statSafe(p)?.isDirectory() ?? false;
  if (!parts.some((p) => isImageFile(p) || isDir(p))) return undefined;
  const files = parts.flatMap((p) => (isDir(p) ? imagesUnder(p) : [p]));
  const other = files.find((f) => !isImageFile(f));
  if (other) throw new UsageError(`${other} is not an image (.png, .jpg, .jpeg, .webp, .gif); pass images, or one .json/.npy input`);
  if (files.length === 0) throw new UsageError(`${parts.join(', ')} holds no images`);
  return files;
}

function imagesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number): void => {
    if (depth > 32) throw new UsageError(`${d} is nested too deep (a symlink loop?)`);
    for (const n of readdirSync(d).sort()) {
      if (n.startsWith('.')) continue;
      const p = join(d, n);
      if (statSafe(p)?.isDirectory()) walk(p, depth + 1);
      else if (isImageFile(p)) out.push(p);
    }
  };
  walk(dir, 0);
  return out;
}

function statSafe(p: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/**
 * f32 features of `files` in one batch of the input's shape (rows past the last file stay zero). A
 * file that cannot be decoded (a HEIC with a .jpg name, a JPEG cut short) leaves its row zero and its
 * reason in `failed`, so a folder of photos is answered but for the bad ones.
 */
export async function readImageBatch(files: readonly string[], p: ImagePreprocess, shape: readonly number[], failed: Map<string, string>): Promise<Float32Array> {
  const size = shape.slice(1).reduce((a, b) => a * b, 1);
  const x = new Float32Array((shape[0] ?? 1) * size);
  for (const [i, f] of files.entries()) {
    let bytes: Uint8Array;
    try {
      bytes = await decodeImageFile(f, p);
    } catch (e) {
      if (!(e instanceof ImageDecodeError)) throw e;
      failed.set(f, e.message);
      continue;
    }
    if (bytes.length !== size) throw new UsageError(`${f} decodes to ${bytes.length} values but the model's input takes ${size}`);
    toFeatures(bytes, p, x, i * size);
  }
  return x;
}
