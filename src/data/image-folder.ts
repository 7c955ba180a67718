/**
 * @file `imageFolder(dir, { size, colorMode, labels, validationSplit, … })`: a folder of class
 * subfolders → a Dataset, with Keras image_dataset_from_directory semantics, decoded through the
 * disk cache with a progress bar, and the class names and preprocessing recorded for checkpoints.
 */
import { ProgressBar, type ProgressSink } from '../train/progress.ts';
import { CHANNELS, toFeatures, type ColorMode, type DataInfo, type ImagePreprocess } from '../runtime/preprocess.ts';
import { sampleSize, splitFraction, type Dataset, type Split } from './dataset.ts';
import { decodeImageFile, ImageDecodeError } from './image-decode.ts';
import { defaultCacheDir, entryKey, packPath, readPack, writePack } from './image-cache.ts';
import { DataError, listImageFolder, type ImageEntry, type ImageSplitList } from './image-list.ts';

export type LabelMode = 'int' | 'categorical' | 'binary';

export interface ImageFolderOptions {
  readonly path: string;
  /** [height, width]; default the model input's, else 256×256 as in Keras. */
  readonly size?: readonly [number, number];
  /** Default from the model input's channels (1 grayscale, 3 rgb, 4 rgba), else rgb. */
  readonly colorMode?: ColorMode;
  readonly labels?: LabelMode;
  readonly validationSplit?: number;
  readonly seed?: number;
  /** Pixel multiplier (default 1/255: features in [0, 1]; 1 keeps Keras' 0–255 for a model that rescales itself). */
  readonly scale?: number;
  readonly offset?: number;
  readonly mean?: readonly number[];
  readonly std?: readonly number[];
  /** Centre-crop to the target aspect ratio before resizing (Keras crop_to_aspect_ratio); default stretch. */
  readonly cropToAspectRatio?: boolean;
  /** 'skip' counts unreadable images and trains without them; default 'fail' names the first one. */
  readonly onError?: 'fail' | 'skip';
  readonly cache?: boolean;
}

export interface ImageLoadContext {
  /** The model input's per-sample shape [h, w, c], for defaults and a shape check. */
  readonly inputShape?: readonly number[];
  readonly progress?: ProgressSink;
  readonly cacheDir?: string;
  /** Notes for the user (ignored or skipped files). */
  readonly note?: (text: string) => void;
}

export interface ImageFolderResult extends Dataset {
  readonly info: DataInfo;
  readonly skipped: number;
}

export async function loadImageFolder(o: ImageFolderOptions, ctx: ImageLoadContext = {}): Promise<ImageFolderResult> {
  const p = preprocessOf(o, ctx.inputShape);
  const list = listImageFolder(o.path);
  const labels = o.labels ?? 'int';
  if (labels === 'binary' && list.classNames.length !== 2) throw new DataError(`labels: 'binary' needs exactly two class folders, ${o.path} has ${list.classNames.length} (${list.classNames.join(', ')}); use 'int' or 'categorical'`);
  const xShape = [p.size[0], p.size[1], CHANNELS[p.colorMode]];
  const k = list.classNames.length;
  const yShape = labels === 'int' ? [] : labels === 'binary' ? [1] : [k];
  const base = { name: `imageFolder:${o.path}`, xShape, yShape, yDtype: labels === 'int' ? ('i32' as const) : ('f32' as const), numClasses: k };
  let skipped = 0;
  const load = async (s: ImageSplitList, what: string): Promise<Split> => {
    const r = await decodeSplit(s, p, o, ctx, what);
    skipped += r.skipped;
    if (s.ignored.length) ctx.note?.(`${s.root}: ignored ${s.ignored.length} non-image file${s.ignored.length === 1 ? '' : 's'} (${s.ignored.slice(0, 3).join(', ')}${s.ignored.length > 3 ? ', …' : ''})`);
    return toSplit(r.entries, r.bytes, p, labels, k);
  };
  let train = await load(list.train, 'training');
  let validation = list.validation ? await load(list.validation, 'validation') : undefined;
  const test = list.test ? await load(list.test, 'test') : undefined;
  const d0: Dataset = { ...base, train };
  if (o.validationSplit && !validation) [train, validation] = splitFraction(d0, train, o.validationSplit, o.seed ?? 0);
  if (train.n === 0) throw new DataError(`${o.path}: no training image could be read${skipped ? ` (${skipped} skipped)` : ''}`);
  const info: DataInfo = { classNames: list.classNames, preprocess: p };
  return { ...base, train, ...(validation ? { validation } : {}), ...(test ? { test } : {}), info, skipped };
}

/** Sample and target shapes without decoding anything (the folder is only listed): what `dlc build --mode train` needs. */
export function imageFolderSpec(o: ImageFolderOptions, inputShape: readonly number[] | undefined): Pick<Dataset, 'xShape' | 'yShape' | 'yDtype'> {
  const p = preprocessOf(o, inputShape);
  const labels = o.labels ?? 'int';
  const k = listImageFolder(o.path).classNames.length;
  return { xShape: [p.size[0], p.size[1], CHANNELS[p.colorMode]], yShape: labels === 'int' ? [] : labels === 'binary' ? [1] : [k], yDtype: labels === 'int' ? 'i32' : 'f32' };
}

