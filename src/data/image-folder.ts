/**
 * @file `imageFolder(dir, { size, colorMode, labels, validationSplit, … })`: a folder of class
 * subfolders → a Dataset, with Keras image_dataset_from_directory semantics, decoded through the
 * disk cache with a progress bar, and the class names and preprocessing recorded for checkpoints.
 * A folder larger than the host budget is streamed from the cache instead of held (`hostBudget`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { ProgressBar, type ProgressSink } from '../train/progress.ts';
import { CHANNELS, toFeatures, type ColorMode, type DataInfo, type ImagePreprocess } from '../runtime/preprocess.ts';
import { formatBytes, sampleSize, splitFraction, StreamedSplit, type Dataset, type Split } from './dataset.ts';
import { decodeImageFile, ImageDecodeError } from './image-decode.ts';
import { defaultCacheDir, entryKey, packPath, PackReader, PackWriter } from './image-cache.ts';
import { DataError, listImageFolder, type ImageEntry, type ImageFolderList, type ImageSplitList } from './image-list.ts';

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
  /** Read images per batch from the cache instead of holding them (default: only past the host budget, see `hostBudget`). */
  readonly stream?: boolean;
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
  const stream = streamChoice(o, list, sampleSize(xShape), ctx);
  const load = async (s: ImageSplitList, what: string): Promise<Split> => {
    const r = await decodeSplit(s, p, o, ctx, what, stream);
    skipped += r.skipped;
    noteIgnored(s, ctx);
    return toSplit(r, p, labels, k, s.root);
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

/** Files left out of a split, said once: iPhone HEIC photos apart, since those are images the student meant to train on. */
function noteIgnored(s: ImageSplitList, ctx: ImageLoadContext): void {
  const few = (l: readonly string[]): string => `${l.slice(0, 3).join(', ')}${l.length > 3 ? ', …' : ''}`;
  const heic = s.ignored.filter((f) => /\.hei[cf]$/i.test(f));
  const other = s.ignored.filter((f) => !/\.hei[cf]$/i.test(f));
  if (heic.length) ctx.note?.(`${s.root}: ${heic.length} HEIC/HEIF photo${heic.length === 1 ? ' is' : 's are'} not read (${few(heic)}): sharp as npm ships it cannot decode HEIC; convert them to JPEG (macOS: sips -s format jpeg IN.heic --out OUT.jpg; Linux: heif-convert), or set the iPhone to Settings → Camera → Formats → Most Compatible`);
  if (other.length) ctx.note?.(`${s.root}: ignored ${other.length} non-image file${other.length === 1 ? '' : 's'} (${few(other)})`);
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

/** Streamed when asked (`stream: true`), else when every split as float32 would exceed the host budget. */
function streamChoice(o: ImageFolderOptions, list: ImageFolderList, size: number, ctx: ImageLoadContext): boolean {
  if (o.stream !== undefined) return o.stream;
  const n = [list.train, list.validation, list.test].reduce((a, s) => a + (s?.entries.length ?? 0), 0);
  const need = n * size * 4;
  const budget = hostBudget();
  if (need <= budget) return false;
  ctx.note?.(`streaming ${n} images from the image cache, a batch at a time: as float32 they take ${formatBytes(need)}, over the host budget of ${formatBytes(budget)} (${process.env.DLC_MAX_HOST_BYTES ? 'DLC_MAX_HOST_BYTES' : "a quarter of this machine's memory; DLC_MAX_HOST_BYTES sets it"})`);
  return true;
}

/**
 * Where dlc switches from holding a folder's decoded images in memory to streaming them from the
 * cache: when all its splits as float32 would take more than this. `$DLC_MAX_HOST_BYTES` (bytes, or
 * with a K/M/G suffix), else a quarter of the machine's memory.
 */
export function hostBudget(): number {
  const env = process.env.DLC_MAX_HOST_BYTES;
  if (env) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(env);
    if (!m) throw new DataError(`DLC_MAX_HOST_BYTES=${env} is not a size; give bytes, e.g. 4G or 512M`);
    return Math.floor(Number(m[1]) * 1024 ** ' kmg'.indexOf((m[2] || ' ').toLowerCase()));
  }
  return Math.floor(totalmem() / 4);
}

interface Decoded {
  readonly entries: ImageEntry[];
  /** Each kept entry's bytes (held in memory), or its slot in `reader` (streamed). */
  readonly bytes?: Uint8Array[];
  readonly stream?: { readonly reader: PackReader; readonly slots: Int32Array };
  readonly skipped: number;
}

/** A pack that lives as long as the process (streaming with cache: false). */
function tempPack(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-images-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'pack.bin');
}

/** A disk error while writing the cache, with what to do about it. */
function cacheError(e: unknown, path: string): Error {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? new DataError(`cannot write the image cache ${path} (${code}); free some space, set DLC_CACHE_DIR to a folder on another disk, or pass cache: false to imageFolder()`) : (e as Error);
}

/**
 * Cached bytes where path, size and mtime match; the rest decoded (8 at a time, sharp uses its own
 * threads) and appended to a new pack as they come, cached ones copied over. Held in memory, or —
 * when streaming — left in the pack and read per batch, so decoding a huge folder holds one image per worker.
 */
