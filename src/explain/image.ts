/**
 * @file Images in and PNG out for saliency. An image file becomes one model input through the data
 * layer's decoder (src/data/image-decode.ts, as `dlc run` and imageFolder() training decode): with
 * the preprocessing `dlc train` recorded in the checkpoint when there is one, else resized to the
 * input's H×W, grey / RGB / RGBA by its channel count, values /255. Pictures are written enlarged
 * (nearest neighbour) so a 28×28 map is visible. sharp (a native library) loads on first use.
 */
import { decodeImageFile, ImageDecodeError } from '../data/image-decode.ts';
import { CompileError } from '../ir/index.ts';
import { CHANNELS, toFeatures, type ColorMode, type DataInfo, type ImagePreprocess } from '../runtime/preprocess.ts';
import type { PictureShape, RgbImage } from './heatmap.ts';

export { isImageFile } from '../data/image-decode.ts';

type Sharp = (typeof import('sharp'))['default'];
let loaded: Promise<Sharp> | undefined;
const sharpLib = (): Promise<Sharp> => (loaded ??= import('sharp').then((m) => m.default));


/** The checkpoint's preprocessing when it fits the input, else: stretch to H×W, colour mode by channels, /255. */
export function imagePreprocess(p: PictureShape, info: DataInfo | undefined): ImagePreprocess {
  const mode = (Object.entries(CHANNELS).find(([, c]) => c === p.channels)?.[0] as ColorMode | undefined);
  if (!mode) throw new CompileError('E_EXPLAIN_IMAGE', `the model takes ${p.channels} channels per pixel; an image input needs 1 (grey), 3 (RGB) or 4 (RGBA)`, { hint: 'pass the input as .json or .npy instead' });
  const recorded = info?.preprocess;
  if (recorded && recorded.size[0] === p.height && recorded.size[1] === p.width && CHANNELS[recorded.colorMode] === p.channels) return recorded;
  return { kind: 'image', size: [p.height, p.width], colorMode: mode, crop: false, scale: 1 / 255, offset: 0 };
}

/** The image as a flat [H, W, C] float input, preprocessed by `pre`. */
export async function decodeImage(file: string, pre: ImagePreprocess): Promise<Float32Array> {
  try {
    return toFeatures(await decodeImageFile(file, pre), pre);
  } catch (e) {
    if (e instanceof ImageDecodeError) throw new CompileError('E_EXPLAIN_IMAGE', e.message, { hint: 'pass a PNG, JPEG, WebP or GIF file' });
    throw e;
  }
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