/** Size and colour from the options, else from the model's input; a disagreement is an error here, not a shape error later. */
export function preprocessOf(o: ImageFolderOptions, inputShape: readonly number[] | undefined): ImagePreprocess {
  const fromModel = inputShape?.length === 3 ? inputShape : undefined;
  const size = o.size ?? (fromModel ? [fromModel[0]!, fromModel[1]!] as const : ([256, 256] as const));
  const byChannels: Record<number, ColorMode> = { 1: 'grayscale', 3: 'rgb', 4: 'rgba' };
  const colorMode = o.colorMode ?? (fromModel ? byChannels[fromModel[2]!] : undefined) ?? 'rgb';
  if (inputShape) {
    const want = [size[0], size[1], CHANNELS[colorMode]];
    if (inputShape.length !== 3 || want.some((d, i) => d !== inputShape[i])) {
      throw new DataError(`imageFolder(${o.path}) gives images of shape [${want.join(', ')}] (size [${size.join(', ')}], colorMode '${colorMode}') but the model's input is [${inputShape.join(', ')}]; set size and colorMode to match, or change the model's input`);
    }
  }
  return {
    kind: 'image', size: [size[0], size[1]], colorMode, crop: o.cropToAspectRatio ?? false, scale: o.scale ?? 1 / 255, offset: o.offset ?? 0,
    ...(o.mean ? { mean: [...o.mean] } : {}), ...(o.std ? { std: [...o.std] } : {}),
  };
}

interface Decoded {
  readonly entries: ImageEntry[];
  readonly bytes: Uint8Array[];
  readonly skipped: number;
}

/** Cached bytes where path, size and mtime match; the rest decoded (8 at a time, sharp uses its own threads) and the pack rewritten. */
async function decodeSplit(s: ImageSplitList, p: ImagePreprocess, o: ImageFolderOptions, ctx: ImageLoadContext, what: string): Promise<Decoded> {
  const sampleBytes = p.size[0] * p.size[1] * CHANNELS[p.colorMode];
  const useCache = o.cache !== false;
  const pack = useCache ? packPath(ctx.cacheDir ?? defaultCacheDir(), s.root, p) : '';
  const cached = useCache ? readPack(pack, sampleBytes) : new Map<string, Uint8Array>();
  const out: (Uint8Array | null)[] = s.entries.map((e) => cached.get(entryKey(e)) ?? null);
  const todo = out.flatMap((b, i) => (b ? [] : [i]));
  const bar = ctx.progress && todo.length ? new ProgressBar(ctx.progress, `decoding ${what} images`, todo.length, 30, 'images') : undefined;
  let done = 0;
  const errors: ImageDecodeError[] = [];
  const worker = async (): Promise<void> => {
    for (let i = todo.pop(); i !== undefined; i = todo.pop()) {
      try {
        out[i] = await decodeImageFile(s.entries[i]!.path, p);
      } catch (e) {
        if (!(e instanceof ImageDecodeError)) throw e;
        errors.push(e);
        if (o.onError !== 'skip') todo.length = 0;
      }
      bar?.update(++done, {});
    }
  };
  const total = todo.length;
  await Promise.all(Array.from({ length: Math.min(8, todo.length) }, worker));
  if (errors.length && o.onError !== 'skip') throw new DataError(`${errors[0]!.message}; fix or remove it, or pass onError: 'skip' to train without unreadable images`);
  bar?.finish(`${total - errors.length} decoded${errors.length ? `, ${errors.length} skipped` : ''}`);
  if (errors.length) ctx.note?.(`skipped ${errors.length} unreadable image${errors.length === 1 ? '' : 's'} in ${s.root} (first: ${errors[0]!.message})`);
  const keep = s.entries.flatMap((e, i) => (out[i] ? [i] : []));
  if (useCache && total > 0) writePack(pack, sampleBytes, new Map(keep.map((i) => [entryKey(s.entries[i]!), out[i]!])));
  return { entries: keep.map((i) => s.entries[i]!), bytes: keep.map((i) => out[i]!), skipped: errors.length };
}

function toSplit(entries: readonly ImageEntry[], bytes: readonly Uint8Array[], p: ImagePreprocess, labels: LabelMode, k: number): Split {
  const size = sampleSize([p.size[0], p.size[1], CHANNELS[p.colorMode]]);
  const x = new Float32Array(entries.length * size);
  bytes.forEach((b, i) => toFeatures(b, p, x, i * size));
  if (labels === 'int') return { n: entries.length, x, y: Int32Array.from(entries, (e) => e.label) };
  const width = labels === 'binary' ? 1 : k;
  const y = new Float32Array(entries.length * width);
  entries.forEach((e, i) => (labels === 'binary' ? (y[i] = e.label) : (y[i * k + e.label] = 1)));
  return { n: entries.length, x, y };
}