async function decodeSplit(s: ImageSplitList, p: ImagePreprocess, o: ImageFolderOptions, ctx: ImageLoadContext, what: string, stream: boolean): Promise<Decoded> {
  const sampleBytes = p.size[0] * p.size[1] * CHANNELS[p.colorMode];
  const useCache = o.cache !== false;
  const file = useCache ? packPath(ctx.cacheDir ?? defaultCacheDir(), s.root, p) : stream ? tempPack() : '';
  const old = useCache ? PackReader.open(file, sampleBytes) : undefined;
  const oldSlot = s.entries.map((e) => old?.slots.get(entryKey(e)) ?? -1);
  const todo = oldSlot.flatMap((slot, i) => (slot < 0 ? [i] : []));
  const total = todo.length;
  const mem: (Uint8Array | null)[] = s.entries.map(() => null);
  const slot = new Int32Array(s.entries.length).fill(-1);
  if (total === 0 && old) {
    // Everything is cached: read from the pack as it is.
    oldSlot.forEach((k, i) => (stream ? (slot[i] = k) : (mem[i] = old.read(k, new Uint8Array(sampleBytes)))));
    if (!stream) old.close();
    const keep = s.entries.flatMap((_, i) => [i]);
    return { entries: s.entries.slice(), ...(stream ? { stream: { reader: old, slots: Int32Array.from(keep, (i) => slot[i]!) } } : { bytes: keep.map((i) => mem[i]!) }), skipped: 0 };
  }
  let writer: PackWriter | undefined;
  try {
    writer = file ? new PackWriter(file, sampleBytes) : undefined;
    const put = (i: number, bytes: Uint8Array): void => {
      if (writer) slot[i] = writer.add(entryKey(s.entries[i]!), bytes);
      if (!stream) mem[i] = bytes;
    };
    const buf = new Uint8Array(sampleBytes);
    oldSlot.forEach((k, i) => k >= 0 && put(i, stream ? old!.read(k, buf) : old!.read(k, new Uint8Array(sampleBytes))));
    old?.close();
    const bar = ctx.progress && todo.length ? new ProgressBar(ctx.progress, `decoding ${what} images`, todo.length, 30, 'images') : undefined;
    let done = 0;
    const errors: ImageDecodeError[] = [];
    const worker = async (): Promise<void> => {
      for (let i = todo.pop(); i !== undefined; i = todo.pop()) {
        try {
          put(i, await decodeImageFile(s.entries[i]!.path, p));
        } catch (e) {
          if (!(e instanceof ImageDecodeError)) throw e;
          errors.push(e);
          if (o.onError !== 'skip') todo.length = 0;
        }
        bar?.update(++done, {});
      }
    };
    await Promise.all(Array.from({ length: Math.min(8, todo.length) }, worker));
    // What was decoded is cached even when a bad file stops the run: the next run decodes only the rest.
    writer?.finish();
    writer = undefined;
    if (errors.length && o.onError !== 'skip') throw new DataError(`${errors[0]!.message}; fix or remove it, or pass onError: 'skip' to train without unreadable images`);
    bar?.finish(`${total - errors.length} decoded${errors.length ? `, ${errors.length} skipped` : ''}`);
    if (errors.length) {
      // Every skipped file by name (a few), then the first one's reason: the student fixes them all at once.
      const names = errors.map((e) => relative(s.root, e.file)).sort();
      ctx.note?.(`skipped ${errors.length} unreadable image${errors.length === 1 ? '' : 's'} in ${s.root}: ${names.slice(0, 5).join(', ')}${names.length > 5 ? `, … (${names.length - 5} more)` : ''} (first: ${errors[0]!.message})`);
    }
    const keep = s.entries.flatMap((_, i) => (slot[i]! >= 0 || mem[i] ? [i] : []));
    const entries = keep.map((i) => s.entries[i]!);
    if (!stream) return { entries, bytes: keep.map((i) => mem[i]!), skipped: errors.length };
    const reader = PackReader.open(file, sampleBytes);
    if (!reader) throw new DataError(`the image cache ${file} could not be read back after writing it; check the disk, or set DLC_CACHE_DIR to another folder`);
    return { entries, stream: { reader, slots: Int32Array.from(keep, (i) => slot[i]!) }, skipped: errors.length };
  } catch (e) {
    writer?.abort();
    throw e instanceof DataError ? e : cacheError(e, file);
  }
}

function toSplit(r: Decoded, p: ImagePreprocess, labels: LabelMode, k: number, source: string): Split {
  const { entries } = r;
  const names = entries.map((e) => relative(source, e.path));
  const size = sampleSize([p.size[0], p.size[1], CHANNELS[p.colorMode]]);
  const width = labels === 'int' ? 1 : labels === 'binary' ? 1 : k;
  const y = labels === 'int' ? Int32Array.from(entries, (e) => e.label) : new Float32Array(entries.length * width);
  if (labels !== 'int') entries.forEach((e, i) => (labels === 'binary' ? (y[i] = e.label) : (y[i * k + e.label] = 1)));
  if (r.stream) {
    const { reader, slots } = r.stream;
    const buf = new Uint8Array(reader.sampleBytes);
    return new StreamedSplit(entries.length, y, { size, source, read: (i, out, at) => void toFeatures(reader.read(slots[i]!, buf), p, out, at) }, names);
  }
  const x = new Float32Array(entries.length * size);
  r.bytes!.forEach((b, i) => toFeatures(b, p, x, i * size));
  return { n: entries.length, x, y, names };
}
