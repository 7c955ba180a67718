/**
 * @file The preprocessing a dataset applied in training, written into the checkpoint and the bundle
 * manifest, and applied again at prediction: pixels → features, outputs → labelled answers.
 * Shared by dlc (Node) and the shipped runtime (browser), so it imports nothing (but types).
 */
import type { TextVectorizer } from './text.ts';

export type ColorMode = 'grayscale' | 'rgb' | 'rgba';

/** How an image became the model's input: resize, colour, then `(v·scale + offset − mean[c]) / std[c]`. */
export interface ImagePreprocess {
  readonly kind: 'image';
  /** [height, width]. */
  readonly size: readonly [number, number];
  readonly colorMode: ColorMode;
  /** Centre-crop to the target aspect ratio before resizing (else stretch, Keras' default). */
  readonly crop: boolean;
  readonly scale: number;
  readonly offset: number;
  /** Per-channel normalisation after scaling (absent: none). */
  readonly mean?: readonly number[];
  readonly std?: readonly number[];
}

/** What a training dataset says about its data, carried to checkpoints and bundles. */
export interface DataInfo {
  /** Class names by index (classification datasets with named classes). */
  readonly classNames?: readonly string[];
  readonly preprocess?: ImagePreprocess;
  /** Feature column names of a table (csv), in order. */
  readonly features?: readonly string[];
  /** Categorical feature columns (csv `categorical`) → their sorted values: the column is one-hot over them, in its place. */
  readonly categories?: Readonly<Record<string, readonly string[]>>;
  /** A text column (csv `text`) and its vocabulary: the model's input is its token ids. */
  readonly text?: TextVectorizer;
}

export const CHANNELS: Readonly<Record<ColorMode, number>> = { grayscale: 1, rgb: 3, rgba: 4 };

/**
 * RGBA bytes → the colour mode's channels. Grey is ITU-R 601 luma with TensorFlow's
 * rgb_to_grayscale weights (0.2989, 0.5870, 0.1140), rounded.
 */
export function colorize(rgba: Uint8Array | Uint8ClampedArray, mode: ColorMode): Uint8Array {
  const n = rgba.length / 4;
  if (mode === 'rgba') return Uint8Array.from(rgba);
  const c = CHANNELS[mode];
  const out = new Uint8Array(n * c);
  for (let i = 0; i < n; i++) {
    const r = rgba[4 * i]!;
    const g = rgba[4 * i + 1]!;
    const b = rgba[4 * i + 2]!;
    if (c === 1) out[i] = Math.round(0.2989 * r + 0.587 * g + 0.114 * b);
    else out.set([r, g, b], 3 * i);
  }
  return out;
}

/** Decoded bytes (h·w·c) → float features in `out` at `at`. */
export function toFeatures(bytes: Uint8Array, p: ImagePreprocess, out: Float32Array = new Float32Array(bytes.length), at = 0): Float32Array {
  const c = CHANNELS[p.colorMode];
  const { scale, offset, mean, std } = p;
  // The common case (scale and offset only) without per-value lookups: it runs once per sample per batch when streaming.
  if (!mean && !std) {
    for (let i = 0; i < bytes.length; i++) out[at + i] = bytes[i]! * scale + offset;
    return out;
  }
  for (let i = 0; i < bytes.length; i++) {
    const ch = i % c;
    out[at + i] = (bytes[i]! * scale + offset - (mean?.[ch] ?? 0)) / (std?.[ch] ?? 1);
  }
  return out;
}

export interface Ranked {
  readonly label: string;
  readonly index: number;
  readonly probability: number;
}

export interface Labelled extends Ranked {
  readonly topK: readonly Ranked[];
}

/**
 * One sample's output row → its top-k classes. A softmax row is read as probabilities as it is; a
 * single sigmoid unit as P(class 1); a row that does not sum to one is softmaxed (logits).
 */
export function labelRow(row: ArrayLike<number>, classNames: readonly string[] | undefined, k = 5): Labelled {
  const probs = probabilities(row);
  const names = classNames ?? probs.map((_, i) => String(i));
  const ranked = probs.map((p, i) => ({ label: names[i] ?? String(i), index: i, probability: p })).sort((a, b) => b.probability - a.probability || a.index - b.index);
  const topK = ranked.slice(0, Math.max(1, k));
  return { ...topK[0]!, topK };
}

function probabilities(row: ArrayLike<number>): number[] {
  const v = Array.from(row);
  if (v.length === 1) return [1 - v[0]!, v[0]!];
  const sum = v.reduce((a, b) => a + b, 0);
  if (v.every((x) => x >= 0 && x <= 1) && Math.abs(sum - 1) < 1e-3) return v;
  const max = Math.max(...v);
  const e = v.map((x) => Math.exp(x - max));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / z);
}

/** The structural parts of the DOM image types a browser passes (the runtime is typed without the DOM lib). */
interface Drawable {
  readonly width: number;
  readonly height: number;
}
interface PixelData extends Drawable {
  readonly data: Uint8ClampedArray;
}
interface Context2d {
  imageSmoothingEnabled: boolean;
  imageSmoothingQuality: string;
  drawImage(src: unknown, sx: number, sy: number, sw: number, sh: number, dx: number, dy: number, dw: number, dh: number): void;
  putImageData(d: unknown, x: number, y: number): void;
  getImageData(x: number, y: number, w: number, h: number): PixelData;
}
interface CanvasLike {
  getContext(kind: '2d', opts?: unknown): Context2d | null;
}

