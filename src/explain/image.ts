/**
 * @file PNG/JPEG/WebP in and PNG out for saliency, with sharp. An image file becomes one model input:
 * resized to the input's H×W when it differs, grey (1 channel) or RGB (3 channels), values /255 into
 * [0, 1] (as dlc's image datasets do). Pictures are written enlarged (nearest neighbour) so a 28×28
 * map is visible. sharp (a native library) loads on first use, not with every `dlc` command.
 */
import { CompileError } from '../ir/index.ts';
import type { PictureShape, RgbImage } from './heatmap.ts';

type Sharp = (typeof import('sharp'))['default'];
let loaded: Promise<Sharp> | undefined;
const sharpLib = (): Promise<Sharp> => (loaded ??= import('sharp').then((m) => m.default));

export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.gif'];

export function isImageFile(file: string): boolean {
  const f = file.toLowerCase();
  return IMAGE_EXTENSIONS.some((e) => f.endsWith(e));
}

/** The image as a flat [H, W, C] float input in [0, 1]; `resized` says whether its size differed. */
export async function decodeImage(file: string, p: PictureShape): Promise<{ data: Float32Array; resized: boolean; source: { width: number; height: number } }> {
  if (p.channels !== 1 && p.channels !== 3) {
    throw new CompileError('E_EXPLAIN_IMAGE', `the model takes ${p.channels} channels per pixel; an image input needs 1 (grey) or 3 (RGB)`, { hint: 'pass the input as .json or .npy instead' });
  }
  const sharp = await sharpLib();
  let meta: Awaited<ReturnType<ReturnType<Sharp>['metadata']>>;
  try {
    meta = await sharp(file).metadata();
  } catch (e) {
    throw new CompileError('E_EXPLAIN_IMAGE', `cannot decode image '${file}': ${(e as Error).message}`, { hint: 'pass a PNG, JPEG, WebP or GIF file' });
  }
  const source = { width: meta.width ?? 0, height: meta.height ?? 0 };
  const resized = source.width !== p.width || source.height !== p.height;
  let img = sharp(file).removeAlpha();
  if (resized) img = img.resize(p.width, p.height, { fit: 'fill' });
  img = p.channels === 1 ? img.greyscale().toColourspace('b-w') : img.toColourspace('srgb');
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== p.channels || info.width !== p.width || info.height !== p.height) {
    throw new CompileError('E_EXPLAIN_IMAGE', `decoded ${file} to ${info.width}×${info.height}×${info.channels}, expected ${p.width}×${p.height}×${p.channels}`);
  }
  return { data: Float32Array.from(data, (v) => v / 255), resized, source };
}

/** The factor pictures are enlarged by: the longer side reaches at least 256 pixels (at most ×32). */
export function upscaleFor(p: PictureShape): number {
  return Math.min(32, Math.max(1, Math.floor(256 / Math.max(p.height, p.width))));
}

export async function encodePng(img: RgbImage, scale = 1): Promise<Buffer> {
  const sharp = await sharpLib();
  const s = sharp(Buffer.from(img.data), { raw: { width: img.width, height: img.height, channels: 3 } });
  const big = scale > 1 ? s.resize(img.width * scale, img.height * scale, { kernel: 'nearest' }) : s;
  return big.png().toBuffer();
}