/** Whether `v` looks like an ImageBitmap, HTMLImageElement, HTMLCanvasElement, OffscreenCanvas, VideoFrame or ImageData. */
export function isImageSource(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || ArrayBuffer.isView(v) || Array.isArray(v)) return false;
  const ctor = (v as { constructor?: { name?: string } }).constructor?.name ?? '';
  return /^(ImageBitmap|HTMLImageElement|HTMLCanvasElement|OffscreenCanvas|ImageData|VideoFrame|SVGImageElement)$/.test(ctor);
}

/** A browser image → features, resized on a canvas (bilinear smoothing) and converted as in training. */
export function imageSourceToFeatures(src: unknown, p: ImagePreprocess): Float32Array {
  const [h, w] = p.size;
  const canvas = makeCanvas(w, h);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas context to preprocess the image');
  ctx.imageSmoothingEnabled = true;
  // 'high' averages over the source when shrinking (as libvips' shrink does for dlc run); 'low' would skip thin strokes.
  ctx.imageSmoothingQuality = 'high';
  let source: unknown = src;
  const ctor = (src as { constructor?: { name?: string } }).constructor?.name;
  if (ctor === 'ImageData') {
    // ImageData cannot be drawn scaled: put it on a canvas of its own size first.
    const d = src as PixelData;
    const tmp = makeCanvas(d.width, d.height);
    tmp.getContext('2d')!.putImageData(d, 0, 0);
    source = tmp;
  }
  const sw = (source as Drawable & { naturalWidth?: number }).naturalWidth || (source as Drawable).width;
  const sh = (source as Drawable & { naturalHeight?: number }).naturalHeight || (source as Drawable).height;
  const [sx, sy, cw, chh] = p.crop ? centreCrop(sw, sh, w / h) : [0, 0, sw, sh];
  ctx.drawImage(source, sx, sy, cw, chh, 0, 0, w, h);
  return toFeatures(colorize(ctx.getImageData(0, 0, w, h).data, p.colorMode), p);
}

function centreCrop(sw: number, sh: number, aspect: number): [number, number, number, number] {
  const cw = Math.min(sw, Math.round(sh * aspect));
  const ch = Math.min(sh, Math.round(sw / aspect));
  return [Math.floor((sw - cw) / 2), Math.floor((sh - ch) / 2), cw, ch];
}

function makeCanvas(w: number, h: number): CanvasLike {
  const g = globalThis as { OffscreenCanvas?: new (w: number, h: number) => CanvasLike; document?: { createElement(t: 'canvas'): CanvasLike & { width: number; height: number } } };
  if (g.OffscreenCanvas) return new g.OffscreenCanvas(w, h);
  if (!g.document) throw new Error('image inputs need a browser canvas (OffscreenCanvas or document)');
  const c = g.document.createElement('canvas');
  c.width = w;
  c.height = h;
  return c;
}

/** An image or a list of images (one per batch row) given for an image input. */
function isImageValue(v: unknown): boolean {
  return isImageSource(v) || (Array.isArray(v) && v.length > 0 && v.every(isImageSource));
}

/**
 * Browser image inputs → f32 features: each image preprocessed as in training, rows past the last
 * image zero (a batch-B bundle takes up to B images). Other values pass through untouched.
 */
export function imageFeeds(specs: readonly { name: string; shape: readonly number[] }[], inputs: unknown, info: DataInfo | undefined): { named: unknown; rows: number | undefined } {
  const p = info?.preprocess;
  if (!p) return { named: inputs, rows: undefined };
  const one = specs.length === 1 && isImageValue(inputs);
  const named = one ? { [specs[0]!.name]: inputs } : inputs;
  if (typeof named !== 'object' || named === null || Array.isArray(named) || ArrayBuffer.isView(named)) return { named: inputs, rows: undefined };
  let rows: number | undefined;
  const out: Record<string, unknown> = { ...(named as Record<string, unknown>) };
  for (const s of specs) {
    const v = out[s.name];
    if (!isImageValue(v)) continue;
    const images = Array.isArray(v) ? v : [v];
    const batch = s.shape[0] ?? 1;
    if (images.length > batch) throw new Error(`input '${s.name}' takes at most ${batch} image${batch === 1 ? '' : 's'} per call (the bundle's batch size), got ${images.length}`);
    const size = s.shape.slice(1).reduce((a, b) => a * b, 1);
    const data = new Float32Array(batch * size);
    images.forEach((img, i) => data.set(imageSourceToFeatures(img, p), i * size));
    out[s.name] = data;
    rows = images.length;
  }
  return { named: out, rows };
}

/** Every output row of the first output, labelled (the classes of a classifier). */
export function labelRows(output: ArrayLike<number>, rows: number, classNames: readonly string[] | undefined, k: number): Labelled[] {
  const width = output.length / Math.max(1, rows);
  return Array.from({ length: rows }, (_, r) => labelRow(Array.prototype.slice.call(output, r * width, (r + 1) * width) as number[], classNames, k));
}
